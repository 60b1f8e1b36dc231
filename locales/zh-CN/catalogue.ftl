# 错误目录（简体中文）：自助式密码重置（SSPR）的每个错误代码、门户消息和密码写回事件的含义及解决方法；结构见 assets/playbook/catalogue.toml。

## 密码重置门户上的错误代码

entry-sspr-0009 = SSPR_0009：整个租户已关闭密码重置
    .symptom = 密码重置门户提示用户无法重置密码，因为管理员已关闭密码重置。所有普通用户都会遇到，而管理员可能仍能重置。
    .causes =
        1. “Entra ID” > “密码重置” > “属性”中的“已启用自助式密码重置”设置为“无”（TenantSSPRFlagDisabled），用户策略对所有人关闭。
        2. 管理员帐户适用单独的管理员策略，所以用管理员帐户测试仍可能成功。
        审核日志：“Password reset has been disabled entirely for this tenant…”。
    .fix =
        1. 在 Microsoft Entra 管理中心打开“Entra ID” > “密码重置” > “属性”（较早的文档为“保护” > “密码重置”）。
        2. 将“已启用自助式密码重置”设为“选定”（并选择那一个组）或“全部”，然后选择“保存”。
        3. 检查“身份验证方法”和“注册”页，确保用户能够满足策略要求。
        4. 让已分配许可证的非管理员用户在隐私窗口中打开 aka.ms/sspr 重试。

entry-sspr-009 = SSPR_009：租户已关闭管理员密码重置（仅限管理员）
    .symptom = 管理员（通常是拥有管理员角色的已同步帐户）被告知无法重置自己的密码，因为组织未开启密码重置。注意只有一个 0：这不是 SSPR_0009。
    .causes =
        1. 该帐户拥有 Microsoft Entra 管理员角色，因此适用管理员重置策略，而不是用户策略。
        2. 租户中的管理员 SSPR（旧称“SSPR-A”）已关闭：授权策略属性 allowedToUseSSPR 为 false。
    .fix =
        1. 确认该帐户拥有管理员角色；allowedToUseSSPR 从不影响普通用户。
        2. 由租户管理员运行 Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true（Microsoft Graph PowerShell，权限范围 Policy.ReadWrite.Authorization），或者向 https://graph.microsoft.com/v1.0/policies/authorizationPolicy 发送 PATCH 请求，将 allowedToUseSSPR 设为 true。
        3. 更改最多需要 60 分钟生效，之后在 aka.ms/sspr 重试。
        4. 确认该管理员已注册双门管理员策略要求的方法（通常为两种）；安全问题对管理员始终无效。

entry-sspr-0010 = SSPR_0010：未启用密码写回
    .symptom = 已同步的用户（联合用户、直通身份验证用户或密码哈希同步用户）被告知无法重置密码，因为某项必需的服务未启用。仅限云的用户可以正常重置。
    .causes =
        1. 该用户的密码由本地 AD 管理，而 Microsoft Entra Connect 向导中的“密码写回”（“可选功能”）处于关闭状态（WritebackNotEnabled）。
        2. 或者云端开关已关闭：“密码重置” > “本地集成” > “将密码写回到本地目录?”（新标签为“为已同步的用户启用密码写回”）。
        3. 没有包含密码写回的许可证（Microsoft Entra ID P1、P2 或 Microsoft 365 商业高级版）；此时“本地集成”选项可能显示为灰色。
        审核日志：“User's password is managed on-premises. You can enable Password Writeback to resolve this”。
    .fix =
        1. 在 Entra Connect 服务器上运行向导：“配置” > “自定义同步选项” > “可选功能”，勾选“密码写回”并完成向导。
        2. 在 Entra 管理中心打开“Entra ID” > “密码重置” > “本地集成”（至少需要混合标识管理员角色），将写回选项设为“是”并保存。
        3. 使用云同步时，保持“为已同步的用户启用密码写回”开启，并另外勾选“使用 Microsoft Entra 云同步写回密码”（旧标签为“使用 Microsoft Entra Connect 云同步写回密码”；只有检测到预配代理时才会出现）；在代理服务器上运行 Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true（代理版本 1.1.977.0 或更高）。
        4. 确认用户的许可证涵盖密码写回，然后重新测试重置。

entry-sspr-0011 = SSPR_0011：未为用户定义密码重置策略
    .symptom = 密码重置门户提示用户无法重置密码，因为尚未定义密码重置策略。
    .causes =
        1. 此租户从未为用户配置过 SSPR（SsprNotEnabledInUserPolicy），没有可以应用的用户策略。
        审核日志：“Password reset is not enabled for this user…”。
    .fix =
        1. 由租户管理员按照“启用 SSPR”教程操作：“Entra ID” > “密码重置” > “属性”，设为“选定”或“全部”并保存。
        2. 在“身份验证方法”页设置“重置所需的方法数”（1 或 2），并决定是否使用安全问题；其他方法（电子邮件 OTP、Microsoft Authenticator、OATH 令牌、短信和语音呼叫）在身份验证方法策略中启用，租户迁移完成后以该策略为准。在“注册”页决定是否要求用户在登录时注册。
        3. 请用户在 aka.ms/ssprsetup 注册，然后用非管理员用户在 aka.ms/sspr 重新测试。

entry-sspr-0012 = SSPR_0012：用户没有涵盖密码重置的许可证
    .symptom = 密码重置门户提示用户缺少所需的许可证，无法重置密码，而管理员说 SSPR 已经打开。
    .causes =
        1. 许可是按用户计算的：租户拥有许可证，但此用户没有任何包含 SSPR 的许可证（UserNotLicensed）。
        2. 许可证未能分配：直接分配需要使用位置，而该用户没有设置；或者基于组的分配对此用户显示错误。
        3. 用户是已同步的用户，需要密码写回，而只有 Microsoft Entra ID P1、P2 或 Microsoft 365 商业高级版包含写回；Microsoft 365 商业标准版或单独的 Office 365 计划都不包含。
        审核日志：“User does not have a license…”。
    .fix =
        1. 在 Entra 管理中心或 Microsoft 365 管理中心打开该用户 > “许可证”，检查已分配的产品以及是否有分配错误。
        2. 如果用户的“使用位置”为空，请设置。
        3. 分配符合要求的许可证：仅限云的用户至少需要 Microsoft 365 商业标准版（依据许可页面）或 Microsoft Entra ID P1；需要写回的已同步用户需要 Microsoft Entra ID P1、P2 或 Microsoft 365 商业高级版。
        4. 许可证分配生效后重试重置。
    .uncertain = SSPR 教程要求至少 Microsoft Entra ID P1 才能重置密码，而许可页面允许仅限云的用户凭 Microsoft 365 商业标准版重置；这里以许可页面为准。Microsoft 365 E3/E5 等套件是否因包含 P1 而满足要求，当前页面已不再列出。

entry-sspr-0013 = SSPR_0013：用户不在启用了 SSPR 的组中
    .symptom = 用户打开 aka.ms/sspr，输入用户 ID 和 CAPTCHA（验证码）后，被告知该帐户未启用密码重置；同在 SSPR 组中的同事却能重置。
    .causes =
        1. SSPR 设置为“选定”，而用户不是所选那一个组的成员（UserNotMemberOfScopedAccessGroup）。
        2. 重置页面是公开的：输入用户 ID 之后才检查范围，所以任何人都能打开表单。
        审核日志：“This user is not a member of…”。
    .fix =
        1. 打开“Entra ID” > “密码重置” > “属性”，记下所选的组（门户只允许选择一个）。
        2. 将用户加入该组（通过嵌套组获得的成员身份同样有效），或将范围设为“全部”。
        3. 确认用户已分配许可证并已注册，然后在 aka.ms/sspr 重试。

entry-sspr-0014 = SSPR_0014：用户注册的安全信息不够
    .symptom = 密码重置门户提示需要更多安全信息才能重置，或者根本不提供任何验证方法。
    .causes =
        1. 用户已注册的方法少于“身份验证方法”页上的“重置所需的方法数”（1 或 2）（UserNotProperlyConfigured）。自 2026 年 10 月 5 日起，用户资料中的“移动电话”“办公电话”和备用电子邮件不再计入。
        2. 策略从 1 种方法提高到 2 种，或者删除了用户依赖的方法（例如安全问题）。
        3. 电话或电子邮件数据存在但格式错误，例如号码缺少“+国家/地区代码”和空格。
        审核日志：“User's account has insufficient authentication methods defined…”。
    .fix =
        1. 打开该用户 > “身份验证方法”，将已注册的方法与要求的数量进行比较。
        2. 如果用户无法登录，由管理员重置其密码（在 Entra 管理中心操作，已同步用户的密码才会写回）；然后用户在 aka.ms/ssprsetup 注册。
        3. 不要在用户资料中填写“移动电话”或备用电子邮件：自 2026 年 10 月 5 日起，SSPR 会忽略这些数据。方法必须由用户自行注册。
        4. 在 aka.ms/sspr 重试重置。

entry-sspr-0015 = SSPR_0015：据称缺少密码重置所需的服务主体
    .symptom = 重置失败并显示 SSPR_0015；Microsoft 公开的 SSPR 故障排除页面没有列出此代码。
    .causes =
        1. 据称是租户中密码重置所依赖的某个服务主体缺失或配置错误。
    .fix =
        1. 通过屏幕截图确认准确的代码（是 SSPR_0015，而不是 SSPR_0013 或 SSPR_0014），并收集支持代码、带时区的时间和 UPN。
        2. 先排除有文档记载的原因：检查用户的范围、许可证和注册情况。
        3. 附上这些信息向 Microsoft 提交支持案例；不要仅凭此条目更改租户中的服务主体。
    .uncertain = SSPR_0015 及其含义仅来自一份来源不明的内部 Microsoft wiki 第三方摘要；Microsoft 的公开文档没有列出此代码。

entry-sspr-0029 = SSPR_0029：本地配置阻止了密码重置
    .symptom = 已同步的用户被告知由于本地配置问题无法重置密码（“组织未正确设置重置密码的本地配置”）；密码写回已开启，但密码写回失败，AD 拒绝了更改。
    .causes =
        1. 用户现在或曾经属于本地受保护组（Domain Admins、Enterprise Admins 等；adminCount=1，移出组后仍保留）：按设计，密码写回永远无法重置这些帐户。
        2. AD DS 连接器帐户（MSOL_ 帐户）对该用户缺少“重置密码”及相关权限，或者用户或其组织单位上已禁用继承。
        3. Entra Connect 服务器或域控制器上的组策略“网络访问: 限制允许对 SAM 进行远程调用的客户端”阻止了 MSOL_ 帐户（事件 33004，以及带 ERROR_ACCESS_DENIED 的 6329）。
        4. 用户的组织单位或 DN 路径中有保留字符。
        5. 新密码违反了本地密码策略（域控制器安全日志事件 4724，审核失败）。
        审核日志：“We encountered a problem while resetting the user's on-premises password. Check your sync machine's event log”。
    .fix =
        1. 受保护组中的用户：在本地 AD 中重置密码；SSPR 无法完成。以前的成员：清除 adminCount 并重新启用继承。
        2. 权限：在每个域根上向 MSOL_ 帐户授予“重置密码”“写入 lockoutTime”“写入 pwdLastSet”和“不过期密码”（或运行 Set-ADSyncPasswordWritebackPermissions），启用继承，并为复制和 sdprop 预留约一小时。
        3. 如果 Entra Connect 安装在域控制器上且权限无法修复，请在同步服务管理器中将“仅使用首选域控制器”指向另一台域控制器，或将 Entra Connect 迁移到成员服务器。
        4. SAM 策略：检查 Entra Connect 服务器和域控制器（gpresult /h，以及 HKLM\System\CurrentControlSet\Control\Lsa 下的 RestrictRemoteSam 值）；将 MSOL_ 帐户加入该策略并设为“远程访问：允许”，或从组策略对象中删除该设置后再删除该值；然后运行 gpupdate /force。
        5. 保留字符：重命名组织单位或对象。策略拒绝：选择符合 AD 策略的密码。
    .uncertain = 原因 4 和 5 不在 SSPR_0029 的来源中：Microsoft 将 DN 中的保留字符与事件 33001 关联，把用户端的策略拒绝显示为“违反本地策略”，而事件 4724 的支持文章讲的是管理员重置。

entry-sspr-0030 = SSPR_0030：无法连接到本地环境
    .symptom = 已同步的用户被告知由于与本地环境的连接不佳而无法重置密码，请稍后再试；通常所有已同步用户同时受影响，而仅限云的用户可以正常重置。
    .causes =
        1. 云无法访问 Entra Connect 服务器上的写回客户端（OnPremisesConnectivityError）：防火墙或代理阻止了到服务总线中继的出站 443 端口。
        2. Microsoft Azure AD Sync（ADSync）服务已停止，或写回服务未能启动（事件 31016、6800）。
        3. 未为 .NET 启用 TLS 1.2、服务器时钟偏差过大，或缺少根证书颁发机构（事件 31034）。
        4. 密码写回是同步进行的，不会排队：一旦无法访问服务器，请求立即失败。
        审核日志：“We could not reach your on-premises password reset service. Check your sync machine's event log”。
    .fix =
        1. 在 Entra Connect 服务器的应用程序事件日志中查找 31016、31034、31044、32002 和 6800。
        2. 从事件 31019 或 31034 中取得租户自己的中继名称（服务总线侦听器，例如 ssprdedicatedsbprodfra-1），用 Test-NetConnection -ComputerName <命名空间>.servicebus.windows.net -Port 443 测试，并在防火墙和代理中允许 *.passwordreset.microsoftonline.com 和 *.servicebus.windows.net。
        3. 为 .NET 启用 TLS 1.2，检查时钟，然后重启 Microsoft Azure AD Sync 服务。
        4. 仍然失败：在向导中禁用再重新启用“密码写回”，然后将 Entra Connect 升级到最新版本（安装程序在 Microsoft Entra 管理中心：“Entra Connect” > “入门” > “管理”）。
    .uncertain = 一份第三方摘要还把 SSPR_0030 与残留的云同步写回配置联系起来；Microsoft 公开文档中没有这一说法，而且同一摘要错误地把该代码对应到事件 31004。

entry-onprem-success-cloud-failure = OnPremisesSuccessCloudFailure：AD 已有新密码，云中尚未生效
    .symptom = 重置成功，但用户被告知需要几分钟才能在云中生效：新密码在 AD 中可用，但登录 Microsoft 365 或 Entra 时还不行。
    .causes =
        1. 密码写回已在本地 AD 中设置密码，但写入云端失败：超时、限流，或违反云密码策略（例如 AD 接受了的 Unicode 字符）。
        审核日志：结果为 Success、原因为 OnPremisesSuccessCloudFailure 的记录。
    .fix =
        1. 等待几分钟后再次登录。
        2. 如果云端登录一直失败，请按云规则检查新密码（8 到 256 个字符，四类字符中至少三类，不含 Unicode，不在禁止密码列表中），然后用符合要求的密码再次重置。

## 不带 SSPR 代码的消息

entry-msg-not-enabled-for-feature = 注册：“管理员未允许你使用此功能”
    .symptom = 用户打开 aka.ms/ssprsetup 或“安全信息”页注册密码重置时，被告知管理员未允许其使用此功能（Your administrator has not enabled you to use this feature）。
    .causes =
        1. 租户的 SSPR 设置为“无”。
        2. SSPR 设置为“选定”，而用户不在该组中。
        3. 用户没有涵盖 SSPR 的许可证。
    .fix =
        1. 检查“Entra ID” > “密码重置” > “属性”，设为“选定”或“全部”。
        2. 如果是“选定”，将用户加入那一个组（嵌套组成员身份同样有效）。
        3. 为用户分配涵盖 SSPR 的许可证，并设置使用位置。
        4. 请用户注销后在 aka.ms/ssprsetup 重新注册。

entry-msg-auth-info-missing = 重置：已启用 SSPR，但用户的联系信息缺失或格式错误
    .symptom = 用户已启用 SSPR，但密码重置门户无法使用其电话或电子邮件：不提供任何方法，或显示的号码无法使用。
    .causes =
        1. 没有可用的身份验证数据：未注册任何方法。自 2026 年 10 月 5 日起，用户资料中的移动电话或备用电子邮件，除非用户已注册，否则不计入。
        2. 数据格式错误，例如号码缺少“+国家/地区代码”和空格，或带有分机号。
    .fix =
        1. 打开该用户 > “身份验证方法”，查看已存储的内容。
        2. 更正格式错误的数据：电话格式为 +86 13812345678，不带分机号。用 Update-MgUser -MobilePhone / -OtherMails 设置属性已不能让用户重置密码。
        3. 对于已同步的用户，请在本地 AD 中修正 mobile / telephoneNumber，因为 Entra Connect 会覆盖这些属性。
        4. 请用户在 aka.ms/ssprsetup 注册缺少的方法。

entry-msg-only-one-method = 重置：只注册了一种联系方式，而策略要求两种
    .symptom = 用户完成一项验证后无法继续，或被拒绝重置，因为策略要求两种方法，而用户只注册了一种。
    .causes =
        1. “重置所需的方法数”为 2，而用户只有一种已注册的方法（自 2026 年 10 月 5 日起，用户资料中的联系信息不再计入）。
    .fix =
        1. 用户登录后在 aka.ms/ssprsetup 注册第二种方法，最好是 Microsoft Authenticator 应用或电子邮件地址，而不是第二个电话号码：Microsoft 发送的短信和语音将于 2027 年 2 月 1 日结束。
        2. 如果用户无法登录，先由管理员重置密码。填写用户资料中的“移动电话”或备用电子邮件已不再计入。
        3. 如果策略从 1 种改为 2 种后大量用户遇到此问题，请与租户管理员重新评估这项更改。

entry-msg-cannot-contact-user = 重置：无法联系到用户（“重试”/“联系管理员”）
    .symptom = 验证过程中页面无法联系到用户；约 10 秒后显示“重试”和“联系管理员”链接。
    .causes =
        1. 暂时性的服务错误。
        2. 用户的联系数据有误（电话号码或电子邮件错误或格式不对）。
    .fix =
        1. 请用户稍等片刻后选择“重试”。
        2. 在用户的“身份验证方法”页检查电话和电子邮件数据，并修正格式。
        3. “联系管理员”会向管理员发送请求邮件；若要指定请求发往何处，请在“密码重置” > “自定义”中设置自定义支持电子邮件或 URL。
    .uncertain = 哪些管理员会收到“联系管理员”邮件（先是密码管理员，然后是用户管理员，最后是全局管理员），只出现在 Microsoft“SSPR 工作原理”页面的 2023 年版本中；2025 年版本已删除这一说明。

entry-msg-reset-dialog-slow-pc = 重置：在速度慢的电脑上不显示“重置密码”对话框
    .symptom = 在速度较慢的电脑上，密码重置对话框一直不出现或保持空白。
    .causes =
        1. 客户端速度慢，对话框尚未加载完成。
    .fix =
        1. 稍等后重试，直到对话框出现。
        2. 如果始终不出现，请换一个浏览器或设备打开 aka.ms/sspr，并记下支持代码。

entry-msg-code-never-arrives-sms = 收不到验证短信或验证电话
    .caller = 如果收不到含验证码的短信或电话：请确认手机有信号，并且没有拦截来自陌生或国际号码的短信或电话（骚扰拦截、垃圾短信过滤），等待一分钟，然后只再申请一次新的验证码。如果仍然收不到，请在重置页面上选择其他验证方法，或再给我们打电话。
    .symptom = “收不到验证码”“手机收不到短信”：在重置或注册过程中，来电用户一直在等短信验证码或验证电话，但什么都没收到。
    .causes =
        1. 存储的号码格式错误：缺少“+国家/地区代码”或其后的空格（正确格式：+86 13812345678）。
        2. 号码带有分机号；分机号会被去掉，电话会打到总机。
        3. 使用了虚拟号码（VoIP、Google Voice 之类）或运营商问题；短信和电话呼叫不支持虚拟号码。
        4. 多次尝试后被限流。
        5. 2027 年 2 月 1 日当天或之后：Microsoft 不再发送短信或语音验证码（包括 SSPR），而租户没有配置客户管理的电信提供商。通常表现为所有人的短信和电话验证码同时停止。
    .fix =
        1. 在用户的“身份验证方法”页（以及移动电话和办公电话属性）检查号码，改为“+国家/地区代码、一个空格、号码”的格式。
        2. 去掉分机号：在 PBX 中设置分机，或使用不带分机的号码。
        3. 让来电用户改用不依赖 Microsoft 短信和语音的方法：先考虑 Microsoft Authenticator 应用或电子邮件；真实移动运营商的号码只作为额外的方法。
        4. 如果来电用户已经尝试了很多次，请等待 24 小时（见限流条目）。
        5. 2027 年 2 月 1 日之后，如果所有人都收不到验证码，需要租户管理员配置客户管理的电信提供商（自 2026 年 10 月 30 日起提供），或让用户改用其他方法。

entry-msg-email-code-never-arrives = 收不到含验证码的电子邮件
    .caller = 如果收不到含验证码的电子邮件：请查看“垃圾邮件”文件夹，等待一分钟，然后只再申请一次新的验证码。如果仍然收不到，请在重置页面上选择其他验证方法，或再给我们打电话。
    .symptom = “邮箱收不到验证码”：用户请求了电子邮件验证码，但收件箱里没有。验证码通常在 5 到 20 秒内送达，不到 1 分钟。
    .causes =
        1. 邮件被移到“垃圾邮件”或“已删除邮件”，或被邮件筛选器拦截。
        2. 验证码发到了另一个邮箱：已注册的身份验证电子邮件或备用电子邮件不是用户正在查看的邮箱。
    .fix =
        1. 在已注册的邮箱中检查“垃圾邮件”和“已删除邮件”（在用户的“身份验证方法”中查看是哪个邮箱）。
        2. 允许发件人 msonlineservicesteam@microsoft.com 和 msonlineservicesteam@microsoftonline.com（美国政府云：@azureadnotifications.us 和 @microsoftonline.us；世纪互联：msonlineservicesteam@oe.21vianet.com 和 21Vianetonlineservicesteam@21vianet.com）。
        3. 如果电子邮件地址有误，请更正，然后重新请求验证码。
        4. 10 分钟内发送 10 封邮件会触发限制；此时需等待 24 小时。

entry-msg-throttled = 尝试次数过多：密码重置被阻止 24 小时
    .caller = 尝试次数过多，帐户的密码重置已被锁定 24 小时。请从最后一次尝试起等待 24 小时，然后在 https://aka.ms/sspr 重试。提前重试会重新开始计时。
    .symptom = 用户被告知尝试次数太多、暂时被阻止，无法继续重置。
    .causes =
        1. 1 小时内：5 次电话验证（短信、电话呼叫或身份验证应用尝试）、5 次安全问题尝试，或对同一帐户重置 5 次。
        2. 10 分钟内发送了 10 封电子邮件。
        3. 24 小时内 5 次未能证明身份。
    .fix =
        1. 在最后一次尝试后等待 24 小时，然后仔细地再试一次。
        2. 在此期间解决导致尝试失败的问题（号码错误、邮件被当作垃圾邮件）。
        3. 如果用户急需访问，由管理员在 Entra 管理中心为其重置密码。
        4. 重置成功后计数器会清零。

entry-msg-code-expired = 验证码已过期或重置会话超时
    .caller = 验证码或重置页面已超时。请在 https://aka.ms/sspr 重新开始重置，申请新的验证码，并在 5 分钟内输入。请只使用最新的验证码。
    .symptom = 用户输入验证码后被告知已过期，或重置页面在中途超时。
    .causes =
        1. 一次性验证码的有效期为 5 分钟。
        2. 整个重置会话的时长为 15 分钟。
    .fix =
        1. 在 aka.ms/sspr 重新开始重置，收到新验证码后立即输入。
        2. 开始前准备好手机、邮箱或应用，以便在 15 分钟内完成整个流程。

entry-msg-phone-validation-error = 重置：验证电话号码时出错
    .symptom = 密码重置门户要求用户输入电话号码，然后报告验证号码时出错。
    .causes =
        1. 输入的号码与目录中保存的号码不一致，通常是漏掉了国家/地区代码或区号。
    .fix =
        1. 请用户按目录中保存的格式输入完整号码，包括国家/地区代码和区号。
        2. 如果仍然失败，在用户的“身份验证方法”页检查存储的号码并更正。

entry-msg-email-as-user-id = 重置：用户输入电子邮件地址作为用户 ID 时出错
    .caller = 请在重置页面上输入工作登录名（与登录 Microsoft 365 时使用的 user@company.com 相同），而不是私人邮箱或别名地址，然后重试。
    .symptom = 在 aka.ms/sspr 的第一页，用户输入电子邮件地址后出错，找不到帐户。
    .causes =
        1. 用户主体名称（UPN）与主 SMTP 电子邮件地址不同，而密码重置门户需要的是 UPN。
    .fix =
        1. 请用户改为输入 UPN（登录名）。
        2. 或者由租户管理员启用“使用电子邮件作为备用登录 ID 进行登录”。

entry-msg-error-processing-request = 注册或重置时出现“处理请求时出错”
    .symptom = 注册或重置因通用的“处理请求时出错”（There's an error processing the request）消息而中断，且没有 SSPR 代码。
    .causes =
        1. 暂时性的服务问题或中断。
        2. 消息中没有指明的配置问题。
    .fix =
        1. 几分钟后在新的浏览器隐私窗口中重试。
        2. 如果反复出现，收集支持代码（页面右下角的链接）、带时区的时间、UPN 和页面 URL。
        3. 检查用户的范围、许可证和注册情况，然后提交支持案例并注明支持代码。

entry-msg-on-prem-policy-violation = “违反本地策略”：AD 拒绝了新密码
    .caller = 新密码不符合公司的密码规则（长度、复杂性，或以前用过的密码）。请选择一个从未用过、比上一个更长、包含大小写字母、数字和符号的新密码，然后重试。如果今天已经改过密码，可能需要等到明天。
    .symptom = 已同步的用户选了一个看似没问题的新密码，却被告知违反本地策略（On-premises policy violation）；页面不说明是哪条规则。
    .causes =
        1. 密码不符合某条 AD 规则：最小长度、复杂性、最短密码期限、密码历史记录、细粒度密码策略、密码筛选器或 Microsoft Entra 密码保护。
        2. SSPR 页面从不显示本地规则，写回用户也看不到密码强度指示。
    .fix =
        1. 向本地管理员询问实际规则（net accounts、Get-ADDefaultDomainPasswordPolicy，细粒度密码策略用 net user <user> /domain）。
        2. 选择更长、且不是最近用过的密码。
        3. 如果用户今天已经改过一次密码，可能是最短密码期限在阻止：等待，或由管理员将其设为 0。

entry-msg-fuzzy-password-policy = 密码未通过禁止密码（模糊匹配）检查
    .caller = 新密码因容易被猜到而被拒绝（包含常见单词、公司名称或规律）。请改用由几个不相关的词组成的更长密码，然后重试。
    .symptom = 用户的新密码被拒绝，提示太常见或太容易猜到，尽管它又长又复杂。
    .causes =
        1. 密码命中了禁止密码列表，包括对禁用词的模糊匹配。
        审核日志：原因为 FuzzyPolicyViolationInvalidPassword 的“Reset password (self-service)”或“Change password (self-service)”失败记录。
    .fix =
        1. 选择另一个密码，避免常见单词、姓名及其变体。
        2. 遵守云规则：8 到 256 个字符，四类字符中至少三类，不含 Unicode。

entry-msg-admin-policy-ignored = 管理员重置时，我们配置的 SSPR 策略似乎不起作用
    .symptom = 管理员被要求提供两种方法、不能使用安全问题，或看到未启用的方法：“密码重置”中的设置对他们似乎无效。
    .causes =
        1. 拥有任何 Entra 管理员角色的帐户都适用 Microsoft 的双门管理员策略，而不是租户的用户策略。
        2. 该策略要求两种方法，从不允许安全问题。迁移到身份验证方法策略后，管理员可以注册和使用旧版管理员策略中的任何方法，或身份验证方法策略为其启用的任何方法，因此也可能看到用户策略不提供的方法。
    .fix =
        1. 检查该帐户的角色分配；只要有管理员角色，这种行为就是预期的。
        2. 用已分配许可证的非管理员帐户测试用户策略。
        3. 在“密码重置” > “管理员策略”中查看管理员策略（只读）。

entry-msg-could-not-verify = “我们无法验证你的帐户”
    .symptom = 密码重置门户提示无法验证用户的帐户（We could not verify your account），重置随即中止。
    .causes =
        1. 该用户没有注册任何电话号码，无从验证。自 2026 年 10 月 5 日起，只存在于用户资料中的号码（“移动电话”，无论是从 AD 同步的还是管理员填写的）不再计入。
    .fix =
        1. 打开该用户 > “身份验证方法”。如果号码只在用户资料中，用户必须到 aka.ms/ssprsetup 自行注册，最好同时注册 Microsoft Authenticator 应用或电子邮件地址：Microsoft 发送的短信和语音将于 2027 年 2 月 1 日结束。
        2. 如果用户无法登录，先由管理员重置密码，以便用户注册。
        3. 重试重置。

entry-msg-servers-catch-up = 更改密码后提示“服务器需要一点时间才能同步”
    .caller = 密码已更改。服务器需要一点时间才能同步：请等待至少 2 分钟，然后使用新密码登录。
    .symptom = 用户首次登录时被要求更改密码，改完后收到提示：密码已更新，但服务器需要一点时间才能同步（our servers take a little time to catch up）；新密码暂时无法使用。
    .causes =
        1. 租户使用直通身份验证，管理员刚在本地重置了密码，而在强制更改之前，密码哈希同步还没把临时密码同步到云中。
    .fix =
        1. 至少等待 2 分钟，然后用新密码登录。
        2. 以后在本地重置密码后，至少等 2 分钟再让用户登录。

entry-msg-cloud-reset-not-written-back = 云中重置成功，但本地密码没有变
    .symptom = “密码重置成功了，可电脑上还是旧密码能用”：Microsoft 365 接受新密码，但本地 AD 不接受，因为新密码从未写回。
    .causes =
        1. 密码是在不会写回的地方重置的：Microsoft 365 管理中心、MSOnline 或 AzureAD PowerShell（v1/v2）、用户通过 PowerShell 或 Graph 自行重置，或者 Update-MgUser 的 passwordProfile 类更新。
        2. 管理员通过重置工具重置了自己的密码，或者该用户是本地受保护组的成员。
        3. Entra Connect 中或“本地集成”下的密码写回已关闭，或者此 Entra Connect 实例不同步该用户（检查云同步与 Entra Connect 同步的范围）。
        4. 反方向的情况不同：直接在 AD 中设置的密码只通过密码哈希同步（约每 2 分钟一次）到达云中，而不是通过密码写回。
    .fix =
        1. 问清楚密码是在哪里、以什么方式重置的。
        2. 已同步用户的密码请在 Entra 管理中心或 Azure 门户、aka.ms/sspr，或通过 Graph 身份验证方法 resetPassword API 重置；这些途径都会写回，用户自己更改密码也会写回。
        3. 在 Entra Connect 服务器的应用程序事件日志中查找当时的 31009 或 31001：如果没有，说明请求从未进入密码写回。
        4. 检查两处写回开关，确认用户在此 Entra Connect 的同步范围内，然后通过受支持的途径再次重置。
    .uncertain = Update-MgUser 的 passwordProfile 类更新不会写回，这一点是根据 Microsoft 关于用户通过 PowerShell 或 Graph 重置的说明推断的，并非明文规定。

entry-msg-admin-reset-onprem-policy = 管理员重置：“本地策略不允许”
    .symptom = 管理员在 Entra 管理中心或 Azure 门户中重置已同步用户的密码，被告知由于本地策略不允许而无法重置。
    .causes =
        1. 临时密码违反 AD 密码策略：长度、复杂性、密码历史记录、最短密码期限、细粒度密码策略、密码筛选器或 Microsoft Entra 密码保护。
        2. 域控制器上的证据：安全日志事件 4724，MSOL_ 帐户的审核失败。
    .fix =
        1. 使用符合 AD 策略的临时密码。
        2. 用 net accounts、Get-ADDefaultDomainPasswordPolicy 读取策略，细粒度密码策略用 net user <user> /domain。
        3. 检查密码筛选器和 Microsoft Entra 密码保护代理；筛选器必须允许管理员发起的重置，因为密码写回设置密码的方式与管理员重置相同。

entry-msg-out-of-scope-change-complexity = 更改密码被拒为“不符合复杂性要求”：用户不在 SSPR 范围内
    .symptom = 已同步的用户（例如在“我的帐户”中）更改密码，被告知新密码不符合长度、复杂性、期限或历史记录要求，而密码显然符合。
    .causes =
        1. 用户不在 SSPR 范围内；写回到本地的密码更改要求用户在范围内，而错误文字具有误导性。
    .fix =
        1. 检查“密码重置” > “属性”：用户是否在所选的组中？
        2. 将用户加入该组（或设为“全部”），然后请其再次更改密码。
    .uncertain = 这一行为来自社区博客的实验室测试，不是 Microsoft 文档。

entry-msg-account-changed-on-prem = 重置：“你的帐户信息已在本地更改”
    .symptom = 已同步用户的重置失败，提示“由于你的帐户信息已在本地更改，我们无法重置你的密码”（We are unable to reset your password because your account information has changed on-premises），而写回权限看起来都正确。
    .causes =
        1. Microsoft 没有文档记载；曾在权限正常的 Entra Connect 密码写回环境中出现，根本原因不明。
    .fix =
        1. 排除已知原因：在 Entra Connect 服务器的应用程序事件日志中查看尝试时间的事件（31001，然后是 31003 和某个 33xxx 事件，以及 ADSync 6329）。
        2. 确认此 Entra Connect 实例同步该用户，且权限和继承正确。
        3. 附上支持代码、带时区的时间、UPN 和压缩的应用程序事件日志，上报给 Microsoft。
    .uncertain = 仅见于一篇社区博客文章（rmilne.ca，2025-10-02）；Microsoft 既没有记载这条消息，也没有说明其原因。

entry-msg-unable-configure-writeback = Entra Connect 向导：“无法配置密码写回”
    .symptom = 在 Entra Connect 向导中勾选“密码写回”时失败，提示“无法配置密码写回。请确保你拥有所需的许可证。”（Unable to configure password writeback. Ensure you have the required license.），而许可证其实齐全。
    .causes =
        1. 向导中使用的管理员帐户没有许可证，或者是联合帐户（事件 32009、31014）。
        2. 服务器时钟有偏差。
        3. 服务器上未为 .NET 启用 TLS 1.2。
    .fix =
        1. 使用已分配许可证、仅限云（非联合）的混合标识管理员帐户（Microsoft 的写回页面称之为“Hybrid Administrator”）重新运行向导。
        2. 将服务器时钟与权威时间源同步。
        3. 为 .NET 启用 TLS 1.2 并重启，确认到服务总线终结点的出站 443 畅通。
        4. 再次运行向导，并在应用程序事件日志中查找事件 31005 和 31015。

entry-msg-no-password-reset-blade = 管理中心：找不到“密码重置”
    .symptom = 管理员在 Entra 管理中心或 Azure 门户中找不到“密码重置”，或看不到“自助服务密码管理”审核活动。
    .causes =
        1. 管理员自己的帐户没有 Microsoft Entra ID 许可证。
        2. 找错了位置：当前路径是“Entra ID” > “密码重置”（较早的文档为“保护” > “密码重置”）。
    .fix =
        1. 为该管理员分配 Microsoft Entra ID 许可证（例如 P1）。
        2. 在 entra.microsoft.com 中打开“Entra ID” > “密码重置”，或在 Azure 门户中打开“Microsoft Entra ID” > “密码重置”。

entry-msg-onprem-integration-missing = 管理中心：“本地集成”选项卡缺失或显示为灰色
    .symptom = “密码重置”下没有“本地集成”选项卡，或其中的选项显示为灰色，或提示“尚未启用本地集成”。
    .causes =
        1. 尚未在 Microsoft Entra Connect 中配置密码写回；配置后才会出现此选项卡。
        2. 租户没有包含密码写回的许可证（Microsoft Entra ID P1、P2 或 Microsoft 365 商业高级版）。
    .fix =
        1. 在 Entra Connect 向导中启用“密码写回”（“可选功能”）。
        2. 检查租户的订阅中是否有支持写回的许可证。
        3. 至少以混合标识管理员身份打开该选项卡，然后让一个已分配许可证的已同步非管理员用户在 passwordreset.microsoftonline.com 测试重置。

entry-msg-disabled-method-still-offered = 注册：已禁用的方法（应用密码、办公电话）仍然出现
    .symptom = 在合并注册的“安全信息”页上，用户被要求注册 SSPR 策略并未启用的方法，例如应用密码或办公电话。
    .causes =
        1. 身份验证方法策略为该用户启用了这种方法。在已完成迁移的租户中，只有该策略起决定作用；迁移完成前，SSPR 策略或旧版多重身份验证设置也可能启用它。
        2. 只有受每用户多重身份验证强制的用户才会看到应用密码。
        3. 用户的“办公电话”属性有值时，会出现办公电话方法。
    .fix =
        1. 先查看迁移状态：“Entra ID” > “身份验证方法” > “策略” > “管理迁移”，或在 Graph 中读取 policies/authenticationMethodsPolicy 的 policyMigrationState。
        2. 迁移完成：在身份验证方法策略中禁用该方法，或把该用户所在的组从其目标中移除；“密码重置” > “身份验证方法”中的勾选已不起作用（那里只保留安全问题）。尚未完成：自 2025 年 9 月 30 日起旧版列表已无法管理，请先完成迁移，再在身份验证方法策略中更改该方法。
        3. 对于应用密码，在旧版多重身份验证设置中检查该用户是否受每用户多重身份验证强制。

entry-msg-audit-duplicate-registrations = 审核日志：一次注册出现多条记录
    .symptom = 在“密码重置”的审核日志中，一次注册显示为多条记录。
    .causes =
        1. 每个注册项（电话、电子邮件、安全问题等）都会单独记录。
    .fix =
        1. 这是预期行为：导出审核日志，按用户和时间透视，即可每次注册只看一行。

entry-msg-windows-reset-link-missing = Windows 登录：“重置密码”链接缺失或点击无反应
    .symptom = Windows 登录屏幕或锁屏上没有“重置密码”链接，或点击后没有反应，或 Windows 提示需要使用 Windows Hello 或智能卡。
    .causes =
        1. 用户未启用 SSPR，或 Windows SSPR 策略尚未部署到设备。
        2. 有阻止此功能的设备策略：NoLockScreen、关闭锁屏通知、HideFastUserSwitching、DontDisplayLastUserName、BlockNonAdminUserInstall、EnableLostMode、自定义 shell、“交互式登录: 需要 Windows Hello 企业版或智能卡”（scforceoption；旧名称为“交互式登录: 需要智能卡”），或通过 EnableLUA 关闭了 UAC。
        3. 以下三者同时存在：“无须按 Ctrl+Alt+Del”设为“已禁用”（Windows 10 1710 及更早版本）、DisableLockScreenAppNotifications = 1，以及 Windows 家庭版。
        4. 远程桌面或 Hyper-V 增强会话、某些第三方凭据提供程序，或配置为“在用户登录前立即执行”的 802.1x。（离开公司网络的 Microsoft Entra 混合联接设备不是原因：重置可以完成，只是设备要等再次连通域控制器后才接受新密码。）
        5. 展台、Intune“安全评估（教育）”或安全基线配置文件。
    .fix =
        1. 确认用户可以在 aka.ms/sspr 重置密码，且 Windows SSPR 策略已部署到设备。
        2. 将设备策略与上面的列表逐一对照，删除冲突的策略。
        3. 在 Intune 中查找分配给该设备的展台、安全评估或安全基线配置文件。
        4. 问题解决之前，请用户在其他设备上打开 aka.ms/sspr 重置。
    .uncertain = 展台、安全评估和安全基线配置文件的冲突来自公开的问题报告，不在 Microsoft 列出的限制中。

entry-msg-onprem-status-running = 本地集成：写回客户端已启动并正在运行
    .symptom = “本地集成”页报告写回客户端正在运行。
    .causes =
        1. 正常状态：云可以访问 Entra Connect 服务器上的写回客户端。
    .fix =
        1. 连接方面无需处理。如果重置仍然失败，请在 Entra Connect 服务器的应用程序事件日志中查找 31003 和 33xxx 事件。
    .uncertain = 这些状态消息只在 Microsoft“SSPR 工作原理”页面的 2023 年版本中列出；当前页面已不再列出，屏幕上的文字可能不同。

entry-msg-onprem-status-outdated = 本地集成：正在运行，但 Entra Connect 已过时
    .symptom = “本地集成”页报告密码写回正在运行，但 Microsoft Entra Connect 版本已过时。
    .causes =
        1. 服务器上的 Entra Connect 版本较旧；密码写回目前仍然可用。
    .fix =
        1. 备份自定义同步规则，然后将 Entra Connect 就地升级到最新版本。
        2. 升级后禁用再重新启用“密码写回”，并测试一次重置。
    .uncertain = 这些状态消息只在 Microsoft“SSPR 工作原理”页面的 2023 年版本中列出；当前页面已不再列出，屏幕上的文字可能不同。

entry-msg-onprem-status-unknown = 本地集成：状态未知（Entra Connect 版本太旧）
    .symptom = “本地集成”页无法显示写回状态，因为 Microsoft Entra Connect 版本太旧，无法报告状态。
    .causes =
        1. 该 Entra Connect 版本不报告密码写回的运行状况。
    .fix =
        1. 备份自定义同步规则，将 Entra Connect 就地升级到最新版本。
        2. 禁用再重新启用“密码写回”，然后再次查看状态。
    .uncertain = 这些状态消息只在 Microsoft“SSPR 工作原理”页面的 2023 年版本中列出；当前页面已不再列出，屏幕上的文字可能不同。

entry-msg-onprem-status-cannot-connect = 本地集成：无法连接到写回客户端
    .symptom = “本地集成”页提示云无法连接到写回客户端；已同步的用户通常会收到 SSPR_0030。
    .causes =
        1. 到服务总线中继的出站 443 被阻止、Microsoft Azure AD Sync 服务已停止、未启用 TLS 1.2，或时钟有偏差。
    .fix =
        1. 按密码写回连接清单逐项检查：出站 443、代理、TLS 1.2、.NET Framework 4.8、时钟。
        2. 重启 Microsoft Azure AD Sync 服务，然后关闭再打开“密码写回”。
    .uncertain = 这些状态消息只在 Microsoft“SSPR 工作原理”页面的 2023 年版本中列出；当前页面已不再列出，屏幕上的文字可能不同。

entry-msg-onprem-status-not-configured = 本地集成：密码写回未正确配置
    .symptom = “本地集成”页提示密码写回未正确配置。
    .causes =
        1. 从未在 Entra Connect 向导中启用“密码写回”，或启用过程未完成。
    .fix =
        1. 运行 Entra Connect 向导：“配置” > “自定义同步选项” > “可选功能”，勾选“密码写回”，并使用已分配许可证的非联合混合标识管理员帐户（Microsoft 的写回页面称之为“Hybrid Administrator”）完成向导。
        2. 在应用程序事件日志中查找 31005（登记完成）和 31015（服务已启动）。
    .uncertain = 这些状态消息只在 Microsoft“SSPR 工作原理”页面的 2023 年版本中列出；当前页面已不再列出，屏幕上的文字可能不同。

entry-msg-onprem-status-temporary-issue = 本地集成：Microsoft 端出现暂时性问题
    .symptom = “本地集成”页报告 Microsoft 端出现暂时性问题。
    .causes =
        1. 云端的暂时性服务问题，而不是你的服务器的问题。
    .fix =
        1. 稍后再查看此页面。
        2. 如果已同步的用户长时间无法重置，请收集支持代码、带时区的时间和应用程序事件日志，然后提交支持案例。
    .uncertain = 这些状态消息只在 Microsoft“SSPR 工作原理”页面的 2023 年版本中列出；当前页面已不再列出，屏幕上的文字可能不同。

## ADSync 事件和错误代码（Entra Connect 服务器的应用程序事件日志）

entry-adsync-6329-password-restriction = 6329 MMS(4924) 0x80230619：AD 拒绝了新密码
    .symptom = 已同步用户的密码重置或更改失败（通常显示“违反本地策略”或 SSPR_0029），ADSync 事件 6329 显示“BAIL: MMS(4924) 0x80230619”：某项限制阻止了密码更改。
    .causes =
        1. 密码违反 AD 策略：最短密码期限、密码历史记录、复杂性或密码筛选器。
        2. 帐户设置了“用户不能更改密码”（PASSWD_CANT_CHANGE）。
    .fix =
        1. 选择符合 AD 策略的密码。
        2. 测试时将最短密码期限和密码历史记录设为 0（组策略，然后运行 gpupdate /force）；如果用户一天内需要多次重置，请将最短密码期限保持为 0。
        3. 在 AD 中清除该帐户的“用户不能更改密码”。

entry-adsync-6329-ldap-policy-control = 6329 MMS(3040)：域控制器不支持 LDAP 密码策略控件
    .symptom = 密码写回失败，ADSync 事件 6329 显示“MMS(3040): admaexport.cpp(2837)”：服务器不支持 LDAP 密码策略控件。
    .causes =
        1. 域控制器不支持 LDAP_SERVER_POLICY_HINTS_OID（1.2.840.113556.1.4.2066）。
    .fix =
        1. 密码写回需要运行 Windows Server 2016 或更高版本的域控制器；请升级或替换旧的域控制器。
        2. 以前的建议（Windows Server 2008 加服务包和修补程序 KB2386717）已不可行：该修补程序已无法下载。

entry-adsync-6329-forest-added = 6329 0x8023061f：此管理代理未启用密码同步
    .symptom = 某个林的用户密码写回失败，ADSync 事件 6329 显示 0x8023061f（此管理代理未启用密码同步）。
    .causes =
        1. 该林是在启用密码写回之后才添加（或重新添加）到 Entra Connect 的。
    .fix =
        1. 在 Entra Connect 向导中取消勾选“密码写回”并完成；再次运行向导，勾选“密码写回”并完成。
        2. 每次更改林之后都要重复此操作。

entry-adsync-6329-access-denied = 6329 ERROR_ACCESS_DENIED：MSOL_ 帐户的远程 SAM 调用被阻止
    .symptom = 密码写回失败（SSPR_0029、事件 33004），来自 admaexport.cpp 的 ADSync 事件 6329 显示 ERROR_ACCESS_DENIED“Failed to acquire user information”，并带有 MSOL_ 帐户名。
    .causes =
        1. 策略“网络访问: 限制允许对 SAM 进行远程调用的客户端”（常由安全加固基线设置）没有允许 AD DS 连接器帐户。它可能应用在 Entra Connect 服务器上，也可能应用在域控制器上。
    .fix =
        1. 在 Entra Connect 服务器和域控制器上找出它应用在哪里：gpresult /h report.html，以及 Get-ItemProperty HKLM:\System\CurrentControlSet\Control\Lsa -Name RestrictRemoteSam。
        2. 将 MSOL_ 帐户加入该策略并设为“远程访问：允许”，或从设置它的组策略对象中删除该设置。
        3. 如果删除设置，还要在那台计算机上删除 RestrictRemoteSam 值；只删除该值不会持久，因为下次刷新组策略时会被重新写入。
        4. 运行 gpupdate /force，然后重试重置。

entry-adsync-hr-80230402 = hr=80230402：存在锚点相同的重复条目
    .symptom = 密码写回失败，ADSync 错误中包含 hr=80230402（存在锚点相同的重复条目）。Microsoft 页面上误印为“HR 8023042”。
    .causes =
        1. 同一用户在多个林或域中处于启用状态，或者锚点不唯一。
    .fix =
        1. 在同步服务管理器的连接器空间和 metaverse 中找到重复对象，删除或禁用多余的对象。
        2. 确保每个用户的锚点属性唯一。

entry-adsync-hr-800700ce = hr=800700CE：“文件名或扩展名太长”
    .symptom = 解锁或重置之后，ADSync 记录 hr=800700CE“The filename or extension is too long”（文件名或扩展名太长）。
    .causes =
        1. AD DS 连接器帐户的密码太长。
    .fix =
        1. 在 AD 中将连接器帐户（MSOL_ 帐户）的密码重置为不超过 256 个字符（较早的文档为 127 个）。
        2. 在“同步服务管理器” > “连接器” > AD 连接器 > “属性” > 凭据中输入新密码。
        3. 重试重置。

entry-adsync-object-not-found = ADSync：“找不到对象”
    .symptom = 某个用户的密码写回失败，ADSync 提示找不到对象（Object could not be found）。
    .causes =
        1. 该用户不在此 Entra Connect 服务器的连接器空间或 metaverse 中，或缺少 Microsoft.InfromADUserAccountEnabled.xxx 链接。
    .fix =
        1. 确认此 Entra Connect 实例同步该用户（林正确，组织单位筛选包含该用户）。
        2. 在同步服务管理器中搜索连接器空间和 metaverse，检查该对象的链接。
        3. 修正同步范围，运行一次同步，然后重试。

entry-adsync-multiple-matches = ADSync：“找到多个匹配项”
    .symptom = 密码写回失败，ADSync 报告找到多个匹配项（Multiple matches found）。
    .causes =
        1. 同一个人在多个林中都有已启用的帐户，且都链接到同一个 metaverse 对象。
    .fix =
        1. 不支持这种配置：只保留一个已启用的帐户，禁用其他帐户，然后重试。

entry-adsync-ma-denied-access = ADSync：“管理代理被拒绝访问”
    .symptom = 密码写回失败，ADSync 提示管理代理被拒绝访问（management agent was denied access）。
    .causes =
        1. AD DS 连接器帐户（ADMA / MSOL_ 帐户）缺少密码写回权限。
        2. 权限已授予，但尚未作用到该用户对象上。
    .fix =
        1. 检查并授予权限（见“密码写回权限清单”条目）。
        2. 等待约一小时，让复制和 sdprop 完成，然后重试。

entry-adsync-6800 = 6800：写回终结点未能启动
    .symptom = ADSync 服务启动时记录事件 6800，有时带有“Couldn't connect to any service bus endpoint(s)”；同步仍在运行，但已同步用户的重置失败（SSPR_0030）。
    .causes =
        1. ADSync 启动时，密码写回的 WCF 终结点未能启动，通常是因为无法访问服务总线。
    .fix =
        1. 阅读同一时间记录的 PasswordResetService 事件（32002、31034、31044），找出原因。
        2. 检查到 *.servicebus.windows.net 和 *.passwordreset.microsoftonline.com 的出站 443、TLS 1.2 和时钟。
        3. 重启 Microsoft Azure AD Sync 服务；必要时禁用再重新启用“密码写回”。

entry-adsync-6306 = 6306：服务器意外错误（检查时钟）
    .symptom = ADSync 记录事件 6306（服务器意外错误），并与 6800、32001 或 31044 同时出现，例如启用密码写回失败时。
    .causes =
        1. 服务器时钟严重不同步。
    .fix =
        1. 将时钟与权威时间源同步。
        2. 重启 Microsoft Azure AD Sync 服务，然后重试。

entry-adsync-8023062c = 8023062C：到 AD 的 LDAP 流量未签名和加密
    .symptom = 密码写回失败，日志提示设置不安全、需要 128 位 TLS/SSL 连接，因此无法设置密码（0x8023062c）。
    .causes =
        1. AD DS 连接器没有对其 LDAP 流量签名和加密，而域控制器要求这样做。
    .fix =
        1. 在同步服务管理器中打开 AD 连接器 > “属性”。
        2. 在林连接选项、每个目录分区的域控制器连接选项以及备用凭据选项中，启用“Sign and Encrypt LDAP Traffic”（对 LDAP 流量签名和加密）。
        3. 重启 Microsoft Azure AD Sync 服务，然后重试。

entry-adsync-656-657 = 启用密码写回后的 656 和 657：预期事件，不是错误
    .symptom = 首次启用密码写回后，日志中出现大量看起来像密码更改的事件 656 和 657。
    .causes =
        1. 这些是密码哈希重新同步事件，不是真正的密码更改。
    .fix =
        1. 无需处理。要查看真正的写回活动，请查找 PasswordResetService 事件 31001 到 31011。

## PasswordResetService 事件（Entra Connect 服务器的应用程序事件日志）

entry-event-31001 = 事件 31001：PasswordResetStart，收到重置请求（表示正常）
    .symptom = 已同步的用户开始自助重置时，PasswordResetService 记录 31001。
    .causes =
        1. 信息性事件：云已将重置请求交给写回服务。这是每次重置的第一个事件，说明连接正常。
    .fix =
        1. 无需处理。继续查看随后的 31002（成功）或 31003（失败）。
        2. 如果重置失败，而那个时间点没有 31001，说明请求根本没有到达：检查连接（31016、32002、31034、31044）。

entry-event-31002 = 事件 31002：PasswordResetSuccess，AD 已接受新密码（表示正常）
    .symptom = PasswordResetService 在 31001 之后记录 31002。
    .causes =
        1. 信息性事件：密码写回已在本地 AD 中设置了重置后的密码。
    .fix =
        1. 写回方面无需处理。
        2. 如果用户仍无法登录云应用，请参阅 OnPremisesSuccessCloudFailure 条目，等待几分钟。

entry-event-31003 = 事件 31003：PasswordResetFail，AD 拒绝了重置
    .symptom = 已同步用户在密码重置门户上重置失败，PasswordResetService 在 31001 之后记录 31003。
    .causes =
        1. 密码违反 AD 策略（最短密码期限、密码历史记录、复杂性、密码筛选器）。
        2. AD DS 连接器帐户（ADMA / MSOL_ 帐户）对该用户缺少权限。
        3. 用户属于本地受保护组。
    .fix =
        1. 阅读同一时刻记录的 33xxx 和 ADSync 6329 事件，它们会指明原因。
        2. 策略问题：选择符合要求的密码。权限问题：按密码写回权限清单逐项检查。
        3. 受保护组中的用户：在本地重置密码。

entry-event-31004 = 事件 31004：OnboardingEventStart，开始登记密码写回
    .symptom = 在 Entra Connect 向导中启用“密码写回”时，PasswordResetService 记录 31004。
    .causes =
        1. 信息性事件：写回客户端开始向云登记。这不是连接错误，即使某些第三方摘要这样说。
    .fix =
        1. 接下来应出现 31017、31018、31005 和 31015。
        2. 如果没有出现 31005，请查找 32009、32011 或 31014，并参阅对应条目。

entry-event-31005 = 事件 31005：OnboardingEventSuccess，密码写回已就绪（表示正常）
    .symptom = 启用“密码写回”后，PasswordResetService 记录 31005。
    .causes =
        1. 信息性事件：登记完成，密码写回已就绪。
    .fix =
        1. 无需处理。同时确认云端开关也已打开：“密码重置” > “本地集成”。

entry-event-31006 = 事件 31006：ChangePasswordStart，收到密码更改请求
    .symptom = 已同步的用户在云中更改密码时，PasswordResetService 记录 31006。
    .causes =
        1. 信息性事件：一次云端密码更改（用户知道当前密码）已到达写回服务。
    .fix =
        1. 无需处理。继续查看随后的 31007（成功）或 31008（失败）。

entry-event-31007 = 事件 31007：ChangePasswordSuccess，更改已写入 AD（表示正常）
    .symptom = PasswordResetService 在 31006 之后记录 31007。
    .causes =
        1. 信息性事件：密码写回已将更改后的密码写入本地 AD。
    .fix =
        1. 无需处理。

entry-event-31008 = 事件 31008：ChangePasswordFail，AD 拒绝了密码更改
    .symptom = 已同步用户在云中更改密码失败，PasswordResetService 在 31006 之后记录 31008。
    .causes =
        1. 新密码违反 AD 策略（最短密码期限、密码历史记录、复杂性、密码筛选器）。
        2. 连接器帐户（ADMA / MSOL_ 帐户）对该用户缺少权限。
        3. 用户属于本地受保护组。
    .fix =
        1. 阅读同一时刻记录的 33xxx 和 ADSync 6329 事件。
        2. 策略问题：选择符合要求的密码；如果用户最近刚改过密码，检查最短密码期限。
        3. 权限问题：按密码写回权限清单逐项检查。

entry-event-31009 = 事件 31009：ResetUserPasswordByAdminStart，收到管理员重置请求
    .symptom = 管理员在 Entra 管理中心或 Azure 门户中重置已同步用户的密码时，PasswordResetService 记录 31009。
    .causes =
        1. 信息性事件：一次管理员发起的重置已到达写回服务。
    .fix =
        1. 无需处理。继续查看随后的 31010（成功）或 31011（失败）。
        2. 管理员重置了用户却没有 31009？在 Microsoft 365 管理中心或用 MSOnline / AzureAD PowerShell 执行的重置不会写回。

entry-event-31010 = 事件 31010：ResetUserPasswordByAdminSuccess，管理员重置已写入 AD（表示正常）
    .symptom = PasswordResetService 在 31009 之后记录 31010。
    .causes =
        1. 信息性事件：管理员在云中设置的密码已写入本地 AD。
    .fix =
        1. 无需处理。

entry-event-31011 = 事件 31011：ResetUserPasswordByAdminFail，AD 拒绝了管理员重置
    .symptom = 管理员重置已同步用户的密码失败（通常提示“本地策略不允许”），PasswordResetService 记录 31011。
    .causes =
        1. 临时密码违反 AD 策略。
        2. 连接器帐户（ADMA / MSOL_ 帐户）对该用户缺少权限。
        3. 用户属于本地受保护组。
    .fix =
        1. 使用符合 AD 策略的临时密码（查看域控制器安全日志事件 4724）。
        2. 检查连接器帐户在该用户上的权限和继承。
        3. 受保护组中的用户：在本地重置密码。

entry-event-31012 = 事件 31012：OffboardingEventStart，正在禁用密码写回
    .symptom = 在 Entra Connect 向导中关闭“密码写回”时，PasswordResetService 记录 31012。
    .causes =
        1. 信息性事件：有人正在禁用密码写回，或者为了排查问题正在关闭再打开它。
    .fix =
        1. 如果并非有意禁用，请重新启用“密码写回”；关闭期间已同步的用户无法重置（SSPR_0010）。
        2. 关闭再打开的过程中，应依次看到 31013、31004 和 31005。

entry-event-31013 = 事件 31013：OffboardingEventSuccess，密码写回已禁用
    .symptom = PasswordResetService 在 31012 之后记录 31013。
    .causes =
        1. 信息性事件：密码写回已成功关闭。
    .fix =
        1. 如果这是关闭再打开操作的一部分，现在重新启用“密码写回”。
        2. 如果并非有意为之，请重新启用；在此之前已同步的用户无法重置。

entry-event-31014 = 事件 31014：OffboardingEventFail，禁用密码写回失败
    .symptom = 在 Entra Connect 向导中关闭“密码写回”失败，PasswordResetService 记录 31014。
    .causes =
        1. 所用管理员帐户缺少所需权限。
        2. 使用了联合管理员帐户。
    .fix =
        1. 使用已分配许可证、仅限云（非联合）的混合标识管理员帐户（Microsoft 的写回页面称之为“Hybrid Administrator”）重新运行向导。

entry-event-31015 = 事件 31015：WriteBackServiceStarted，写回服务正在接收请求（表示正常）
    .symptom = PasswordResetService 记录 31015，通常发生在 ADSync 启动或启用密码写回之后。
    .causes =
        1. 信息性事件：写回服务已启动并开始接收请求。
    .fix =
        1. 无需处理。如果重置仍然失败，请在尝试时间查找 31003 或 33xxx 事件。

entry-event-31016 = 事件 31016：WriteBackServiceStopped，写回服务已停止
    .symptom = PasswordResetService 记录 31016，已同步的用户无法再重置密码（通常为 SSPR_0030）。
    .causes =
        1. 写回服务已停止，所有来自云的请求都会失败。
    .fix =
        1. 在 services.msc 中检查 Microsoft Azure AD Sync 服务是否在运行，并重启该服务。
        2. 重启后查找 31015；如果没有出现，请阅读 6800 和 32xxx 事件。
        3. 仍然停止：禁用再重新启用“密码写回”，然后升级 Entra Connect。

entry-event-31017 = 事件 31017：AuthTokenSuccess，已获取配置管理员的令牌（表示正常）
    .symptom = 启用密码写回时，PasswordResetService 记录 31017。
    .causes =
        1. 信息性事件：服务已为向导中使用的管理员帐户获取令牌。
    .fix =
        1. 无需处理。

entry-event-31018 = 事件 31018：KeyPairCreationSuccess，已创建加密密钥（表示正常）
    .symptom = 启用密码写回时，PasswordResetService 记录 31018。
    .causes =
        1. 信息性事件：用于加密传往服务器的密码的密钥已创建。
    .fix =
        1. 无需处理。

entry-event-31019 = 事件 31019：ServiceBusHeartBeat，到服务总线的连接正常（表示正常）
    .symptom = PasswordResetService 定期记录 31019。
    .causes =
        1. 信息性事件：到租户服务总线中继的检测信号成功。
    .fix =
        1. 无需处理。如果这些事件不再出现，请检查出站 443 和 ADSync 服务。

entry-event-31034 = 事件 31034：ServiceBusListenerError，无法连接到服务总线侦听器
    .symptom = PasswordResetService 记录 31034，已同步用户的重置失败（SSPR_0030）；事件文字可能显示“remote certificate is invalid”。
    .causes =
        1. 服务器无法连接到服务总线侦听器：防火墙、代理或 TLS 问题。
        2. 如果显示“remote certificate is invalid”：缺少 Azure TLS 证书变更后所需的根证书颁发机构。
    .fix =
        1. 测试到 *.servicebus.windows.net 的出站 443，并检查代理。
        2. 在 Entra Connect 服务器上安装所需的根证书颁发机构。
        3. 重启 Microsoft Azure AD Sync 服务。

entry-event-31044 = 事件 31044：PasswordResetService，写回运行不正常（服务总线主机未全部运行）
    .symptom = PasswordResetService 记录 31044，提示密码写回运行不正常；重置可能以 SSPR_0030 失败。
    .causes =
        1. 并非所有服务总线服务主机都在运行；密码写回使用两个冗余中继。
    .fix =
        1. 检查到 *.servicebus.windows.net 的出站 443 以及代理的空闲超时。
        2. 重启 Microsoft Azure AD Sync 服务；如果问题持续，禁用再重新启用“密码写回”。

entry-event-32000 = 事件 32000：UnknownError，未知错误
    .symptom = 在写回操作期间，PasswordResetService 记录 32000（未知错误）。
    .causes =
        1. 意外错误；事件中的异常文字给出详细信息。
    .fix =
        1. 阅读事件中的异常文字。
        2. 在 Entra Connect 向导中禁用再重新启用“密码写回”。
        3. 如果问题持续，提交支持案例并附上事件中的跟踪 ID。

entry-event-32001 = 事件 32001：ServiceError，无法访问密码重置 Web 服务
    .symptom = PasswordResetService 记录 32001，写回操作失败。
    .causes =
        1. 服务器无法访问云端的密码重置 Web 服务（防火墙、代理、TLS 1.2、时钟）。
    .fix =
        1. 允许到 *.passwordreset.microsoftonline.com 和 *.servicebus.windows.net 的出站 443。
        2. 检查 .NET 的 TLS 1.2 设置和服务器时钟，然后重启 Microsoft Azure AD Sync 服务。

entry-event-32002 = 事件 32002：ServiceBusError，无法访问租户的服务总线
    .symptom = PasswordResetService 记录 32002，例如“token provider was unable to provide a security token”，已同步的用户收到 SSPR_0030。
    .causes =
        1. 服务器无法访问租户的服务总线中继：出站 TCP 443 被阻止，或有代理阻隔。
    .fix =
        1. 允许到服务总线终结点（*.servicebus.windows.net）和 *.passwordreset.microsoftonline.com 的出站 TCP 443。
        2. 重启 Microsoft Azure AD Sync 服务。
        3. 禁用再重新启用“密码写回”。

entry-event-32003 = 事件 32003：InPutValidationError，Web 服务输入无效
    .symptom = PasswordResetService 为某个请求记录 32003。
    .causes =
        1. 传给 Web 服务的输入无效。
    .fix =
        1. 重试该操作。

entry-event-32004 = 事件 32004：DecryptionError，无法解密密码
    .symptom = PasswordResetService 记录 32004，重置失败。
    .causes =
        1. 加密密钥不匹配，服务器无法解密从云端发来的密码。
    .fix =
        1. 在 Entra Connect 向导中禁用再重新启用“密码写回”；这会生成新的密钥。

entry-event-32005 = 事件 32005：ConfigurationError，无法读取本地写回配置
    .symptom = PasswordResetService 记录 32005。
    .causes =
        1. 服务无法保存或读取本地的密码写回配置文件。
    .fix =
        1. 在 Entra Connect 向导中禁用再重新启用“密码写回”。

entry-event-32007 = 事件 32007：OnBoardingConfigUpdateError，登记期间更新配置出错
    .symptom = 启用密码写回时，PasswordResetService 记录 32007。
    .causes =
        1. 登记期间更新内存中的配置时出现问题。
    .fix =
        1. 在 Entra Connect 向导中禁用再重新启用“密码写回”。

entry-event-32008 = 事件 32008：ValidationError，Web 服务返回的响应无效
    .symptom = PasswordResetService 记录 32008。
    .causes =
        1. 密码重置 Web 服务返回了无效的响应。
    .fix =
        1. 在 Entra Connect 向导中禁用再重新启用“密码写回”。

entry-event-32009 = 事件 32009：AuthTokenError，无法获取配置管理员的令牌
    .symptom = 在 Entra Connect 向导中启用“密码写回”失败，PasswordResetService 记录 32009。
    .causes =
        1. 管理员密码错误。
        2. 管理员帐户是联合帐户，无法为其获取令牌。
    .fix =
        1. 使用拥有混合标识管理员角色（Microsoft 的写回页面称之为“Hybrid Administrator”）和许可证的托管帐户（仅限云或密码哈希同步）重新运行向导。

entry-event-32010 = 事件 32010：CryptoError，生成密钥或解密失败
    .symptom = PasswordResetService 记录 32010。
    .causes =
        1. 生成密钥或解密失败；事件详细信息会说明是哪一项。
    .fix =
        1. 阅读事件中的详细信息。
        2. 在 Entra Connect 向导中禁用再重新启用“密码写回”。

entry-event-32011 = 事件 32011：OnBoardingServiceError，登记时无法访问服务
    .symptom = 启用“密码写回”失败，PasswordResetService 记录 32011。
    .causes =
        1. 防火墙或代理阻止了到服务总线主机的出站 TCP 443。
        2. 令牌问题，例如向导中使用了联合管理员。
    .fix =
        1. 允许到 *.servicebus.windows.net 和 *.passwordreset.microsoftonline.com 的出站 TCP 443。Microsoft 的事件表仍写着 TCP 9350–9354，那是 Entra Connect 1.1.443.0 之前的要求，现在密码写回只需要 443。
        2. 使用已分配许可证的非联合管理员重新运行向导。

entry-event-32013 = 事件 32013：OffBoardingError，禁用写回时无法访问服务
    .symptom = 关闭“密码写回”失败，PasswordResetService 记录 32013。
    .causes =
        1. 与 32011 相同，只是发生在禁用时：到服务总线主机的出站 TCP 443 被阻止，或存在令牌问题（例如使用了联合管理员）。
    .fix =
        1. 允许到 *.servicebus.windows.net 和 *.passwordreset.microsoftonline.com 的出站 TCP 443。
        2. 使用已分配许可证的非联合管理员重新运行向导。

entry-event-32014 = 事件 32014：ServiceBusWarning，服务总线连接需要重试
    .symptom = PasswordResetService 偶尔或频繁地记录 32014。
    .causes =
        1. 到服务总线的连接不得不重试。
    .fix =
        1. 偶尔出现无需处理。
        2. 如果频繁出现，检查到 Internet 的链路延迟和带宽，以及代理的空闲超时。

entry-event-32015 = 事件 32015：ReportServiceHealthError，运行状况检测信号失败
    .symptom = PasswordResetService 记录 32015。
    .causes =
        1. 每 5 分钟发往云端的运行状况检测信号失败（其中不含个人数据）。
    .fix =
        1. 检查出站 443 和代理；如果反复出现，重启 Microsoft Azure AD Sync 服务。

entry-event-33001 = 事件 33001：ADUnKnownError，AD 返回未知错误
    .symptom = 已同步用户的重置失败，PasswordResetService 记录 33001。
    .causes =
        1. 未知的 Active Directory 错误；ADSync 事件会给出详细信息。
        2. 用户的组织单位或 DN 路径中有保留字符：开头的空格或 #、结尾的空格，或 , + " \ < > ; = / 中的任意字符，以及换行符或回车符。
    .fix =
        1. 阅读同一时刻记录的 ADSync 事件。
        2. 检查用户的可分辨名称和组织单位路径中是否有保留字符，并重命名组织单位或对象。

entry-event-33002 = 事件 33002：ADUserNotFoundError，本地找不到用户
    .symptom = 已同步用户的重置失败，PasswordResetService 记录 33002。
    .causes =
        1. 用户已在本地被删除，或存在同步问题。
    .fix =
        1. 确认该用户在 AD 中存在，并且在此 Entra Connect 实例的同步范围内。
        2. 解决同步问题并运行一次同步，然后重试。

entry-event-33003 = 事件 33003：ADMutliMatchError，两个本地用户共用同一锚点
    .symptom = 已同步用户的重置失败，PasswordResetService 记录 33003。
    .causes =
        1. 两个本地用户共用同一个云锚点。
    .fix =
        1. 找到这两个对象，删除或更正重复项，使锚点唯一。

entry-event-33004 = 事件 33004：ADPermissionsError，连接器帐户无权设置密码
    .symptom = 已同步用户的重置失败（通常为 SSPR_0029），PasswordResetService 记录 33004：“密码写回失败，权限错误”。
    .causes =
        1. AD DS 连接器帐户（ADMA / MSOL_ 帐户）对该用户缺少“重置密码”及相关权限。
        2. 用户或其组织单位上禁用了继承。
        3. 用户的 adminCount = 1（受保护组）。
        4. SAM 限制策略阻止了 MSOL_ 帐户（此时还会有带 ERROR_ACCESS_DENIED 的 6329）。
    .fix =
        1. 在每个域根上授予对林中所有用户对象的“重置密码”（以及“写入 lockoutTime”“写入 pwdLastSet”“不过期密码”），或运行 Set-ADSyncPasswordWritebackPermissions。
        2. 启用继承；为复制和 sdprop 预留约一小时。
        3. 受保护组中的用户：在本地重置。
        4. 检查 MSOL_ 帐户在该用户上的“有效访问权限”：必须允许“重置密码”。

entry-event-33005 = 事件 33005：ADUserAccountDisabled，帐户已在本地禁用
    .symptom = 已同步用户的重置失败，PasswordResetService 记录 33005。
    .causes =
        1. 该用户的帐户在本地 AD 中已被禁用。
    .fix =
        1. 如果该用户应当有访问权限，在 AD 中启用该帐户，然后重试重置。

entry-event-33006 = 事件 33006：ADUserAccountLockedOut，帐户在本地被锁定
    .symptom = 已同步用户的重置或更改失败，PasswordResetService 记录 33006。
    .causes =
        1. 该用户的帐户在本地 AD 中已被锁定。
    .fix =
        1. 在 AD 中解锁该帐户（“Active Directory 用户和计算机” > “帐户”），然后重试。
        2. 如果“允许用户在不重置密码的情况下解锁帐户?”设为“是”，用户也可以在 aka.ms/sspr 自行解锁。

entry-event-33007 = 事件 33007：ADUserIncorrectPassword，当前密码错误
    .symptom = 已同步用户更改密码失败，PasswordResetService 记录 33007。
    .causes =
        1. 用户在更改密码时输入了错误的当前密码。
    .fix =
        1. 请用户用正确的当前密码再试一次。
        2. 如果用户不记得当前密码，改为在 aka.ms/sspr 重置，而不是更改。

entry-event-33008 = 事件 33008：ADPasswordPolicyError，AD 密码策略拒绝了密码
    .symptom = 已同步用户的重置或更改失败（“违反本地策略”或“不符合要求”），PasswordResetService 记录 33008。
    .causes =
        1. 密码违反 AD 策略：最短密码期限、密码历史记录、复杂性或密码筛选器。
        2. 有社区报告称，帐户设置了“用户不能更改密码”时也会出现。
    .fix =
        1. 选择符合 AD 策略的密码。
        2. 如果用户一天内需要多次重置，将最短密码期限设为 0（组策略，然后运行 gpupdate /force）。
        3. 如果帐户设置了“用户不能更改密码”，请清除。

entry-event-33009 = 事件 33009：ADConfigurationError，AD 配置问题
    .symptom = 已同步用户的重置失败，PasswordResetService 记录 33009。
    .causes =
        1. Active Directory 配置有问题。
    .fix =
        1. 阅读同一时刻记录的 ADSync 事件，了解详细信息。
        2. 解决其中指出的问题，然后重试。

## 域控制器安全日志

entry-dc-4724-audit-failure = 事件 4724 审核失败：AD 拒绝了 MSOL_ 帐户设置的密码
    .symptom = 在重置失败的时间点，域控制器安全日志中有事件 4724“试图重置帐户密码”（An attempt was made to reset an account's password），结果为审核失败，主体是 MSOL_ 帐户。
    .causes =
        1. 密码写回已到达 AD，但新密码或临时密码违反了本地密码策略。
        2. 只有启用了帐户管理的失败审核，才能看到此事件。
    .fix =
        1. 读取策略：net accounts、Get-ADDefaultDomainPasswordPolicy，细粒度密码策略用 net user <user> /domain；检查密码筛选器和 Microsoft Entra 密码保护。
        2. 请用户或管理员选择符合策略的密码。
        3. 如果看不到此事件，请在域控制器上启用帐户管理的失败审核，然后重现问题。

## 清单

entry-checklist-writeback-permissions = 密码写回权限和配置清单
    .symptom = 当密码写回已到达 AD 但失败时使用：SSPR_0029，31003、31008 或 31011 加 33004，“management agent was denied access”，或带 ERROR_ACCESS_DENIED 的 6329。
    .causes =
        1. AD DS 连接器帐户（MSOL_ 帐户）缺少权限，或继承没有把权限带到用户对象上。
        2. 受保护组成员（adminCount=1）通过 AdminSDHolder 失去继承的权限。
        3. 权限更改尚未复制完成。
        4. 缺少 AD 先决条件，或 Entra Connect 安装在域控制器上。
        5. 本地密码策略或帐户状态（最短密码期限、“用户不能更改密码”、已禁用或已锁定）。
        6. 启用密码写回后又添加了林。
    .fix =
        1. 找到连接器帐户：“同步服务管理器” > “连接器” > AD 连接器 > “属性” > “连接到 Active Directory 林” > 用户名（或向导 > “查看当前配置” > “已同步的目录”）。
        2. 在每个域根上授予它“重置密码”“写入 lockoutTime”“写入 pwdLastSet”（“后代用户对象”）和“不过期密码”（“此对象及所有后代对象”）；当前教程还列出了“更改密码”，授予它也无妨。或者运行 Set-ADSyncPasswordWritebackPermissions（ADSyncConfig 模块）。
        3. 确认用户对象和组织单位上已启用继承；受保护组成员（adminCount=1）请在本地重置。
        4. 检查有效访问权限：“Active Directory 用户和计算机”（“查看” > “高级功能”）> 用户 > “安全” > “高级” > “有效访问权限” > 选择 MSOL_ 帐户 > 确认允许“重置密码”；也可以用 dsacls "<DN>" 或 Get-Acl。
        5. 为复制预留一小时或更长时间；测试期间只使用一台首选域控制器（“同步服务管理器” > AD 连接器 > “配置目录分区” > “仅使用首选域控制器”；“Active Directory 用户和计算机” > “更改域控制器”）。
        6. AD 先决条件：samServer 对象（域下的 CN=Server,CN=System）可由“Windows 2000 以前版本兼容的访问”（Pre-Windows 2000 Compatible Access）或 Authenticated Users 读取；Authenticated Users 是“Windows 2000 以前版本兼容的访问”的成员；“身份验证后模拟客户端”包含 Administrators、LOCAL SERVICE、NETWORK SERVICE 和 SERVICE。
        7. Entra Connect 安装在域控制器上且权限无法修复：改用首选域控制器，或将其迁移到成员服务器（密码写回使用旧版 NetUserGetInfo API）。
        8. 云端：管理中心和向导中使用的帐户都需要同一个角色，即混合标识管理员（Microsoft 的写回页面称之为“Hybrid Administrator”；2023 年的文档写的是全局管理员）。
        9. 密码策略：最短密码期限大于 0 时，在该期限内无法再次更改；如果用户一天内需要多次重置，请设为 0（组策略“计算机配置” > “策略” > “Windows 设置” > “安全设置” > “帐户策略” > “密码策略”，然后运行 gpupdate /force）。密码历史记录、复杂性、细粒度密码策略、密码筛选器（必须允许管理员发起的重置）和 Microsoft Entra 密码保护同样生效。
        10. 帐户状态：“用户不能更改密码”（PASSWD_CANT_CHANGE）会导致写回失败（6329、33008）；已禁用或已锁定的帐户会产生 33005 或 33006；默认情况下重置会同时解锁帐户。
        11. 如果 AD 用户设置了“密码永不过期”，管理员重置时勾选“下次登录时必须更改密码”不会在本地设置强制更改标志；在云中遵循 AD 的“用户下次登录时须更改密码”复选框是密码哈希同步的预览功能（以阅读文档时为准）。
        12. 多林：添加林之后，关闭再打开“密码写回”（0x8023061f）。
    .uncertain = 关于“更改密码”权限，各来源说法不一：当前的写回教程仍将其列出，但其分步说明、云同步的权限列表以及支持文章中的默认权限都不要求它。

entry-checklist-writeback-connectivity = 密码写回连接清单
    .symptom = 当云无法访问 Entra Connect、导致已同步用户重置失败时使用：SSPR_0030，尝试时间没有 31001，或出现事件 31016、31034、31044、32001、32002 或 6800。
    .causes =
        1. 到写回终结点的出站 HTTPS 443 被阻止，或代理切断了空闲连接。
        2. 未为 .NET 启用 TLS 1.2，或 .NET Framework 低于 4.8。
        3. Microsoft Azure AD Sync 服务已停止，或写回密钥、Entra Connect 版本已过时。
        4. 服务器时钟不准，或缺少 Azure TLS 证书变更所需的根证书颁发机构。
    .fix =
        1. 允许 Entra Connect 服务器到 *.passwordreset.microsoftonline.com 和 *.servicebus.windows.net 的出站 HTTPS 443（美国政府云：*.passwordreset.microsoftonline.us 和 *.servicebus.usgovcloudapi.net；世纪互联：ssprdedicatedsbmcprodcne.servicebus.chinacloudapi.cn 和 ssprdedicatedsbmcprodcnn.servicebus.chinacloudapi.cn）。ssprdedicatedsb… 主机不在 Office 365 URL 列表中，只按该列表配置的代理允许列表会漏掉它们。不需要任何入站端口。
        2. 测试租户自己的中继，而不是固定的示例主机：在事件 31019 或 31034 中读取服务总线侦听器名称（例如 ssprdedicatedsbprodfra-1），然后运行 Test-NetConnection -ComputerName <命名空间>.servicebus.windows.net -Port 443，或 Invoke-WebRequest -Uri https://<命名空间>.servicebus.windows.net -Verbose；注意有空闲超时的代理。
        3. 用 Microsoft 提供的检查和启用脚本为同步服务器上的 .NET 启用 TLS 1.2，然后重启；关闭 TLS 1.0 和 1.1 却没有为 .NET 启用强加密会导致密码写回中断。
        4. 确认已安装 .NET Framework 4.8 或更高版本。
        5. 重启 Microsoft Azure AD Sync（ADSync）服务。
        6. 在 Entra Connect 向导中禁用再重新启用“密码写回”（同时会更新密钥）。
        7. 备份自定义同步规则，将 Entra Connect 就地升级到最新版本（安装程序在 Microsoft Entra 管理中心：“Entra Connect” > “入门” > “管理”），然后再次关闭并打开密码写回。
        8. 将服务器时钟与权威时间源同步；如果 31034 显示“remote certificate is invalid”，安装所需的根证书颁发机构。
        9. 请记住密码写回是同步进行的（通常不到 500 毫秒）：服务器无法访问时，用户会被告知现在无法重置，请求不会排队。

# --- 2027：2027 年的来电（issue #13；内容审核 2026-12，B1、B4、C1–C11） ---

entry-msg-passwordless-only-no-reset = 用户只有通行密钥或 Windows Hello，无法重置密码
    .symptom = “我用通行密钥（或 Windows Hello、安全密钥、证书、临时访问密码）登录，但密码重置不给我任何选项”：aka.ms/sspr 显示 SSPR_0014，或没有任何验证方法。
    .causes =
        1. 通行密钥（FIDO2）、Windows Hello 企业版、基于证书的身份验证、Authenticator 无密码登录和临时访问密码只能用于多重身份验证/登录，SSPR 无法使用。
        2. 用户没有 SSPR 可用的方法（Authenticator 通知或验证码、OATH 验证码、电子邮件、电话、安全问题），或数量少于策略要求。
        3. 2027 年 2 月 1 日之后，除非租户有客户管理的电信提供商，电话号码也无济于事。
    .fix =
        1. 如果用户仍能登录，让其在“安全信息”中添加 Microsoft Authenticator 和一个电子邮件地址（或 OATH 验证码）。
        2. 如果用户已无法登录，请核实来电用户身份，由管理员重置密码或发放临时访问密码；如果已配置帐户恢复，也可以使用帐户恢复。
        3. 确认身份验证方法策略已为该用户启用这些方法。

entry-msg-sms-voice-stopped = 从 2027 年 2 月起收不到短信或电话验证码
    .symptom = “短信验证码从二月起收不到了”“电话也不打过来了”：从 2027 年 2 月 1 日起，用户注册的电话在重置或登录时收不到验证码，尽管号码是正确的。
    .causes =
        1. Microsoft 于 2027 年 2 月 1 日停用了自己提供的短信和电话呼叫，SSPR 也包括在内。
        2. 租户没有通过 Microsoft Security Store 配置客户管理的电信提供商。
    .fix =
        1. 让用户用其他已注册的方法重置（Microsoft Authenticator、电子邮件、OATH 验证码）。
        2. 如果都没有，请核实来电用户身份，由管理员重置密码或发放临时访问密码，然后在“安全信息”中添加 Authenticator 和电子邮件。
        3. 询问租户管理员是否计划为必须保留短信或电话呼叫的用户配置电信提供商。
    .uncertain = 日期来自标为 AI 辅助编写（2026-06-10）和 AI 生成（2026-08-04）的 Microsoft 页面；审核要求再次核对。先从公有云开始，其他云稍后跟进。

entry-msg-passkey-registration-prompt = 用户反复被要求设置通行密钥
    .symptom = “每次登录都让我设置通行密钥”：用户在登录完成多重身份验证后被要求注册通行密钥；可以跳过，或者从 2027 年 2 月 1 日起无法跳过。
    .causes =
        1. 自 2026 年 9 月 1 日起，启用了短信或电话呼叫的用户会自动启用通行密钥，并成为 Microsoft 托管的注册活动的目标（可无限次暂缓）。
        2. 自 2027 年 2 月 1 日起，唯一多重身份验证方法是短信或电话呼叫的用户必须注册通行密钥才能继续（无法跳过，也无法选择退出）。
    .fix =
        1. 说明这个提示是预期的；在 2027 年 2 月 1 日之前，用户可以注册通行密钥，也可以暂缓。
        2. 如果提示无法跳过，帮助用户注册通行密钥或添加 Microsoft Authenticator。
        3. 确认用户还有 SSPR 可用的方法（Authenticator、电子邮件、OATH），因为通行密钥无法重置密码。
        4. 租户管理员可以在“身份验证方法” > “注册活动”中管理注册活动，或将用户移出短信和电话呼叫。

entry-msg-account-recovery-cannot-recover = 帐户恢复：用户无法完成恢复
    .symptom = 丢失全部方法的用户从登录页开始了帐户恢复，但被告知无法恢复，或身份核对与其帐户不一致。
    .causes =
        1. 租户以评估模式运行帐户恢复，在此模式下用户可以试用，但不能真正恢复。
        2. Entra ID 中的“名字”和“姓氏”与证件不一致（不使用显示名称）。
        3. 用户不在恢复范围内，或租户没有 Microsoft Entra ID P1。
    .fix =
        1. 询问租户管理员（身份验证管理员）设置的是哪种模式；试点结束后切换到生产模式。
        2. 将用户的“名字”和“姓氏”更正为与证件一致，然后重试。
        3. 在此期间，按你们自己的流程核实来电用户身份，由管理员发放临时访问密码。
    .uncertain = 帐户恢复是预览版（2025 年 11 月）；其模式、范围和匹配规则可能会变化。

entry-msg-trouble-verifying-account = “Sorry, we're having trouble verifying your account”（验证你的帐户时遇到问题）
    .symptom = 用户请求短信或电话验证码时，看到“Sorry, we're having trouble verifying your account”，收不到验证码。
    .causes =
        1. Microsoft 的电话欺诈防护标记了这次尝试。
        2. 该国家/地区代码需要通过支持请求选择加入（例如 +852、+853、+886），而租户尚未提交。
        3. 新租户仍处于最初几天的电话限制期。
    .fix =
        1. 让用户改用 Microsoft Authenticator、电子邮件或 OATH 验证码进行验证。
        2. 在区域选择加入页面上查找来电用户的国家/地区代码；如果在列表中，请管理员提交支持请求。
        3. 停止反复尝试；如果是新租户，请等待几天。
    .uncertain = 选择加入的国家/地区列表会变化（2025-05-20 和 2025-07-28 的列表对 +86 的说法不同）；请查看在线页面。

entry-msg-verification-limit-reached = “You've hit our limit on verification calls”或短信验证码次数已达上限
    .symptom = 用户在电话验证时看到“You've hit our limit on verification calls”或“… on text verification codes”。
    .causes =
        1. 短时间内短信或电话尝试次数过多：这是电话方面单独的限制，与 SSPR 每小时 5 次的限制不同。
    .fix =
        1. 停止使用电话验证；改用 Microsoft Authenticator、电子邮件或 OATH 验证码。
        2. 如果用户只有电话方法，请等待一段时间再试，登录后让其添加其他方法。
        3. 如果同时触发了 SSPR 的限制，请等待 24 小时（见限流条目）。

entry-msg-code-in-whatsapp = 短信验证码发到了 WhatsApp 或以聊天消息送达，而不是普通短信
    .symptom = “验证码一直收不到”：用户只看了短信，但验证码是通过 WhatsApp（来自 +1 217 302 1989）或 RCS 聊天消息送达的。
    .causes =
        1. Microsoft 可能通过 RCS 或 WhatsApp 而不是普通短信发送验证码。
    .fix =
        1. 让用户在 WhatsApp 中查找来自 +1 217 302 1989 的消息，并在信息应用中查看聊天会话。
        2. 在 5 分钟内输入验证码；如果哪里都没有，请按“收不到验证短信或验证电话”条目处理。

entry-msg-windows-something-went-wrong = 从 Windows 登录屏幕重置：“Something went wrong. Please, try again later.”
    .symptom = 用户在 Windows 登录屏幕上单击“重置密码”，看到的是“Something went wrong. Please, try again later.”（出现问题，请稍后重试），而不是重置页面。
    .causes =
        1. 临时帐户 defaultuser1 无法通过 443 端口访问 passwordreset.microsoftonline.com 或 ajax.aspnetcdn.com。
        2. 代理是按用户配置的，而不是计算机级别，所以 defaultuser1 不使用它。
        3. 防病毒软件拦截了 passwordreset.microsoftonline.com、ajax.aspnetcdn.com 或 ocsp.digicert.com。
    .fix =
        1. 开放到 passwordreset.microsoftonline.com 和 ajax.aspnetcdn.com 的 443 端口。
        2. 将代理设为计算机级别（netsh winhttp set proxy，或计算机策略）。
        3. 为这三个主机添加防病毒排除项，然后重试。

entry-msg-windows-11-locked-session-loop = Windows 11：从锁屏重置后又回到登录屏幕
    .symptom = 在 Windows 11 上，用户从已锁定的会话启动“重置密码”，却被送回登录屏幕，看起来像是循环。
    .causes =
        1. Windows 11 无法从已锁定的用户会话启动 SSPR，必须从登录屏幕启动。
        2. 切换到临时重置会话较慢，看起来像是循环。
    .fix =
        1. 让用户注销（或重启），从登录屏幕开始重置。
        2. 如果仍然循环，请按“检查从 Windows 登录屏幕重置的前提条件和失败情形”步骤检查前提条件和网络访问。

entry-msg-laptop-still-old-password = 密码已重置，但笔记本电脑仍要求输入旧密码
    .symptom = “我重置了密码，但笔记本电脑还是要旧密码”：新密码在网页上可用，但已加入域或 Microsoft Entra 混合联接的笔记本电脑在 Windows 登录时只接受旧密码。
    .causes =
        1. 笔记本电脑不在公司网络中，使用缓存的凭据；需要能连通域控制器才能获知新密码。
        2. 对于已同步的用户，重置没有写回 Active Directory。
    .fix =
        1. 先用旧密码登录，连接办公网络或 VPN，然后锁定再解锁（或注销后重新登录）时使用新密码。
        2. 如果新密码在本地也无法使用，请检查写回。

entry-msg-cloud-sync-writeback-fails = 由云同步同步的用户密码写回失败
    .symptom = 由 Microsoft Entra 云同步同步的用户无法重置（写回错误），或新密码没有到达 Active Directory，而 Connect 同步的排查步骤看不出问题。
    .causes =
        1. 预配代理版本低于 1.1.977.0，或其服务已停止。
        2. 没有在代理上启用写回（Set-AADCloudSyncPasswordWritebackConfiguration）。
        3. 代理的 gMSA 缺少“重置密码”“写入 lockoutTime”“写入 pwdLastSet”或“不过期密码”权限。
        4. “密码重置” > “本地集成”中的两个选项只勾选了一个。
    .fix =
        1. 更新代理，并启动“Microsoft Azure AD Connect Provisioning Agent”和“Microsoft Azure AD Connect Agent Updater”服务。
        2. 运行 Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true 和 Set-AADCloudSyncPermissions -PermissionType PasswordWriteBack。
        3. 勾选“为已同步用户启用密码写回”，同时勾选“使用 Microsoft Entra 云同步写回密码”，然后用非管理员用户测试。

entry-msg-cannot-change-sspr-settings = 管理员无法更改“密码重置”设置
    .symptom = 管理员打开“Entra ID” > “密码重置”，但设置是只读的，或无法保存。
    .causes =
        1. 管理员的角色权限不够：支持管理员或密码管理员可以重置密码，但不能更改策略。
        2. 角色在 Privileged Identity Management 中处于符合条件状态，但尚未激活。
    .fix =
        1. “密码重置”设置至少使用身份验证策略管理员，“本地集成”使用混合标识管理员。
        2. 先在 Privileged Identity Management 中激活角色。

entry-msg-authenticator-rooted-device = Microsoft Authenticator 提示手机已 root 或越狱，或工作帐户消失
    .symptom = Microsoft Authenticator 提示手机已 root 或越狱、阻止使用，或工作帐户从应用中消失；无法再用 Authenticator 重置密码。
    .causes =
        1. 自 2026 年 2 月起，Authenticator 会检测已 root 和越狱的设备，先警告，再阻止，最后清除 Entra 凭据。
    .fix =
        1. 如果用户有其他方法（电子邮件、OATH 验证码），让其用该方法重置。
        2. 在受支持的手机上安装 Authenticator，并在“安全信息”中重新注册。
        3. 如果已没有可用的方法，请核实来电用户身份，由管理员发放临时访问密码。
    .uncertain = 来自 Microsoft 的“新增功能”（2025 年 10 月和 2026 年 2 月的条目）；各租户的具体推出时间没有公开。

entry-msg-security-info-asks-to-verify = “安全信息”页一直要求用户验证
    .symptom = “aka.ms/ssprsetup 一直让我验证”：“安全信息”页在打开前要求多重身份验证，过一会儿又要求，或在添加通行密钥时再次要求。
    .causes =
        1. 已有可用于多重身份验证的方法的用户，必须先通过多重身份验证才能打开“安全信息”。
        2. “安全信息”的会话持续 15 分钟。
        3. 添加或更改通行密钥需要最近 5 分钟内完成的多重身份验证。
    .fix =
        1. 让用户完成验证，并在 15 分钟内完成操作。
        2. 如果已注册的方法都不可用，请核实来电用户身份，由管理员发放临时访问密码。

# --- 2026-10：只接受用户自行注册的方法 ---
entry-msg-profile-data-not-accepted = 重置：“我从没注册过，以前一直能用”——用户资料中的电话或电子邮件不再被接受
    .symptom = 自 2026 年秋季起，从未设置过安全信息的来电用户无法再重置密码：aka.ms/sspr 提示未注册或需要更多安全信息（常见为 SSPR_0014），或者不提供用户资料里的电话号码。“以前一直都能用。”
    .causes =
        1. 自 2026 年 10 月 5 日起（Microsoft 页面上的日期），SSPR 只接受已注册的身份验证方法。用户资料中的“移动电话”“办公电话”和备用电子邮件（mobilePhone、businessPhones、otherMails），无论是从本地 AD 同步的还是管理员填写的，除非用户注册了相同的值，否则不再计入。
        2. 用户一直依赖这些资料数据，从未在 aka.ms/ssprsetup 注册过任何方法，因此 SSPR 现在找到的方法少于要求的数量。
        3. 要求登录时注册的租户：自 2026 年 11 月 9 日起，注册活动会提示这类用户；该用户跳过了提示，或此后一直没有登录。
    .fix =
        1. 打开该用户 > “身份验证方法”。如果号码或地址只在用户资料中（“移动电话”、备用电子邮件），而没有列为方法，原因就在这里。
        2. 如果用户仍能登录，请其到 aka.ms/ssprsetup（“安全信息”）自行注册方法，最好是 Microsoft Authenticator 应用和电子邮件地址；电话号码只作为额外方法（Microsoft 发送的短信和语音将于 2027 年 2 月 1 日结束）。
        3. 如果用户无法登录，先核实来电者身份，由管理员重置密码（已同步用户请在 Entra 管理中心操作），然后让用户立即注册。
        4. 不要通过修改 AD 或 Entra ID 中的“移动电话”或备用电子邮件来解决：这些数据已不再计入 SSPR。
        5. 此类来电较多时：请租户管理员将“要求用户在登录时注册”设为“是”，让注册活动覆盖所有方法不够的用户，并在“身份验证方法” > “用户注册详细信息”中列出尚未注册的用户。
    .uncertain = 具体日期：Microsoft 关于预填联系信息的页面给出的变化日期是 2026 年 10 月 5 日、注册活动日期是 2026 年 11 月 9 日，而消息中心 MC1325414（只读到第三方转载）给出的是 2026 年 9 月 7 日和 8 月 6 日。无论按哪个日期，这项变化现在都已生效。管理员通过 Graph 或“+ 添加”创建的方法是否算作已注册，Microsoft 没有说明。

## Entra 审核日志：自助式密码重置活动和状态原因

entry-audit-policy-changes = 审核日志：“Self-service password reset policy changes”
    .symptom = 审核日志（服务为 Self-service Password Management）显示管理员更改了自助式密码重置（SSPR）策略的某项设置：由谁更改，以及每个属性的旧值和新值。失败记录带有文档中的原因“Permission failure?”（问号是 Microsoft 原文如此）。
    .causes =
        1. 成功：管理员更改了“密码重置”下的“属性”“身份验证方法”“注册”“通知”“自定义”或“本地集成”。没有任何问题；这条记录告诉你设置在何时、由谁更改。
        2. 失败：管理员没有可以更改该设置的角色。
    .fix =
        1. 如果用户从某个时间起开始失败，把这个时间与这些记录对照：更换了范围组、提高了所需方法数或删除了某种方法，都能解释突然出现的失败。
        2. 在记录的已修改属性中查看旧值和新值，并与租户管理员商定是否改回。
        3. 更改失败：更改“密码重置”设置至少需要身份验证策略管理员角色，更改“本地集成”需要混合标识管理员；请参阅对应的检查步骤。

entry-audit-blocked-from-sspr = 审核日志：用户被阻止重置密码 24 小时
    .symptom = 审核日志显示活动“Blocked from self-service password reset”，或一条原因为“Blocked”类的流程记录，例如“User entered too many invalid SMS verification codes and is blocked for 24 hours”或“User tried to verify a phone number too many times and is blocked for 24 hours”。来电用户说重置页面不让继续。
    .causes =
        1. 用户尝试重置、使用某一种验证方法（一道“门”）或验证电话号码超过五次，服务对其进行了限制：暂时不能再重置、使用方法或验证电话。
        2. 原因中的方法说明了问题所在：验证码输错或超时（电子邮件、短信）、电话未接听（手机或办公电话）、答案错误（安全问题），或电话号码不匹配。
        3. 短信和电话呼叫：从 2027 年 2 月 1 日起，除非租户使用自己的电信提供商，Microsoft 不再发送短信或电话验证码；因此反复失败的短信或电话尝试可能只是根本没有送达。
        4. 如果某个帐户被阻止多次，而公司里没有人在重置它，可能是别人在尝试：请与租户管理员一起查看记录中的 IP 地址。
    .fix =
        1. 用户无法自行解除阻止，只能等待。告诉来电用户从最后一次尝试起等待 24 小时，不要提前重试。
        2. 在此期间解决失败的原因：正确的电话号码、垃圾邮件文件夹，或换一种仍能送达的方法（2027 年 2 月 1 日之后，用 Microsoft Authenticator 或电子邮件代替短信或电话呼叫）。
        3. 如果来电用户急需访问，核实其身份后由管理员重置密码或发放临时访问密码。
        4. 如果这些尝试不是来电用户本人所为，请上报安全团队，不要提供任何验证码。
    .uncertain = 计数的时间窗口不确定：报告页面说 24 小时内超过五次，而 Microsoft 的故障排除页面说 1 小时内五次。两者都说阻止持续 24 小时。这些原因字符串来自 2017 年版的报告页面，当前页面已不再列出。

entry-audit-change-password = 审核日志：“Change password (self-service)”
    .symptom = 审核日志显示用户在知道旧密码的情况下自行更改了密码：主动更改，或因密码过期而更改。失败记录的原因通常是 FuzzyPolicyViolationInvalidPassword。
    .causes =
        1. 成功：用户更改了密码；对于启用了密码写回的已同步用户，更改也已写入本地 AD。
        2. 失败且原因为 FuzzyPolicyViolationInvalidPassword：新密码在禁止密码列表中（见该条目）。
        3. 其他失败：新密码不符合云端或本地的密码规则。
    .fix =
        1. 成功：无需处理。如果来电用户说新密码在笔记本电脑上不能用，请参阅设备仍要求旧密码的步骤。
        2. 失败：让用户选择一个更长的密码短语，不含常见单词或公司名称，并符合密码规则，然后重试。

entry-audit-reset-by-admin = 审核日志：“Reset password (by admin)”
    .symptom = 审核日志显示管理员为用户重置了密码。附加详细信息 OnPremisesAgent 说明密码写到了哪里：None（仅云端）、Microsoft Entra Connect 或 CloudSync（由该代理写回本地 AD）。
    .causes =
        1. 成功：密码管理员、用户管理员或支持管理员代表用户重置了密码。
        2. 已同步用户的 OnPremisesAgent 为 None：这次重置没有经过密码写回，本地 AD 中仍是旧密码（例如在不支持密码写回的地方进行的重置）。
        3. 失败：管理员对该用户没有足够的角色（权限更高的管理员需要更高的角色），或者本地 AD 拒绝了该密码（策略、权限、受保护帐户）。
    .fix =
        1. 对于已同步用户，检查 OnPremisesAgent：Microsoft Entra Connect 或 CloudSync 表示密码已到达 AD；None 表示没有，请在启用密码写回的情况下从 Entra 管理中心重新重置。
        2. 失败：打开记录的状态原因，再查看同一时间 Entra Connect 服务器的应用程序日志（事件 31009 到 31011）。
        3. 如果来电用户对这次重置有异议，记录中写有执行重置的管理员。

entry-audit-reset-self-service = 审核日志：用户成功自助重置了密码
    .symptom = 审核日志显示结果为 Success 的“Reset password (self-service)”，或一条“User successfully reset password”或“Successfully completed reset.”的流程记录：在 aka.ms/sspr 的重置成功了。
    .causes =
        1. 用户证明了身份并设置了新密码；对于已同步用户，密码写回也已在本地 AD 中设置新密码。
        2. 失败的“Reset password (self-service)”记录会写明原因，通常是 FuzzyPolicyViolationInvalidPassword（所选密码被禁止）。
    .fix =
        1. 这里没有任何失败。如果来电用户仍然无法登录，问清在哪里：离开公司网络的 Windows 笔记本电脑在连上域控制器之前会保留旧密码；云应用可能需要重新登录。
        2. 某些应用和手机仍保存着旧密码，会再次锁定帐户：让用户更新它们。
        3. 如果来电用户说自己没有重置过，按可能的帐户盗用处理，并上报安全团队。
    .uncertain = “Successfully completed reset.”（带句点）见于公开的审核日志查询，Microsoft 的任何页面都没有列出；“User successfully reset password”来自 2017 年版的报告页面。

entry-audit-flow-progress = 审核日志：“Self-service password reset flow activity progress”
    .symptom = 审核日志为 aka.ms/sspr 重置的每一步记录一行，都属于这个活动；只有状态原因能区分它们。同一次尝试的记录具有相同的关联 ID。
    .causes =
        1. 用户的每一步（输入用户 ID、显示可用方法、开始或完成某种方法、选择密码）都单独记录一行，结果为 Success 或 Failure。
        2. 失败记录的状态原因说明了原因；Microsoft 的当前页面已不再列出这些原因，本目录列出了它们。
    .fix =
        1. 在审核日志中筛选该用户并按时间排序；按关联 ID 分组，得到一次完整的尝试。
        2. 在这里查找每条记录的状态原因：这次尝试的最后一条记录告诉你在哪里停下、由谁来解决。
        3. 在工单中记下关联 ID 和 UTC 时间；Microsoft 支持人员会要求这两项。

entry-audit-verification-step = 审核日志：显示、开始或完成了一种验证方法
    .symptom = 流程记录显示“User was presented with verification options”，或“User started …”“User completed …”后跟一种方法：mobile SMS、mobile voice call、email、security questions、mobile app notification 或 mobile app code。
    .causes =
        1. 这里没有任何失败：这些记录只表示重置的进度。请查看同一关联 ID 的下一条记录，了解这次尝试如何结束。
        2. 同一次尝试中只有“started”而没有对应的“completed”，说明验证码、电话或通知没有送达，或者用户放弃了这种方法。
        3. 短信和电话呼叫：从 2027 年 2 月 1 日起，除非租户有自己的电信提供商，Microsoft 不再发送短信和电话验证码；届时来电用户会出示“started the mobile SMS verification option”之后再无下文的记录。
    .fix =
        1. 找到这次尝试的最后一条记录并在这里查找：成功记录说明问题已解决，“abandoned”“cancelled”或“blocked”记录各有自己的条目。
        2. 如果某种方法总是停在“started”，让用户换一种已注册的方法（Microsoft Authenticator 和电子邮件不受短信和电话呼叫变更的影响）。
    .uncertain = 这些字符串见于公开的审核日志查询，但 Microsoft 的任何页面（无论新旧）都没有列出；Microsoft 可能会更改它们。

entry-audit-unlock-self-service = 审核日志：“Unlock user account (self-service)”
    .symptom = 审核日志显示用户在 aka.ms/sspr 解锁了自己的本地 AD 帐户，但没有更改密码。
    .causes =
        1. 成功：租户允许不重置密码即可解锁，密码写回已启用，用户在验证身份后解锁了 AD 帐户。
        2. 失败：解锁没有到达 AD：密码写回不可用，或连接器帐户没有写入 lockoutTime 的权限。
    .fix =
        1. 成功：无需处理。如果帐户很快再次被锁定，说明有某个设备或程序（手机、映射的驱动器、服务）仍在发送旧密码。
        2. 失败：检查密码写回是否正常运行，查看 Entra Connect 服务器在该时间的应用程序日志，并检查连接器帐户对该用户的权限。

entry-audit-registered-for-sspr = 审核日志：“User registered for self-service password reset”
    .symptom = 审核日志显示用户注册了自助式密码重置策略要求的安全信息。每个注册的项目可能单独显示为一条记录。
    .causes =
        1. 成功：用户已注册当前策略要求的全部信息，可以重置密码。
        2. 失败：用户没有完成注册。这并不表示用户无法重置：帐户上已有的正确数据（例如尚未验证的电话号码）仍然可以使用。
    .fix =
        1. 失败时：打开该用户 >“身份验证方法”，查看已注册的内容；如果已满足策略，测试一次重置。
        2. 否则，让用户在 aka.ms/ssprsetup 完成注册。

entry-audit-security-info-changed = 审核日志：安全信息被注册、更改或删除
    .symptom = 在“安全性”>“身份验证方法”（合并注册）下，审核日志显示“User registered all required security info”“User registered security info”“User updated security info”“User changed default security info”“User deleted security info”，或由管理员执行的相同操作（“Admin registered / updated / deleted security info”）。
    .causes =
        1. 用户（在“安全信息”页，aka.ms/ssprsetup）或管理员（用户 >“身份验证方法”）添加、更改或删除了某种方法。
        2. 重置失败前刚有方法被删除或更改，就能解释失败：用户尝试的方法已不再注册，或号码已更改。
        3. 如果安全信息被来电用户不认识的人更改，可能是帐户被盗用。
    .fix =
        1. 将这些记录的时间与失败的重置对照；在该用户 >“身份验证方法”中查看当前注册的内容。
        2. 让用户重新注册该方法，或在核实来电用户身份后由管理员添加。
        3. 不是来电用户本人所做的更改：先上报安全团队，再进行任何重置。
    .uncertain = 这些活动名称见于公开的审核日志查询；Microsoft 的报告页面只说合并注册事件位于“安全性”>“身份验证方法”下，没有列出它们。

entry-audit-abandoned-before-verifying = 审核日志：用户在完成验证前放弃
    .symptom = 流程记录显示“User abandoned after entering their user ID”，或“User abandoned after starting the …”后跟一种方法：email verification、mobile SMS verification、mobile voice call verification、office voice call verification 或 security questions option。
    .causes =
        1. 用户在证明身份之前关闭了页面或页面超时：没有记录失败，只是停下了。
        2. 开始某种方法后放弃，通常是验证码或电话没有送达、来得太晚，或用户不记得答案。
        3. 输入用户 ID 后放弃，可能是用户不认识页面显示的方法（例如旧电话号码）。
        4. 短信和电话呼叫：从 2027 年 2 月 1 日起，除非租户有自己的电信提供商，Microsoft 不再发送短信和电话验证码，等短信的用户会一直等不到。
    .fix =
        1. 用户可以再试一次：问清他们尝试了哪种方法、发生了什么。
        2. 验证码没有送达：检查已注册的号码或地址、垃圾邮件，以及验证码是否通过 WhatsApp 或 RCS 发来；换一种方法试试。
        3. 没有可用的方法：核实来电用户身份，由管理员重置密码或发放临时访问密码，然后让用户更新安全信息。
    .uncertain = 这些字符串来自 2017 年版的 Microsoft 报告页面；当前页面已不再列出，现在日志中的措辞可能不同。

entry-audit-abandoned-after-verification = 审核日志：用户完成一种方法后放弃
    .symptom = 流程记录显示“User abandoned after completing the …”后跟一种方法：email verification、mobile SMS verification、mobile voice call verification、office voice call verification 或 security questions option。
    .causes =
        1. 用户通过了一种方法后停了下来。在需要两种方法的情况下（管理员帐户始终如此），问题通常出在第二种方法：未注册或无法使用。
        2. 用户可能以为一种方法就够了，于是关闭了页面。
    .fix =
        1. 检查该用户的策略要求几种方法（任何管理员角色都需要两种）以及用户已注册了什么。
        2. 如果缺少第二种方法，让用户在 aka.ms/ssprsetup 注册，或在核实来电用户身份后由管理员重置密码。
        3. 否则，让用户重试，并一次完成两种方法。
    .uncertain = 这些字符串来自 2017 年版的 Microsoft 报告页面；当前页面已不再列出，现在日志中的措辞可能不同。

entry-audit-abandoned-new-password = 审核日志：用户在设置新密码时放弃
    .symptom = 流程记录显示“User abandoned before selecting a new password”或“User abandoned while selecting a new password”：身份已验证，但没有设置新密码。
    .causes =
        1. 用户通过了验证但没有设置密码：页面超时，或尝试的每个密码都被拒绝。
        2. 被拒绝的原因：云端规则（长度、字符类型、禁止密码），或对于已同步用户，本地 AD 密码策略（历史记录、最短使用期限、复杂性）。
    .fix =
        1. 用户可以重新开始；在选择密码之前告诉他们规则：使用较长的密码短语，不含常见单词或公司名称，不要用最近用过的密码。
        2. 对于一再被拒绝的已同步用户，请 AD 团队检查密码策略（尤其是密码最短使用期限）。
    .uncertain = 这些字符串来自 2017 年版的 Microsoft 报告页面；当前页面已不再列出，现在日志中的措辞可能不同。

entry-audit-cancelled = 审核日志：用户取消了重置
    .symptom = 流程记录显示“User canceled（或 cancelled）before passing the required authentication methods”或“… before submitting a new password”：用户在重置页面上选择了“取消”。
    .causes =
        1. 用户选择停止，发生在验证之前或提交新密码之前。租户中没有任何东西失败。
        2. 用户取消通常是因为验证码没有送达，或无法满足密码规则。
    .fix =
        1. 问来电用户为什么取消，再按原因处理：验证码没有送达，或密码被拒绝。
        2. 用户可以直接在 aka.ms/sspr 重试。
    .uncertain = “User cancelled before passing the required authentication methods”（双 l）见于公开查询，当前文档中没有；2017 年的页面在两个修订版中两种拼写都用过。当前的报告页面没有列出这些字符串。

entry-audit-contacted-admin = 审核日志：用户选择了“联系管理员”
    .symptom = 流程记录显示“User contacted an admin after trying the …”后跟一种方法：email、mobile SMS、mobile voice call、office voice call 或 security question verification option。
    .causes =
        1. 用户无法通过该方法，于是选择了联系管理员的链接，而没有完成重置。
        2. 如果没有自定义支持链接，请求会发给租户的管理员；如果设置了（“密码重置”>“自定义”），则发给你们的支持团队。
        3. 短信和电话呼叫：从 2027 年 2 月 1 日起，除非租户有自己的电信提供商，Microsoft 不再发送短信和电话验证码。
    .fix =
        1. 留意收到的请求（发给管理员的邮件，或你们的支持地址）；处理之前先核实来电用户的身份。
        2. 帮助用户解决失败的方法，或由管理员重置密码或发放临时访问密码。
        3. 如果这些请求进入了无人查看的管理员邮箱，请租户管理员设置自定义支持电子邮件或 URL。
    .uncertain = 这些字符串来自 2017 年版的 Microsoft 报告页面（beta 版 Graph 文档仍把其中一个作为失败原因示例）；当前页面已不再列出。

entry-audit-no-cookies = 审核日志：在未启用 Cookie 的浏览器中尝试重置
    .symptom = 一条失败的流程记录显示“User tried to reset from a device without cookies enabled”：重置页面在用户的浏览器中无法正常工作。
    .causes =
        1. 浏览器阻止了 Cookie（隐私设置、扩展或受限的配置文件），重置页面没有 Cookie 就无法保持会话。
    .fix =
        1. 用户为 passwordreset.microsoftonline.com 允许 Cookie，或换一个浏览器或普通（不受限）的配置文件。
        2. 然后在 aka.ms/sspr 重试。
    .uncertain = 该字符串来自 2017 年版的 Microsoft 报告页面；当前页面已不再列出，当前的故障排除页面也没有提到 Cookie。

## Windows 登录屏幕：阻止“重置密码”链接的原因

entry-win-reset-link-not-enabled = Windows 登录：设备未启用重置链接
    .symptom = Windows 登录屏幕的密码框下没有“重置密码”链接，但用户可以在 aka.ms/sspr 重置。
    .causes =
        1. 组策略或注册表方式：HKLM\SOFTWARE\Policies\Microsoft\AzureADAccount 下的 AllowPasswordReset（DWORD）不存在或不为 1。
        2. Intune 方式：OMA-URI ./Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset 未设为 1，或配置文件尚未到达设备。它在设备上留下的值可从 HKLM\SOFTWARE\Microsoft\PolicyManager\current\device\Authentication 下的 AllowAadPasswordReset 读取。
        3. 两种方式都要求设备已加入 Microsoft Entra 或为 Microsoft Entra 混合联接。
    .fix =
        1. Intune（租户管理员）：创建或修正自定义配置文件，设置 AllowAadPasswordReset = 1（整数），分配给设备组，然后同步设备。
        2. 组策略或注册表（AD 或桌面团队）：在 AzureADAccount 项下设置 AllowPasswordReset = 1，然后运行 gpupdate /force。
        3. 注销；下一次登录屏幕上就会出现该链接。
    .uncertain = 从 PolicyManager 项读取 Intune 的生效值是社区观察到的做法（见于公开脚本），Microsoft 没有文档说明。

entry-win-build-too-old = Windows 登录：Windows 版本太旧，不支持重置链接
    .symptom = 无论设置什么策略，设备登录时都从不显示“重置密码”。
    .causes =
        1. 重置链接要求 Windows 10 版本 1803 或更高版本：HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion 下的 CurrentBuild 小于 17134。
    .fix =
        1. 桌面团队将 Windows 更新到受支持的版本（Windows 更新、Intune 更新通道或你们的部署工具）。
        2. 在此之前，用户在浏览器中打开 aka.ms/sspr 重置。

entry-win-lock-screen-disabled = Windows 登录：锁屏已关闭（NoLockScreen）
    .symptom = 登录时没有“重置密码”链接，设备不显示锁屏，直接进入密码框。
    .causes =
        1. 策略“不显示锁屏”已启用：HKLM\SOFTWARE\Policies\Microsoft\Windows\Personalization 下的 NoLockScreen = 1。Microsoft 将关闭锁屏列为阻止原因之一。
    .fix =
        1. 由策略负责人（组策略：计算机配置 > 管理模板 > 控制面板 > 个性化；或设置它的 Intune 配置文件）将“不显示锁屏”设为“未配置”或“已禁用”。
        2. 运行 gpupdate /force 或同步设备，然后重启。

entry-win-fast-user-switching-hidden = Windows 登录：快速用户切换已隐藏（HideFastUserSwitching）
    .symptom = 登录时没有“重置密码”链接，设备上也没有“切换用户”选项。
    .causes =
        1. 策略“隐藏快速用户切换的入口点”已启用：HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System 下的 HideFastUserSwitching = 1。
    .fix =
        1. 在组策略（计算机配置 > 管理模板 > 系统 > 登录）或 Intune（WindowsLogon/HideFastUserSwitching）中将其设为“未配置”或“已禁用”。
        2. 在设备上刷新策略并重启。

entry-win-last-user-name-hidden = Windows 登录：不显示上次登录的用户名（DontDisplayLastUserName）
    .symptom = 登录时没有“重置密码”链接，登录屏幕从不显示上次登录的用户。
    .causes =
        1. 安全选项“交互式登录: 不显示上次登录”已启用：HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System 下的 DontDisplayLastUserName = 1。
    .fix =
        1. 在组策略（计算机配置 > Windows 设置 > 安全设置 > 本地策略 > 安全选项）或 Intune 的安全选项配置文件中将其设为“已禁用”。
        2. 在设备上刷新策略并注销。

entry-win-nonadmin-app-install-blocked = Windows 登录：禁止非管理员安装应用（BlockNonAdminUserInstall）
    .symptom = 在普通用户无法安装打包应用的设备上，登录时没有“重置密码”链接。
    .causes =
        1. 策略“阻止非管理员用户安装打包的 Windows 应用”已启用：HKLM\SOFTWARE\Policies\Microsoft\Windows\Appx 下的 BlockNonAdminUserInstall = 1。Microsoft 将其列为登录屏幕重置的阻止原因之一。
    .fix =
        1. 在安全基线允许的前提下，在组策略（计算机配置 > 管理模板 > Windows 组件 > 应用包部署）或 Intune（ApplicationManagement/BlockNonAdminUserInstall）中将其设为“未配置”或“已禁用”。
        2. 如果必须保留该策略，用户改为在浏览器中打开 aka.ms/sspr 重置。

entry-win-smart-card-required = Windows 登录：要求使用智能卡或 Windows Hello（ScForceOption）
    .symptom = 登录时没有“重置密码”链接，或 Windows 提示用户必须使用 Windows Hello 或智能卡登录。
    .causes =
        1. 安全选项“交互式登录: 需要 Windows Hello 企业版或智能卡”（旧名称为“交互式登录: 需要智能卡”）已启用：HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System 下的 ScForceOption = 1。登录时既然不能使用密码，也就无从在登录屏幕重置密码。
    .fix =
        1. 这通常是有意为之：用户在浏览器中打开 aka.ms/sspr 重置，或按 Windows Hello 或智能卡的流程处理。
        2. 如果设备不应有此要求，由策略负责人（组策略安全选项或 Intune 配置文件）将其设为“已禁用”。

entry-win-uac-disabled = Windows 登录：用户帐户控制已关闭（EnableLUA）
    .symptom = 在从不弹出 UAC 提示的设备上，登录时没有“重置密码”链接。
    .causes =
        1. UAC 已关闭：HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System 下的 EnableLUA = 0（“用户帐户控制: 以管理员批准模式运行所有管理员”已禁用）。Microsoft 将 EnableLUA 项列为阻止原因之一。
    .fix =
        1. 由策略负责人将“用户帐户控制: 以管理员批准模式运行所有管理员”设为“已启用”（组策略安全选项或 Intune），使 EnableLUA 变为 1。
        2. 重启设备：该更改只有在重启后才生效。

entry-win-custom-shell = Windows 登录：自定义 shell 取代了资源管理器
    .symptom = 在启动单个应用而不是普通桌面的展台类设备上，登录时没有“重置密码”链接。
    .causes =
        1. Winlogon 的 Shell 值（HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon，或 HKCU、HKU 下单个用户的同一项）不是 explorer.exe，或 Shell Launcher 运行了其他 shell。Microsoft 将自定义 shell 列为阻止原因之一。
    .fix =
        1. 如果设备本来就是展台，保留该 shell：用户在其他设备上打开 aka.ms/sspr 重置。
        2. 否则，由桌面团队删除 Shell Launcher 或展台配置文件（Intune 或预配包），或将 Shell 改回 explorer.exe，然后重启设备。

entry-win-lock-screen-notifications-ctrl-alt-del = Windows 登录：家庭版上关闭了锁屏通知并要求按 Ctrl+Alt+Del
    .symptom = 在要求按 Ctrl+Alt+Del、锁屏上不显示应用通知的 Windows 家庭版设备上，登录时没有“重置密码”链接。
    .causes =
        1. 只有三者同时存在时才会阻止：DisableLockScreenAppNotifications = 1（HKLM\SOFTWARE\Policies\Microsoft\Windows\System，“关闭锁屏上的应用通知”），加上 DisableCAD = 0（HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System：要求按 Ctrl+Alt+Del），再加上家庭版（EditionID 以 Core 开头）。
        2. Microsoft 说 Ctrl+Alt+Del 这一项只在 Windows 10 版本 1710 及更早版本上有影响。
    .fix =
        1. 重新打开锁屏应用通知（将该策略设为“未配置”），或不再要求按 Ctrl+Alt+Del（启用“交互式登录: 无须按 Ctrl+Alt+Del”）；改掉其中一项即可。
        2. 更好的做法是更新 Windows；如果是公司设备，改用专业版或企业版。

entry-win-third-party-credential-provider = Windows 登录：安装了非 Microsoft 的凭据提供程序
    .symptom = 在装有第三方登录软件（多重身份验证代理、密码管理器、VPN 登录）的设备上，登录时“重置密码”链接缺失或工作异常。
    .causes =
        1. HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Authentication\Credential Providers 或 Credential Provider Filters 下注册了非 Microsoft 的凭据提供程序或凭据提供程序筛选器。Microsoft 提醒，其中一些已知会导致重置链接出问题。这只是警告，不是定论。
    .fix =
        1. 记下提供程序的名称和供应商；查看供应商关于在 Windows 登录屏幕使用 Microsoft Entra 自助式密码重置的说明。
        2. 在测试设备上禁用或卸载该提供程序，看链接是否恢复正常。
        3. 如果恢复了，与该软件的负责人商定是否保留；用户始终可以在 aka.ms/sspr 重置。

entry-writeback-restrict-remote-sam = Entra Connect 服务器：RestrictRemoteSam 阻止了密码写回（33004、6329）
    .symptom = 所有用户的密码写回都以 SSPR_0029 失败；Entra Connect 服务器记录了事件 33004 和带 ERROR_ACCESS_DENIED 的 ADSync 事件 6329，其注册表中存在 RestrictRemoteSam 值。
    .causes =
        1. HKLM\SYSTEM\CurrentControlSet\Control\Lsa 下存在 RestrictRemoteSam 值：策略“网络访问: 限制允许对 SAM 进行远程调用的客户端”已设置（常由安全基线设置），且没有允许 AD DS 连接器帐户（MSOL_…）。
    .fix =
        1. 找出设置它的组策略对象：在 Entra Connect 服务器（以及域控制器）上运行 gpresult /h report.html。
        2. 由 AD 团队将 MSOL_ 帐户加入该策略并设为“远程访问：允许”，或从组策略对象中删除该设置，再删除该值。
        3. 运行 gpupdate /force，然后重试一次重置；之后应出现事件 31002（成功）。

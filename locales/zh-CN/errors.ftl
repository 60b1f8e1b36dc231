# “errors”类别（错误消息）：SSPR_00xx 错误代码、重置和注册页面上不带代码的消息、密码写回事件。简体中文。

category-errors = 错误消息
    .intro =
        来电用户报出错误时，请从这里开始。先收集详细信息，再打开与其看到的代码或消息对应的步骤：
        SSPR_00xx 错误代码来自密码重置门户，少数消息来自注册页面；密码写回问题还会在 Microsoft Entra Connect 服务器的应用程序事件日志中留下事件。

step-errors-collect-details = 排查之前先收集准确的错误详细信息
    .summary = 自助式密码重置（SSPR）错误代码能大大缩小原因范围，因此在任何人更改设置之前，先拿到准确的代码、消息、时间和支持代码。
    .why =
        用户会在两个地方看到 SSPR 错误。密码重置门户（aka.ms/sspr，会打开 passwordreset.microsoftonline.com；也可以从登录页上的“无法访问你的帐户？”或“忘记了我的密码”进入）显示 SSPR_00xx 错误代码。注册页面（aka.ms/ssprsetup 以及 mysignins.microsoft.com 上的“安全信息”）显示“管理员未允许你使用此功能”之类的消息。
        像 SSPR_0013 这样的代码只指向一个原因（SSPR_0029 等少数代码有多个可能的原因）。代码周围的文字会随语言和版本变化，所以代码和支持代码比消息文字更重要。支持代码可以把这次尝试与 Microsoft 服务器端的日志关联起来；不带时区的时间无法与审核日志或 Entra Connect 服务器上的事件对应。
        用户类型决定了故障可能出在哪里。仅限云的用户，其密码保存在 Entra ID 中。联合用户、直通身份验证（PTA）用户或密码哈希同步（PHS）用户，其密码保存在本地 AD 中，因此每次重置都需要密码写回，证据位于 Entra Connect 服务器的应用程序事件日志中：事件源 PasswordResetService 对应写回服务本身，事件源 ADSync 对应在 AD 中设置密码。正常的重置会先记录 31001（PasswordResetStart），再记录 31002（PasswordResetSuccess）；失败的重置会记录 31003 或某个 33xxx 事件。
        拥有任何管理员角色的帐户适用 Microsoft 的双门策略，而不是用户策略；许可证则决定该用户能否使用 SSPR（以及密码写回）。
    .check =
        1. 询问错误出现在哪个页面（密码重置门户“返回到你的帐户”，还是注册页面），并复制完整的页面 URL。
        2. 询问准确的错误代码和完整的消息，最好提供屏幕截图。若要得到与 Microsoft 文档一致的英文文字，请让用户在密码重置门户的 URL 后加上 ?mkt=en-us 再操作一次。
        3. 记下尝试的日期和时间，并注明来电用户所在的时区。
        4. 在重置页面上，让用户选择右下角的支持代码链接，并读出该代码。如果找不到，浏览器的开发人员工具（F12）中以 SID/CID 的形式显示该代码。
        5. 记录用户 ID（UPN）、该帐户是否拥有任何 Microsoft Entra 管理员角色，以及分配给该用户的许可证。
        6. 记录用户类型：仅限云的用户，或从本地 AD 同步、使用联合身份验证、PTA 或 PHS 的用户。
        7. 在 Microsoft Entra 管理中心打开“Entra ID” > “密码重置” > “审核日志”，找到该用户在该时间的尝试。
        8. 对于出现写回类错误（SSPR_0010、SSPR_0029、SSPR_0030、本地策略相关消息）的已同步用户，请本地管理员导出 Entra Connect 服务器的应用程序事件日志（“事件查看器” > “Windows 日志” > “应用程序”，将所有事件另存为文件），压缩后提供，且须涵盖尝试发生的时间。
        9. 在本清单中打开与该代码对应的步骤。如果清单中没有该代码，请参阅“排查自助式密码重置问题”一文，并保留上述所有信息，用于向 Microsoft 提交支持案例。
    .expected = 工单中记录了代码和消息、页面 URL、带时区的时间、支持代码、UPN、用户类型、管理员角色和许可证；写回问题还附有压缩的应用程序事件日志。

step-errors-sspr-0009 = SSPR_0009：为用户启用自助式密码重置
    .summary = 租户的 SSPR 设置为“无”，因此普通用户都无法重置密码；只有租户管理员能更改此设置。
    .why =
        SSPR_0009（TenantSSPRFlagDisabled）表示整个租户的用户策略已关闭：“Entra ID” > “密码重置” > “属性”中的“已启用自助式密码重置”设置为“无”。
        重置页面仍然对外开放，用户仍可输入用户 ID；系统在此之后才检查该设置，并拒绝用户。
        管理员帐户不受此设置约束。它们适用 Microsoft 托管的管理员策略，所以常常会出现管理员仍能重置、而所有用户都收到 SSPR_0009 的情况。因此，用管理员帐户测试成功在这里说明不了任何问题。
        由谁解决：负责管理 SSPR 的租户管理员。技术支持人员可以确认原因，但无法更改设置。
    .check =
        1. 在 Microsoft Entra 管理中心打开“Entra ID” > “密码重置” > “属性”（较早的文档为“保护” > “密码重置”；Azure 门户中为“Microsoft Entra ID” > “密码重置”）。
        2. 确认“已启用自助式密码重置”显示为“无”。
        3. 与租户管理员商定 SSPR 是覆盖所有人（“全部”），还是只覆盖一个组（“选定”，然后选择该组）。
        4. 设置该值，然后选择“保存”。
        5. 检查“身份验证方法”和“注册”页是否按预期设置，否则用户接下来会收到 SSPR_0014。
        6. 让一个在范围内、已分配许可证的非管理员用户在新的隐私窗口中打开 aka.ms/sspr 重试。
    .expected = 用户通过用户 ID 页面，进入验证步骤。

step-errors-sspr-0011 = SSPR_0011：为用户定义密码重置策略
    .summary = 尚未为用户配置 SSPR 策略，服务没有可以应用的策略。
    .why =
        如果没有为用户定义密码重置策略，就会出现 SSPR_0011（SsprNotEnabledInUserPolicy）。
        SSPR_0009 表示策略已关闭；SSPR_0011 则表示设置从未完成。
        解决方法就是常规的启用 SSPR 配置，由租户管理员一次性完成：范围、方法、注册、通知，以及针对已同步用户的密码写回。
        由谁解决：负责管理 SSPR 的租户管理员。
    .check =
        1. 打开“Entra ID” > “密码重置” > “属性”，将“已启用自助式密码重置”设置为“选定”（一个组）或“全部”，然后选择“保存”。
        2. 在“身份验证方法”页上，设置“重置所需的方法数”（1 或 2），并勾选“可供用户使用的方法”。Microsoft Authenticator 应用不能是唯一的方法：要求 1 种方法时，至少再启用一种其他方法；要求 2 种方法时，至少再启用两种其他方法。
        3. 在“注册”页上，设置“要求用户在登录时注册”（“是”或“否”），以及要求用户重新确认身份验证信息的天数（0 到 730 天；0 表示从不）。
        4. 在“通知”页上，决定是否在密码重置时通知用户和管理员。在“自定义”页上，为“联系管理员”链接设置自定义支持电子邮件或 URL。
        5. 如果已同步的用户也在范围内，还要检查“本地集成”页（参见 SSPR_0010 步骤）。
        6. 使用一个在范围内、已分配许可证的非管理员用户重新测试。
    .expected = 用户进入验证步骤，不再出现 SSPR_0011。

step-errors-sspr-0013 = SSPR_0013：将用户添加到已启用 SSPR 的组
    .summary = SSPR 仅对一个组启用（“选定”），而此用户不是该组的成员。
    .why =
        当“属性”设置为“选定”且用户不在其中选定的组时，会出现 SSPR_0013（UserNotMemberOfScopedAccessGroup）。
        门户只接受一个组；嵌套在该组中的组，其成员同样有效。
        重置页面对外开放，系统在用户输入用户 ID 之后才检查范围。因此，组外的用户也能打开页面，随后才失败；这是预期行为，不是故障。这些失败的尝试也可能出现在审核日志中（请在你的租户中确认）。
        仅有许可证也没有用：已分配许可证但不在该组中的用户仍会收到 SSPR_0013。管理员帐户不受此组限制，因为它们适用管理员策略。
        由谁解决：该组的所有者，或更改范围的租户管理员。
    .check =
        1. 打开“Entra ID” > “密码重置” > “属性”，记下“选定”下显示的组。
        2. 在 Microsoft Entra 管理中心打开该用户，选择“组”，检查用户是否直接属于该组，或属于嵌套在其中的组。
        3. 如果该用户应当能够重置密码，将其添加到该组（或嵌套在其中的组）。
        4. 如果所有用户都应当能够重置密码，将范围从“选定”改为“全部”，然后选择“保存”。
        5. 让用户在新的隐私窗口中打开 aka.ms/sspr 重试。
    .expected = 用户通过用户 ID 页面，并被要求进行验证。

step-errors-sspr-0012 = SSPR_0012：为用户分配涵盖 SSPR 的许可证
    .summary = 用户没有包含密码重置的许可证；或者用户是已同步的用户，却没有包含密码写回的许可证。
    .why =
        SSPR_0012（UserNotLicensed）按用户检查。为租户启用 SSPR 并不会为任何人分配许可证：每个要重置密码的用户都需要自己的合格许可证，租户中有一个 Microsoft Entra ID P1 许可证并不能覆盖所有人。
        按照当前的许可要求页面：仅限云的用户要重置忘记的密码，需要 Microsoft 365 商业标准版、Microsoft 365 商业高级版，或 Microsoft Entra ID P1 或 P2。Microsoft Entra ID 免费版只允许仅限云的用户更改已知的密码。
        已同步的用户（联合、PTA 或 PHS）通过密码写回重置密码，这需要 Microsoft Entra ID P1、P2 或 Microsoft 365 商业高级版。独立的 Microsoft 365 基础版或标准版计划，以及 Office 365 计划（例如 Office 365 E3）都不包含密码写回。包含 Microsoft Entra ID P1 的套件（例如 Microsoft 365 E3 或 E5、EMS E3 或 E5）通过其中的 P1 满足要求。
        只有设置了“使用位置”的用户才能分配许可证；基于组的许可使用租户的位置。
        由谁解决：能够分配许可证的管理员。
    .check =
        1. 查看该用户的许可证（Microsoft Entra 管理中心：“用户” > 该用户 > “许可证”；或 Microsoft 365 管理中心：“用户” > “活跃用户” > 该用户 > “许可证和应用”）。
        2. 仅限云的用户：查找商业标准版、商业高级版、Microsoft Entra ID P1 或 P2，或包含 P1 的套件。
        3. 已同步的用户：查找 Microsoft Entra ID P1 或 P2，或商业高级版（Microsoft 365 E3 可以，Office 365 E3 不行）。
        4. 检查该用户的“使用位置”是否已设置。
        5. 如果许可证通过组分配，检查该用户是否是该许可组的成员。
        6. 分配许可证，然后让用户在 aka.ms/sspr 重试。
    .expected = 用户拥有合格的许可证，重置流程不再停在 SSPR_0012。
    .uncertain = 当前的许可要求页面已不再列出套件，因此“Microsoft 365 E3 或 EMS 因包含 P1 而满足要求”是根据较早的说明推断的。另外，SSPR 教程称重置至少需要 Microsoft Entra ID P1，而许可要求页面允许仅限云的用户凭商业标准版重置；本清单以许可要求页面为准。

step-errors-not-enabled-for-feature = 解决“管理员未允许你使用此功能”
    .summary = 注册页面拒绝该用户，原因是 SSPR 已关闭、用户不在范围内，或用户没有许可证。
    .why =
        此消息（英文为“Your administrator has not enabled you to use this feature”）不带错误代码，来自注册页面（aka.ms/ssprsetup），而不是密码重置门户。它的三个原因与 SSPR_0009、SSPR_0013 和 SSPR_0012 相同：
        租户设置为“无”；设置为“选定”而用户不在那一个组中；或用户没有合格的许可证。
        管理员有一种特殊情况。如果已通过 allowedToUseSSPR = false 关闭管理员 SSPR，仍在用户策略范围内的管理员会被要求注册，但什么也无法注册。应将他们移出用户策略的范围。
        由谁解决：租户管理员（范围和许可证）。
    .check =
        1. 打开“Entra ID” > “密码重置” > “属性”。如果为“无”，设置为“选定”或“全部”并保存。
        2. 如果为“选定”，检查用户是否在那一个组中（嵌套组的成员身份同样有效）；如果用户应当注册，将其添加到该组。
        3. 按 SSPR_0012 步骤检查用户的许可证。
        4. 如果该用户拥有管理员角色且管理员 SSPR 已关闭（allowedToUseSSPR = false），将其移出 SSPR 组，注册提示就会停止。
        5. 让用户在新的隐私窗口中重新打开 aka.ms/ssprsetup。
    .expected = “安全信息”页面打开，用户可以添加方法。

step-errors-sspr-0014 = SSPR_0014：确保用户注册了足够的方法
    .summary = 用户已注册或预填的方法少于策略要求的数量。
    .why =
        SSPR_0014（UserNotProperlyConfigured）：用户在范围内且已分配许可证，但可用的方法少于“重置所需的方法数”（1 或 2）。常见诱因：管理员把要求从 1 种提高到 2 种；删除了用户依赖的方法（例如安全问题）；用户从未注册；或者唯一的联系信息格式不正确。只有注册的方法数达到要求，用户才算完成注册。
        在相应方法已启用时，预填的数据同样有效：公开的“移动电话”（mobilePhone）和“备用电子邮件”（otherMails）属性，或管理员通过 Microsoft Graph 创建的方法。管理员无法设置或查看安全问题，只有用户本人能注册安全问题。
        由谁解决：管理员添加方法或重置密码，然后用户完成注册。
    .check =
        1. 打开“Entra ID” > “密码重置” > “身份验证方法”，记下要求的方法数和已启用的方法。
        2. 打开“用户” > 该用户 > “身份验证方法”，列出已注册的方法；同时查看用户资料中的“移动电话”和备用电子邮件。
        3. 如果可用方法不够，请管理员添加一种方法（“身份验证方法” > “添加”，或使用 Graph 的 phoneMethods / emailMethods，例如 New-MgUserAuthenticationPhoneMethod），或者请管理员重置密码并把临时密码交给用户。
        4. 对于已同步的用户，管理员必须在 Microsoft Entra 管理中心（或 Azure 门户）中重置：这种重置会写回本地，而在 Microsoft 365 管理中心中的重置不会写回。
        5. 用户登录后在 aka.ms/ssprsetup 注册缺少的方法，然后再次访问 aka.ms/sspr。
        6. 电话号码应以 +1 4251234567 的格式保存：国家/地区代码、一个空格、号码，不带分机号。
    .expected = “安全信息”中至少有要求数量的方法，重置顺利完成。

step-errors-could-not-verify = 解决“我们无法验证你的帐户”
    .summary = 密码重置门户找不到该用户可用的电话号码，或者用户输入的号码与记录的号码不一致。
    .why =
        Microsoft 的支持文章把“我们无法验证你的帐户”（We could not verify your account）归因于用户没有登记电话号码：
        门户想通过电话验证，却没有可以发短信或拨打的号码。
        类似的情况：身份验证数据存在但格式不正确（没有国家/地区代码、缺少空格或带分机号）；以及“验证电话号码时出错”，即用户输入的号码与保存的号码不一致。用户必须输入包含国家/地区代码和区号的完整号码，且与保存的号码完全一致。
        如果只登记了一种联系方式而策略要求两种，用户收到的会是 SSPR_0014。
        由谁解决：管理员添加或更正电话数据，用户随后重试。
    .check =
        1. 打开“用户” > 该用户 > “身份验证方法”，查看是否有电话方法；同时检查用户资料中的“移动电话”属性。
        2. 如果没有，请管理员添加一个（“身份验证方法” > “添加” > 电话，或使用 Graph 的 phoneMethods，phoneType 为 mobile），格式为 +1 4251234567。
        3. 如果已有，检查格式：+国家/地区代码、一个空格、号码，不带分机号。
        4. 如果门户要求用户输入号码，让用户输入包含国家/地区代码和区号的完整号码，与保存的号码一致。
        5. 如果数据无法立即修正，由管理员重置密码，再由用户在 aka.ms/ssprsetup 注册方法。
    .expected = 门户提供电话方法，验证码顺利送达。

step-errors-code-not-arriving = 通过短信、电话呼叫或电子邮件始终收不到验证码
    .summary = 收不到验证码，通常是因为号码格式不正确、带分机号、使用虚拟号码，或邮件被过滤。
    .why =
        电子邮件验证码通常在 5 到 20 秒内送达，不超过 1 分钟。
        电话：SSPR 会原样拨打所保存的号码。格式为 +国家/地区代码、一个空格、号码，例如 +1 4251234567。
        缺少国家/地区代码或空格是常见原因，也会导致注册时看不到号码。分机号会被丢弃：+1 4251234567X12345 拨打时不含 X12345，电话只会打到主号码，而不是用户本人；请在 PBX 中设置分机，或改用直拨号码。短信和电话呼叫不支持虚拟电话号码（VoIP、Google Voice 之类）。“办公电话”方法仅在付费租户中可用；在试用版和免费租户中，管理员无法使用电话呼叫。
        电子邮件：验证码发送到记录中的身份验证电子邮件或备用电子邮件，这可能是用户已经不再查看的邮箱。垃圾邮件筛选常会拦截这些邮件。发件人为 msonlineservicesteam@microsoft.com 和 msonlineservicesteam@microsoftonline.com（美国政府云：azureadnotifications.us 和 microsoftonline.us 下的地址；世纪互联：msonlineservicesteam@oe.21vianet.com 和 21Vianetonlineservicesteam@21vianet.com）。
        连续索要验证码会触发限制（10 分钟内 10 封电子邮件，1 小时内 5 次电话验证）。
    .check =
        1. 询问用户选择了哪种方法，以及门户显示的是哪个部分隐藏的号码或地址。
        2. 打开“用户” > 该用户 > “身份验证方法”，核对号码；将其更正为 +1 4251234567 的格式，并去掉分机号。
        3. 如果是虚拟号码（VoIP），让用户注册一个真实的手机号码或其他方法。
        4. 电子邮件：让用户在正确的邮箱中检查垃圾邮件和已删除邮件，并请邮件管理员允许上述发件人地址。
        5. 等满 1 分钟后再请求新的验证码。
        6. 如果策略在验证页面上提供了其他方法，让用户改用其他方法。
    .expected = 下一个验证码在 1 分钟内送达，用户完成验证。

step-errors-too-many-attempts = 尝试次数过多：等待 24 小时的锁定结束
    .summary = SSPR 会限制重复尝试；锁定在最后一次尝试后 24 小时解除。
    .why =
        出现以下任一情况时，SSPR 会阻止该帐户：1 小时内 5 次电话验证（短信、电话呼叫或身份验证应用尝试）；1 小时内 5 次安全问题尝试；1 小时内对同一帐户重置 5 次；10 分钟内 10 封电子邮件；或 24 小时内 5 次未能证明身份。
        此后用户必须在最后一次尝试后等待 24 小时；成功重置后计数器会清零。由于 24 小时从最后一次尝试开始计算，每多试一次，解除时间就会往后推。
        我们的资料中没有技术支持人员可以解除锁定的方法。如果用户无法等待，可由管理员代为重置密码。
    .check =
        1. 询问尝试了多少次、使用哪种方法，以及最后一次尝试的时间（注明时区）。
        2. 告诉用户停止尝试；在工单中记下 24 小时何时结束。
        3. 如果用户无法等待，请管理员在 Microsoft Entra 管理中心中重置密码（对已同步的用户会写回本地；在 Microsoft 365 管理中心中的重置不会写回），并通过已验证的渠道交付临时密码。
        4. 先解决导致尝试失败的原因（号码错误、邮件被过滤、忘记安全问题答案），锁定解除后再让用户在 aka.ms/sspr 重试。
    .expected = 在 24 小时内不再尝试后，或在管理员重置后，用户可以登录。

step-errors-code-expired = 验证码过期或会话超时：重新开始重置
    .summary = 一次性验证码的有效期为 5 分钟，整个重置会话的有效期为 15 分钟。
    .why =
        通过短信、电话呼叫或电子邮件发送的验证码有效期为 5 分钟。整个重置过程，从用户 ID 页面到设置新密码，必须在 15 分钟内完成。等待一封迟到的邮件，或花很长时间想一个符合本地规则的密码，都可能超时。
        重新开始是安全的，但每个新验证码都会计入限制次数。
    .check =
        1. 让用户关闭该选项卡，在新的隐私窗口中打开 aka.ms/sspr。
        2. 开始之前先想好新密码（云端：8 到 256 个字符，4 类字符中至少 3 类；已同步的用户还必须满足本地规则）。
        3. 只请求一个验证码，并在 5 分钟内输入。
        4. 如果验证码总是迟到，请按“始终收不到验证码”步骤排查。
        5. 如果已多次重新开始，请查看“尝试次数过多”步骤。
    .expected = 用户在 15 分钟的会话内完成重置。

step-errors-email-as-user-id = 用户输入电子邮件地址作为用户 ID 时被拒绝
    .summary = 用户的登录名（UPN）与其电子邮件地址不同，而密码重置门户需要的是 UPN。
    .why =
        密码重置门户的用户 ID 字段按用户主体名称（UPN）查找帐户。在许多租户中，主 SMTP 地址与 UPN 不同，因此即使帐户存在，输入电子邮件地址也会失败。
        有两种解决方法：用户改为输入 UPN；或者租户管理员启用“Sign-in with email as an alternate login ID”（使用电子邮件作为备用登录 ID 登录），让电子邮件地址也能被接受。
    .check =
        1. 询问用户在用户 ID 字段中输入的确切内容。
        2. 在 Microsoft Entra 管理中心打开该用户，比较“用户主体名称”和“邮件”。
        3. 如果两者不同，把 UPN 告诉用户，让其在 aka.ms/sspr 重试。
        4. 如果受影响的用户很多，请租户管理员考虑启用“Sign-in with email as an alternate login ID”。
    .expected = 门户接受用户 ID，并进入验证步骤。

step-errors-sspr-009 = SSPR_009（仅限管理员）：通过 allowedToUseSSPR 重新启用管理员 SSPR
    .summary = 由于租户已禁用管理员 SSPR，管理员被告知组织未开启密码重置。
    .why =
        只有一个零的 SSPR_009 不同于 SSPR_0009。Microsoft 的支持文章针对的是拥有管理员角色的已同步用户：
        他们无法重置自己的密码，因为组织“未开启”密码重置。原因是租户授权策略的属性 allowedToUseSSPR = false，它会关闭管理员重置策略（SSPR-A）。
        此属性只影响管理员。最终用户的 SSPR 在“属性”页上设置，不受它影响；这一点经常被误解。
        Microsoft 的各个页面对管理员 SSPR 是否默认开启说法不一，因此应读取实际值，而不要凭假设。更改最多需要 60 分钟生效。
        即使开启了管理员 SSPR，本地受保护组（Domain Admins、Enterprise Admins）中的管理员也无法通过密码写回重置忘记的密码（参见 SSPR_0029）。
        由谁解决：拥有 Graph 权限 Policy.ReadWrite.Authorization 的租户管理员。
    .check =
        1. 确认代码是 SSPR_009（一个零），并确认该帐户拥有 Microsoft Entra 管理员角色。
        2. 与租户管理员确认是否希望管理员使用 SSPR；有些租户是有意关闭的。
        3. 读取当前值：GET https://graph.microsoft.com/v1.0/policies/authorizationPolicy，查看 allowedToUseSSPR。
        4. 若要启用：先运行 Connect-MgGraph -Scopes Policy.ReadWrite.Authorization，再运行 Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true（或对同一 URL 发送 PATCH，将 allowedToUseSSPR 设为 true）。
        5. 最多等待 60 分钟，然后让该管理员在 aka.ms/sspr 重试。此时适用双门策略：需要两种方法，不能使用安全问题。
        6. 如果该管理员属于本地受保护组，请改为在本地重置密码。
    .expected = 管理员进入验证步骤，并使用两种方法完成重置。

step-errors-password-requirements = 密码被拒绝、提示不符合要求：找出是哪条规则
    .summary = 门户会显示云端规则，但已同步的用户还必须满足本地 AD 的规则，而门户从不显示这些规则。
    .why =
        仅限云的用户：8 到 256 个字符，4 类字符（大写、小写、数字、符号）中至少 3 类，不能包含 Unicode 字符，且不能与禁止密码列表匹配（模糊匹配）。重置时可以重复使用上一个密码，更改时不可以。
        已同步的用户：启用密码写回后，由本地 AD 设置密码，并应用其自己的长度、复杂性、最短密码期限、密码历史记录、细化密码策略、第三方密码筛选器和 Microsoft Entra 密码保护代理。SSPR 执行的是管理员式的重置，因此密码筛选器必须允许管理员发起的重置。这些规则都不会在门户中显示，也没有密码强度指示。
        最短密码期限大于 0（例如 1 天）时，在该期限内无法再次更改密码：新用户无法在当天替换管理员设置的临时密码，用户一天内也无法重置两次。设置了“用户不能更改密码”（PASSWD_CANT_CHANGE）的用户对象同样会失败。
        容易误导的情况：不在 SSPR 范围内的已同步用户更改密码（例如在“我的帐户”中）时，会被告知密码不满足长度、复杂性、期限或历史记录要求，尽管密码其实符合要求（社区博客的实验测试）。应修正范围，而不是换密码。
        管理员的情况：在 Microsoft Entra 管理中心中重置时提示本地策略不允许，说明临时密码违反了 AD 策略；域控制器的安全日志中会有 MSOL_ 帐户的事件 4724“审核失败”（需要启用帐户管理的失败审核）。
        Entra Connect 服务器上的证据：31003、31008 或 31011（重置、更改或管理员重置失败），ADSync 事件 6329 “BAIL: MMS(4924) 0x80230619”，以及 33008（ADPasswordPolicyError）。
        如果 6329 提到的是“MMS(3040): admaexport.cpp(2837)”和 LDAP 密码策略控件，说明域控制器不支持 LDAP_SERVER_POLICY_HINTS_OID（1.2.840.113556.1.4.2066）：域控制器必须运行 Windows Server 2016 或更高版本（针对 2008 的旧修补程序 KB2386717 已无法下载）。
    .check =
        1. 仅限云的用户：对照云端规则和禁止密码列表检查密码，换一个密码。
        2. 已同步的用户：请本地管理员提供域密码策略（net accounts、Get-ADDefaultDomainPasswordPolicy）、该用户适用的细化密码策略（net user <用户名> /domain），以及所有密码筛选器或 Microsoft Entra 密码保护代理。
        3. 如果同一天第二次更改失败，检查组策略对象中的最短密码期限（“计算机配置” > “策略” > “Windows 设置” > “安全设置” > “帐户策略” > “密码策略”）。如果用户需要一天内多次更改或重置，将其设为 0，然后在域控制器上运行 gpupdate /force。
        4. 在“Active Directory 用户和计算机”中，如果该用户勾选了“用户不能更改密码”，请取消勾选。
        5. 查看 Entra Connect 的应用程序事件日志中尝试时间前后的 31003、31008、31011、6329 和 33008；如果是 6329 的 LDAP 控件情况，请规划升级域控制器。
        6. 如果用户不在 SSPR 范围内，将其添加到 SSPR 组（或将范围设为“全部”）。
        7. 使用一个较长的密码短语重试：混合 3 类字符，不含 Unicode 字符，且以前没有用过。
    .expected = 新密码被接受；Entra Connect 服务器记录 31002 或 31007。
    .uncertain = 不在 SSPR 范围内的已同步用户收到误导性消息这一情况，来自一篇社区博客的实验测试（2023 年），并非 Microsoft 文档。

step-errors-servers-catch-up = 解释“服务器需要一点时间才能同步”
    .summary = 新密码已被接受，但云端尚未收到；请至少等待 2 分钟。
    .why =
        完整的消息说密码已成功更新，但服务器需要一点时间才能同步（英文为“our servers take a little time to catch up”）。
        Microsoft 的支持文章将其与直通身份验证（PTA）联系在一起：管理员刚在本地重置了密码，用户在首次登录时被要求更改密码，而此时密码哈希同步（大约每 2 分钟一次）还没有把临时密码同步到云端。
        相关的无代码情况（OnPremisesSuccessCloudFailure）：重置在本地成功，但写入云端失败，例如超时、云端密码策略（启用 EnforceCloudPasswordPolicyForPasswordSyncedUsers 时，含 Unicode 字符的密码可能在本地通过、在云端失败）或限制。同步了密码哈希的联合用户，在新密码于云端生效之前也可能需要大约 2 分钟。
    .check =
        1. 询问管理员是否刚在本地重置了密码，以及租户是否使用 PTA。
        2. 告诉用户更改已经成功；至少等待 2 分钟，再用新密码登录。
        3. 以后在本地重置密码后，至少等待 2 分钟再让用户首次登录。
        4. 如果几分钟后新密码在云端仍然无效，检查密码是否含有 Unicode 字符，并请本地管理员确认密码哈希同步是否在运行。
    .expected = 几分钟后，用户使用新密码登录成功。

step-errors-sspr-0010 = SSPR_0010：为已同步的用户开启密码写回
    .summary = 用户的密码在本地管理，但密码写回处于关闭状态。
    .why =
        SSPR_0010（WritebackNotEnabled）只出现在已同步的用户（联合、PTA 或 PHS）身上。他们的密码保存在本地 AD 中，因此重置需要密码写回，而写回的两个开关之一处于关闭状态：Microsoft Entra Connect 配置向导中的“密码写回”选项，或 Entra ID 中的“本地集成”页。
        只有在安装了 Entra Connect 并配置了写回之后，“本地集成”页才会出现。如果该页缺失或灰显，说明从未设置写回，或租户中没有包含写回的许可证（Microsoft Entra ID P1、P2 或 Microsoft 365 商业高级版）。
        使用 Microsoft Entra Connect 云同步时，写回有单独的复选框，并且只有在安装了云同步预配代理时才有意义。
        由谁解决：管理中心中至少为混合标识管理员的管理员，以及 Entra Connect 服务器上的本地管理员。
    .check =
        1. 确认该用户是已同步的用户；仅限云的用户不会收到 SSPR_0010。
        2. 打开“Entra ID” > “密码重置” > “本地集成”，确认“为已同步的用户启用密码写回”（英文界面为 Enable password write back for synced users；旧标签为“将密码写回到本地目录?”）为“是”，然后选择“保存”。
        3. 如果该页缺失或灰显，检查租户是否有包含写回的许可证，然后到服务器上继续。
        4. 在 Entra Connect 服务器上运行 Microsoft Entra Connect 配置向导 > “配置” > “自定义同步选项” > “可选功能”，勾选“密码写回”，使用混合管理员（Hybrid Administrator）凭据（较早的文档为全局管理员）登录并完成向导。
        5. 使用云同步？只有在安装了预配代理时才勾选“使用 Microsoft Entra Connect 云同步写回密码”（Write back passwords with Microsoft Entra Connect cloud sync），否则页面会报错。
        6. 在应用程序事件日志中查找 31004 之后的 31005（登记完成）和 31015（服务已启动）。首次启用后立即出现的事件 656 和 657 是密码哈希重新同步事件，可以忽略。
        7. 多林环境：如果事件 6329 显示 0x8023061f，说明该林是在启用写回之后添加的；请在向导中关闭再重新开启写回。
        8. 确认用户的许可证涵盖密码写回，然后让用户重试。
    .expected = “本地集成”页显示写回客户端正在运行，重置到达 AD（先 31001，后 31002）。

step-errors-sspr-0029 = SSPR_0029：修复密码写回的本地配置
    .summary = 写回已到达 AD，但无法设置密码：受保护组、连接器帐户权限、SAM 限制，或 Entra Connect 安装在域控制器上。
    .why =
        SSPR_0029（OnPremisesAdminActionRequired；支持文章中的措辞为“组织未正确设置重置密码的本地配置”）表示云端已把重置请求交给 Entra Connect 服务器，但 AD DS 连接器帐户（MSOL_ 帐户，名称为 MSOL_ 加一串代码）随后未能设置密码。
        应用程序事件日志中先有 31001，再有 31003，通常还伴有 33004（ADPermissionsError）。
        已记录的原因：
        原因 1：受保护组。用户属于 Domain Admins、Enterprise Admins 或其他本地受保护组（AdminSDHolder，adminCount = 1）。
        AdminSDHolder 会移除继承的权限，因此连接器帐户永远无法重置这些用户的密码。这是设计使然：他们可以在云端更改已知的密码，但无法重置忘记的密码。
        原因 2：连接器帐户权限。在每个域的根上，MSOL_ 帐户需要对“后代用户对象”拥有“重置密码”、“写入 lockoutTime”和“写入 pwdLastSet”，并对“此对象和所有后代对象”拥有“不过期密码”。当前教程还列出了“更改密码”；授予它也无妨。这些权限通过继承下发，所以禁用了继承的用户或组织单位永远得不到它们。
        权限更改可能需要一小时或更长时间才能复制并应用到对象上。
        原因 3：SAM 限制。加固用的组策略对象在域控制器上设置了“网络访问: 限制允许对 SAM 进行远程调用的客户端”（Network access: Restrict clients allowed to make remote calls to SAM），却没有允许 MSOL_ 帐户。证据：33004，加上 ADSync 事件 6329，其中带有 ERROR_ACCESS_DENIED 和“Failed to acquire user information”，并指出 MSOL_ 帐户。
        原因 4：Entra Connect 安装在域控制器上。写回使用旧的 NetUserGetInfo API，在这种情况下修复权限可能无效。
        其他 AD 先决条件：samServer 对象（域下的 CN=Server,CN=System）可由 Pre-Windows 2000 Compatible Access 或 Authenticated Users 读取；Authenticated Users 是 Pre-Windows 2000 Compatible Access 的成员；“身份验证后模拟客户端”（Impersonate a client after authentication）包含 Administrators、LOCAL SERVICE、NETWORK SERVICE 和 SERVICE。
        由谁解决：本地 AD 管理员。技术支持人员负责收集时间、UPN 和日志。
    .check =
        1. 受保护组：在“Active Directory 用户和计算机”中（“查看” > “高级功能”），检查该用户的 adminCount，以及是否属于 Domain Admins、Enterprise Admins 或类似的组。如果该用户受保护，请在本地重置密码，到此为止。
        2. 找到连接器帐户：“同步服务管理器” > “连接器” > AD 连接器 > “属性” > “连接到 Active Directory 林” > “用户名”（或在向导中选择“查看当前配置” > “已同步的目录”）。
        3. 在失败的用户上：“属性” > “安全” > “高级” > “有效访问权限”，选择 MSOL_ 帐户，检查是否允许“重置密码”。也可以运行 dsacls "<用户 DN>"。
        4. 如果缺少权限，在该用户及其上级组织单位上启用继承，并在域的根上授予权限，或针对连接器帐户运行 Set-ADSyncPasswordWritebackPermissions（ADSyncConfig 模块）。
        5. 测试期间，让连接器指向你修改过的域控制器：“同步服务管理器” > AD 连接器 > “属性” > “配置目录分区” > “仅使用首选域控制器”；在“Active Directory 用户和计算机”中使用“更改域控制器”查看同一台域控制器。更改可能需要大约一小时才能应用到所有对象。
        6. SAM 限制：找到为域控制器设置“网络访问: 限制允许对 SAM 进行远程调用的客户端”的组策略对象。在其安全描述符中添加 MSOL_ 帐户并设置“远程访问：允许”（Remote Access: Allow），或者删除该设置，并在域控制器上删除注册表值 HKLM\System\CurrentControlSet\Control\Lsa\RestrictRemoteSam。然后运行 gpupdate /force。
        7. Entra Connect 安装在域控制器上且权限无法修复：将“仅使用首选域控制器”设为另一台域控制器，或将 Entra Connect 迁移到成员服务器。
        8. 检查其他先决条件（samServer 可读、Pre-Windows 2000 Compatible Access 成员身份、“身份验证后模拟客户端”）。
        9. 让用户重试；日志中应先出现 31001，再出现 31002。
        10. 仍然出现 33004 或 33001？请检查下面两个未经证实的原因：用户的组织单位或 DN 中有保留字符，以及域控制器安全日志中 MSOL_ 帐户的事件 4724“审核失败”。
    .expected = 重置已写入 AD：Entra Connect 服务器上先记录 31001，再记录 31002。
    .uncertain = 有两个原因不在 Microsoft 关于 SSPR_0029 的资料中：用户的组织单位或 DN 中含有保留字符（开头的空格或 #、结尾的空格、逗号、+ " \ < > ; = /、换行符），Microsoft 只把它们与事件 33001 关联；以及本地密码策略拒绝、在域控制器上表现为事件 4724“审核失败”，Microsoft 记录的是管理员重置的情况（用户端的拒绝通常显示为违反本地策略）。此外，各来源对连接器帐户是否需要“更改密码”说法不一：已发布的写回教程列出了该权限，但其分步说明和支持文章中的默认权限都没有。

step-errors-sspr-0030 = SSPR_0030：恢复云端与 Entra Connect 之间的连接
    .summary = 云端无法连接 Entra Connect 服务器上的写回客户端，因此已同步用户的重置都会失败。
    .why =
        SSPR_0030（OnPremisesConnectivityError）告诉用户与本地环境的连接不佳，请稍后再试。密码写回通过出站连接工作：
        Entra Connect 服务器与两个冗余的 Azure 服务总线中继保持连接，不需要任何入站端口。写回是同步的（通常不到 500 毫秒），不会排队，因此只要中继中断或被阻止，或者 ADSync 服务已停止，重置就会立即失败。
        通常所有已同步的用户都会受影响，这是它与 SSPR_0029 的区别。
        常见原因：防火墙或代理未允许到 *.passwordreset.microsoftonline.com 和 *.servicebus.windows.net 的出站 HTTPS 443 访问（中继主机，例如 ssprdedicatedsbprodscu.servicebus.windows.net，不在 Office 365 URL 列表中，只按该列表配置的允许列表会漏掉它们）；代理的空闲超时切断了连接；Microsoft Azure AD Sync（ADSync）服务已停止；禁用了 TLS 1.0 和 1.1，却没有为 .NET 启用 TLS 1.2（强加密）；服务器时钟不准；缺少 Azure TLS 证书更换所需的根证书颁发机构；Entra Connect 版本过旧。写回现在只使用出站 443；较早文字中的端口 9350 到 9354 是遗留内容。
        美国政府云使用 *.passwordreset.microsoftonline.us 和 *.servicebus.usgovcloudapi.net；世纪互联使用 servicebus.chinacloudapi.cn 下的 ssprdedicatedsbmcprodcne 和 ssprdedicatedsbmcprodcnn。
        Entra Connect 服务器上的事件：31016（WriteBackServiceStopped）；31034（ServiceBusListenerError；出现“remote certificate is invalid”时需安装根证书颁发机构）；31044（并非所有服务总线主机都在运行）；32002（ServiceBusError，例如“token provider was unable to provide a security token”）；32001（无法连接密码重置 Web 服务）；6800（写回终结点未能随 ADSync 启动，或“Couldn't connect to any service bus endpoint(s)”）。
        正常情况：31015（服务已启动）和 31019（检测信号）。
        由谁解决：本地管理员（服务器、防火墙、代理），并与网络团队配合。
    .check =
        1. 确认是否所有已同步的用户都失败，并在“Entra ID” > “密码重置” > “本地集成”中查看写回客户端的状态。
        2. 在 Entra Connect 服务器上打开 services.msc，确认 Microsoft Azure AD Sync（ADSync）正在运行，并重启该服务。
        3. 在应用程序事件日志中查找 31016、31034、31044、32001、32002 和 6800。
        4. 测试出站访问：Test-NetConnection -ComputerName ssprdedicatedsbprodscu.servicebus.windows.net -Port 443，或 Invoke-WebRequest -Uri https://ssprdedicatedsbprodscu.servicebus.windows.net -Verbose。如果失败，在防火墙和代理上允许到上述两个通配符域的出站 443，并检查代理的空闲超时。
        5. 检查是否已为 .NET 启用 TLS 1.2（运行 Microsoft 提供的 TLS 1.2 检查和启用脚本，然后重启），并确认已安装 .NET Framework 4.8 或更高版本。
        6. 将服务器时钟与权威时间源同步；如果 31034 带有“remote certificate is invalid”，安装缺少的根证书颁发机构。
        7. 在 Entra Connect 配置向导中关闭再重新开启密码写回（这也会轮换密钥）。
        8. 仍然失败：备份自定义同步规则，将 Entra Connect 就地升级到最新版本，然后再次关闭并重新开启写回。
        9. 让一个已同步的用户重试；应先出现 31001，再出现 31002。
    .expected = “本地集成”页显示写回客户端正在运行，出现 31019 检测信号，重置成功。
    .uncertain = 一份内部 Microsoft wiki 的第三方摘要还把 SSPR_0030 与残留的云同步写回配置联系起来；Microsoft 公开文档中没有这一说法，而且同一摘要错误地把该代码对应到事件 31004（实际为 OnboardingEventStart）。

step-errors-unable-configure-writeback = 解决 Entra Connect 中的“无法配置密码写回”
    .summary = Entra Connect 配置向导无法开启写回：通常与所用的管理员帐户、TLS 1.2 或服务器时钟有关。
    .why =
        向导提示“Unable to configure password writeback. Ensure you have the required license.”（无法配置密码写回。
        请确保你拥有所需的许可证。）尽管措辞如此，许可证只是原因之一。向导中使用的云帐户必须已分配许可证且不是联合帐户：
        联合管理员无法获取令牌（事件 32009 AuthTokenError；关闭写回时会出现 31014）。服务器上必须为 .NET 启用 TLS 1.2。
        服务器时钟偏差会同时表现为 6800、32001、31044 和 6306。出站 443 必须开放（32011 OnBoardingServiceError）。
        租户需要包含写回的许可证（Microsoft Entra ID P1、P2 或 Microsoft 365 商业高级版）。
        由谁解决：运行向导的本地管理员，由租户管理员提供合适的云帐户。
    .check =
        1. 检查在向导中登录 Microsoft Entra ID 的步骤里输入的帐户：仅限云（非联合）、已分配许可证、拥有混合管理员（Hybrid Administrator）角色（较早的文档为全局管理员）。使用满足这些条件的帐户。
        2. 确认租户拥有 Microsoft Entra ID P1、P2 或 Microsoft 365 商业高级版。
        3. 在服务器上为 .NET 启用 TLS 1.2，然后重启。
        4. 将服务器时钟与权威时间源比较，修复时间同步。
        5. 按 SSPR_0030 步骤测试出站 443。
        6. 重新运行向导。应用程序事件日志中应出现 31004、31017（令牌）、31018（密钥对）、31005 和 31015。
    .expected = 向导顺利完成，“本地集成”页显示可以使用密码写回。

step-errors-error-processing-request = 处理通用的“处理请求时出错”消息
    .summary = 注册或重置过程中的通用错误，由暂时的服务问题或配置引起；先重试，再带着支持代码上报。
    .why =
        “处理请求时出错”（There's an error processing the request）可能出现在注册页面或重置过程中。它掩盖了真正的原因：
        Microsoft 端的临时问题，或租户中的配置问题。
        相关消息：无法联系到用户，约 10 秒后页面提供“重试”和“联系管理员”（暂时的服务错误或联系信息有误）。
        “联系管理员”会把请求发给管理员；租户管理员可以通过“自定义” > “自定义支持电子邮件或 URL”把它指向技术支持团队。
        在速度较慢的电脑上，“重置密码”对话框可能根本不出现；请重试，直到它出现。
    .check =
        1. 记录带时区的时间、页面 URL 和支持代码。
        2. 让用户几分钟后在新的隐私窗口中重试。
        3. 如果反复出现，按 SSPR_0009、SSPR_0013、SSPR_0012 和 SSPR_0014 步骤检查范围、许可证和方法。
        4. 确认“联系管理员”的请求能到达你的团队（“Entra ID” > “密码重置” > “自定义”）。
        5. 如果错误一直存在，带上支持代码、时间和 UPN 向 Microsoft 提交支持案例。
    .expected = 重试成功，或支持案例中包含支持代码和准确时间。

step-errors-account-changed-on-prem = 调查“你的帐户信息已在本地更改”
    .summary = 一种 Microsoft 未记录的写回失败；先排除已知原因，再带着证据上报。
    .why =
        消息原文为“We are unable to reset your password because your account information has changed on-premises”（我们无法重置你的密码，因为你的帐户信息已在本地更改）。在连接器帐户权限正确的 Entra Connect 写回环境中也出现过，我们的资料中没有它的根本原因。
        请按写回失败处理：收集应用程序事件日志，排除已记录的类似情况，例如 33002（在本地找不到用户）、33003 或“Multiple matches found”（两个本地帐户与同一个云用户匹配）、hr=80230402（同一定位点存在重复条目），以及“Object could not be found”（该用户不由这台 Entra Connect 同步）。
        由谁解决：本地管理员；如果都不符合，再联系 Microsoft 支持。
    .check =
        1. 收集带时区的时间、支持代码和压缩的应用程序事件日志。
        2. 找到这次尝试的 31001，阅读紧随其后的事件（31003、33xxx、ADSync）。
        3. 将它们与上述类似情况比较，并按匹配项的方法修复。
        4. 按 SSPR_0029 步骤检查连接器帐户对该用户的权限。
        5. 如果都无法解释，带着证据向 Microsoft 提交支持案例。临时解决方法：在本地重置密码（使用密码哈希同步时，大约 2 分钟后到达云端）。
    .expected = 原因与某个已记录的事件相符，或已附带完整证据向 Microsoft 提交案例。
    .uncertain = 此消息仅见于一篇社区博客文章（rmilne.ca，2025 年 10 月 2 日，“Entra SSPR failing unexpected error during a set password operation”）；Microsoft 文档未列出它，这里也没有它的根本原因。

step-errors-sspr-0015 = SSPR_0015：确认代码并上报 Microsoft
    .summary = 据称 SSPR_0015 表示密码重置所需的服务主体缺失或配置错误；Microsoft 没有公开记录此代码。
    .why =
        Microsoft 公开的故障排除文章中没有 SSPR_0015。只有一份内部 Microsoft wiki 的第三方摘要列出了它，称密码重置所需的服务主体缺失或配置错误。这属于租户级问题，技术支持人员和用户都无法解决，因此合理的做法是确认代码、收集证据并上报。
        由谁解决：Microsoft 支持，与租户管理员配合。
    .check =
        1. 通过屏幕截图确认准确的代码；SSPR_0013 和 SSPR_0014 有公开记录，且容易看错。
        2. 按第一步收集详细信息，包括支持代码。
        3. 检查其他用户是否也收到同样的代码（租户级问题）。
        4. 在 Microsoft Entra 管理中心中向 Microsoft 提交支持案例，附上代码、支持代码和时间。不要凭猜测删除或重建服务主体。
    .expected = 已提交包含代码、支持代码和时间的案例，由 Microsoft 确认原因。
    .uncertain = 此代码及其含义仅来自一份来源不明的内部 Microsoft wiki 第三方摘要（同一摘要还把事件 31004 对应错了）；Microsoft 的公开文档没有列出 SSPR_0015。

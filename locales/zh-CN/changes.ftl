# 按日期生效的平台变化（assets/playbook/changes.toml）：每项变化一条 `change-<id>` 消息。
# 值：标题。`.reports`：一行，变化生效后来电用户会反映什么。
# `.summary`：一两句话，变化内容以及支持人员应如何处理。

change-auth-methods-policy-migration = 方法设置已迁移到身份验证方法策略
    .reports = 管理员反映在“密码重置”页上禁用的方法仍然可选，或旧的方法列表无法编辑。
    .summary = 自 2025 年 9 月 30 日起，旧版多重身份验证和 SSPR 方法列表无法再管理；已完成迁移的租户只使用身份验证方法策略（安全问题、所需方法数和管理员策略仍在 SSPR 设置中）。

change-account-recovery-preview = 为丢失全部方法的用户提供的帐户恢复（预览版）
    .reports = 丢失全部方法的来电用户询问能否自行恢复，或反映帐户恢复提示无法恢复。
    .summary = 自 2025 年 11 月起，租户可以让用户通过身份验证提供商、已验证 ID 和临时访问密码恢复帐户；在评估模式下用户不能真正恢复。没有公布具体的发布日期，只有页面日期。

change-user-source-of-authority = 已同步用户可以转换为云托管用户
    .reports = 以前已同步的用户的重置不再到达 Active Directory，而写回排查步骤找不到问题。
    .summary = 自 2026 年 1 月起（只知道月份），管理员可以把用户的权威来源转移到云端；走写回排查流程前先检查 onPremisesSyncEnabled。

change-authenticator-root-jailbreak = Microsoft Authenticator 阻止已 root 或越狱的手机
    .reports = 来电用户反映 Authenticator 提示手机已 root 或越狱，或工作帐户从应用中消失。
    .summary = 自 2026 年 2 月起（只知道月份），Authenticator 在已 root 或越狱的手机上先警告、再阻止、最后清除 Entra 凭据；用户需要受支持的手机或其他方法。

change-connect-sync-to-cloud-sync = 分阶段从 Connect 同步迁移到云同步
    .reports = 管理员反映迁移到云同步后写回停止工作，或 ADSync 相关步骤与他们看到的情况不符。
    .summary = Microsoft 从 2026 年 7 月起通知各租户的迁移时间段（只知道月份，各租户的日期另行通知）；迁移后写回在预配代理上运行。

change-passkeys-by-default = 为启用了短信或电话呼叫的用户默认启用通行密钥
    .reports = 用户反映登录时反复被要求设置通行密钥；只有通行密钥的用户发现密码重置没有可选的方法。
    .summary = 2026 年 9 月 1 日起，为短信和电话呼叫用户启用了通行密钥，注册活动改为由 Microsoft 托管（可无限次暂缓）；通行密钥无法重置密码。

change-customer-managed-telecom = 客户管理的短信和电话呼叫电信提供商
    .reports = 管理员询问 2027 年 2 月之后如何继续使用短信或电话验证码。
    .summary = 自 2026 年 10 月 30 日起，租户可以通过 Microsoft Security Store 配置电信提供商；这是 2027 年 2 月 1 日之后保留短信和电话验证码的唯一方式。

change-sms-voice-retirement = 停用由 Microsoft 提供的短信和电话呼叫（包括 SSPR）
    .reports = 来电用户反映号码没错，但收不到短信或电话验证码了。
    .summary = 自 2027 年 2 月 1 日起，Microsoft 不再发送短信或电话验证码（先从公有云开始）；没有客户管理的提供商时，用户需要 Authenticator、电子邮件或 OATH，只有短信的用户登录时必须注册通行密钥。

change-sspr-self-registered-methods-only = SSPR 只接受用户自行注册的方法
    .reports = 从未注册过的来电用户反映以前一直能重置，现在却提示未注册，或者不提供用户资料里的电话号码。
    .summary = 自 2026 年 10 月 5 日起（页面上的日期；消息中心曾给出 2026 年 9 月 7 日），用户资料中的“移动电话”“办公电话”和备用电子邮件不再计入 SSPR；用户必须到 aka.ms/ssprsetup 注册方法，管理员也不能再通过用户资料代为填写。

change-sspr-registration-campaign = 针对 SSPR 方法不够的用户的注册活动
    .reports = 用户反映登录时被要求为密码重置注册安全信息。
    .summary = 自 2026 年 11 月 9 日起（页面上的日期；消息中心曾给出 2026 年 8 月 6 日），在要求登录时注册的租户中，方法不够的用户会被提示注册；请告诉他们完成注册，不要跳过。

# assets/playbook/links.toml 中各链接的按钮文字：每个链接一条 `link-<id>` 消息。
# 按钮文字要简短。URL 会在悬停时显示，并可复制。

link-reset-portal = 打开密码重置门户（aka.ms/sspr）
link-reset-portal-direct = 打开密码重置门户（passwordreset.microsoftonline.com）
link-register-sspr = 打开注册页面（aka.ms/ssprsetup）
link-security-info = 打开“安全信息”（我的登录）
link-my-account = 打开“我的帐户”
link-change-password = 打开更改密码页面（我的登录）
link-entra-admin-center = 打开 Microsoft Entra 管理中心
link-azure-password-reset-blade = 打开“密码重置”页（Azure 门户）
link-entra-admin-policy = 打开“管理员策略”页
link-auth-methods-policy = 打开身份验证方法策略
link-legacy-mfa-settings = 打开旧版每用户 MFA 设置
link-m365-admin-center = 打开 Microsoft 365 管理中心
link-entra-connect-download = 获取 Microsoft Entra Connect（Microsoft Entra 管理中心）
link-docs-troubleshoot-sspr = 文档：排查自助式密码重置问题
link-docs-troubleshoot-writeback = 文档：排查自助式密码重置写回问题
link-docs-licensing = 文档：自助式密码重置许可要求
link-docs-policy = 文档：密码策略和限制
link-docs-admin-policy-differences = 文档：管理员重置策略差异
link-docs-how-it-works = 文档：自助式密码重置的工作原理
link-docs-authentication-data = 文档：预填身份验证联系信息
link-docs-faq = 文档：密码管理常见问题
link-docs-tutorial-enable-sspr = 文档：教程 – 启用自助式密码重置
link-docs-writeback-concept = 文档：密码写回的工作原理
link-docs-tutorial-writeback = 文档：教程 – 启用密码写回
link-docs-tutorial-cloud-sync-writeback = 文档：教程 – 使用云同步启用密码写回
link-docs-deployment-plan = 文档：规划自助式密码重置部署
link-docs-combined-registration = 文档：合并安全信息注册
link-docs-auth-methods-manage = 文档：管理身份验证方法（策略迁移）
link-docs-auth-methods-migrate = 文档：将方法迁移到身份验证方法策略
link-docs-sms-voice-retirement = 文档：默认启用通行密钥与 Microsoft 短信和语音的停用
link-docs-phone-options = 文档：电话身份验证选项
link-docs-cloud-sync-install = 文档：安装 Microsoft Entra 云同步预配代理
link-docs-whats-new = 文档：Microsoft Entra 新增功能
link-docs-windows-sign-in = 文档：从 Windows 登录屏幕重置密码
link-docs-sspr-reporting = 文档：自助式密码重置报告（审核日志）
link-kb-sspr-0029 = 支持文章：SSPR_0029
link-kb-sspr-009 = 支持文章：SSPR_009（管理员）
link-kb-writeback-permissions = 支持文章：密码写回所需权限
link-kb-writeback-general = 支持文章：密码写回常规故障排除
link-kb-8023062c = 支持文章：错误 8023062C
link-kb-on-prem-policy-blocks-admin-reset = 支持文章：本地策略阻止管理员重置密码
link-kb-m365-admin-center-resets = 支持文章：在 Microsoft 365 管理中心重置密码
link-kb-servers-catch-up = 支持文章：“服务器需要一点时间才能同步”
link-kb-unable-configure-writeback = 支持文章：“无法配置密码写回”

# --- 2027：2027 年的来电（issue #13） ---
link-docs-phone-providers = 文档：客户管理的电信提供商
link-docs-regional-opt-in = 文档：电话欺诈防护和区域选择加入
link-docs-auth-methods = 文档：身份验证方法（哪些可用于 SSPR）
link-docs-temporary-access-pass = 文档：临时访问密码
link-docs-account-recovery = 文档：帐户恢复（预览版）
link-docs-account-recovery-enable = 文档：启用帐户恢复

link-kb-could-not-verify-account = 支持文章：“我们无法验证你的帐户”
link-help-reset-with-security-info = 用户帮助：使用安全信息重置密码
link-help-register-reset-method = 用户帮助：注册密码重置验证方法
link-help-set-up-security-info = 用户帮助：在登录提示中设置安全信息
link-community-qna = Microsoft Q&A：Entra ID

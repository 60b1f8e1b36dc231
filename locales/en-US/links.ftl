# Button labels for the links in assets/playbook/links.toml: one message `link-<id>` per link.
# Keep them short: they are buttons. The URL itself is shown on hover and can be copied.

link-reset-portal = Open reset portal (aka.ms/sspr)
link-reset-portal-direct = Open reset portal (passwordreset.microsoftonline.com)
link-register-sspr = Open registration page (aka.ms/ssprsetup)
link-security-info = Open Security info (My Sign-ins)
link-my-account = Open My Account
link-change-password = Open change password (My Sign-ins)
link-entra-admin-center = Open Microsoft Entra admin center
link-azure-password-reset-blade = Open Password reset blade (Azure portal)
link-entra-admin-policy = Open Administrator policy page
link-auth-methods-policy = Open Authentication methods policy
link-legacy-mfa-settings = Open legacy per-user MFA settings
link-m365-admin-center = Open Microsoft 365 admin center
link-entra-connect-download = Download latest Microsoft Entra Connect
link-docs-troubleshoot-sspr = Docs: Troubleshoot SSPR
link-docs-troubleshoot-writeback = Docs: Troubleshoot SSPR writeback
link-docs-licensing = Docs: SSPR licensing
link-docs-policy = Docs: Password policies and restrictions
link-docs-admin-policy-differences = Docs: Administrator reset policy differences
link-docs-how-it-works = Docs: How SSPR works
link-docs-authentication-data = Docs: Pre-populate authentication data
link-docs-faq = Docs: Password management FAQ
link-docs-tutorial-enable-sspr = Docs: Tutorial – enable SSPR
link-docs-writeback-concept = Docs: How password writeback works
link-docs-tutorial-writeback = Docs: Tutorial – enable password writeback
link-docs-tutorial-cloud-sync-writeback = Docs: Tutorial – writeback with cloud sync
link-docs-deployment-plan = Docs: Plan an SSPR deployment
link-docs-combined-registration = Docs: Combined security info registration
link-docs-windows-sign-in = Docs: SSPR from the Windows sign-in screen
link-kb-sspr-0029 = Support article: SSPR_0029
link-kb-sspr-009 = Support article: SSPR_009 (admins)
link-kb-writeback-permissions = Support article: writeback permissions
link-kb-writeback-general = Support article: general writeback troubleshooting
link-kb-8023062c = Support article: error 8023062C
link-kb-on-prem-policy-blocks-admin-reset = Support article: on-premises policy blocks an admin reset
link-kb-m365-admin-center-resets = Support article: resets in the Microsoft 365 admin center
link-kb-servers-catch-up = Support article: "servers take a little time to catch up"
link-kb-unable-configure-writeback = Support article: "Unable to configure password writeback"
link-kb-could-not-verify-account = Support article: "We could not verify your account"
link-help-reset-with-security-info = User help: reset your password with security info
link-help-register-reset-method = User help: register a password reset method
link-help-set-up-security-info = User help: set up security info at sign-in
link-community-qna = Microsoft Q&A: Entra ID

# --- 2027: calls of 2027 (issue #13) ---
link-docs-sms-voice-retirement = Docs: Passkeys by default and SMS/voice retirement
link-docs-phone-providers = Docs: Customer-managed telecom providers
link-docs-phone-options = Docs: Phone authentication options
link-docs-regional-opt-in = Docs: Telephony fraud protection and regional opt-in
link-docs-auth-methods = Docs: Authentication methods (which work for SSPR)
link-docs-auth-methods-manage = Docs: Manage authentication methods (policy migration)
link-docs-temporary-access-pass = Docs: Temporary Access Pass
link-docs-account-recovery = Docs: Account recovery (preview)
link-docs-account-recovery-enable = Docs: Enable account recovery
link-docs-whats-new = Docs: What's new in Microsoft Entra
link-docs-cloud-sync-install = Docs: Install the Cloud Sync provisioning agent

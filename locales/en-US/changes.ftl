# Dated platform changes (assets/playbook/changes.toml): one message `change-<id>` per change.
# Value: the title. `.reports`: one line, what callers report once the change is in effect.
# `.summary`: one or two sentences, what changed and what the agent does about it.

change-auth-methods-policy-migration = Method settings moved to the Authentication methods policy
    .reports = Admins say a method they disabled on the Password reset page is still offered, or the old method lists can't be edited.
    .summary = Since 30 Sep 2025 the legacy MFA and SSPR method lists can't be managed; a migrated tenant uses only the Authentication methods policy (security questions, the number of methods and the admin policy stay in the SSPR settings).

change-account-recovery-preview = Account recovery preview for users who lost every method
    .reports = Callers who lost every method ask whether they can recover on their own, or say recovery told them they can't.
    .summary = Since Nov 2025 a tenant can let users recover through an ID-verification provider, Verified ID and a Temporary Access Pass; in Evaluation mode users can't actually recover. The exact launch day is not given, only the page dates.

change-user-source-of-authority = Synced users can be converted to cloud-managed users
    .reports = A formerly synced user's resets no longer reach Active Directory, and the writeback steps find nothing wrong.
    .summary = Since Jan 2026 (month only) admins can move a user's source of authority to the cloud; check onPremisesSyncEnabled before the writeback path.

change-authenticator-root-jailbreak = Microsoft Authenticator blocks rooted and jailbroken phones
    .reports = Callers say Authenticator warned about a rooted or jailbroken phone, or their work account disappeared from the app.
    .summary = From Feb 2026 (month only) Authenticator warns, then blocks, then wipes Entra credentials on rooted or jailbroken phones; the user needs a supported phone or another method.

change-connect-sync-to-cloud-sync = Phased move from Connect Sync to Cloud Sync
    .reports = Admins say writeback stopped after the move to Cloud Sync, or the ADSync steps no longer match what they see.
    .summary = Microsoft starts notifying tenants of their transition window in July 2026 (month only; each tenant's date is announced separately); after the move writeback runs on the provisioning agent.

change-passkeys-by-default = Passkeys by default for users enabled for SMS or voice
    .reports = Users say they keep getting asked to set up a passkey at sign-in; passkey-only users find that password reset offers no method.
    .summary = On 1 Sep 2026 passkeys were enabled for SMS and voice users and the registration campaign became Microsoft-managed (unlimited snoozes); a passkey does not reset a password.

change-customer-managed-telecom = Customer-managed telecom providers for SMS and voice
    .reports = Admins ask how to keep SMS or voice codes after February 2027.
    .summary = From 30 Oct 2026 a tenant can configure a telecom provider through the Microsoft Security Store; it is the only way to keep SMS and voice codes after 1 Feb 2027.

change-sms-voice-retirement = Microsoft-delivered SMS and voice retired, including for SSPR
    .reports = Callers say text message or call codes stopped arriving, although their number is right.
    .summary = From 1 Feb 2027 Microsoft no longer delivers SMS or voice codes (public cloud first); without a customer-managed provider users need Authenticator, email or OATH, and SMS-only users must register a passkey at sign-in.

change-sspr-self-registered-methods-only = SSPR accepts only methods the user registered
    .reports = Callers who never registered say reset always worked but now says they aren't registered, or their profile phone number isn't offered.
    .summary = From 5 Oct 2026 (the page's date; Message Center said 7 Sep 2026) the profile's Mobile phone, Office phone and Alternate email no longer count for SSPR; the user must register methods at aka.ms/ssprsetup, and an admin can't fill them in through the profile any more.

change-sspr-registration-campaign = Registration campaign for users without enough SSPR methods
    .reports = Users say they are asked at sign-in to register security info for password reset.
    .summary = From 9 Nov 2026 (the page's date; Message Center said 6 Aug 2026), in tenants that require registration at sign-in, users lacking enough methods are prompted to register; tell them to complete it rather than skip it.

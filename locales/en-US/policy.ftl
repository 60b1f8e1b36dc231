### Category "policy": the user reset policy and the administrator (two-gate) policy. Words for assets/playbook/policy.toml.

category-policy = Reset policy and the admin policy
    .intro = Checks for a reset policy that doesn't behave as configured. Find out first whether the caller is an admin, because admins follow Microsoft's fixed two-gate policy; then reproduce with a non-admin user and read the user policy, the method sources and the password rules.

step-policy-admin-two-gate = Check whether the caller holds an admin role (two-gate policy)
    .summary = Any account with a Microsoft Entra admin role uses Microsoft's fixed two-gate reset policy, not the SSPR settings your tenant configured, so an admin resetting their own password may be offered fewer methods than you enabled (for example only email and phone) and never security questions.
    .why =
        The SSPR user policy (Properties, Authentication methods, Registration) does not apply to administrators. Microsoft enforces its own strong policy on every account that holds one of about 80 admin roles: Global Administrator, User Administrator, Password Administrator, Helpdesk Administrator, Authentication Administrator, Privileged Authentication Administrator, Exchange Administrator, SharePoint Administrator, Teams Administrator, Intune Administrator, Security Administrator, Billing Administrator, Directory Writers, Directory Synchronization Accounts, Hybrid Identity Administrator and more (full list under "Administrator reset policy differences").

        Two-gate means two pieces of authentication data, for example email, authenticator app and phone.
        - Security questions are never allowed for admins.
        - In trial and free tenants, office and mobile voice calls are blocked for admins as well.
        - Which methods an admin may use is wider than either policy alone: after the migration to the Authentication methods policy, admins can register and use any method listed in the legacy administrator policy or any method the Authentication methods policy enables for them. So an admin may see a method the user policy doesn't offer, such as a third-party software OATH token.
        - Nobody can edit it. Entra ID > Password reset > Administrator policy only displays it.

        So "we enabled four methods but admins only get email and phone" is expected behavior, not a fault.
    .check =
        1. In the Entra admin center open Users > the caller > Assigned roles and note any admin role.
        2. If there is one, tell the caller that the admin policy applies: two methods from those it allows, and no security questions.
        3. Open the Administrator policy page (read-only) to show what the admin policy requires.
        4. Check what the caller has registered (Users > the caller > Authentication methods). If fewer than two usable methods, another admin resets the password and the caller registers a second method.
        5. If the same admin needs only one method in another tenant, see the one-gate step. If the admin is blocked completely (SSPR_009), see the allowedToUseSSPR step.
        6. To see what ordinary users get, test with a non-admin account (next step).
    .expected = You know whether the admin policy applies, and the caller has two methods that the admin policy accepts.

step-policy-test-non-admin = Reproduce the problem with a licensed non-admin test user
    .summary = Admin accounts follow Microsoft's fixed two-gate policy, so they cannot show what your users see.
    .why =
        Any account holding a Microsoft Entra admin role (Global Administrator, Helpdesk Administrator, User Administrator and about 80 others) always uses Microsoft's administrator reset policy, whatever the tenant's SSPR settings say. It requires two methods, never allows security questions, and ignores the Selected group scope. A test with an admin account proves nothing about the user policy: it silently takes the admin path, offers different methods and can succeed where users fail (or the reverse).

        A clean test needs a user who meets every condition of the user policy: no admin role, a license that covers SSPR (and password writeback, if the user is synced from on-premises AD), inside the scope, and registered with enough methods. Fresh private browser windows keep cached sign-ins of your own admin account out of the test.
    .check =
        1. Pick a user with no admin role (Users > the user > Assigned roles is empty) and a license that covers SSPR and, for a synced user, password writeback. Entra ID P1 or P2 and Microsoft 365 Business Premium cover both; for Business Standard, see the license steps in the "Configuring SSPR and licensing" category.
        2. If SSPR is set to Selected, make sure the user is in that one group (nested membership counts).
        3. In a private browser window, open aka.ms/ssprsetup, sign in as the test user and register as many methods as "Number of methods required to reset" asks for, using only methods in "Methods available to users".
        4. Close it. In a new private window, open aka.ms/sspr, enter the user name and the CAPTCHA, finish verification and choose a new password that meets the password rules.
        5. Write down any error code on the screen (for example SSPR_0013) and the support code from the bottom of the page, and look the code up in the "Error messages" category.
        6. Check the result: with notifications on, the confirmation email arrives; Entra ID > Password reset > Audit logs shows the reset; for a synced user, the Entra Connect Application log shows 31001 followed by 31002.
    .expected = The reset succeeds; with notifications on, the user receives a confirmation email.

step-policy-review-user-policy = Review how the user reset policy is set
    .summary = Read the Properties, Authentication methods and Registration pages to state exactly what the policy asks of a non-admin user.
    .why =
        The user policy is the sum of several pages under Entra ID > Password reset:
        - Properties: "Self service password reset enabled" = None, Selected (one group, nested groups count) or All.
        - Authentication methods, "Number of methods required to reset": 1 or 2.
        - Which methods a user may use: in a tenant whose Authentication methods policy migration is complete (the normal case since 30 September 2025), the Authentication methods policy decides (Email OTP, SMS, Voice calls with its office phone option, Microsoft Authenticator with OTP allowed, software and hardware OATH tokens), and the "Methods available to users" ticks on this page are ignored except for Security questions. Only a tenant that has not finished migrating still reads the ticks here (Mobile app notification, Mobile app code, OATH tokens, Email, Mobile phone, Office phone in paid tenants, Security questions).
        - Registration, "Require users to register when signing in": Yes or No. Users in scope get an interrupt at browser and modern-auth sign-in to Entra-backed apps; they can cancel but are asked again at every sign-in. In combined registration, an SSPR-only interrupt can be skipped indefinitely; registration enforced for MFA cannot.
        - Registration, "Number of days before users are asked to reconfirm their authentication information": 0 to 730, where 0 means never. It only works when registration is required and produces the periodic "Is this info up to date?" prompt.

        Rules for the Microsoft Authenticator app: it cannot be the only method. With 1 method required, at least one other method must be enabled; with 2 required, at least two others. Tenants that have not moved to the Authentication methods policy can use only the app code when 1 method is required, and the code or the notification when 2 are required.

        A user counts as registered only when they hold at least the required number of methods. Admins never see any of this (admin policy), and the password strength rules are separate (cloud and on-premises steps below).
    .check =
        1. Open Entra ID > Password reset > Properties and note the scope and the group.
        2. Open Authentication methods: note "Number of methods required to reset" and whether Security questions are on. Then read the tenant's migration state (previous migration step): if it is Migration Complete, take the methods from the Authentication methods policy; otherwise also note the ticked methods here.
        3. Open Registration: note "Require users to register when signing in" and the reconfirm days.
        4. Compare with what the caller has registered: Users > the caller > Authentication methods.
        5. Write the policy down in one line for the ticket, for example "Selected: SSPR-Users, 2 methods, app or email or mobile phone, register at sign-in, reconfirm 180 days".
        6. If the behavior still doesn't match the settings, read Microsoft's pages on password policies and on how SSPR works, and test with a non-admin user.
    .expected = You can state the user policy in one line, and the caller's registered methods meet it.

step-policy-method-changes-lockout = Look for a policy change that left users short of methods
    .summary = Raising the required methods from 1 to 2, or removing a method users relied on (security questions, for example), stops those users from resetting.
    .why =
        At reset time the service checks the caller against today's policy, not the one in force when they registered. A user who registered one method is short once the policy asks for two. A user whose only methods were security questions has nothing usable once security questions are switched off. Both get SSPR_0014 (more security info needed), or find no method they can use. Admins testing the change don't notice, because their own resets follow the admin policy.
    .check =
        1. Ask when the problem started, and whether anyone recently changed Password reset > Authentication methods or the Authentication methods policy.
        2. Compare the caller's registered methods (Users > the caller > Authentication methods) with the current required number and available methods.
        3. Short term: restore the method, or set the required number back to 1, until users have registered more; or have an admin reset the caller's password.
        4. Then have the caller add a second method at aka.ms/ssprsetup. Pre-filled profile phone or email data no longer counts for SSPR (since 5 October 2026), so the caller must register it.
        5. Before the next change, tell users to register the extra method first and watch Password reset > Usage & insights.
    .expected = The caller has enough usable methods under the current policy and can reset again.
    .caller =
        Our password reset settings have changed, and your security info no longer meets them.
        Sign in with your work account (with the temporary password we gave you, if we reset it), open { $url } and add at least two methods if they are not already listed: best the Microsoft Authenticator app and a personal email address. Add a mobile number only as an extra, because Microsoft stops sending codes by text message and phone call on 1 February 2027.
        If you see an error, or still can't reset your password afterwards, tell us the message and the time.

step-policy-admin-one-gate = Explain why admins need one method in one tenant and two in another
    .summary = The admin policy drops to one-gate (one method) only in the first 30 days of a trial, or when the tenant has no custom domain and no directory sync.
    .why =
        Two-gate applies when the account holds an admin role and at least one of these is true: the trial is older than 30 days, a custom domain is configured, or Microsoft Entra Connect synchronizes identities. Otherwise Microsoft applies one-gate: a single method.

        That is why a lab tenant on its onmicrosoft.com domain without sync asks admins for one method, while the production tenant with a verified domain asks for two. It is not a setting. It changes on its own the day a custom domain is added or sync is switched on. Admins who relied on one method are then short.
    .check =
        1. Check whether the tenant has a verified custom domain besides the onmicrosoft.com domain.
        2. Check whether Entra Connect or cloud sync synchronizes users into this tenant.
        3. For a trial, check whether it is older than 30 days.
        4. Any of the three true means two-gate; none means one-gate. The read-only Administrator policy page shows the admin policy; check in your tenant whether it reflects one-gate or two-gate.
        5. Have every admin register at least two methods before a custom domain or sync is added.
    .expected = You can tell the caller why their admin account needs one or two methods in this tenant.

step-policy-admin-group-scope = Don't rely on the SSPR group to block an administrator
    .summary = Removing an admin from the Selected group, or setting the scope to None, does not stop that admin resetting; admin SSPR has its own switch.
    .why =
        Admin SSPR is not governed by the user policy scope. Microsoft's policy page says admin accounts are enabled for SSPR whatever the scope (None, Selected or All). So taking a Global Administrator out of the SSPR group changes nothing for that account. The only switch is the tenant-wide authorization policy property allowedToUseSSPR, which applies to all admins at once; the step "Check allowedToUseSSPR when an admin is blocked (SSPR_009)" shows how to read it and how to set it either way.

        The reverse trap: if admin SSPR is turned off but admins are still inside the user policy scope, they are prompted to register and then cannot register anything. Exclude them from the user policy.
    .check =
        1. Confirm the account holds an admin role (Users > the account > Assigned roles).
        2. Explain that the group membership does not control admin SSPR.
        3. If the tenant wants admins blocked, plan allowedToUseSSPR = false (the allowedToUseSSPR step, check 3: the same command turns it off) and agree another recovery path for admins first.
        4. If admin SSPR is off, take the admins out of the Selected group so they are not asked to register.
    .expected = The tenant owner knows that admin SSPR is controlled only by allowedToUseSSPR, and admins are not stuck in a registration loop.

step-policy-admin-allowed-to-use-sspr = Check allowedToUseSSPR when an admin is blocked (SSPR_009)
    .summary = The authorization policy property allowedToUseSSPR turns SSPR on or off for administrators only, and a change takes up to 60 minutes.
    .why =
        allowedToUseSSPR lives in the tenant's authorization policy and switches the administrator reset policy (legacy admin SSPR, "SSPR-A") on or off. It does not affect end users. End-user scope is only the Properties page (None, Selected or All), so any report that reads allowedToUseSSPR to decide whether end-user SSPR is on gets it wrong.

        SSPR_009 (a single zero) is the admin error: a synced admin is told that password reset isn't turned on for the organization, because admin SSPR is off. Don't confuse it with SSPR_0009, the end-user error when Properties is set to None.

        Microsoft's pages disagree on the default. The policy page and the enable-SSPR tutorial say admin accounts are enabled by default; the "How SSPR works" page says admin SSPR isn't enabled by default. Read the actual value.
    .check =
        1. Connect with Microsoft Graph PowerShell: Connect-MgGraph -Scopes Policy.ReadWrite.Authorization
        2. Read the value: Get-MgPolicyAuthorizationPolicy | Select-Object AllowedToUseSspr (or GET https://graph.microsoft.com/v1.0/policies/authorizationPolicy).
        3. To let admins reset: Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true. To block them: -AllowedToUseSspr:$false. The REST form is a PATCH to the same URL that sets allowedToUseSSPR.
        4. Wait up to 60 minutes, then have the admin retry aka.ms/sspr.
        5. If you set it to false, remove the admins from the user policy scope (previous step).
    .expected = allowedToUseSSPR has the value the tenant intends, and after up to 60 minutes the admin can reset (or is blocked on purpose).
    .uncertain = Microsoft's pages disagree on whether admin SSPR is on by default (concept-sspr-policy and the tutorial say yes; concept-sspr-howitworks, 2025-03-04, says no). Always read the tenant's actual value.

step-policy-security-questions = Check the security-question rules when that method fails
    .summary = Security questions have fixed counts and lengths, are never offered to admins, and can't be set or synced by an admin.
    .why =
        The rules when Security questions is enabled in "Methods available to users":
        - The user registers 3 to 5 questions and must answer 3 to 5 at reset; the service asks a random subset.
        - An admin can add up to 20 custom questions. Questions are 3 to 200 characters, answers 3 to 40 characters, and duplicate answers are rejected.
        - About 35 predefined questions are shown in the browser's language; custom questions are not translated, and there are no per-language question sets.
        - Only the user can set answers: admins can't read, set or sync them.
        - Admins never get security questions (two-gate policy).
        - 5 security-question attempts within an hour trigger the 24-hour block.

        Removing security questions from the policy leaves users who relied on them without a method.
    .check =
        1. Confirm the caller is not an admin. If they are, security questions will never be offered.
        2. Check that Security questions is still ticked and how many are required on Password reset > Authentication methods.
        3. If the caller forgot their answers, an admin resets the password and the caller re-registers new answers at Security info.
        4. If the caller reads questions in a different language, explain that custom questions are not translated.
        5. After five attempts within an hour, tell the caller to wait 24 hours after the last attempt.
    .expected = The caller answers the required number of questions, or has moved to a stronger method.

step-policy-auth-methods-migration = Read the tenant's migration state before touching any method setting
    .summary = Which setting decides a user's reset methods depends on the tenant's migration state: once it is Migration Complete, only the Authentication methods policy counts and the legacy method lists are ignored.
    .why =
        Since 30 September 2025 the method lists of the legacy MFA and SSPR policies can no longer be managed. Each tenant has a migration state in the Authentication methods policy:
        - Pre-migration: the Authentication methods policy and the legacy MFA and SSPR policies all apply, and a method counts if any of them enables it.
        - Migration in progress: the same, but the tenant is moving its settings over.
        - Migration Complete: only the Authentication methods policy decides which methods users can register and use, for sign-in and for SSPR; the legacy method lists are ignored.

        Three things stay in the legacy SSPR policy even after migration: security questions, "Number of methods required to reset", and the administrator reset policy. Everything else about which methods a user may use for SSPR is read from these Authentication methods policy entries:
        - Email OTP, enabled and targeted at the user (this is what makes email usable for password reset)
        - SMS, and Voice calls (the Voice calls method carries the office phone option)
        - Microsoft Authenticator, with "Allow use of Microsoft Authenticator OTP" for codes
        - third-party software OATH tokens and hardware OATH tokens

        So in a migrated tenant, ticking or unticking boxes under Password reset > Authentication methods changes nothing, and "disable it everywhere" is no longer possible. Office phone can still show at registration when the user's Business phone is filled in, and app passwords appear only for users under per-user MFA enforcement. Administrators keep their own rule (see the two-gate step).
    .check =
        1. Read the state: Entra ID > Authentication methods > Policies > Manage migration, or GET /v1.0/policies/authenticationMethodsPolicy in Microsoft Graph and read policyMigrationState (preMigration, migrationInProgress or migrationComplete).
        2. Migration Complete: open the Authentication methods policy and check, for the caller's groups, Email OTP, SMS, Voice calls (office phone option), Microsoft Authenticator (OTP allowed) and the OATH token entries. Change methods only there.
        3. Not yet complete: note the methods in the Authentication methods policy and in the legacy MFA and SSPR lists; a method shows if any one of them enables it. Plan to finish the migration rather than maintaining three lists.
        4. Security questions and the number of methods required are still set under Password reset > Authentication methods in every state.
        5. If users are asked for app passwords, they are under per-user MFA: move them to Conditional Access MFA or turn app passwords off in the legacy MFA settings.
    .expected = You can name the migration state and the one place that decides each method the caller sees, and Security info shows what the tenant intends to offer.

step-policy-cloud-password-policy = Check the new password against the cloud password policy
    .summary = For cloud-only users, Entra ID requires 8 to 256 characters, three of four character types, no Unicode, and no banned password.
    .why =
        Cloud password rules:
        - 8 to 256 characters.
        - Three of the four character types: lowercase, uppercase, digits, symbols.
        - No Unicode characters.
        - A reset may reuse the last password; a change may not.
        - The banned-password list is checked with fuzzy matching. A match gives "Password doesn't comply with fuzzy policy".
        - Expiry: tenants created before 2021 default to 90 days; newer tenants default to no expiry.

        For synced users, on-premises AD decides (next step). When EnforceCloudPasswordPolicyForPasswordSyncedUsers is on, a password with Unicode characters can be accepted on-premises and then fail silently in the cloud. The user then hears that the reset worked but takes a few minutes to reach the cloud.
    .check =
        1. Find out whether the caller is cloud-only or synced; for synced users continue with the next step.
        2. Ask the caller to describe (not read out) the rejected password: length, character types, any accented or other Unicode characters, any company or product name.
        3. Suggest a longer passphrase with three character types and no words that could be on the banned list.
        4. If the caller was forced to change an expired password, check the tenant's expiry setting and creation date.
    .expected = The caller sets a password that meets the cloud rules on the first try.

step-policy-onprem-password-policy = Check the on-premises password rules for synced users
    .summary = For synced users, AD's password policy decides, and the SSPR page shows neither those rules nor a strength meter.
    .why =
        A reset or change for a synced user is written back to AD, and AD applies its own policy: length, complexity, Minimum password age, history, fine-grained password policies, third-party password filters and Microsoft Entra Password Protection agents. SSPR performs an admin-style reset, so filters must accept admin-initiated resets. None of these rules is shown on the reset page, and writeback users get no strength meter. A rejection reads "On-premises policy violation" and leaves event 31003 or 33008, often with 6329, in the Application log of the Entra Connect server.

        Minimum password age above 0 blocks a second change or reset within that window, which is why a new user cannot replace the temporary password the same day. When an admin resets a synced user in the Entra admin center and the temporary password breaks AD policy, the portal says the on-premises policy does not allow it, and the DC Security log shows event 4724 with Audit Failure by the MSOL_ account. Federated users whose hashes are synced may need about 2 minutes after a reset before the new password works in the cloud.
    .check =
        1. On a domain controller, read the domain policy: net accounts, or Get-ADDefaultDomainPasswordPolicy.
        2. Check for a fine-grained password policy on the user: net user <username> /domain.
        3. If users must reset more than once a day, set Minimum password age to 0 under Computer Configuration > Policies > Windows Settings > Security Settings > Account Policies > Password Policy, then run gpupdate /force.
        4. Ask which password filters or Entra Password Protection agents run on the DCs.
        5. Confirm in the Entra Connect Application log (31003, 33008, 6329), then tell the caller the real rules.
    .expected = The caller knows the on-premises rules and the next password is accepted (31001 then 31002).

step-policy-protected-admins-writeback = Reset on-premises protected admins in AD, not through SSPR
    .summary = Writeback cannot reset members of on-premises protected groups, and admin resets of other admins are not written back.
    .why =
        Members of protected groups such as Domain Admins and Enterprise Admins carry adminCount=1. AdminSDHolder strips the inherited permissions of the AD DS connector (MSOL_) account from them. These users can change a password they know in the cloud, but they cannot reset a forgotten one through SSPR writeback: they get SSPR_0029 and the server logs event 33004. This is by design.

        Related limits from Microsoft's writeback docs: an admin cannot use the Entra password reset tool to reset their own password with writeback, and an admin-initiated reset of another admin is not written back. Resets made in the Microsoft 365 admin center are not written back either.
    .check =
        1. In AD, check the caller's adminCount attribute and membership of Domain Admins, Enterprise Admins and other protected groups.
        2. If protected, reset the password on-premises (Active Directory Users and Computers, or PowerShell on a DC). With password hash sync, the new password reaches the cloud in about 2 minutes.
        3. Do not loosen AdminSDHolder or add permissions to get writeback working for these accounts.
        4. Tell the caller that SSPR will keep refusing this account by design, so future resets go through the on-premises AD team.
    .expected = The protected admin's password is reset on-premises and works both on-premises and in the cloud.

step-policy-admin-notifications = Check who is told when an admin resets a password
    .summary = With "Notify all admins when other admins reset their password?" on, the Global Administrators get a mail whenever an admin resets.
    .why =
        Password reset > Notifications has two switches. "Notify users on password resets?" mails the user. "Notify all admins when other admins reset their password?" mails the primary email of the Global Administrators when any admin resets their own password, which is a useful alarm for a misused admin account.

        Requests from the "Contact your administrator" link went, in an older version of Microsoft's docs, to Password Administrators first, then User Administrators, then Global Administrators. The current version no longer says so. A custom helpdesk email or URL on the Customization page is the reliable way to decide where those requests go.
    .check =
        1. Open Entra ID > Password reset > Notifications and check "Notify all admins when other admins reset their password?".
        2. Make sure each Global Administrator has a monitored primary email.
        3. Open Customization and set a custom helpdesk email or URL if requests must reach a known team.
        4. Test with a second admin account, if the tenant allows it, and confirm the mail arrives.
    .expected = Global Administrators get a mail when an admin resets, and help requests reach a known mailbox.
    .uncertain = The routing order (Password Administrator, User Administrator, Global Administrator) appears only in the 2023 revision of Microsoft's "How SSPR works" page; the 2025 revision dropped it.

# --- 2027: calls of 2027 (issue #13; content audit 2026-12, C12) ---

step-policy-cloud-password-reuse = Explain why a cloud-only user could reuse an old password
    .summary = For cloud-only users, SSPR cannot check for or prevent password reuse; password history applies only through on-premises rules with writeback.
    .why =
        Microsoft's password policy page says that for users in the cloud only, a password reset cannot check for or prevent reuse of an earlier password. Password history is an Active Directory rule, so it applies to synced users whose reset is written back, where AD enforces its own history and other rules.
        A caller who is surprised that an old password was accepted, or an auditor who asks about reuse, gets this answer. Banned passwords and the cloud complexity rules still apply to cloud-only users.
    .check =
        1. Check whether the user is cloud-only or synced (onPremisesSyncEnabled).
        2. Cloud-only: explain that reuse is not blocked by SSPR; advise choosing a new password and point to the banned password protection that still applies.
        3. Synced with writeback: AD's password history applies; if reuse was accepted, ask the on-premises admin about the domain password policy.
    .expected = The caller or auditor understands which rules apply to which user.

### Category "configure": configuring SSPR and licensing. Words for assets/playbook/configure.toml.

category-configure = Configuring SSPR and licensing
    .intro = Checks for tenants where SSPR is off, scoped to the wrong group or not licensed for the caller, and for admin pages that are missing or greyed out. Start with the quick tenant checks at the top; writeback setup and the Windows sign-in screen come later.

step-configure-enable-sspr = Confirm SSPR is turned on in Password reset > Properties
    .summary = Nothing works until an admin sets "Self service password reset enabled" to Selected or All on the Properties page and saves.
    .why =
        The tenant-wide switch for end users is on Entra ID > Password reset > Properties in the Microsoft Entra admin center. Docs and screenshots from 2023 to mid-2025 show the older path Protection > Password reset, and the Azure portal opens the same blade under Microsoft Entra ID > Password reset. The Microsoft 365 admin center only links to it (Settings > Org settings > Security & privacy > Self-service password reset), so the change is always made in Entra.

        "Self service password reset enabled" has three values:
        - None: no end user can reset. Callers get SSPR_0009 at aka.ms/sspr.
        - Selected: only members of one group can reset (next step).
        - All: every user in the tenant is in scope.

        If no user policy was ever defined, callers see SSPR_0011 instead.

        This page governs end users only. Accounts with an admin role follow Microsoft's own administrator policy whatever this page says (see the "Reset policy" category). Microsoft's tutorial "Enable SSPR" walks through the whole blade.
    .check =
        1. Sign in to the Microsoft Entra admin center with an admin account that holds an Entra ID license (without one the blade may not show; see "License the admin" below).
        2. Open Entra ID > Password reset > Properties (older layout: Protection > Password reset).
        3. Read "Self service password reset enabled". If it is None, agree with the tenant owner whether to pilot (Selected plus one group) or go straight to All.
        4. For Selected, choose the group; then select Save.
        5. Walk the rest of the blade in order (Authentication methods, Registration, Notifications, Customization) and compare each page with the tenant's intended design.
        6. Ask the caller to try aka.ms/sspr again and write down any code shown (SSPR_0009, SSPR_0011, SSPR_0013).
    .expected = Properties shows Selected or All, and the caller no longer gets SSPR_0009 or SSPR_0011.

step-configure-scope-selected-group = Check the caller is in the one group SSPR is scoped to
    .summary = With scope Selected, only members of the single chosen group can reset (nested members included); everyone else gets SSPR_0013.
    .why =
        The Selected option accepts exactly one group in the portal. Members of groups nested inside that group count as members. The reset page itself is public: anyone can open aka.ms/sspr and type a user name, and the service checks scope only after the user ID is entered. Users outside the group therefore reach the form and only then fail with SSPR_0013 (not a member of the group enabled for password reset). That is by design, not a sign that scoping is broken; the failed attempts may also show up in the audit logs (check in your tenant).

        At registration the same users see "Your administrator has not enabled you to use this feature". Scope and licensing are separate checks: a licensed user outside the group still gets SSPR_0013, and an in-scope user without a license gets SSPR_0012. Accounts with an admin role are not stopped by the group at all, because the administrator policy applies to them.
    .check =
        1. Open Entra ID > Password reset > Properties and note the scope and, for Selected, the group name.
        2. Open that group > Members and look for the caller, directly or through a nested group.
        3. If the caller is missing, add them (or a group they already belong to). If the whole organization should be able to reset, set the scope to All and select Save instead.
        4. Check the caller's license too (next steps): SSPR_0012 points at licensing, SSPR_0013 at scope.
        5. If the caller holds any admin role, the group is irrelevant: continue in the "Reset policy" category.
        6. Open Entra ID > Password reset > Audit logs and confirm that new attempts by the caller succeed.
    .expected = The caller is a direct or nested member of the selected group, and aka.ms/sspr moves past the user ID screen without SSPR_0013.

step-configure-licence-per-user = Check the caller has their own license and a usage location
    .summary = SSPR licensing is per user: one license somewhere in the tenant is not enough, and SSPR_0012 means this user lacks a qualifying license.
    .why =
        The old portal help page this app grew from said that at least one license must be assigned in the organization. That is only the floor for the feature to appear. Microsoft's licensing page is explicit that licensing is per user: the setting is tenant-wide, and some unlicensed users may technically reach SSPR, but every user who is meant to benefit needs a qualifying license of their own. When the service finds none, the caller gets SSPR_0012 even though the admin says "it's turned on".

        A license can only be assigned when the user has a Usage location. Group-based licensing takes the tenant's location. Which product counts depends on the user: a cloud-only user who forgot the password needs at least Microsoft 365 Business Standard; a synced user needs password writeback, which needs Microsoft Entra ID P1 or P2 or Microsoft 365 Business Premium.
    .check =
        1. In the Entra admin center open Users > the caller > Licenses, or in the Microsoft 365 admin center open Users > Active users > the caller > Licenses and apps, and list the assigned products.
        2. Check that the user's Usage location is filled in (user > Properties). Without it, a direct assignment fails.
        3. Find out whether the caller is cloud-only or synced from on-premises AD (the user's "On-premises sync enabled" value).
        4. If the license comes from a group, check that group's license assignment for errors on this user.
        5. Compare the product with today's table (next step), assign the missing license, and have the caller retry aka.ms/sspr.
    .expected = The caller holds a qualifying license, has a usage location, and no longer gets SSPR_0012.
    .uncertain = That Microsoft 365 Business Standard is enough for a cloud-only reset comes from the licensing page (2025-03-04); the enable-SSPR tutorial says at least Entra ID P1. Which page Microsoft intends is not confirmed (see the step on the conflict below).

step-configure-licence-current = Match the user's license against today's SSPR licensing table
    .summary = Microsoft's licensing page (dated 2025-03-04; the table is the same as in the 2025-01-06 version) separates password change, cloud-only reset and reset with on-premises writeback.
    .why =
        Current table, by capability:
        - A cloud-only user changes a password they know: every edition, including Microsoft Entra ID Free.
        - A cloud-only user resets a forgotten password: Microsoft 365 Business Standard, Microsoft 365 Business Premium, or Entra ID P1 or P2. Not Entra ID Free.
        - A synced (hybrid) user changes or resets with writeback to on-premises AD: only Microsoft 365 Business Premium or Entra ID P1 or P2.

        The standalone Microsoft 365 Basic and Standard plans do not include writeback. Federated, PTA and password-hash-synced users keep their password in on-premises AD, so for them a reset always means writeback. A Business Standard license lets a cloud-only colleague reset, but not them. The same writeback license is needed in the tenant before the On-premises integration settings become usable.
    .check =
        1. Classify the caller: cloud-only, or synced (federated, PTA or password hash sync).
        2. Take the license list from the previous step.
        3. Find the row for what the caller is trying to do (change, cloud-only reset, or reset with writeback) and check the product is in it.
        4. If the tenant buys suites such as Microsoft 365 E3 or EMS rather than the products named in the table, continue with the next step.
        5. Open the licensing page and check its date: if it is newer than 2025-03-04, re-read the table before answering.
    .expected = The caller's product is listed for exactly the capability they need; otherwise you know which license to request.
    .uncertain = The enable-SSPR tutorial (2024-05-21) says password reset needs at least Entra ID P1, which contradicts the Business Standard column for cloud-only reset. We follow the licensing page, but which page Microsoft intends is not confirmed (see the conflict step).

step-configure-licence-suites = Answer "is our E3 / Office 365 / Business plan enough?"
    .summary = Microsoft 365 E3 and E5 and EMS E3 and E5 cover writeback because they contain Entra ID P1; Office 365 plans on their own do not.
    .why =
        The current licensing page names only Entra ID Free, Microsoft 365 Business Standard, Microsoft 365 Business Premium and Entra ID P1 and P2. It no longer lists suites. Suites that contain Entra ID P1, such as Microsoft 365 E3 and E5 (earlier called Secure Productive Enterprise) and EMS E3 and E5, qualify through that P1.

        The 2018 licensing page listed these for writeback: Azure AD Premium P1 or P2, EMS E3/A3, EMS E5/A5, Microsoft 365 E3/A3, Microsoft 365 E5/A5 and Microsoft 365 F1. It also said standalone Office 365 plans do not include writeback.

        So "we have E3" is ambiguous. Microsoft 365 E3 bundles Entra ID P1 and covers reset with writeback. Office 365 E3 is an Office 365 plan and does not give writeback, so synced users on it cannot reset. Microsoft 365 Business Premium (formerly Microsoft 365 Business) includes writeback.
    .check =
        1. Ask for the exact product names as the Microsoft 365 admin center shows them (Billing > Licenses). "Microsoft 365 E3" and "Office 365 E3" are different products.
        2. Microsoft 365 E3 or E5, EMS E3 or E5, Microsoft 365 Business Premium, Entra ID P1 or P2: writeback is covered.
        3. Office 365 plans alone, or Microsoft 365 Business Basic or Standard: no writeback. Synced users need Entra ID P1 added, or a suite that includes it.
        4. Check that the license is assigned to each user who resets (per user), not just bought.
    .uncertain = The current licensing page no longer lists suites: that Microsoft 365 E3/E5 and EMS E3/E5 qualify is inferred from their Entra ID P1 content. The date Business Premium gained writeback (2019) comes from a GitHub issue, not from Microsoft's pages.

step-configure-licence-tutorial-conflict = Know that the SSPR tutorial and the licensing page disagree
    .summary = The enable-SSPR tutorial (2024-05-21) asks for at least Entra ID P1, while the licensing page (2025-03-04) lets cloud-only users reset with Microsoft 365 Business Standard.
    .why =
        Two Microsoft pages give different minimums for the same feature. The tutorial "Enable SSPR" lists Microsoft Entra ID P1 as the minimum for password reset. The dedicated licensing page shows cloud-only reset in the Microsoft 365 Business Standard column as well. For synced users the two agree: writeback needs Entra ID P1 or P2 or Microsoft 365 Business Premium.

        We treat the licensing page as authoritative because it is newer and is the page about licensing. The gap matters only for a tenant whose cloud-only users hold Business Standard and nothing higher.
    .check =
        1. If the callers hold Entra ID P1 or P2, a suite that contains P1, or Business Premium, the conflict does not affect them: move on.
        2. If cloud-only callers hold only Business Standard, reproduce with one licensed non-admin user (see the non-admin test step in the "Reset policy" category).
        3. If that user gets SSPR_0012 despite Business Standard, record the user, time and support code and raise it with Microsoft, quoting both pages.
        4. When you explain licensing to a customer, quote the licensing page and mention that the tutorial says P1.
    .uncertain = It is not confirmed which of the two pages Microsoft intends; the licensing page is treated as authoritative until Microsoft aligns them. That suites containing P1 qualify is inferred (see the suites step).

step-configure-licence-2021-list = Read the 2021 license list as history, not as today's rules
    .summary = The old portal help page (Chinese copy dated 2021-03-04) named Office 365 paid SKUs, Azure AD Basic, Azure AD Premium, EMS and SPE; several names and rules have changed since.
    .why =
        Historical list from the Azure portal help page "I'm having a problem with self-service password reset", kept here because callers and old internal wikis still quote it:
        - At least one license must be assigned in the organization.
        - Cloud-only users: any paid Office 365 SKU, or Azure AD Basic.
        - Cloud and/or on-premises users: Azure AD Premium P1 or P2, Enterprise Mobility + Security (EMS), or Secure Productive Enterprise (SPE).

        What changed:
        - "At least one license in the organization" became explicit per-user licensing: every user who benefits needs a license.
        - Azure AD Premium P1 and P2 are now Microsoft Entra ID P1 and P2.
        - SPE is the old name of Microsoft 365 E3 and E5.
        - Microsoft 365 Business is now Microsoft 365 Business Premium and includes writeback.
        - Cloud-only reset is now listed from Microsoft 365 Business Standard up; Entra ID Free only allows a password change.
        - Writeback for synced users needs Entra ID P1 or P2 or Business Premium.
        - Licenses need a Usage location on the user (stated on the 2018 licensing page).
    .check =
        1. If a caller or an old ticket quotes "any paid Office 365 SKU" or "Azure AD Basic", do not confirm it: check the user against today's table instead.
        2. Translate old names: Azure AD Premium to Entra ID P1/P2, SPE to Microsoft 365 E3/E5, Microsoft 365 Business to Business Premium.
        3. Replace the one-license-per-organization idea with per-user assignment.
        4. Link the current licensing page in your answer, not an archived copy.
    .uncertain = The portal help page is undated (written between about 2017 and 2021). Whether a paid Office 365 plan alone still allows cloud-only reset is not stated on the current page, and the 2019 date for Business writeback comes from a GitHub issue.

step-configure-admin-licence-blade = License the admin who can't see the Password reset blade
    .summary = An admin without an Entra ID license of their own may not see Password reset or the Self-Service Password Management audit activities.
    .why =
        Two different things cause "I can't find the Password reset page". First, the admin who configures SSPR needs an Entra ID license; without it the Password reset blade, and the Self-Service Password Management activities in the audit logs, may not be shown. Second, the navigation moved: Entra ID > Password reset in the current admin center, Protection > Password reset in 2023 to mid-2025 docs, and Microsoft Entra ID > Password reset in the Azure portal.

        When the blade is there it has these pages: Properties, Authentication methods, Registration, Notifications, Customization, On-premises integration, Administrator policy, Audit logs, and Usage & insights.
    .check =
        1. Ask which portal and which path the admin used. Try both the Entra admin center path and the Azure portal button.
        2. Check the admin's own licenses (Users > the admin > Licenses), not only the tenant's.
        3. Assign an Entra ID license to the admin, then sign out and sign in again.
        4. Open Entra ID > Password reset > Audit logs. Each registered item is logged separately, so one registration can show several rows: export the log and pivot on the user.
    .expected = The admin sees the Password reset blade with all its pages and the Self-Service Password Management audit activities.

step-configure-notifications-customization = Check notification settings and the helpdesk link
    .summary = Notifications decide who gets a mail after a reset; Customization decides where the "Contact your administrator" link sends a stuck user.
    .why =
        Notifications page:
        - "Notify users on password resets?": mails the user's primary and alternate email (falls back to the UPN) after a reset.
        - "Notify all admins when other admins reset their password?": mails the primary email of the Global Administrators.

        Customization page: "Customize helpdesk link" set to Yes with a "Custom helpdesk email or URL" replaces the target of the "Contact your administrator" link. The reset page shows that link, with "Try again", when the user can't be contacted (after about 10 seconds).

        According to an older version of Microsoft's docs, without a custom link the requests went to Password Administrators first, then User Administrators, then Global Administrators. Setting your own helpdesk email or URL removes the guesswork.
    .check =
        1. Open Entra ID > Password reset > Notifications and read both settings.
        2. If a caller says no confirmation mail arrived, check "Notify users" is Yes, then the junk folder and the alternate email address on file; make sure mail from the addresses SSPR sends its codes from (msonlineservicesteam@microsoft.com, msonlineservicesteam@microsoftonline.com) isn't filtered. Whether the confirmation mail uses the same sender, check in your tenant's message trace.
        3. Open Customization. Set "Customize helpdesk link" to Yes and enter a monitored helpdesk mailbox or the URL of your ticket portal; select Save.
        4. With a non-admin test user, open aka.ms/sspr and check where "Contact your administrator" now points.
    .expected = Users get a confirmation mail after a reset, and the "Contact your administrator" link reaches your helpdesk.
    .uncertain = The Password Administrator, then User Administrator, then Global Administrator routing appears only in the 2023 revision of Microsoft's "How SSPR works" page; the 2025 revision dropped it.

step-configure-b2b-guests = Send guest (B2B) users to the right place to reset
    .summary = A guest's password belongs to their home organization or to their Microsoft account, so your tenant's SSPR settings don't apply to them.
    .why =
        A B2B guest from another Microsoft Entra tenant signs in with their home account. The partner tenant's own SSPR settings, licensing and methods apply, and nothing you configure changes that. Users who joined through self-service sign-up, and B2B users not backed by a partner Entra tenant, reset with the email address they registered. Guests who use a personal Microsoft account (outlook.com, hotmail.com and similar) are not Entra accounts at all: they must use Microsoft account recovery.
    .check =
        1. In the Entra admin center open Users > the caller and check the user type (Guest) and where the identity comes from.
        2. Guest from another organization: tell the caller to contact that organization's helpdesk; its admins decide whether SSPR is on for them.
        3. Self-service sign-up user (or a B2B user not backed by a partner Entra tenant): have them reset at aka.ms/sspr with the email address they registered.
        4. Personal Microsoft account: send them to Microsoft account recovery, not to aka.ms/sspr.
    .expected = The caller is sent to the organization or recovery flow that actually owns their password.

step-configure-scope-out-of-scope-change = Treat a false "complexity" error on change as a scope problem
    .summary = A synced user outside the SSPR scope who changes their password in the cloud can be told the new password breaks length, complexity, age or history rules although it is compliant.
    .why =
        For a synced user, a password change in My Account or My Sign-ins is written back to AD, and that writeback path requires the user to be in SSPR scope. When the user is outside the selected group, a lab test showed the misleading "length, complexity, age or history" message instead of a scope error. Agents then lose time on AD password policy.

        Telling the cases apart: a real on-premises rejection of a change leaves 31008 with 33008 or 6329 in the Application log of the Entra Connect server. A scope problem is expected to leave none, because the request should never reach AD; that too follows from the lab test, so confirm it in your tenant.
    .check =
        1. Confirm the caller is synced and the message appeared while changing a known password (My Account or My Sign-ins), not while resetting at aka.ms/sspr.
        2. Open Entra ID > Password reset > Properties and check the scope; for Selected, look for the caller in the group.
        3. Add the caller to the group (or set the scope to All) and have them try the change again.
        4. If it is still refused, treat it as a real on-premises policy rejection and continue in the "Error messages" category (events 33008 and 6329, Minimum password age).
    .expected = Once the caller is in scope, the same compliant password is accepted.
    .uncertain = This behavior comes from a community blog's lab test (2023), not from Microsoft's documentation.

step-configure-onprem-integration-tab = Fix a missing or greyed-out On-premises integration tab
    .summary = The tab works only after writeback is configured in Entra Connect and the tenant has a writeback license; the cloud sync option must stay off unless provisioning agents exist.
    .why =
        Entra ID > Password reset > On-premises integration holds the cloud-side writeback switches:
        - "Write back passwords to your on-premises directory" (newer label: "Enable password write back for synced users"). No means federated, PTA and hash-synced users cannot reset (SSPR_0010), even when Entra Connect is healthy. It can be switched without touching Entra Connect.
        - "Write back passwords with Microsoft Entra Connect cloud sync". Only for tenants that run cloud sync provisioning agents. With Entra Connect Sync alone, ticking it returns an error.
        - "Allow users to unlock accounts without resetting their password". Yes lets users choose unlock only; No means a reset always unlocks as well.

        The page also shows the health message of the writeback client. Editing it needs at least Hybrid Identity Administrator.

        A missing tab, greyed-out options, or "On-premises integration has not been enabled" means either Entra Connect (or cloud sync) writeback is not configured on-premises, or the tenant has no writeback license (Entra ID P1 or P2, or Business Premium). In one reported case the options stayed greyed out after a move from Office 365 Business to Microsoft 365 Business. Microsoft's advice was to test directly at passwordreset.microsoftonline.com and the change-password page and to list the subscribed products; if those tests work, the page itself is only a display problem.
    .check =
        1. Make sure you work with at least Hybrid Identity Administrator.
        2. Confirm the tenant has a writeback license (Entra ID P1 or P2, or Microsoft 365 Business Premium) assigned to the synced users.
        3. On the Entra Connect server, open the Microsoft Entra Connect wizard > Configure > Customize synchronization options > Optional features and check Password writeback is ticked (next step if not).
        4. Reopen On-premises integration, read the status message, set the write-back option to Yes and select Save.
        5. Tick the cloud sync option only if these users are provisioned by Entra Connect cloud sync provisioning agents; otherwise leave it cleared.
        6. If the options are still greyed out, test with a synced non-admin user at passwordreset.microsoftonline.com and on the change-password page. If both work and the Entra Connect Application log shows 31001 followed by 31002, note the display problem and move on.
    .expected = On-premises integration is available, shows a running writeback client, and synced users can reset.
    .uncertain = The conclusion that a greyed-out page with working resets is only a display problem comes from a GitHub thread with Microsoft, not from the documentation. The list of health messages on this page comes from a 2023 revision of Microsoft's docs.

step-configure-writeback-setup = Confirm writeback is on in Entra Connect with the right AD rights
    .summary = Synced users can reset only if Password writeback is switched on in the Entra Connect wizard and the AD DS connector (MSOL_) account holds the reset rights in AD.
    .why =
        Writeback is switched on in the Microsoft Entra Connect wizard under Configure > Customize synchronization options > Optional features > Password writeback. The wizard's Entra ID sign-in asks for a Hybrid Identity Administrator (Microsoft's writeback pages call it "Hybrid Administrator"; older docs: Global Administrator). That account must be licensed and cloud-only, not federated; otherwise setup fails with "Unable to configure password writeback. Ensure you have the required license." (server clock skew and missing TLS 1.2 cause the same message).

        In AD, the AD DS connector account (usually named MSOL_xxxxxxxxxxxx) needs, on each domain root:
        - Reset password, on Descendant User objects
        - Write lockoutTime and Write pwdLastSet, on Descendant User objects
        - Unexpire Password, on This object and all descendant objects
        - Change password: the current Entra Connect tutorial still lists it; its step-by-step part does not, and the default ACL shows change rights coming from Everyone and SELF. Granting it does no harm.

        Set-ADSyncPasswordWritebackPermissions (ADSyncConfig module) grants them in one go. Inheritance must be enabled on the OUs and user objects, otherwise the inherited rights never reach them; members of protected groups (adminCount=1) lose inherited rights through AdminSDHolder. New rights can take an hour or more to replicate and be stamped on users.
    .check =
        1. On the Entra Connect server, open the wizard > Configure > Customize synchronization options > Optional features. Password writeback must be ticked; finish the wizard with a licensed, cloud-only Hybrid Identity Administrator. If Entra Connect is missing or old, get the installer from the Entra admin center (Entra Connect > Get started > Manage); it is no longer in the Download Center.
        2. Find the connector account: Synchronization Service > Connectors > AD connector > Properties > Connect to Active Directory Forest > User name.
        3. Grant the rights with Set-ADSyncPasswordWritebackPermissions, or by hand in Active Directory Users and Computers on the domain root.
        4. Check one affected user: ADUC (View > Advanced Features) > user > Security > Advanced > Effective Access, select the MSOL_ account, and look for Reset password. While there, make sure inheritance is enabled.
        5. Allow an hour or more for replication, then retry the reset. Deeper writeback errors (SSPR_0029, SSPR_0030, event IDs) are in the "Error messages" category.
    .expected = Password writeback is ticked in the wizard, the MSOL_ account has Reset password, Write lockoutTime, Write pwdLastSet and Unexpire Password on the user, and a test reset writes 31001 then 31002.
    .uncertain = Microsoft's sources conflict on whether the connector account needs "Change password"; the published tutorial still lists it, so granting it is the safe choice.

step-configure-windows-reset-link = Find what hides "Reset password" on the Windows sign-in screen
    .summary = The link appears only when the user is enabled for SSPR, the Windows SSPR feature is deployed to the device, and no conflicting logon or lock-screen policy applies.
    .why =
        SSPR from the Windows sign-in screen adds a "Reset password" link under the password box. The user must be able to reset in a browser first (scope, license, registered methods), and the device must receive the Windows SSPR policy from Microsoft's "SSPR from the Windows sign-in screen" page. Even then, these device settings hide the link or stop it working:
        - the lock screen disabled (NoLockScreen), or lock-screen notifications off (DisableLockScreenAppNotifications)
        - HideFastUserSwitching, DontDisplayLastUserName, BlockNonAdminUserInstall or EnableLostMode set
        - a custom shell
        - "Interactive logon: Require Windows Hello for Business or smart card" (scforceoption; the name on Windows 10 1903 and later and on Windows 11; Microsoft's SSPR page still uses the older name "Interactive logon: Require smart card")
        - the combination "Do not require CTRL+ALT+DEL" = Disabled (Windows 10 1710 and earlier), DisableLockScreenAppNotifications = 1 and Windows Home edition
        - UAC turned off through EnableLUA
        - 802.1x network authentication set to "Perform immediately before user logon"
        - Remote Desktop or Hyper-V enhanced sessions
        - some third-party credential providers

        Not on this list: a Microsoft Entra hybrid joined device that can't reach a domain controller. SSPR itself works off the network; the device needs line of sight to a DC (office network or VPN) only afterwards, to accept the new password and update its cached credentials. Until then it keeps asking for the old password.
    .check =
        1. Have the caller reset once at aka.ms/sspr from a browser. If that fails, fix scope, license or methods first.
        2. Confirm with the admin that the Windows SSPR policy from the docs page is assigned to this device.
        3. Review the Group Policy and Intune settings applied to the device against the list above (for example with a Group Policy results report).
        4. If "Require Windows Hello for Business or smart card" (older name "Require smart card", scforceoption) is enforced, exclude the users who need sign-in-screen reset from it.
        5. Remove or exclude the conflicting setting, restart the device and look for the link again. If the caller is in a remote or enhanced session, test at the physical console.
    .expected = "Reset password" appears on the sign-in screen and opens the reset flow.

step-configure-windows-conflicting-profiles = Look for kiosk, Secure assessment or baseline profiles
    .summary = Some Intune profiles, such as Secure assessment (Education), kiosk profiles and security baselines, have removed the Windows "Reset password" link.
    .why =
        These profiles lock down the sign-in and lock screen, which collides with the requirements for SSPR from the Windows sign-in screen. In a reported case, the "Reset password" link disappeared on devices that received the Intune "Secure assessment (Education)" profile and came back when that profile was removed. Kiosk profiles and some security baselines are reported to have the same effect.
    .check =
        1. In Intune, open the device and list the configuration profiles and baselines assigned to it.
        2. Look for Secure assessment (Education), kiosk profiles and security baselines.
        3. Take a test device out of the profile's assignment, sync it and restart it.
        4. If the link comes back, decide with the owner of the profile whether those devices or users can do without sign-in-screen reset, or exclude them.
    .expected = You know which profile removes the link and the owner has decided which one wins.
    .uncertain = This conflict comes from GitHub issues (reported cases), not from the limitation list on Microsoft's page.

step-configure-faq = Check the password FAQ for limits and timing questions
    .summary = Microsoft's password management FAQ answers most "how many tries" and "how long" questions about SSPR.
    .why =
        Many "it's broken" calls are limits working as designed:
        - Throttling: 5 phone validations (authenticator app or SMS attempts), 5 security-question attempts or 5 resets of the same account within one hour; 10 emails within 10 minutes; or failing to prove identity 5 times within 24 hours. The user must then wait 24 hours after the last attempt. The counters clear after a successful reset.
        - One-time codes stay valid for 5 minutes; the whole reset session lasts 15 minutes.

        For other questions, the FAQ is the place to look before opening a case. The old help page linked an older FAQ address; use the current learn.microsoft.com page behind the button below.
    .check =
        1. "Too many attempts" or "blocked for today": check which limit was hit, tell the caller to wait 24 hours after the last attempt, and do not keep them retrying.
        2. "The code expired": have the caller restart the flow and enter the code within 5 minutes, finishing within 15.
        3. Any other question: search the FAQ, then the troubleshooting page.
        4. If neither answers it, search Microsoft Q&A (Entra ID tag) before opening a support case.
    .expected = The caller gets an answer from the FAQ, or you have ruled it out before escalating.

# --- 2027: calls of 2027 (issue #13; content audit 2026-12, B1, C5, C8) ---

step-configure-windows-sspr-prerequisites = Check the Windows sign-in reset prerequisites and failure modes
    .summary = Reset from the Windows sign-in screen needs Windows 10 1803 or later, an Entra-joined or hybrid-joined device, the AllowPasswordReset setting, and network access for the temporary defaultuser1 account.
    .why =
        The "Reset password" link on the Windows sign-in screen appears only on Windows 10 1803 or later, on a device that is Microsoft Entra joined or Microsoft Entra hybrid joined, and only when the device is told to show it: Intune OMA-URI ./Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset = 1, or the registry value HKLM\SOFTWARE\Policies\Microsoft\AzureADAccount\AllowPasswordReset = 1.
        The reset runs as a temporary account, defaultuser1. It needs HTTPS (443) to passwordreset.microsoftonline.com and ajax.aspnetcdn.com, through a machine-level proxy if there is one; user-level proxy settings do not apply to defaultuser1. Without access the user sees "Something went wrong. Please, try again later." Antivirus should exclude passwordreset.microsoftonline.com, ajax.aspnetcdn.com and ocsp.digicert.com.
        Windows 11 cannot start SSPR from a locked user session: the user must start it from the logon screen. A slow hand-off from the lock screen looks like a loop back to the logon screen.
        The Entra audit log records the reset with ClientType and IP address, which tells you whether the attempt reached Microsoft.
    .check =
        1. Check the Windows version (winver: 1803 or later) and the join state (dsregcmd /status: AzureAdJoined or DomainJoined with AzureAdJoined YES).
        2. Check the setting: the Intune profile with AllowAadPasswordReset = 1, or the registry value AllowPasswordReset = 1 under HKLM\SOFTWARE\Policies\Microsoft\AzureADAccount.
        3. If the user sees "Something went wrong. Please, try again later.", check that port 443 to passwordreset.microsoftonline.com and ajax.aspnetcdn.com is open and that a proxy, if used, is set machine-wide (netsh winhttp show proxy).
        4. Check the antivirus exclusions for passwordreset.microsoftonline.com, ajax.aspnetcdn.com and ocsp.digicert.com.
        5. On Windows 11, have the user sign out or restart and start the reset from the logon screen, not from a locked session.
        6. In the Entra audit log, look for the reset attempt and its ClientType and IP address.
    .expected = The link shows on the logon screen, the reset page loads and the user sets a new password.

step-configure-sspr-admin-role = Use a role that can change the SSPR settings
    .summary = Changing Password reset settings needs at least Authentication Policy Administrator; the On-premises integration (writeback) page needs Hybrid Identity Administrator.
    .why =
        Microsoft's SSPR tutorial asks for at least the Authentication Policy Administrator role to change the Password reset settings (properties, methods, registration, notifications, customization). The writeback tutorials ask for Hybrid Identity Administrator for the On-premises integration page; Microsoft's writeback pages sometimes call it "Hybrid Administrator".
        Helpdesk Administrators and Password Administrators can reset users' passwords but cannot change the policy, so an agent with those roles sees the settings read-only or cannot save.
    .check =
        1. Ask which role the admin holds (Entra ID > Roles and administrators, or the user's Assigned roles).
        2. For Properties, Authentication methods, Registration, Notifications or Customization, use at least Authentication Policy Administrator (or Global Administrator).
        3. For On-premises integration, use Hybrid Identity Administrator.
        4. If roles are activated through Privileged Identity Management, activate the role before opening Password reset.
    .expected = The admin can save the change they need.

step-configure-telecom-provider = Decide on a customer-managed telecom provider for SMS and voice
    .summary = From 30 Oct 2026 a tenant can configure a telecom provider through the Microsoft Security Store; after 1 Feb 2027 it is the only way to keep SMS and voice codes, also for SSPR.
    .why =
        Microsoft retires its own SMS and voice delivery on 1 Feb 2027. Providers are listed in the Microsoft Security Store (information from 18 Sep 2026, configuration from 30 Oct 2026); the tenant contracts and pays the provider per message.
        Microsoft's advice is passkeys for everyone and a telecom provider only for user groups with a real regulatory or operational need. For SSPR, the cheaper fix is usually to move users to Microsoft Authenticator, email or OATH codes, which SSPR accepts; a passkey alone does not reset a password.
        To find who still relies on SMS or voice, Microsoft points to its SMS/voice usage script (roles: Global Reader, Authentication Policy Administrator or Security Reader).
    .check =
        1. List the users still enabled for SMS or voice and those whose only SSPR-usable method is a phone number.
        2. Decide per group: move them to Authenticator, email or OATH, or keep SMS/voice with a provider.
        3. If a provider is needed, choose and configure it in the Microsoft Security Store before 1 Feb 2027 and test with a pilot group, including an SSPR reset by text.
        4. Tell the helpdesk which groups keep SMS and voice, so agents know whether a missing text after 1 Feb 2027 is expected.
    .expected = Every user has a method that works after 1 Feb 2027, either a non-phone method or SMS/voice through the tenant's provider.
    .uncertain = The provider page (2026-08-04) is marked AI-generated and the retirement page (2026-06-10) AI-assisted; the dates agree with What's new, but recheck them. How the Security Store configuration looks was not checked.

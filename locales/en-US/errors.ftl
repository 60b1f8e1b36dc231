# Category "errors" (Error messages): SSPR_00xx codes, uncoded reset and registration messages, writeback events. English.

category-errors = Error messages
    .intro =
        Start here when a caller reads out an error. Collect the details first, then open the step for the code or message they saw: SSPR_00xx codes come from the reset portal, a few messages come from the registration page, and writeback problems also leave events in the Application log of the Microsoft Entra Connect server.

step-errors-collect-details = Collect the exact error details before you troubleshoot
    .done = the exact error details: code, time with time zone, support code, user, user type, admin role
    .summary = SSPR codes narrow the cause down sharply, so get the exact code, text, time and support code before anyone changes a setting.
    .why =
        Users see SSPR errors in two places. The reset portal (aka.ms/sspr, which opens passwordreset.microsoftonline.com; also reached from "Can't access your account?" or "Forgot my password" on the sign-in page) shows the SSPR_00xx codes. The registration pages (aka.ms/ssprsetup and Security info on mysignins.microsoft.com) show messages such as "Your administrator has not enabled you to use this feature".
        A code such as SSPR_0013 names exactly one cause (a few, such as SSPR_0029, have several). The wording around it changes with language and release, so the code and the support code matter more than the text. The support code ties the attempt to Microsoft's server-side logs; a time without a time zone cannot be matched to the audit log or to events on the Entra Connect server.
        The user type decides where the fault can be. A cloud-only user's password lives in Entra ID. A federated, pass-through authentication (PTA) or password hash sync (PHS) user's password lives in on-premises AD, so every reset also needs password writeback, and the evidence is in the Application log of the Entra Connect server: source PasswordResetService for the writeback service and source ADSync for setting the password in AD. A good reset logs 31001 (PasswordResetStart) then 31002 (PasswordResetSuccess); a failed one logs 31003 or a 33xxx event.
        An account with any admin role follows Microsoft's two-gate admin policy, not the user policy, and the license decides whether SSPR (and writeback) is allowed for that user at all.
    .check =
        1. Ask which page showed the error (the reset portal "Get back into your account" or the registration page) and copy the full page URL.
        2. Ask for the exact code and the full message, ideally a screenshot. For English text that matches Microsoft's docs, have the user add ?mkt=en-us to the reset portal URL and repeat.
        3. Write down the date and time of the attempt with the caller's time zone.
        4. On the reset page, have the user select the support code link at the bottom right and read the code out. If it is hard to find, the browser's developer tools (F12) show it as SID/CID.
        5. Record the user ID (UPN), whether the account holds any Microsoft Entra admin role, and the licenses assigned to the user.
        6. Record the user type: cloud-only, or synced from on-premises AD with federation, PTA or PHS.
        7. In the Entra admin center, open Entra ID > Password reset > Audit logs and find the user's attempt at that time.
        8. For synced users with a writeback-type error (SSPR_0010, SSPR_0029, SSPR_0030, on-premises policy messages), ask the on-premises admin for the Application event log of the Entra Connect server (Event Viewer > Windows Logs > Application, save all events), zipped and covering the time of the attempt.
        9. Open the step for the code in this checklist. If the code is not here, use the Troubleshoot SSPR article and keep all of the above for a Microsoft support case.
    .expected = The ticket holds the code and text, page URL, time with time zone, support code, UPN, user type, admin roles and license, plus the zipped Application log for writeback cases.
    .caller =
        Please try the reset once more at { $url } and, when the error appears, write down the error code (for example SSPR_0029) and the full message, or take a screenshot.
        Also select the support code link at the bottom right of the page and note the code it shows.
        Tell us these details with the date, the time and your time zone, and the account name you entered.

step-errors-sspr-0009 = SSPR_0009: turn self-service password reset on for users
    .done = SSPR_0009: whether self-service password reset is on for users
    .summary = The tenant's SSPR setting is None, so no ordinary user can reset; only a tenant admin can change that.
    .why =
        SSPR_0009 (TenantSSPRFlagDisabled) means the user policy is switched off for the whole tenant: Entra ID > Password reset > Properties > "Self service password reset enabled" is set to None.
        The reset page stays public, so users can still type their user ID; the setting is checked after that and the user is refused.
        Admin accounts do not follow this setting. They use the Microsoft-managed administrator policy, which is why an admin can often still reset while every user gets SSPR_0009. A successful test with an admin account therefore proves nothing here.
        Who fixes it: a tenant admin who manages SSPR. The helpdesk can confirm the cause but cannot change it.
    .check =
        1. In the Microsoft Entra admin center, open Entra ID > Password reset > Properties (older docs: Protection > Password reset; Azure portal: Microsoft Entra ID > Password reset).
        2. Confirm that "Self service password reset enabled" shows None.
        3. Agree with the tenant admin whether SSPR should cover everyone (All) or one group (Selected, then choose the group).
        4. Set the value and select Save.
        5. Check that Authentication methods and Registration are set as intended; otherwise users now get SSPR_0014 instead.
        6. Have a licensed non-admin user in scope retry at aka.ms/sspr in a new private window.
    .expected = The user gets past the user ID page to the verification step.

step-errors-sspr-0011 = SSPR_0011: define a password reset policy for users
    .done = SSPR_0011: whether a password reset policy is defined for users
    .summary = No SSPR policy has been configured for users, so the service has nothing to apply.
    .why =
        SSPR_0011 (SsprNotEnabledInUserPolicy) appears when no password reset policy is defined for users. SSPR_0009 says the policy is switched off; SSPR_0011 says the setup was never completed.
        The fix is the normal enable-SSPR setup, done once by a tenant admin: scope, methods, registration, notifications and, for synced users, writeback.
        Who fixes it: a tenant admin who manages SSPR.
    .check =
        1. Open Entra ID > Password reset > Properties and set "Self service password reset enabled" to Selected (one group) or All; select Save.
        2. On Authentication methods, set "Number of methods required to reset" (1 or 2) and decide on security questions. Which other methods users get depends on the tenant's migration state: once the Authentication methods policy migration is complete (the normal case since 30 September 2025), enable and target Email OTP, Microsoft Authenticator (with OTP allowed), OATH tokens, or SMS and Voice calls in the Authentication methods policy; the "Methods available to users" ticks here are ignored. The Authenticator app cannot be the only method: with 1 required, enable at least one other method; with 2 required, at least two others.
        3. On Registration, set "Require users to register when signing in" (Yes or No) and the number of days before users must reconfirm (0 to 730; 0 means never).
        4. On Notifications, choose whether users and admins are told about resets. On Customization, set a custom helpdesk email or URL for the "Contact your administrator" link.
        5. If synced users are in scope, check On-premises integration as well (see the SSPR_0010 step).
        6. Retest with a licensed non-admin user who is in scope.
    .expected = The user reaches the verification step instead of SSPR_0011.

step-errors-sspr-0013 = SSPR_0013: add the user to the SSPR-enabled group
    .done = SSPR_0013: whether the user is in the SSPR-enabled group
    .summary = SSPR is limited to one group (Selected) and this user is not a member of it.
    .why =
        SSPR_0013 (UserNotMemberOfScopedAccessGroup) appears when Properties is set to Selected and the user is not in the group chosen there. The portal accepts one group only; members of groups nested inside that group do count.
        The reset page is public and the scope is checked only after the user ID is entered. Users outside the group can therefore open the page and only then fail; that is expected, not a fault. The failed attempts may also show up in the audit logs (check in your tenant).
        A license alone does not help: a licensed user outside the group still gets SSPR_0013. Admin accounts are not limited by this group, because the administrator policy applies to them.
        Who fixes it: the owner of that group, or a tenant admin who changes the scope.
    .check =
        1. Open Entra ID > Password reset > Properties and note the group shown under Selected.
        2. Open the user in the Entra admin center, select Groups, and check for direct membership of that group or membership of a group nested inside it.
        3. If the user should be able to reset, add them to the group (or to a group nested in it).
        4. If every user should be able to reset, change the scope from Selected to All and select Save.
        5. Have the user retry at aka.ms/sspr in a new private window.
    .expected = The user gets past the user ID page and is asked for verification.

step-errors-sspr-0012 = SSPR_0012: assign a license that covers SSPR to the user
    .done = SSPR_0012: whether the user has a license that covers SSPR
    .summary = The user holds no license that includes password reset, or no license with writeback while being a synced user.
    .why =
        SSPR_0012 (UserNotLicensed) is checked per user. Switching SSPR on for the tenant does not license anyone: every user who resets needs a qualifying license of their own, and one Entra ID P1 license in the tenant is not enough for everybody.
        Current licensing page: a cloud-only user can reset a forgotten password with Microsoft 365 Business Standard, Microsoft 365 Business Premium, or Microsoft Entra ID P1 or P2. Entra ID Free only lets a cloud-only user change a known password.
        A synced user (federated, PTA or PHS) resets through password writeback, which needs Entra ID P1, P2 or Microsoft 365 Business Premium. Standalone Microsoft 365 Basic or Standard plans and Office 365 plans (for example Office 365 E3) do not include writeback. Suites that contain Entra ID P1, such as Microsoft 365 E3 or E5 and EMS E3 or E5, qualify through that P1.
        A license can only be assigned when the user has a Usage location; group-based licensing takes the tenant's location.
        Who fixes it: an admin who can assign licenses.
    .check =
        1. Open the user's licenses (Entra admin center: Users > the user > Licenses; or Microsoft 365 admin center: Users > Active users > the user > Licenses and apps).
        2. Cloud-only user: look for Business Standard, Business Premium, Entra ID P1 or P2, or a suite that includes P1.
        3. Synced user: look for Entra ID P1 or P2 or Business Premium (Microsoft 365 E3 counts, Office 365 E3 does not).
        4. Check that the user's Usage location is set.
        5. If licenses come from a group, check that the user is a member of that licensing group.
        6. Assign the license, then have the user retry at aka.ms/sspr.
    .expected = The user holds a qualifying license and the reset continues past SSPR_0012.
    .uncertain = The current licensing page no longer lists suites, so "Microsoft 365 E3 or EMS qualifies because it contains P1" is inferred from older guidance. The SSPR tutorial also says reset needs at least Entra ID P1, while the licensing page allows cloud-only reset with Business Standard; we follow the licensing page.

step-errors-not-enabled-for-feature = Fix "Your administrator has not enabled you to use this feature"
    .done = "Your administrator has not enabled you to use this feature": SSPR scope and license
    .summary = The registration page refuses the user because SSPR is off, the user is out of scope, or the user has no license.
    .why =
        This message has no code and comes from the registration page (aka.ms/ssprsetup), not from the reset portal. It has the same three causes as SSPR_0009, SSPR_0013 and SSPR_0012: the tenant setting is None; the setting is Selected and the user is not in that one group; or the user has no qualifying license.
        One special case concerns admins. If admin SSPR has been switched off with allowedToUseSSPR = false, admins who are still inside the user policy's scope are asked to register but cannot register anything. Take them out of the user policy's scope.
        Who fixes it: a tenant admin (scope and licenses).
    .check =
        1. Open Entra ID > Password reset > Properties. If it is None, set Selected or All and Save.
        2. If it is Selected, check that the user is in that one group (nested membership counts) and add them if they should register.
        3. Check the user's licenses as in the SSPR_0012 step.
        4. If the user holds an admin role and admin SSPR is off (allowedToUseSSPR = false), remove the user from the SSPR group so the registration prompt stops.
        5. Have the user open aka.ms/ssprsetup again in a new private window.
    .expected = The Security info page opens and lets the user add methods.

step-errors-sspr-0014 = SSPR_0014: give the user enough registered methods
    .done = SSPR_0014: whether the user has registered enough methods
    .summary = The user has fewer registered methods than the policy requires; profile contact data no longer counts.
    .why =
        SSPR_0014 (UserNotProperlyConfigured): the user is in scope and licensed, but the usable methods on file are fewer than "Number of methods required to reset" (1 or 2). Typical triggers: an admin raised the requirement from 1 to 2; a method users relied on was removed (for example security questions); the user never registered; or the only contact data is malformed. A user counts as registered only once they have as many methods as required.
        Profile contact data no longer counts: since 5 October 2026 (the date on Microsoft's page) SSPR ignores the public Mobile phone, Office phone and Alternate email attributes (mobilePhone, businessPhones, otherMails) unless the same value was registered as a method. Users who never registered and could reset before now get SSPR_0014. Admins cannot set or read security questions; only the user can register them.
        Who fixes it: an admin resets the password if the user can't sign in; the user then registers.
    .check =
        1. Open Entra ID > Password reset > Authentication methods and note the number required. Take the methods the user may use from the Authentication methods policy if the tenant's migration is complete (see the migration step in "Reset policy"); only an unmigrated tenant still uses the method ticks on this page.
        2. Open Users > the user > Authentication methods and list what is registered. Mobile phone and the alternate email on the user's profile no longer count, but they tell you which number or address the caller expects.
        3. If the user has too few usable methods and can't sign in, have an admin reset the password and give the user a temporary password so they can register. Filling in Mobile phone or Alternate email no longer helps.
        4. For a synced user, the admin reset must be done in the Entra admin center (or Azure portal): that reset is written back, a reset in the Microsoft 365 admin center is not.
        5. The user signs in and registers the missing methods at aka.ms/ssprsetup, then tries aka.ms/sspr again.
        6. Store phone numbers as +1 4251234567: country code, a space, the number, no extension.
    .expected = Security info shows at least the required number of methods and the reset goes through.
    .caller =
        Your account doesn't have enough security info yet for you to reset your password yourself.
        Sign in with your work account (with the temporary password we gave you, if we reset it), open { $url } and add at least two methods: best the Microsoft Authenticator app and an email address you can open without this work account. A mobile number is fine as an extra, but Microsoft stops sending codes by text message and phone call on 1 February 2027.
        If you see an error, tell us the error code and the time.

step-errors-could-not-verify = Fix "We could not verify your account"
    .done = "We could not verify your account": the user's registered methods
    .summary = The reset portal has no usable phone number for the user, or the number typed does not match the one on file.
    .why =
        Microsoft's support article ties "We could not verify your account" to a user with no phone number on file: the portal wants to verify by phone and has nothing to text or call.
        Close relatives: authentication data that exists but is malformed (no country code, no space, an extension), and the "error validating phone number" case, where the number the user types does not match the stored one. The user must type the full number, including country and area code, exactly as it is stored. If only one contact method is on file while the policy needs two, the user gets SSPR_0014 instead.
        Who fixes it: the user registers a phone number or, better, another method; an admin corrects malformed data or resets the password so the user can register.
    .check =
        1. Open Users > the user > Authentication methods and look for a phone method. A number that is only in the Mobile phone attribute of the profile does not count since 5 October 2026.
        2. If there is none, the user registers one at aka.ms/ssprsetup (better the Microsoft Authenticator app or an email address as well); if they can't sign in, an admin resets the password first.
        3. If there is one, check its format: +country code, a space, the number, no extension.
        4. If the portal asks the user to type the number, have them type the full number with country and area code, the same as stored.
        5. If the data cannot be fixed right away, an admin resets the password and the user registers methods at aka.ms/ssprsetup.
    .expected = The portal offers the phone method and the code arrives.

step-errors-code-not-arriving = Verification code never arrives by text, call or email
    .done = why the verification code does not arrive (number format, extension, filtering, telecom provider)
    .summary = Missing codes usually come from a badly formatted number, an extension, a virtual number, or mail filtering; from 1 February 2027 text and call codes also stop unless the tenant has its own telecom provider.
    .why =
        Email codes normally arrive within 5 to 20 seconds, and in under a minute.
        Phone: SSPR dials exactly what is stored. The format is +country code, a space, then the number, for example +1 4251234567. A missing country code or space is a frequent cause, also of numbers that do not show at registration. Extensions are dropped: +1 4251234567X12345 is dialled without X12345, so the call reaches the main number, not the user; put the extension in the PBX or use a direct number. Virtual phone numbers (VoIP, Google Voice type) are not supported for text or voice. The Office phone method works only in paid tenants, and phone-call verification isn't available at all in tenants with trial subscriptions (for every user, not only admins).
        Retirement: Microsoft stops delivering SMS and voice codes on 1 February 2027, across Entra and including SSPR. After that date a text or call code arrives only if the tenant has configured a customer-managed telecom provider (offered since 30 October 2026). If codes stopped for everyone at once after that date, it is the tenant's setup, not the user's number.
        Email: the code goes to the authentication email or alternate email on file, which may be a mailbox the user no longer reads. Spam filters often catch it. The senders are msonlineservicesteam@microsoft.com and msonlineservicesteam@microsoftonline.com (US Government:
        addresses at azureadnotifications.us and microsoftonline.us; 21Vianet:
        msonlineservicesteam@oe.21vianet.com and 21Vianetonlineservicesteam@21vianet.com).
        Asking for code after code triggers throttling (10 emails in 10 minutes, 5 phone attempts in an hour).
    .check =
        1. Ask which method the user chose and which masked number or address the portal showed.
        2. Open Users > the user > Authentication methods and compare the number; correct it to the +1 4251234567 form and remove any extension.
        3. If the number is virtual (VoIP), have the user register another method: the Authenticator app or an email address first, a real mobile number only as an extra.
        4. For email: have the user check junk and deleted items in the right mailbox, and ask the mail admin to allow the sender addresses above.
        5. Wait a full minute before requesting another code.
        6. If the policy offers another method on the verification page (Authenticator, email), have the user use it.
        7. On or after 1 February 2027: if no text or call code arrives for anyone, ask the tenant admin whether a customer-managed telecom provider is configured; until then, move callers to the Authenticator app or email.
    .expected = The next code arrives within a minute and the user completes verification.
    .caller =
        Codes usually arrive within a minute; for an emailed code, also look in your Junk and Deleted items folders. For a text, also look in your phone's blocked or spam messages: some phones filter texts from international senders.
        If the page offers the Microsoft Authenticator app or an email code, use that: Microsoft stops sending codes by text message and phone call on 1 February 2027. For a text or call, check that the partly hidden number on the page is your current mobile; if it isn't, tell us so we can correct it.
        Wait a full minute, then request one new code at { $url } (or choose another method if the page offers one); too many requests block the reset for 24 hours.
        If it still doesn't arrive, tell us which method you chose and the time.

step-errors-too-many-attempts = Too many attempts: wait out the 24-hour block
    .done = the 24-hour block after too many attempts
    .summary = SSPR throttles repeated attempts; the block ends 24 hours after the last attempt.
    .why =
        SSPR blocks an account after any of these: 5 phone validations (text, call or authenticator app attempts) within an hour; 5 security question attempts within an hour; 5 resets of the same account within an hour; 10 emails within 10 minutes; or 5 failures to prove identity within 24 hours. The user then has to wait 24 hours after the last attempt; the counters reset after a successful reset. Because the 24 hours count from the last attempt, every further try pushes the end back.
        Our sources give no way for the helpdesk to lift the block. If the user cannot wait, an admin resets the password instead.
    .check =
        1. Ask how many attempts were made, with which method, and when the last one was (with time zone).
        2. Tell the user to stop trying; note on the ticket when the 24 hours end.
        3. If the user cannot wait, have an admin reset the password in the Entra admin center (written back for synced users; a reset in the Microsoft 365 admin center is not) and hand over the temporary password through a verified channel.
        4. Fix the cause of the failed attempts first (wrong number, filtered email, forgotten answers), then let the user retry at aka.ms/sspr after the block.
    .expected = After 24 hours without attempts, or after an admin reset, the user can sign in.
    .caller =
        Your account is temporarily blocked from resetting because of too many attempts. Please don't try again for 24 hours after your last attempt, because every new try restarts the wait.
        After that, open { $url } and try once more with a method you know works.
        If it still fails, tell us the error message and the time; if you can't wait, contact us again so we can help another way.

step-errors-code-expired = Code expired or session timed out: restart the reset
    .done = the expired code or timed-out reset session
    .summary = One-time codes are valid for 5 minutes and the whole reset session for 15 minutes.
    .why =
        A code sent by text, call or email is valid for 5 minutes. The whole reset, from the user ID page to the new password, must finish within 15 minutes. Users who wait for a slow email, or spend long choosing a password that passes the on-premises rules, run out of time.
        Restarting is safe, but each new code counts towards the throttling limits.
    .check =
        1. Have the user close the tab and open aka.ms/sspr in a new private window.
        2. Have the new password ready before starting (cloud: 8 to 256 characters, 3 of 4 character types; synced users must also meet the on-premises rules).
        3. Request one code and enter it within 5 minutes.
        4. If codes keep arriving late, work through the step for codes that never arrive.
        5. After several restarts, check the step for too many attempts.
    .expected = The user finishes the reset within the 15-minute session.
    .caller =
        Each code is valid for 5 minutes, and the whole reset must be finished within 15 minutes.
        Close the page, open { $url } in a new browser window and start again; decide on your new password before you begin, and enter each code as soon as it arrives.
        If it fails again, tell us the error message and the time.

step-errors-email-as-user-id = User ID rejected when the user types their email address
    .done = the user ID rejected when the email address is typed
    .summary = The user's sign-in name (UPN) differs from their email address, and the reset portal expects the UPN.
    .why =
        The user ID field of the reset portal looks the account up by its user principal name (UPN).
        In many tenants the primary SMTP address differs from the UPN, so typing the email address fails even though the account exists.
        Two fixes: the user types the UPN, or the tenant admin enables "Sign-in with email as an alternate login ID" so the email address is accepted.
    .check =
        1. Ask exactly what the user typed in the user ID field.
        2. Open the user in the Entra admin center and compare User principal name with Mail.
        3. If they differ, give the user their UPN and have them retry at aka.ms/sspr.
        4. If many users are affected, ask the tenant admin to consider "Sign-in with email as an alternate login ID".
    .expected = The portal accepts the user ID and moves on to verification.
    .caller =
        The reset page needs your sign-in name, which can be different from your email address; use the sign-in name we give you.
        Open { $url }, type that name in the first box, enter the characters shown in the picture and continue.
        If it is still refused, tell us exactly what you typed, the message you saw and the time.

step-errors-sspr-009 = SSPR_009 (admins only): re-enable admin SSPR with allowedToUseSSPR
    .done = SSPR_009: whether admin SSPR is turned off (allowedToUseSSPR)
    .summary = An admin is told password reset isn't turned on because admin SSPR is disabled for the tenant.
    .why =
        SSPR_009, with a single zero, is not SSPR_0009. Microsoft's support article describes it for a synced user who holds an admin role: they cannot reset their own password because reset "isn't turned on for your organization". The cause is the tenant authorization policy property allowedToUseSSPR = false, which switches off the administrator reset policy (SSPR-A).
        This property affects admins only. End-user SSPR is set on the Properties page and is not changed by it, a common misreading. Microsoft's pages disagree on whether admin SSPR is on by default, so read the value instead of assuming. A change takes up to 60 minutes.
        Even with admin SSPR on, an admin who is in an on-premises protected group (Domain Admins, Enterprise Admins) cannot reset a forgotten password through writeback (see SSPR_0029).
        Who fixes it: a tenant admin with the Graph permission Policy.ReadWrite.Authorization.
    .check =
        1. Confirm the code is SSPR_009 (one zero) and that the account holds a Microsoft Entra admin role.
        2. Check with the tenant admin whether admins are meant to use SSPR; some tenants switch it off on purpose.
        3. Read the current value: GET https://graph.microsoft.com/v1.0/policies/authorizationPolicy and look at allowedToUseSSPR.
        4. To enable it: Connect-MgGraph -Scopes Policy.ReadWrite.Authorization, then Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true (or PATCH the same URL with allowedToUseSSPR set to true).
        5. Wait up to 60 minutes, then have the admin retry at aka.ms/sspr. Expect the two-gate policy: two methods, no security questions.
        6. If the admin is in an on-premises protected group, reset the password on-premises instead.
    .expected = The admin reaches the verification step and resets with two methods.

step-errors-password-requirements = Password rejected as not meeting requirements: find the rule
    .done = which password rule refused the new password
    .summary = The cloud rules are shown, but synced users must also pass on-premises AD rules that the portal never displays.
    .why =
        Cloud-only users: 8 to 256 characters, at least 3 of 4 character types (upper case, lower case, digits, symbols), no Unicode characters, and no match on the banned-password list (fuzzy matching). A reset may reuse the last password; a change may not.
        Synced users: with writeback, on-premises AD sets the password and applies its own length, complexity, Minimum password age, history, fine-grained password policies, third-party password filters and Microsoft Entra Password Protection agents. SSPR performs an admin-style reset, so filters must allow admin-initiated resets. None of these rules is shown in the portal and there is no strength meter.
        Minimum password age above 0 (for example 1 day) blocks a second change inside that window:
        a new user cannot replace the temporary password the admin set that day, and a user cannot reset twice in one day. A user object with "User cannot change password" (PASSWD_CANT_CHANGE) also fails.
        Misleading variant: a synced user who is outside the SSPR scope and changes their password (for example in My Account) is told the password does not meet length, complexity, age or history requirements although it does (community lab test). Fix the scope, not the password.
        Admin variant: an admin reset in the Entra admin center that says the on-premises policy does not allow it means the temporary password broke AD policy; the DC Security log shows event 4724 with Audit Failure by the MSOL_ account (Account Management failure auditing must be on).
        Evidence on the Entra Connect server: 31003, 31008 or 31011 (reset, change or admin reset failed), ADSync event 6329 "BAIL: MMS(4924) 0x80230619" and 33008 (ADPasswordPolicyError).
        If 6329 instead mentions "MMS(3040): admaexport.cpp(2837)" and the LDAP password policy control, the DCs do not support LDAP_SERVER_POLICY_HINTS_OID (1.2.840.113556.1.4.2066): the DCs must run Windows Server 2016 or later (the old 2008 hotfix KB2386717 can no longer be downloaded).
    .check =
        1. Cloud-only user: check the password against the cloud rules and the banned list; choose a different one.
        2. Synced user: ask the on-premises admin for the domain policy (net accounts, Get-ADDefaultDomainPasswordPolicy), the user's fine-grained policy (net user <user> /domain), and any password filter or Entra Password Protection agent.
        3. If a second change on the same day fails, check Minimum password age in the GPO (Computer Configuration > Policies > Windows Settings > Security Settings > Account Policies > Password Policy). Set it to 0 if users must change or reset more than once a day, then run gpupdate /force on the DCs.
        4. In Active Directory Users and Computers, clear "User cannot change password" on the user if it is set.
        5. Read the Entra Connect Application log around the attempt for 31003, 31008, 31011, 6329 and 33008; for the LDAP control variant of 6329, plan the DC upgrade.
        6. If the user is out of SSPR scope, add them to the SSPR group (or set scope to All).
        7. Retry with a long passphrase that mixes 3 character types, has no Unicode characters and was not used before.
    .expected = The new password is accepted; the Entra Connect server logs 31002 or 31007.
    .uncertain = The misleading message for synced users outside the SSPR scope comes from a community blog's lab test (2023), not from Microsoft's documentation.
    .caller =
        Your organization's rules can be stricter than the page shows, so choose a long password (at least 8 characters) that mixes at least three of these: capital letters, small letters, numbers and symbols.
        Avoid accented letters and other special characters, the name of the company or its products, and passwords you used before.
        Then try again at { $url }; if it is refused again, or you already changed your password earlier today, tell us the exact message and the time, but never the password itself.

step-errors-servers-catch-up = Explain "our servers take a little time to catch up"
    .done = the "our servers take a little time to catch up" delay
    .summary = The new password was accepted, but the cloud has not received it yet; wait at least two minutes.
    .why =
        The full message says the password was successfully updated but "our servers take a little time to catch up". Microsoft's support article ties it to pass-through authentication (PTA): an admin reset the password on-premises, and the user is forced to change it at first sign-in before password hash sync (about every 2 minutes) has brought the temporary password to the cloud.
        A related case without a code (OnPremisesSuccessCloudFailure): the reset succeeded on-premises but the cloud write failed, for example after a timeout, the cloud password policy (a Unicode character can pass on-premises and fail in the cloud when EnforceCloudPasswordPolicyForPasswordSyncedUsers is on) or throttling. Federated users with synced hashes may also need about 2 minutes before the new password works in the cloud.
    .check =
        1. Ask whether an admin reset the password on-premises just before, and whether the tenant uses PTA.
        2. Tell the user the change worked; wait at least 2 minutes, then sign in with the new password.
        3. For future on-premises resets, wait at least 2 minutes before the user's first sign-in.
        4. If the new password still fails in the cloud after several minutes, check it for Unicode characters and ask the on-premises admin whether password hash sync is running.
    .expected = After a couple of minutes the user signs in with the new password.
    .caller =
        Your password change worked; our systems just need a moment to catch up.
        Wait at least 2 minutes, then open { $url } and sign in with your new password.
        If it still isn't accepted after a few more minutes, tell us the time and the exact message, but never the password itself.

step-errors-sspr-0010 = SSPR_0010: turn password writeback on for synced users
    .done = SSPR_0010: whether password writeback is on for synced users
    .summary = The user's password is managed on-premises, but password writeback is off.
    .why =
        SSPR_0010 (WritebackNotEnabled) appears for synced users only (federated, PTA or PHS). Their password lives in on-premises AD, so a reset needs password writeback, and writeback is off on one of its two switches: the Password writeback option in the Microsoft Entra Connect wizard, or the On-premises integration page in Entra ID.
        The On-premises integration page appears only after Entra Connect is installed with writeback configured. If it is missing or greyed out, writeback was never set up or the tenant has no writeback license (Entra ID P1, P2 or Microsoft 365 Business Premium).
        With Entra Connect cloud sync, writeback is its own checkbox and only makes sense when cloud sync provisioning agents are installed.
        Who fixes it: a Hybrid Identity Administrator (at least) in the admin center, and the on-premises admin on the Entra Connect server.
    .check =
        1. Confirm the user is synced; cloud-only users never get SSPR_0010.
        2. Open Entra ID > Password reset > On-premises integration and check that "Enable password write back for synced users" (older label: "Write back passwords to your on-premises directory") is Yes; select Save.
        3. If the page is missing or greyed out, check the tenant's writeback license and continue on the server.
        4. On the Entra Connect server, run the Microsoft Entra Connect wizard > Configure > Customize synchronization options > Optional features, tick Password writeback, sign in with a Hybrid Identity Administrator credential (Microsoft's writeback pages call the role "Hybrid Administrator"; older docs: Global Administrator) and finish.
        5. Using Cloud Sync? In addition to the main switch, tick "Write back passwords with Microsoft Entra Cloud Sync" (older label: "… with Microsoft Entra Connect cloud sync"); it appears only when provisioning agents are detected.
        6. In the Application log, look for 31004 then 31005 (onboarding done) and 31015 (service started). Events 656 and 657 right after the first enablement are password hash re-sync events and can be ignored.
        7. Multi-forest: if event 6329 shows 0x8023061f, the forest was added after writeback was enabled; turn writeback off and on again in the wizard.
        8. Check that the user's license covers writeback, then have the user retry.
    .expected = The On-premises integration page reports the writeback client as running and the reset reaches AD (31001 then 31002).

step-errors-sspr-0029 = SSPR_0029: fix the on-premises side of password writeback
    .done = SSPR_0029: the on-premises side of password writeback
    .summary = Writeback reached AD but the password could not be set: protected group, connector account permissions, a SAM restriction, or Entra Connect on a DC.
    .why =
        SSPR_0029 (OnPremisesAdminActionRequired; the support article words it as "Your organization hasn't properly set up the on-premises configuration for password reset") means the cloud handed the reset to the Entra Connect server, and the AD DS connector account (MSOL_ followed by a code) then failed to set the password. The Application log shows 31001 followed by 31003, usually with 33004 (ADPermissionsError).
        Documented causes:
        Cause 1: Protected group. The user is, or used to be, in Domain Admins, Enterprise Admins or another on-premises protected group (AdminSDHolder, adminCount = 1). adminCount stays 1 and inheritance stays off after the user leaves the group, so a former admin is still affected. AdminSDHolder removes inherited permissions, so the connector account can never reset these users. This is by design: they can change a known password in the cloud but cannot reset a forgotten one.
        Cause 2: Connector account permissions. On each domain root the MSOL_ account needs Reset password, Write lockoutTime and Write pwdLastSet on Descendant User objects, and Unexpire Password on This object and all descendant objects. The current tutorial also lists Change password; granting it does no harm. These rights arrive by inheritance, so a user or OU with inheritance disabled never gets them. Permission changes can take an hour or more to replicate and be stamped on the objects.
        Cause 3: SAM restriction. A hardening GPO sets "Network access: Restrict clients allowed to make remote calls to SAM" without allowing the MSOL_ account, on the Entra Connect server or on the domain controllers. Evidence: 33004 plus ADSync event 6329 with ERROR_ACCESS_DENIED "Failed to acquire user information" naming the MSOL_ account.
        Cause 4: Entra Connect installed on a domain controller. Writeback uses the legacy NetUserGetInfo API, and permission fixes may not help there.
        Other AD prerequisites: the samServer object (CN=Server,CN=System under the domain) readable by Pre-Windows 2000 Compatible Access or Authenticated Users; Authenticated Users a member of Pre-Windows 2000 Compatible Access; "Impersonate a client after authentication" granted to Administrators, LOCAL SERVICE, NETWORK SERVICE and SERVICE.
        Who fixes it: the on-premises AD admin. The helpdesk collects the time, UPN and log.
    .check =
        1. Protected group: in Active Directory Users and Computers (View > Advanced Features), check the user's adminCount and membership of Domain Admins, Enterprise Admins or similar groups, now or in the past. If the user is protected, reset the password on-premises and stop here; for a former member, clear adminCount and enable inheritance again.
        2. Find the connector account: Synchronization Service Manager > Connectors > AD connector > Properties > Connect to Active Directory Forest > User name (or wizard > View current configuration > Synchronized Directories).
        3. On the failing user: Properties > Security > Advanced > Effective Access, select the MSOL_ account and check that Reset password is allowed. Or run dsacls "<user DN>".
        4. If it is missing, enable inheritance on the user and its parent OUs, and grant the rights at the domain root, or run Set-ADSyncPasswordWritebackPermissions (ADSyncConfig module) for the connector account.
        5. While testing, point the connector at the DC you changed: Synchronization Service Manager > AD connector > Properties > Configure Directory Partitions > "Only use preferred domain controllers"; in ADUC use Change Domain Controller to view the same DC. Allow up to about an hour for changes to reach all objects.
        6. SAM restriction: on the Entra Connect server and on the DCs, run gpresult /h report.html and Get-ItemProperty HKLM:\System\CurrentControlSet\Control\Lsa -Name RestrictRemoteSam to see where "Network access: Restrict clients allowed to make remote calls to SAM" applies. Add the MSOL_ account to its security descriptor with Remote Access: Allow, or remove the setting from the GPO and then delete the registry value RestrictRemoteSam on that machine (deleting only the value doesn't last: the GPO writes it back at the next refresh). Then run gpupdate /force.
        7. Entra Connect on a DC and permissions cannot be fixed: set "Only use preferred domain controllers" to another DC, or move Entra Connect to a member server.
        8. Check the other prerequisites (samServer readable, Pre-Windows 2000 Compatible Access membership, "Impersonate a client after authentication").
        9. Have the user retry; the log should show 31001 then 31002.
        10. Still 33004 or 33001? Check the two unconfirmed causes below: reserved characters in the user's OU or DN, and a DC Security event 4724 Audit Failure by the MSOL_ account.
    .expected = The reset is written to AD: 31001 followed by 31002 on the Entra Connect server.
    .uncertain = Two causes are not in Microsoft's SSPR_0029 sources: reserved characters in the user's OU or DN (leading space or #, trailing space, comma, + " \ < > ; = /, line breaks), which Microsoft ties only to event 33001, and an on-premises password policy rejection seen as DC event 4724 Audit Failure, which Microsoft documents for admin resets (a user-side rejection normally shows as an on-premises policy violation). Sources also conflict on whether the connector account needs Change password: the published writeback tutorial lists it, while its step-by-step part and the support article's default permissions do not.

step-errors-sspr-0030 = SSPR_0030: restore the connection between the cloud and Entra Connect
    .done = SSPR_0030: the connection between the cloud and Entra Connect
    .summary = The cloud cannot reach the writeback client on the Entra Connect server, so resets of synced users fail.
    .why =
        SSPR_0030 (OnPremisesConnectivityError) tells the user the connection to the on-premises environment is poor and to try later. Writeback runs over an outbound connection that the Entra Connect server keeps open to two redundant Azure Service Bus relays; no inbound port is needed. Writeback is synchronous (typically under 500 ms) and nothing is queued, so if the relay is down or blocked, or the ADSync service is stopped, the reset fails at once. Usually every synced user is affected, which tells it apart from SSPR_0029.
        Common causes: the firewall or proxy does not allow outbound HTTPS 443 to the hosts under *.passwordreset.microsoftonline.com and *.servicebus.windows.net (the relay hosts, named ssprdedicatedsb… per tenant, are not in the Office 365 URL list, so an Office 365 allow-list misses them); proxy idle timeouts cut the connection; the Microsoft Azure AD Sync (ADSync) service is stopped; TLS 1.0 and 1.1 were disabled without enabling TLS 1.2 (strong crypto) for .NET; the server clock is off; root CAs for Azure's TLS certificate changes are missing; Entra Connect is outdated. Writeback now uses outbound 443 only; ports 9350 to 9354 in older text are a leftover.
        US Government uses *.passwordreset.microsoftonline.us and *.servicebus.usgovcloudapi.net; 21Vianet uses ssprdedicatedsbmcprodcne and ssprdedicatedsbmcprodcnn under servicebus.chinacloudapi.cn.
        Each tenant has its own relay namespace; events 31019 and 31034 in the Application log name its Service Bus listener, and that is the host to test. A test against a fixed example host (older guides quote ssprdedicatedsbprodscu) can pass while the tenant's own relay is blocked.
        Events on the Entra Connect server: 31016 (WriteBackServiceStopped); 31034 (ServiceBusListenerError; "remote certificate is invalid" means install the root CAs); 31044 (not all Service Bus hosts running); 32002 (ServiceBusError, for example "token provider was unable to provide a security token"); 32001 (cannot reach the password reset web service); 6800 (writeback endpoint failed to start with ADSync, or "Couldn't connect to any service bus endpoint(s)"). Healthy: 31015 (service started) and 31019 (heartbeat).
        Who fixes it: the on-premises admin (server, firewall, proxy) with the network team.
    .check =
        1. Check whether all synced users fail, and read the writeback client status on Entra ID > Password reset > On-premises integration.
        2. On the Entra Connect server, open services.msc and check that Microsoft Azure AD Sync (ADSync) is running; restart it.
        3. Read the Application log for 31016, 31034, 31044, 32001, 32002 and 6800.
        4. Test outbound access to the tenant's own relay: take the Service Bus listener name from the latest event 31019 or 31034 (for example ssprdedicatedsbprodfra-1), then run Test-NetConnection -ComputerName <namespace>.servicebus.windows.net -Port 443, or Invoke-WebRequest -Uri https://<namespace>.servicebus.windows.net -Verbose. If it fails, allow outbound 443 to both wildcard domains on the firewall and proxy, and check proxy idle timeouts.
        5. Check that TLS 1.2 is enabled for .NET (run Microsoft's TLS 1.2 check and enable scripts, then reboot) and that .NET Framework 4.8 or later is installed.
        6. Sync the server clock with an authoritative time source; for 31034 with "remote certificate is invalid", install the missing root CAs.
        7. Turn password writeback off and on again in the Entra Connect wizard (this also rotates the keys).
        8. Still failing: back up custom sync rules, upgrade Entra Connect in place to the latest version (the installer is now only in the Entra admin center: Entra Connect > Get started > Manage), then turn writeback off and on again.
        9. Have a synced user retry; expect 31001 then 31002.
    .expected = The On-premises integration page shows the writeback client running, 31019 heartbeats appear, and resets succeed.
    .uncertain = A third-party summary of an internal Microsoft wiki also links SSPR_0030 to leftover cloud sync writeback configuration; this is not in Microsoft's public docs, and the same summary wrongly maps the code to event 31004 (which is OnboardingEventStart).

step-errors-unable-configure-writeback = Fix "Unable to configure password writeback" in Entra Connect
    .done = "Unable to configure password writeback" in Entra Connect
    .summary = The Entra Connect wizard could not switch writeback on: usually the admin account used, TLS 1.2, or the server clock.
    .why =
        The wizard says "Unable to configure password writeback. Ensure you have the required license."
        Despite the wording, a license is only one of the causes. The cloud account used in the wizard must be licensed and not federated: a federated admin cannot get a token (event 32009 AuthTokenError; turning writeback off fails with 31014). TLS 1.2 must be enabled for .NET on the server. A skewed server clock shows up as 6800, 32001, 31044 and 6306 together. Outbound 443 must be open (32011 OnBoardingServiceError). The tenant needs a writeback license (Entra ID P1, P2 or Microsoft 365 Business Premium).
        Who fixes it: the on-premises admin running the wizard, with a tenant admin who supplies a suitable cloud account.
    .check =
        1. Check the account entered at the Entra ID sign-in step: cloud-only (not federated), licensed, holding Hybrid Identity Administrator (Microsoft's writeback pages call it "Hybrid Administrator"; older docs: Global Administrator). Use such an account.
        2. Check that the tenant has Entra ID P1, P2 or Microsoft 365 Business Premium.
        3. Enable TLS 1.2 for .NET on the server and reboot.
        4. Compare the server clock with an authoritative time source and fix time sync.
        5. Test outbound 443 as in the SSPR_0030 step.
        6. Run the wizard again. The Application log should show 31004, 31017 (token), 31018 (key pair), 31005 and 31015. If the server runs an old Entra Connect, upgrade first; the installer is now offered only in the Entra admin center (Entra Connect > Get started > Manage).
    .expected = The wizard completes and the On-premises integration page shows writeback as available.

step-errors-error-processing-request = Handle the generic "error processing the request" message
    .done = the generic "error processing the request" message
    .summary = A generic failure during registration or reset, caused by a passing service problem or by configuration; retry, then escalate with the support code.
    .why =
        "There's an error processing the request" can appear on the registration page or during a reset. It hides the real cause: a temporary problem on Microsoft's side or a configuration problem in the tenant.
        Related messages: the user cannot be contacted and, after about 10 seconds, the page offers Try again and Contact your administrator (a passing service error or bad contact data). Contact your administrator sends the request to admins; a tenant admin can point it at the helpdesk with Customization > Custom helpdesk email or URL. On a slow PC the Reset Password dialog may not appear at all; retry until it does.
    .check =
        1. Record the time with time zone, the page URL and the support code.
        2. Have the user retry after a few minutes in a new private window.
        3. If it repeats, check scope, license and methods as in the SSPR_0009, SSPR_0013, SSPR_0012 and SSPR_0014 steps.
        4. Make sure "Contact your administrator" requests reach your team (Entra ID > Password reset > Customization).
        5. If the error stays, open a Microsoft support case with the support code, time and UPN.
    .expected = A retry succeeds, or the support case holds the support code and exact times.
    .caller =
        This message can come from a passing problem, so wait a few minutes and try again at { $url } in a new private browser window.
        If it appears again, select the support code link at the bottom right of the page and write down the code.
        Tell us that code, the time and your time zone, and whether it happened while resetting your password or while setting up your security info.

step-errors-account-changed-on-prem = Investigate "your account information has changed on-premises"
    .done = "your account information has changed on-premises"
    .summary = A writeback failure that Microsoft does not document; rule out the known causes, then escalate with evidence.
    .why =
        The message reads "We are unable to reset your password because your account information has changed on-premises". It has been seen with Entra Connect writeback even when the connector account permissions were correct, and its root cause is not known from our sources.
        Treat it as a writeback failure: gather the Application log and rule out the documented look-alikes, such as 33002 (user not found on-premises), 33003 or "Multiple matches found" (two on-premises accounts match the cloud user), hr=80230402 (duplicate entries with the same anchor) and "Object could not be found" (user not synced by this Entra Connect instance).
        Who fixes it: the on-premises admin, with Microsoft support if nothing matches.
    .check =
        1. Collect time with time zone, support code and the zipped Application log.
        2. Find 31001 for the attempt and read the events right after it (31003, 33xxx, ADSync).
        3. Compare them with the look-alikes above and follow the matching fix.
        4. Check the connector account permissions on the user as in the SSPR_0029 step.
        5. If nothing explains it, open a Microsoft support case with the evidence. As a workaround, reset the password on-premises (with password hash sync it reaches the cloud in about 2 minutes).
    .expected = The cause matches a documented event, or the case is with Microsoft with full evidence.
    .uncertain = This message is known only from a community blog post (rmilne.ca, 2 October 2025, "Entra SSPR failing unexpected error during a set password operation"); Microsoft's docs do not list it and its root cause is not captured here.

step-errors-sspr-0015 = SSPR_0015: confirm the code and escalate to Microsoft
    .done = SSPR_0015: the code, for an escalation to Microsoft
    .summary = SSPR_0015 reportedly means a service principal that password reset needs is missing or misconfigured; Microsoft has not documented it publicly.
    .why =
        SSPR_0015 is not in Microsoft's public troubleshooting article. A third-party summary of an internal Microsoft wiki lists it and says the service principal that password reset needs is missing or misconfigured. That would be a tenant-level problem that neither the helpdesk nor the user can fix, so the sensible path is to confirm the code, gather evidence and escalate.
        Who fixes it: Microsoft support, with a tenant admin.
    .check =
        1. Confirm the exact code on a screenshot; SSPR_0013 and SSPR_0014 are documented and easy to misread.
        2. Collect the details as in the first step, including the support code.
        3. Check whether other users get the same code (tenant-wide problem).
        4. Open a Microsoft support case from the Entra admin center with the code, support code and times. Do not delete or recreate service principals on guesswork.
    .expected = The case is open with the code, support code and times; Microsoft confirms the cause.
    .uncertain = The code and its meaning come only from a third-party summary of an internal Microsoft wiki of unclear origin (the same summary mislinks event 31004); Microsoft's public docs do not list SSPR_0015.

# --- 2027: calls of 2027 (issue #13; content audit 2026-12, B1, C3, C4, C6) ---

step-errors-sms-voice-retired = Text or call codes stopped after 1 Feb 2027: no telecom provider
    .done = text and call codes after 1 Feb 2027 (telecom provider)
    .summary = Microsoft's own SMS and voice delivery ends on 1 Feb 2027, also for SSPR; unless the tenant configured a customer-managed telecom provider, phone codes no longer arrive.
    .why =
        On 1 Feb 2027 Microsoft retires Microsoft-provided SMS and voice in Microsoft Entra ID (public cloud first), and its FAQ says this applies to SSPR. Tenants that still need SMS or voice can configure a customer-managed telecom provider through the Microsoft Security Store (from 30 Oct 2026).
        After the date, a number that worked for years gets no text or call, and nothing is wrong with the number itself. The fix is another method for the user (Microsoft Authenticator, email, OATH code), or a telecom provider for the tenant.
        Users whose only MFA method is SMS or voice also meet a blocking "register a passkey" prompt at sign-in; a passkey signs them in but is not a reset method.
    .check =
        1. Ask the date of the failed attempt and which method was chosen (text or call).
        2. If it is on or after 1 Feb 2027, ask the tenant admin whether a customer-managed telecom provider is configured (see the configure step on telecom providers).
        3. If not, have the user reset with another registered method (Authenticator, email, OATH code, security questions) if they have one.
        4. If they have none, an admin resets the password or issues a Temporary Access Pass after verifying the caller; then the user adds Authenticator and email on Security info.
        5. Before the date, codes that fail have other causes: use the step for codes that never arrive.
    .expected = The user resets with a method that still works, or the tenant's telecom provider delivers the code.
    .uncertain = The dates come from Microsoft's retirement page (ms.date 2026-06-10, marked AI-assisted) and the telecom provider page (2026-08-04, AI-generated); recheck them. Whether a given tenant has a customer-managed provider can only be answered by its admin.
    .caller =
        Verification codes by text message or phone call are no longer available for your account.
        Please reset with another method if you have one (the Microsoft Authenticator app or an email code). Once you can sign in, open { $url } and add the Authenticator app and an email address.
        If you have no other method, tell us; we'll verify who you are and reset your password for you.

step-errors-telephony-fraud-opt-in = Check telephony fraud protection and regional opt-in for texts and calls
    .done = telephony fraud protection and regional opt-in for texts and calls
    .summary = Texts and calls to some country codes need an opt-in by support request, new tenants are throttled for their first days, and flagged attempts show "we're having trouble verifying your account".
    .why =
        Microsoft protects SMS and voice against toll fraud. Texts and calls to a list of country codes are sent only after the tenant opts in through a support request; the list (2025-07-28) includes Hong Kong +852, Macao +853 and Taiwan +886. Mainland China +86 was on an older list (2025-05-20) but is not on the 2025-07-28 list, so check the current page before you conclude.
        Newly created tenants get tighter limits on telephony for their first days. When Microsoft flags an attempt as suspicious the user sees "Sorry, we're having trouble verifying your account". "You've hit our limit on verification calls" or "… text verification codes" are telephony limits of their own, separate from SSPR's 5-attempts-per-hour rule.
        These limits sit on top of the 1 Feb 2027 retirement of Microsoft-delivered SMS and voice, after which phone codes need a customer-managed provider anyway.
    .check =
        1. Note the caller's country code and the exact message shown.
        2. Look up the country code on Microsoft's regional opt-in page; if it is listed, ask the tenant admin whether the opt-in support request was made.
        3. If the tenant is only a few days old, expect throttling and use email or Authenticator meanwhile.
        4. For "trouble verifying your account" or "hit our limit", stop repeated attempts and have the user switch to Microsoft Authenticator, email or an OATH code.
        5. If the phone method must work, the admin opens a support request for the opt-in.
    .expected = The user completes verification with another method, or texts arrive after the opt-in.
    .uncertain = The country list changes: our facts are the live page of 2025-07-28 and an older repository copy of 2025-05-20, which differ on +86. Check the live page for the caller's country code.

step-errors-code-by-whatsapp-rcs = Look for the code in WhatsApp or as an RCS chat message
    .done = whether the code arrived in WhatsApp or as an RCS chat message
    .summary = Text codes may be delivered over RCS or WhatsApp instead of SMS, so a user who only checks the SMS inbox reports that the code never arrived.
    .why =
        Microsoft can deliver the text-message code by RCS (a chat message in the phone's messages app) or by WhatsApp, from Microsoft's WhatsApp number +1 217 302 1989, instead of a classic SMS. Users expect an SMS and do not look in WhatsApp, or the RCS message is shown in a different thread.
        This is a delivery channel, not a fault; ask where the user looked before changing the number.
    .check =
        1. Ask the user to open WhatsApp and look for a message from +1 217 302 1989.
        2. Ask them to check the messages app for a chat (RCS) thread as well as the SMS thread.
        3. If the code is there, have them enter it within 5 minutes.
        4. If nothing is there, continue with the step for codes that never arrive.
    .expected = The user finds the code in WhatsApp or the chat thread and completes verification.
    .caller =
        Your code may arrive in WhatsApp (from +1 217 302 1989) or as a chat message, not as a normal text message; please look there too, and in your phone's blocked or spam messages: some phones filter texts from international senders.
        Enter the code within 5 minutes at { $url }. If you use the Microsoft Authenticator app or have an email method, you can choose that instead.
        If no code arrives anywhere, tell us which method you chose and the time.

step-errors-laptop-old-password = Reset worked, but the laptop still wants the old password
    .done = the laptop that still wants the old password after the reset
    .summary = A domain-joined or hybrid-joined laptop keeps the old password cached until it can reach a domain controller, so the user must connect to the office network or VPN once.
    .why =
        SSPR from the Windows sign-in screen or from aka.ms/sspr does not need a domain controller: the reset succeeds in Entra ID and, with writeback, in Active Directory. The laptop, however, keeps the credentials it cached at the last sign-in. Off the corporate network it cannot check the new password, so it still accepts only the old one.
        Microsoft's Windows SSPR page says the device needs line of sight to a domain controller to use the new password and update the cached credentials. Until then the user signs in with the old password, connects to the office network or VPN, and then locks and unlocks (or signs out and in) with the new password.
        If the account is cloud-only or the reset was not written back, the on-premises password really is still the old one: check writeback first.
    .check =
        1. Confirm the reset succeeded (audit log, or the user can sign in to a web app with the new password).
        2. For a synced user, confirm writeback worked (see the writeback steps); a cloud reset that was not written back leaves AD unchanged.
        3. Have the user sign in to the laptop with the old password, then connect to the office network or the VPN.
        4. With the connection up, have them lock the screen (Windows key + L) and unlock with the new password, or sign out and in.
        5. If the VPN itself needs the new password before Windows has it, have them connect from the office network once, or use a VPN that can connect before sign-in if the organisation has one.
    .expected = After one sign-in with a domain controller in reach, the laptop accepts the new password.

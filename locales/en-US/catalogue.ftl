# Error catalogue (en-US): what each SSPR code, portal message and writeback event means and how to fix it; structure in assets/playbook/catalogue.toml.

## Reset-portal codes

entry-sspr-0009 = SSPR_0009: password reset is turned off for the whole tenant
    .symptom = The reset portal says the user can't reset because the administrator has turned password reset off. Every ordinary user gets it, while admins may still be able to reset.
    .causes =
        1. Entra ID > Password reset > Properties has "Self service password reset enabled" set to None (TenantSSPRFlagDisabled), so the user policy is off for everyone.
        2. Admin accounts use the separate administrator policy, which is why a test with an admin account can still work.
        Audit log: "Password reset has been disabled entirely for this tenant…".
    .fix =
        1. In the Microsoft Entra admin center open Entra ID > Password reset > Properties (older docs: Protection > Password reset).
        2. Set "Self service password reset enabled" to Selected (and pick the one group) or All, then select Save.
        3. Check the Authentication methods and Registration pages so users can meet the policy.
        4. Retest with a licensed non-admin user in a private window at aka.ms/sspr.

entry-sspr-009 = SSPR_009: admin password reset is off for the tenant (admins only)
    .symptom = An administrator, typically a synced account with an admin role, is told they can't reset their own password because password reset isn't turned on for the organization. Note the single 0: this is not SSPR_0009.
    .causes =
        1. The account holds a Microsoft Entra admin role, so the administrator reset policy applies, not the user policy.
        2. Admin SSPR (the legacy "SSPR-A") is disabled in the tenant: the authorization policy property allowedToUseSSPR is false.
    .fix =
        1. Confirm the account holds an admin role; allowedToUseSSPR never affects ordinary users.
        2. A tenant admin runs Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true (Microsoft Graph PowerShell, scope Policy.ReadWrite.Authorization), or sends PATCH https://graph.microsoft.com/v1.0/policies/authorizationPolicy with allowedToUseSSPR set to true.
        3. Allow up to 60 minutes for the change to apply, then retry at aka.ms/sspr.
        4. Make sure the admin has the methods the two-gate admin policy asks for (usually two); security questions never count for admins.

entry-sspr-0010 = SSPR_0010: password writeback is not enabled
    .symptom = A synced user (federated, pass-through authentication or password hash sync) is told they can't reset because a required service isn't enabled. Cloud-only users can reset.
    .causes =
        1. The user's password is managed in on-premises AD and Password writeback is off in the Microsoft Entra Connect wizard under Optional features (WritebackNotEnabled).
        2. Or the cloud switch is off: Password reset > On-premises integration > "Write back passwords to your on-premises directory" (newer label "Enable password write back for synced users").
        3. No license with writeback (Entra ID P1, P2 or Microsoft 365 Business Premium); the On-premises integration options can then be greyed out.
        Audit log: "User's password is managed on-premises. You can enable Password Writeback to resolve this".
    .fix =
        1. On the Entra Connect server run the wizard: Configure > Customize synchronization options > Optional features, tick Password writeback and finish.
        2. In the Entra admin center open Entra ID > Password reset > On-premises integration (needs at least Hybrid Identity Administrator), set the writeback option to Yes and save.
        3. With Cloud Sync, keep "Enable password write back for synced users" on and additionally tick "Write back passwords with Microsoft Entra Cloud Sync" (older label "… with Microsoft Entra Connect cloud sync"; shown only when provisioning agents are detected); on the agent server run Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true (agent 1.1.977.0 or later).
        4. Check that the user's license covers writeback, then retest the reset.

entry-sspr-0011 = SSPR_0011: no password reset policy is defined for users
    .symptom = The reset portal says the user can't reset because no password reset policy has been defined.
    .causes =
        1. SSPR has never been configured for users in this tenant (SsprNotEnabledInUserPolicy), so there is no user policy to apply.
        Audit log: "Password reset is not enabled for this user…".
    .fix =
        1. A tenant admin follows the "enable SSPR" tutorial: Entra ID > Password reset > Properties, set Selected or All, and save.
        2. On Authentication methods, set the number of methods required (1 or 2) and decide on security questions; enable the other methods (Email OTP, Microsoft Authenticator, OATH tokens, SMS and Voice calls) in the Authentication methods policy, which is what counts once the tenant's migration is complete. On Registration, decide whether users must register at sign-in.
        3. Ask users to register at aka.ms/ssprsetup, then retest with a non-admin user at aka.ms/sspr.

entry-sspr-0012 = SSPR_0012: the user has no license that covers password reset
    .symptom = The reset portal says the user can't reset because required licenses are missing, even though the admin says SSPR is turned on.
    .causes =
        1. Licensing is per user: the tenant owns licenses, but this user has none that includes SSPR (UserNotLicensed).
        2. The license could not be assigned: a direct assignment needs a usage location, and the user has none; or a group-based assignment shows an error for this user.
        3. The user is synced and needs writeback, which only Entra ID P1, P2 or Microsoft 365 Business Premium include; Microsoft 365 Business Standard, or an Office 365 plan on its own, does not.
        Audit log: "User does not have a license…".
    .fix =
        1. In the Entra or Microsoft 365 admin center open the user > Licenses and check the assigned products and any assignment errors.
        2. Set the user's usage location if it is empty.
        3. Assign a qualifying license: for a cloud-only user at least Microsoft 365 Business Standard (licensing page) or Entra ID P1; for a synced user with writeback Entra ID P1, P2 or Microsoft 365 Business Premium.
        4. Retry the reset once the assignment has applied.
    .uncertain = The SSPR tutorial asks for at least Entra ID P1 to reset while the licensing page allows cloud-only reset with Microsoft 365 Business Standard; we follow the licensing page. Whether suites such as Microsoft 365 E3/E5 qualify because they contain P1 is no longer stated on the current page.

entry-sspr-0013 = SSPR_0013: the user is not in the group enabled for SSPR
    .symptom = The user opens aka.ms/sspr, enters the user ID and CAPTCHA, and is told the account isn't set up (enabled) for password reset; colleagues in the SSPR group can reset.
    .causes =
        1. SSPR is set to Selected and the user isn't a member of the one group chosen there (UserNotMemberOfScopedAccessGroup).
        2. The reset page is public: scope is checked only after the user ID is entered, so anyone can reach the form.
        Audit log: "This user is not a member of…".
    .fix =
        1. Open Entra ID > Password reset > Properties and note the selected group (the portal allows only one).
        2. Add the user to that group (membership through a nested group counts), or set the scope to All.
        3. Make sure the user is licensed and registered, then retry at aka.ms/sspr.

entry-sspr-0014 = SSPR_0014: the user hasn't registered enough security info
    .symptom = The reset portal says more security info is needed before the user can reset, or offers no verification method at all.
    .causes =
        1. The user has fewer registered methods than "Number of methods required to reset" (1 or 2) on the Authentication methods page (UserNotProperlyConfigured). Since 5 October 2026 the Mobile phone, Office phone and Alternate email on the profile no longer count.
        2. The policy was raised from 1 to 2 methods, or a method users relied on (security questions, for example) was removed.
        3. Phone or email data exists but is malformed, for example a number without +country code and a space.
        Audit log: "User's account has insufficient authentication methods defined…".
    .fix =
        1. Open the user > Authentication methods and compare the registered methods with the number required.
        2. If the user can't sign in, an admin resets the password (in the Entra admin center, so it is written back for synced users); the user then registers at aka.ms/ssprsetup.
        3. Don't fill in Mobile phone or Alternate email on the profile: SSPR ignores that data since 5 October 2026. The user has to register the methods themselves.
        4. Retry the reset at aka.ms/sspr.

entry-sspr-0015 = SSPR_0015: password reset service principal reportedly missing
    .symptom = The reset fails with SSPR_0015, a code that Microsoft's public SSPR troubleshooting page doesn't list.
    .causes =
        1. Reportedly, a service principal that password reset depends on is missing or misconfigured in the tenant.
    .fix =
        1. Confirm the exact code with a screenshot (SSPR_0015, not SSPR_0013 or SSPR_0014) and collect the support code, the time with time zone and the UPN.
        2. Rule out the documented causes first: the user's scope, license and registration.
        3. Open a support case with Microsoft with those details; don't change service principals in the tenant on the strength of this entry.
    .uncertain = SSPR_0015 and its meaning come only from a third-party summary of an internal Microsoft wiki of unclear provenance; Microsoft's public docs don't list it.

entry-sspr-0029 = SSPR_0029: on-premises configuration blocks the reset
    .symptom = A synced user is told the password can't be reset because of an on-premises configuration problem ("Your organization hasn't properly set up the on-premises configuration for password reset"); writeback is on, but AD refused the change.
    .causes =
        1. The user is, or used to be, in an on-premises protected group (Domain Admins, Enterprise Admins and similar; adminCount=1, which stays set after removal): writeback never resets these accounts, by design.
        2. The AD DS connector account (MSOL_…) lacks Reset password and the related rights on the user, or inheritance is off on the user or its OU.
        3. The GPO "Network access: Restrict clients allowed to make remote calls to SAM", on the Entra Connect server or on the DCs, blocks the MSOL_ account (events 33004 and 6329 with ERROR_ACCESS_DENIED).
        4. Reserved characters in the user's OU or DN path.
        5. The new password broke the on-premises password policy (DC Security event 4724, Audit Failure).
        Audit log: "We encountered a problem while resetting the user's on-premises password. Check your sync machine's event log".
    .fix =
        1. Protected-group user: reset the password on-premises in AD; SSPR can't do it. A former member: clear adminCount and enable inheritance again.
        2. Permissions: grant the MSOL_ account Reset password, Write lockoutTime, Write pwdLastSet and Unexpire Password at each domain root (or run Set-ADSyncPasswordWritebackPermissions), enable inheritance, and allow up to about an hour for replication and sdprop.
        3. If Entra Connect runs on a DC and the permissions can't be fixed, set "Only use preferred domain controllers" to another DC in Synchronization Service Manager, or move Entra Connect to a member server.
        4. SAM policy: check the Entra Connect server and the DCs (gpresult /h, and the RestrictRemoteSam value under HKLM\System\CurrentControlSet\Control\Lsa); add the MSOL_ account to the policy with Remote Access: Allow, or remove the setting from the GPO and then delete the value; run gpupdate /force.
        5. Reserved characters: rename the OU or object. Policy rejection: choose a password that meets the AD policy.
    .uncertain = Causes 4 and 5 are not in the SSPR_0029 sources: Microsoft ties reserved DN characters to event 33001, shows user-side policy rejections as "On-premises policy violation", and documents event 4724 for admin resets.

entry-sspr-0030 = SSPR_0030: no connection to the on-premises environment
    .symptom = Synced users are told the password can't be reset because of a poor connection to the on-premises environment and to try again later; usually all synced users at once, while cloud-only users reset fine.
    .causes =
        1. The cloud can't reach the writeback client on the Entra Connect server (OnPremisesConnectivityError): a firewall or proxy blocks outbound 443 to the Service Bus relay.
        2. The Microsoft Azure AD Sync (ADSync) service is stopped, or the writeback service didn't start (events 31016, 6800).
        3. TLS 1.2 not enabled for .NET, a badly skewed server clock, or missing root CAs (event 31034).
        4. Writeback is synchronous and nothing is queued, so the request fails as soon as the server can't be reached.
        Audit log: "We could not reach your on-premises password reset service. Check your sync machine's event log".
    .fix =
        1. On the Entra Connect server look in the Application log for 31016, 31034, 31044, 32002 and 6800.
        2. Take the tenant's own relay name from event 31019 or 31034 (Service Bus listener, for example ssprdedicatedsbprodfra-1), test it with Test-NetConnection -ComputerName <namespace>.servicebus.windows.net -Port 443, and allow *.passwordreset.microsoftonline.com and *.servicebus.windows.net in the firewall and proxy.
        3. Enable TLS 1.2 for .NET, check the clock, and restart the Microsoft Azure AD Sync service.
        4. Still failing: disable and re-enable Password writeback in the wizard, then upgrade Entra Connect to the latest version (installer in the Entra admin center: Entra Connect > Get started > Manage).
    .uncertain = A third-party summary also links SSPR_0030 to leftover (orphaned) cloud sync writeback configuration; Microsoft's public docs don't say so, and the same summary wrongly maps the code to event 31004.

entry-onprem-success-cloud-failure = OnPremisesSuccessCloudFailure: new password in AD, not yet in the cloud
    .symptom = The reset worked, but the user is told it will take a few minutes to reach the cloud: the new password works against AD, not yet for Microsoft 365 or Entra sign-in.
    .causes =
        1. Writeback set the password in on-premises AD, but the cloud write failed: a timeout, throttling, or the cloud password policy (for example a Unicode character that AD accepted).
        Audit log: a Success row with the reason OnPremisesSuccessCloudFailure.
    .fix =
        1. Wait a few minutes and sign in again.
        2. If cloud sign-in keeps failing, check the new password against the cloud rules (8–256 characters, three of four character types, no Unicode, not banned) and reset again with a compliant password.

## Messages without an SSPR code

entry-msg-not-enabled-for-feature = "Your administrator has not enabled you to use this feature"
    .symptom = The user opens aka.ms/ssprsetup or the Security info page to register for password reset and is told the administrator hasn't enabled them to use this feature.
    .causes =
        1. SSPR is set to None for the tenant.
        2. SSPR is set to Selected and the user isn't in that group.
        3. The user has no license that covers SSPR.
    .fix =
        1. Check Entra ID > Password reset > Properties and set Selected or All.
        2. With Selected, add the user to the one group (nested membership counts).
        3. Assign the user a license that covers SSPR, with a usage location.
        4. Have the user sign out and register again at aka.ms/ssprsetup.

entry-msg-auth-info-missing = Reset: SSPR is on, but the user's contact data is missing or malformed
    .symptom = The user is enabled for SSPR, but the reset portal can't use their phone or email: no method is offered, or the number shown can't be used.
    .causes =
        1. No usable authentication data: nothing registered. Since 5 October 2026 a mobile phone or alternate email on the profile doesn't count unless the user registered it.
        2. Data in the wrong format, such as a number without "+country code" and a space, or with an extension.
    .fix =
        1. Open the user > Authentication methods and see what is stored.
        2. Correct malformed data: phone as +1 4251234567 without extension. Setting Update-MgUser -MobilePhone / -OtherMails no longer makes the user able to reset.
        3. For synced users, fix AD mobile / telephoneNumber on-premises, because Entra Connect overwrites those attributes.
        4. Have the user register the missing methods at aka.ms/ssprsetup.

entry-msg-only-one-method = Reset: only one contact method on file while the policy needs two
    .symptom = The user gets through one verification and can't continue, or is refused, because the policy asks for two methods and only one is on file.
    .causes =
        1. "Number of methods required to reset" is 2 and the user has only one registered method (profile contact data no longer counts since 5 October 2026).
    .fix =
        1. The user signs in and registers a second method at aka.ms/ssprsetup, best the Microsoft Authenticator app or an email address rather than a second phone number: Microsoft-delivered SMS and voice end on 1 February 2027.
        2. If the user can't sign in, an admin resets the password first. Filling in the profile's Mobile phone or Alternate email no longer counts.
        3. If many users hit this after the policy went from 1 to 2 methods, review that change with the tenant admin.

entry-msg-cannot-contact-user = Reset: user can't be contacted, "Contact your administrator" shown
    .symptom = During verification the page can't reach the user; after about 10 seconds it shows "Try again" and "Contact your administrator" links.
    .causes =
        1. A passing service error.
        2. Bad contact data on the user (wrong or malformed phone number or email).
    .fix =
        1. Let the user select "Try again" after a short wait.
        2. Check the phone and email data on the user's Authentication methods page and fix the format.
        3. "Contact your administrator" mails a request to admins; to choose where requests go, set a custom helpdesk email or URL under Password reset > Customization.
    .uncertain = Which admins get the "Contact your administrator" mail (Password Administrators first, then User Administrators, then Global Administrators) appears only in the 2023 version of Microsoft's "How it works" page; the 2025 version dropped it.

entry-msg-reset-dialog-slow-pc = Reset: the Reset Password dialog doesn't appear on a slow PC
    .symptom = On a slow computer the password reset dialog never shows up or stays blank.
    .causes =
        1. The client is slow and the dialog hasn't loaded yet.
    .fix =
        1. Wait, then retry until the dialog appears.
        2. If it never appears, try another browser or device at aka.ms/sspr and note the support code.

entry-msg-code-never-arrives-sms = Verification text message (SMS) or phone call never arrives
    .caller = If the text or call with your code does not arrive: check that your phone has signal and is not blocking messages or calls from unknown or international senders (spam or harassment filters), wait a minute, and ask for one new code only. If it still does not come, choose another verification method on the reset page, or call us back.
    .symptom = "I never get the text message": during reset or registration the caller waits for the SMS code or the verification call and nothing arrives.
    .causes =
        1. The stored number is malformed: the +country code or the space after it is missing (correct: +1 4251234567).
        2. The number has an extension; extensions are dropped, so the call goes to the main line.
        3. A virtual number (VoIP or Google Voice type) or a carrier problem; virtual numbers aren't supported for SMS or voice.
        4. Throttling after repeated attempts.
        5. On or after 1 February 2027: Microsoft no longer delivers SMS or voice codes (SSPR included), and the tenant has not configured a customer-managed telecom provider. Typically everyone's text and call codes stop at once.
    .fix =
        1. Check the number on the user's Authentication methods page (and the mobile and office phone attributes) and correct it to +CountryCode, a space, then the number.
        2. Remove any extension: set it up in the PBX or use a number without one.
        3. Move the caller to a method that doesn't depend on Microsoft's SMS and voice: the Microsoft Authenticator app or email first; a real mobile carrier number only as an extra.
        4. If the caller has tried many times, wait 24 hours (see the throttling entry).
        5. From 1 February 2027, if codes stopped for everyone, the tenant admin must configure a customer-managed telecom provider (available since 30 October 2026) or move users to other methods.

entry-msg-email-code-never-arrives = Verification email with the code never arrives
    .caller = If the email with your code does not arrive: look in your Junk or Spam folder, wait a minute, and ask for one new code only. If it still does not come, choose another verification method on the reset page, or call us back.
    .symptom = "I never get the email with the code": the user asked for the email code, but it isn't in the inbox. Codes normally arrive within 5–20 seconds, in under a minute.
    .causes =
        1. The mail was moved to Junk or Deleted Items, or blocked by a mail filter.
        2. The code went to another mailbox: the authentication or alternate email on file isn't the one the user is checking.
    .fix =
        1. Check Junk and Deleted Items in the mailbox that is on file (see the user's Authentication methods).
        2. Allow the senders msonlineservicesteam@microsoft.com and msonlineservicesteam@microsoftonline.com (US Government: @azureadnotifications.us and @microsoftonline.us; 21Vianet: msonlineservicesteam@oe.21vianet.com and 21Vianetonlineservicesteam@21vianet.com).
        3. Correct the email address if it is wrong, then request a new code.
        4. Sending 10 emails within 10 minutes triggers throttling; then wait 24 hours.

entry-msg-throttled = Too many attempts: password reset blocked for 24 hours
    .caller = Too many attempts have blocked password reset for your account for 24 hours. Please wait 24 hours from your last attempt, then try again at https://aka.ms/sspr. Trying earlier starts the wait again.
    .symptom = The user is told they have tried too many times and are blocked for now, and can't continue the reset.
    .causes =
        1. Within one hour: 5 phone verifications (SMS, call or authenticator app attempts), 5 security-question attempts, or 5 resets of the same account.
        2. 10 emails within 10 minutes.
        3. Failing to prove identity 5 times within 24 hours.
    .fix =
        1. Wait 24 hours after the last attempt, then try once, carefully.
        2. Meanwhile fix what made the attempts fail (wrong number, mail filtered as junk).
        3. If the user needs access now, an admin resets the password in the Entra admin center.
        4. The counters reset after a successful reset.

entry-msg-code-expired = Verification code expired or the reset session timed out
    .caller = The code or the reset page timed out. Please start the reset again at https://aka.ms/sspr, ask for a new code, and type it in within 5 minutes. Use only the newest code.
    .symptom = The user enters the code and is told it has expired, or the reset page times out halfway through.
    .causes =
        1. One-time codes are valid for 5 minutes.
        2. The whole reset session lasts 15 minutes.
    .fix =
        1. Restart the reset at aka.ms/sspr and enter the new code at once.
        2. Have the phone, mailbox or app at hand before starting, so the flow finishes within 15 minutes.

entry-msg-phone-validation-error = Reset: error validating the phone number
    .symptom = The reset portal asks the user to type their phone number and rejects it with an error validating the number.
    .causes =
        1. The number typed doesn't match the one on file, often because the country or area code was left out.
    .fix =
        1. Have the user type the full number, including country code and area code, as stored.
        2. If it still fails, check the stored number on the user's Authentication methods page and correct it.

entry-msg-email-as-user-id = Reset: error when the user types their email address as user ID
    .caller = On the reset page, please type your work sign-in name (user@company.com, as you use it to sign in to Microsoft 365), not a private or alias email address, then try again.
    .symptom = On the first page of aka.ms/sspr the user types their email address and gets an error; the account isn't found.
    .causes =
        1. The user principal name (UPN) differs from the primary SMTP email address, and the reset portal expects the UPN.
    .fix =
        1. Have the user enter their UPN (sign-in name) instead.
        2. Or the tenant admin enables "Sign-in with email as an alternate login ID".

entry-msg-error-processing-request = "There's an error processing the request" during registration or reset
    .symptom = Registration or reset stops with a generic "error processing the request" message and no SSPR code.
    .causes =
        1. A passing service problem or outage.
        2. A configuration problem that the message doesn't name.
    .fix =
        1. Retry after a few minutes in a new private browser window.
        2. If it repeats, collect the support code (link at the bottom right of the page), the time with time zone, the UPN and the page URL.
        3. Check the user's scope, license and registration, then open a support case quoting the support code.

entry-msg-on-prem-policy-violation = "On-premises policy violation": AD refused the new password
    .caller = The new password does not meet the company's password rules (length, complexity, or a password used before). Please choose a new password you have not used before, longer than the last one, with upper and lower case letters, numbers and symbols, and try again. If you changed your password today, you may have to wait until tomorrow.
    .symptom = A synced user picks a new password that looks fine and is told it breaks the on-premises policy; the page doesn't say which rule.
    .causes =
        1. The password fails an AD rule: minimum length, complexity, Minimum password age, history, a fine-grained password policy, a password filter or Entra Password Protection.
        2. On-premises rules are never shown on the SSPR page, and writeback users get no strength meter.
    .fix =
        1. Ask the on-premises admin for the real rules (net accounts, Get-ADDefaultDomainPasswordPolicy, net user <user> /domain for fine-grained policies).
        2. Choose a longer password that isn't one of the recent ones.
        3. If the user already changed the password today, Minimum password age may block it: wait, or the admin sets it to 0.

entry-msg-fuzzy-password-policy = Password refused by the banned-password ("fuzzy") check
    .caller = The new password was refused because it is too easy to guess (it contains a common word, the company name or a pattern). Please choose a longer passphrase of unrelated words, and try again.
    .symptom = The user's new password is refused as too common or too easy to guess, although it is long and complex.
    .causes =
        1. The password matches the banned-password list, including fuzzy matches of banned words.
        Audit log: a failed "Reset password (self-service)" or "Change password (self-service)" row with the reason FuzzyPolicyViolationInvalidPassword.
    .fix =
        1. Choose a different password without common words, names or variants of them.
        2. Keep to the cloud rules: 8–256 characters, three of four character types, no Unicode.

entry-msg-admin-policy-ignored = Admin reset ignores the SSPR policy we configured
    .symptom = An admin is asked for two methods, can't use security questions, or sees methods you didn't enable: the Password reset settings seem to be ignored for them.
    .causes =
        1. Any account with an Entra admin role uses Microsoft's two-gate administrator policy, not the tenant's user policy.
        2. That policy needs two methods and never allows security questions. After the migration to the Authentication methods policy, admins may register and use any method of the legacy administrator policy or any method the Authentication methods policy enables for them, so they can also see methods the user policy doesn't offer.
    .fix =
        1. Check the account's role assignments; with any admin role, the behaviour is expected.
        2. Test the user policy with a licensed non-admin account.
        3. View the admin policy (read-only) under Password reset > Administrator policy.

entry-msg-could-not-verify = "We could not verify your account"
    .symptom = The reset portal tells the user it couldn't verify the account, and the reset stops.
    .causes =
        1. No phone number is registered for the user, so there is nothing to verify against. Since 5 October 2026 a number that is only on the profile (Mobile phone, synced from AD or typed in by an admin) doesn't count.
    .fix =
        1. Open the user > Authentication methods. If the number is only on the profile, the user must register it at aka.ms/ssprsetup, preferably with the Microsoft Authenticator app or an email address as well: Microsoft-delivered SMS and voice end on 1 February 2027.
        2. If the user can't sign in, an admin resets the password first so the user can register.
        3. Retry the reset.

entry-msg-servers-catch-up = "Our servers take a little time to catch up" after a password change
    .caller = Your password was changed. Our servers take a little time to catch up: please wait at least 2 minutes, then sign in with the new password.
    .symptom = At first sign-in the user must change the password, does so, and is told it was updated but the servers need a little time to catch up; the new password doesn't work yet.
    .causes =
        1. The tenant uses pass-through authentication, an admin has just reset the password on-premises, and password hash sync hadn't yet carried the temporary password to the cloud before the forced change.
    .fix =
        1. Wait at least 2 minutes, then sign in with the new password.
        2. Next time, wait at least 2 minutes after an on-premises reset before the user signs in.

entry-msg-cloud-reset-not-written-back = Reset worked in the cloud, but the on-premises password is unchanged
    .symptom = "The reset worked, but on my PC the old password still works": the new password is accepted by Microsoft 365 but not by on-premises AD, because it was never written back.
    .causes =
        1. The password was reset somewhere that doesn't write back: the Microsoft 365 admin center, MSOnline or AzureAD PowerShell (v1/v2), a user resetting through PowerShell or Graph, or Update-MgUser passwordProfile-style updates.
        2. An admin reset their own password through the reset tool, or the user is a member of an on-premises protected group.
        3. Writeback is off in Entra Connect or under On-premises integration, or this Entra Connect instance doesn't sync the user (check cloud sync versus Entra Connect Sync scope).
        4. The other direction is different: a password set directly in AD reaches the cloud only through password hash sync (about every 2 minutes), not through writeback.
    .fix =
        1. Ask exactly where and how the password was reset.
        2. Reset synced users from the Entra admin center or Azure portal, at aka.ms/sspr, or with the Graph authentication-method resetPassword API; these paths are written back, and so are the user's own password changes.
        3. On the Entra Connect server look for 31009 or 31001 at that time in the Application log: none means the request never went to writeback.
        4. Check both writeback switches and that the user is in this Entra Connect's sync scope, then reset again from a supported path.
    .uncertain = That Update-MgUser passwordProfile-style updates are not written back is inferred from Microsoft's rows on users resetting through PowerShell or Graph, not stated outright.

entry-msg-admin-reset-onprem-policy = Admin reset: "your on-premises policy does not allow it"
    .symptom = An admin resets a synced user's password in the Entra admin center or Azure portal and is told the password can't be reset because the on-premises policy doesn't allow it.
    .causes =
        1. The temporary password breaks AD password policy: length, complexity, history, Minimum password age, a fine-grained policy, a password filter or Entra Password Protection.
        2. Evidence on the DC: Security event 4724 with Audit Failure by the MSOL_ account.
    .fix =
        1. Use a temporary password that meets the AD policy.
        2. Read the policy with net accounts, Get-ADDefaultDomainPasswordPolicy, and net user <user> /domain for fine-grained policies.
        3. Check password filters and Entra Password Protection agents; filters must allow admin-initiated resets, because writeback sets passwords the way an admin reset does.

entry-msg-out-of-scope-change-complexity = Password change refused as too weak: user outside the SSPR scope
    .symptom = A synced user changes their password (for example from My Account) and is told the new password doesn't meet length, complexity, age or history requirements, although it clearly does.
    .causes =
        1. The user isn't in the SSPR scope; a password change written back on-premises needs the user in scope, and the error text is misleading.
    .fix =
        1. Check Password reset > Properties: is the user in the selected group?
        2. Add the user to the group (or set All) and have them change the password again.
    .uncertain = This behaviour comes from a community blog's lab test, not from Microsoft documentation.

entry-msg-account-changed-on-prem = Reset: "your account information has changed on-premises"
    .symptom = A synced user's reset fails with "We are unable to reset your password because your account information has changed on-premises", although the writeback permissions look right.
    .causes =
        1. Not documented by Microsoft; seen with Entra Connect writeback where permissions were fine. The root cause is unknown.
    .fix =
        1. Rule out the known causes: read the Application log on the Entra Connect server at the time of the attempt (31001, then 31003 with a 33xxx event, ADSync 6329).
        2. Check that this Entra Connect instance syncs the user, and that permissions and inheritance are correct.
        3. Escalate to Microsoft with the support code, time with time zone, UPN and the zipped Application log.
    .uncertain = Known only from a community blog post (rmilne.ca, 2025-10-02); Microsoft documents neither this message nor its cause.

entry-msg-unable-configure-writeback = Entra Connect wizard: "Unable to configure password writeback"
    .symptom = Ticking Password writeback in the Entra Connect wizard fails with "Unable to configure password writeback. Ensure you have the required license.", although the licenses are in place.
    .causes =
        1. The admin account used in the wizard has no license, or is a federated account (events 32009, 31014).
        2. The server clock is skewed.
        3. TLS 1.2 is not enabled for .NET on the server.
    .fix =
        1. Rerun the wizard with a licensed, cloud-only (not federated) Hybrid Identity Administrator account (Microsoft's writeback pages call the role "Hybrid Administrator").
        2. Sync the server clock with an authoritative time source.
        3. Enable TLS 1.2 for .NET, reboot, and confirm outbound 443 to the Service Bus endpoints.
        4. Run the wizard again and look for events 31005 and 31015 in the Application log.

entry-msg-no-password-reset-blade = Admin center: the Password reset blade is missing
    .symptom = An admin can't find Password reset in the Entra admin center or the Azure portal, or the Self-Service Password Management audit activities don't show.
    .causes =
        1. The admin's own account has no Entra ID license.
        2. Looking in the wrong place: the current path is Entra ID > Password reset (older docs: Protection > Password reset).
    .fix =
        1. Assign the admin an Entra ID license (for example P1).
        2. Open Entra ID > Password reset at entra.microsoft.com, or Microsoft Entra ID > Password reset in the Azure portal.

entry-msg-onprem-integration-missing = Admin center: On-premises integration tab missing or greyed out
    .symptom = Under Password reset the On-premises integration tab is missing, its options are greyed out, or it says on-premises integration has not been enabled.
    .causes =
        1. Password writeback hasn't been configured in Microsoft Entra Connect; the tab appears only after that.
        2. The tenant has no license that includes writeback (Entra ID P1, P2 or Microsoft 365 Business Premium).
    .fix =
        1. Enable Password writeback in the Entra Connect wizard (Optional features).
        2. Check the tenant's subscriptions for a writeback-capable license.
        3. Open the tab with at least Hybrid Identity Administrator, then test a reset with a licensed, synced non-admin user at passwordreset.microsoftonline.com.

entry-msg-disabled-method-still-offered = Registration offers a disabled method (app password, office phone)
    .symptom = On the combined Security info page users are asked to register a method the SSPR policy doesn't enable, such as an app password or an office phone.
    .causes =
        1. The Authentication methods policy enables the method for this user. In a tenant whose migration is complete, that policy alone decides; before migration, the SSPR policy or the legacy MFA settings can also enable it.
        2. App passwords appear only for users under per-user MFA enforcement.
        3. Office phone shows when the user's Business phone attribute is set.
    .fix =
        1. Read the migration state first: Entra ID > Authentication methods > Policies > Manage migration, or policyMigrationState in Graph (policies/authenticationMethodsPolicy).
        2. Migration Complete: disable the method, or remove the user's group from its targets, in the Authentication methods policy; ticks under Password reset > Authentication methods no longer change anything (only security questions stay there). Not complete: the legacy lists can no longer be managed since 30 September 2025, so finish the migration and then change the method in the Authentication methods policy.
        3. For app passwords, check whether the user is enforced for per-user MFA in the legacy MFA settings.

entry-msg-audit-duplicate-registrations = Audit log: one registration appears several times
    .symptom = In the Password reset audit log a single registration shows up as several entries.
    .causes =
        1. Each registered item (phone, email, security questions and so on) is logged separately.
    .fix =
        1. This is expected: export the audit log and pivot by user and time to get one row per registration.

entry-msg-windows-reset-link-missing = Windows sign-in: "Reset password" link missing or doing nothing
    .symptom = On the Windows sign-in or lock screen there's no "Reset password" link, the link does nothing, or Windows says it needs Windows Hello or a smart card.
    .causes =
        1. The user isn't enabled for SSPR, or the Windows SSPR policy hasn't reached the device.
        2. A blocking device policy: NoLockScreen, lock-screen notifications off, HideFastUserSwitching, DontDisplayLastUserName, BlockNonAdminUserInstall, EnableLostMode, a custom shell, "Interactive logon: Require Windows Hello for Business or smart card" (scforceoption; older name "Interactive logon: Require smart card"), or UAC turned off through EnableLUA.
        3. The combination "Do not require CTRL+ALT+DEL" = Disabled (Windows 10 1710 and earlier) plus DisableLockScreenAppNotifications = 1 plus Windows Home edition.
        4. Remote Desktop or Hyper-V enhanced sessions, some third-party credential providers, or 802.1x with "Perform immediately before user logon". (A Microsoft Entra hybrid joined device off the network is not a cause: the reset works, but the device accepts the new password only once it can reach a DC again.)
        5. Kiosk, Intune Secure assessment or security-baseline profiles.
    .fix =
        1. Confirm the user can reset at aka.ms/sspr and that the Windows SSPR policy is deployed to the device.
        2. Compare the device's policies with the list above and remove the conflicting one.
        3. Look for kiosk, Secure assessment or security-baseline profiles assigned to the device in Intune.
        4. Until it is fixed, the user resets from another device at aka.ms/sspr.
    .uncertain = The kiosk, Secure assessment and security-baseline conflicts come from public issue reports, not from Microsoft's list of limitations.

entry-msg-onprem-status-running = On-premises integration: the writeback client is up and running
    .symptom = The On-premises integration page reports that the writeback client is running.
    .causes =
        1. Healthy state: the cloud can reach the writeback client on the Entra Connect server.
    .fix =
        1. Nothing to fix on the connection. If resets still fail, read the Application log on the Entra Connect server for 31003 and 33xxx events.
    .uncertain = These status messages are listed only in the 2023 version of Microsoft's "How it works" page; the current page no longer lists them, so the wording on screen may differ.

entry-msg-onprem-status-outdated = On-premises integration: running, but Entra Connect is out of date
    .symptom = The On-premises integration page reports that writeback is running but Microsoft Entra Connect is out of date.
    .causes =
        1. The Entra Connect version on the server is old; writeback still works for now.
    .fix =
        1. Back up custom sync rules, then upgrade Entra Connect in place to the latest version.
        2. Disable and re-enable Password writeback afterwards, and test a reset.
    .uncertain = These status messages are listed only in the 2023 version of Microsoft's "How it works" page; the current page no longer lists them, so the wording on screen may differ.

entry-msg-onprem-status-unknown = On-premises integration: status unknown (Entra Connect too old)
    .symptom = The On-premises integration page can't show the writeback status because Microsoft Entra Connect is too old to report it.
    .causes =
        1. The Entra Connect version doesn't report writeback health.
    .fix =
        1. Back up custom sync rules and upgrade Entra Connect in place to the latest version.
        2. Disable and re-enable Password writeback, then check the status again.
    .uncertain = These status messages are listed only in the 2023 version of Microsoft's "How it works" page; the current page no longer lists them, so the wording on screen may differ.

entry-msg-onprem-status-cannot-connect = On-premises integration: cannot connect to the writeback client
    .symptom = The On-premises integration page says the cloud can't connect to the writeback client; synced users usually get SSPR_0030.
    .causes =
        1. Outbound 443 to the Service Bus relay is blocked, the Microsoft Azure AD Sync service is stopped, TLS 1.2 is missing or the clock is skewed.
    .fix =
        1. Work through the writeback connectivity checklist: outbound 443, proxy, TLS 1.2, .NET Framework 4.8, clock.
        2. Restart the Microsoft Azure AD Sync service, then toggle Password writeback off and on.
    .uncertain = These status messages are listed only in the 2023 version of Microsoft's "How it works" page; the current page no longer lists them, so the wording on screen may differ.

entry-msg-onprem-status-not-configured = On-premises integration: writeback not properly configured
    .symptom = The On-premises integration page says password writeback isn't properly configured.
    .causes =
        1. Password writeback was never enabled, or not completed, in the Entra Connect wizard.
    .fix =
        1. Run the Entra Connect wizard: Configure > Customize synchronization options > Optional features, tick Password writeback and finish with a licensed, non-federated Hybrid Identity Administrator account (called "Hybrid Administrator" on Microsoft's writeback pages).
        2. Check the Application log for 31005 (onboarding done) and 31015 (service started).
    .uncertain = These status messages are listed only in the 2023 version of Microsoft's "How it works" page; the current page no longer lists them, so the wording on screen may differ.

entry-msg-onprem-status-temporary-issue = On-premises integration: temporary issue on Microsoft's side
    .symptom = The On-premises integration page reports a temporary problem on Microsoft's side.
    .causes =
        1. A passing service problem in the cloud, not on your server.
    .fix =
        1. Wait and check the page again later.
        2. If synced users can't reset for a long time, collect the support code, times with time zone and the Application log and open a support case.
    .uncertain = These status messages are listed only in the 2023 version of Microsoft's "How it works" page; the current page no longer lists them, so the wording on screen may differ.

## ADSync events and codes (Application log on the Entra Connect server)

entry-adsync-6329-password-restriction = 6329 MMS(4924) 0x80230619: AD refused the new password
    .symptom = A synced user's reset or change fails (often with "On-premises policy violation" or SSPR_0029), and ADSync event 6329 shows "BAIL: MMS(4924) 0x80230619": a restriction prevents the password from being changed.
    .causes =
        1. The password breaks the AD policy: Minimum password age, history, complexity or a password filter.
        2. The account has "User cannot change password" (PASSWD_CANT_CHANGE) set.
    .fix =
        1. Choose a password that meets the AD policy.
        2. For testing, set Minimum password age and history to 0 (GPO, then gpupdate /force); keep Minimum password age at 0 if users must reset more than once a day.
        3. Clear "User cannot change password" on the account in AD.

entry-adsync-6329-ldap-policy-control = 6329 MMS(3040): DCs lack the LDAP password policy control
    .symptom = Writeback fails and ADSync event 6329 shows "MMS(3040): admaexport.cpp(2837)": the server doesn't support the LDAP password policy control.
    .causes =
        1. The domain controllers don't support LDAP_SERVER_POLICY_HINTS_OID (1.2.840.113556.1.4.2066).
    .fix =
        1. Writeback needs domain controllers running Windows Server 2016 or later; upgrade or replace the older DCs.
        2. The old advice (Windows Server 2008 with a service pack and hotfix KB2386717) no longer helps: the hotfix can't be downloaded.

entry-adsync-6329-forest-added = 6329 0x8023061f: password sync not enabled on this management agent
    .symptom = Writeback fails for users of one forest and ADSync event 6329 shows 0x8023061f (password synchronization is not enabled on this management agent).
    .causes =
        1. The forest was added, or added again, to Entra Connect after password writeback had been enabled.
    .fix =
        1. In the Entra Connect wizard, untick Password writeback and finish; run it again, tick Password writeback and finish.
        2. Repeat this after every change to the forests.

entry-adsync-6329-access-denied = 6329 ERROR_ACCESS_DENIED: remote SAM calls blocked for MSOL_
    .symptom = Writeback fails (SSPR_0029, event 33004) and ADSync event 6329 from admaexport.cpp shows ERROR_ACCESS_DENIED "Failed to acquire user information" with the MSOL_ account name.
    .causes =
        1. The policy "Network access: Restrict clients allowed to make remote calls to SAM", often set by a hardening baseline, doesn't allow the AD DS connector account. It may apply to the Entra Connect server or to the domain controllers.
    .fix =
        1. On the Entra Connect server and on the DCs, find where it applies: gpresult /h report.html, and Get-ItemProperty HKLM:\System\CurrentControlSet\Control\Lsa -Name RestrictRemoteSam.
        2. Add the MSOL_ account to that policy with Remote Access: Allow, or remove the setting from the GPO that sets it.
        3. If you remove it, also delete the RestrictRemoteSam value on that machine; deleting only the value doesn't last, because the GPO writes it back at the next refresh.
        4. Run gpupdate /force and retry the reset.

entry-adsync-hr-80230402 = hr=80230402: duplicated entries with the same anchor
    .symptom = Writeback fails and the ADSync error contains hr=80230402 (duplicated entries with the same anchor). Microsoft's page misprints it as "HR 8023042".
    .causes =
        1. The same user is enabled in more than one forest or domain, or the anchor isn't unique.
    .fix =
        1. Find the duplicate objects in the connector space and metaverse (Synchronization Service Manager) and remove or disable the extra ones.
        2. Make sure the anchor attribute is unique for each user.

entry-adsync-hr-800700ce = hr=800700CE: "The filename or extension is too long"
    .symptom = After an unlock or reset, ADSync logs hr=800700CE "The filename or extension is too long".
    .causes =
        1. The AD DS connector account's password is too long.
    .fix =
        1. Reset the connector (MSOL_) account's password in AD to 256 characters or fewer (older docs said 127).
        2. Enter the new password in Synchronization Service Manager > Connectors > AD connector > Properties > credentials.
        3. Retry the reset.

entry-adsync-object-not-found = ADSync: "Object could not be found"
    .symptom = Writeback for one user fails and ADSync says the object could not be found.
    .causes =
        1. The user isn't in this Entra Connect server's connector space or metaverse, or the Microsoft.InfromADUserAccountEnabled.xxx link is missing.
    .fix =
        1. Confirm that this Entra Connect instance syncs the user (right forest, OU filtering).
        2. Search the connector space and metaverse in Synchronization Service Manager and check the object's links.
        3. Fix the sync scope, run a sync cycle and retry.

entry-adsync-multiple-matches = ADSync: "Multiple matches found"
    .symptom = Writeback fails and ADSync reports multiple matches.
    .causes =
        1. The same person has an enabled account in more than one forest, all linked to the same metaverse object.
    .fix =
        1. This setup isn't supported: keep one account enabled and disable the others, then retry.

entry-adsync-ma-denied-access = ADSync: "management agent was denied access"
    .symptom = Writeback fails and ADSync says the management agent was denied access.
    .causes =
        1. The AD DS connector (ADMA / MSOL_) account lacks the writeback permissions.
        2. The permissions were granted but haven't yet reached the user object.
    .fix =
        1. Check and grant the permissions (see the writeback permission checklist entry).
        2. Wait up to about an hour for replication and sdprop, then retry.

entry-adsync-6800 = 6800: the writeback endpoint failed to start
    .symptom = ADSync logs event 6800 when the service starts, sometimes with "Couldn't connect to any service bus endpoint(s)"; sync keeps running, but synced users' resets fail (SSPR_0030).
    .causes =
        1. The writeback WCF endpoint couldn't start with ADSync, usually because the Service Bus can't be reached.
    .fix =
        1. Read the PasswordResetService events logged at the same time (32002, 31034, 31044) to find the reason.
        2. Check outbound 443 to *.servicebus.windows.net and *.passwordreset.microsoftonline.com, TLS 1.2 and the clock.
        3. Restart the Microsoft Azure AD Sync service; if needed, disable and re-enable Password writeback.

entry-adsync-6306 = 6306: unexpected server error (check the clock)
    .symptom = ADSync logs event 6306, an unexpected server error, together with 6800, 32001 or 31044, for example when enabling writeback fails.
    .causes =
        1. The server clock is badly out of sync.
    .fix =
        1. Sync the clock with an authoritative time source.
        2. Restart the Microsoft Azure AD Sync service and retry.

entry-adsync-8023062c = 8023062C: LDAP traffic to AD isn't signed and encrypted
    .symptom = Writeback fails and the log says the password could not be set because the setting is insecure and a 128-bit TLS/SSL connection is required (0x8023062c).
    .causes =
        1. The AD DS connector doesn't sign and encrypt its LDAP traffic, and the domain controllers require it.
    .fix =
        1. In Synchronization Service Manager open the AD connector > Properties.
        2. Enable "Sign and Encrypt LDAP Traffic" in the forest connection options, in each directory partition's domain controller connection options, and in the alternate credentials options.
        3. Restart the Microsoft Azure AD Sync service and retry.

entry-adsync-656-657 = 656 and 657 after enabling writeback: expected, not errors
    .symptom = Right after password writeback is first enabled, the log fills with events 656 and 657 that look like password changes.
    .causes =
        1. These are password hash re-sync events, not real password changes.
    .fix =
        1. Nothing to do. For real writeback activity, look for PasswordResetService events 31001 to 31011.

## PasswordResetService events (Application log on the Entra Connect server)

entry-event-31001 = Event 31001: PasswordResetStart, a reset request arrived (good sign)
    .symptom = PasswordResetService logs 31001 when a synced user starts a self-service reset.
    .causes =
        1. Informational: the cloud handed a reset request to the writeback service. It is the first event of every reset and shows the connection works.
    .fix =
        1. No fix needed. Follow it to 31002 (success) or 31003 (failure).
        2. If a reset failed and there is no 31001 at that time, the request never arrived: check connectivity (31016, 32002, 31034, 31044).

entry-event-31002 = Event 31002: PasswordResetSuccess, reset written to AD (good sign)
    .symptom = PasswordResetService logs 31002 after 31001.
    .causes =
        1. Informational: writeback set the reset password in on-premises AD.
    .fix =
        1. No fix needed on the writeback side.
        2. If the user still can't sign in to cloud apps, see OnPremisesSuccessCloudFailure and wait a few minutes.

entry-event-31003 = Event 31003: PasswordResetFail, AD refused the reset
    .symptom = A synced user's reset fails on the reset portal, and PasswordResetService logs 31003 after 31001.
    .causes =
        1. The password breaks the AD policy (Minimum password age, history, complexity, password filter).
        2. The AD DS connector (ADMA / MSOL_) account lacks permissions on the user.
        3. The user is in an on-premises protected group.
    .fix =
        1. Read the 33xxx and ADSync 6329 events logged at the same moment; they name the reason.
        2. Policy: choose a compliant password. Permissions: work through the writeback permission checklist.
        3. Protected-group user: reset the password on-premises.

entry-event-31004 = Event 31004: OnboardingEventStart, writeback onboarding started
    .symptom = PasswordResetService logs 31004 while Password writeback is being enabled in the Entra Connect wizard.
    .causes =
        1. Informational: the writeback client began registering with the cloud. It is not a connection error, whatever some third-party summaries say.
    .fix =
        1. Expect 31017, 31018, 31005 and 31015 next.
        2. If 31005 doesn't follow, look for 32009, 32011 or 31014 and use their entries.

entry-event-31005 = Event 31005: OnboardingEventSuccess, writeback is ready (good sign)
    .symptom = PasswordResetService logs 31005 after enabling Password writeback.
    .causes =
        1. Informational: onboarding finished and writeback is ready.
    .fix =
        1. No fix needed. Make sure the cloud switch is on too: Password reset > On-premises integration.

entry-event-31006 = Event 31006: ChangePasswordStart, a password change arrived
    .symptom = PasswordResetService logs 31006 when a synced user changes their password in the cloud.
    .causes =
        1. Informational: a cloud password change (the user knows the current password) reached the writeback service.
    .fix =
        1. No fix needed. Follow it to 31007 (success) or 31008 (failure).

entry-event-31007 = Event 31007: ChangePasswordSuccess, the change reached AD (good sign)
    .symptom = PasswordResetService logs 31007 after 31006.
    .causes =
        1. Informational: writeback wrote the changed password to on-premises AD.
    .fix =
        1. No fix needed.

entry-event-31008 = Event 31008: ChangePasswordFail, AD refused the password change
    .symptom = A synced user's password change in the cloud fails, and PasswordResetService logs 31008 after 31006.
    .causes =
        1. The new password breaks the AD policy (Minimum password age, history, complexity, password filter).
        2. The connector (ADMA / MSOL_) account lacks permissions on the user.
        3. The user is in an on-premises protected group.
    .fix =
        1. Read the 33xxx and ADSync 6329 events logged at the same moment.
        2. Policy: choose a compliant password; check Minimum password age if the user changed it recently.
        3. Permissions: work through the writeback permission checklist.

entry-event-31009 = Event 31009: ResetUserPasswordByAdminStart, an admin reset arrived
    .symptom = PasswordResetService logs 31009 when an admin resets a synced user's password in the Entra admin center or Azure portal.
    .causes =
        1. Informational: an admin-initiated reset reached the writeback service.
    .fix =
        1. No fix needed. Follow it to 31010 (success) or 31011 (failure).
        2. No 31009 although an admin reset the user? Resets from the Microsoft 365 admin center or MSOnline / AzureAD PowerShell are not written back.

entry-event-31010 = Event 31010: ResetUserPasswordByAdminSuccess, written to AD (good sign)
    .symptom = PasswordResetService logs 31010 after 31009.
    .causes =
        1. Informational: the password an admin set in the cloud was written to on-premises AD.
    .fix =
        1. No fix needed.

entry-event-31011 = Event 31011: ResetUserPasswordByAdminFail, AD refused the admin reset
    .symptom = An admin's reset of a synced user fails (often "your on-premises policy does not allow it"), and PasswordResetService logs 31011.
    .causes =
        1. The temporary password breaks the AD policy.
        2. The connector (ADMA / MSOL_) account lacks permissions on the user.
        3. The user is in an on-premises protected group.
    .fix =
        1. Use a temporary password that meets the AD policy (check DC Security event 4724).
        2. Check the connector account's permissions and inheritance on the user.
        3. Protected-group user: reset the password on-premises.

entry-event-31012 = Event 31012: OffboardingEventStart, writeback is being disabled
    .symptom = PasswordResetService logs 31012 while Password writeback is being turned off in the Entra Connect wizard.
    .causes =
        1. Informational: someone is disabling writeback, or toggling it off and on as a fix.
    .fix =
        1. If nobody meant to disable it, re-enable Password writeback; while it is off, synced users can't reset (SSPR_0010).
        2. During a toggle, expect 31013 and then 31004 and 31005.

entry-event-31013 = Event 31013: OffboardingEventSuccess, writeback is disabled
    .symptom = PasswordResetService logs 31013 after 31012.
    .causes =
        1. Informational: writeback was turned off successfully.
    .fix =
        1. If this was part of a toggle, enable Password writeback again now.
        2. If it was not intended, re-enable it; synced users can't reset until you do.

entry-event-31014 = Event 31014: OffboardingEventFail, disabling writeback failed
    .symptom = Turning Password writeback off in the Entra Connect wizard fails and PasswordResetService logs 31014.
    .causes =
        1. The admin account used lacks the permissions needed.
        2. A federated admin account was used.
    .fix =
        1. Rerun the wizard with a licensed, cloud-only (not federated) Hybrid Identity Administrator account (called "Hybrid Administrator" on Microsoft's writeback pages).

entry-event-31015 = Event 31015: WriteBackServiceStarted, service is up (good sign)
    .symptom = PasswordResetService logs 31015, typically when ADSync starts or after writeback is enabled.
    .causes =
        1. Informational: the writeback service is up and accepting requests.
    .fix =
        1. No fix needed. If resets still fail, look for 31003 or 33xxx events at the time of the attempt.

entry-event-31016 = Event 31016: WriteBackServiceStopped, writeback is down
    .symptom = PasswordResetService logs 31016 and synced users can no longer reset (usually SSPR_0030).
    .causes =
        1. The writeback service stopped, so every cloud request fails.
    .fix =
        1. Check that the Microsoft Azure AD Sync service is running (services.msc) and restart it.
        2. Look for 31015 after the restart; if it doesn't come, read 6800 and the 32xxx events.
        3. Still down: disable and re-enable Password writeback, then upgrade Entra Connect.

entry-event-31017 = Event 31017: AuthTokenSuccess, setup admin token received (good sign)
    .symptom = PasswordResetService logs 31017 while writeback is being enabled.
    .causes =
        1. Informational: the service got a token for the admin account used in the wizard.
    .fix =
        1. No fix needed.

entry-event-31018 = Event 31018: KeyPairCreationSuccess, key created (good sign)
    .symptom = PasswordResetService logs 31018 while writeback is being enabled.
    .causes =
        1. Informational: the key used to encrypt passwords on their way to the server was created.
    .fix =
        1. No fix needed.

entry-event-31019 = Event 31019: ServiceBusHeartBeat, Service Bus reachable (good sign)
    .symptom = PasswordResetService logs 31019 regularly.
    .causes =
        1. Informational: the heartbeat to the tenant's Service Bus relay succeeded.
    .fix =
        1. No fix needed. If these stop appearing, check outbound 443 and the ADSync service.

entry-event-31034 = Event 31034: ServiceBusListenerError, can't reach Service Bus listener
    .symptom = PasswordResetService logs 31034 and synced users' resets fail (SSPR_0030); the text may say "remote certificate is invalid".
    .causes =
        1. The server can't connect to the Service Bus listener: firewall, proxy or TLS problem.
        2. With "remote certificate is invalid": root CAs needed after Azure's TLS certificate changes are missing.
    .fix =
        1. Test outbound 443 to *.servicebus.windows.net and check the proxy.
        2. Install the required root CAs on the Entra Connect server.
        3. Restart the Microsoft Azure AD Sync service.

entry-event-31044 = Event 31044: PasswordResetService, not all Service Bus hosts running
    .symptom = PasswordResetService logs 31044 saying writeback isn't healthy; resets may fail with SSPR_0030.
    .causes =
        1. Not all Service Bus service hosts are running; writeback keeps two redundant relays.
    .fix =
        1. Check outbound 443 to *.servicebus.windows.net and proxy idle timeouts.
        2. Restart the Microsoft Azure AD Sync service; if it persists, disable and re-enable Password writeback.

entry-event-32000 = Event 32000: UnknownError
    .symptom = PasswordResetService logs 32000, an unknown error, during a writeback operation.
    .causes =
        1. An unexpected error; the exception text in the event gives the detail.
    .fix =
        1. Read the exception text in the event.
        2. Disable and re-enable Password writeback in the Entra Connect wizard.
        3. If it continues, open a support case with the tracking ID from the event.

entry-event-32001 = Event 32001: ServiceError, can't reach the password reset web service
    .symptom = PasswordResetService logs 32001 and writeback operations fail.
    .causes =
        1. The server can't reach the cloud password reset web service (firewall, proxy, TLS 1.2, clock).
    .fix =
        1. Allow outbound 443 to *.passwordreset.microsoftonline.com and *.servicebus.windows.net.
        2. Check TLS 1.2 for .NET and the server clock, then restart the Microsoft Azure AD Sync service.

entry-event-32002 = Event 32002: ServiceBusError, can't reach the tenant's Service Bus
    .symptom = PasswordResetService logs 32002, for example "token provider was unable to provide a security token", and synced users get SSPR_0030.
    .causes =
        1. The server can't reach the tenant's Service Bus relay: outbound TCP 443 blocked, or a proxy in the way.
    .fix =
        1. Allow outbound TCP 443 to the Service Bus endpoints (*.servicebus.windows.net) and *.passwordreset.microsoftonline.com.
        2. Restart the Microsoft Azure AD Sync service.
        3. Disable and re-enable Password writeback.

entry-event-32003 = Event 32003: InPutValidationError, invalid input to the web service
    .symptom = PasswordResetService logs 32003 for one request.
    .causes =
        1. The input passed to the web service was invalid.
    .fix =
        1. Retry the operation.

entry-event-32004 = Event 32004: DecryptionError, the password couldn't be decrypted
    .symptom = PasswordResetService logs 32004 and resets fail.
    .causes =
        1. The encryption keys don't match, so the server can't decrypt the password sent from the cloud.
    .fix =
        1. Disable and re-enable Password writeback in the Entra Connect wizard; this creates new keys.

entry-event-32005 = Event 32005: ConfigurationError, local writeback config unreadable
    .symptom = PasswordResetService logs 32005.
    .causes =
        1. The service can't save or read its local writeback configuration file.
    .fix =
        1. Disable and re-enable Password writeback in the Entra Connect wizard.

entry-event-32007 = Event 32007: OnBoardingConfigUpdateError during onboarding
    .symptom = PasswordResetService logs 32007 while writeback is being enabled.
    .causes =
        1. A problem updating the in-memory configuration during onboarding.
    .fix =
        1. Disable and re-enable Password writeback in the Entra Connect wizard.

entry-event-32008 = Event 32008: ValidationError, invalid response from the web service
    .symptom = PasswordResetService logs 32008.
    .causes =
        1. The password reset web service returned an invalid response.
    .fix =
        1. Disable and re-enable Password writeback in the Entra Connect wizard.

entry-event-32009 = Event 32009: AuthTokenError, no token for the setup admin
    .symptom = Enabling Password writeback in the Entra Connect wizard fails and PasswordResetService logs 32009.
    .causes =
        1. The admin's password was wrong.
        2. The admin account is federated; a token can't be obtained for it.
    .fix =
        1. Rerun the wizard with a managed account (cloud-only or password hash sync) holding the Hybrid Identity Administrator role (called "Hybrid Administrator" on Microsoft's writeback pages) and a license.

entry-event-32010 = Event 32010: CryptoError, key generation or decryption failed
    .symptom = PasswordResetService logs 32010.
    .causes =
        1. Generating the key or decrypting failed; the event details say which.
    .fix =
        1. Read the details in the event.
        2. Disable and re-enable Password writeback in the Entra Connect wizard.

entry-event-32011 = Event 32011: OnBoardingServiceError, enabling can't reach the service
    .symptom = Enabling Password writeback fails and PasswordResetService logs 32011.
    .causes =
        1. A firewall or proxy blocks outbound TCP 443 to the Service Bus host.
        2. A token problem, for example a federated admin used in the wizard.
    .fix =
        1. Allow outbound TCP 443 to *.servicebus.windows.net and *.passwordreset.microsoftonline.com. Microsoft's event table still says TCP 9350–9354; that predates Entra Connect 1.1.443.0, and writeback now needs 443 only.
        2. Rerun the wizard with a licensed, non-federated admin.

entry-event-32013 = Event 32013: OffBoardingError, disabling can't reach the service
    .symptom = Turning Password writeback off fails and PasswordResetService logs 32013.
    .causes =
        1. Same as 32011, while disabling: outbound TCP 443 to the Service Bus host is blocked, or there is a token problem such as a federated admin.
    .fix =
        1. Allow outbound TCP 443 to *.servicebus.windows.net and *.passwordreset.microsoftonline.com.
        2. Rerun the wizard with a licensed, non-federated admin.

entry-event-32014 = Event 32014: ServiceBusWarning, Service Bus connection retried
    .symptom = PasswordResetService logs 32014 now and then, or often.
    .causes =
        1. The connection to the Service Bus had to be retried.
    .fix =
        1. Occasional events need no action.
        2. If frequent, check latency and bandwidth on the path to the internet and proxy idle timeouts.

entry-event-32015 = Event 32015: ReportServiceHealthError, health heartbeat failed
    .symptom = PasswordResetService logs 32015.
    .causes =
        1. The 5-minute health heartbeat to the cloud failed (it carries no personal data).
    .fix =
        1. Check outbound 443 and the proxy; if it repeats, restart the Microsoft Azure AD Sync service.

entry-event-33001 = Event 33001: ADUnKnownError, unknown error from AD
    .symptom = A synced user's reset fails and PasswordResetService logs 33001.
    .causes =
        1. An unknown Active Directory error; the ADSync events give detail.
        2. Reserved characters in the user's OU or DN path: a leading space or #, a trailing space, or any of , + " \ < > ; = /, line feed or carriage return.
    .fix =
        1. Read the ADSync events logged at the same moment.
        2. Check the user's distinguished name and OU path for reserved characters and rename the OU or object.

entry-event-33002 = Event 33002: ADUserNotFoundError, user not found on-premises
    .symptom = A synced user's reset fails and PasswordResetService logs 33002.
    .causes =
        1. The user was deleted on-premises, or there is a sync problem.
    .fix =
        1. Check that the user exists in AD and is in this Entra Connect instance's sync scope.
        2. Fix the sync problem and run a sync cycle, then retry.

entry-event-33003 = Event 33003: ADMutliMatchError, two on-premises users share the anchor
    .symptom = A synced user's reset fails and PasswordResetService logs 33003.
    .causes =
        1. Two on-premises users share the same cloud anchor.
    .fix =
        1. Find both objects and remove or correct the duplicate so the anchor is unique.

entry-event-33004 = Event 33004: ADPermissionsError, connector account can't set password
    .symptom = A synced user's reset fails (usually SSPR_0029) and PasswordResetService logs 33004: "password writeback fails with a permissions error".
    .causes =
        1. The AD DS connector (ADMA / MSOL_) account lacks Reset password and the related rights on this user.
        2. Inheritance is disabled on the user or its OU.
        3. The user has adminCount = 1 (protected group).
        4. The SAM-restriction policy blocks the MSOL_ account (then also 6329 with ERROR_ACCESS_DENIED).
    .fix =
        1. Grant Reset password on all user objects in the forest (plus Write lockoutTime, Write pwdLastSet, Unexpire Password) at each domain root, or run Set-ADSyncPasswordWritebackPermissions.
        2. Enable inheritance; allow up to about an hour for replication and sdprop.
        3. Protected-group user: reset on-premises.
        4. Check Effective Access for the MSOL_ account on the user: Reset password must be allowed.

entry-event-33005 = Event 33005: ADUserAccountDisabled, account disabled on-premises
    .symptom = A synced user's reset fails and PasswordResetService logs 33005.
    .causes =
        1. The user's account is disabled in on-premises AD.
    .fix =
        1. If the user should have access, enable the account in AD, then retry the reset.

entry-event-33006 = Event 33006: ADUserAccountLockedOut, account locked out on-premises
    .symptom = A synced user's reset or change fails and PasswordResetService logs 33006.
    .causes =
        1. The user's account is locked out in on-premises AD.
    .fix =
        1. Unlock the account in AD (Active Directory Users and Computers > Account), then retry.
        2. With "Allow users to unlock accounts without resetting their password" set to Yes, users can also unlock themselves at aka.ms/sspr.

entry-event-33007 = Event 33007: ADUserIncorrectPassword, current password wrong
    .symptom = A synced user's password change fails and PasswordResetService logs 33007.
    .causes =
        1. The user typed the wrong current password during a change.
    .fix =
        1. Have the user try again with the correct current password.
        2. If they don't know it, use a reset at aka.ms/sspr instead of a change.

entry-event-33008 = Event 33008: ADPasswordPolicyError, AD password policy refused it
    .symptom = A synced user's reset or change fails ("On-premises policy violation" or "doesn't meet requirements") and PasswordResetService logs 33008.
    .causes =
        1. The password breaks the AD policy: Minimum password age, history, complexity or a password filter.
        2. A community report adds "User cannot change password" set on the account.
    .fix =
        1. Choose a password that meets the AD policy.
        2. If users must reset more than once a day, set Minimum password age to 0 (GPO, then gpupdate /force).
        3. Clear "User cannot change password" on the account if set.

entry-event-33009 = Event 33009: ADConfigurationError, AD configuration problem
    .symptom = A synced user's reset fails and PasswordResetService logs 33009.
    .causes =
        1. A problem with the Active Directory configuration.
    .fix =
        1. Read the ADSync events logged at the same moment for the detail.
        2. Fix what they name, then retry.

## Domain controller Security log

entry-dc-4724-audit-failure = Event 4724 Audit Failure: AD refused the password MSOL_ set
    .symptom = The DC Security log shows event 4724 "An attempt was made to reset an account's password" as Audit Failure, with the MSOL_ account as subject, at the time of a failed reset.
    .causes =
        1. Writeback reached AD, but the new or temporary password broke the local password policy.
        2. You only see the event if failure auditing for account management is enabled.
    .fix =
        1. Read the policy: net accounts, Get-ADDefaultDomainPasswordPolicy, net user <user> /domain for fine-grained policies; check password filters and Entra Password Protection.
        2. Have the user or admin choose a password that meets it.
        3. If the event doesn't appear, enable failure auditing for account management on the DCs and reproduce.

## Checklists

entry-checklist-writeback-permissions = Writeback permission and configuration checklist
    .symptom = Use when writeback reaches AD but fails: SSPR_0029, 31003, 31008 or 31011 with 33004, "management agent was denied access", or 6329 with ERROR_ACCESS_DENIED.
    .causes =
        1. The AD DS connector (MSOL_) account lacks its rights, or inheritance doesn't bring them to the user.
        2. Protected-group members (adminCount=1) lose inherited rights through AdminSDHolder.
        3. Permission changes haven't replicated yet.
        4. Missing AD prerequisites, or Entra Connect installed on a DC.
        5. On-premises password policy or account state (Minimum password age, "User cannot change password", disabled or locked).
        6. A forest was added after writeback was enabled.
    .fix =
        1. Find the connector account: Synchronization Service Manager > Connectors > AD connector > Properties > Connect to Active Directory Forest > User name (or wizard > View current configuration > Synchronized Directories).
        2. On each domain root grant it Reset password, Write lockoutTime and Write pwdLastSet (Descendant User objects) and Unexpire Password (This object and all descendant objects); the current tutorial also lists Change password, and granting it does no harm. Or run Set-ADSyncPasswordWritebackPermissions (ADSyncConfig module).
        3. Make sure inheritance is enabled on the user objects and OUs; reset protected-group members (adminCount=1) on-premises.
        4. Check effective access: Active Directory Users and Computers (View > Advanced Features) > user > Security > Advanced > Effective Access > MSOL_ account > Reset password allowed; or dsacls "<DN>" or Get-Acl.
        5. Allow an hour or more for replication; while testing use one preferred DC (Synchronization Service Manager > AD connector > Configure Directory Partitions > Only use preferred domain controllers; ADUC > Change Domain Controller).
        6. AD prerequisites: the samServer object (CN=Server,CN=System under the domain) readable by Pre-Windows 2000 Compatible Access or Authenticated Users; Authenticated Users in Pre-Windows 2000 Compatible Access; "Impersonate a client after authentication" granted to Administrators, LOCAL SERVICE, NETWORK SERVICE and SERVICE.
        7. Entra Connect on a DC and permissions can't be fixed: point it at preferred DCs or move it to a member server (writeback uses the legacy NetUserGetInfo API).
        8. Cloud side: the same role, Hybrid Identity Administrator, in the admin center and for the account used in the wizard (Microsoft's writeback pages call it "Hybrid Administrator"; the 2023 docs said Global Administrator).
        9. Password policy: a Minimum password age above 0 blocks a second change within that window; set 0 if users reset more than once a day (GPO Computer Configuration > Policies > Windows Settings > Security Settings > Account Policies > Password Policy, then gpupdate /force). History, complexity, fine-grained policies, password filters (which must allow admin-initiated resets) and Entra Password Protection also apply.
        10. Account state: "User cannot change password" (PASSWD_CANT_CHANGE) makes writeback fail (6329, 33008); disabled or locked accounts give 33005 or 33006; a reset unlocks the account by default.
        11. If the AD user has "Password never expires", an admin reset with "must change password at next sign-in" won't set the force-change flag on-premises; honouring the AD "User must change password at next logon" box in the cloud is a preview feature of password hash sync (preview when the docs were read).
        12. Multi-forest: after adding a forest, toggle Password writeback off and on (0x8023061f).
    .uncertain = Sources conflict on the Change password right: the current writeback tutorial still lists it, but its step-by-step, the cloud sync list and the support article's default permissions don't require it.

entry-checklist-writeback-connectivity = Writeback connectivity checklist
    .symptom = Use when synced users' resets fail because the cloud can't reach Entra Connect: SSPR_0030, no 31001 at the time of the attempt, or events 31016, 31034, 31044, 32001, 32002 or 6800.
    .causes =
        1. Outbound HTTPS 443 to the writeback endpoints is blocked, or a proxy cuts idle connections.
        2. TLS 1.2 isn't enabled for .NET, or .NET Framework is older than 4.8.
        3. The Microsoft Azure AD Sync service is stopped, or the writeback keys or Entra Connect version are stale.
        4. The server clock is wrong, or root CAs for Azure's TLS certificate changes are missing.
    .fix =
        1. Allow outbound HTTPS 443 from the Entra Connect server to *.passwordreset.microsoftonline.com and *.servicebus.windows.net (US Government: *.passwordreset.microsoftonline.us and *.servicebus.usgovcloudapi.net; 21Vianet: ssprdedicatedsbmcprodcne.servicebus.chinacloudapi.cn and ssprdedicatedsbmcprodcnn.servicebus.chinacloudapi.cn). The ssprdedicatedsb… hosts aren't in the Office 365 URL list, so proxy allow-lists built from it miss them. No inbound ports are needed.
        2. Test the tenant's own relay, not a fixed example host: read the Service Bus listener name in event 31019 or 31034 (for example ssprdedicatedsbprodfra-1), then Test-NetConnection -ComputerName <namespace>.servicebus.windows.net -Port 443, or Invoke-WebRequest -Uri https://<namespace>.servicebus.windows.net -Verbose; watch for proxies with idle timeouts.
        3. Enable TLS 1.2 for .NET on the sync server with Microsoft's check and enable scripts, then reboot; turning off TLS 1.0 and 1.1 without strong crypto for .NET breaks writeback.
        4. Make sure .NET Framework 4.8 or later is installed.
        5. Restart the Microsoft Azure AD Sync (ADSync) service.
        6. Disable and re-enable Password writeback in the Entra Connect wizard (this also renews the keys).
        7. Back up custom sync rules, upgrade Entra Connect in place to the latest version (installer in the Entra admin center: Entra Connect > Get started > Manage), then toggle writeback again.
        8. Sync the server clock with an authoritative time source, and install the root CAs if 31034 says "remote certificate is invalid".
        9. Remember writeback is synchronous (usually under 500 ms): when the server is unreachable the user is told the reset can't be done now, and nothing is queued.

# --- 2027: calls of 2027 (issue #13; content audit 2026-12, B1, B4, C1–C11) ---

entry-msg-passwordless-only-no-reset = User has only a passkey or Windows Hello and cannot reset the password
    .symptom = "I sign in with my passkey (or Windows Hello, a security key, a certificate or a Temporary Access Pass), but password reset offers me nothing": aka.ms/sspr shows SSPR_0014 or no verification method.
    .causes =
        1. Passkeys (FIDO2), Windows Hello for Business, certificate-based authentication, Authenticator passwordless sign-in and a Temporary Access Pass are MFA/sign-in methods only; SSPR cannot use them.
        2. The user has no SSPR-usable method (Authenticator notification or code, OATH code, email, phone, security questions), or fewer than the policy requires.
        3. After 1 Feb 2027 a phone number no longer helps unless the tenant has a customer-managed telecom provider.
    .fix =
        1. If the user can still sign in, have them add Microsoft Authenticator and an email address (or an OATH code) on Security info.
        2. If they are locked out, verify the caller and have an admin reset the password or issue a Temporary Access Pass; or use account recovery where it is set up.
        3. Make sure the methods are enabled for the user in the Authentication methods policy.

entry-msg-sms-voice-stopped = Text message or call codes stopped arriving from February 2027
    .symptom = "SMS codes stopped coming from February", "I don't get the call any more": from 1 Feb 2027 the user's registered phone gets no code during reset or sign-in, although the number is right.
    .causes =
        1. Microsoft retired its own SMS and voice delivery on 1 Feb 2027, including for SSPR.
        2. The tenant has not configured a customer-managed telecom provider through the Microsoft Security Store.
    .fix =
        1. Have the user reset with another registered method (Microsoft Authenticator, email, OATH code).
        2. If they have none, verify the caller and have an admin reset the password or issue a Temporary Access Pass, then add Authenticator and email on Security info.
        3. Ask the tenant admin whether a telecom provider is planned for users who must keep SMS or voice.
    .uncertain = The dates come from Microsoft pages marked AI-assisted (2026-06-10) and AI-generated (2026-08-04); the audit asks to recheck them. Public cloud first; other clouds follow later.

entry-msg-passkey-registration-prompt = Users keep getting asked to set up a passkey
    .symptom = "Every time I sign in it asks me to set up a passkey": after MFA at sign-in the user is asked to register a passkey; they can skip it, or from 1 Feb 2027 they cannot.
    .causes =
        1. Since 1 Sep 2026 users enabled for SMS or voice are auto-enabled for passkeys and targeted by the Microsoft-managed registration campaign (unlimited snoozes).
        2. From 1 Feb 2027 users whose only MFA method is SMS or voice must register a passkey to continue (blocking, no opt-out).
    .fix =
        1. Explain that the prompt is expected; the user can register a passkey or snooze it (before 1 Feb 2027).
        2. If it blocks, help the user register a passkey or add Microsoft Authenticator.
        3. Make sure the user also has an SSPR-usable method (Authenticator, email, OATH), because a passkey cannot reset a password.
        4. The tenant admin can manage the campaign in Authentication methods > Registration campaign or move users off SMS and voice.

entry-msg-account-recovery-cannot-recover = Account recovery: the user can't complete recovery
    .symptom = A user who lost every method started account recovery from the sign-in page, but is told they can't recover, or the identity check does not match their account.
    .causes =
        1. The tenant runs account recovery in Evaluation mode, where users can try it but not actually recover.
        2. The First name and Last name in Entra ID do not match the ID document (the display name is not used).
        3. The user is not in the recovery scope, or the tenant lacks Microsoft Entra ID P1.
    .fix =
        1. Ask the tenant admin (Authentication Administrator) which mode is set; switch to Production when the pilot is done.
        2. Correct the user's First name and Last name to match the document, then retry.
        3. Meanwhile verify the caller by your own process and have an admin issue a Temporary Access Pass.
    .uncertain = Account recovery is a preview (Nov 2025); its modes, scope and matching rules may change.

entry-msg-trouble-verifying-account = "Sorry, we're having trouble verifying your account"
    .symptom = The user asks for a text or call code and is told "Sorry, we're having trouble verifying your account"; no code arrives.
    .causes =
        1. Microsoft's telephony fraud protection flagged the attempt.
        2. The country code needs an opt-in by support request (for example +852, +853, +886) that the tenant has not made.
        3. A new tenant is still in its first days of telephony throttling.
    .fix =
        1. Have the user verify with Microsoft Authenticator, email or an OATH code instead.
        2. Check the caller's country code on the regional opt-in page; if listed, the admin opens a support request.
        3. Stop repeated attempts; for a new tenant, wait a few days.
    .uncertain = The opt-in country list changes (the 2025-05-20 and 2025-07-28 lists differ on +86); check the live page.

entry-msg-verification-limit-reached = "You've hit our limit on verification calls" or text verification codes
    .symptom = The user sees "You've hit our limit on verification calls" or "… on text verification codes" while verifying by phone.
    .causes =
        1. Too many text or call attempts in a short time: a telephony limit of its own, separate from SSPR's 5-attempts-per-hour throttle.
    .fix =
        1. Stop trying by phone; use Microsoft Authenticator, email or an OATH code.
        2. If the user has only a phone method, wait before retrying and have them add another method once signed in.
        3. If the SSPR throttle was also hit, wait the 24 hours (see the throttling entry).

entry-msg-code-in-whatsapp = Text code arrives in WhatsApp or as a chat message, not as SMS
    .symptom = "The code never arrives": the user only checks SMS, but the code was delivered by WhatsApp (from +1 217 302 1989) or as an RCS chat message.
    .causes =
        1. Microsoft may deliver text codes over RCS or WhatsApp instead of SMS.
    .fix =
        1. Have the user look in WhatsApp for a message from +1 217 302 1989 and in the messages app for a chat thread.
        2. Enter the code within 5 minutes; if nothing arrived anywhere, follow the entry for codes that never arrive.

entry-msg-windows-something-went-wrong = Windows sign-in reset: "Something went wrong. Please, try again later."
    .symptom = The user clicks "Reset password" on the Windows sign-in screen and gets "Something went wrong. Please, try again later." instead of the reset page.
    .causes =
        1. The temporary defaultuser1 account cannot reach passwordreset.microsoftonline.com or ajax.aspnetcdn.com on port 443.
        2. A proxy is configured per user, not machine-wide, so defaultuser1 does not use it.
        3. Antivirus blocks passwordreset.microsoftonline.com, ajax.aspnetcdn.com or ocsp.digicert.com.
    .fix =
        1. Open 443 to passwordreset.microsoftonline.com and ajax.aspnetcdn.com.
        2. Set the proxy machine-wide (netsh winhttp set proxy, or a machine policy).
        3. Add antivirus exclusions for the three hosts and retry.

entry-msg-windows-11-locked-session-loop = Windows 11: reset from the lock screen loops back to sign-in
    .symptom = On Windows 11 the user starts "Reset password" from a locked session and is thrown back to the logon screen, apparently in a loop.
    .causes =
        1. Windows 11 cannot start SSPR from a locked user session; it must start from the logon screen.
        2. A slow hand-off to the temporary reset session looks like a loop.
    .fix =
        1. Have the user sign out (or restart) and start the reset from the logon screen.
        2. If it still loops, check the prerequisites and network access in the Windows sign-in prerequisites step.

entry-msg-laptop-still-old-password = Reset worked, but the laptop still wants the old password
    .symptom = "I reset my password but my laptop still wants the old one": the new password works on the web, but the Windows sign-in on a domain-joined or hybrid-joined laptop accepts only the old password.
    .causes =
        1. The laptop is off the corporate network and uses cached credentials; it needs line of sight to a domain controller to learn the new password.
        2. For a synced user, the reset was not written back to Active Directory.
    .fix =
        1. Sign in with the old password, connect to the office network or VPN, then lock and unlock (or sign out and in) with the new password.
        2. Check writeback if the new password also fails on premises.

entry-msg-cloud-sync-writeback-fails = Password writeback fails for users synced by Cloud Sync
    .symptom = Users synced by Microsoft Entra Cloud Sync cannot reset (writeback errors), or the new password does not reach Active Directory, while the Connect Sync steps show nothing wrong.
    .causes =
        1. The provisioning agent is older than 1.1.977.0, or its services are stopped.
        2. Writeback is not enabled on the agent (Set-AADCloudSyncPasswordWritebackConfiguration).
        3. The agent's gMSA lacks Reset password, Write lockoutTime, Write pwdLastSet or Unexpire Password.
        4. Only one of the two boxes is ticked in Password reset > On-premises integration.
    .fix =
        1. Update the agent and start "Microsoft Azure AD Connect Provisioning Agent" and "Microsoft Azure AD Connect Agent Updater".
        2. Run Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true and Set-AADCloudSyncPermissions -PermissionType PasswordWriteBack.
        3. Tick "Enable password write back for synced users" and also "Write back passwords with Microsoft Entra Cloud Sync", then test with a non-admin user.

entry-msg-cannot-change-sspr-settings = Admin can't change the Password reset settings
    .symptom = An admin opens Entra ID > Password reset but the settings are read-only or saving fails.
    .causes =
        1. The admin's role is too weak: Helpdesk or Password Administrator can reset passwords but not change the policy.
        2. The role is eligible in Privileged Identity Management but not activated.
    .fix =
        1. Use at least Authentication Policy Administrator for the Password reset settings and Hybrid Identity Administrator for On-premises integration.
        2. Activate the role in Privileged Identity Management first.

entry-msg-authenticator-rooted-device = Microsoft Authenticator warns about a rooted or jailbroken phone, or the work account vanished
    .symptom = Microsoft Authenticator says the phone is rooted or jailbroken, blocks, or the work account disappears from the app; reset with Authenticator no longer works.
    .causes =
        1. Since Feb 2026 Authenticator detects rooted and jailbroken devices, warns, then blocks, then wipes the Entra credentials.
    .fix =
        1. Have the user reset with another method (email, OATH code) if they have one.
        2. Install Authenticator on a supported phone and register it again on Security info.
        3. If no method is left, verify the caller and have an admin issue a Temporary Access Pass.
    .uncertain = From Microsoft's What's new (Oct 2025 and Feb 2026 entries); the exact rollout per tenant is not documented.

entry-msg-security-info-asks-to-verify = Security info keeps asking the user to verify
    .symptom = "aka.ms/ssprsetup keeps asking me to verify": the Security info page asks for MFA before it opens, again after a while, or again when adding a passkey.
    .causes =
        1. A user who already has an MFA-capable method must pass MFA to open Security info.
        2. The Security info session lasts 15 minutes.
        3. Adding or changing a passkey needs MFA from the last 5 minutes.
    .fix =
        1. Have the user complete the verification and finish within 15 minutes.
        2. If no registered method works, verify the caller and have an admin issue a Temporary Access Pass.

# --- 2026-10: self-registered methods only ---
entry-msg-profile-data-not-accepted = Reset: "I never registered, it always worked" – profile phone or email no longer accepted
    .symptom = Since autumn 2026 a caller who never set up security info can't reset any more: aka.ms/sspr says they are not registered or need more security info (often SSPR_0014), or the phone number on their profile isn't offered. "It always worked before."
    .causes =
        1. Since 5 October 2026 (the date on Microsoft's page) SSPR accepts only registered authentication methods. The Mobile phone, Office phone and Alternate email on the user's profile (mobilePhone, businessPhones, otherMails), synced from on-premises AD or filled in by an admin, no longer count unless the user registered the same value.
        2. The user relied on that profile data and never registered anything at aka.ms/ssprsetup, so SSPR now finds fewer methods than it requires.
        3. Tenants that require registration at sign-in: since 9 November 2026 a registration campaign prompts such users; this user skipped it or hasn't signed in since.
    .fix =
        1. Open the user > Authentication methods. If the number or address is only on the profile (Mobile phone, Alternate email) and not listed as a method, this is the cause.
        2. If the user can still sign in, send them to aka.ms/ssprsetup (Security info) to register the methods themselves, best the Microsoft Authenticator app and an email address; a phone number only as an extra (Microsoft-delivered SMS and voice end on 1 February 2027).
        3. If the user can't sign in, verify the caller, have an admin reset the password (in the Entra admin center for synced users), and have the user register straight away.
        4. Don't try to fix it by editing Mobile phone or Alternate email, in AD or in Entra ID: that data no longer counts for SSPR.
        5. Many such callers: ask the tenant admin to set "Require users to register when signing in" to Yes so the registration campaign reaches everyone who lacks methods, and to list users who aren't registered yet under Authentication methods > User registration details.
    .uncertain = The exact dates: Microsoft's page on pre-populating contact data gives 5 October 2026 for the change and 9 November 2026 for the registration campaign, while Message Center MC1325414 (read only in third-party copies) gave 7 September and 6 August 2026. Either way the change is in effect now. Microsoft doesn't say whether methods an admin adds through Graph or + Add count as registered.

## Entra audit log: SSPR activities and status reasons

entry-audit-policy-changes = Audit log: "Self-service password reset policy changes"
    .symptom = The audit log (service Self-service Password Management) shows an admin changing a setting of the SSPR policy: who did it, and the old and new value of each property. A failed row carries the documented reason "Permission failure?" (question mark as Microsoft prints it).
    .causes =
        1. Success: an admin changed Password reset > Properties, Authentication methods, Registration, Notifications, Customization or On-premises integration. Nothing is wrong; the row tells you when and by whom a setting changed.
        2. Failure: the admin tried to change a setting without a role that may change it.
    .fix =
        1. If users started failing at a certain time, compare that time with these rows: a changed scope group, a raised number of required methods or a removed method explains sudden failures.
        2. Read the old and new values in the row's modified properties, and agree with the tenant admin whether to change them back.
        3. A failed change: the admin needs at least the Authentication Policy Administrator role for the Password reset settings, and Hybrid Identity Administrator for On-premises integration; see the checklist step.

entry-audit-blocked-from-sspr = Audit log: user blocked from password reset for 24 hours
    .symptom = The audit log shows the activity "Blocked from self-service password reset", or a flow row with a "Blocked" reason such as "User entered too many invalid SMS verification codes and is blocked for 24 hours" or "User tried to verify a phone number too many times and is blocked for 24 hours". The caller says the reset page refuses to continue.
    .causes =
        1. The user tried to reset, to use one verification method (a "gate"), or to verify a phone number more than five times, and the service throttled them: no further resets, methods or phone checks for now.
        2. The named method tells you what went wrong: codes typed wrongly or too late (email, SMS), calls not answered (mobile or office phone), wrong answers (security questions), or a phone number that didn't match.
        3. SMS and voice: from 1 February 2027 Microsoft no longer sends SMS or voice codes unless the tenant uses its own telecom provider, so repeated failed SMS or call attempts may simply mean nothing was delivered.
        4. Several blocked rows for an account nobody at the company is resetting can mean someone else is trying: check the IP addresses in the rows with the tenant admin.
    .fix =
        1. The user can't lift the block; waiting is the fix. Tell the caller to wait 24 hours from the last attempt and not to try earlier.
        2. Meanwhile fix what failed: the right phone number, mail in junk, a method that still delivers (Microsoft Authenticator or email instead of SMS or voice after 1 February 2027).
        3. If the caller needs access now, verify them and have an admin reset the password or issue a Temporary Access Pass.
        4. If the attempts weren't the caller's, escalate to security and don't give out any code.
    .uncertain = How long the counting window is: the reporting page says more than five attempts in 24 hours, while Microsoft's troubleshooting page counts five attempts within one hour. The block itself lasts 24 hours in both. The reason strings come from the 2017 version of the reporting page; the current page no longer lists them.

entry-audit-change-password = Audit log: "Change password (self-service)"
    .symptom = The audit log shows the user changing their own password, knowing the old one: by choice, or because it had expired. A failed row usually carries the reason FuzzyPolicyViolationInvalidPassword.
    .causes =
        1. Success: the user changed their password; for a synced user with writeback the change also went to on-premises AD.
        2. Failure with FuzzyPolicyViolationInvalidPassword: the new password was on the banned-password list (see that entry).
        3. Other failures: the new password broke the cloud or on-premises password rules.
    .fix =
        1. Success: nothing to fix. If the caller says the new password doesn't work on the laptop, see the steps for a device that still wants the old password.
        2. Failure: have the user pick a longer passphrase without common words or the company name, within the password rules, and try again.

entry-audit-reset-by-admin = Audit log: "Reset password (by admin)"
    .symptom = The audit log shows an administrator resetting a user's password. The additional detail OnPremisesAgent says where it went: None (cloud only), Microsoft Entra Connect or CloudSync (written back to on-premises AD by that agent).
    .causes =
        1. Success: a Password, User or Helpdesk Administrator reset the password on the user's behalf.
        2. OnPremisesAgent = None for a synced user: the reset didn't go through writeback, so on-premises AD still has the old password (for example a reset made where writeback doesn't apply).
        3. Failure: the admin lacks the role for this user (admins with more privileges need a higher role), or on-premises AD refused the password (policy, permissions, protected account).
    .fix =
        1. For a synced user check OnPremisesAgent: Microsoft Entra Connect or CloudSync means the password reached AD; None means it didn't, so reset again from the Entra admin center with writeback on.
        2. A failure: open the row's status reason, then check the Entra Connect server's Application log at the same time (events 31009 to 31011).
        3. If the caller disputes the reset, the row names the admin who made it.

entry-audit-reset-self-service = Audit log: the user reset their own password successfully
    .symptom = The audit log shows "Reset password (self-service)" with Success, or a flow row with "User successfully reset password" or "Successfully completed reset.": the reset at aka.ms/sspr worked.
    .causes =
        1. The user proved their identity and set a new password; for a synced user, writeback set it in on-premises AD too.
        2. A failed "Reset password (self-service)" row names the reason, usually FuzzyPolicyViolationInvalidPassword (the chosen password was banned).
    .fix =
        1. Nothing failed here. If the caller still can't sign in, ask where: a Windows laptop off the company network keeps the old password until it reaches a domain controller; a cloud app may need a fresh sign-in.
        2. Some apps and phones still hold the old password and lock the account again: have the user update them.
        3. If the caller says they didn't reset, treat it as a possible account takeover and escalate to security.
    .uncertain = "Successfully completed reset." (with the full stop) is seen in public queries of the audit log, not in any Microsoft page; "User successfully reset password" is from the 2017 version of the reporting page.

entry-audit-flow-progress = Audit log: "Self-service password reset flow activity progress"
    .symptom = The audit log shows one row per step of a reset at aka.ms/sspr, all under this activity; only the status reason tells them apart. Rows of one attempt share a correlation ID.
    .causes =
        1. Each step the user takes (user ID entered, methods offered, a method started or completed, password chosen) is logged as its own row, with Success or Failure.
        2. The status reason of a failed row says why; Microsoft's current page no longer lists those reasons, this catalogue does.
    .fix =
        1. Filter the audit log on the user and sort by time; group the rows by correlation ID to get one attempt.
        2. Look up each row's status reason here: the last row of the attempt tells you where it stopped and who can fix it.
        3. Note the correlation ID and the time in UTC in the ticket; Microsoft support asks for both.

entry-audit-verification-step = Audit log: a verification method was offered, started or completed
    .symptom = A flow row says "User was presented with verification options", or "User started …" or "User completed …" followed by a method: mobile SMS, mobile voice call, email, security questions, mobile app notification or mobile app code.
    .causes =
        1. Nothing failed here: these rows only record progress through the reset. Read the next row of the same correlation ID to see how the attempt ended.
        2. "Started" without a matching "completed" in the same attempt means the code, call or notification never got through, or the user gave up on that method.
        3. SMS and voice: from 1 February 2027 Microsoft stops delivering SMS and voice codes unless the tenant has its own telecom provider, so "started the mobile SMS verification option" with nothing after it is what callers will show from then.
    .fix =
        1. Find the last row of the attempt and look it up: a success row closes the case, an "abandoned", "cancelled" or "blocked" row has its own entry.
        2. If a method keeps stopping at "started", have the user try another registered method (Microsoft Authenticator or email are not affected by the SMS and voice change).
    .uncertain = These strings are seen in public queries of the audit log but are not in any Microsoft page, current or old; Microsoft may change them.

entry-audit-unlock-self-service = Audit log: "Unlock user account (self-service)"
    .symptom = The audit log shows a user unlocking their on-premises AD account at aka.ms/sspr without changing the password.
    .causes =
        1. Success: the tenant allows unlocking without a reset, writeback is on, and the user unlocked their AD account after verifying.
        2. Failure: the unlock didn't reach AD: writeback is down, or the connector account lacks the right to write lockoutTime.
    .fix =
        1. Success: nothing to fix. If the account locks again soon, something (a phone, a mapped drive, a service) keeps sending the old password.
        2. Failure: check that writeback is running and look in the Entra Connect server's Application log at that time; check the connector account's permissions on the user.

entry-audit-registered-for-sspr = Audit log: "User registered for self-service password reset"
    .symptom = The audit log shows a user registering the security info the SSPR policy requires. Each registered item can appear as its own row.
    .causes =
        1. Success: the user has registered everything the current policy requires and can reset.
        2. Failure: the user didn't finish registering. This doesn't mean they can't reset: correct data already on the account (a phone number not yet verified, for example) can still be used.
    .fix =
        1. Failure: open the user > Authentication methods and see what is registered; if it is enough for the policy, test a reset.
        2. Otherwise have the user finish registering at aka.ms/ssprsetup.

entry-audit-security-info-changed = Audit log: security info registered, changed or deleted
    .symptom = Under Security > Authentication Methods (combined registration) the audit log shows "User registered all required security info", "User registered security info", "User updated security info", "User changed default security info", "User deleted security info", or the same done by an admin ("Admin registered / updated / deleted security info").
    .causes =
        1. The user (on Security info, aka.ms/ssprsetup) or an admin (user > Authentication methods) added, changed or removed a method.
        2. A deleted or changed method just before a failed reset explains it: the method the user tries is no longer registered, or the number changed.
        3. Security info changed by nobody the caller knows can mean an account takeover.
    .fix =
        1. Compare the time of these rows with the failed reset; check the user > Authentication methods for what is registered now.
        2. Have the user register the method again, or an admin add it after verifying the caller.
        3. Changes the caller didn't make: escalate to security before resetting anything.
    .uncertain = These activity names are seen in public queries of the audit log; Microsoft's reporting page only says combined-registration events are under Security > Authentication Methods, without listing them.

entry-audit-abandoned-before-verifying = Audit log: user gave up before verifying
    .symptom = A flow row says "User abandoned after entering their user ID" or "User abandoned after starting the …" with a method: email verification, mobile SMS verification, mobile voice call verification, office voice call verification or security questions option.
    .causes =
        1. The user closed the page or let it time out before proving who they are: no failure was logged, they just stopped.
        2. After starting a method, usually the code or call never arrived, arrived late, or the user didn't know the answers.
        3. After entering the user ID, the user may not have recognised the methods offered (an old phone number, say).
        4. SMS and voice: from 1 February 2027 Microsoft stops delivering SMS and voice codes unless the tenant has its own telecom provider, so a user waiting for a text may wait forever.
    .fix =
        1. The user can try again: ask which method they tried and what happened.
        2. Code never arrived: check the registered number or address, junk mail, and whether the code came by WhatsApp or RCS; try another method.
        3. No method works: verify the caller and have an admin reset the password or issue a Temporary Access Pass, then have the user update Security info.
    .uncertain = The strings are from the 2017 version of Microsoft's reporting page; the current page no longer lists them, and the log may word them differently today.

entry-audit-abandoned-after-verification = Audit log: user gave up after completing a method
    .symptom = A flow row says "User abandoned after completing the …" with a method: email verification, mobile SMS verification, mobile voice call verification, office voice call verification or security questions option.
    .causes =
        1. The user passed one method and then stopped. Where two methods are required (always for admin accounts), the second one is usually the problem: not registered, or not working.
        2. The user may have thought one method was enough and closed the page.
    .fix =
        1. Check how many methods the policy requires for this user (two for any admin role) and what the user has registered.
        2. If the second method is missing, the user registers it at aka.ms/ssprsetup, or an admin resets the password after verifying the caller.
        3. Otherwise have the user try again and complete both methods in one go.
    .uncertain = The strings are from the 2017 version of Microsoft's reporting page; the current page no longer lists them, and the log may word them differently today.

entry-audit-abandoned-new-password = Audit log: user gave up at the new-password step
    .symptom = A flow row says "User abandoned before selecting a new password" or "User abandoned while selecting a new password": identity was proved, no new password was set.
    .causes =
        1. The user verified but didn't set a password: the page timed out, or every password they tried was refused.
        2. Refusals: the cloud rules (length, character types, banned passwords) or, for synced users, the on-premises AD policy (history, minimum age, complexity).
    .fix =
        1. The user can start again; tell them the rules before they choose: a long passphrase, no common words or company name, not a recent password.
        2. For a synced user who keeps being refused, have the AD team check the password policy (minimum age in particular).
    .uncertain = The strings are from the 2017 version of Microsoft's reporting page; the current page no longer lists them, and the log may word them differently today.

entry-audit-cancelled = Audit log: user cancelled the reset
    .symptom = A flow row says "User canceled (or cancelled) before passing the required authentication methods" or "… before submitting a new password": the user selected Cancel on the reset page.
    .causes =
        1. The user chose to stop, before verifying or before submitting the new password. Nothing in the tenant failed.
        2. Often they cancelled because a code didn't come or they couldn't meet the password rules.
    .fix =
        1. Ask the caller why they cancelled, then follow that: a code that didn't arrive, or a password that was refused.
        2. They can simply try again at aka.ms/sspr.
    .uncertain = "User cancelled before passing the required authentication methods" (double l) is seen in public queries, not in current docs; the 2017 page spells it both ways in two revisions. The current reporting page lists none of these strings.

entry-audit-contacted-admin = Audit log: user chose "Contact your administrator"
    .symptom = A flow row says "User contacted an admin after trying the …" with a method: email, mobile SMS, mobile voice call, office voice call or security question verification option.
    .causes =
        1. The user couldn't pass that method and selected the link to contact their administrator instead of finishing the reset.
        2. Without a custom helpdesk link the request goes to the tenant's administrators; with one (Password reset > Customization) it goes to your helpdesk.
        3. SMS and voice: from 1 February 2027 Microsoft stops delivering SMS and voice codes unless the tenant has its own telecom provider.
    .fix =
        1. Expect the request (mail to admins, or your helpdesk address); verify the caller's identity before acting.
        2. Help them with the method that failed, or have an admin reset the password or issue a Temporary Access Pass.
        3. If these requests land in an admin mailbox nobody reads, ask the tenant admin to set a custom helpdesk email or URL.
    .uncertain = The strings are from the 2017 version of Microsoft's reporting page (the beta Graph docs still show one of them as a failure reason); the current page no longer lists them.

entry-audit-no-cookies = Audit log: reset tried from a browser without cookies
    .symptom = A failed flow row says "User tried to reset from a device without cookies enabled": the reset page didn't work in the user's browser.
    .causes =
        1. The browser blocks cookies (a privacy setting, an extension, a locked-down profile), and the reset page can't keep its session without them.
    .fix =
        1. The user allows cookies for passwordreset.microsoftonline.com, or uses another browser or a normal (not locked-down) profile.
        2. Then retry at aka.ms/sspr.
    .uncertain = The string is from the 2017 version of Microsoft's reporting page; the current page no longer lists it, and current troubleshooting pages don't mention cookies.

## Windows sign-in screen: what blocks the "Reset password" link

entry-win-reset-link-not-enabled = Windows sign-in: the reset link isn't turned on for the device
    .symptom = The Windows sign-in screen has no "Reset password" link under the password box, although the user can reset at aka.ms/sspr.
    .causes =
        1. Group Policy or registry route: HKLM\SOFTWARE\Policies\Microsoft\AzureADAccount, value AllowPasswordReset (DWORD), is missing or not 1.
        2. Intune route: the OMA-URI ./Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset is not set to 1, or the profile hasn't reached the device. The value it leaves on the device is read from HKLM\SOFTWARE\Microsoft\PolicyManager\current\device\Authentication, AllowAadPasswordReset.
        3. Either route needs a Microsoft Entra joined or hybrid joined device.
    .fix =
        1. Intune (tenant admin): create or fix the custom configuration profile with AllowAadPasswordReset = 1 (integer), assign it to the device group, and sync the device.
        2. Group Policy or registry (AD or desktop team): set AllowPasswordReset = 1 under the AzureADAccount key, then run gpupdate /force.
        3. Sign out; the link appears on the next sign-in screen.
    .uncertain = Reading the effective Intune value from the PolicyManager key is community-observed (public scripts), not documented by Microsoft.

entry-win-build-too-old = Windows sign-in: Windows is too old for the reset link
    .symptom = The device never shows "Reset password" at sign-in, whatever policy is set.
    .causes =
        1. The reset link needs Windows 10 version 1803 or later: CurrentBuild under HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion is below 17134.
    .fix =
        1. The desktop team updates Windows (Windows Update, Intune update rings or your deployment tool) to a supported version.
        2. Until then the user resets at aka.ms/sspr from a browser.

entry-win-lock-screen-disabled = Windows sign-in: lock screen turned off (NoLockScreen)
    .symptom = There is no "Reset password" link at sign-in, and the device goes straight to the password box without a lock screen.
    .causes =
        1. The policy "Do not display the lock screen" is on: NoLockScreen = 1 under HKLM\SOFTWARE\Policies\Microsoft\Windows\Personalization. Microsoft lists a disabled lock screen as a blocker.
    .fix =
        1. Whoever owns the policy (Group Policy: Computer Configuration > Administrative Templates > Control Panel > Personalization; or the Intune profile that sets it) sets "Do not display the lock screen" to Not configured or Disabled.
        2. Run gpupdate /force or sync the device, then restart.

entry-win-fast-user-switching-hidden = Windows sign-in: fast user switching hidden (HideFastUserSwitching)
    .symptom = No "Reset password" link at sign-in, and there's no "Switch user" option on the device.
    .causes =
        1. The policy "Hide entry points for Fast User Switching" is on: HideFastUserSwitching = 1 under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System.
    .fix =
        1. Group Policy (Computer Configuration > Administrative Templates > System > Logon) or Intune (WindowsLogon/HideFastUserSwitching): set it to Not configured or Disabled.
        2. Refresh policy on the device and restart.

entry-win-last-user-name-hidden = Windows sign-in: last user name hidden (DontDisplayLastUserName)
    .symptom = No "Reset password" link at sign-in, and the sign-in screen never shows who signed in last.
    .causes =
        1. The security option "Interactive logon: Don't display last signed-in" is on: DontDisplayLastUserName = 1 under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System.
    .fix =
        1. Group Policy (Computer Configuration > Windows Settings > Security Settings > Local Policies > Security Options) or the Intune security-options profile: set it to Disabled.
        2. Refresh policy on the device and sign out.

entry-win-nonadmin-app-install-blocked = Windows sign-in: app installs blocked for non-admins (BlockNonAdminUserInstall)
    .symptom = No "Reset password" link at sign-in on devices where ordinary users can't install packaged apps.
    .causes =
        1. The policy "Prevent non-admin users from installing packaged Windows apps" is on: BlockNonAdminUserInstall = 1 under HKLM\SOFTWARE\Policies\Microsoft\Windows\Appx. Microsoft lists it as a blocker of the sign-in screen reset.
    .fix =
        1. Group Policy (Computer Configuration > Administrative Templates > Windows Components > App Package Deployment) or Intune (ApplicationManagement/BlockNonAdminUserInstall): set it to Not configured or Disabled, if your security baseline allows.
        2. If the policy must stay, users reset from a browser at aka.ms/sspr instead.

entry-win-smart-card-required = Windows sign-in: smart card or Windows Hello required (ScForceOption)
    .symptom = No "Reset password" link at sign-in, or Windows says the user must sign in with Windows Hello or a smart card.
    .causes =
        1. The security option "Interactive logon: Require Windows Hello for Business or smart card" (older name "Interactive logon: Require smart card") is on: ScForceOption = 1 under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System. A password reset at sign-in makes no sense when passwords can't be used there.
    .fix =
        1. Usually this is intended: the user resets at aka.ms/sspr from a browser, or the Windows Hello or smart-card process applies.
        2. If the device shouldn't require it, the owner of the policy (Group Policy Security Options or the Intune profile) sets it to Disabled.

entry-win-uac-disabled = Windows sign-in: User Account Control turned off (EnableLUA)
    .symptom = No "Reset password" link at sign-in on a device where UAC never prompts.
    .causes =
        1. UAC is off: EnableLUA = 0 under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System ("User Account Control: Run all administrators in Admin Approval Mode" disabled). Microsoft names the EnableLUA key as a blocker.
    .fix =
        1. The owner of the policy sets "User Account Control: Run all administrators in Admin Approval Mode" to Enabled (Group Policy Security Options or Intune), so EnableLUA becomes 1.
        2. Restart the device: the change applies only after a restart.

entry-win-custom-shell = Windows sign-in: a custom shell replaces Explorer
    .symptom = No "Reset password" link at sign-in on a kiosk-style device that starts one app instead of the normal desktop.
    .causes =
        1. The Winlogon Shell value (HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon, or the same key for one user under HKCU or HKU) is not explorer.exe, or Shell Launcher runs another shell. Microsoft lists a custom shell as a blocker.
    .fix =
        1. If the device is meant to be a kiosk, keep the shell: users reset from another device at aka.ms/sspr.
        2. Otherwise the desktop team removes the Shell Launcher or kiosk profile (Intune or provisioning package) or sets Shell back to explorer.exe, and restarts the device.

entry-win-lock-screen-notifications-ctrl-alt-del = Windows sign-in: lock-screen notifications off with Ctrl+Alt+Del on Home edition
    .symptom = No "Reset password" link at sign-in on a Windows Home device that asks for Ctrl+Alt+Del and shows no app notifications on the lock screen.
    .causes =
        1. Only the combination blocks: DisableLockScreenAppNotifications = 1 (HKLM\SOFTWARE\Policies\Microsoft\Windows\System, "Turn off app notifications on the lock screen"), plus DisableCAD = 0 (HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System: Ctrl+Alt+Del required), plus the Home edition (EditionID starting with Core).
        2. Microsoft says the Ctrl+Alt+Del part only matters on Windows 10 version 1710 and earlier.
    .fix =
        1. Turn lock-screen app notifications back on (set the policy to Not configured), or stop requiring Ctrl+Alt+Del ("Interactive logon: Do not require CTRL+ALT+DEL" enabled); one of the two is enough.
        2. Better still, update Windows, or move the device to Pro or Enterprise if it's a company device.

entry-win-third-party-credential-provider = Windows sign-in: a non-Microsoft credential provider is installed
    .symptom = The "Reset password" link is missing or misbehaves at sign-in on a device with third-party sign-in software (MFA agents, password managers, VPN logon).
    .causes =
        1. A credential provider or credential provider filter that isn't Microsoft's is registered under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Authentication\Credential Providers or Credential Provider Filters. Microsoft warns that some are known to cause problems with the reset link. This is a warning, not proof.
    .fix =
        1. Note the provider's name and vendor; check the vendor's notes on Microsoft Entra SSPR at the Windows sign-in screen.
        2. On a test device, disable or uninstall the provider and see whether the link works.
        3. If it does, agree with the software's owner whether to keep it; users can always reset at aka.ms/sspr.

entry-writeback-restrict-remote-sam = Entra Connect server: RestrictRemoteSam blocks writeback (33004, 6329)
    .symptom = Writeback fails with SSPR_0029 for every user; the Entra Connect server logs event 33004 and ADSync event 6329 with ERROR_ACCESS_DENIED, and its registry has the value RestrictRemoteSam.
    .causes =
        1. The value RestrictRemoteSam exists under HKLM\SYSTEM\CurrentControlSet\Control\Lsa: the policy "Network access: Restrict clients allowed to make remote calls to SAM" is set (often by a security baseline) and doesn't allow the AD DS connector account (MSOL_…).
    .fix =
        1. Find the GPO that sets it: gpresult /h report.html on the Entra Connect server (and on the domain controllers).
        2. The AD team adds the MSOL_ account to that policy with Remote Access: Allow, or removes the setting from the GPO and then deletes the value.
        3. Run gpupdate /force and retry a reset; event 31002 (success) should follow.

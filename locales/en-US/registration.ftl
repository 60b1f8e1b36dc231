# Category "registration" (en-US): security info registration, pre-populating contact data, the user's register/reset journey, and password writeback checks for synced users.

category-registration = Security info and password writeback
    .intro = Problems with the methods users register for SSPR, with contact data on their profile (which SSPR no longer accepts since October 2026), and with resets of synced users that depend on password writeback. Start with what the user has registered; go to the Microsoft Entra Connect server only when the user is synced from on-premises AD.

step-registration-check-registered = Check what the user has registered
    .summary = Compare the user's methods with the number the SSPR policy requires: a user with fewer counts as not registered and gets SSPR_0014.
    .why =
        SSPR treats a user as registered only once they hold at least the number of methods set in "Number of methods required to reset" (1 or 2), counting only methods the user is allowed to use. In a tenant whose Authentication methods policy migration is complete (the normal case since 30 September 2025), that is decided by the Authentication methods policy, not by the "Methods available to users" ticks on the Password reset page; only security questions are still switched on there. A user with one phone number under a two-method policy is refused with SSPR_0014 ("extra security info needed") even though something is on file.
        Policy changes cause this silently: raising the requirement from 1 to 2, or switching off a method users relied on (for example security questions), turns registered users into unregistered ones overnight.
        Profile contact data no longer counts. Microsoft's page on pre-populating contact data dates the change 5 October 2026: since then SSPR accepts only methods registered as authentication methods, so the Mobile phone, Office phone and Alternate email attributes (mobilePhone, businessPhones, otherMails), whether synced from AD or typed in by an admin, no longer let a user reset. A caller who "never registered and it always worked" was relying on them.
        Admin accounts are different: they always use Microsoft's two-gate policy (two methods, never security questions), whatever the user policy says.
    .check =
        1. In the Microsoft Entra admin center, open Users, select the user and open Authentication methods. Note every method listed: phone numbers, email, Microsoft Authenticator, OATH tokens.
        2. Open Entra ID > Password reset > Authentication methods and note "Number of methods required to reset" and whether security questions are on.
        3. Find which methods the user may use: if the tenant's migration state is Migration Complete (see the migration step in "Reset policy"), read the Authentication methods policy entries that target the user (Email OTP, SMS, Voice calls, Microsoft Authenticator with OTP, OATH tokens); only in a tenant that hasn't finished migrating, read "Methods available to users" as well. Count only the user's methods in that set; the Mobile phone, Office phone and Alternate email attributes on the profile do not count (since 5 October 2026).
        4. If the count is lower than required: the user registers the missing methods themselves at aka.ms/ssprsetup (Security info). If they can't sign in, reset the password for them first and have them register straight afterwards. Filling in profile attributes no longer helps.
        5. If the user holds any Entra admin role, judge the result against the two-gate admin policy instead (two methods, no security questions).
    .expected = The user holds at least the required number of methods that the policy allows, and each phone number and email address is correct and reachable.

step-registration-data-fields = Know which contact data SSPR can use
    .summary = Since October 2026 SSPR uses only registered authentication methods, not the public directory attributes; phone numbers must look like +1 4251234567, and extensions are dropped.
    .why =
        Private fields: Authentication phone, Alternate authentication phone, Authentication email and security questions. The user fills them in when registering (the alternate authentication phone only in manage mode, and only when Voice calls are enabled); an admin can add the phone and email ones as authentication methods. Only the user and Privileged Authentication Administrators can see them.
        Public directory attributes: Mobile phone (mobilePhone, synced from AD mobile), Office phone (businessPhones, synced from AD telephoneNumber) and Alternate email (otherMails). Everyone in the directory can see them. They used to let a user reset without registering; Microsoft's page dates the end of that 5 October 2026. Since then SSPR ignores them unless the same number or address was registered as an authentication method; the user still sees Mobile phone and Alternate email as suggested values when registering for the first time.
        Phone data matters less after 1 February 2027: from that day Microsoft no longer delivers SMS or voice codes, for SSPR too, and phone numbers work only if the tenant has configured a customer-managed telecom provider. Email addresses and the Authenticator app are the contact data to get right first.
        Security questions belong to the user alone: admins cannot read, set or sync them, and admin accounts can never use them.
        Phone format is + country code, one space, then the number: +1 4251234567. Extensions are stripped, so +1 4251234567X12345 is dialled without X12345. A missing country code or space is a common reason why a code never arrives or the number is not offered at registration. Virtual (VoIP-type) numbers are not supported for SMS or voice.
        Pre-populated Mobile phone and Alternate email are shown to the user at first registration and can be edited there; after registration the values live on in Authentication phone and Authentication email. Only from then on do they count for SSPR.
    .check =
        1. On the user's Authentication methods page, read the email addresses, Authenticator entries and phone numbers SSPR will offer; from 1 February 2027 count phones only if the tenant uses its own telecom provider.
        2. In the user's properties, read Mobile phone, Office phone (Business phone) and Alternate email. A number or address that is here but not on the Authentication methods page is not offered at reset: the user must register it at aka.ms/ssprsetup.
        3. Check every number: + country code, a space, the number, no extension, a real mobile carrier rather than a virtual number.
        4. Correct a bad value where it is mastered: in on-premises AD (mobile, telephoneNumber) for synced users, otherwise in Entra ID.
        5. If the number needs an extension, route it in the PBX or use a direct number instead.
        6. If the user doesn't want their number public, remove it from Mobile phone and have them register it as an authentication phone.
    .expected = Every phone number is in +1 4251234567 form without an extension, and the email addresses are mailboxes the user can open outside their work account.

step-registration-prepopulate-graph = Add phone and email methods for a user as an admin
    .summary = An admin can still add phoneMethods or emailMethods (Microsoft Graph, or + Add on the user's Authentication methods page); whether SSPR counts such a method since October 2026 is not confirmed.
    .why =
        Rolling out SSPR on pre-filled contact data is over: since 5 October 2026 (the date on Microsoft's page) SSPR accepts only registered authentication methods, and the directory attributes Mobile phone, Office phone and Alternate email no longer count. Users register their own methods at aka.ms/ssprsetup; since 9 November 2026, in tenants that require registration at sign-in, a registration campaign prompts users who lack enough methods.
        The Graph authentication methods API writes a method, not a directory attribute, so a method added here is not what Microsoft's note rules out; but the note does not say whether a method an admin created counts as explicitly registered. Use it as a bridge at most, test it with a reset, and still have the user register.
        The endpoints are POST /users/<user-id>/authentication/phoneMethods with phoneNumber and phoneType (mobile, alternateMobile or office), and POST /users/<user-id>/authentication/emailMethods with emailAddress. In PowerShell they are New-MgUserAuthenticationPhoneMethod and New-MgUserAuthenticationEmailMethod. Since October 2025 each method has its own least-privileged Graph permission: UserAuthMethod-Phone.ReadWrite.All for phone methods and UserAuthMethod-Email.ReadWrite.All for email methods (the .ReadWrite forms for a signed-in user's own methods); the broad UserAuthenticationMethod.ReadWrite.All still works but grants every method.
        Prefer email: Microsoft stops delivering SMS and voice codes on 1 February 2027 unless the tenant configures a customer-managed telecom provider, so an admin-added phone alone will not keep a user able to reset.
        A user must already have a mobile phone method before an alternateMobile can be added. These are private fields; the docs name the Privileged Authentication Administrator role for setting them.
    .check =
        1. One user: Entra admin center > Users > the user > Authentication methods > + Add. Choose phone number or email, enter the number as +1 4251234567 and save. The Microsoft 365 admin center offers the same on the user.
        2. Many users: Connect-MgGraph -Scopes "UserAuthMethod-Email.ReadWrite.All","UserAuthMethod-Phone.ReadWrite.All" (only the scopes for the methods you add; UserAuthenticationMethod.ReadWrite.All also works but is broader).
        3. Phone: New-MgUserAuthenticationPhoneMethod -UserId user@contoso.com -PhoneNumber "+1 4251234567" -PhoneType "mobile".
        4. Email: New-MgUserAuthenticationEmailMethod -UserId user@contoso.com -EmailAddress "user.private@example.com".
        5. Add alternateMobile or office numbers only after the mobile method exists.
        6. Reopen the user's Authentication methods page and confirm the new entries, then have the user try aka.ms/sspr. If the reset still says the account isn't registered, the method doesn't count: have the user register at aka.ms/ssprsetup.
    .expected = The phone and email appear as methods on the user and a test reset offers them; if not, the user registers the methods themselves.
    .uncertain = Microsoft's note on the pre-populate page (live copy read 2026-12-06) names only never-registered directory properties (mobilePhone, businessPhone, otherMails) as no longer accepted; it does not say whether phone or email methods an admin creates through Graph or + Add count as explicitly registered. Test with one user before relying on them.

step-registration-prepopulate-powershell = Read profile contact attributes; SSPR no longer uses them
    .summary = Update-MgUser still sets mobilePhone, otherMails and businessPhones, but since October 2026 SSPR ignores them unless the user registered the same value; Get-MgUser shows what the caller thinks is on file.
    .why =
        Setting these attributes used to be the way to deploy SSPR without registration. Microsoft's page dates the end 5 October 2026: from then SSPR accepts only registered authentication methods, and mobilePhone, businessPhones and otherMails count only if the same number or address was registered as a method. Filling them in with Update-MgUser no longer makes a user able to reset.
        The attributes still matter elsewhere: they are public in the directory, the user sees Mobile phone and Alternate email as suggested values at first registration, and for synced users Mobile phone and Office phone come from AD through Entra Connect, so correct synced users in AD. Reading needs User.Read.All, updating User.ReadWrite.All.
        When a caller says "my number is on my profile", read the attributes, compare them with the Authentication methods page, and have the user register the number or address at aka.ms/ssprsetup.
    .check =
        1. Connect-MgGraph -Scopes "User.Read.All"
        2. Read: Get-MgUser -UserId user@contoso.com -Property otherMails,mobilePhone,businessPhones | Select-Object otherMails, mobilePhone, businessPhones
        3. Compare with Users > the user > Authentication methods: a value that is only in these attributes is not offered at reset.
        4. Have the user register it at aka.ms/ssprsetup, best together with the Microsoft Authenticator app or an email address (Microsoft-delivered SMS and voice end on 1 February 2027).
        5. To keep the profile correct (not for SSPR): Update-MgUser -UserId user@contoso.com -MobilePhone "+1 4251234567" or -OtherMails @("user.private@example.com"), with User.ReadWrite.All, only for users whose values are not synced; fix synced users in AD.
    .expected = You know which contact data is only on the profile, and the user has registered the methods they need on the Security info page.

step-registration-prepopulate-connect = Let Entra Connect sync mobile and office numbers
    .summary = Entra Connect copies AD mobile to Mobile phone and telephoneNumber to Office phone; since October 2026 these synced numbers no longer count for SSPR, only registered methods do.
    .why =
        With the default mapping, the AD attribute mobile becomes Mobile phone and telephoneNumber becomes Office phone in Entra ID. For synced users, AD is where these values are mastered, so correct them on-premises; a wrong format in AD arrives in the cloud unchanged.
        Sync only sets the directory attributes, never registered authentication methods. Users could once reset with them; Microsoft's page dates the end 5 October 2026, and since then a synced number is not offered at reset unless the user registered the same number at aka.ms/ssprsetup. That is the usual cause of "it always worked, now it says I'm not registered" calls from synced users. The synced Mobile phone is still shown to the user as a suggested value when they register.
        Security questions can never be synced.
    .check =
        1. In Active Directory, check the user's mobile and telephoneNumber: + country code, a space, the number, no extension (for example +1 4251234567).
        2. Fix the values in AD and wait for the next Entra Connect sync cycle.
        3. Confirm in the cloud: Get-MgUser -UserId user@contoso.com -Property mobilePhone,businessPhones | Select-Object mobilePhone, businessPhones
        4. Syncing alone no longer makes SSPR offer these numbers: each user registers the number (and better the Microsoft Authenticator app or an email address) at aka.ms/ssprsetup. Microsoft-delivered SMS and voice end on 1 February 2027.
        5. If the tenant requires registration at sign-in (Password reset > Registration), a registration campaign has prompted users without enough methods since 9 November 2026; tell synced users to complete it rather than skip it.
        6. Keep numbers a user wants private out of AD mobile: that attribute is public in the directory.
    .expected = Mobile phone and Office phone show the synced numbers in the correct format, and each user has registered the methods SSPR offers at reset.

step-registration-user-registers = Send the user to register at aka.ms/ssprsetup
    .summary = The user adds methods on the Security info page (aka.ms/ssprsetup or aka.ms/mysecurityinfo) and counts as registered only once they have the required number.
    .why =
        Users register themselves on the combined Security info page for MFA and SSPR at mysignins.microsoft.com/security-info (short links aka.ms/mysecurityinfo and aka.ms/setupsecurityinfo). aka.ms/ssprsetup is the short link most SSPR guides give; it used to open the legacy SSPR-only page account.activedirectory.windowsazure.com/PasswordReset/Register.aspx.
        Registering is only possible for users in SSPR scope with a license; otherwise the page says "Your administrator has not enabled you to use this feature". Security questions can only be set here, by the user.
        A user counts as registered only once they have at least the number of methods the policy requires. Registering one method under a two-method policy still leaves them unable to reset.
        If the user's browser is signed in to another tenant, the page can be forced to the right one with ?tenant=<name> or ?tenantId=<id>.
    .check =
        1. Confirm the user is in scope (Password reset > Properties: All, or Selected and a member of that one group) and licensed.
        2. Ask the user to open aka.ms/ssprsetup (or aka.ms/mysecurityinfo) in a private browser window and sign in with their work account.
        3. If the wrong organization opens, use https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com with your tenant name.
        4. Have them add methods until they reach the required number, ideally of different kinds, starting with methods that keep working after 1 February 2027: the Authenticator app, an email address, an OATH code. A phone number only as an extra (Microsoft-delivered SMS and voice end that day unless the tenant configures its own telecom provider).
        5. Check on your side: the user's Authentication methods page lists the new methods.
        6. If the page says "Your administrator has not enabled you to use this feature", fix scope or license first ("Configuring SSPR and licensing" category).
    .expected = The Security info page lists at least the required number of methods, and the same methods show on the user's Authentication methods page.
    .uncertain = Where aka.ms/ssprsetup lands today was not checked live: it used to open the legacy SSPR-only registration page, and we believe it now opens the combined Security info page. If the user lands on an unexpected page, send them to aka.ms/mysecurityinfo instead.
    .caller =
        To set up your security info, open { $url } in a browser and sign in with your work account.
        Add your methods there: best the Microsoft Authenticator app and an email address you can open without this work account. Two different methods are safest. A mobile number is fine as an extra, but Microsoft stops sending codes by text message and phone call on 1 February 2027.
        If the page says your administrator has not enabled this feature, or shows another error, tell us the exact message and the time.

step-registration-reconfirm-prompts = Explain repeated "register" and "Is this info up to date?" prompts
    .summary = Prompts come from "Require users to register when signing in", the reconfirm interval (0–730 days), or MFA registration enforcement that users cannot skip.
    .why =
        Entra ID > Password reset > Registration has two settings. "Require users to register when signing in" (Yes/No) interrupts users in SSPR scope at browser or modern-authentication sign-in to apps that use Entra ID. They may cancel, but are asked again at each sign-in; with combined registration an SSPR-only interrupt can be skipped indefinitely.
        "Number of days before users are asked to reconfirm their authentication information" (0–730, 0 = never) works only when the first setting is Yes. It produces the periodic "Is this info up to date?" page, where the user confirms or edits their methods.
        Prompts that cannot be skipped come from MFA registration enforcement (Conditional Access, Identity Protection or per-user MFA), not from SSPR.
        Newly created users with pre-populated data who are in scope may see a "Don't lose access to your account!" registration page; that is expected.
        Since 9 November 2026 (the date on Microsoft's page), when "Require users to register when signing in" is Yes, a registration campaign also prompts users in scope who lack enough methods for SSPR. Users who relied on profile contact data see it too: that data stopped counting on 5 October 2026.
        Admins: when admin SSPR is turned off (allowedToUseSSPR = false) but the admin is still inside the user policy scope, they are asked to register yet cannot register anything. Exclude them from the user policy.
    .check =
        1. Ask exactly which page the user sees: "Is this info up to date?" (reconfirm) or a request to add more information (registration).
        2. Open Entra ID > Password reset > Registration and note both values.
        3. Reconfirm page: the user checks the methods and confirms them ("Looks good"). If the interval is too short for your organization, raise the number of days, or set 0 to stop reconfirm prompts.
        4. Registration page: check that the user holds the required number of methods; the prompt returns until they do.
        5. If the user can't skip the prompt, look at MFA registration enforcement: Conditional Access policies, the Identity Protection registration policy and the user's per-user MFA state.
        6. If the user is an admin and allowedToUseSSPR is false, remove them from the SSPR group (or the scope).
    .expected = The user registers or confirms once and is not asked again until the reconfirm interval runs out.

step-registration-unexpected-methods = Trace unexpected methods such as an app password
    .summary = In a migrated tenant only the Authentication methods policy decides what combined registration offers; before migration any of three sources can; app passwords appear only for per-user MFA users.
    .why =
        Combined registration serves MFA and SSPR from one Security info page. Which sources it reads depends on the tenant's migration state: once the Authentication methods policy migration is complete, only that policy counts and the legacy MFA and SSPR method lists are ignored; before that, it merges the SSPR Authentication methods page, the legacy per-user MFA service settings and the Authentication methods policy, and a method appears if any one of them enables it.
        App passwords are not an SSPR method at all. They come from the legacy MFA settings and are offered only to users enforced for per-user MFA, which is why such users are asked to create an app password during registration.
        Office phone can also appear because the user's Business phone attribute is filled in.
        Since 30 September 2025, methods can no longer be managed in the legacy MFA and SSPR policies (only security questions stay on the Password reset page); the Authentication methods policy is where methods are switched on and off.
    .check =
        1. Note the unexpected method and the affected users.
        2. App password: open the legacy per-user MFA settings and check whether the user is enforced for per-user MFA and whether app passwords are allowed there. Stop per-user MFA for those users (use Conditional Access for MFA instead) or turn app passwords off there.
        3. Any other method: read the tenant's migration state first (migration step in "Reset policy"). Migration Complete: change the method, or the groups it targets, in the Authentication methods policy only; the legacy lists are ignored. Not complete: the method can come from any of the three sources, so finish the migration rather than editing lists that can no longer be managed.
        4. Office phone: check the user's Business phone; clear it if it shouldn't be used.
        5. Have the user reload the Security info page and check again.
    .expected = The registration page offers only the methods your policies intend, and no app password prompt appears for users outside per-user MFA.

step-registration-force-reregister = Force the user to register again
    .summary = Use "Require re-register multifactor authentication" or delete the user's methods; adding the user back to the SSPR group does not reset their registration.
    .why =
        Registration lives on the user object as their list of methods. Group membership only decides whether SSPR applies. Removing the user from the SSPR group and adding them back leaves every method in place, so the user still counts as registered and is never prompted.
        To start over, clear what is registered: delete outdated methods on the user's Authentication methods page, and select "Require re-register multifactor authentication". At the next sign-in the user is asked to register again.
        Typical reasons: a lost or replaced phone, a changed number, or methods you suspect someone else registered.
    .check =
        1. Entra admin center > Users > the user > Authentication methods.
        2. Delete the outdated methods (old phone number, old email address).
        3. Select "Require re-register multifactor authentication".
        4. Ask the user to sign in and complete registration (or open aka.ms/ssprsetup directly) and add the required number of methods.
        5. Refresh the Authentication methods page and confirm the new methods are listed.
        6. Do not rely on removing and re-adding the user to the SSPR group: it changes nothing about registration.
    .expected = The old methods are gone, the user is prompted at the next sign-in, and the new methods show on the Authentication methods page.
    .caller =
        You need to set up your security info again, for example because your phone or number has changed. You may be asked to do this at your next sign-in, or you can open { $url } and sign in with your work account.
        Add your current methods: best the Microsoft Authenticator app on your current phone and an email address you can open without this work account. A mobile number is fine as an extra, but Microsoft stops sending codes by text message and phone call on 1 February 2027.
        If you see an error, tell us the exact message and the time.

step-registration-user-resets = Walk the user through a reset at aka.ms/sspr
    .summary = aka.ms/sspr opens passwordreset.microsoftonline.com: user ID and CAPTCHA, "I forgot my password", verification with the registered methods, then a new password.
    .why =
        The reset portal ("Get back into your account") is public: the "Can't access your account?" / "Forgot my password" link on the sign-in page leads to the same place. Scope, license and registration are checked only after the user ID is entered, so errors such as SSPR_0013 or SSPR_0014 appear after the first screen.
        The user must pass as many verification steps as the policy requires (admins usually two, under the two-gate policy). One-time codes are valid for 5 minutes and the whole session for 15 minutes.
        Cloud-only users must meet the cloud password rules (8–256 characters, 3 of 4 character types, no Unicode, banned-password list). Synced users must also meet the on-premises AD rules, which the page doesn't show, and their reset works only through password writeback.
        To show the portal in a particular language, append ?mkt= with a locale, for example ?mkt=es-us.
    .check =
        1. Have the user open aka.ms/sspr in a private browser window (or passwordreset.microsoftonline.com, optionally with ?mkt=es-us for another language).
        2. Enter the full user ID (the UPN) and the CAPTCHA characters. If the email address differs from the UPN and is refused, use the UPN.
        3. Choose "I forgot my password" (or unlock only, if the tenant allows it and the user is only locked out).
        4. Complete each verification step within 5 minutes per code.
        5. Choose a new password that meets the cloud rules and, for synced users, the on-premises rules.
        6. On any error, note the exact text, the SSPR_ code, the support code (link at the bottom right of the page), and the time with time zone.
        7. After success, the user signs in with the new password; federated users with synced hashes may need about 2 minutes before it works in the cloud.
    .expected = The portal confirms the reset, and with notifications on the user receives a confirmation email.
    .caller =
        To reset your password, open { $url } in a browser (a private window works best).
        Enter your work account name and the characters shown in the picture, choose "I forgot my password", verify with the methods you registered, then choose a new password. Each code you receive is valid for 5 minutes.
        If you see an error, tell us the error code (for example SSPR_0013), the time, and the code behind the support code link at the bottom right of the page.

step-registration-verification-fails = Fix codes that never arrive and rejected phone numbers
    .summary = Most failures are a badly formatted or virtual number, mail caught by spam filters, throttling after repeated attempts, or a code older than 5 minutes.
    .why =
        Text and voice codes go to the number on file exactly as stored: a number without country code or space, with an extension, or on a virtual (VoIP-type) service fails. "We could not verify your account" means there is no phone number on file at all.
        From 1 February 2027 Microsoft no longer delivers SMS or voice codes, for SSPR too; after that date text and call codes arrive only if the tenant has configured a customer-managed telecom provider. Move callers to the Authenticator app, email or an OATH code rather than fixing the phone again.
        Email codes normally arrive within 5 to 20 seconds. They come from msonlineservicesteam@microsoft.com or msonlineservicesteam@microsoftonline.com (US Government: @azureadnotifications.us or @microsoftonline.us; 21Vianet: msonlineservicesteam@oe.21vianet.com or 21Vianetonlineservicesteam@21vianet.com) and are often caught as junk.
        Throttling: 5 phone, SMS or Authenticator attempts, 5 security-question attempts or 5 resets of the same account within an hour, 10 emails within 10 minutes, or 5 failed identity checks within 24 hours block the user. They must wait 24 hours after the last attempt; a successful reset clears the counters.
        When asked to type their phone number, the user must enter the full number including country and area code, matching the one in the directory, or it is rejected.
    .check =
        1. Read the number on the user's Authentication methods page and compare it with the caller's phone; fix the format (+1 4251234567, no extension).
        2. If there is no number at all ("We could not verify your account"), add one as an authentication method.
        3. If the user types the number during the reset, tell them to include country and area code exactly as stored.
        4. Email: check Junk and Deleted items in the right mailbox, and allow the Microsoft sender addresses above in the mail filter.
        5. Ask how many attempts they made in the last hour and day; if throttled, they wait 24 hours after the last attempt.
        6. If a code expired (5 minutes) or the session timed out (15 minutes), start again from aka.ms/sspr.
        7. From 1 February 2027, if text or call codes stopped for everyone, ask the tenant admin whether a customer-managed telecom provider is configured; meanwhile use another method.
    .expected = The code arrives within a minute and is accepted on the first try.
    .caller =
        If you can, choose the Microsoft Authenticator app or an emailed code; Microsoft stops sending codes by text message and phone call on 1 February 2027. Look for emailed codes in your Junk and Deleted items folders too, and for texts in your phone's blocked or spam messages (some phones filter texts from international senders); enter each code within 5 minutes. If the page asks you to type your phone number, enter the full number with country code and area code.
        Then start again at { $url } in a new browser window, but stop after a few failed tries: too many attempts block the reset for 24 hours after the last one.
        Tell us which method you chose, what happened and the time.

step-registration-synced-users-writeback = For synced users, check that password writeback is in place
    .summary = Federated, pass-through authentication and password hash sync users keep their password in on-premises AD, so SSPR works for them only through healthy password writeback.
    .why =
        For a user synced from AD, the password that counts is the one in on-premises AD. With federation (for example AD FS) and pass-through authentication, sign-in checks it there; with password hash sync the cloud only holds a hash copied from AD. A reset in the cloud must therefore be written back to AD by Microsoft Entra Connect (or cloud sync). Writeback supports all three sign-in methods.
        Writeback is synchronous and usually takes under 500 ms. If the server or the domain controllers can't be reached, the user is told the reset can't be done now; nothing is queued for later.
        The usual codes: SSPR_0010 (writeback switched off), SSPR_0029 (the request reached AD but setting the password failed), SSPR_0030 (the cloud can't reach the writeback client).
        Every synced user who resets with writeback needs Microsoft Entra ID P1, P2 or Microsoft 365 Business Premium. Cloud-only users don't need writeback at all.
        Conversely, a password reset directly in AD reaches the cloud only through password hash sync (about every 2 minutes), not through writeback.
    .check =
        1. Find out whether the user is cloud-only or synced from on-premises AD, and how they sign in (federation, pass-through authentication or password hash sync).
        2. Ask how the password was reset. If it was done in the Microsoft 365 admin center or with PowerShell, go to the reset paths step.
        3. Note the error code: SSPR_0010 → writeback switches; SSPR_0029 → permissions, protected accounts and the event log; SSPR_0030 → connectivity.
        4. Open Entra ID > Password reset > On-premises integration, confirm writeback is on and read the writeback client health message on that page.
        5. Confirm the user holds a license that includes writeback (Entra ID P1/P2 or Microsoft 365 Business Premium).
        6. Work through the writeback steps below in order.
    .expected = On-premises integration shows writeback on and the client healthy, and the user's reset completes without an SSPR_ code.

step-registration-writeback-enabled = Confirm writeback is switched on in both places
    .summary = Password writeback must be ticked in the Entra Connect wizard and switched on under Password reset > On-premises integration; either one off gives SSPR_0010.
    .why =
        On the Entra Connect server, the Password writeback optional feature registers the writeback client with Microsoft (onboarding, events 31004 then 31005). In the cloud, "Write back passwords to your on-premises directory" (newer label: "Enable password write back for synced users") on the On-premises integration page decides whether synced users may reset. Set to No, federated, PTA and PHS users get SSPR_0010 even though Entra Connect is fine; the cloud switch can be flipped without touching Entra Connect.
        The On-premises integration tab appears only after Entra Connect is installed with writeback configured. If it's missing or greyed out, writeback isn't configured in Entra Connect or the tenant has no writeback license.
        The wizard's Entra ID sign-in needs a Hybrid Identity Administrator (Microsoft's writeback pages call it "Hybrid Administrator"; older docs: Global Administrator) that is licensed and not federated. A federated admin fails with events 32009 or 31014; "Unable to configure password writeback. Ensure you have the required license." also appears when the server clock is skewed or TLS 1.2 is not enabled.
        The user must also be synced by this Entra Connect server; otherwise the log shows "Object could not be found".
    .check =
        1. On the Entra Connect server, run Microsoft Entra Connect > Configure > Customize synchronization options, sign in, and continue to Optional features. Make sure Password writeback is ticked, then finish the wizard.
        2. If the wizard says "Unable to configure password writeback", sign in with a licensed cloud-only admin, check the server clock and enable TLS 1.2 (connectivity step).
        3. In the Application log, look for 31005 (onboarding succeeded) and 31015 (writeback service started).
        4. In the Entra admin center, with at least Hybrid Identity Administrator, open Entra ID > Password reset > On-premises integration and set "Write back passwords to your on-premises directory" (or "Enable password write back for synced users") to Yes. Save.
        5. Read the writeback client status message on the same page.
        6. In Synchronization Service Manager, confirm the user exists in this server's connector space and metaverse.
    .expected = Both switches are on, the On-premises integration page reports a running writeback client, and the user is synced by this server.

step-registration-writeback-connector-permissions = Grant the MSOL_ connector account its writeback rights
    .summary = The AD DS connector account (MSOL_…) needs Reset password, Write lockoutTime, Write pwdLastSet and Unexpire Password on every domain root.
    .why =
        Writeback sets the new password in AD with the AD DS connector account that Entra Connect uses for the forest, usually named MSOL_ followed by 12 characters. SSPR performs an admin-style reset, so this account needs, on each domain root: Reset password (Descendant User objects), Write lockoutTime and Write pwdLastSet (Descendant User objects), and the Unexpire Password extended right (This object and all descendant objects). The current Entra Connect writeback tutorial also lists Change password.
        Without these rights the request reaches AD and fails: SSPR_0029 for the user, 31003 with 33004 in the Application log, or "management agent was denied access".
        Permission changes can take an hour or more to replicate and reach every user object, so a fix may look as if it didn't work.
    .check =
        1. Find the account: Synchronization Service Manager > Connectors > the AD connector > Properties > Connect to Active Directory Forest > User name. Or in the wizard: View current configuration > Synchronized Directories.
        2. Quickest fix, from the ADSyncConfig module on the Entra Connect server: Set-ADSyncPasswordWritebackPermissions -ADConnectorAccountName MSOL_xxxxxxxxxxxx -ADConnectorAccountDomain contoso.com
        3. Or by hand in Active Directory Users and Computers (View > Advanced Features): domain root > Properties > Security > Advanced > Add the MSOL_ account. For Descendant User objects tick Reset password (and Change password), Write lockoutTime and Write pwdLastSet; for This object and all descendant objects tick Unexpire Password.
        4. Repeat for every domain that writeback serves.
        5. Verify on the affected user: Security > Advanced > Effective Access > select the MSOL_ account > View effective access; Reset password must be ticked. On the command line: dsacls "<user DN>".
        6. To test before replication finishes, point Entra Connect at one DC (Sync Service Manager > AD connector > Configure Directory Partitions > Only use preferred domain controllers) and look at that DC (ADUC > Change Domain Controller).
        7. If Entra Connect runs on a DC and the permissions can't be fixed there, use preferred DCs pointing at another DC or move Entra Connect to a member server.
    .expected = Effective Access shows Reset password for the MSOL_ account on the user, and the next reset logs 31001 followed by 31002.
    .uncertain = Sources disagree on "Change password": the current Entra Connect writeback tutorial lists it as required, while its step-by-step, the cloud sync list and the support article's default permissions do without it (users get it from Everyone/SELF). Granting it does no harm, so it stays in the list.

step-registration-writeback-inheritance-protected = Check inheritance and protected accounts (adminCount=1)
    .summary = The connector account's rights are inherited from the domain root; a user with inheritance off or in a protected group (adminCount=1) can't be reset through writeback.
    .why =
        Rights granted on the domain root reach users only through inheritance. If inheritance is switched off on the user or on an OU above it, the Reset password right never arrives, and writeback fails with 33004 and SSPR_0029 even though the domain root looks right.
        Members of on-premises protected groups (Domain Admins, Enterprise Admins and the like) are handled by AdminSDHolder: their object is marked adminCount=1 and loses inherited permissions. Writeback cannot reset them by design. They can still change a known password in the cloud, but a forgotten password must be reset on-premises.
        Other AD prerequisites from the support article: the samServer object (CN=Server,CN=System,<domain DN>) readable by Pre-Windows 2000 Compatible Access or Authenticated Users; Authenticated Users a member of Pre-Windows 2000 Compatible Access; and the "Impersonate a client after authentication" user right including Administrators, LOCAL SERVICE, NETWORK SERVICE and SERVICE.
    .check =
        1. In Active Directory Users and Computers with Advanced Features on, open the user > Security > Advanced. If "Enable inheritance" is offered, inheritance is off: select it and apply. Check the parent OUs the same way.
        2. Check the protected flag: Get-ADUser <samAccountName> -Properties adminCount. A value of 1 means AdminSDHolder controls the object.
        3. For a protected account, reset the password on-premises and tell the caller that SSPR can't reset this account by design.
        4. Check the samServer object permissions, the Pre-Windows 2000 Compatible Access membership and the "Impersonate a client after authentication" right.
        5. Allow up to about an hour for changes to reach every object, then retry and look for 31002 in the Application log.
    .expected = Inheritance is on for the user and its OUs, the user is not protected (or is reset on-premises), and the retry succeeds.

step-registration-writeback-connectivity = Check outbound 443, proxy, TLS 1.2 and .NET on the sync server
    .summary = The writeback client needs outbound HTTPS 443 to *.passwordreset.microsoftonline.com and to its own tenant's Service Bus relay under *.servicebus.windows.net, TLS 1.2 for .NET, .NET Framework 4.8 and a correct clock.
    .why =
        The writeback client keeps an outbound connection to an Azure Service Bus relay; no inbound ports are needed. Every tenant has its own relay namespace, and its name is in the Application log of the Entra Connect server: events 31019 and 31034 name the Service Bus listener. Test that host, not a fixed example: a test against someone else's relay (for example the ssprdedicatedsbprodscu host older guides quote) can pass while yours is blocked, or fail while yours is fine. If that connection breaks, the cloud can't hand the request to your server: users get SSPR_0030 and the log shows 32002, 31034, 31044 or 6800 ("Couldn't connect to any service bus endpoint(s)").
        Endpoints: *.passwordreset.microsoftonline.com and *.servicebus.windows.net on TCP 443 (US Government: *.passwordreset.microsoftonline.us and *.servicebus.usgovcloudapi.net; 21Vianet: ssprdedicatedsbmcprodcne.servicebus.chinacloudapi.cn and ssprdedicatedsbmcprodcnn.servicebus.chinacloudapi.cn). The ssprdedicatedsb… relay hosts are not in the Office 365 URL list, so a proxy allow-list built only from that list misses them. Proxies with short idle timeouts also cut the connection. The older TCP 9350–9354 note in the event table predates Entra Connect 1.1.443.0; writeback now uses 443 only.
        TLS 1.2 must be enabled for .NET on the sync server: turning off TLS 1.0 and 1.1 without enabling strong cryptography for .NET stops writeback. The server also needs .NET Framework 4.8 or later, a clock in sync with an authoritative time source, and the root CAs required after Azure's TLS certificate changes (31034 "remote certificate is invalid").
    .check =
        1. On the Entra Connect server, open Event Viewer > Windows Logs > Application, find the latest event 31019 or 31034 from PasswordResetService, and note the Service Bus listener name (a namespace such as ssprdedicatedsbprodfra-1 or ssprdedicatedsbprodncu).
        2. In PowerShell: Test-NetConnection -ComputerName <namespace>.servicebus.windows.net -Port 443 and check that the TCP test succeeds; for proxy and TLS detail, Invoke-WebRequest -Uri https://<namespace>.servicebus.windows.net -Verbose
        3. In the firewall and proxy, allow outbound 443 to *.passwordreset.microsoftonline.com and *.servicebus.windows.net (or the government/21Vianet hosts) and remove short idle timeouts for this server.
        4. Run Microsoft's TLS 1.2 check and enable scripts for Entra Connect, then reboot.
        5. Confirm that .NET Framework 4.8 or later is installed.
        6. Check the server time against an authoritative source (for example w32tm /query /status).
        7. If 31034 says "remote certificate is invalid", install the missing root CAs.
        8. Restart the Microsoft Azure AD Sync service and test a reset again.
    .expected = The TCP test to the Service Bus host succeeds, no new 32002/31034/31044 events appear, and resets no longer return SSPR_0030.

step-registration-writeback-event-log = Read the writeback events in the Application log
    .summary = Each reset of a synced user starts with event 31001; 31002 means AD took it, while 31003 plus a 33xxx event names the reason it failed.
    .why =
        The Entra Connect server logs writeback in the Application log under two sources: PasswordResetService (the writeback service) and ADSync (setting the password in AD).
        A self-service reset starts with 31001 (PasswordResetStart) and ends with 31002 (PasswordResetSuccess) or 31003 (PasswordResetFail). A password change uses 31006 → 31007 or 31008, and an admin reset from the portal 31009 → 31010 or 31011.
        A failure is followed by a 33xxx event naming the AD reason: 33001 unknown AD error (also reserved characters in the OU or DN path, such as a leading # or a trailing space), 33002 user not found on-premises, 33003 two on-premises users share the cloud anchor, 33004 missing permissions or adminCount = 1, 33005 account disabled, 33006 account locked out, 33008 password policy, 33009 AD configuration problem.
        No 31001 at all means the request never reached the server: look at connectivity (31016 service stopped, 32002, 31034, 31044). Events 656 and 657 right after enabling writeback are password hash re-syncs, not real changes.
        On the DC, Security event 4724 with Audit Failure by the MSOL_ account means the request reached AD but broke local password policy (requires failure auditing for account management).
    .check =
        1. Reproduce the reset and note the time with time zone.
        2. On the Entra Connect server, open Event Viewer > Windows Logs > Application > Filter Current Log, and select the sources PasswordResetService and ADSync.
        3. Find 31001 at the time of the attempt and follow it to 31002 or 31003.
        4. For 31003 or 31011, read the 33xxx event: 33004 → permissions and protected accounts steps; 33005/33006 → enable or unlock the account in AD; 33008 → the password policy step; 33001 → check the OU/DN for reserved characters and the ADSync events.
        5. Read any ADSync event logged at the same moment (often 6329) and decode it in the next step.
        6. If there is no 31001, go back to the connectivity step.
        7. For a support case, save the Application log and zip it.
    .expected = A test reset shows 31001 followed by 31002 with no 33xxx or ADSync error.

step-registration-writeback-adsync-errors = Decode ADSync 6329 and 8023062C errors
    .summary = The text inside ADSync event 6329 tells you whether AD refused the password, lacks the LDAP policy control, blocks SAM calls, or needs signed and encrypted LDAP.
    .why =
        6329 with "BAIL: MMS(4924) 0x80230619": a restriction prevents the change. AD refused the password (Minimum password age, history, complexity, a password filter) or the user has "User cannot change password" (PASSWD_CANT_CHANGE) set.
        6329 with "MMS(3040): admaexport.cpp(2837)" about the LDAP password policy control: the domain controllers don't support LDAP_SERVER_POLICY_HINTS_OID (1.2.840.113556.1.4.2066). DCs must run Windows Server 2016 or later; the old Windows Server 2008 hotfix KB2386717 can no longer be downloaded.
        6329 with 0x8023061f ("password sync not enabled on this management agent"): a forest was added or re-added after writeback was enabled. Switch writeback off and on again.
        6329 with ERROR_ACCESS_DENIED "Failed to acquire user information: …\MSOL_…": the policy "Network access: Restrict clients allowed to make remote calls to SAM" blocks the connector account, often from a hardening baseline. It can be set on the Entra Connect server or on the domain controllers, so check both.
        8023062C (0x8023062c, the password could not be set because the connection is not secure; 128-bit TLS/SSL is required): the AD connector isn't signing and encrypting its LDAP traffic.
        Others: hr=800700CE "The filename or extension is too long" means the connector account password is too long (keep it at 256 characters or fewer); hr=80230402 means the same user is enabled in several forests or the anchor isn't unique; "Multiple matches found" is an unsupported multi-forest duplicate.
    .check =
        1. Open the ADSync 6329 event that goes with the failed reset and copy its full text.
        2. 0x80230619 → go to the password policy step; clear "User cannot change password" on the user if it is set.
        3. LDAP password policy control → check the DCs' operating system; plan an upgrade to Windows Server 2016 or later.
        4. 0x8023061f → disable and re-enable Password writeback in the Entra Connect wizard.
        5. ERROR_ACCESS_DENIED for MSOL_ → on the Entra Connect server and on the DCs, run gpresult /h report.html and Get-ItemProperty HKLM:\System\CurrentControlSet\Control\Lsa -Name RestrictRemoteSam to find where the SAM policy applies. Add the MSOL_ account to that policy with Remote Access: Allow, or remove the setting from the GPO that sets it and then delete the RestrictRemoteSam value (deleting only the value doesn't last: the GPO writes it back at the next refresh); then run gpupdate /force.
        6. 8023062C → in Synchronization Service Manager, enable "Sign and Encrypt LDAP Traffic" in the forest connection options, in each directory partition's DC connection options and in the alternate credentials options; restart ADSync.
        7. 800700CE → reset the connector account password to 256 characters or fewer and enter it in Sync Service Manager > Connectors > AD connector > Properties > Credentials.
    .expected = The next reset produces no 6329 event and ends with 31002.

step-registration-writeback-restart-upgrade = Restart ADSync, toggle writeback, then upgrade Entra Connect
    .summary = When events point at the writeback service itself, restart Microsoft Azure AD Sync, switch Password writeback off and on, and upgrade Entra Connect if it is old.
    .why =
        Many PasswordResetService faults (6800, 32000 unknown error, 32004 decryption, 32005 configuration file, 32007, 32008, 32010 crypto) clear once the writeback client starts cleanly or registers again. Restarting the Microsoft Azure AD Sync (ADSync) service restarts the writeback endpoint.
        Switching Password writeback off and on in the wizard registers the client again and renews its keys. It is also required after a forest is added to Entra Connect.
        All of this is about Entra Connect Sync. Users synced by Microsoft Entra Cloud Sync (Microsoft moves tenants from Connect Sync to Cloud Sync in phases from July 2026) have no ADSync service or wizard: their agent runs as the services "Microsoft Azure AD Connect Provisioning Agent" and "Microsoft Azure AD Connect Agent Updater", and their writeback is covered by the Cloud Sync step.
        An outdated Entra Connect can stop writeback working; an in-place upgrade to the latest version fixes it, but back up custom sync rules first and toggle writeback again afterwards. The Entra Connect Sync installer is now offered only in the Microsoft Entra admin center (Entra Connect > Get started, Manage tab), not in the Download Center.
    .check =
        1. Check which engine syncs the user. Cloud Sync: restart "Microsoft Azure AD Connect Provisioning Agent" on the agent server and continue with the Cloud Sync step instead. Entra Connect Sync: on the server, open services.msc > Microsoft Azure AD Sync > Restart (or Restart-Service ADSync) and check for 31015 (writeback service started).
        2. Test a reset with a non-admin synced user.
        3. Still failing: run the wizard > Configure > Customize synchronization options > Optional features, untick Password writeback and finish; run it again, tick it and finish. Expect 31012/31013, then 31004/31005.
        4. Test again.
        5. Still failing: back up custom sync rules, download the latest Entra Connect from the Entra admin center (Entra Connect > Get started > Manage), upgrade in place, and toggle writeback once more.
        6. If nothing helps, open a support case with the error text, support code, time with time zone, user type and the zipped Application log.
    .expected = After the restart or toggle the log shows 31015 and 31005, and a test reset ends with 31002.

step-registration-writeback-reset-paths = Ask how the password was reset: not every path writes back
    .summary = Resets in the Microsoft 365 admin center or with MSOnline/AzureAD PowerShell change only the cloud password; the Entra admin center and the Graph resetPassword API write back.
    .why =
        "The cloud password changed but AD still has the old one" is often not a fault but an unsupported path.
        Written back: a user's own change (voluntary or at expiry), a user's reset at passwordreset.microsoftonline.com, an admin reset in the Microsoft Entra admin center or Azure portal, and an admin reset through the Microsoft Graph authentication method resetPassword API.
        Not written back: resets in the Microsoft 365 admin center, with MSOnline or AzureAD PowerShell (v1/v2), users resetting themselves through PowerShell or Graph, Update-MgUser passwordProfile updates, an admin resetting their own password with the reset tool, and any reset of a member of an on-premises protected group.
        The reverse direction is different again: a password reset in AD reaches the cloud only through password hash sync, about every 2 minutes.
    .check =
        1. Ask who reset the password, where and when.
        2. In the Application log on the Entra Connect server, a written-back reset shows 31001 (user) or 31009 (admin). No event at that time means the reset never went to writeback.
        3. Reset again where it is written back: Entra admin center > Users > the user > Reset password, or let the user reset at aka.ms/sspr.
        4. For scripts, replace Update-MgUser passwordProfile and MSOnline/AzureAD cmdlets with the Graph authentication method resetPassword API, or reset on-premises.
        5. For admins resetting themselves and members of protected groups, reset the password on-premises.
        6. Tell the helpdesk team to reset synced users in the Entra admin center, not in the Microsoft 365 admin center.
    .expected = The repeated reset logs 31009 then 31010 (or 31001 then 31002), and the user signs in on-premises with the new password.
    .uncertain = That Update-MgUser passwordProfile updates are not written back is inferred from the docs' rows about PowerShell and Graph resets; no Microsoft page states it for this cmdlet. Test once with a test user before relying on it.

step-registration-writeback-cloud-sync = With Cloud Sync, turn on its writeback in addition, not instead
    .summary = "Enable password write back for synced users" must be on in every case; the Cloud Sync box ("Write back passwords with Microsoft Entra Cloud Sync", older label "… Microsoft Entra Connect cloud sync") is an extra, and Cloud Sync also needs writeback enabled on its agent.
    .why =
        Users can be synced either by Entra Connect Sync (the server with the wizard) or by Microsoft Entra Cloud Sync, which runs on lightweight provisioning agents. On the On-premises integration page, "Enable password write back for synced users" is the main switch and must be ticked whichever engine syncs the user. The Cloud Sync box appears only when provisioning agents are detected, and you tick it additionally.
        Cloud Sync also has its own switch on the agent server: Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true (agent version 1.1.977.0 or later). Without it, ticking the box in the portal is not enough.
        Writeback works only for users synced by an engine whose writeback is on, so check which engine syncs the affected user.
        With Cloud Sync, the account that writes to AD is the agent's group managed service account (gMSA, for example provAgentgMSA$), not the MSOL_ account. It needs Reset password, Write lockoutTime, Write pwdLastSet and Unexpire Password; Set-AADCloudSyncPermissions -PermissionType PasswordWriteBack repairs them. The cloud sync tutorial also notes that admins can't reset their own password through the reset tool with writeback, and that an admin's reset of another admin is not written back.
    .check =
        1. Ask the on-premises admin which engine syncs the user: Entra Connect Sync or Cloud Sync.
        2. In Entra ID > Password reset > On-premises integration, make sure "Enable password write back for synced users" is ticked (in every case).
        3. Cloud Sync: confirm provisioning agents are installed for that domain, tick "Write back passwords with Microsoft Entra Cloud Sync" (older label: "… with Microsoft Entra Connect cloud sync") as well, and save.
        4. On the agent server, check the agent version (1.1.977.0 or later) and run Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true.
        5. Give the agent's gMSA Reset password, Write lockoutTime, Write pwdLastSet and Unexpire Password, or run Set-AADCloudSyncPermissions -PermissionType PasswordWriteBack with enterprise admin credentials.
        6. Entra Connect Sync only: leave the Cloud Sync box unticked and use the Entra Connect writeback switch (previous steps).
        7. Test with a non-admin user synced by Cloud Sync.
    .expected = Both boxes are ticked for a Cloud Sync user, writeback is enabled on the agent, and a non-admin Cloud Sync user can reset and sign in on-premises with the new password.
    .uncertain = Whether ticking the Cloud Sync box without any provisioning agent returns an error is not confirmed: Microsoft's pages only say the option appears when agents are detected.

step-registration-writeback-min-password-age = Check Minimum password age and other on-premises password rules
    .summary = A Minimum password age above 0 makes AD refuse a second reset or change within that time, typically when a new user tries to replace the initial or temporary password an admin has just set.
    .why =
        SSPR writes the new password to AD as an admin-style reset, and AD applies its own rules: Minimum password age, password history, complexity, fine-grained password policies, third-party password filters (which must also handle admin-initiated resets) and Microsoft Entra Password Protection agents. The SSPR page shows none of them and has no strength meter for writeback users, so the user only sees "On-premises policy violation" or a length/complexity/age/history message.
        Minimum password age is the classic trap: a new user who just received a temporary password, or a user who already reset once today, can't set another until the age has passed.
        In the logs this shows as 31003 with 33008 and ADSync 6329 0x80230619, and on the DC as Security event 4724 Audit Failure by the MSOL_ account.
        If a synced user outside the SSPR scope tries to change their password, they get the same misleading complexity message (community lab test), so check scope as well.
    .check =
        1. On a DC, run net accounts or Get-ADDefaultDomainPasswordPolicy and note Minimum password age, history and complexity.
        2. Check for a fine-grained policy on the user: net user <username> /domain
        3. If users must be able to reset more than once a day, set Minimum password age to 0 in Computer Configuration > Policies > Windows Settings > Security Settings > Account Policies > Password Policy, then run gpupdate /force on the DCs.
        4. In the user's Account tab, clear "User cannot change password" if it is set.
        5. Look on the DC for Security event 4724 Audit Failure by the MSOL_ account at the time of the reset.
        6. Check password filters and Entra Password Protection if a long, unique password is still refused.
        7. Have the user try again with a password that meets every on-premises rule.
    .expected = The reset ends with 31002 and no 4724 audit failure, and users can reset again on the same day if your policy allows it.
    .uncertain = Two points are not confirmed by Microsoft: the misleading complexity message for out-of-scope users comes from a community blog's lab test, and Microsoft documents the DC event 4724 audit failure for admin resets; for self-service resets it is inferred.

# --- 2027: calls of 2027 (issue #13; content audit 2026-12, B1, B4, C1, C2, C7, C9, C10, C11) ---

step-registration-sspr-usable-methods = Check that the user has a method SSPR can use, not only a passkey
    .summary = Passkeys, Windows Hello for Business, certificate-based authentication and a Temporary Access Pass are sign-in (MFA) methods only; a user who has nothing else cannot reset a password.
    .why =
        Microsoft's authentication methods table marks passkeys (FIDO2), Temporary Access Pass and certificate-based authentication as usable for MFA, not for SSPR, and says FIDO2 and Windows Hello for Business are limited to authentication by design. Authenticator passwordless sign-in is the same: it signs the user in but is not a password reset method.
        The methods SSPR can use are: Microsoft Authenticator notification and code, hardware and software OATH codes, email, SMS, voice call and security questions (as the tenant's policy allows).
        Since 1 Sep 2026 passkeys are the default and users are nudged to register them; from 1 Feb 2027 Microsoft-delivered SMS and voice stop, also for SSPR. A growing number of callers therefore sign in fine with a passkey but get SSPR_0014 or are offered no method at aka.ms/sspr. Microsoft says it plans to let passwordless users change their password, with no date given.
        Microsoft Authenticator cannot be the only method when the policy asks for one method, so an Authenticator user still needs email or another method for SSPR.
    .check =
        1. Open Users > the user > Authentication methods and list what is registered.
        2. Count only SSPR-usable methods: Authenticator (notification or code), OATH codes, email, mobile or office phone, security questions. Passkeys, Windows Hello for Business, certificates and a Temporary Access Pass do not count.
        3. Compare the count with "Number of methods required to reset" (1 or 2).
        4. If the count is too low and the user can still sign in (for example with a passkey), have them open Security info and add Microsoft Authenticator, an email address or an OATH code before the next reset is needed.
        5. If the user is locked out now and has no SSPR-usable method, an admin resets the password or issues a Temporary Access Pass after verifying the caller's identity, or sends them to account recovery where it is set up.
    .expected = The user has at least the required number of SSPR-usable methods and a test at aka.ms/sspr offers them.
    .caller =
        Your passkey or Windows Hello signs you in, but it can't be used to reset a forgotten password.
        While you are signed in, open { $url } and add the Microsoft Authenticator app and an email address you can always read (or a code-generating token if we gave you one).
        If you can't sign in at all, tell us; we'll verify who you are and help you another way.

step-registration-phone-only-callers = Move callers whose only method is a phone number before 1 Feb 2027
    .summary = From 1 Feb 2027 Microsoft stops delivering SMS and voice codes, including for SSPR; a caller with only a phone number needs another method unless the tenant buys a telecom provider.
    .why =
        Microsoft retires its own SMS and voice delivery in Microsoft Entra ID on 1 Feb 2027 (public cloud first), and the retirement applies to SSPR too. From 30 Oct 2026 a tenant can configure a customer-managed telecom provider through the Microsoft Security Store; with one, SMS and voice keep working under the tenant's own contract.
        Without one, a caller whose only registered method is a mobile or office phone gets no code and cannot reset. After 1 Feb 2027 such users must register a passkey at sign-in (a blocking prompt, no opt-out), but a passkey alone does not let them reset a password either.
        So the advice to a phone-only caller is: add Microsoft Authenticator and an email address (or an OATH code) now, while the phone still works, and keep the phone only as an extra method.
    .check =
        1. Check the user's Authentication methods: if the only SSPR-usable entries are phone numbers, the user is at risk.
        2. Ask the tenant admin whether a customer-managed telecom provider is configured or planned (see the configure step on telecom providers).
        3. If not, have the user add Microsoft Authenticator and an email address on Security info while they can still sign in.
        4. Make sure the methods are enabled for the user in the Authentication methods policy (Authenticator, email OTP "for use in Password reset", OATH).
        5. Note on the ticket which methods the user now has.
    .expected = The user has at least one SSPR-usable method that is not a phone number, or the tenant has a telecom provider for SMS and voice.
    .uncertain = The dates come from Microsoft's retirement page (ms.date 2026-06-10, marked AI-assisted); the audit asks to recheck them before shipping. How SSPR behaves with a customer-managed provider is only stated in one FAQ line ("users can still use SMS and voice … through the Security Store").
    .caller =
        From February 2027, text messages and phone calls may no longer be able to send you verification codes.
        Please open { $url } now, sign in, and add the Microsoft Authenticator app and an email address you can always read. Keep your phone number as an extra method.
        If you need help setting up the app, or the page shows an error, tell us the message and the time.

step-registration-passkey-prompts = Explain "set up a passkey" prompts at sign-in
    .summary = Since 1 Sep 2026 users enabled for SMS or voice are auto-enabled for passkeys and nudged by a Microsoft-managed registration campaign; after 1 Feb 2027 the prompt blocks users whose only MFA method is SMS or voice.
    .why =
        On 1 Sep 2026 Microsoft enabled passkeys for every user enabled for SMS or voice, put them in a passkey profile that allows all passkey types, and set the registration campaign to Microsoft-managed. These users see a "register a passkey" prompt after MFA at sign-in; they can snooze it as often as they like.
        From 1 Feb 2027 a user whose only available MFA method is SMS or voice (and whose tenant has no customer-managed telecom provider) must register a passkey before they can continue; this prompt cannot be skipped and there is no opt-out.
        A passkey is a good sign-in method but does not reset a password, so a user who registers one should also have Authenticator, email or an OATH code for SSPR. An admin can move users out of SMS and voice in the Authentication methods policy or manage the registration campaign (Entra ID > Authentication methods > Registration campaign).
    .check =
        1. Ask whether the prompt can be skipped ("snooze") or blocks the user.
        2. If it can be skipped: the user may register a passkey or snooze; explain that the prompt returns at later sign-ins.
        3. If it blocks: the user's only MFA method is SMS or voice after 1 Feb 2027; help them register a passkey (or add Authenticator) to continue.
        4. In either case, check the step on SSPR-usable methods so the user can still reset a password later.
        5. For questions about the campaign itself, the tenant admin checks Authentication methods > Registration campaign (state Microsoft managed, target groups).
    .expected = The user knows why the prompt appears, signs in, and has a method that SSPR can use.
    .caller =
        The request to set up a passkey comes from your organisation's sign-in security; it's safe to follow. If it lets you choose "later", you can, but it will come back.
        We recommend setting it up, and also opening { $url } to add the Microsoft Authenticator app and an email address so you can reset your password if you forget it.
        If setting up the passkey fails, tell us your device type and the message you see.

step-registration-account-recovery = Send users who lost every method to account recovery, where it is set up
    .summary = Account recovery (preview since Nov 2025) lets a user who lost all methods prove who they are with an ID-verification provider and Verified ID, then re-enrol with a Temporary Access Pass.
    .why =
        SSPR needs at least one registered method; a user who lost the phone with Authenticator, the security key and every other method cannot use it. Account recovery covers this case: the user starts it from sign-in, verifies their identity with a provider from the Microsoft Security Store (government ID and a liveness check), receives a Verified ID in Microsoft Authenticator, presents it with Face Check, and gets a Temporary Access Pass to register new methods.
        It needs Microsoft Entra ID P1 and is set up by an Authentication Administrator. It runs in Evaluation mode or Production mode: in Evaluation mode users can try it but cannot actually recover. The user's First name and Last name in Entra ID must match the ID document; the display name is not used.
        Where account recovery is not set up, the helpdesk path stays the same: verify the caller's identity by your own process, then an admin issues a Temporary Access Pass or resets the password.
    .check =
        1. Confirm the caller has no working method at all (not even email or a security key); if one still works, use SSPR instead.
        2. Ask the tenant admin whether account recovery is enabled and in which mode (Evaluation or Production).
        3. In Production mode, send the caller to the sign-in page to start recovery and make sure they have their ID document and a phone for Microsoft Authenticator.
        4. If recovery fails on the name check, compare the user's First name and Last name in Entra ID with the document and have an admin correct them.
        5. If the tenant is in Evaluation mode or recovery is not set up, follow your identity-verification process and have an admin issue a Temporary Access Pass.
    .expected = The caller receives a Temporary Access Pass (through recovery or from an admin) and registers new methods, including an SSPR-usable one.
    .uncertain = Account recovery is a preview (pages dated 2025-11-07 and 2025-11-08); its requirements, modes and the name-matching rule may change before general availability.

step-registration-authenticator-rooted-device = Authenticator removed the account on a rooted or jailbroken phone
    .summary = Since Feb 2026 Microsoft Authenticator detects rooted and jailbroken phones, moves from warning to blocking, and then wipes the Entra accounts, so the Authenticator method stops working for SSPR.
    .why =
        Microsoft announced root and jailbreak detection for Microsoft Authenticator in Oct 2025 and enforcement from Feb 2026: first a warning, then blocking, then the app removes the user's Entra credentials. The user's Authenticator notification and code no longer arrive, so a reset that relied on Authenticator fails.
        The fix is a supported (not rooted) phone for Authenticator, or another method such as email or an OATH code. If the user has no other method, an admin resets the password or issues a Temporary Access Pass after verifying identity.
    .check =
        1. Ask whether the Authenticator app showed a warning about a rooted or jailbroken device, or whether the work account disappeared from the app.
        2. Check the user's other registered methods; if one is SSPR-usable, have them reset with it.
        3. Have the user install Authenticator on a supported phone and register it again on Security info (delete the old Authenticator entry).
        4. If nothing else works, verify the caller and have an admin issue a Temporary Access Pass.
    .expected = The user has Authenticator on a supported phone, or another SSPR-usable method, and can reset.
    .uncertain = The dates and the warn, block, wipe sequence come from Microsoft's What's new page (Oct 2025 and Feb 2026 entries, page dated 2026-04-15); the exact day enforcement reached each tenant is not documented.
    .caller =
        The Microsoft Authenticator app doesn't work on phones that have been rooted or jailbroken, and it may have removed your work account.
        Please use a phone that hasn't been modified, install Microsoft Authenticator, then open { $url } and add it again; an email address is a good second method.
        If you can't sign in to do this, tell us so we can help another way.

step-registration-security-info-asks-mfa = Explain why Security info asks the user to verify first
    .summary = A user who already has an MFA-capable method must pass MFA to open Security info; the session lasts 15 minutes, and adding or changing a passkey needs MFA from the last 5 minutes.
    .why =
        Combined registration protects the Security info page: once a user has a method that can do MFA, they must complete MFA before they can view or change their methods. The page's session lasts 15 minutes; after that it asks again.
        Adding or changing a passkey asks for MFA done within the last 5 minutes, so a user who verified earlier is asked again.
        This is why callers say "aka.ms/ssprsetup keeps asking me to verify". If the only MFA method is lost, the user cannot get in; an admin issues a Temporary Access Pass, which satisfies the check so the user can register new methods.
    .check =
        1. Ask what the page asks for and which method the user tried.
        2. If they have a working method, have them complete the verification and finish their changes within 15 minutes.
        3. For passkey changes, tell them to expect a fresh verification even if they verified a few minutes before.
        4. If no registered method works, verify the caller and have an admin issue a Temporary Access Pass for registration.
    .expected = The user passes verification, opens Security info and saves their changes.
    .caller =
        Security info asks you to verify it's you before it shows your methods; this protects your account.
        Open { $url }, approve the request with the Microsoft Authenticator app or enter the code you receive, and finish your changes within 15 minutes. Adding a passkey may ask you to verify again.
        If none of your methods work any more, tell us so we can help.

step-registration-cloud-managed-users = Check whether the user is still synced before going down the writeback path
    .summary = Since Jan 2026 admins can move a synced user's source of authority to the cloud; such users behave like cloud-only users, so writeback errors and writeback licensing no longer apply to them.
    .why =
        Microsoft made "User SOA" (source of authority) generally available in Jan 2026: an admin can convert an individual synced user into a cloud-managed user. From then on the user is managed in Entra ID, resets are not written back to Active Directory, and the writeback steps and codes (SSPR_0029, 33xxx events) no longer explain their problem.
        The attribute onPremisesSyncEnabled tells you which case you have: true for a synced user, false or empty for a cloud-managed or cloud-only user.
        A converted user who still signs in to domain-joined devices keeps the on-premises password there; that mismatch is expected after the conversion and is not a writeback fault.
    .check =
        1. Open Users > the user > Overview and look at "On-premises sync enabled" (or read onPremisesSyncEnabled in Microsoft Graph).
        2. If it is Yes, continue with the writeback steps.
        3. If it is No, treat the user as cloud-only: check licence, scope and methods, and skip writeback.
        4. If the user expected the new password on an on-premises device, explain that the account is now managed in the cloud and ask the on-premises admin how that device signs in.
    .expected = You follow the writeback path only for users who are still synced.
    .uncertain = The User SOA facts come from one What's new entry (Jan 2026, page dated 2026-04-15); the exact portal label for the sync attribute was not checked live.

step-registration-cloud-sync-writeback-troubleshoot = Troubleshoot password writeback with Cloud Sync
    .summary = Cloud Sync writeback needs agent 1.1.977.0 or later, writeback enabled on the agent, the gMSA permissions in AD and both writeback boxes in the admin center.
    .why =
        With Microsoft Entra Cloud Sync, writeback runs through the provisioning agent, not the ADSync service, and writes to AD with the agent's group managed service account (gMSA, for example provAgentgMSA$), not the MSOL_ account.
        It needs: agent version 1.1.977.0 or later; writeback switched on for the agent with Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true; the gMSA holding Reset password, Write lockoutTime, Write pwdLastSet and Unexpire Password (repair with Set-AADCloudSyncPermissions -PermissionType PasswordWriteBack); and in Password reset > On-premises integration both "Enable password write back for synced users" and, additionally, "Write back passwords with Microsoft Entra Cloud Sync" (older label "… Microsoft Entra Connect cloud sync").
        The agent runs as the services "Microsoft Azure AD Connect Provisioning Agent" and "Microsoft Azure AD Connect Agent Updater". Connect Sync and Cloud Sync can run side by side for different domains, so first find out which engine syncs the user. Pass-through authentication is listed only for Connect Sync deployments.
    .check =
        1. Find out which engine syncs the user's domain: Connect Sync or Cloud Sync.
        2. On the agent server, check the agent version (1.1.977.0 or later) and that both agent services are running in services.msc.
        3. In PowerShell on the agent server, run Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true with the tenant's credentials.
        4. Repair the gMSA rights with Set-AADCloudSyncPermissions -PermissionType PasswordWriteBack -EACredential (an enterprise admin credential).
        5. In the Entra admin center, Password reset > On-premises integration: tick "Enable password write back for synced users" and also "Write back passwords with Microsoft Entra Cloud Sync", then save.
        6. Test with a non-admin user synced by Cloud Sync.
    .expected = The reset succeeds and the user signs in on premises with the new password.

step-registration-connect-to-cloud-sync-transition = Know whether the tenant moved from Connect Sync to Cloud Sync
    .summary = Microsoft began phased Connect Sync to Cloud Sync transitions in July 2026; after the move, writeback runs on the provisioning agent and the ADSync and PasswordResetService steps do not apply.
    .why =
        From July 2026 Microsoft notifies tenants (Message Center, Connect Health, email) of their own transition window; simple configurations go first. After a completed transition, Cloud Sync is the main sync engine and the Connect Sync server may be in staging mode.
        For password writeback this changes where to look: the services are "Microsoft Azure AD Connect Provisioning Agent" and "Microsoft Azure AD Connect Agent Updater", not ADSync; the gMSA needs the writeback permissions, not the MSOL_ account; and the Cloud Sync writeback option must be on. Steps about restarting ADSync, the Connect wizard or PasswordResetService 31xxx events are for Connect Sync only.
    .check =
        1. Ask the on-premises admin whether the tenant was notified of a transition window and whether it has completed.
        2. If Cloud Sync now syncs the user, use the Cloud Sync writeback troubleshooting step instead of the Connect Sync steps.
        3. Check on the agent server that both provisioning agent services are running.
        4. If the Connect Sync server is in staging mode, do not expect its writeback events or settings to matter.
    .expected = You troubleshoot writeback on the engine that actually syncs the user.
    .uncertain = Microsoft's What's new (2026-04-15) names only the month (July 2026) when notifications begin; each tenant's own window is announced separately, so the date for a given tenant is unknown to us.

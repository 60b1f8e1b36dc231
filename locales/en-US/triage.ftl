# "Start here": the triage questions (structure in assets/playbook/triage.toml).
# triage-<question>: the question as the agent reads it; .caller: the same question put to the
# caller (copied in the caller's language); .find-out: for questions only the agent can answer,
# where to look. triage-<question>-<answer>: the answer's button; .summary: its short form in
# "because: …" and the ticket summary's "Caller:" line.

## The view

triage-title = Start here
triage-intro = Ask these first, one at a time. The steps that fit this caller appear below; change any answer and the list follows.
triage-sidebar-hint = Start here: the first questions of a call (shortcut: 0)
triage-answered-heading = Answered so far
triage-change = Change
triage-change-name = Change the answer to: { $question }
triage-dont-know = I don't know
triage-unknown = { $question } (not known yet)
triage-copy-for-caller = Copy question for caller
triage-how-to-find-out = How to find out
triage-source = Asked as in:
triage-code-hint = e.g. SSPR_0029
triage-code-look-up = Look up
triage-code-not-found = No catalogue entry has the code “{ $code }”. Check it with the caller, or type it into search.
triage-evidence-hint = Paste the error page's text, an audit-log export, an event or a log line into "Decode evidence" (Ctrl+D): it finds the entry and the steps.
triage-evidence-open = Decode evidence
triage-all-answered = All questions answered.
triage-result-heading = What fits this caller
triage-result-empty = Answer the first question to see the steps that fit.
triage-result-nothing = Nothing fits these answers yet: try the next question, or pick a category on the left.
triage-because = because: { $reasons }
triage-show-more = Show { $count } more
triage-show-fewer = Show fewer
triage-kind-entry = Error catalogue
triage-clear = Clear the answers
triage-unavailable = Triage is unavailable: its file has problems (listed below). The checklists work as usual.
triage-filter = This caller only
triage-filter-hidden = { $count ->
    [one] 1 step hidden
   *[other] { $count } steps hidden
}
triage-filter-show-all = Show all
summary-triage = Caller

## Questions and answers

triage-goal = What is the caller trying to do?
    .caller = What are you trying to do: reset a password you forgot, change one you know, set up your security info, unlock your account, or use "Reset password" on the Windows sign-in screen?
triage-goal-reset = Reset a forgotten password
    .summary = reset
triage-goal-change = Change a password they know
    .summary = change
triage-goal-register = Register or fix their security info
    .summary = security info
triage-goal-unlock = Unlock their account
    .summary = unlock
triage-goal-windows = Use "Reset password" on the Windows sign-in screen
    .summary = Windows sign-in screen
triage-goal-lost-methods = They lost their phone or every method
    .summary = lost every method
triage-goal-configure = An administrator asks how SSPR is set up
    .summary = admin set-up question

triage-error = Is there an error code or message?
    .caller = Do you see an error code or message on the screen? If there is a code (it often starts with SSPR_), please read it out.
triage-error-code = They read out a code
    .summary = { $code } shown
triage-error-message = They have a message or page text
    .summary = error message
triage-error-none = No error: it just doesn't work
    .summary = no error shown

triage-symptom = What goes wrong?
    .caller = What happens when you try: does a code not arrive, are you told you can't reset or aren't registered, is the new password refused, or does the old password still work somewhere?
triage-symptom-code-never-arrives = The verification code never arrives
    .summary = code never arrives
triage-symptom-not-registered = Told they aren't registered, or no method they can use is offered
    .summary = no usable method
triage-symptom-not-allowed = Told they may not reset their password
    .summary = not allowed to reset
triage-symptom-password-rejected = The new password is refused
    .summary = new password refused
triage-symptom-old-password-on-premises = It worked, but the old password still works on their PC or on-premises
    .summary = old password still works on-premises
triage-symptom-writeback-fails = The reset fails for an on-premises (synced) account
    .summary = reset fails on-premises
triage-symptom-prompts = They keep being asked to register, verify or set up a passkey
    .summary = repeated prompts

triage-writeback = Where does password writeback fail?
    .find-out = On the Microsoft Entra Connect server, read the Application log (events 6329, 31xxx and 33xxx); in the Microsoft Entra admin center, Password reset > On-premises integration shows the writeback status.
triage-writeback-access-denied = Access denied or permission errors (33004, 6329 access denied)
    .summary = writeback access denied
triage-writeback-password-policy = The on-premises password policy refuses the password
    .summary = on-premises password policy
triage-writeback-connectivity = The server cannot reach the cloud (proxy, firewall, TLS)
    .summary = writeback connectivity
triage-writeback-setup = Turning writeback on fails, or its options are missing
    .summary = writeback set-up
triage-writeback-domain-controller = Old domain controllers or an LDAP policy control error
    .summary = domain controller version
triage-writeback-cloud-sync = The tenant uses Cloud Sync, or moved to it
    .summary = Cloud Sync
triage-writeback-reset-path = An admin or a script set the password and AD never got it
    .summary = reset path not written back

triage-topic = What does the administrator ask about?
    .caller = What would you like to know about password reset: licences, roles, who may use it, admin accounts, methods, text messages, writeback or the Windows sign-in screen?
triage-topic-licence = Licences: which plans include SSPR or writeback
    .summary = licences
triage-topic-roles = Which admin role can change the SSPR settings
    .summary = admin roles
triage-topic-scope = Who may use SSPR: the group and the scope
    .summary = SSPR scope
triage-topic-admin-policy = How administrators reset their own password
    .summary = admin reset policy
triage-topic-methods = Which methods users register, and adding them for users
    .summary = methods
triage-topic-sms = Text and voice codes: the retirement and telecom providers
    .summary = text and voice codes
triage-topic-writeback = Setting up password writeback
    .summary = writeback
triage-topic-windows = The "Reset password" link on Windows sign-in
    .summary = Windows sign-in screen

triage-admin = Does the account hold an admin role?
    .find-out = In the Microsoft Entra admin center, open Users, the user, then Assigned roles. Any role there means the administrator reset policy applies, whatever the SSPR settings say.
triage-admin-yes = Yes, it holds an admin role
    .summary = admin account
triage-admin-no = No admin role
    .summary = not an admin

triage-synced = Is the account synced from on-premises AD, or cloud-only?
    .find-out = In the Microsoft Entra admin center, open Users and look at the "On-premises sync enabled" column (or the user's Properties). Synced covers federated, pass-through and password hash sync users.
triage-synced-synced = Synced from on-premises AD (federated, pass-through or password hash sync)
    .summary = synced user
triage-synced-cloud-only = Cloud-only
    .summary = cloud-only user

triage-scope = Is it one user or many?
    .caller = Is this happening only to you, or to colleagues as well?
triage-scope-one = Only this caller
    .summary = one user
triage-scope-many = Many users
    .summary = many users

# Window chrome: title, sidebar, top bar, checklist labels, banners and status messages.

app-title = SSPR Helpdesk Assistant

## Sidebar
sidebar-heading = Problem categories
# Shown right of each category: ticked steps / all steps.
sidebar-progress = { $done }/{ $total }
sidebar-shortcut-hint = Shortcut: { $key }

## Top bar
top-language = Language:
top-language-hint = Switch the interface language. Your ticks are kept.
top-clear-ticks = Reset checklist
top-clear-ticks-hint = Clear the ticks in every category (the caller's password is not touched).

## Checklist
checklist-progress = { $done } of { $total } steps done
checklist-empty = This category has no steps. The content may have failed to load: see the problems listed above.
step-who = Who acts:
step-uncertain-badge = Partly unverified
step-details = Why and how to check
step-why-heading = Why
step-check-heading = How to check
step-expected-heading = Expected result
step-uncertain-heading = Not fully verified
step-source = Source:

## Who acts
actor-user = User
actor-helpdesk = Helpdesk
actor-tenant-admin = Tenant admin
actor-on-prem-admin = On-premises AD admin

## Links
copy-link = Copy link
copy-link-named = Copy link: { $label }
unverified-link-hint = This address is not confirmed in Microsoft's documentation; if it does not open the right page, navigate there from the admin center.

## Status bar
status-opened = Opened in your browser: { $url }
status-copied = Link copied: { $url }
status-open-failed = Could not open a browser ({ $error }). The link was copied instead: { $url }
status-dismiss = Dismiss

## Banner
banner-problems = { $count ->
    [one] 1 problem was found while loading. The app runs on everything else:
   *[other] { $count } problems were found while loading. The app runs on everything else:
}
banner-more = …and { $count } more (see the log).

## Content packs (an organisation's own links, steps and words; see README "Content packs")
pack-active = Content pack: { $name } { $version }
pack-banner-not-applied = Content pack “{ $pack }” was not applied because it has { $count ->
        [one] an error
       *[other] { $count } errors
    }; the built-in content is shown. Fix { $count ->
        [one] it
       *[other] them
    } in { $folder } and check with sspr-helpdesk validate:
pack-banner-not-applied-kept = Content pack “{ $pack }” was not applied because it has { $count ->
        [one] an error
       *[other] { $count } errors
    }; “{ $kept }” is in use instead. Fix { $count ->
        [one] it
       *[other] them
    } in { $folder } and check with sspr-helpdesk validate:
pack-banner-warnings = Content pack “{ $pack }” is in use, with { $count ->
        [one] a warning
       *[other] { $count } warnings
    } for its administrator:
pack-banner-more = …and { $count } more: run sspr-helpdesk validate "{ $folder }" to see them all.
origin-pack-hint = Added by your organisation's content pack “{ $pack }”: it comes from your organisation, not from Microsoft's documentation.
pack-dialog-title = Choose a content pack folder (the one holding pack.toml)
banner-dismiss = Hide
notice-settings-moved = Your settings file could not be read ({ $reason }). It was moved to { $path } and the defaults are used.
notice-settings-unreadable = Your settings file could not be read ({ $reason }). It was left as it is, and changes are not saved this time.
notice-save-failed = Your settings could not be saved ({ $error }).

## Footer
footer-content-version = Content version { $version }

## Search (top bar and results)
search-label = Search
search-hint = Code, message or symptom (Ctrl+F)
search-clear = Clear search
search-back = Back to the results for “{ $query }”
search-back-short = Results
search-results-capped = Showing the best { $count }; add a word or a code to narrow the search.
search-results-heading = { $count ->
    [one] 1 result for “{ $query }”
   *[other] { $count } results for “{ $query }”
}
search-no-results = Nothing matches “{ $query }”. Try the error code as shown (for example SSPR_0029), an event ID, or fewer words.
search-matched = Matched: { $words }
search-kind-step = Checklist step
search-kind-entry = Catalogue entry
search-open = Open

## Error catalogue (in the Error messages category)
errors-view-checklist = Checklist
errors-view-catalogue = Error catalogue ({ $count })
catalogue-filter-label = Seen in:
catalogue-filter-all = Everywhere
catalogue-count = { $shown } of { $total } entries
entry-codes = Codes
entry-seen-in = Seen in
entry-who-fixes = Who can fix it
entry-symptom = What the caller sees
entry-causes = Causes
entry-fix = Fix
entry-source = Source
entry-next-steps = Checklist steps that follow
entry-open-source = Open source page
entry-go-to-step = Go to step: { $step }
seen-in-reset-portal = Reset portal
seen-in-registration-page = Registration page
seen-in-sign-in = Sign-in screen
seen-in-admin-center = Admin center
seen-in-entra-connect-wizard = Entra Connect wizard
seen-in-entra-connect-app-log = Entra Connect server Application log
seen-in-dc-security-log = Domain controller Security log
seen-in-audit-log = Entra audit log

## Command line
cli-no-results = No results for “{ $query }”.
cli-lookup-none = No catalogue entry has the code “{ $code }”. Try: sspr-helpdesk search { $code }
cli-kind-step = step
cli-kind-entry = entry
cli-result-line = [{ $kind }] { $title }  —  { $id }  (category: { $category }; score: { $score })
cli-lookup-many = { $count } catalogue entries have the code “{ $code }”:
cli-lookup-pick = Pick the one whose text matches your log, then run: sspr-helpdesk lookup <id>
cli-empty-query = the query is empty; give a code (SSPR_0029), an event ID or the caller's words

## Step states and notes
state-not-started = Not started
state-done = Done
state-not-applicable = Not applicable
state-failed = Failed
step-state-hint = Mark this step as “{ $state }”; click again to clear.
step-changed-at = { $state } at { $time }
step-note-add = Add note
step-note-label = Note for this step
step-copy-for-caller = Copy for caller ({ $language })
step-copy-for-caller-hint = Copies short instructions with the link, in the caller's language, to paste into chat or email.

## Session
top-new-session = New session
top-new-session-hint = Start a new call: clears steps, notes and the ticket reference (Ctrl+N). You can undo for a few seconds.
top-both-languages = Both languages
top-both-languages-hint = Show each step in English and Chinese side by side.
top-session-panel = Session panel
top-view = View
view-theme = Theme
theme-system = Follow system
theme-light = Light
theme-dark = Dark
view-zoom-in = Larger text (Ctrl +)
view-zoom-out = Smaller text (Ctrl −)
view-zoom-reset = Reset text size
view-open-pack = Open content pack…
view-remove-pack = Use built-in content only
view-admin-pack = Use the organisation's content pack
view-pack-locked = Your administrator has set the content for this computer (allow_pack_change = false in the configuration file).
new-session-title = Start a new session?
new-session-body = The steps, notes, ticket reference and links of this call will be cleared. Copy or export the summary first if the ticket needs it.
new-session-confirm = Start new session
new-session-cancel = Cancel
status-new-session = A new session was started.
status-undo = Undo
status-session-restored = The previous session is back.
session-heading = Session
session-ticket = Ticket reference
session-ticket-hint = e.g. INC0012345
session-caller-language = Caller's language
session-note = Session note
session-note-hint = What the caller reported, what you tried, what is next
session-summary = Ticket summary
session-copy-summary = Copy summary
session-copy-summary-hint = Copy the summary to paste into the ticket (Ctrl+Shift+C).
session-export = Export…
session-export-hint = Save the summary as Markdown (.md) or plain text (.txt).
status-summary-copied = The ticket summary was copied.
status-caller-copied = Copied for the caller ({ $language }). This is the text they will get:
status-exported = The summary was saved to { $path }
status-export-failed = The summary could not be saved: { $error }
status-log-folder-failed = The log folder could not be opened: { $error }
status-export-cancelled = Export cancelled: no file was chosen (or no file dialog is available here). Use “Copy summary” instead.
status-pack-applied = Content pack “{ $pack }” is in use.
status-pack-not-applied = Content pack “{ $pack }” has errors and was not applied; the built-in content is shown (see the list above the checklist).
status-pack-not-applied-kept = Content pack “{ $pack }” has errors and was not applied; “{ $kept }” stays in use (see the list above the checklist).
status-pack-removed = Back to the built-in content.
status-pack-cancelled = No folder was chosen (or no folder dialog is available here). Start the app with --pack followed by the folder instead.
notice-session-moved = Your last session could not be read ({ $reason }). It was moved to { $path } and a new session was started.
notice-session-unreadable = Your last session could not be read ({ $reason }). It was left as it is, and this session is not saved.

## Ticket summary (what is pasted into the ticket)
summary-title = SSPR troubleshooting summary
summary-ticket = Ticket
summary-ticket-none = (none)
summary-caller-language = Caller's language
summary-started = Session started
summary-categories = Categories
summary-versions = Versions
summary-versions-value = SSPR Helpdesk Assistant { $app }, content { $content }
summary-pack = Content pack
summary-steps-heading = Steps
summary-no-steps = No steps were marked.
summary-note = Note
summary-links-heading = Links given to the caller
summary-session-note = Session note
# Patterns of the summary's lines (punctuation differs between languages).
summary-field = { $label }: { $value }
summary-list-separator = {", "}
summary-time-with-zone = { $time } ({ $zone })
summary-step-line = { $state }: { $title } ({ $category }, { $time })
summary-link-line = { $label }: { $url } ({ $time })

## Kiosk mode (end users)
kiosk-title = Password self-service
kiosk-intro = Choose what you need. Nothing you do here is saved, and the screen starts over by itself when you leave.
kiosk-back = Back
kiosk-next = Next
kiosk-done = Done
kiosk-start-over = Start over
kiosk-step-of = Step { $step } of { $total }
kiosk-scan = Scan with your phone's camera
kiosk-or-type = or type this address on your phone:
kiosk-open-here = Open here
kiosk-open-failed = This kiosk cannot open a browser. Scan the code or type the address on your phone.
kiosk-helpdesk = Contact the helpdesk
kiosk-helpdesk-unknown = This kiosk has no helpdesk contact to show. Ask your manager or the reception desk how to reach IT support, and have your photo of the error ready.
kiosk-countdown = Nobody has touched the screen for a while. Starting over in { $seconds } s; touch anywhere to continue.

## Screen share and accessibility
top-presenting = Presenting
top-present = Present (F11)
top-present-hint = Screen-share mode: larger text; hides notes, the ticket, the typed search, who acts, admin-only explanations and admin portals. F11 toggles it.
present-hidden = (hidden while presenting)
top-session-panel-presenting = Hidden while presenting: the session panel shows the ticket and notes. Turn off Present (F11) to see it.
view-high-contrast = High contrast
show-qr = Show QR code
show-qr-named = Show QR code: { $label }
qr-title = Scan to open on your phone
qr-close = Close

## About
about-open = About SSPR Helpdesk Assistant…
about-version = Version
about-content-version = Content version
about-pack = Content pack
about-renderer = Renderer
about-log-folder = Log folder
about-open-log-folder = Open log folder
about-close = Close
about-licences = Licences
about-font-licence = Fonts: Noto Sans and Noto Sans CJK SC (SIL Open Font License 1.1)
notice-session-save-failed = Your session could not be saved ({ $error }). Copy or export the summary before you close the app.
notice-settings-fields-reset = Some saved settings could not be read and were reset to their defaults: { $fields }. Your other settings were kept, and the file as it was is at { $path }.
notice-settings-reset = Some saved settings could not be used and were reset to their defaults: { $fields }.
notice-session-trimmed = The saved session held a ticket reference or notes longer than the app keeps; they were shortened.
label-with-colon = { $label }:

## Dated platform changes and source dates
change-badge-upcoming = Upcoming: { $date }
change-badge-in-effect = In effect since { $date }
changes-open = What's changing…
changes-title = What's changing
changes-intro = Platform changes that bring calls, as of { $today }. Each names what callers report and the steps and entries it affects.
changes-state-upcoming = Upcoming on { $date }
changes-state-in-effect = In effect since { $date }
changes-date-uncertain = The exact date is not confirmed.
changes-callers-report = Callers report
changes-affects = Affects
changes-close = Close
source-page-date = (page of { $date })
source-checked-on = Checked against this page on { $date }
source-page-date-uncertain = The page's date could not be confirmed.
about-content-checked = Checked against Microsoft's documentation
summary-changes-heading = Platform changes behind the marked steps
summary-change-line = { $title }: { $state }

## Outcomes: what the agent records against a step or a catalogue entry
state-resolved = Resolved
state-escalated = Escalated
state-user-told = User told
# How the ticket summary writes an outcome before a step or an entry: as what the agent did.
outcome-not-started = Read
outcome-done = Checked
outcome-not-applicable = Not applicable
outcome-failed = Problem found
outcome-resolved = Resolved
outcome-escalated = Escalated to { $detail }
outcome-user-told = User told to { $detail }
outcome-escalated-to = Escalated to:
outcome-escalated-hint = AD team, tier 2, …
outcome-user-told-to = User told to:
outcome-user-told-hint = e.g. wait 24 hours, then try again
outcome-preset-ad-team = AD team
outcome-preset-tier-2 = tier 2
outcome-preset-identity-admins = identity admins
outcome-preset-microsoft = Microsoft support
session-affected-user = Affected user
session-affected-user-hint = UPN or name (summary only, never logged)
summary-outcome = Outcome
summary-outcome-line = { $outcome }: { $title }
summary-outcome-none = not recorded yet
summary-affected-user = Affected user
summary-affected-user-none = (not recorded)
summary-entries-heading = Errors the caller saw
summary-entry-line = { $state }: { $title } (read at { $time })
entry-outcome-label = On this call:
entry-note-label = Note for this entry
entry-copy-for-caller = Copy for caller ({ $language })
entry-copy-for-caller-hint = Copies what the caller can do, or, where only an admin can fix it, what happens next.
entry-first-heading = First: collect the error details
entry-first-hint = Before you act on this answer, get the details tier 2 and Microsoft will ask for:
entry-first-open = Open the step
entry-caller-escalated = This is not something you did wrong: the setting that blocks your password reset is on our side. We have passed it to the team that can fix it ({ $team }) and will contact you when it is done. Until then, please do not try to reset again; if you need to work now, call us back.
entry-caller-escalated-team = our administrators
## One call at a time: the call restored at start, the caller's language, the summary in either language.
resume-title = Continue the previous call?
resume-body = The last call was still open when the app closed (ticket: { $ticket }, { $steps } steps marked). Continue it, or start a new call?
resume-body-presenting = The last call was still open when the app closed. Continue it, or start a new call?
resume-continue = Continue the previous call
resume-new = Start a new call
caller-language-hint = What you typed looks like { $language }.
caller-language-switch = Switch the caller's language to { $language }
session-copy-summary-en-us = Copy in English
session-copy-summary-zh-cn = Copy in Chinese
session-copy-summary-other-hint = For a colleague who reads the other language.
status-summary-copied-in = The ticket summary was copied ({ $language }).

# Decode pane: pasted evidence (audit-log rows, events, ADSync lines, support codes, registry
# output) turned into cards. Agent-facing. The engine's own words (kinds, verdicts, problems)
# are in decode.ftl.

decode-pane-open = Decode evidence
decode-pane-open-hint = Paste or drop what an admin or the caller sent: audit log rows, an event, Entra Connect errors, a support code or registry output (Ctrl+D). It stays in memory only.
decode-pane-title = Decode evidence
decode-pane-close = Close
decode-pane-intro = Paste an audit log row or export, a Windows event, Entra Connect (ADSync) error lines, a support code or reg query output, or drop a file on the window. The text stays in memory only: it is not saved, logged or exported.
decode-pane-input = Pasted evidence
decode-pane-hint = Paste here (Ctrl+V)
decode-pane-hidden = Pasted text hidden while presenting ({ $size }).
decode-pane-too-long = Pasted text: { $size }, too long to show here; it is decoded in full. Clear it to paste something else.
decode-pane-file = From the file { $name }
decode-pane-file-error = The file { $name } could not be read: { $error }. Export it again, or paste its text.
decode-pane-decode = Decode
decode-pane-clear = Clear
decode-pane-with-names = Include user names
decode-pane-with-names-hint = Off: the lines added to the ticket name no user. IP addresses and raw log text are never added.
decode-pane-working = Decoding… ({ $size }). You can keep working meanwhile.
decode-pane-recognised = Recognised: { $what }
decode-pane-not-recognised = Not recognised: { $what }
decode-pane-count-rows = { $count ->
    [one] 1 row
   *[other] { $count } rows
}
decode-pane-count-attempts = { $count ->
    [one] 1 attempt
   *[other] { $count } attempts
}
decode-pane-count-events = { $count ->
    [one] 1 event
   *[other] { $count } events
}
decode-pane-count-codes = { $count ->
    [one] 1 code
   *[other] { $count } codes
}
decode-pane-count-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
}
decode-pane-problems = What could not be used
decode-pane-more = More were found than are shown here; decode a shorter part of the export to see the rest.
decode-pane-steps = Steps
decode-pane-reason = Reason in the log
decode-pane-when = When
decode-pane-time-both = { $utc } (your time: { $local })
decode-pane-server-time = Time on the server (time zone unknown)
decode-pane-correlation = Correlation ID
decode-pane-user = User
decode-pane-user-hidden = user hidden while presenting
decode-pane-no-entry = Not in the catalogue: search for the words of the message instead.
decode-pane-open-entry = Open entry
decode-pane-open-entry-named = Open entry: { $entry }
decode-pane-add = Add to ticket
decode-pane-added = Added to the ticket
decode-pane-add-hint = Adds one line to the ticket summary: what happened, the correlation ID and the time in UTC.
decode-pane-event-title = Event { $id } from { $source }
decode-pane-level = Level
decode-pane-codes = Codes
decode-pane-code-title = Code { $code } (line { $line })
decode-pane-support-title = Support code
decode-pane-support-reminder = Write down the date, the time and the time zone with it: Microsoft support asks for all three.
decode-pane-registry-blocker = Sign-in screen blocker: { $entry }
decode-pane-registry-warning = Check this: { $entry }
decode-pane-value = Value
decode-pane-found = Value found
decode-pane-blocks = Value that blocks
decode-pane-not-set = not in the paste
decode-pane-no-blocker = No blocker found
decode-pane-checked = Values checked:
decode-pane-free-text = Nothing here looks like a log row, an event or a code. Search the catalogue for these words instead.
decode-pane-search = Search for this
summary-decoded-heading = Decoded evidence

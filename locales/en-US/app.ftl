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
unverified-link-suffix = (unverified link)
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
banner-dismiss = Hide
notice-settings-moved = Your settings file could not be read ({ $reason }). It was moved to { $path } and the defaults are used.
notice-settings-unreadable = Your settings file could not be read ({ $reason }). It was left as it is, and changes are not saved this time.
notice-save-failed = Your settings could not be saved ({ $error }).

## Footer
footer-content-version = Content version { $version }

## Search (top bar and results)
search-label = Search
search-hint = Code, message or symptom, in English or Chinese (Ctrl+F)
search-clear = Clear search
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

## Command line
cli-no-results = No results for “{ $query }”.
cli-lookup-none = No catalogue entry has the code “{ $code }”. Try: sspr-helpdesk search { $code }
cli-kind-step = step
cli-kind-entry = entry
cli-category = category
cli-score = score

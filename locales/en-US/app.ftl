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

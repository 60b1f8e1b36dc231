# The evidence decoder (issue #14): what a paste was recognised as, verdicts, problems with the
# paste, the sign-in-screen blocker rules, the derived ticket line and the `decode` command's
# output. Agent-facing.

## What the paste was recognised as

decode-kind-audit-json = Audit log entries (JSON)
decode-kind-audit-csv = Audit log rows (CSV)
decode-kind-event-xml = Windows event (XML)
decode-kind-event-text = Windows event (text)
decode-kind-adsync-log = Entra Connect (ADSync) error lines
decode-kind-support-code = Support code or correlation ID
decode-kind-registry = Registry values (reg query or .reg export)
decode-kind-free-text = Free text, handed to search

## Verdicts: what a row or an attempt amounts to

decode-verdict-succeeded = Succeeded
decode-verdict-failed = Failed
decode-verdict-abandoned = Abandoned by the user
decode-verdict-blocked = Blocked after too many tries
decode-verdict-canceled = Canceled by the user
decode-verdict-contacted-admin = The user chose to contact an admin
decode-verdict-in-progress = In progress
decode-verdict-unknown = Not clear from the row

## Problems with the paste; the position comes first

decode-problem-at = line { $line }, column { $column }: { $message }
decode-problem-at-line = line { $line }: { $message }
decode-problem-json = the JSON breaks here ({ $detail }); the complete records before it were decoded. Copy the whole export again.
# The XML parser's own message is English only: the text names the place, not the parser's words.
decode-problem-xml = the XML ends or breaks here; the complete events before it were decoded. Copy the event's XML view again in full.
decode-problem-csv-field-count = this row has { $found } fields where the header has { $expected }; skipped. Look for a comma or a quote lost in copying.
decode-problem-csv-unclosed-quote = a quoted field is never closed, so the rest was skipped. Download the CSV again.
decode-problem-unknown-column = column '{ $name }' not recognised; ignored
decode-problem-not-an-audit-record = this JSON value has none of the audit log's fields (activityDisplayName, OperationName, result …); skipped
decode-problem-bad-time = the time '{ $value }' could not be read; the row is kept without a time

## Pastes that cannot be decoded at all

decode-refused-empty = The paste is empty. Paste an audit log row, an event, a code or registry output.
decode-refused-binary = This is binary data, not text (byte { $offset }). Paste the text, or export the log as CSV, JSON or text.
decode-refused-not-utf8 = This is not UTF-8 text (byte { $offset }). Save it as UTF-8, or as UTF-16 with a byte-order mark.

## Sign-in-screen blocker rules: the value that blocks

decode-rule-equals = blocks when it is { $value }
decode-rule-missing-or-not-one = blocks when missing or not 1 (the policy and the Intune setting alike)
decode-rule-build-below = blocks below build { $value } (Windows 10 1803)
decode-rule-not-explorer = blocks when it is not explorer.exe
decode-rule-home-combination = blocks together on Home editions: lock-screen app notifications off (1) and Ctrl+Alt+Del required (DisableCAD 0)
decode-rule-third-party-provider = not one of Windows' own credential providers; these are known to cause problems (a warning: find out who installed it)
decode-rule-present = blocks password writeback when present

## The line added to the ticket

decode-ticket-line = Decoded: { $parts }
decode-ticket-what = { $verdict }: { $entry }
decode-ticket-event = event { $id } ({ $entry })
decode-ticket-event-bare = event { $id }
decode-ticket-code = code { $code } ({ $entry })
decode-ticket-code-bare = code { $code }
decode-ticket-support-code = support code
decode-ticket-blocker = sign-in screen blocker: { $entry } ({ $name } = { $found })
decode-ticket-correlation = correlation ID { $id }
decode-ticket-user = user { $user }
decode-ticket-missing = missing
decode-list-separator = {", "}

## The `decode` command's text output

decode-cli-kind = Recognised as: { $kind }
decode-cli-timeline = Timeline, correlation ID { $id } ({ $count ->
        [one] one record
       *[other] { $count } records
    })
decode-cli-no-correlation = (none)
decode-cli-outcome = Outcome: { $verdict }
decode-cli-step = { $when }  { $verdict }: { $what } (line { $line })
decode-cli-no-time = (no time)
decode-cli-agent = On-premises agent: { $agent }
decode-cli-ticket = For the ticket: { $line }
decode-cli-no-entry = No catalogue entry covers this activity or reason yet; read the row itself and search for its words.
decode-cli-event = Event { $id } from { $source }, level { $level } (line { $line })
decode-cli-time = Time: { $time }
decode-cli-local-time = Time on the server (its own time zone, as written): { $time }
decode-cli-codes = Codes in the description: { $codes }
decode-cli-code = Code { $code } (line { $line })
decode-cli-several = { $count } catalogue entries share this; pick the one whose text matches the log:
decode-cli-support-code = Support code / correlation ID: { $guid }
decode-cli-support-code-advice = Write down the date, time and time zone of the attempt with this code: Microsoft support asks for all three. Add it to the ticket.
decode-cli-no-blocker = No blocker found in what was pasted.
decode-cli-blockers = { $count ->
        [one] One documented blocker of the sign-in screen's "Reset password" link found:
       *[other] { $count } documented blockers of the sign-in screen's "Reset password" link found:
    }
decode-cli-blocker = Blocker: { $key }\{ $name } = { $found }: { $rule }{ $line }
decode-cli-warning = Warning: { $key } ({ $name }): { $rule }{ $line }
decode-cli-at-line = {" "}(line { $line })
decode-cli-absent = not in the paste
decode-cli-checked = Values checked (a value not in the paste was not checked):
decode-cli-free-text = Not a log, event, code or registry output; searching for: { $query }
decode-cli-nothing = Nothing in the paste could be decoded.
decode-cli-is-folder = { $path } is a folder, not a file. Name an exported file, or pipe the text in.
decode-cli-problems = Problems:
decode-cli-code-also = See also, for { $code }: { $title } ({ $id })
decode-cli-other-codes = Other codes found, with no catalogue entry: { $codes }

## Notes about the paste as a whole
decode-note-empty-export = The export holds no audit entries: the query or filter matched nothing. Widen the date range or the filter and export again.
decode-note-first-line-only = No known format found; only the first line was searched. Paste the error message or the log lines themselves.

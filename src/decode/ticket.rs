//! The derived ticket line: the only decoder output meant to leave memory. Verdict, the
//! catalogue entry's code and title, correlation ID and UTC time; never an IP address or raw
//! log text, and user names only when the agent asks.

use jiff::Timestamp;

use super::registry::Blocker;
use super::registry::BlockerRule;
use super::{CodeFinding, EventRecord, Problem, ProblemKind, Record, Refused, SupportCode, Timeline, Verdict};
use crate::i18n::Localizer;
use crate::model::catalogue::EntryId;
use crate::model::playbook::Playbook;

/// What a ticket line is about.
#[derive(Clone, Copy, Debug)]
pub enum TicketSubject<'a> {
    /// One audit-log row.
    Record(&'a Record),
    /// A timeline and the records its indexes point into ([`super::Decoded::records`]).
    Timeline(&'a Timeline, &'a [Record]),
    /// A Windows event.
    Event(&'a EventRecord),
    /// A code found in ADSync lines.
    Code(&'a CodeFinding),
    /// A support code / correlation ID.
    SupportCode(&'a SupportCode),
    /// A sign-in-screen blocker found in a registry paste.
    Blocker(&'a Blocker),
}

/// The time as the ticket shows it: `2026-11-30 08:14:03 UTC`.
pub fn utc_text(when: Timestamp) -> String {
    format!("{} UTC", when.strftime("%Y-%m-%d %H:%M:%S"))
}

/// One localized line for the ticket summary, e.g. "Decoded: Failed: SSPR_0014: … ,
/// correlation ID 1b2c…, 2026-11-30 08:14:03 UTC". `with_names` adds the target user (or,
/// without one, the actor); IP addresses and raw log text never appear.
pub fn ticket_line(loc: &Localizer, playbook: &Playbook, subject: TicketSubject<'_>, with_names: bool) -> String {
    let title = |id: &Option<EntryId>| -> Option<String> {
        id.as_ref()
            .filter(|id| playbook.entry(id).is_some())
            .map(|id| loc.text(&id.message_id()))
    };
    let mut parts: Vec<String> = Vec::new();
    let what = |verdict: Verdict, entry: Option<String>| match entry {
        Some(entry) => loc.text_with_args(
            "decode-ticket-what",
            &[("verdict", loc.text(&verdict.message_id()).into()), ("entry", entry.into())],
        ),
        None => loc.text(&verdict.message_id()),
    };
    let mut correlation = None;
    let mut when = None;
    let mut person = None;
    match subject {
        TicketSubject::Record(record) => {
            parts.push(what(record.verdict, title(&record.entry)));
            correlation = record.correlation_id.clone();
            when = record.when_utc;
            person = record.target.clone().or_else(|| record.actor.clone());
        }
        TicketSubject::Timeline(timeline, records) => {
            parts.push(what(timeline.outcome, title(&timeline.entry)));
            correlation = timeline.correlation_id.clone();
            let members = || timeline.records.iter().filter_map(|i| records.get(*i));
            when = members().filter_map(|r| r.when_utc).max();
            person = members().find_map(|r| r.target.clone().or_else(|| r.actor.clone()));
        }
        TicketSubject::Event(event) => {
            let id = event.event_id.map_or_else(|| "?".to_owned(), |id| id.to_string());
            // Several entries (event 6329 has four variants): the agent picks; the line names none.
            let only = match event.entries.as_slice() {
                [one] => Some(one.clone()),
                _ => None,
            };
            parts.push(match title(&only) {
                Some(entry) => loc.text_with_args("decode-ticket-event", &[("id", id.into()), ("entry", entry.into())]),
                None => loc.text_with_args("decode-ticket-event-bare", &[("id", id.into())]),
            });
            when = event.when_utc;
        }
        TicketSubject::Code(code) => {
            let name = code.code.clone();
            let only = match code.entries.as_slice() {
                [one] => Some(one.clone()),
                _ => None,
            };
            parts.push(match title(&only) {
                Some(entry) => loc.text_with_args("decode-ticket-code", &[("code", name.into()), ("entry", entry.into())]),
                None => loc.text_with_args("decode-ticket-code-bare", &[("code", name.into())]),
            });
        }
        TicketSubject::SupportCode(code) => {
            parts.push(loc.text("decode-ticket-support-code"));
            correlation = Some(code.guid.clone());
            when = code.when_utc;
        }
        TicketSubject::Blocker(blocker) => {
            let entry = title(&Some(blocker.entry.clone())).unwrap_or_else(|| blocker.entry.to_string());
            parts.push(loc.text_with_args(
                "decode-ticket-blocker",
                &[
                    ("entry", entry.into()),
                    ("name", blocker.name.clone().into()),
                    (
                        "found",
                        blocker.found.clone().unwrap_or_else(|| loc.text("decode-ticket-missing")).into(),
                    ),
                ],
            ));
        }
    }
    if let Some(id) = correlation {
        parts.push(loc.text_with_args("decode-ticket-correlation", &[("id", id.into())]));
    }
    if let Some(when) = when {
        parts.push(utc_text(when));
    }
    if with_names && let Some(person) = person {
        parts.push(loc.text_with_args("decode-ticket-user", &[("user", person.into())]));
    }
    loc.text_with_args(
        "decode-ticket-line",
        &[("parts", parts.join(&loc.text("decode-list-separator")).into())],
    )
}

/// A [`Problem`] in words: "line 3, column 7: …" in the localizer's language.
pub fn problem_text(loc: &Localizer, problem: &Problem) -> String {
    let id = format!("decode-problem-{}", problem.kind.id());
    let message = match &problem.kind {
        ProblemKind::Json(detail) | ProblemKind::Xml(detail) => loc.text_with_args(&id, &[("detail", detail.clone().into())]),
        ProblemKind::CsvFieldCount { expected, found } => {
            loc.text_with_args(&id, &[("expected", (*expected).into()), ("found", (*found).into())])
        }
        ProblemKind::UnknownColumn(name) => loc.text_with_args(&id, &[("name", name.clone().into())]),
        ProblemKind::BadTime(value) => loc.text_with_args(&id, &[("value", value.clone().into())]),
        ProblemKind::CsvUnclosedQuote | ProblemKind::NotAnAuditRecord => loc.text(&id),
    };
    match problem.column {
        Some(column) => loc.text_with_args(
            "decode-problem-at",
            &[
                ("line", problem.line.into()),
                ("column", column.into()),
                ("message", message.into()),
            ],
        ),
        None => loc.text_with_args(
            "decode-problem-at-line",
            &[("line", problem.line.into()), ("message", message.into())],
        ),
    }
}

/// Why a paste was refused, in words.
pub fn refused_text(loc: &Localizer, refused: &Refused) -> String {
    let id = format!("decode-refused-{}", refused.id());
    match refused.offset() {
        Some(offset) => loc.text_with_args(&id, &[("offset", offset.into())]),
        None => loc.text(&id),
    }
}

/// A blocker rule in words ("blocks when it is 1").
pub fn rule_text(loc: &Localizer, rule: BlockerRule) -> String {
    let id = format!("decode-rule-{}", rule.id());
    match rule.value() {
        Some(value) => loc.text_with_args(&id, &[("value", value.to_string().into())]),
        None => loc.text(&id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::decode;
    use crate::model::language::Language;

    const ROWS: &str = r#"[{"activityDateTime":"2026-11-30T08:14:03Z","activityDisplayName":"Reset password (self-service)","result":"failure","resultReason":"User's account has insufficient authentication methods defined. Add authentication info to resolve this ","correlationId":"6F1D2C3B-1A2B-4C3D-8E4F-0000000000B2","initiatedBy":{"user":{"userPrincipalName":"bo.chen@contoso.example","ipAddress":"198.51.100.23"}},"targetResources":[{"userPrincipalName":"bo.chen@contoso.example"}]}]"#;

    #[test]
    fn the_ticket_line_has_verdict_entry_correlation_and_time_but_no_ip_and_names_only_when_asked() {
        let playbook = &Playbook::shared_builtin().0;
        let decoded = decode(ROWS, playbook).unwrap();
        for language in Language::ALL {
            let (loc, _) = Localizer::builtin(language);
            let record = TicketSubject::Record(&decoded.records[0]);
            let line = ticket_line(&loc, playbook, record, false);
            assert!(line.contains("SSPR_0014"), "{line}");
            assert!(line.contains("6f1d2c3b-1a2b-4c3d-8e4f-0000000000b2"), "{line}");
            assert!(line.contains("2026-11-30 08:14:03 UTC"), "{line}");
            assert!(!line.contains("198.51.100.23") && !line.contains("contoso.example"), "{line}");
            assert!(
                !line.contains("insufficient authentication methods defined"),
                "no raw log text: {line}"
            );
            let named = ticket_line(&loc, playbook, record, true);
            assert!(
                named.contains("bo.chen@contoso.example") && !named.contains("198.51.100.23"),
                "{named}"
            );
            let timeline = ticket_line(
                &loc,
                playbook,
                TicketSubject::Timeline(&decoded.timelines[0], &decoded.records),
                false,
            );
            assert_eq!(timeline, line);
        }
    }
}

//! The JSON `decode --json` prints. Derived output: no IP addresses and no user names; of the
//! pasted text only the activity and status-reason strings the audit log defines, and the
//! codes found.

use serde::Serialize;

use crate::commands::Searchable;
use crate::decode::{BlockerRule, Decoded, TicketSubject, problem_text, ticket_line};
use crate::model::catalogue::EntryId;
use crate::search::SearchResult;

/// The whole `decode --json` object.
#[derive(Debug, Serialize)]
pub struct DecodeReport {
    /// What the paste was recognised as (`audit-json`, `event-xml`, …).
    pub kind: &'static str,
    /// Whether anything was recognised (the exit code is 0 exactly then).
    pub recognised: bool,
    /// Audit rows.
    pub records: Vec<JsonRecord>,
    /// Rows grouped by correlation ID.
    pub timelines: Vec<JsonTimeline>,
    /// Windows events.
    pub events: Vec<JsonEvent>,
    /// Codes in ADSync lines.
    pub codes: Vec<JsonCode>,
    /// A support code.
    pub support_code: Option<JsonSupportCode>,
    /// Sign-in-screen blockers and the values checked (registry pastes).
    pub registry: Option<JsonRegistry>,
    /// Search results for free text: entry or step ids with titles.
    pub search: Vec<JsonHit>,
    /// Problems with line, column (`null` when unknown) and message.
    pub problems: Vec<JsonProblem>,
    /// Notes about the paste as a whole (`empty-export`, `first-line-only`) with their words.
    pub notes: Vec<JsonNote>,
}

/// A note about the whole paste ([`crate::decode::Note`]).
#[derive(Debug, Serialize)]
pub struct JsonNote {
    /// Note id (`empty-export`, `first-line-only`).
    pub kind: &'static str,
    /// The note in the chosen language.
    pub message: String,
}

/// A record.
#[derive(Debug, Serialize)]
pub struct JsonRecord {
    /// 1-based line of the paste.
    pub line: usize,
    /// RFC 3339 UTC time.
    pub when_utc: Option<String>,
    /// Activity as logged.
    pub activity: Option<String>,
    /// Result as logged.
    pub result: Option<String>,
    /// Status reason as logged.
    pub reason: Option<String>,
    /// Correlation ID (lower case).
    pub correlation_id: Option<String>,
    /// `OnPremisesAgent`.
    pub on_prem_agent: Option<String>,
    /// Catalogue entry id.
    pub entry: Option<String>,
    /// Verdict id (`failed`, `abandoned`, …).
    pub verdict: &'static str,
}

/// A timeline.
#[derive(Debug, Serialize)]
pub struct JsonTimeline {
    /// The shared correlation ID.
    pub correlation_id: Option<String>,
    /// Indexes into `records`, in time order.
    pub records: Vec<usize>,
    /// Verdict id of the outcome.
    pub outcome: &'static str,
    /// Entry id of the deciding record.
    pub entry: Option<String>,
    /// The derived ticket line (no user names).
    pub ticket_line: String,
}

/// An event.
#[derive(Debug, Serialize)]
pub struct JsonEvent {
    /// 1-based line.
    pub line: usize,
    /// Event ID.
    pub event_id: Option<u32>,
    /// Provider / source.
    pub source: Option<String>,
    /// Level as written.
    pub level: Option<String>,
    /// RFC 3339 UTC time (XML only).
    pub when_utc: Option<String>,
    /// Codes in the description.
    pub codes: Vec<String>,
    /// Entry ids.
    pub entries: Vec<String>,
    /// The derived ticket line.
    pub ticket_line: String,
}

/// A code found in ADSync lines.
#[derive(Debug, Serialize)]
pub struct JsonCode {
    /// 1-based line.
    pub line: usize,
    /// The code as found.
    pub code: String,
    /// Entry ids.
    pub entries: Vec<String>,
}

/// A support code.
#[derive(Debug, Serialize)]
pub struct JsonSupportCode {
    /// The GUID, lower case.
    pub guid: String,
    /// RFC 3339 UTC time pasted with it.
    pub when_utc: Option<String>,
    /// The derived ticket line.
    pub ticket_line: String,
}

/// A registry check.
#[derive(Debug, Serialize)]
pub struct JsonRegistry {
    /// Blockers and warnings.
    pub blockers: Vec<JsonBlocker>,
    /// Every value checked: key, name, found (`null`: not in the paste).
    pub checked: Vec<JsonChecked>,
}

/// A sign-in-screen blocker.
#[derive(Debug, Serialize)]
pub struct JsonBlocker {
    /// Entry id.
    pub entry: String,
    /// Key.
    pub key: String,
    /// Value name.
    pub name: String,
    /// Value found (`null`: missing).
    pub found: Option<String>,
    /// The rule (`{"rule": "equals", "value": 1}`).
    pub rule: BlockerRule,
    /// A warning only.
    pub warning: bool,
    /// 1-based line.
    pub line: Option<usize>,
}

/// A value the registry rules checked.
#[derive(Debug, Serialize)]
pub struct JsonChecked {
    /// Key.
    pub key: String,
    /// Value name.
    pub name: String,
    /// Value found (`null`: not in the paste).
    pub found: Option<String>,
}

/// A search hit for free text.
#[derive(Debug, Serialize)]
pub struct JsonHit {
    /// Step or entry id.
    pub id: String,
    /// `step` or `entry`.
    pub kind: &'static str,
    /// Title in the chosen language.
    pub title: String,
}

/// A problem with the paste.
#[derive(Debug, Serialize)]
pub struct JsonProblem {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: Option<usize>,
    /// Problem id (`json`, `csv-field-count`, …).
    pub kind: &'static str,
    /// The message in the chosen language.
    pub message: String,
}

/// Builds the JSON object for `decoded` (and the search `results` of free text).
pub fn report(content: &Searchable, decoded: &Decoded, results: &[SearchResult], recognised: bool) -> DecodeReport {
    let loc = &content.loc;
    let ticket = |subject| ticket_line(loc, &content.playbook, subject, false);
    let time = |t: Option<jiff::Timestamp>| t.map(|t| t.to_string());
    let ids = |e: &[EntryId]| e.iter().map(ToString::to_string).collect::<Vec<_>>();
    DecodeReport {
        kind: decoded.kind.id(),
        recognised,
        records: decoded
            .records
            .iter()
            .map(|r| JsonRecord {
                line: r.line,
                when_utc: time(r.when_utc),
                activity: r.activity.clone(),
                result: r.result.clone(),
                reason: r.reason.clone(),
                correlation_id: r.correlation_id.clone(),
                on_prem_agent: r.on_prem_agent.clone(),
                entry: r.entry.as_ref().map(ToString::to_string),
                verdict: r.verdict.id(),
            })
            .collect(),
        timelines: decoded
            .timelines
            .iter()
            .map(|t| JsonTimeline {
                correlation_id: t.correlation_id.clone(),
                records: t.records.clone(),
                outcome: t.outcome.id(),
                entry: t.entry.as_ref().map(ToString::to_string),
                ticket_line: ticket(TicketSubject::Timeline(t, &decoded.records)),
            })
            .collect(),
        events: decoded
            .events
            .iter()
            .map(|e| JsonEvent {
                line: e.line,
                event_id: e.event_id,
                source: e.source.clone(),
                level: e.level.clone(),
                when_utc: time(e.when_utc),
                codes: e.codes.iter().map(|c| c.code.clone()).collect(),
                entries: ids(&e.entries),
                ticket_line: ticket(TicketSubject::Event(e)),
            })
            .collect(),
        codes: decoded
            .codes
            .iter()
            .map(|c| JsonCode {
                line: c.line,
                code: c.code.clone(),
                entries: ids(&c.entries),
            })
            .collect(),
        support_code: decoded.support_code.as_ref().map(|c| JsonSupportCode {
            guid: c.guid.clone(),
            when_utc: time(c.when_utc),
            ticket_line: ticket(TicketSubject::SupportCode(c)),
        }),
        registry: decoded.registry.as_ref().map(|r| JsonRegistry {
            blockers: r
                .blockers
                .iter()
                .map(|b| JsonBlocker {
                    entry: b.entry.to_string(),
                    key: b.key.clone(),
                    name: b.name.clone(),
                    found: b.found.clone(),
                    rule: b.rule,
                    warning: b.warning,
                    line: b.line,
                })
                .collect(),
            checked: r
                .checked
                .iter()
                .map(|c| JsonChecked {
                    key: c.key.clone(),
                    name: c.name.clone(),
                    found: c.found.clone(),
                })
                .collect(),
        }),
        search: results
            .iter()
            .map(|r| JsonHit {
                id: r.target.id().to_owned(),
                kind: r.target.kind(),
                title: loc.text(&r.target.message_id()),
            })
            .collect(),
        problems: decoded
            .problems
            .iter()
            .map(|p| JsonProblem {
                line: p.line,
                column: p.column,
                kind: p.kind.id(),
                message: problem_text(loc, p),
            })
            .collect(),
        notes: decoded
            .notes
            .iter()
            .map(|n| JsonNote {
                kind: n.id(),
                message: loc.text(&n.message_id()),
            })
            .collect(),
    }
}

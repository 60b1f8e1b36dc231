//! The evidence decoder (issue #14): what an admin or caller pasted (audit-log rows as JSON or
//! CSV, a Windows event as XML or text, ADSync error lines, a support code, `reg query` output
//! or a `.reg` export, or free text) turned into records that point at catalogue entries.
//!
//! Pure Rust, no egui and no I/O: the window's Decode pane and `sspr-helpdesk decode` share it.
//! The pasted text lives only in the caller's memory; the one thing meant to leave it is
//! [`ticket_line`], which never carries an IP address or raw log text.
//!
//! Entry points: [`text_from_bytes`] (a file or stdin → text, or [`Refused`]) and [`decode`]
//! (text → [`Decoded`]). Formats and field names: `../shared/design/decoder-and-triage.md`
//! part B, from Microsoft Graph `directoryAudit`
//! (<https://learn.microsoft.com/graph/api/resources/directoryaudit>, page of 2025), the
//! Azure Monitor `AuditLogs` table reference
//! (<https://learn.microsoft.com/azure/azure-monitor/reference/tables/auditlogs>, 2025) and
//! "Download logs in Microsoft Entra ID"
//! (<https://learn.microsoft.com/entra/identity/monitoring-health/howto-download-logs>, 2025).

mod codes;
mod csv;
mod event;
mod fields;
mod input;
mod json;
pub mod registry;
mod ticket;
mod timeline;

use std::net::IpAddr;

use jiff::Timestamp;

use crate::model::catalogue::EntryId;
use crate::model::playbook::Playbook;

pub use input::{Refused, check_text, text_from_bytes};
pub use registry::{Blocker, BlockerRule, CheckedValue, RegData, RegValue, RegistryReport};
pub use ticket::{TicketSubject, problem_text, refused_text, rule_text, ticket_line, utc_text};

/// Most words of free text handed to the search.
pub const MAX_QUERY_WORDS: usize = 64;

/// Most bytes of free text handed to the search: the first line, cut at a word before this.
pub const MAX_QUERY_BYTES: usize = 200;

/// Free text longer than this (bytes) with no structure the decoder knows gets
/// [`Note::FirstLineOnly`]: it is a file, not a question, and its hits would be chance.
pub const LONG_FREE_TEXT: usize = 4096;

/// What a paste was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputKind {
    /// Audit-log entries as JSON: Graph `directoryAudit` (one object, an array, or
    /// `{"value": […]}`), Log Analytics / Sentinel `AuditLogs` rows, or JSON Lines of either.
    AuditJson,
    /// Audit-log rows as CSV: the admin center's download (English or localized headers) or a
    /// Log Analytics export.
    AuditCsv,
    /// Windows events as XML (Event Viewer's XML view, `<Event>` or `<Events>`).
    EventXml,
    /// A Windows event as text (Event Viewer's "Copy details as text", `wevtutil qe /f:text`).
    EventText,
    /// ADSync / Entra Connect error lines (`admaexport.cpp(…)`, `ERROR_ACCESS_DENIED`,
    /// `hr=0x8023…`) or other lines holding known codes.
    AdSyncLog,
    /// A support code or correlation ID (a GUID), perhaps with a time.
    SupportCode,
    /// `reg query` output or a `.reg` export.
    Registry,
    /// Anything else: handed to the search, which the caller runs.
    FreeText,
}

impl InputKind {
    /// Stable id (`audit-json`, `event-xml`, …): the JSON output's `kind` and the Fluent
    /// message `decode-kind-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            InputKind::AuditJson => "audit-json",
            InputKind::AuditCsv => "audit-csv",
            InputKind::EventXml => "event-xml",
            InputKind::EventText => "event-text",
            InputKind::AdSyncLog => "adsync-log",
            InputKind::SupportCode => "support-code",
            InputKind::Registry => "registry",
            InputKind::FreeText => "free-text",
        }
    }

    /// The Fluent message naming the kind (`decode-kind-<id>`).
    pub fn message_id(self) -> String {
        format!("decode-kind-{}", self.id())
    }
}

/// What a record or a timeline amounts to, in the audit log's own result types (the 2017
/// "Allowed values for details column" table: Abandoned, Blocked, Canceled, Contacted admin,
/// Failed, Succeeded) plus the progress steps the log returns today ("User started the mobile
/// SMS verification option").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The reset, unlock, change or registration went through.
    Succeeded,
    /// It failed; the reason or the entry says why.
    Failed,
    /// The user walked away part-way.
    Abandoned,
    /// The user was throttled (too many tries).
    Blocked,
    /// The user canceled.
    Canceled,
    /// The user chose "contact your administrator".
    ContactedAdmin,
    /// A step on the way (options presented, a method started or completed).
    InProgress,
    /// The row says too little to tell.
    Unknown,
}

impl Verdict {
    /// Stable id (`succeeded`, `contacted-admin`, …); Fluent message `decode-verdict-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Succeeded => "succeeded",
            Verdict::Failed => "failed",
            Verdict::Abandoned => "abandoned",
            Verdict::Blocked => "blocked",
            Verdict::Canceled => "canceled",
            Verdict::ContactedAdmin => "contacted-admin",
            Verdict::InProgress => "in-progress",
            Verdict::Unknown => "unknown",
        }
    }

    /// The Fluent message with the verdict in plain words (`decode-verdict-<id>`).
    pub fn message_id(self) -> String {
        format!("decode-verdict-{}", self.id())
    }

    /// Whether the verdict ends a flow (anything but [`Verdict::InProgress`] and
    /// [`Verdict::Unknown`]): the timeline's outcome is its last final verdict.
    pub fn is_final(self) -> bool {
        !matches!(self, Verdict::InProgress | Verdict::Unknown)
    }
}

/// One audit-log row, normalised from whichever shape it came in.
///
/// `actor` and `target` are personal data: shown in the window, but in derived output only
/// when the agent asks. `ip` is kept so the window can show it beside the raw row, and is never
/// put into any derived output ([`ticket_line`], the command's JSON).
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// 1-based line of the paste where the row starts.
    pub line: usize,
    /// When it happened, in UTC (`activityDateTime`, `TimeGenerated`, `Date (UTC)`).
    pub when_utc: Option<Timestamp>,
    /// `activityDisplayName` / `OperationName` / `Activity`.
    pub activity: Option<String>,
    /// `result` / `Result` (`success`, `failure`, …).
    pub result: Option<String>,
    /// `resultReason` / `ResultReason` (falling back to `ResultDescription`).
    pub reason: Option<String>,
    /// `correlationId` / `CorrelationId`.
    pub correlation_id: Option<String>,
    /// `loggedByService` / `LoggedByService` / `Service`.
    pub service: Option<String>,
    /// `category` / `Category`.
    pub category: Option<String>,
    /// Who acted: a user principal name or display name. Personal.
    pub actor: Option<String>,
    /// The target user's principal name (or display name). Personal.
    pub target: Option<String>,
    /// The actor's IP address. Never in derived output.
    pub ip: Option<IpAddr>,
    /// `additionalDetails` `OnPremisesAgent` (`None`, `Microsoft Entra Connect`, `CloudSync`).
    pub on_prem_agent: Option<String>,
    /// The catalogue entry the row maps to: by reason first, then by activity
    /// ([`Playbook::entry_for_audit`]).
    pub entry: Option<EntryId>,
    /// The row in plain words.
    pub verdict: Verdict,
}

/// Records that share a correlation ID, in time order: one reset attempt from "presented
/// options" to its end.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// The shared correlation ID (`None` groups rows without one, each on its own).
    pub correlation_id: Option<String>,
    /// Indexes into [`Decoded::records`], earliest first (rows without a time keep their
    /// order after the timed ones).
    pub records: Vec<usize>,
    /// The outcome: the last final verdict, else [`Verdict::InProgress`].
    pub outcome: Verdict,
    /// The entry of the record that decided the outcome, if it maps to one.
    pub entry: Option<EntryId>,
}

/// A Windows event from the Entra Connect server or a domain controller.
#[derive(Clone, Debug, PartialEq)]
pub struct EventRecord {
    /// 1-based line where the event starts.
    pub line: usize,
    /// `EventID` (31xxx, 32xxx, 33xxx, 6329, 4724 …).
    pub event_id: Option<u32>,
    /// Provider / `Source:` (e.g. `PasswordResetService`, `ADSync`).
    pub source: Option<String>,
    /// `Level` as written (`Error`, `Warning`, `Information`, or the XML number).
    pub level: Option<String>,
    /// `TimeCreated SystemTime` (XML; UTC).
    pub when_utc: Option<Timestamp>,
    /// `Date:` of the text form, as written: local time of the server, zone unknown.
    pub when_local_text: Option<String>,
    /// Entries found by the event ID ([`crate::search::lookup_all`]), then by codes in the
    /// description.
    pub entries: Vec<EntryId>,
    /// Codes found in the description (`0x8023062c`, `ERROR_ACCESS_DENIED`), each with its entries.
    pub codes: Vec<CodeFinding>,
}

/// A code found in ADSync lines or an event's description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeFinding {
    /// 1-based line.
    pub line: usize,
    /// The code as found (`0x8023062C`, `ERROR_ACCESS_DENIED`, `SSPR_0029`, `admaexport.cpp`).
    pub code: String,
    /// Catalogue entries for it (may be empty: the code is recognised but not catalogued).
    pub entries: Vec<EntryId>,
}

/// A support code or correlation ID pasted on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupportCode {
    /// The GUID, lower case.
    pub guid: String,
    /// A time pasted with it, if it could be read as UTC.
    pub when_utc: Option<Timestamp>,
}

/// Something in the paste the decoder could not use, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line of the paste.
    pub line: usize,
    /// 1-based column (characters), when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// The kinds of [`Problem`]; each has a Fluent message `decode-problem-<id>` saying what was
/// skipped and how to fix the paste.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Malformed JSON (serde_json's message); records before it are decoded.
    Json(String),
    /// Malformed XML (roxmltree's English message, kept for debugging: the words shown name
    /// only the place, in the agent's language); events before it are decoded.
    Xml(String),
    /// A CSV row with the wrong number of fields: skipped.
    CsvFieldCount {
        /// Fields in the header.
        expected: usize,
        /// Fields in this row.
        found: usize,
    },
    /// A quoted CSV field never closed: the rest of the paste is skipped.
    CsvUnclosedQuote,
    /// A CSV column the decoder does not know: ignored, never guessed.
    UnknownColumn(String),
    /// A JSON value that has none of the audit-log fields: skipped.
    NotAnAuditRecord,
    /// A time that could not be read: the record is kept without one.
    BadTime(String),
}

impl ProblemKind {
    /// Stable id; Fluent message `decode-problem-<id>`.
    pub fn id(&self) -> &'static str {
        match self {
            ProblemKind::Json(_) => "json",
            ProblemKind::Xml(_) => "xml",
            ProblemKind::CsvFieldCount { .. } => "csv-field-count",
            ProblemKind::CsvUnclosedQuote => "csv-unclosed-quote",
            ProblemKind::UnknownColumn(_) => "unknown-column",
            ProblemKind::NotAnAuditRecord => "not-an-audit-record",
            ProblemKind::BadTime(_) => "bad-time",
        }
    }
}

/// Something the agent should know about the paste as a whole, beside the records and
/// problems; each has a Fluent message `decode-note-<id>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Note {
    /// Well-formed audit-log JSON with no entries in it (`{"value": []}`: a Graph query that
    /// matched nothing).
    EmptyExport,
    /// Long free text with no known format: only its first line was handed to the search.
    FirstLineOnly,
}

impl Note {
    /// Stable id (`empty-export`, `first-line-only`); Fluent message `decode-note-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Note::EmptyExport => "empty-export",
            Note::FirstLineOnly => "first-line-only",
        }
    }

    /// The Fluent message saying it (`decode-note-<id>`).
    pub fn message_id(self) -> String {
        format!("decode-note-{}", self.id())
    }
}

/// Everything decoded from one paste.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// What the paste was recognised as.
    pub kind: InputKind,
    /// Audit-log rows, in paste order.
    pub records: Vec<Record>,
    /// The rows grouped by correlation ID, earliest timeline first.
    pub timelines: Vec<Timeline>,
    /// Windows events.
    pub events: Vec<EventRecord>,
    /// Codes found in ADSync lines (events keep their own).
    pub codes: Vec<CodeFinding>,
    /// A support code / correlation ID pasted on its own.
    pub support_code: Option<SupportCode>,
    /// The sign-in-screen blocker check of a `reg query` / `.reg` paste.
    pub registry: Option<RegistryReport>,
    /// Free text for the search (trimmed), when nothing else was recognised.
    pub search_query: Option<String>,
    /// What could not be used, with line and column.
    pub problems: Vec<Problem>,
    /// What the agent should know about the paste as a whole.
    pub notes: Vec<Note>,
}

impl Decoded {
    /// The codes found that no catalogue entry has (a process number, a generic HRESULT), in
    /// the order found: listed on one line rather than a card each.
    pub fn uncatalogued_codes(&self) -> Vec<&str> {
        self.codes
            .iter()
            .filter(|c| c.entries.is_empty())
            .map(|c| c.code.as_str())
            .collect()
    }

    /// Nothing decoded yet, of `kind`.
    pub fn empty(kind: InputKind) -> Self {
        Decoded {
            kind,
            records: Vec::new(),
            timelines: Vec::new(),
            events: Vec::new(),
            codes: Vec::new(),
            support_code: None,
            registry: None,
            search_query: None,
            problems: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Whether anything was recognised: a record, an event, a code with an entry, a support
    /// code, or a registry paste. Free text counts only once the search answers it, which the
    /// caller decides.
    pub fn recognised(&self) -> bool {
        !self.records.is_empty()
            || !self.events.is_empty()
            || self.codes.iter().any(|c| !c.entries.is_empty())
            || self.support_code.is_some()
            || self.registry.as_ref().is_some_and(|r| !r.values.is_empty())
    }
}

/// Decodes `text` (already text: see [`text_from_bytes`] for files), mapping what it finds to
/// entries of `playbook`. To decode many pastes against one playbook, build a [`Decoder`] once.
///
/// # Errors
/// [`Refused::Empty`] for an empty or blank paste, [`Refused::Binary`] for binary junk (NUL
/// bytes, mostly unprintable characters). Malformed JSON, XML or CSV is not an error: every
/// whole record is decoded and the break is a [`Problem`] with line and column.
pub fn decode(text: &str, playbook: &Playbook) -> Result<Decoded, Refused> {
    Decoder::new(playbook).decode(text)
}

/// The decoder for one playbook: its audit strings and codes indexed once (a few milliseconds),
/// then any number of pastes decoded against them.
pub struct Decoder<'a> {
    playbook: &'a Playbook,
    audit: fields::AuditIndex,
    codes: codes::CodeIndex,
}

impl<'a> Decoder<'a> {
    /// Indexes `playbook`'s audit strings and codes.
    pub fn new(playbook: &'a Playbook) -> Self {
        Self {
            playbook,
            audit: fields::AuditIndex::new(playbook),
            codes: codes::CodeIndex::new(playbook),
        }
    }

    /// The playbook the decoder maps to.
    pub fn playbook(&self) -> &'a Playbook {
        self.playbook
    }

    /// Decodes `text`; see [`decode`].
    ///
    /// # Errors
    /// [`Refused::Empty`] or [`Refused::Binary`], as [`decode`].
    pub fn decode(&self, text: &str) -> Result<Decoded, Refused> {
        input::check_text(text)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut decoded = Decoded::empty(InputKind::FreeText);
        let lines = input::LineIndex::new(text);
        let trimmed = text.trim_start();
        // Each reader either takes the paste or leaves nothing behind for the next.
        let attempt = |kind: InputKind, read: &mut dyn FnMut(&mut Decoded) -> bool| -> Option<Decoded> {
            let mut candidate = Decoded::empty(kind);
            read(&mut candidate).then_some(candidate)
        };
        let found = if registry::looks_like(text) {
            let mut decoded = Decoded::empty(InputKind::Registry);
            decoded.registry = Some(registry::check(text));
            Some(decoded)
        } else {
            None
        }
        .or_else(|| {
            (trimmed.starts_with('{') || trimmed.starts_with('['))
                .then(|| attempt(InputKind::AuditJson, &mut |d| json::decode(text, &lines, d)))
                .flatten()
        })
        .or_else(|| {
            trimmed
                .starts_with('<')
                .then(|| attempt(InputKind::EventXml, &mut |d| event::decode_xml(text, &self.codes, d)))
                .flatten()
        })
        .or_else(|| attempt(InputKind::AuditCsv, &mut |d| csv::decode(text, d)))
        .or_else(|| attempt(InputKind::EventText, &mut |d| event::decode_text(text, &self.codes, d)))
        .or_else(|| {
            codes::support_code(text).map(|code| {
                let mut decoded = Decoded::empty(InputKind::SupportCode);
                decoded.support_code = Some(code);
                decoded
            })
        });
        match found {
            Some(found) => decoded = found,
            None => {
                decoded.codes = codes::find_codes(text, 1, &self.codes);
                if codes::looks_like_adsync(text) || decoded.codes.iter().any(|c| !c.entries.is_empty()) {
                    decoded.kind = InputKind::AdSyncLog;
                } else {
                    decoded.codes.clear();
                    decoded.search_query = Some(search_query(text));
                    if text.trim().len() > LONG_FREE_TEXT {
                        decoded.notes.push(Note::FirstLineOnly);
                    }
                }
            }
        }
        if decoded.kind == InputKind::AuditJson && decoded.records.is_empty() && decoded.problems.is_empty() {
            decoded.notes.push(Note::EmptyExport);
        }
        for record in &mut decoded.records {
            fields::classify(record, &self.audit);
        }
        decoded.timelines = timeline::group(&decoded.records);
        Ok(decoded)
    }
}

/// The search query for free text: its first non-blank line, at most [`MAX_QUERY_WORDS`]
/// words and [`MAX_QUERY_BYTES`] bytes, cut at a word (a single longer word is cut at a
/// character). The search reads a question, not a book.
fn search_query(text: &str) -> String {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default();
    let mut query = String::new();
    for word in first.split_whitespace().take(MAX_QUERY_WORDS) {
        let extra = word.len() + usize::from(!query.is_empty());
        if query.len() + extra > MAX_QUERY_BYTES {
            if query.is_empty() {
                query = word
                    .char_indices()
                    .take_while(|(i, c)| i + c.len_utf8() <= MAX_QUERY_BYTES)
                    .map(|(_, c)| c)
                    .collect();
            }
            break;
        }
        if !query.is_empty() {
            query.push(' ');
        }
        query.push_str(word);
    }
    query
}

#[cfg(test)]
mod tests;

//! `decode`: reads a file or stdin, decodes it with [`crate::decode`] and prints one block
//! per timeline, event, code, support code or registry check (what happened in plain words,
//! the time in UTC, the catalogue entry with who fixes it and its steps, the derived ticket
//! line), or JSON ([`json`]).
//!
//! Exit codes: 0 when something was recognised (free text counts when the search answers
//! it), 1 when nothing was (an empty paste included), 2 when the input cannot be read (a
//! missing file, binary junk, text that is neither UTF-8 nor UTF-16 with a byte-order mark).

pub mod json;

use std::io::{Read, Write};
use std::path::Path;

use super::{EXIT_FOUND, EXIT_NOT_FOUND, EXIT_USAGE, Searchable, entry_card_text, ignore_broken_pipe, write_json};
use crate::decode::{
    Decoded, InputKind, Record, Refused, TicketSubject, decode, problem_text, refused_text, rule_text, text_from_bytes, ticket_line,
    utc_text,
};
use crate::model::catalogue::EntryId;
use crate::search::SearchResult;

/// Most search results shown for free text.
const SEARCH_LIMIT: usize = 5;

/// Reads `file` (stdin when `None` or `-`) as text; an empty input is empty text.
///
/// # Errors
/// A message naming the file and why, for the command's stderr: a folder named instead of a
/// file, the I/O error, or why the bytes are not text ([`Refused`]).
pub fn read_input(content: &Searchable, file: Option<&Path>) -> Result<String, String> {
    let file = file.filter(|f| f.as_os_str() != "-");
    // The OS's own "Is a directory" is English whatever `--lang` says.
    if let Some(path) = file.filter(|p| p.is_dir()) {
        let path = path.display().to_string();
        return Err(content.loc.text_with_args("decode-cli-is-folder", &[("path", path.into())]));
    }
    let mut bytes = Vec::new();
    let (name, read) = match file {
        Some(path) => (path.display().to_string(), std::fs::read(path).map(|b| bytes = b)),
        None => ("stdin".to_owned(), std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ())),
    };
    read.map_err(|e| format!("{name}: {e}"))?;
    match text_from_bytes(&bytes) {
        Ok(text) => Ok(text),
        // Empty is readable: it decodes to "nothing recognised".
        Err(Refused::Empty) => Ok(String::new()),
        Err(refused) => Err(format!("{name}: {}", refused_text(&content.loc, &refused))),
    }
}

/// `decode`: decodes `file` (or stdin) and prints the result. Returns the exit code.
///
/// # Errors
/// The I/O error when `out` or `err` cannot be written.
pub fn run(content: &Searchable, file: Option<&Path>, json: bool, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let text = match read_input(content, file) {
        Ok(text) => text,
        Err(message) => {
            writeln!(err, "sspr-helpdesk: {message}")?;
            return Ok(EXIT_USAGE);
        }
    };
    decode_text(content, &text, json, out)
}

/// Decodes `text` and prints it: text blocks or JSON. Returns the exit code (0 recognised, 1
/// not, 2 refused as binary).
///
/// # Errors
/// The I/O error when `out` cannot be written (a closed pipe is not an error).
pub fn decode_text(content: &Searchable, text: &str, json: bool, out: &mut dyn Write) -> std::io::Result<u8> {
    let loc = &content.loc;
    let decoded = match decode(text, &content.playbook) {
        Ok(decoded) => decoded,
        Err(refused) => {
            let message = refused_text(loc, &refused);
            let written = if json {
                write_json(out, &serde_json::json!({ "refused": refused.id(), "message": message }))
            } else {
                writeln!(out, "{message}")
            };
            ignore_broken_pipe(written)?;
            return Ok(if refused == Refused::Empty { EXIT_NOT_FOUND } else { EXIT_USAGE });
        }
    };
    let results = decoded
        .search_query
        .as_deref()
        .map(|q| content.corpus.search(q, SEARCH_LIMIT))
        .unwrap_or_default();
    let recognised = decoded.recognised() || !results.is_empty();
    let written = if json {
        write_json(out, &json::report(content, &decoded, &results, recognised))
    } else {
        write_blocks(content, &decoded, &results, out)
    };
    ignore_broken_pipe(written)?;
    Ok(if recognised { EXIT_FOUND } else { EXIT_NOT_FOUND })
}

/// A catalogue entry's card, or the words for "no entry".
fn card(content: &Searchable, entry: Option<&EntryId>) -> String {
    match entry.and_then(|id| content.playbook.entry(id)) {
        Some(entry) => entry_card_text(content, entry),
        None => format!("{}\n", content.loc.text("decode-cli-no-entry")),
    }
}

/// One step of a timeline in words: the entry's title, else the reason or activity as logged.
/// A progress step shows its reason as logged ("User started the mobile SMS verification
/// option"): one entry covers them all, and the method is what the agent needs.
fn step_words(content: &Searchable, record: &Record) -> String {
    let verdict = content.loc.text(&record.verdict.message_id());
    let progress = record.verdict == crate::decode::Verdict::InProgress;
    let what = record
        .reason
        .clone()
        .filter(|_| progress)
        .or_else(|| {
            record
                .entry
                .as_ref()
                .filter(|id| content.playbook.entry(id).is_some())
                .map(|id| content.loc.text(&id.message_id()))
        })
        .or_else(|| record.reason.clone())
        .or_else(|| record.activity.clone())
        .unwrap_or_default();
    let when = record.when_utc.map_or_else(|| content.loc.text("decode-cli-no-time"), utc_text);
    content.loc.text_with_args(
        "decode-cli-step",
        &[
            ("when", when.into()),
            ("verdict", verdict.into()),
            ("what", what.into()),
            ("line", record.line.into()),
        ],
    )
}

fn write_blocks(content: &Searchable, decoded: &Decoded, results: &[SearchResult], out: &mut dyn Write) -> std::io::Result<()> {
    let loc = &content.loc;
    let ticket = |subject| {
        let line = ticket_line(loc, &content.playbook, subject, false);
        loc.text_with_args("decode-cli-ticket", &[("line", line.into())])
    };
    let kind = loc.text(&decoded.kind.message_id());
    writeln!(out, "{}", loc.text_with_args("decode-cli-kind", &[("kind", kind.into())]))?;
    for timeline in &decoded.timelines {
        writeln!(out)?;
        let id = timeline
            .correlation_id
            .clone()
            .unwrap_or_else(|| loc.text("decode-cli-no-correlation"));
        let args = [("id", id.into()), ("count", timeline.records.len().into())];
        writeln!(out, "{}", loc.text_with_args("decode-cli-timeline", &args))?;
        let outcome = loc.text(&timeline.outcome.message_id());
        writeln!(out, "{}", loc.text_with_args("decode-cli-outcome", &[("verdict", outcome.into())]))?;
        for (n, index) in timeline.records.iter().enumerate() {
            if let Some(record) = decoded.records.get(*index) {
                writeln!(out, "  {}. {}", n + 1, step_words(content, record))?;
                if let Some(agent) = &record.on_prem_agent {
                    let text = loc.text_with_args("decode-cli-agent", &[("agent", agent.clone().into())]);
                    writeln!(out, "     {text}")?;
                }
            }
        }
        writeln!(out, "{}", ticket(TicketSubject::Timeline(timeline, &decoded.records)))?;
        write!(out, "\n{}", card(content, timeline.entry.as_ref()))?;
    }
    for event in &decoded.events {
        writeln!(out)?;
        let unknown = || "?".to_owned();
        let args = [
            ("id", event.event_id.map_or_else(unknown, |id| id.to_string()).into()),
            ("source", event.source.clone().unwrap_or_else(unknown).into()),
            ("level", event.level.clone().unwrap_or_else(unknown).into()),
            ("line", event.line.into()),
        ];
        writeln!(out, "{}", loc.text_with_args("decode-cli-event", &args))?;
        if let Some(when) = event.when_utc {
            writeln!(out, "{}", loc.text_with_args("decode-cli-time", &[("time", utc_text(when).into())]))?;
        }
        if let Some(local) = &event.when_local_text {
            let text = loc.text_with_args("decode-cli-local-time", &[("time", local.clone().into())]);
            writeln!(out, "{text}")?;
        }
        if !event.codes.is_empty() {
            let codes: Vec<&str> = event.codes.iter().map(|c| c.code.as_str()).collect();
            writeln!(
                out,
                "{}",
                loc.text_with_args("decode-cli-codes", &[("codes", codes.join(", ").into())])
            )?;
        }
        writeln!(out, "{}", ticket(TicketSubject::Event(event)))?;
        write_entries(content, &event.entries, out)?;
        for code in &event.codes {
            for id in code.entries.iter().filter(|id| !event.entries.contains(id)) {
                let args = [
                    ("code", code.code.clone().into()),
                    ("title", content.loc.text(&id.message_id()).into()),
                    ("id", id.to_string().into()),
                ];
                writeln!(out, "{}", loc.text_with_args("decode-cli-code-also", &args))?;
            }
        }
    }
    for code in decoded.codes.iter().filter(|c| !c.entries.is_empty()) {
        writeln!(out)?;
        let args = [("code", code.code.clone().into()), ("line", code.line.into())];
        writeln!(out, "{}", loc.text_with_args("decode-cli-code", &args))?;
        writeln!(out, "{}", ticket(TicketSubject::Code(code)))?;
        write_entries(content, &code.entries, out)?;
    }
    // Codes the catalogue has no entry for (a process number, a generic HRESULT): one line.
    let other = decoded.uncatalogued_codes();
    if !other.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            loc.text_with_args("decode-cli-other-codes", &[("codes", other.join(", ").into())])
        )?;
    }
    if let Some(code) = &decoded.support_code {
        writeln!(out)?;
        let text = loc.text_with_args("decode-cli-support-code", &[("guid", code.guid.clone().into())]);
        writeln!(out, "{text}")?;
        if let Some(when) = code.when_utc {
            writeln!(out, "{}", loc.text_with_args("decode-cli-time", &[("time", utc_text(when).into())]))?;
        }
        writeln!(out, "{}", loc.text("decode-cli-support-code-advice"))?;
        writeln!(out, "{}", ticket(TicketSubject::SupportCode(code)))?;
    }
    if let Some(registry) = &decoded.registry {
        writeln!(out)?;
        if registry.blockers.is_empty() {
            writeln!(out, "{}", loc.text("decode-cli-no-blocker"))?;
        } else {
            let count = registry.blockers.len();
            writeln!(out, "{}", loc.text_with_args("decode-cli-blockers", &[("count", count.into())]))?;
        }
        for blocker in &registry.blockers {
            let found = blocker.found.clone().unwrap_or_else(|| loc.text("decode-ticket-missing"));
            let line = blocker
                .line
                .map_or_else(String::new, |l| loc.text_with_args("decode-cli-at-line", &[("line", l.into())]));
            let id = if blocker.warning {
                "decode-cli-warning"
            } else {
                "decode-cli-blocker"
            };
            let args = [
                ("key", blocker.key.clone().into()),
                ("name", blocker.name.clone().into()),
                ("found", found.into()),
                ("rule", rule_text(loc, blocker.rule).into()),
                ("line", line.into()),
            ];
            writeln!(out)?;
            writeln!(out, "{}", loc.text_with_args(id, &args))?;
            writeln!(out, "{}", ticket(TicketSubject::Blocker(blocker)))?;
            write!(out, "\n{}", card(content, Some(&blocker.entry)))?;
        }
        writeln!(out)?;
        writeln!(out, "{}", loc.text("decode-cli-checked"))?;
        for value in &registry.checked {
            let found = value.found.clone().unwrap_or_else(|| loc.text("decode-cli-absent"));
            writeln!(out, "  {}\\{} = {found}", value.key, value.name)?;
        }
    }
    if let Some(query) = &decoded.search_query {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            loc.text_with_args("decode-cli-free-text", &[("query", query.clone().into())])
        )?;
        if results.is_empty() {
            writeln!(out, "{}", loc.text_with_args("cli-no-results", &[("query", query.clone().into())]))?;
        }
        for (rank, r) in results.iter().enumerate() {
            writeln!(out, "{:>2}. {}  ({})", rank + 1, loc.text(&r.target.message_id()), r.target.id())?;
        }
    }
    for note in &decoded.notes {
        writeln!(out)?;
        writeln!(out, "{}", loc.text(&note.message_id()))?;
    }
    if !decoded.recognised() && decoded.kind != InputKind::FreeText && decoded.notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", loc.text("decode-cli-nothing"))?;
    }
    if !decoded.problems.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", loc.text("decode-cli-problems"))?;
        for problem in &decoded.problems {
            writeln!(out, "  {}", problem_text(loc, problem))?;
        }
    }
    Ok(())
}

/// Entries of an event or code: the one card, the list to choose from (event 6329 has four
/// variants), or "no entry".
fn write_entries(content: &Searchable, entries: &[EntryId], out: &mut dyn Write) -> std::io::Result<()> {
    match entries {
        [one] => write!(out, "\n{}", card(content, Some(one))),
        [] => write!(out, "\n{}", card(content, None)),
        many => {
            let text = content.loc.text_with_args("decode-cli-several", &[("count", many.len().into())]);
            writeln!(out, "\n{text}")?;
            for id in many {
                writeln!(out, "  {id}  —  {}", content.loc.text(&id.message_id()))?;
            }
            Ok(())
        }
    }
}

//! Text made from a session for outside the app: the ticket summary (Markdown or plain text,
//! in the agent's UI language) and the instructions copied for the caller (in the caller's
//! language). Pure Rust: no egui, and time zones are passed in, so output is testable.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::i18n::Localizer;
use crate::model::catalogue::Entry;
use crate::model::catalogue::EntryId;
use crate::model::changes::{ChangeState, PlatformChange};
use crate::model::language::Language;
use crate::model::outcome::{Subject, call_outcome};
use crate::model::playbook::{Actor, Playbook, Step, StepId};
use crate::model::session::{Session, StepState};
use crate::model::triage::{Answer, AnswerKind, Asker, Question};

/// The app's version, as shown in summaries and the About box.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The two export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SummaryFormat {
    /// Markdown (`.md`): headings and lists, for ticketing systems that render it.
    Markdown,
    /// Plain text (`.txt`): the same content without markup.
    Text,
}

impl SummaryFormat {
    /// The format for a file name's extension (`.md`, `.markdown` → Markdown; anything else
    /// → plain text).
    pub fn for_path(path: &std::path::Path) -> SummaryFormat {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("md" | "markdown") => SummaryFormat::Markdown,
            _ => SummaryFormat::Text,
        }
    }
}

fn time(at: Timestamp, zone: &TimeZone) -> String {
    at.to_zoned_datetime(zone.clone()).strftime("%Y-%m-%d %H:%M").to_string()
}

fn offset(at: Timestamp, zone: &TimeZone) -> String {
    at.to_zoned_datetime(zone.clone()).strftime("UTC%:z").to_string()
}

/// Columns `text` takes in a monospace font: East Asian wide characters (Han, full-width
/// punctuation) take two, so the underline of a Chinese heading is long enough.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| if matches!(c, '\u{1100}'..='\u{115f}' | '\u{2e80}'..='\u{a4cf}' | '\u{ac00}'..='\u{d7a3}' | '\u{f900}'..='\u{faff}' | '\u{fe30}'..='\u{fe4f}' | '\u{ff00}'..='\u{ff60}' | '\u{ffe0}'..='\u{ffe6}') { 2 } else { 1 })
        .sum()
}

/// Indents every line after the first by `indent`, so a multi-line note stays under its item.
fn indented(text: &str, indent: &str) -> String {
    text.trim().lines().collect::<Vec<_>>().join(&format!("\n{indent}"))
}

/// The short form of a triage answer (`.summary`: "synced user", "SSPR_0029 shown"), in the
/// UI language; `code` fills a code answer's `{ $code }`.
pub fn answer_summary(loc: &Localizer, question: &Question, answer: &Answer, code: &str) -> String {
    loc.attribute_with_args_in(
        loc.language(),
        &question.answer_message_id(answer),
        "summary",
        &[("code", code.into())],
    )
    .unwrap_or_else(|| answer.id.clone())
}

/// A triage question as put to the caller (its `.caller` wording) in `language`, the
/// caller's; `None` for a question only the agent can answer.
pub fn caller_question(loc: &Localizer, question: &Question, language: Language) -> Option<String> {
    if question.asker != Asker::Caller {
        return None;
    }
    loc.attribute_in(language, &question.message_id(), "caller")
}

/// The triage answers given on this call, each in its short form, in the order asked; "I
/// don't know" is left out (it says nothing about the caller). Empty when nothing was
/// answered or the triage is unavailable.
pub fn triage_phrases(playbook: &Playbook, loc: &Localizer, session: &Session) -> Vec<String> {
    let Some(triage) = playbook.triage() else { return Vec::new() };
    let answers = session.triage();
    triage
        .given(answers)
        .into_iter()
        .filter(|(_, a)| a.kind != AnswerKind::DontKnow)
        .map(|(q, a)| answer_summary(loc, q, a, &answers.code))
        .collect()
}

/// The ticket summary of `session`, in the agent's UI language (`loc`'s), with times shown
/// in `zone` (the agent's local zone in the app; UTC in tests). The dated platform changes
/// behind the marked steps are named as upcoming or in effect on `today`.
pub fn ticket_summary(
    session: &Session,
    playbook: &Playbook,
    loc: &Localizer,
    format: SummaryFormat,
    zone: &TimeZone,
    today: Date,
) -> String {
    let markdown = format == SummaryFormat::Markdown;
    let heading = |text: String| {
        if markdown {
            format!("## {text}\n")
        } else {
            format!("{}\n{}\n", text, "-".repeat(display_width(&text).min(72)))
        }
    };
    let mut out = String::new();
    let title = loc.text("summary-title");
    if markdown {
        out.push_str(&format!("# {title}\n\n"));
    } else {
        out.push_str(&format!("{title}\n{}\n\n", "=".repeat(display_width(&title).min(72))));
    }
    let field = |label: &str, value: String| {
        format!(
            "- {}\n",
            loc.text_with_args("summary-field", &[("label", loc.text(label).into()), ("value", value.into())])
        )
    };
    let list = |items: &[String]| items.join(&loc.text("summary-list-separator"));
    // What happened leads: the agent pasting this into a ticket, and tier 2 reading it, need
    // the outcome before the details.
    let leads = call_outcome(session);
    if leads.is_empty() {
        out.push_str(&field("summary-outcome", loc.text("summary-outcome-none")));
    }
    for lead in &leads {
        let title = match &lead.subject {
            Subject::Step(id) => step_what(playbook, loc, id),
            Subject::Entry(id) => entry_title(playbook, loc, id),
        };
        let line = loc.text_with_args(
            "summary-outcome-line",
            &[
                ("outcome", outcome_text(loc, lead.state, &lead.detail).into()),
                ("title", title.into()),
            ],
        );
        out.push_str(&field("summary-outcome", line));
    }
    let caller = triage_phrases(playbook, loc, session);
    if !caller.is_empty() {
        out.push_str(&field("summary-triage", list(&caller)));
    }
    let user = if session.affected_user.trim().is_empty() {
        loc.text("summary-affected-user-none")
    } else {
        session.affected_user.trim().to_owned()
    };
    out.push_str(&field("summary-affected-user", user));
    let ticket = if session.ticket.trim().is_empty() {
        loc.text("summary-ticket-none")
    } else {
        session.ticket.trim().to_owned()
    };
    out.push_str(&field("summary-ticket", ticket));
    let caller = session.caller_language;
    out.push_str(&field(
        "summary-caller-language",
        format!("{} ({})", caller.native_name(), caller.tag()),
    ));
    let started = loc.text_with_args(
        "summary-time-with-zone",
        &[
            ("time", time(session.started_at(), zone).into()),
            ("zone", offset(session.started_at(), zone).into()),
        ],
    );
    out.push_str(&field("summary-started", started));

    // Touched steps in content order, then records of steps the content no longer has.
    let touched: Vec<(&Step, StepState, Timestamp, &str)> = playbook
        .steps()
        .filter_map(|step| session.record(&step.id).map(|r| (step, r.state, r.changed_at, r.note.as_str())))
        .collect();
    let mut categories: Vec<String> = Vec::new();
    for category in touched.iter().map(|(s, ..)| s.category).chain(std::iter::once(session.selected())) {
        let title = loc.category_title(category);
        if !categories.contains(&title) {
            categories.push(title);
        }
    }
    out.push_str(&field("summary-categories", list(&categories)));
    out.push_str(&field(
        "summary-versions",
        loc.text_with_args(
            "summary-versions-value",
            &[("app", APP_VERSION.into()), ("content", playbook.content_version.as_str().into())],
        ),
    ));
    if let Some(pack) = playbook.pack() {
        out.push_str(&field("summary-pack", pack.to_string()));
    }
    out.push('\n');

    if !session.entries().is_empty() {
        out.push_str(&heading(loc.text("summary-entries-heading")));
        for read in session.entries() {
            let line = loc.text_with_args(
                "summary-entry-line",
                &[
                    ("state", outcome_text(loc, read.record.state, &read.record.detail).into()),
                    ("title", entry_title(playbook, loc, &read.entry).into()),
                    ("time", time(read.opened_at, zone).into()),
                ],
            );
            out.push_str(&format!("- {line}\n"));
            if !read.record.note.trim().is_empty() {
                let note = loc.text_with_args(
                    "summary-field",
                    &[
                        ("label", loc.text("summary-note").into()),
                        ("value", indented(&read.record.note, "  ").into()),
                    ],
                );
                out.push_str(&format!("  {note}\n"));
            }
        }
        out.push('\n');
    }

    // Derived by the Decode pane, in the language they were added in: never raw pasted text.
    if !session.decoded_lines().is_empty() {
        out.push_str(&heading(loc.text("summary-decoded-heading")));
        for line in session.decoded_lines() {
            out.push_str(&format!("- {line}\n"));
        }
        out.push('\n');
    }

    out.push_str(&heading(loc.text("summary-steps-heading")));
    if touched.is_empty() && session.records().count() == 0 {
        out.push_str(&format!("{}\n", loc.text("summary-no-steps")));
    }
    let step_line = |state: StepState, detail: &str, title: String, place: String, at: Timestamp, note: &str| {
        let mut line = format!(
            "- {}\n",
            loc.text_with_args(
                "summary-step-line",
                &[
                    ("state", outcome_text(loc, state, detail).into()),
                    ("title", title.into()),
                    ("category", place.into()),
                    ("time", time(at, zone).into()),
                ]
            )
        );
        if !note.trim().is_empty() {
            let note = loc.text_with_args(
                "summary-field",
                &[("label", loc.text("summary-note").into()), ("value", indented(note, "  ").into())],
            );
            line.push_str(&format!("  {note}\n"));
        }
        line
    };
    for (step, state, at, note) in &touched {
        let detail = session.record(&step.id).map_or("", |r| r.detail.as_str());
        out.push_str(&step_line(
            *state,
            detail,
            step_what(playbook, loc, &step.id),
            loc.category_title(step.category),
            *at,
            note,
        ));
    }
    // Records of steps the content no longer has: kept, so no note is ever lost.
    for (id, record) in session.records().filter(|(id, _)| playbook.step(id).is_none()) {
        out.push_str(&step_line(
            record.state,
            &record.detail,
            id.to_string(),
            "?".to_owned(),
            record.changed_at,
            &record.note,
        ));
    }
    out.push('\n');

    let mut changes: Vec<&PlatformChange> = Vec::new();
    for change in touched.iter().flat_map(|(step, ..)| playbook.changes_affecting(step.id.as_str())) {
        if !changes.iter().any(|c| c.id == change.id) {
            changes.push(change);
        }
    }
    if !changes.is_empty() {
        out.push_str(&heading(loc.text("summary-changes-heading")));
        for change in changes {
            let state = match change.state_on(today) {
                ChangeState::Upcoming => "changes-state-upcoming",
                ChangeState::InEffect => "changes-state-in-effect",
            };
            let state = loc.text_with_args(state, &[("date", loc.date(change.effective).into())]);
            let line = loc.text_with_args(
                "summary-change-line",
                &[("title", loc.text(&change.message_id()).into()), ("state", state.into())],
            );
            out.push_str(&format!("- {line}\n"));
        }
        out.push('\n');
    }

    if !session.links_given().is_empty() {
        out.push_str(&heading(loc.text("summary-links-heading")));
        for given in session.links_given() {
            if let Some(link) = playbook.link(&given.link) {
                let line = loc.text_with_args(
                    "summary-link-line",
                    &[
                        ("label", loc.text(&link.id.message_id()).into()),
                        ("url", link.url.as_str().into()),
                        ("time", time(given.at, zone).into()),
                    ],
                );
                out.push_str(&format!("- {line}\n"));
            }
        }
        out.push('\n');
    }

    if !session.note.trim().is_empty() {
        out.push_str(&heading(loc.text("summary-session-note")));
        out.push_str(session.note.trim());
        out.push_str("\n\n");
    }
    out.trim_end().to_owned() + "\n"
}

/// An outcome as the summary writes it before a title: "Checked", "Escalated to AD team", or
/// the plain state when the agent named no one.
pub fn outcome_text(loc: &Localizer, state: StepState, detail: &str) -> String {
    let detail = detail.trim();
    if state.takes_detail() && detail.is_empty() {
        loc.text(&state.message_id())
    } else {
        loc.text_with_args(&state.summary_message_id(), &[("detail", detail.into())])
    }
}

/// What a step checked, as the summary names it after an outcome: the step's `.done` form
/// (titles written as fixes or symptoms read wrongly after "Checked"), else its title; the id
/// of a step the content no longer has.
pub fn step_what(playbook: &Playbook, loc: &Localizer, id: &StepId) -> String {
    if playbook.step(id).is_none() {
        return id.to_string();
    }
    let message = id.message_id();
    loc.attribute(&message, "done").unwrap_or_else(|| loc.text(&message))
}

/// A catalogue entry's title, or its id when the content no longer has it.
pub fn entry_title(playbook: &Playbook, loc: &Localizer, id: &EntryId) -> String {
    if playbook.entry(id).is_none() {
        return id.to_string();
    }
    loc.text(&id.message_id())
}

/// What to send a caller about a catalogue entry, in `language`: the entry's `.caller` text
/// where the caller can act; otherwise "it's not you; we've escalated to `team`, here is what
/// happens next" (`team` empty: "our administrators").
pub fn entry_caller_text(loc: &Localizer, entry: &Entry, language: Language, team: &str) -> String {
    if let Some(text) = loc.attribute_in(language, &entry.id.message_id(), "caller") {
        return text;
    }
    let team = if team.trim().is_empty() {
        loc.text_in(language, "entry-caller-escalated-team")
    } else {
        team.trim().to_owned()
    };
    loc.text_with_args_in(language, "entry-caller-escalated", &[("team", team.into())])
}

/// Items joined with the UI language's list separator ("a, b" / "甲、乙").
pub fn list(loc: &Localizer, items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(&loc.text("summary-list-separator"))
}

/// Where a catalogue entry is seen, as one line in the UI language.
pub fn seen_in_text(loc: &Localizer, entry: &Entry) -> String {
    list(loc, entry.seen_in.iter().map(|s| loc.text(&s.message_id())))
}

/// Who can act (a step) or fix (an entry), as one line in the UI language.
pub fn actors_text(loc: &Localizer, actors: &[Actor]) -> String {
    list(loc, actors.iter().map(|a| loc.text(&a.message_id())))
}

/// The instructions for the caller of a step that sends them somewhere (its `.caller` text
/// with the link's URL), in `language`; `None` when the step has none.
pub fn caller_instructions(playbook: &Playbook, loc: &Localizer, step: &Step, language: Language) -> Option<String> {
    let link = playbook.link(step.caller_link.as_ref()?)?;
    loc.attribute_with_args_in(language, &step.id.message_id(), "caller", &[("url", link.url.as_str().into())])
}

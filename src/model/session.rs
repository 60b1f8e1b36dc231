//! The agent's working session on one call: the open category, each touched step's outcome,
//! time and note, the catalogue entries the agent read (with their own outcome and note), the
//! affected user, the session note, the ticket reference, the caller's language and the links
//! given to the caller. Pure data with pure methods; times come from an injected clock.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::model::catalogue::EntryId;
use crate::model::category::Category;
use crate::model::language::Language;
use crate::model::playbook::{Checklist, LinkId, StepId};
use crate::model::triage::TriageAnswers;

/// Longest ticket reference kept, in characters.
pub const MAX_TICKET_CHARS: usize = 200;
/// Longest affected-user field (a UPN or a name) kept, in characters.
pub const MAX_USER_CHARS: usize = 200;
/// Longest "escalated to …" / "user told to …" detail kept, in characters.
pub const MAX_DETAIL_CHARS: usize = 300;
/// Longest error code typed as a triage answer, in characters (codes are short; a paste of a
/// whole page belongs in search or the decoder).
pub const MAX_CODE_CHARS: usize = 100;
/// Longest note (per step, or for the session) kept, in characters. Far more than a call
/// needs, and small enough that drawing it stays cheap.
pub const MAX_NOTE_CHARS: usize = 20_000;
/// Most decoded-evidence lines one session keeps (the Decode pane's "Add to ticket").
pub const MAX_DECODED_LINES: usize = 50;
/// Longest decoded-evidence line kept, in characters.
pub const MAX_DECODED_CHARS: usize = 500;

/// `text` cut to at most `max` characters (on a character boundary).
pub fn capped(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => text[..cut].to_owned(),
        None => text,
    }
}

/// Where a step (or a catalogue entry the agent read) stands: the outcome a helpdesk records.
/// Saved by id, so sessions saved before the last three outcomes existed load unchanged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepState {
    /// Not looked at yet.
    #[default]
    NotStarted,
    /// Checked, and fine (or fixed).
    Done,
    /// Does not apply to this caller (e.g. a writeback step for a cloud-only user).
    NotApplicable,
    /// Checked, and this is (part of) the problem.
    Failed,
    /// This fixed the caller's problem.
    Resolved,
    /// Handed to someone else (the record's detail says to whom).
    Escalated,
    /// The caller was told to do something (the record's detail says what).
    UserTold,
}

impl StepState {
    /// All states, in display order.
    pub const ALL: [StepState; 7] = [
        StepState::NotStarted,
        StepState::Done,
        StepState::NotApplicable,
        StepState::Failed,
        StepState::Resolved,
        StepState::Escalated,
        StepState::UserTold,
    ];

    /// Stable id, also the Fluent message `state-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            StepState::NotStarted => "not-started",
            StepState::Done => "done",
            StepState::NotApplicable => "not-applicable",
            StepState::Failed => "failed",
            StepState::Resolved => "resolved",
            StepState::Escalated => "escalated",
            StepState::UserTold => "user-told",
        }
    }

    /// Fluent message id of the state's label.
    pub fn message_id(self) -> String {
        format!("state-{}", self.id())
    }

    /// Whether the step is dealt with for the progress count: everything but "not started"
    /// and "failed" (a problem found is still open).
    pub fn is_resolved(self) -> bool {
        !matches!(self, StepState::NotStarted | StepState::Failed)
    }

    /// Whether the outcome names someone or something in the record's detail ("escalated to
    /// whom", "told to do what").
    pub fn takes_detail(self) -> bool {
        matches!(self, StepState::Escalated | StepState::UserTold)
    }

    /// Fluent message id of the outcome as the ticket summary writes it before a step or entry
    /// (`outcome-<id>`, e.g. "Checked", "Escalated to { $detail }"): it reads as what the agent
    /// did, so it fits titles written as fixes or symptoms.
    pub fn summary_message_id(self) -> String {
        format!("outcome-{}", self.id())
    }
}

/// What the agent recorded for one step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRecord {
    /// The step's state.
    #[serde(default)]
    pub state: StepState,
    /// When the state or the note last changed (UTC).
    pub changed_at: Timestamp,
    /// The agent's note (may be empty).
    #[serde(default)]
    pub note: String,
    /// Whom it was escalated to, or what the caller was told to do (empty for other states).
    #[serde(default)]
    pub detail: String,
}

/// A catalogue entry the agent read on this call (the error the caller saw, usually), with the
/// outcome recorded against it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryRecord {
    /// Which entry.
    pub entry: EntryId,
    /// When the agent first opened it (UTC).
    pub opened_at: Timestamp,
    /// What the agent recorded (not started and an empty note when only read).
    #[serde(flatten)]
    pub record: StepRecord,
}

/// A link the agent opened or copied for the caller.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GivenLink {
    /// Which link.
    pub link: LinkId,
    /// When it was given (UTC).
    pub at: Timestamp,
}

/// What the agent has done on the current call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    /// The category whose checklist is shown.
    selected: Category,
    /// When the session started (UTC).
    started_at: Timestamp,
    /// The helpdesk ticket reference, free text (may be empty).
    pub ticket: String,
    /// The caller's language, for text copied for them (independent of the UI language).
    pub caller_language: Language,
    /// Touched steps, by id. Records of steps no longer in the content are kept, not lost.
    steps: BTreeMap<StepId, StepRecord>,
    /// The agent's note for the whole call.
    pub note: String,
    /// Links given to the caller, in order, without repeats.
    links_given: Vec<GivenLink>,
    /// Whose account the call is about: a UPN or a name. Private: it goes into the ticket
    /// summary, never into a log.
    pub affected_user: String,
    /// Catalogue entries the agent opened, in the order first read, without repeats.
    entries: Vec<EntryRecord>,
    /// The answers to the "Start here" questions (absent in files from before triage).
    triage: TriageAnswers,
    /// Lines the Decode pane derived from pasted evidence and the agent added to the ticket
    /// ([`crate::decode::ticket_line`]: verdict, entry, correlation ID, UTC time; never raw
    /// log text or an IP address), in the order added, without repeats.
    decoded: Vec<String>,
}

impl Default for Session {
    fn default() -> Self {
        Self::new(Category::ALL[0], Language::EnUs, Timestamp::UNIX_EPOCH)
    }
}

impl Session {
    /// A fresh session showing `selected`, for a caller speaking `caller_language`.
    pub fn new(selected: Category, caller_language: Language, now: Timestamp) -> Self {
        Self {
            selected,
            started_at: now,
            ticket: String::new(),
            caller_language,
            steps: BTreeMap::new(),
            note: String::new(),
            links_given: Vec::new(),
            affected_user: String::new(),
            entries: Vec::new(),
            triage: TriageAnswers::default(),
            decoded: Vec::new(),
        }
    }

    /// The answers to the "Start here" questions.
    pub fn triage(&self) -> &TriageAnswers {
        &self.triage
    }

    /// Answers a "Start here" question (another answer to it replaces the first).
    pub fn answer_triage(&mut self, question: &str, answer: &str) {
        self.triage.chosen.insert(question.to_owned(), answer.to_owned());
    }

    /// Takes back the answer to a question, so it is asked again.
    pub fn unanswer_triage(&mut self, question: &str) {
        self.triage.chosen.remove(question);
    }

    /// Sets the error code typed as a triage answer (trimmed, cut to [`MAX_CODE_CHARS`]).
    pub fn set_triage_code(&mut self, code: &str) {
        self.triage.code = capped(code.trim().to_owned(), MAX_CODE_CHARS);
    }

    /// Forgets every triage answer.
    pub fn clear_triage(&mut self) {
        self.triage = TriageAnswers::default();
    }

    /// The category whose checklist is shown.
    pub fn selected(&self) -> Category {
        self.selected
    }

    /// Shows another category's checklist (nothing else changes).
    pub fn select(&mut self, category: Category) {
        self.selected = category;
    }

    /// When the session started.
    pub fn started_at(&self) -> Timestamp {
        self.started_at
    }

    /// The state of a step (not started when untouched).
    pub fn state(&self, step: &StepId) -> StepState {
        self.steps.get(step).map(|r| r.state).unwrap_or_default()
    }

    /// The record of a touched step.
    pub fn record(&self, step: &StepId) -> Option<&StepRecord> {
        self.steps.get(step)
    }

    /// Every touched step's record, by id.
    pub fn records(&self) -> impl Iterator<Item = (&StepId, &StepRecord)> {
        self.steps.iter()
    }

    /// Sets a step's state at `now` (a state that takes no detail clears the detail).
    pub fn set_state(&mut self, step: &StepId, state: StepState, now: Timestamp) {
        let record = self.steps.entry(step.clone()).or_insert_with(|| blank(now));
        change_state(record, state, None, now);
        self.forget_if_untouched(step);
    }

    /// Sets a step's outcome and its detail (whom it was escalated to, what the caller was
    /// told) at `now`.
    pub fn set_outcome(&mut self, step: &StepId, state: StepState, detail: String, now: Timestamp) {
        let record = self.steps.entry(step.clone()).or_insert_with(|| blank(now));
        change_state(record, state, Some(detail), now);
        self.forget_if_untouched(step);
    }

    /// The checkbox: done ↔ not started (a failed or n/a step becomes done).
    pub fn toggle_done(&mut self, step: &StepId, now: Timestamp) {
        let next = if self.state(step) == StepState::Done {
            StepState::NotStarted
        } else {
            StepState::Done
        };
        self.set_state(step, next, now);
    }

    /// A step's note (empty when none).
    pub fn step_note(&self, step: &StepId) -> &str {
        self.steps.get(step).map_or("", |r| r.note.as_str())
    }

    /// Replaces a step's note at `now`.
    pub fn set_step_note(&mut self, step: &StepId, note: String, now: Timestamp) {
        let record = self.steps.entry(step.clone()).or_insert_with(|| blank(now));
        if record.note != note {
            record.note = note;
            record.changed_at = now;
        }
        self.forget_if_untouched(step);
    }

    fn forget_if_untouched(&mut self, step: &StepId) {
        if self
            .steps
            .get(step)
            .is_some_and(|r| r.state == StepState::NotStarted && r.note.is_empty() && r.detail.is_empty())
        {
            self.steps.remove(step);
        }
    }

    /// Records that the agent opened a catalogue entry (once per entry; the first time counts).
    pub fn read_entry(&mut self, entry: &EntryId, now: Timestamp) {
        if !self.entries.iter().any(|r| &r.entry == entry) {
            self.entries.push(EntryRecord {
                entry: entry.clone(),
                opened_at: now,
                record: blank(now),
            });
        }
    }

    /// The catalogue entries the agent read, in the order first read.
    pub fn entries(&self) -> &[EntryRecord] {
        &self.entries
    }

    /// What the agent recorded for an entry they read.
    pub fn entry_record(&self, entry: &EntryId) -> Option<&StepRecord> {
        self.entries.iter().find(|r| &r.entry == entry).map(|r| &r.record)
    }

    /// Sets the outcome of a catalogue entry (recording it as read if it was not) at `now`.
    pub fn set_entry_outcome(&mut self, entry: &EntryId, state: StepState, detail: String, now: Timestamp) {
        self.read_entry(entry, now);
        if let Some(r) = self.entries.iter_mut().find(|r| &r.entry == entry) {
            change_state(&mut r.record, state, Some(detail), now);
        }
    }

    /// Replaces the note on a catalogue entry (recording it as read if it was not) at `now`.
    pub fn set_entry_note(&mut self, entry: &EntryId, note: String, now: Timestamp) {
        self.read_entry(entry, now);
        if let Some(r) = self.entries.iter_mut().find(|r| &r.entry == entry)
            && r.record.note != note
        {
            r.record.note = note;
            r.record.changed_at = now;
        }
    }

    /// Whether the step is done.
    pub fn is_done(&self, step: &StepId) -> bool {
        self.state(step) == StepState::Done
    }

    /// (resolved steps — done or not applicable —, all steps) of a checklist.
    pub fn progress(&self, checklist: &Checklist) -> (usize, usize) {
        let done = checklist.steps.iter().filter(|s| self.state(&s.id).is_resolved()).count();
        (done, checklist.steps.len())
    }

    /// Clears every step's state, keeping notes (an agent's words are never dropped by
    /// "Reset checklist"); the open category stays.
    pub fn clear_states(&mut self, now: Timestamp) {
        let ids: Vec<StepId> = self.steps.keys().cloned().collect();
        for id in ids {
            self.set_state(&id, StepState::NotStarted, now);
        }
    }

    /// Number of steps that are not in the "not started" state.
    pub fn ticked_count(&self) -> usize {
        self.steps.values().filter(|r| r.state != StepState::NotStarted).count()
    }

    /// Records that a link was given to the caller (once per link).
    pub fn give_link(&mut self, link: &LinkId, now: Timestamp) {
        if !self.links_given.iter().any(|g| &g.link == link) {
            self.links_given.push(GivenLink {
                link: link.clone(),
                at: now,
            });
        }
    }

    /// Links given to the caller, in order.
    pub fn links_given(&self) -> &[GivenLink] {
        &self.links_given
    }

    /// Adds a line derived from decoded evidence (once; at most [`MAX_DECODED_LINES`], each cut
    /// to [`MAX_DECODED_CHARS`]); returns whether it was added. A line that extends one already
    /// there (the same attempt, now with the user's name) replaces it instead.
    pub fn add_decoded_line(&mut self, line: String) -> bool {
        let line = capped(line.trim().to_owned(), MAX_DECODED_CHARS);
        if line.is_empty() || self.decoded.contains(&line) {
            return false;
        }
        if let Some(shorter) = self.decoded.iter_mut().find(|old| extends(&line, old)) {
            *shorter = line;
            return true;
        }
        if self.decoded.len() >= MAX_DECODED_LINES {
            return false;
        }
        self.decoded.push(line);
        true
    }

    /// The decoded-evidence lines added to the ticket, in order.
    pub fn decoded_lines(&self) -> &[String] {
        &self.decoded
    }

    /// Whether `line` is in the ticket, as it is or extended (with the user's name).
    pub fn has_decoded_line(&self, line: &str) -> bool {
        let line = line.trim();
        self.decoded.iter().any(|old| old == line || extends(old, line))
    }

    /// Cuts the ticket reference and notes to their limits (a session file edited by hand, or
    /// written by an older version, may hold more); returns whether anything was cut.
    pub fn enforce_limits(&mut self) -> bool {
        let mut cut = self.decoded.len() > MAX_DECODED_LINES;
        self.decoded.truncate(MAX_DECODED_LINES);
        let mut cap = |text: &mut String, max: usize| {
            if text.chars().count() > max {
                *text = capped(std::mem::take(text), max);
                cut = true;
            }
        };
        cap(&mut self.ticket, MAX_TICKET_CHARS);
        cap(&mut self.note, MAX_NOTE_CHARS);
        cap(&mut self.affected_user, MAX_USER_CHARS);
        cap(&mut self.triage.code, MAX_CODE_CHARS);
        for record in self.steps.values_mut().chain(self.entries.iter_mut().map(|r| &mut r.record)) {
            cap(&mut record.note, MAX_NOTE_CHARS);
            cap(&mut record.detail, MAX_DETAIL_CHARS);
        }
        for line in &mut self.decoded {
            cap(line, MAX_DECODED_CHARS);
        }
        cut
    }

    /// Whether the agent has recorded anything worth keeping.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
            && self.note.is_empty()
            && self.ticket.is_empty()
            && self.links_given.is_empty()
            && self.affected_user.is_empty()
            && self.entries.is_empty()
            && self.triage.is_empty()
            && self.decoded.is_empty()
    }
}

/// A record with nothing in it yet.
fn blank(now: Timestamp) -> StepRecord {
    StepRecord {
        state: StepState::NotStarted,
        changed_at: now,
        note: String::new(),
        detail: String::new(),
    }
}

/// Moves a record to `state`; `detail` replaces the detail when given. A state that takes no
/// detail drops it, so "escalated to AD team" does not linger on a step later marked done.
fn change_state(record: &mut StepRecord, state: StepState, detail: Option<String>, now: Timestamp) {
    let detail = if state.takes_detail() {
        detail.unwrap_or_else(|| record.detail.clone()).trim().to_owned()
    } else {
        String::new()
    };
    if record.state != state || record.detail != detail {
        record.state = state;
        record.detail = capped(detail, MAX_DETAIL_CHARS);
        record.changed_at = now;
    }
}

/// Whether `longer` is `shorter` with more parts after it, after a list separator (", user
/// …", "，用户 …"); not another line that merely starts the same way ("line 10" does not
/// extend "line 1").
fn extends(longer: &str, shorter: &str) -> bool {
    longer
        .strip_prefix(shorter)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace())
}

#[cfg(test)]
mod tests;

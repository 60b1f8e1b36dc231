//! The agent's working session on one call: the open category, each touched step's state, time
//! and note, the session note, the ticket reference, the caller's language and the links given
//! to the caller. Pure data with pure methods; times come from an injected clock.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::model::category::Category;
use crate::model::language::Language;
use crate::model::playbook::{Checklist, LinkId, StepId};

/// Longest ticket reference kept, in characters.
pub const MAX_TICKET_CHARS: usize = 200;
/// Longest note (per step, or for the session) kept, in characters. Far more than a call
/// needs, and small enough that drawing it stays cheap.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// `text` cut to at most `max` characters (on a character boundary).
pub fn capped(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => text[..cut].to_owned(),
        None => text,
    }
}

/// Where a step stands.
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
}

impl StepState {
    /// All states, in display order.
    pub const ALL: [StepState; 4] = [StepState::NotStarted, StepState::Done, StepState::NotApplicable, StepState::Failed];

    /// Stable id, also the Fluent message `state-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            StepState::NotStarted => "not-started",
            StepState::Done => "done",
            StepState::NotApplicable => "not-applicable",
            StepState::Failed => "failed",
        }
    }

    /// Fluent message id of the state's label.
    pub fn message_id(self) -> String {
        format!("state-{}", self.id())
    }

    /// Whether the step is dealt with (done or not applicable) for the progress count.
    pub fn is_resolved(self) -> bool {
        matches!(self, StepState::Done | StepState::NotApplicable)
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
        }
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

    /// Sets a step's state at `now`.
    pub fn set_state(&mut self, step: &StepId, state: StepState, now: Timestamp) {
        let record = self.steps.entry(step.clone()).or_insert_with(|| StepRecord {
            state: StepState::NotStarted,
            changed_at: now,
            note: String::new(),
        });
        if record.state != state {
            record.state = state;
            record.changed_at = now;
        }
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
        let record = self.steps.entry(step.clone()).or_insert_with(|| StepRecord {
            state: StepState::NotStarted,
            changed_at: now,
            note: String::new(),
        });
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
            .is_some_and(|r| r.state == StepState::NotStarted && r.note.is_empty())
        {
            self.steps.remove(step);
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

    /// Cuts the ticket reference and notes to their limits (a session file edited by hand, or
    /// written by an older version, may hold more); returns whether anything was cut.
    pub fn enforce_limits(&mut self) -> bool {
        let mut cut = false;
        let mut cap = |text: &mut String, max: usize| {
            if text.chars().count() > max {
                *text = capped(std::mem::take(text), max);
                cut = true;
            }
        };
        cap(&mut self.ticket, MAX_TICKET_CHARS);
        cap(&mut self.note, MAX_NOTE_CHARS);
        for record in self.steps.values_mut() {
            cap(&mut record.note, MAX_NOTE_CHARS);
        }
        cut
    }

    /// Whether the agent has recorded anything worth keeping.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty() && self.note.is_empty() && self.ticket.is_empty() && self.links_given.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::playbook::{Actor, Step};

    fn checklist() -> Checklist {
        let step = |id: &str| Step {
            id: StepId::new(id),
            category: Category::Policy,
            actors: vec![Actor::Helpdesk],
            source: None,
            links: vec![],
            uncertain: false,
            caller_link: None,
            from_pack: false,
        };
        Checklist {
            category: Category::Policy,
            steps: vec![step("policy-a"), step("policy-b"), step("policy-c")],
        }
    }

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + seconds).unwrap()
    }

    #[test]
    fn states_count_toward_progress_and_remember_their_time() {
        let mut session = Session::default();
        let list = checklist();
        let (a, b, c) = (StepId::new("policy-a"), StepId::new("policy-b"), StepId::new("policy-c"));
        session.toggle_done(&a, at(1));
        session.set_state(&b, StepState::NotApplicable, at(2));
        session.set_state(&c, StepState::Failed, at(3));
        assert_eq!(session.progress(&list), (2, 3));
        assert_eq!(session.record(&b).unwrap().changed_at, at(2));
        session.toggle_done(&a, at(4));
        assert_eq!(session.state(&a), StepState::NotStarted);
        assert!(session.record(&a).is_none(), "an untouched step leaves no record");
        assert_eq!(session.ticked_count(), 2);
    }

    #[test]
    fn clearing_states_keeps_notes() {
        let mut session = Session::default();
        let a = StepId::new("policy-a");
        session.set_step_note(&a, "user is in the wrong group".to_owned(), at(1));
        session.toggle_done(&a, at(2));
        session.clear_states(at(3));
        assert_eq!(session.state(&a), StepState::NotStarted);
        assert_eq!(session.step_note(&a), "user is in the wrong group");
        assert_eq!(session.ticked_count(), 0);
    }

    #[test]
    fn links_given_are_recorded_once_in_order() {
        let mut session = Session::default();
        session.give_link(&LinkId::new("reset-portal"), at(1));
        session.give_link(&LinkId::new("register-sspr"), at(2));
        session.give_link(&LinkId::new("reset-portal"), at(3));
        let given: Vec<&str> = session.links_given().iter().map(|g| g.link.as_str()).collect();
        assert_eq!(given, ["reset-portal", "register-sspr"]);
    }

    #[test]
    fn round_trips_through_json_and_tolerates_unknown_fields() {
        let mut session = Session::new(Category::Errors, Language::ZhCn, at(0));
        session.ticket = "INC-42".to_owned();
        session.set_state(&StepId::new("errors-x"), StepState::Failed, at(5));
        let json = serde_json::to_string(&session).unwrap();
        let back: Session = serde_json::from_str(&json).unwrap();
        assert_eq!(back, session);
        let with_extra = json.replacen('{', "{\"from_the_future\": 1, ", 1);
        assert_eq!(serde_json::from_str::<Session>(&with_extra).unwrap(), session);
        let partial: Session = serde_json::from_str("{\"ticket\": \"T-1\"}").unwrap();
        assert_eq!(partial.ticket, "T-1");
    }
}

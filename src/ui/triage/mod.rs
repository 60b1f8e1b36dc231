//! "Start here": the triage view (one question at a time, the answers given above it, the
//! steps and entries that fit below), its actions, and the "This caller only" filter state the
//! checklists read. The questions are content (`model::triage`); this module only draws them
//! and turns clicks into [`TriageAction`]s, applied in `apply.rs` (through `Action::Triage`) like every other action.

mod apply;
mod pane;

pub use pane::{filter_bar_ui, triage_pane_ui};

use crate::model::triage::Found;

/// What the agent asks of the "Start here" view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TriageAction {
    /// Show "Start here" (sidebar entry, shortcut 0).
    Open,
    /// Answer a question (question id, answer id).
    Answer(String, String),
    /// Ask a question again: its answer is taken back (answers after it are kept and count
    /// again once the path reaches them).
    Change(String),
    /// The code field's text changed.
    SetCode(String),
    /// Record the typed code as the answer and open its catalogue entry.
    LookUpCode,
    /// The caller has error text to paste. Hook for the decoder: until the Decode pane exists
    /// this records the answer and puts the cursor in search.
    Evidence,
    /// Copy a question's `.caller` wording in the caller's language.
    CopyForCaller(String),
    /// Show every result, or the top ones only.
    ShowMore(bool),
    /// Forget every answer.
    Clear,
    /// "This caller only" on the checklists on or off.
    SetCallerOnly(bool),
    /// Open a result: the step in its checklist, or the entry in the catalogue.
    OpenFound(Found),
}

/// The view's own state (not saved: the answers are, in the session).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriageUi {
    /// "Start here" is shown instead of a checklist.
    pub open: bool,
    /// Every result is listed, not only the top five.
    pub show_more: bool,
    /// The code field's text, before "Look up".
    pub code: String,
    /// The last code looked up found no entry.
    pub code_not_found: bool,
    /// "This caller only": the checklists hide the steps the answers rule out.
    pub caller_only: bool,
}

impl Default for TriageUi {
    fn default() -> Self {
        Self {
            open: true,
            show_more: false,
            code: String::new(),
            code_not_found: false,
            caller_only: true,
        }
    }
}

impl TriageUi {
    /// The state for a new call: "Start here" open, filters back on.
    pub fn new_call() -> Self {
        Self::default()
    }
}

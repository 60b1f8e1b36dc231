//! The agent's working session: which category is open and which steps are ticked.

use std::collections::BTreeSet;

use crate::model::category::Category;
use crate::model::playbook::{Checklist, StepId};

/// What the agent has done on the current call. Pure data with pure methods.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    selected: Category,
    ticked: BTreeSet<StepId>,
}

impl Default for Session {
    fn default() -> Self {
        Self::new(Category::ALL[0])
    }
}

impl Session {
    /// A fresh session showing `selected`.
    pub fn new(selected: Category) -> Self {
        Self {
            selected,
            ticked: BTreeSet::new(),
        }
    }

    /// The category whose checklist is shown.
    pub fn selected(&self) -> Category {
        self.selected
    }

    /// Shows another category's checklist (ticks are kept).
    pub fn select(&mut self, category: Category) {
        self.selected = category;
    }

    /// Ticks the step if it was not ticked, and unticks it otherwise.
    pub fn toggle_step(&mut self, step: &StepId) {
        if !self.ticked.remove(step) {
            self.ticked.insert(step.clone());
        }
    }

    /// Whether the step is ticked.
    pub fn is_done(&self, step: &StepId) -> bool {
        self.ticked.contains(step)
    }

    /// (ticked steps, all steps) of a checklist.
    pub fn progress(&self, checklist: &Checklist) -> (usize, usize) {
        let done = checklist.steps.iter().filter(|s| self.is_done(&s.id)).count();
        (done, checklist.steps.len())
    }

    /// Clears every tick; the open category stays.
    pub fn clear_ticks(&mut self) {
        self.ticked.clear();
    }

    /// Number of ticked steps across all categories.
    pub fn ticked_count(&self) -> usize {
        self.ticked.len()
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
        };
        Checklist {
            category: Category::Policy,
            steps: vec![step("policy-a"), step("policy-b")],
        }
    }

    #[test]
    fn toggling_counts_progress_and_clear_resets() {
        let mut session = Session::default();
        let list = checklist();
        assert_eq!(session.progress(&list), (0, 2));
        session.toggle_step(&StepId::new("policy-a"));
        assert_eq!(session.progress(&list), (1, 2));
        session.toggle_step(&StepId::new("policy-a"));
        assert_eq!(session.progress(&list), (0, 2));
        session.toggle_step(&StepId::new("policy-b"));
        session.select(Category::Errors);
        assert_eq!(session.selected(), Category::Errors);
        session.clear_ticks();
        assert_eq!(session.progress(&list), (0, 2));
        assert_eq!(session.selected(), Category::Errors);
    }
}

//! The outcome of a call, as the ticket summary leads with it: which records say what happened
//! (escalations first, then what the caller was told, then what resolved it), and which step a
//! tier-1 agent takes first on any error. Pure rules over a [`Session`].

use crate::model::catalogue::EntryId;
use crate::model::playbook::StepId;
use crate::model::session::{Session, StepRecord, StepState};

/// The step tier 1 takes first on any error: collect the exact error details (support code,
/// time with time zone, user, user type, admin role). Offered above a catalogue entry opened
/// from search, where it would otherwise be skipped.
pub const FIRST_ERROR_STEP: &str = "errors-collect-details";

/// What a record is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A checklist step.
    Step(StepId),
    /// A catalogue entry the agent read.
    Entry(EntryId),
}

/// One line of the call's outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lead {
    /// What the line is about.
    pub subject: Subject,
    /// The outcome recorded.
    pub state: StepState,
    /// Whom it was escalated to, or what the caller was told (may be empty).
    pub detail: String,
}

/// Rank of an outcome in the lead: lower comes first; `None` when it does not say how the call
/// ended (checked, not applicable, untouched).
fn rank(state: StepState) -> Option<u8> {
    match state {
        StepState::Escalated => Some(0),
        StepState::UserTold => Some(1),
        StepState::Resolved => Some(2),
        StepState::Failed => Some(3),
        StepState::NotStarted | StepState::Done | StepState::NotApplicable => None,
    }
}

/// The lines the summary leads with: every escalation, then every instruction given to the
/// caller, then what resolved the call; when none of these was recorded, the problems found.
/// Catalogue entries (the error the caller saw) come before steps within the same outcome.
pub fn call_outcome(session: &Session) -> Vec<Lead> {
    let entries = session.entries().iter().map(|r| (Subject::Entry(r.entry.clone()), &r.record));
    let steps = session.records().map(|(id, r)| (Subject::Step(id.clone()), r));
    let mut leads: Vec<(u8, usize, Lead)> = entries
        .chain(steps)
        .enumerate()
        .filter_map(|(order, (subject, record)): (usize, (Subject, &StepRecord))| {
            rank(record.state).map(|rank| {
                (
                    rank,
                    order,
                    Lead {
                        subject,
                        state: record.state,
                        detail: record.detail.clone(),
                    },
                )
            })
        })
        .collect();
    leads.sort_by_key(|(rank, order, _)| (*rank, *order));
    let decisive = leads.iter().any(|(rank, ..)| *rank < 3);
    leads
        .into_iter()
        .filter(|(rank, ..)| !decisive || *rank < 3)
        .map(|(.., lead)| lead)
        .collect()
}

/// Whether to offer the first error step above an entry: the agent reached the entry straight
/// from search and has not dealt with that step yet.
pub fn offer_first_error_step(session: &Session, opened_from_search: bool) -> bool {
    opened_from_search && session.state(&StepId::new(FIRST_ERROR_STEP)) == StepState::NotStarted
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + seconds).unwrap()
    }

    #[test]
    fn the_outcome_leads_with_escalations_then_instructions_then_resolutions() {
        let mut session = Session::default();
        session.set_state(&StepId::new("errors-collect-details"), StepState::Done, at(1));
        session.set_state(&StepId::new("errors-sspr-0029"), StepState::Failed, at(2));
        session.set_outcome(
            &StepId::new("errors-code-expired"),
            StepState::UserTold,
            "restart the reset".into(),
            at(3),
        );
        session.set_entry_outcome(&EntryId::new("sspr-0029"), StepState::Escalated, "AD team".into(), at(4));
        let lead = call_outcome(&session);
        assert_eq!(
            lead,
            [
                Lead {
                    subject: Subject::Entry(EntryId::new("sspr-0029")),
                    state: StepState::Escalated,
                    detail: "AD team".into()
                },
                Lead {
                    subject: Subject::Step(StepId::new("errors-code-expired")),
                    state: StepState::UserTold,
                    detail: "restart the reset".into()
                },
            ]
        );
    }

    #[test]
    fn without_a_decision_the_problems_found_lead_and_checks_alone_lead_nothing() {
        let mut session = Session::default();
        session.set_state(&StepId::new("errors-collect-details"), StepState::Done, at(1));
        assert!(call_outcome(&session).is_empty());
        session.set_state(&StepId::new("errors-sspr-0029"), StepState::Failed, at(2));
        assert_eq!(call_outcome(&session).len(), 1);
        assert_eq!(call_outcome(&session)[0].state, StepState::Failed);
    }

    #[test]
    fn the_first_error_step_is_offered_from_search_until_it_is_dealt_with() {
        let mut session = Session::default();
        assert!(offer_first_error_step(&session, true));
        assert!(!offer_first_error_step(&session, false));
        session.set_state(&StepId::new(FIRST_ERROR_STEP), StepState::Done, at(1));
        assert!(!offer_first_error_step(&session, true));
    }
}

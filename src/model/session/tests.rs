//! Unit tests of the session model.

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

#[test]
fn an_escalation_keeps_whom_it_went_to_and_loses_it_when_marked_otherwise() {
    let mut session = Session::default();
    let step = StepId::new("errors-sspr-0029");
    session.set_outcome(&step, StepState::Escalated, "  AD team ".to_owned(), at(1));
    assert_eq!(session.record(&step).unwrap().detail, "AD team");
    assert!(StepState::Escalated.is_resolved(), "an escalated step is dealt with for tier 1");
    session.set_state(&step, StepState::Done, at(2));
    assert_eq!(session.record(&step).unwrap().detail, "");
    session.set_state(&step, StepState::NotStarted, at(3));
    assert!(session.record(&step).is_none());
}

#[test]
fn entries_read_are_recorded_once_and_take_outcomes_and_notes() {
    let mut session = Session::default();
    let (a, b) = (EntryId::new("sspr-0029"), EntryId::new("sspr-0014"));
    session.read_entry(&a, at(1));
    session.read_entry(&b, at(2));
    session.read_entry(&a, at(3));
    assert_eq!(
        session.entries().iter().map(|r| r.entry.as_str()).collect::<Vec<_>>(),
        ["sspr-0029", "sspr-0014"]
    );
    assert_eq!(session.entries()[0].opened_at, at(1));
    session.set_entry_outcome(&a, StepState::Escalated, "AD team".to_owned(), at(4));
    session.set_entry_note(&a, "MSOL_ lacks rights".to_owned(), at(5));
    let record = session.entry_record(&a).unwrap();
    assert_eq!(
        (record.state, record.detail.as_str(), record.note.as_str()),
        (StepState::Escalated, "AD team", "MSOL_ lacks rights")
    );
    assert!(!session.is_empty());
    let json = serde_json::to_string(&session).unwrap();
    assert_eq!(serde_json::from_str::<Session>(&json).unwrap(), session);
}

#[test]
fn the_affected_user_is_capped_and_counts_as_something_to_keep() {
    let mut session = Session {
        affected_user: "a".repeat(MAX_USER_CHARS + 5),
        ..Session::default()
    };
    assert!(!session.is_empty());
    assert!(session.enforce_limits());
    assert_eq!(session.affected_user.chars().count(), MAX_USER_CHARS);
}

#[test]
fn decoded_lines_are_kept_once_in_order_within_their_limits() {
    let mut session = Session::default();
    assert!(session.add_decoded_line(" Decoded: Failed, correlation ID 1 ".to_owned()));
    assert!(!session.add_decoded_line("Decoded: Failed, correlation ID 1".to_owned()));
    assert!(!session.add_decoded_line("   ".to_owned()));
    // The same line with the user's name replaces it.
    assert!(session.add_decoded_line("Decoded: Failed, correlation ID 1, user a@b".to_owned()));
    assert_eq!(session.decoded_lines(), ["Decoded: Failed, correlation ID 1, user a@b"]);
    assert!(session.has_decoded_line("Decoded: Failed, correlation ID 1"));
    assert!(!session.has_decoded_line("Decoded: Failed, correlation ID"));
    assert!(session.add_decoded_line("x".repeat(MAX_DECODED_CHARS + 9)));
    assert_eq!(session.decoded_lines()[0], "Decoded: Failed, correlation ID 1, user a@b");
    assert_eq!(session.decoded_lines()[1].chars().count(), MAX_DECODED_CHARS);
    assert!(!session.is_empty());
    for n in 0..MAX_DECODED_LINES {
        session.add_decoded_line(format!("line {n}"));
    }
    assert_eq!(session.decoded_lines().len(), MAX_DECODED_LINES);
    let json = serde_json::to_string(&session).unwrap();
    assert_eq!(serde_json::from_str::<Session>(&json).unwrap(), session);
    let mut edited: Session = serde_json::from_str(&json.replacen("\"decoded\":[", "\"decoded\":[\"extra\",", 1)).unwrap();
    assert!(edited.enforce_limits());
    assert_eq!(edited.decoded_lines().len(), MAX_DECODED_LINES);
}

//! One test per validation rule, on small triage files, plus the path and ranking rules.

use super::*;
use crate::model::playbook::{Audience, Link};

struct Fixture {
    steps: BTreeSet<StepId>,
    entries: BTreeSet<EntryId>,
    links: BTreeMap<LinkId, Link>,
}

fn fixture() -> Fixture {
    let link = |id: &str, audience| {
        (
            LinkId::new(id),
            Link {
                id: LinkId::new(id),
                url: crate::model::links::AllowedUrl::parse("https://learn.microsoft.com/").unwrap(),
                audience,
                uncertain: false,
                page_date: None,
                checked: None,
                page_date_uncertain: false,
            },
        )
    };
    Fixture {
        steps: ["errors-a", "errors-b", "policy-c"].into_iter().map(StepId::new).collect(),
        entries: ["sspr-0029"].into_iter().map(EntryId::new).collect(),
        links: [link("docs", Audience::Docs), link("admin-center", Audience::Admin)]
            .into_iter()
            .collect(),
    }
}

fn load(text: &str) -> TriageState {
    let f = fixture();
    let known = Known {
        steps: &f.steps,
        entries: &f.entries,
        links: &f.links,
    };
    load_triage("t.toml", text, &known)
}

const GOOD: &str = r#"start = "goal"

[[question]]
id = "goal"
asker = "caller"
source = "docs"
next = "synced"

[[question.answer]]
id = "reset"
targets = [{ step = "errors-a", weight = 3 }, { entry = "sspr-0029", weight = 2 }]

[[question.answer]]
id = "configure"
next = "synced"
targets = [{ category = "policy", weight = 1 }]

[[question.answer]]
id = "dont-know"
targets = [{ step = "errors-b", weight = 1 }]

[[question]]
id = "synced"
asker = "agent"
source = "docs"
find_out = "admin-center"

[[question.answer]]
id = "cloud-only"
targets = [{ step = "errors-b", weight = 5 }]
rules_out = ["errors-a"]

[[question.answer]]
id = "dont-know"
"#;

fn messages(state: &TriageState) -> Vec<String> {
    state.problems.iter().map(ToString::to_string).collect()
}

#[test]
fn a_good_file_loads_with_no_problem() {
    let state = load(GOOD);
    assert!(state.problems.is_empty(), "{:?}", messages(&state));
    let triage = state.triage.unwrap();
    assert_eq!(triage.questions.len(), 2);
    assert_eq!(triage.questions[1].asker, Asker::Agent);
    assert_eq!(triage.questions[0].answers[2].kind, AnswerKind::DontKnow);
}

#[test]
fn a_toml_error_leaves_triage_unavailable_with_its_line() {
    let state = load("start = \"goal\"\n[[question]\n");
    assert!(state.triage.is_none());
    assert_eq!(state.problems[0].line, Some(2), "{:?}", messages(&state));
}

#[test]
fn an_unknown_step_is_named_with_a_did_you_mean_and_its_line() {
    let state = load(&GOOD.replace("{ step = \"errors-a\", weight = 3 }", "{ step = \"errors-aa\", weight = 3 }"));
    assert!(state.triage.is_none());
    let m = messages(&state);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(m[0].starts_with("t.toml:11:"), "{m:?}");
    assert!(
        m[0].contains("unknown step \"errors-aa\"") && m[0].contains("did you mean \"errors-a\""),
        "{m:?}"
    );
}

#[test]
fn an_unknown_entry_category_and_ruled_out_step_are_each_reported() {
    let text = GOOD
        .replace("entry = \"sspr-0029\"", "entry = \"sspr-029\"")
        .replace("category = \"policy\"", "category = \"polcy\"")
        .replace("rules_out = [\"errors-a\"]", "rules_out = [\"errors-z\"]");
    let m = messages(&load(&text));
    assert_eq!(m.len(), 3, "{m:?}");
    assert!(m[0].contains("unknown catalogue entry \"sspr-029\""), "{m:?}");
    assert!(m[1].contains("unknown category \"polcy\""), "{m:?}");
    assert!(m[2].contains("rules_out names unknown step \"errors-z\""), "{m:?}");
}

#[test]
fn a_question_without_i_dont_know_is_refused() {
    let text = GOOD.replace("[[question.answer]]\nid = \"dont-know\"\n\"#", "");
    let text = text.trim_end_matches("[[question.answer]]\nid = \"dont-know\"\n");
    let m = messages(&load(text));
    assert!(
        m.iter().any(|m| m.contains("question \"synced\" has no \"I don't know\" answer")),
        "{m:?}"
    );
}

#[test]
fn a_loop_is_refused_with_the_questions_it_goes_through() {
    let text = GOOD.replace("id = \"cloud-only\"\n", "id = \"cloud-only\"\nnext = \"goal\"\n");
    let state = load(&text);
    assert!(state.triage.is_none());
    let m = messages(&state);
    assert!(m.iter().any(|m| m.contains("the questions loop: goal → synced → goal")), "{m:?}");
}

#[test]
fn an_unreachable_question_is_refused() {
    let text = GOOD.replace(
        "next = \"synced\"\n\n[[question.answer]]\nid = \"reset\"",
        "\n[[question.answer]]\nid = \"reset\"",
    );
    let text = text.replace("id = \"configure\"\nnext = \"synced\"", "id = \"configure\"");
    let m = messages(&load(&text));
    assert!(
        m.iter().any(|m| m.contains("question \"synced\" cannot be reached from the start")),
        "{m:?}"
    );
}

#[test]
fn a_path_without_any_target_is_refused() {
    let text = GOOD.replace(
        "id = \"dont-know\"\ntargets = [{ step = \"errors-b\", weight = 1 }]",
        "id = \"dont-know\"",
    );
    let m = messages(&load(&text));
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].contains("a path ends without any step, entry or category: goal = dont-know, synced = dont-know"),
        "{m:?}"
    );
}

#[test]
fn an_unknown_next_question_is_named_with_a_did_you_mean() {
    let m = messages(&load(&GOOD.replace(
        "next = \"synced\"\n\n[[question.answer]]\nid = \"reset\"",
        "next = \"syncd\"\n\n[[question.answer]]\nid = \"reset\"",
    )));
    assert!(
        m.iter()
            .any(|m| m.contains("unknown question \"syncd\"") && m.contains("did you mean \"synced\"")),
        "{m:?}"
    );
}

#[test]
fn an_agent_question_needs_an_admin_find_out_link() {
    let m = messages(&load(&GOOD.replace("find_out = \"admin-center\"\n", "")));
    assert!(m.iter().any(|m| m.contains("has no find_out link")), "{m:?}");
    let m = messages(&load(&GOOD.replace("find_out = \"admin-center\"", "find_out = \"docs\"")));
    assert!(m.iter().any(|m| m.contains("find_out must be an admin page")), "{m:?}");
}

#[test]
fn weights_out_of_range_and_targets_naming_two_things_are_refused() {
    let m = messages(&load(&GOOD.replace("weight = 5 }", "weight = 11 }")));
    assert!(m.iter().any(|m| m.contains("weight 11 is out of range")), "{m:?}");
    let m = messages(&load(&GOOD.replace(
        "{ step = \"errors-b\", weight = 5 }",
        "{ step = \"errors-b\", entry = \"sspr-0029\", weight = 5 }",
    )));
    assert!(m.iter().any(|m| m.contains("exactly one of step, entry or category")), "{m:?}");
}

#[test]
fn the_path_follows_the_answers_and_stops_at_the_first_unanswered_question() {
    let triage = load(GOOD).triage.unwrap();
    let mut answers = TriageAnswers::default();
    assert_eq!(triage.current(&answers).map(|q| q.id.as_str()), Some("goal"));
    answers.chosen.insert("goal".into(), "reset".into());
    assert_eq!(triage.current(&answers).map(|q| q.id.as_str()), Some("synced"));
    answers.chosen.insert("synced".into(), "cloud-only".into());
    assert!(triage.current(&answers).is_none());
    assert_eq!(triage.given(&answers).len(), 2);
}

#[test]
fn a_ruled_out_step_leaves_the_result_and_weights_add_up() {
    let mut triage = load(GOOD).triage.unwrap();
    // The playbook holds none of the fixture's steps: rank on a playbook made for it.
    let (playbook, _) = crate::model::playbook::Playbook::builtin();
    for q in &mut triage.questions {
        for a in &mut q.answers {
            for t in &mut a.targets {
                if let TargetRef::Step(id) = &t.to {
                    t.to = TargetRef::Step(StepId::new(if id.as_str() == "errors-a" {
                        "errors-sspr-0029"
                    } else {
                        "errors-sspr-0030"
                    }));
                }
            }
            for r in &mut a.rules_out {
                *r = StepId::new("errors-sspr-0029");
            }
        }
    }
    let mut answers = TriageAnswers::default();
    answers.chosen.insert("goal".into(), "reset".into());
    let ranked = triage.rank(&playbook, &answers, &[]);
    assert_eq!(ranked[0].found, Found::Step(StepId::new("errors-sspr-0029")));
    assert_eq!(ranked[0].score, 3);
    answers.chosen.insert("synced".into(), "cloud-only".into());
    let ranked = triage.rank(&playbook, &answers, &[]);
    assert!(
        ranked.iter().all(|r| r.found != Found::Step(StepId::new("errors-sspr-0029"))),
        "{ranked:?}"
    );
    assert_eq!(ranked[0].found, Found::Step(StepId::new("errors-sspr-0030")));
    assert_eq!(
        ranked[0].because,
        vec![Reason {
            question: "synced".into(),
            answer: "cloud-only".into()
        }]
    );
}

#[test]
fn the_built_in_triage_loads_without_problems() {
    let (playbook, _) = crate::model::playbook::Playbook::builtin();
    assert!(
        playbook.triage_state().problems.is_empty(),
        "{:?}",
        playbook.triage_state().problems
    );
    assert!(playbook.triage().is_some());
}

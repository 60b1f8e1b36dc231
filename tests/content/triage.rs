//! The triage measured against the cases: for every case in `tests/fixtures/cases.json`, the
//! answers an agent would give (its `answers` field, written for this test) must put a step or
//! entry holding at least half of the case's `expected_terms` (the search test's rule) in the
//! triage's top five. The validator's broken fixtures are checked here too.

use serde::Deserialize;
use sspr_helpdesk::commands::Searchable;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::triage::{Found, TOP_RESULTS, TriageAnswers};
use sspr_helpdesk::search::{Target, lookup_all, target_text};

#[derive(Deserialize)]
struct Case {
    id: String,
    expected_terms: Vec<String>,
    answers: TriageAnswers,
}

fn target(found: &Found) -> Target {
    match found {
        Found::Step(id) => Target::Step(id.clone()),
        Found::Entry(id) => Target::Entry(id.clone()),
    }
}

#[test]
fn every_case_s_answers_put_a_matching_step_or_entry_in_the_triage_top_five() {
    let content = Searchable::builtin(Language::EnUs);
    let triage = content.playbook.triage().expect("the built-in triage loads");
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cases.json")).unwrap();
    let cases: Vec<Case> = serde_json::from_str(&text).unwrap();
    assert_eq!(cases.len(), 44);
    let mut failures = Vec::new();
    for case in &cases {
        // Every answer names a question on the path and one of its answers: a typo in the
        // fixture must not pass by answering less.
        let path = triage.path(&case.answers);
        assert!(
            triage.current(&case.answers).is_none(),
            "{}: the answers stop before the end at {:?}",
            case.id,
            path.last().map(|s| &s.question.id)
        );
        assert_eq!(
            triage.given(&case.answers).len(),
            case.answers.chosen.len(),
            "{}: an answer is off the path or unknown",
            case.id
        );
        let codes: Vec<_> = lookup_all(&content.playbook, &case.answers.code)
            .into_iter()
            .map(|e| e.id.clone())
            .collect();
        let ranked = triage.rank(&content.playbook, &case.answers, &codes);
        let needed = case.expected_terms.len().div_ceil(2);
        let best = ranked
            .iter()
            .take(TOP_RESULTS)
            .map(|r| {
                let t = target(&r.found);
                let text = format!(
                    "{}\n{}",
                    target_text(&content.playbook, &content.loc, Language::EnUs, &t),
                    target_text(&content.playbook, &content.loc, Language::ZhCn, &t)
                )
                .to_lowercase();
                case.expected_terms
                    .iter()
                    .filter(|term| text.contains(&term.to_lowercase()))
                    .count()
            })
            .max()
            .unwrap_or(0);
        if best < needed {
            failures.push(format!(
                "{}: best top-{TOP_RESULTS} result has {best}/{} of {:?}; got {:?}",
                case.id,
                case.expected_terms.len(),
                case.expected_terms,
                ranked
                    .iter()
                    .take(TOP_RESULTS)
                    .map(|r| (target(&r.found).id().to_owned(), r.score))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Reads every `tests/fixtures/broken-triage/*.toml` (one mistake each) against the built-in
/// playbook's ids; `expected.txt` holds the diagnostics each must produce, under its file name.
#[test]
fn each_broken_triage_fixture_reports_exactly_its_mistake_with_file_and_line() {
    use sspr_helpdesk::model::catalogue::EntryId;
    use sspr_helpdesk::model::playbook::{LinkId, Playbook, StepId};
    use sspr_helpdesk::model::triage::{Known, load_triage};
    use std::collections::{BTreeMap, BTreeSet};

    let (playbook, _) = Playbook::builtin();
    let steps: BTreeSet<StepId> = playbook.steps().map(|s| s.id.clone()).collect();
    let entries: BTreeSet<EntryId> = playbook.catalogue().iter().map(|e| e.id.clone()).collect();
    let links: BTreeMap<LinkId, _> = playbook.links().map(|l| (l.id.clone(), l.clone())).collect();
    let known = Known {
        steps: &steps,
        entries: &entries,
        links: &links,
    };
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/broken-triage");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "{names:?}");
    let mut rendered = Vec::new();
    for name in &names {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
        let state = load_triage(name, &text, &known);
        assert!(state.triage.is_none(), "{name}: a broken triage must be unavailable");
        assert_eq!(state.problems.len(), 1, "{name}: one mistake, one diagnostic: {:?}", state.problems);
        assert!(state.problems.iter().all(|d| d.line.is_some()), "{name}: every problem has a line");
        rendered.extend(state.problems.iter().map(ToString::to_string));
    }
    if std::env::var_os("PRINT_DIAGNOSTICS").is_some() {
        println!("{}", rendered.join("\n"));
    }
    let expected = std::fs::read_to_string(format!("{dir}/expected.txt")).unwrap();
    let expected: Vec<&str> = expected.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    assert_eq!(rendered, expected);
}

//! A pack's `[[triage_answer]]`: an organisation's own answer to a built-in "Start here"
//! question (with its targets: its own escalation step, say), or more targets for a built-in
//! answer. Checked like `triage.toml` (`model::triage::check_addition`): ids that exist, with
//! "did you mean", weights in range, a new answer with at least one target.

use crate::model::catalogue::EntryId;
use crate::model::diagnostic::Diagnostic;
use crate::model::playbook::{LinkId, Playbook, StepId};
use crate::model::triage::{Known, RawAnswerAddition, check_addition};

use super::PackAdditions;

/// Adds the pack's triage answers to `playbook`'s triage; every new answer's message id goes
/// into `additions` (its words must come with the pack).
pub(super) fn add_triage_answers(
    answers: &[RawAnswerAddition],
    playbook: &mut Playbook,
    additions: &mut PackAdditions,
    path: &str,
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if answers.is_empty() {
        return;
    }
    if playbook.triage().is_none() {
        let at = answers
            .first()
            .map(|a| crate::model::diagnostic::line_col(text, a.question.span().start));
        diagnostics.push(
            Diagnostic::error(
                path,
                at,
                "triage_answer: the built-in triage is unavailable, so there is nothing to add to",
            )
            .with_fix("remove [[triage_answer]] or fix the built-in triage (sspr-helpdesk validate lists why)"),
        );
        return;
    }
    let steps: std::collections::BTreeSet<StepId> = playbook.steps().map(|s| s.id.clone()).collect();
    let entries: std::collections::BTreeSet<EntryId> = playbook.catalogue().iter().map(|e| e.id.clone()).collect();
    let links: std::collections::BTreeMap<LinkId, _> = playbook.links().map(|l| (l.id.clone(), l.clone())).collect();
    let known = Known {
        steps: &steps,
        entries: &entries,
        links: &links,
    };
    let Some(triage) = playbook.triage_mut() else { return };
    for answer in answers {
        let before = diagnostics.len();
        if let Some(added) = check_addition(triage, answer, path, text, &known, diagnostics) {
            additions.triage_answers.push(added);
        } else if diagnostics.len() > before {
            // Its words are not also reported as unused.
            additions
                .failed
                .insert(format!("triage-{}-{}", answer.question.get_ref(), answer.id.get_ref()));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::playbook::{Playbook, StepId};
    use crate::model::triage::{Found, TargetRef, TriageAnswers};
    use crate::pack::manifest::apply_manifest;

    const PACK: &str = r#"name = "Contoso IT"
version = "1"

[[triage_answer]]
question = "writeback"
id = "contoso-escalate"
targets = [{ step = "errors-sspr-0029", weight = 9 }]

[[triage_answer]]
question = "goal"
id = "reset"
targets = [{ step = "errors-sspr-0010", weight = 9 }]
"#;

    #[test]
    fn a_pack_adds_an_answer_before_i_dont_know_and_targets_to_a_built_in_one() {
        let (builtin, _) = Playbook::builtin();
        let (applied, diagnostics) = apply_manifest(&builtin, "pack.toml", PACK);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let triage = applied.playbook.triage().unwrap();
        let writeback = triage.question("writeback").unwrap();
        let ids: Vec<&str> = writeback.answers.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids[ids.len() - 2..], ["contoso-escalate", "dont-know"]);
        assert!(writeback.answer("contoso-escalate").unwrap().from_pack);
        assert_eq!(applied.additions.triage_answers[0].0, "triage-writeback-contoso-escalate");
        let reset = triage.question("goal").unwrap().answer("reset").unwrap();
        assert!(
            reset
                .targets
                .iter()
                .any(|t| t.to == TargetRef::Step(StepId::new("errors-sspr-0010")))
        );
        let mut answers = TriageAnswers::default();
        answers.chosen.insert("goal".into(), "reset".into());
        let ranked = triage.rank(&applied.playbook, &answers, &[]);
        assert_eq!(ranked[0].found, Found::Step(StepId::new("errors-sspr-0010")));
    }

    #[test]
    fn an_unknown_question_and_an_answer_without_target_are_errors() {
        let (builtin, _) = Playbook::builtin();
        let text = PACK.replace("question = \"writeback\"", "question = \"writebak\"");
        let (_, diagnostics) = apply_manifest(&builtin, "pack.toml", &text);
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert!(
            diagnostics[0].to_string().contains("unknown question \"writebak\""),
            "{}",
            diagnostics[0]
        );
        assert!(
            diagnostics[0].to_string().contains("did you mean \"writeback\""),
            "{}",
            diagnostics[0]
        );
        let text = PACK.replace("targets = [{ step = \"errors-sspr-0029\", weight = 9 }]", "");
        let (_, diagnostics) = apply_manifest(&builtin, "pack.toml", &text);
        assert!(diagnostics[0].to_string().contains("has no target"), "{diagnostics:?}");
    }
}

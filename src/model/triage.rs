//! Triage, the "Start here" questions: a few questions an agent asks at the start of a call
//! (what the caller is trying to do, the error shown, admin or not, synced or cloud-only, one
//! user or many), each answer pointing at the steps, catalogue entries and categories that fit
//! and ruling out steps that cannot apply. Structure in `assets/playbook/triage.toml`, words in
//! `locales/<lang>/triage.ftl`.
//!
//! The branches mirror what Microsoft's own support flows ask first: "Contact Microsoft
//! support" in <https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr>
//! (user type: federated, pass-through, password hash sync or cloud-only; error and support
//! code), the password writeback troubleshooting article (reset or change, one user or many)
//! and the Windows sign-in page (web portal or sign-in screen); each question names its page
//! as a link id.
//!
//! Loading ([`load_triage`]) never panics: a file with any error leaves triage unavailable with its
//! diagnostics ([`TriageState`]), and the checklists work as before.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::catalogue::EntryId;
use crate::model::category::Category;
use crate::model::diagnostic::Diagnostic;
use crate::model::playbook::{LinkId, Playbook, StepId};

mod load;
#[cfg(test)]
mod tests;

pub use load::{Known, TRIAGE_FILE, load_triage};
pub(crate) use load::{RawAnswerAddition, check_addition};

/// The answer every question must have: the agent does not know (yet).
pub const DONT_KNOW: &str = "dont-know";

/// Fluent message of the "I don't know" button, shared by every question.
pub const DONT_KNOW_MESSAGE: &str = "triage-dont-know";

/// How many results the view shows before "Show more".
pub const TOP_RESULTS: usize = 5;

/// Weight of a catalogue entry found by the code typed as an answer: above any answer's own
/// targets, because a code names the problem exactly.
pub const CODE_ENTRY_WEIGHT: u32 = 12;

/// Weight of the checklist steps that the entry found by a typed code lists.
pub const CODE_STEP_WEIGHT: u32 = 5;

/// Highest weight a target may carry.
pub const MAX_WEIGHT: u32 = 10;

/// A Fluent message the triage needs: id, attribute (`None`: the value) and where in the
/// triage file it is named.
pub type NeededMessage = (String, Option<&'static str>, Option<(usize, usize)>);

/// Who can answer a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asker {
    /// The caller knows: the agent asks them (the question has a `.caller` wording).
    Caller,
    /// Only the agent can find out, in an admin portal (the question has a `.find-out` text
    /// and an admin-center link).
    Agent,
}

/// What kind of answer a button is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerKind {
    /// A plain choice.
    Choice,
    /// The caller reads out an error code: the agent types it and the catalogue entry with
    /// that code is found.
    Code,
    /// The agent has text to paste (an error page, a log line): it goes to the decoder.
    Evidence,
    /// "I don't know".
    DontKnow,
}

/// What an answer points at.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TargetRef {
    /// A checklist step.
    Step(StepId),
    /// A catalogue entry.
    Entry(EntryId),
    /// Every step of a category (a weaker pointer than a step).
    Category(Category),
}

/// One thing an answer points at, and how strongly (1 to [`MAX_WEIGHT`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// What.
    pub to: TargetRef,
    /// How strongly; results are ranked by the sum over the answers given.
    pub weight: u32,
}

/// One answer to a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// Stable id, unique within its question. Its words are `triage-<question>-<answer>`.
    pub id: String,
    /// Choice, code, evidence or "I don't know".
    pub kind: AnswerKind,
    /// The question asked next (overrides the question's own `next`).
    pub next: Option<String>,
    /// What this answer points at.
    pub targets: Vec<Target>,
    /// Steps this answer shows do not apply (hidden by "This caller only").
    pub rules_out: Vec<StepId>,
    /// Added by the organisation's content pack.
    pub from_pack: bool,
    /// Where it is written (file line and column), for messages about its words.
    pub at: Option<(usize, usize)>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id. Its words are the Fluent message `triage-<id>`.
    pub id: String,
    /// Who can answer it.
    pub asker: Asker,
    /// The Microsoft page whose flow the question mirrors (link id).
    pub source: Option<LinkId>,
    /// For questions only the agent can answer: the admin page where the agent finds out.
    pub find_out: Option<LinkId>,
    /// The question after this one, unless the answer names another; `None` ends the triage.
    pub next: Option<String>,
    /// The answers, in display order ("I don't know" among them).
    pub answers: Vec<Answer>,
    /// Where it is written, for messages about its words.
    pub at: Option<(usize, usize)>,
}

impl Question {
    /// Fluent message of the question.
    pub fn message_id(&self) -> String {
        format!("triage-{}", self.id)
    }

    /// Fluent message of one of its answers (the shared one for "I don't know").
    pub fn answer_message_id(&self, answer: &Answer) -> String {
        if answer.kind == AnswerKind::DontKnow {
            DONT_KNOW_MESSAGE.to_owned()
        } else {
            format!("triage-{}-{}", self.id, answer.id)
        }
    }

    /// The answer with this id.
    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.id == id)
    }

    /// The question that follows `answer`.
    pub fn next_after<'a>(&'a self, answer: &'a Answer) -> Option<&'a str> {
        answer.next.as_deref().or(self.next.as_deref())
    }
}

/// The validated triage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Triage {
    /// The file it was read from, as messages name it (`assets/playbook/triage.toml`).
    pub file: String,
    /// The first question's id.
    pub start: String,
    /// Every question, in file order.
    pub questions: Vec<Question>,
}

/// The triage as loaded: usable, or unavailable with the reasons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriageState {
    /// The triage, when its file had no error.
    pub triage: Option<Triage>,
    /// Every problem found (errors when unavailable).
    pub problems: Vec<Diagnostic>,
}

impl Default for TriageState {
    fn default() -> Self {
        Self {
            triage: None,
            problems: vec![
                Diagnostic::error(TRIAGE_FILE, None, "file is missing").with_fix(format!("create {TRIAGE_FILE} in the playbook folder")),
            ],
        }
    }
}

/// The answers given on this call: by question id, plus the code typed for a code answer.
/// Saved with the session; answers to questions no longer on the path are kept (the agent may
/// change an earlier answer back) but count for nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TriageAnswers {
    /// Question id → answer id.
    pub chosen: BTreeMap<String, String>,
    /// The error code typed for a code answer, as typed (trimmed).
    pub code: String,
}

impl TriageAnswers {
    /// Whether nothing has been answered.
    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty() && self.code.is_empty()
    }
}

/// One question on the way through the triage, and the answer given to it (`None` for the
/// question waiting for an answer, always the last one).
#[derive(Clone, Copy, Debug)]
pub struct PathStep<'a> {
    /// The question.
    pub question: &'a Question,
    /// The answer given.
    pub answer: Option<&'a Answer>,
}

/// Why a result is in the list: the question and the answer that point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// Question id.
    pub question: String,
    /// Answer id.
    pub answer: String,
}

/// What a result opens.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Found {
    /// A checklist step.
    Step(StepId),
    /// A catalogue entry.
    Entry(EntryId),
}

/// One result of the triage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    /// The step or entry.
    pub found: Found,
    /// Sum of the weights pointing at it.
    pub score: u32,
    /// The answers that point at it, in the order they were given.
    pub because: Vec<Reason>,
}

impl Triage {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The questions from the start, following the answers given, up to the first one not
    /// answered (included, with `answer: None`) or the end. A loop (impossible in validated
    /// content) ends the walk.
    pub fn path<'a>(&'a self, answers: &TriageAnswers) -> Vec<PathStep<'a>> {
        let mut path = Vec::new();
        let mut seen = BTreeSet::new();
        let mut next = Some(self.start.as_str());
        while let Some(id) = next {
            let Some(question) = self.question(id) else { break };
            if !seen.insert(id) {
                break;
            }
            let answer = answers.chosen.get(id).and_then(|a| question.answer(a));
            path.push(PathStep { question, answer });
            next = answer.and_then(|a| question.next_after(a));
            if answer.is_none() {
                break;
            }
        }
        path
    }

    /// The question waiting for an answer, `None` when the path is complete.
    pub fn current<'a>(&'a self, answers: &TriageAnswers) -> Option<&'a Question> {
        self.path(answers).into_iter().find(|s| s.answer.is_none()).map(|s| s.question)
    }

    /// The answers given on the current path, in order.
    pub fn given<'a>(&'a self, answers: &TriageAnswers) -> Vec<(&'a Question, &'a Answer)> {
        self.path(answers)
            .into_iter()
            .filter_map(|s| s.answer.map(|a| (s.question, a)))
            .collect()
    }

    /// The steps the answers given rule out ("This caller only" hides them).
    pub fn ruled_out(&self, answers: &TriageAnswers) -> BTreeSet<StepId> {
        self.given(answers)
            .into_iter()
            .flat_map(|(_, a)| a.rules_out.iter().cloned())
            .collect()
    }

    /// The steps and entries that fit the answers given, best first: each target's weight is
    /// added up over the answers (a category's weight goes to each of its steps), a typed code
    /// adds its entries (`code_entries`, found by the caller with `search::lookup_all`) at
    /// [`CODE_ENTRY_WEIGHT`] and their steps at [`CODE_STEP_WEIGHT`]; steps an answer rules
    /// out are left out. Ties keep content order (steps in checklist order, then entries in
    /// catalogue order).
    pub fn rank(&self, playbook: &Playbook, answers: &TriageAnswers, code_entries: &[EntryId]) -> Vec<Ranked> {
        let ruled_out = self.ruled_out(answers);
        let mut scores: BTreeMap<Found, (u32, Vec<Reason>)> = BTreeMap::new();
        let mut add = |found: Found, weight: u32, reason: Reason| {
            let slot = scores.entry(found).or_default();
            slot.0 += weight;
            if !slot.1.contains(&reason) {
                slot.1.push(reason);
            }
        };
        for (question, answer) in self.given(answers) {
            let reason = || Reason {
                question: question.id.clone(),
                answer: answer.id.clone(),
            };
            for target in &answer.targets {
                match &target.to {
                    TargetRef::Step(id) => add(Found::Step(id.clone()), target.weight, reason()),
                    TargetRef::Entry(id) => add(Found::Entry(id.clone()), target.weight, reason()),
                    TargetRef::Category(category) => {
                        for step in playbook.checklist(*category).map_or(&[][..], |c| &c.steps[..]) {
                            add(Found::Step(step.id.clone()), target.weight, reason());
                        }
                    }
                }
            }
            if answer.kind == AnswerKind::Code {
                for id in code_entries {
                    add(Found::Entry(id.clone()), CODE_ENTRY_WEIGHT, reason());
                    for step in playbook.entry(id).map_or(&[][..], |e| &e.steps[..]) {
                        add(Found::Step(step.clone()), CODE_STEP_WEIGHT, reason());
                    }
                }
            }
        }
        let order = |found: &Found| match found {
            Found::Step(id) => playbook.steps().position(|s| &s.id == id),
            Found::Entry(id) => playbook.catalogue().iter().position(|e| &e.id == id).map(|i| i + 100_000),
        };
        let mut ranked: Vec<(usize, Ranked)> = scores
            .into_iter()
            .filter(|(found, _)| !matches!(found, Found::Step(id) if ruled_out.contains(id)))
            // A pack may hide a step an answer names: it is not offered.
            .filter_map(|(found, (score, because))| order(&found).map(|o| (o, Ranked { found, score, because })))
            .collect();
        ranked.sort_by(|(oa, a), (ob, b)| b.score.cmp(&a.score).then(oa.cmp(ob)));
        ranked.into_iter().map(|(_, r)| r).collect()
    }

    /// Every Fluent message (and attribute) the triage needs, with where it is named: the
    /// question (`.caller` or `.find-out`), each answer other than "I don't know" (`.summary`,
    /// the short form in "because" and the ticket summary), and "I don't know" itself.
    pub fn messages(&self) -> Vec<NeededMessage> {
        let mut needed = vec![(DONT_KNOW_MESSAGE.to_owned(), None, None)];
        for question in &self.questions {
            let id = question.message_id();
            needed.push((id.clone(), None, question.at));
            let attribute = match question.asker {
                Asker::Caller => "caller",
                Asker::Agent => "find-out",
            };
            needed.push((id, Some(attribute), question.at));
            for answer in question.answers.iter().filter(|a| a.kind != AnswerKind::DontKnow) {
                let id = question.answer_message_id(answer);
                needed.push((id.clone(), None, answer.at));
                needed.push((id, Some("summary"), answer.at));
            }
        }
        needed
    }
}

//! Reading `triage.toml` (and a content pack's `[[triage_answer]]`): TOML shapes → validated
//! questions, every problem a [`Diagnostic`] with file, line and fix; then the graph rules:
//! the start exists, no loop, every question reachable from the start, every question has
//! "I don't know", and every path ends with at least one step, entry or category.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::*;
use crate::model::diagnostic::{did_you_mean, line_col, sort_by_position};
use crate::model::playbook::{Audience, Link};

/// File name of the triage in the playbook folder.
pub const TRIAGE_FILE: &str = "triage.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TriageFile {
    start: Spanned<String>,
    #[serde(default)]
    question: Vec<Spanned<RawQuestion>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    asker: Spanned<String>,
    source: Spanned<String>,
    #[serde(default)]
    find_out: Option<Spanned<String>>,
    #[serde(default)]
    next: Option<Spanned<String>>,
    #[serde(default)]
    answer: Vec<Spanned<RawAnswer>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    id: Spanned<String>,
    #[serde(default)]
    kind: Option<Spanned<String>>,
    #[serde(default)]
    next: Option<Spanned<String>>,
    #[serde(default)]
    targets: Vec<Spanned<RawTarget>>,
    #[serde(default)]
    rules_out: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTarget {
    #[serde(default)]
    step: Option<Spanned<String>>,
    #[serde(default)]
    entry: Option<Spanned<String>>,
    #[serde(default)]
    category: Option<Spanned<String>>,
    weight: Spanned<u32>,
}

/// A content pack's `[[triage_answer]]`: a new answer to a built-in question, or more targets
/// for one of its answers (when `id` names an answer the question has). A pack's answer leads
/// where its question does (no `next`), so a pack cannot make the questions loop.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAnswerAddition {
    pub question: Spanned<String>,
    pub id: Spanned<String>,
    #[serde(default)]
    targets: Vec<Spanned<RawTarget>>,
    #[serde(default)]
    rules_out: Vec<Spanned<String>>,
}

/// The ids a triage may name: the playbook's steps, entries and links.
pub struct Known<'a> {
    /// Step ids, in any order.
    pub steps: &'a BTreeSet<StepId>,
    /// Catalogue entry ids.
    pub entries: &'a BTreeSet<EntryId>,
    /// Links by id.
    pub links: &'a BTreeMap<LinkId, Link>,
}

struct Ctx<'a> {
    path: &'a str,
    text: &'a str,
    known: &'a Known<'a>,
}

impl Ctx<'_> {
    fn at<T>(&self, spanned: &Spanned<T>) -> Option<(usize, usize)> {
        Some(line_col(self.text, spanned.span().start))
    }

    fn error<T>(&self, spanned: &Spanned<T>, message: String, fix: String) -> Diagnostic {
        Diagnostic::error(self.path, self.at(spanned), message).with_fix(fix)
    }

    fn link(&self, id: &Spanned<String>, field: &str, owner: &str, out: &mut Vec<Diagnostic>) -> Option<LinkId> {
        let link = LinkId::new(id.get_ref().as_str());
        if self.known.links.contains_key(&link) {
            return Some(link);
        }
        let hint = did_you_mean(id.get_ref(), self.known.links.keys().map(LinkId::as_str));
        out.push(self.error(
            id,
            format!("{owner}: unknown {field} link id \"{}\"", id.get_ref()),
            format!("use a link id from links.toml{hint}"),
        ));
        None
    }

    fn targets(&self, raw: &[Spanned<RawTarget>], owner: &str, out: &mut Vec<Diagnostic>) -> Vec<Target> {
        let mut targets = Vec::new();
        for spanned in raw {
            let target = spanned.get_ref();
            let weight = *target.weight.get_ref();
            if !(1..=MAX_WEIGHT).contains(&weight) {
                out.push(self.error(
                    &target.weight,
                    format!("{owner}: weight {weight} is out of range"),
                    format!("use a weight from 1 to {MAX_WEIGHT}"),
                ));
                continue;
            }
            let to = match (&target.step, &target.entry, &target.category) {
                (Some(step), None, None) => {
                    let id = StepId::new(step.get_ref().as_str());
                    if !self.known.steps.contains(&id) {
                        let hint = did_you_mean(step.get_ref(), self.known.steps.iter().map(StepId::as_str));
                        out.push(self.error(
                            step,
                            format!("{owner}: unknown step \"{}\"", step.get_ref()),
                            format!("use a step id from the checklists (sspr-helpdesk ids lists them){hint}"),
                        ));
                        continue;
                    }
                    TargetRef::Step(id)
                }
                (None, Some(entry), None) => {
                    let id = EntryId::new(entry.get_ref().as_str());
                    if !self.known.entries.contains(&id) {
                        let hint = did_you_mean(entry.get_ref(), self.known.entries.iter().map(EntryId::as_str));
                        out.push(self.error(
                            entry,
                            format!("{owner}: unknown catalogue entry \"{}\"", entry.get_ref()),
                            format!("use an entry id from catalogue.toml{hint}"),
                        ));
                        continue;
                    }
                    TargetRef::Entry(id)
                }
                (None, None, Some(category)) => match Category::from_id(category.get_ref()) {
                    Some(c) => TargetRef::Category(c),
                    None => {
                        out.push(self.error(
                            category,
                            format!("{owner}: unknown category \"{}\"", category.get_ref()),
                            format!("use one of: {}", Category::ALL.map(Category::id).join(", ")),
                        ));
                        continue;
                    }
                },
                _ => {
                    out.push(self.error(
                        spanned,
                        format!("{owner}: a target names exactly one of step, entry or category"),
                        "write { step = \"…\", weight = 3 }, or entry = or category = instead of step =".to_owned(),
                    ));
                    continue;
                }
            };
            targets.push(Target { to, weight });
        }
        targets
    }

    fn rules_out(&self, raw: &[Spanned<String>], owner: &str, out: &mut Vec<Diagnostic>) -> Vec<StepId> {
        let mut steps = Vec::new();
        for step in raw {
            let id = StepId::new(step.get_ref().as_str());
            if self.known.steps.contains(&id) {
                steps.push(id);
            } else {
                let hint = did_you_mean(step.get_ref(), self.known.steps.iter().map(StepId::as_str));
                out.push(self.error(
                    step,
                    format!("{owner}: rules_out names unknown step \"{}\"", step.get_ref()),
                    format!("use a step id from the checklists{hint}"),
                ));
            }
        }
        steps
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

fn kind_of(raw: &RawAnswer, ctx: &Ctx<'_>, owner: &str, out: &mut Vec<Diagnostic>) -> Option<AnswerKind> {
    match raw.kind.as_ref().map(|k| k.get_ref().as_str()) {
        _ if raw.id.get_ref() == DONT_KNOW => Some(AnswerKind::DontKnow),
        None | Some("choice") => Some(AnswerKind::Choice),
        Some("code") => Some(AnswerKind::Code),
        Some("evidence") => Some(AnswerKind::Evidence),
        Some(other) => {
            if let Some(kind) = &raw.kind {
                out.push(ctx.error(
                    kind,
                    format!("{owner}: unknown kind \"{other}\""),
                    "use choice (the default), code or evidence".to_owned(),
                ));
            }
            None
        }
    }
}

/// Reads and validates `triage.toml` (`text`, shown as `path` in messages) against the
/// playbook's ids. Any error leaves the triage unavailable, with every problem listed.
pub fn load_triage(path: &str, text: &str, known: &Known<'_>) -> TriageState {
    let ctx = Ctx { path, text, known };
    let mut problems = Vec::new();
    let file = match toml::from_str::<TriageFile>(text) {
        Ok(file) => file,
        Err(error) => {
            let position = error.span().map(|span| line_col(text, span.start));
            problems.push(
                Diagnostic::error(path, position, format!("{}; triage is unavailable", error.message().trim()))
                    .with_fix("fix the TOML at this position (see assets/playbook/README.md, \"Triage\")"),
            );
            return TriageState { triage: None, problems };
        }
    };
    let mut questions: Vec<Question> = Vec::new();
    let mut next_refs: Vec<(String, Spanned<String>)> = Vec::new();
    for spanned in &file.question {
        let raw = spanned.get_ref();
        let id = raw.id.get_ref().clone();
        let owner = format!("question \"{id}\"");
        if !is_id(&id) {
            problems.push(ctx.error(
                &raw.id,
                format!("{owner}: the id is not lowercase words joined by '-'"),
                "rename it, e.g. \"synced\"".to_owned(),
            ));
            continue;
        }
        if questions.iter().any(|q| q.id == id) {
            problems.push(ctx.error(
                &raw.id,
                format!("{owner} is defined twice"),
                "rename or remove the second one".to_owned(),
            ));
            continue;
        }
        let asker = match raw.asker.get_ref().as_str() {
            "caller" => Asker::Caller,
            "agent" => Asker::Agent,
            other => {
                problems.push(ctx.error(
                    &raw.asker,
                    format!("{owner}: unknown asker \"{other}\""),
                    "use caller or agent".to_owned(),
                ));
                continue;
            }
        };
        let source = ctx.link(&raw.source, "source", &owner, &mut problems);
        let find_out = raw.find_out.as_ref().and_then(|l| ctx.link(l, "find_out", &owner, &mut problems));
        match (asker, &raw.find_out) {
            (Asker::Agent, None) => problems.push(ctx.error(
                &raw.id,
                format!("{owner} can only be answered by the agent but has no find_out link"),
                "add find_out = \"<admin link id>\": the page where the agent finds the answer".to_owned(),
            )),
            (Asker::Agent, Some(l))
                if find_out
                    .as_ref()
                    .and_then(|id| known.links.get(id))
                    .is_some_and(|k| k.audience != Audience::Admin) =>
            {
                problems.push(ctx.error(
                    l,
                    format!("{owner}: find_out must be an admin page"),
                    "use a link with audience = \"admin\"".to_owned(),
                ));
            }
            _ => {}
        }
        if let Some(next) = &raw.next {
            next_refs.push((owner.clone(), next.clone()));
        }
        let mut answers: Vec<Answer> = Vec::new();
        for spanned_answer in &raw.answer {
            let a = spanned_answer.get_ref();
            let answer_id = a.id.get_ref().clone();
            let owner = format!("answer \"{id}/{answer_id}\"");
            if !is_id(&answer_id) {
                problems.push(ctx.error(
                    &a.id,
                    format!("{owner}: the id is not lowercase words joined by '-'"),
                    "rename it, e.g. \"cloud-only\"".to_owned(),
                ));
                continue;
            }
            if answers.iter().any(|x| x.id == answer_id) {
                problems.push(ctx.error(
                    &a.id,
                    format!("{owner} is defined twice"),
                    "rename or remove the second one".to_owned(),
                ));
                continue;
            }
            let Some(kind) = kind_of(a, &ctx, &owner, &mut problems) else {
                continue;
            };
            if let Some(next) = &a.next {
                next_refs.push((owner.clone(), next.clone()));
            }
            answers.push(Answer {
                id: answer_id,
                kind,
                next: a.next.as_ref().map(|n| n.get_ref().clone()),
                targets: ctx.targets(&a.targets, &owner, &mut problems),
                rules_out: ctx.rules_out(&a.rules_out, &owner, &mut problems),
                from_pack: false,
                at: ctx.at(&a.id),
            });
        }
        questions.push(Question {
            id,
            asker,
            source,
            find_out,
            next: raw.next.as_ref().map(|n| n.get_ref().clone()),
            answers,
            at: ctx.at(&raw.id),
        });
    }
    let ids: Vec<&str> = questions.iter().map(|q| q.id.as_str()).collect();
    for (owner, next) in next_refs.iter().chain(std::iter::once(&("start".to_owned(), file.start.clone()))) {
        if !ids.contains(&next.get_ref().as_str()) {
            let hint = did_you_mean(next.get_ref(), ids.iter().copied());
            problems.push(ctx.error(
                next,
                format!("{owner}: unknown question \"{}\"", next.get_ref()),
                format!("name a question id of this file{hint}"),
            ));
        }
    }
    let triage = Triage {
        file: path.to_owned(),
        start: file.start.get_ref().clone(),
        questions,
    };
    if problems.is_empty() {
        problems.extend(check_graph(&triage, path));
    }
    sort_by_position(&mut problems);
    TriageState {
        triage: problems.is_empty().then_some(triage),
        problems,
    }
}

/// The graph rules over a triage whose ids all resolve: every question has "I don't know",
/// no loop, every question reachable from the start, every path ends with a target. Messages
/// point at the question in `path`.
pub(crate) fn check_graph(triage: &Triage, path: &str) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for question in &triage.questions {
        if question.answer(DONT_KNOW).is_none() {
            problems.push(
                Diagnostic::error(
                    path,
                    question.at,
                    format!("question \"{}\" has no \"I don't know\" answer", question.id),
                )
                .with_fix("add [[question.answer]] with id = \"dont-know\" (it may have no targets)"),
            );
        }
    }
    // Loops: a depth-first walk with the questions on the current path.
    fn walk<'a>(triage: &'a Triage, id: &'a str, on_path: &mut Vec<&'a str>, done: &mut BTreeSet<&'a str>, loops: &mut Vec<Vec<&'a str>>) {
        if let Some(at) = on_path.iter().position(|q| *q == id) {
            let mut cycle = on_path[at..].to_vec();
            cycle.push(id);
            loops.push(cycle);
            return;
        }
        if !done.insert(id) {
            return;
        }
        let Some(question) = triage.question(id) else { return };
        on_path.push(id);
        for answer in &question.answers {
            if let Some(next) = question.next_after(answer) {
                walk(triage, next, on_path, done, loops);
            }
        }
        on_path.pop();
    }
    let mut done = BTreeSet::new();
    let mut loops = Vec::new();
    walk(triage, &triage.start, &mut Vec::new(), &mut done, &mut loops);
    for cycle in &loops {
        let at = cycle.first().and_then(|id| triage.question(id)).and_then(|q| q.at);
        problems.push(
            Diagnostic::error(path, at, format!("the questions loop: {}", cycle.join(" → ")))
                .with_fix("point one of these answers (or its question's next) at a later question, or leave next out to end there"),
        );
    }
    for question in triage.questions.iter().filter(|q| !done.contains(q.id.as_str())) {
        problems.push(
            Diagnostic::error(
                path,
                question.at,
                format!("question \"{}\" cannot be reached from the start", question.id),
            )
            .with_fix("name it in an earlier question's or answer's next, or remove it"),
        );
    }
    if loops.is_empty() {
        // A path without a target: from each question, with nothing found yet, is there a way
        // to the end that picks up no target? Small trees: a memoised walk.
        fn bare<'a>(triage: &'a Triage, id: &'a str, memo: &mut BTreeMap<&'a str, Option<Vec<String>>>) -> Option<Vec<String>> {
            if let Some(found) = memo.get(id) {
                return found.clone();
            }
            let question = triage.question(id)?;
            let mut result = None;
            for answer in question
                .answers
                .iter()
                .filter(|a| a.targets.is_empty() && a.kind != AnswerKind::Code)
            {
                let step = format!("{} = {}", question.id, answer.id);
                match question.next_after(answer) {
                    None => {
                        result = Some(vec![step]);
                        break;
                    }
                    Some(next) => {
                        if let Some(mut rest) = bare(triage, next, memo) {
                            rest.insert(0, step);
                            result = Some(rest);
                            break;
                        }
                    }
                }
            }
            memo.insert(id, result.clone());
            result
        }
        if let Some(bare_path) = bare(triage, &triage.start, &mut BTreeMap::new()) {
            let last = bare_path
                .last()
                .and_then(|s| s.split(' ').next())
                .and_then(|id| triage.question(id));
            problems.push(
                Diagnostic::error(
                    path,
                    last.and_then(|q| q.at),
                    format!("a path ends without any step, entry or category: {}", bare_path.join(", ")),
                )
                .with_fix("give one of these answers a target (often \"I don't know\" of the first question or the last)"),
            );
        }
    }
    problems
}

/// Checks and adds a content pack's `[[triage_answer]]` to `triage` (`path` and `text`: the
/// pack's `pack.toml`). A new answer goes before "I don't know"; an answer the question already
/// has gets the targets and rules added. Returns the message id of a new answer (its words
/// must come with the pack) and where it is written.
pub(crate) fn check_addition(
    triage: &mut Triage,
    raw: &RawAnswerAddition,
    path: &str,
    text: &str,
    known: &Known<'_>,
    out: &mut Vec<Diagnostic>,
) -> Option<(String, Option<(usize, usize)>)> {
    let ctx = Ctx { path, text, known };
    let question_id = raw.question.get_ref();
    let answer_id = raw.id.get_ref().clone();
    let owner = format!("triage_answer \"{question_id}/{answer_id}\"");
    let ids: Vec<String> = triage.questions.iter().map(|q| q.id.clone()).collect();
    let Some(question) = triage.questions.iter_mut().find(|q| &q.id == question_id) else {
        let hint = did_you_mean(question_id, ids.iter().map(String::as_str));
        out.push(ctx.error(
            &raw.question,
            format!("{owner}: unknown question \"{question_id}\""),
            format!("name a built-in question id{hint}"),
        ));
        return None;
    };
    if !is_id(&answer_id) {
        out.push(ctx.error(
            &raw.id,
            format!("{owner}: the id is not lowercase words joined by '-'"),
            "rename it, e.g. \"contoso-escalate\"".to_owned(),
        ));
        return None;
    }
    let errors_before = out.len();
    let targets = ctx.targets(&raw.targets, &owner, out);
    let rules_out = ctx.rules_out(&raw.rules_out, &owner, out);
    if out.len() > errors_before {
        return None;
    }
    let at = ctx.at(&raw.id);
    if targets.is_empty() {
        out.push(ctx.error(
            &raw.id,
            format!("{owner} has no target"),
            "add targets = [{ step = \"…\", weight = 5 }]".to_owned(),
        ));
        return None;
    }
    if let Some(existing) = question.answers.iter_mut().find(|a| a.id == answer_id) {
        existing.targets.extend(targets);
        existing.rules_out.extend(rules_out);
        return None;
    }
    let answer = Answer {
        id: answer_id,
        kind: AnswerKind::Choice,
        next: None,
        targets,
        rules_out,
        from_pack: true,
        at,
    };
    let message = question.answer_message_id(&answer);
    let before = question
        .answers
        .iter()
        .position(|a| a.kind == AnswerKind::DontKnow)
        .unwrap_or(question.answers.len());
    question.answers.insert(before, answer);
    Some((message, at))
}

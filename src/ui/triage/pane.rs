//! Draws "Start here" and the checklists' "This caller only" bar.

use egui::{Button, Frame, Margin, RichText, TextEdit};
use egui_material_icons::icons::{ICON_CONTENT_COPY, ICON_HELP, ICON_SEARCH};

use super::TriageAction;
use crate::model::category::Category;
use crate::model::triage::{Answer, AnswerKind, Asker, Found, Question, Ranked, TOP_RESULTS, Triage};
use crate::report::answer_summary;
use crate::search::lookup_all;
use crate::ui::action::Action;
use crate::ui::widgets::{link_buttons_ui, warning_card_ui};
use crate::ui::{View, theme};

fn push(actions: &mut Vec<Action>, action: TriageAction) {
    actions.push(Action::Triage(action));
}

/// Draws "Start here": the answered questions, the current one with its answers, and the
/// steps and entries that fit.
pub fn triage_pane_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    let loc = view.loc;
    ui.horizontal_wrapped(|ui| {
        ui.heading(loc.text("triage-title"));
        if !view.session.triage().is_empty() && ui.button(loc.text("triage-clear")).clicked() {
            push(actions, TriageAction::Clear);
        }
    });
    let Some(triage) = view.playbook.triage() else {
        unavailable_ui(ui, view);
        return;
    };
    // How to use the view is for the agent; on a shared screen the room goes to the question.
    if !view.screen().is_shared() {
        ui.label(RichText::new(loc.text("triage-intro")).weak());
    }
    ui.add_space(theme::STEP_GAP);
    let answers = view.session.triage();
    let path = triage.path(answers);
    let answered: Vec<_> = path.iter().filter_map(|s| s.answer.map(|a| (s.question, a))).collect();
    if !answered.is_empty() {
        answered_ui(ui, view, &answered, actions);
        ui.add_space(theme::STEP_GAP);
    }
    match triage.current(answers) {
        Some(question) => question_ui(ui, view, question, actions),
        None => {
            ui.label(RichText::new(loc.text("triage-all-answered")).strong());
        }
    }
    ui.add_space(theme::STEP_GAP * 2.0);
    results_ui(ui, view, triage, actions);
}

fn unavailable_ui(ui: &mut egui::Ui, view: &View<'_>) {
    warning_card_ui(ui, |ui, color| {
        ui.label(RichText::new(view.loc.text("triage-unavailable")).color(color).strong());
        for problem in &view.playbook.triage_state().problems {
            ui.label(RichText::new(problem.to_string()).monospace().small());
        }
    });
}

/// The answers given so far, one compact row each, with "Change".
fn answered_ui(ui: &mut egui::Ui, view: &View<'_>, answered: &[(&Question, &Answer)], actions: &mut Vec<Action>) {
    let loc = view.loc;
    ui.label(RichText::new(loc.text("triage-answered-heading")).weak().small());
    for (question, answer) in answered {
        ui.horizontal_wrapped(|ui| {
            let question_text = loc.text(&question.message_id());
            ui.label(RichText::new(&question_text).weak());
            ui.label(RichText::new(loc.text(&question.answer_message_id(answer))).strong());
            if answer.kind == AnswerKind::Code && !view.session.triage().code.is_empty() {
                ui.label(RichText::new(&view.session.triage().code).strong().monospace());
            }
            let change = ui.small_button(loc.text("triage-change"));
            let name = loc.text_with_args("triage-change-name", &[("question", question_text.as_str().into())]);
            change.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if change.clicked() {
                push(actions, TriageAction::Change(question.id.clone()));
            }
        });
        if answer.kind == AnswerKind::Evidence {
            evidence_hint_ui(ui, view, actions);
        }
    }
    if view.session.triage().code.is_empty() || !answered.iter().any(|(_, a)| a.kind == AnswerKind::Code) {
        return;
    }
    if view.triage.code_not_found {
        ui.label(
            RichText::new(loc.text_with_args("triage-code-not-found", &[("code", view.session.triage().code.as_str().into())]))
                .color(theme::warning_color(ui.visuals().dark_mode)),
        );
    }
}

/// Where pasted evidence goes until the decoder takes it.
fn evidence_hint_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(view.loc.text("triage-evidence-hint")).weak());
        let name = view.loc.text("triage-evidence-open");
        let button = ui.button(format!("{} {name}", ICON_SEARCH.codepoint));
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if button.clicked() {
            push(actions, TriageAction::Evidence);
        }
    });
}

/// The question waiting for an answer: its words, how to ask or find out, and the answers.
fn question_ui(ui: &mut egui::Ui, view: &View<'_>, question: &Question, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let screen = view.screen();
    Frame::group(ui.style()).inner_margin(Margin::same(10)).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(loc.text(&question.message_id()))
                .size(theme::HEADING_SIZE - 3.0)
                .strong(),
        );
        match question.asker {
            Asker::Caller => {
                if let Some(words) = loc.attribute(&question.message_id(), "caller") {
                    ui.label(RichText::new(words).italics());
                }
                let name = loc.text("triage-copy-for-caller");
                let copy = ui.button(format!("{} {name}", ICON_CONTENT_COPY.codepoint));
                copy.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if copy.clicked() {
                    push(actions, TriageAction::CopyForCaller(question.id.clone()));
                }
            }
            Asker::Agent if screen.shows_find_out() => {
                ui.horizontal(|ui| {
                    ui.label(ICON_HELP.rich_text());
                    ui.label(RichText::new(loc.text("triage-how-to-find-out")).strong());
                });
                if let Some(how) = loc.attribute(&question.message_id(), "find-out") {
                    ui.label(how);
                }
                if let Some(link) = &question.find_out {
                    ui.horizontal_wrapped(|ui| link_buttons_ui(ui, view, link, actions));
                }
            }
            Asker::Agent => {}
        }
        ui.add_space(theme::STEP_GAP);
        // The code field and its button get a row of their own, first (a code read out is
        // the best answer there is); the other answers flow in rows after it, "I don't know"
        // last, so the results below stay in sight.
        for answer in question.answers.iter().filter(|a| a.kind == AnswerKind::Code) {
            answer_ui(ui, view, question, answer, actions);
        }
        ui.horizontal_wrapped(|ui| {
            for answer in question.answers.iter().filter(|a| a.kind != AnswerKind::Code) {
                answer_ui(ui, view, question, answer, actions);
            }
        });
        if let Some(source) = question.source.as_ref().and_then(|id| view.playbook.link(id)) {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(loc.text("triage-source")).small().weak());
                link_buttons_ui(ui, view, &source.id, actions);
            });
        }
    });
}

/// One answer: a full-width button, or the code field with "Look up".
fn answer_ui(ui: &mut egui::Ui, view: &View<'_>, question: &Question, answer: &Answer, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let label = loc.text(&question.answer_message_id(answer));
    match answer.kind {
        AnswerKind::Code => {
            ui.horizontal_wrapped(|ui| {
                let row = ui.label(&label);
                let mut code = view.triage.code.clone();
                let field = ui
                    .add(
                        TextEdit::singleline(&mut code)
                            .hint_text(loc.text("triage-code-hint"))
                            .desired_width(180.0)
                            .char_limit(crate::model::session::MAX_CODE_CHARS),
                    )
                    .labelled_by(row.id);
                if field.changed() {
                    push(actions, TriageAction::SetCode(code.clone()));
                }
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let look_up = ui.add_enabled(!code.trim().is_empty(), Button::new(loc.text("triage-code-look-up")));
                if look_up.clicked() || (entered && !code.trim().is_empty()) {
                    push(actions, TriageAction::LookUpCode);
                }
            });
        }
        AnswerKind::Choice | AnswerKind::Evidence | AnswerKind::DontKnow => {
            let text = if answer.kind == AnswerKind::DontKnow {
                RichText::new(&label).italics()
            } else {
                RichText::new(&label)
            };
            if ui.add(Button::new(text).wrap().min_size(egui::vec2(0.0, 30.0))).clicked() {
                // Pasted text has somewhere to go at once (the decoder's hook).
                push(
                    actions,
                    if answer.kind == AnswerKind::Evidence {
                        TriageAction::Evidence
                    } else {
                        TriageAction::Answer(question.id.clone(), answer.id.clone())
                    },
                );
            }
        }
    }
}

/// The steps and entries that fit, best first: five, then "Show more".
fn results_ui(ui: &mut egui::Ui, view: &View<'_>, triage: &Triage, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let answers = view.session.triage();
    ui.label(
        RichText::new(loc.text("triage-result-heading"))
            .size(theme::HEADING_SIZE - 4.0)
            .strong(),
    );
    if triage.given(answers).is_empty() {
        ui.label(RichText::new(loc.text("triage-result-empty")).weak());
        return;
    }
    let codes: Vec<_> = lookup_all(view.playbook, &answers.code).into_iter().map(|e| e.id.clone()).collect();
    let ranked = triage.rank(view.playbook, answers, &codes);
    if ranked.is_empty() {
        ui.label(RichText::new(loc.text("triage-result-nothing")).weak());
        return;
    }
    let shown = if view.triage.show_more {
        ranked.len()
    } else {
        TOP_RESULTS.min(ranked.len())
    };
    for result in &ranked[..shown] {
        result_ui(ui, view, triage, result, actions);
        ui.add_space(4.0);
    }
    if ranked.len() > TOP_RESULTS {
        let (label, more) = if view.triage.show_more {
            (loc.text("triage-show-fewer"), false)
        } else {
            (
                loc.text_with_args("triage-show-more", &[("count", (ranked.len() - TOP_RESULTS).into())]),
                true,
            )
        };
        if ui.button(label).clicked() {
            push(actions, TriageAction::ShowMore(more));
        }
    }
}

fn result_ui(ui: &mut egui::Ui, view: &View<'_>, triage: &Triage, result: &Ranked, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let (title, place) = match &result.found {
        Found::Step(id) => {
            let category = view.playbook.step(id).map_or(Category::Errors, |s| s.category);
            (loc.text(&id.message_id()), loc.category_title(category))
        }
        Found::Entry(id) => (loc.text(&id.message_id()), loc.text("triage-kind-entry")),
    };
    let reasons: Vec<String> = result
        .because
        .iter()
        .filter_map(|r| {
            let question = triage.question(&r.question)?;
            let answer = question.answer(&r.answer)?;
            // "I don't know" says which question it is about.
            Some(if answer.kind == AnswerKind::DontKnow {
                loc.text_with_args("triage-unknown", &[("question", loc.text(&question.message_id()).into())])
            } else {
                answer_summary(loc, question, answer, &view.session.triage().code)
            })
        })
        .collect();
    let because = loc.text_with_args(
        "triage-because",
        &[("reasons", reasons.join(&loc.text("summary-list-separator")).into())],
    );
    let width = ui.available_width();
    // The title reads first; where it is and why, smaller and weaker, under it.
    let mut job = egui::text::LayoutJob::default();
    let body = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    let strong = egui::TextFormat::simple(body, ui.visuals().strong_text_color());
    let weak = egui::TextFormat::simple(small, ui.visuals().weak_text_color());
    job.append(&title, 0.0, strong);
    job.append(&format!("\n{place} · {because}"), 0.0, weak);
    let response = ui.add(Button::new(job).wrap().min_size(egui::vec2(width, 0.0)));
    // Found by its title, as the agent reads it first.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &title));
    if response.clicked() {
        push(actions, TriageAction::OpenFound(result.found.clone()));
    }
}

/// Above a checklist: "This caller only" and, while it is on, how many steps the answers hide
/// with "Show all". Nothing when the answers rule out no step of this checklist.
pub fn filter_bar_ui(ui: &mut egui::Ui, view: &View<'_>, hidden: usize, actions: &mut Vec<Action>) {
    if hidden == 0 {
        return;
    }
    let loc = view.loc;
    ui.horizontal_wrapped(|ui| {
        let mut on = view.triage.caller_only;
        if ui.checkbox(&mut on, loc.text("triage-filter")).changed() {
            push(actions, TriageAction::SetCallerOnly(on));
        }
        if view.triage.caller_only {
            ui.label(
                RichText::new(format!(
                    "{} ·",
                    loc.text_with_args("triage-filter-hidden", &[("count", hidden.into())])
                ))
                .weak(),
            );
            if ui.link(loc.text("triage-filter-show-all")).clicked() {
                push(actions, TriageAction::SetCallerOnly(false));
            }
        }
    });
}

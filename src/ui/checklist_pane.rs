//! The central pane: the selected category's checklist. Each step has a checkbox, who acts,
//! a summary, an expandable "why / how to check", its action buttons and its source.

use egui::{Button, CollapsingHeader, Frame, Margin, RichText, Role, TextEdit, WidgetInfo};
use egui_material_icons::icons::{ICON_CONTENT_COPY, ICON_WARNING};

use crate::model::category::Category;
use crate::model::language::Language;
use crate::model::playbook::{LinkId, Step};
use crate::model::session::{MAX_NOTE_CHARS, StepState};
use crate::search::Target;
use crate::ui::action::{Action, ErrorsView};
use crate::ui::catalogue_pane::catalogue_pane_ui;
use crate::ui::outcome::{OUTCOME_BUTTONS, outcome_buttons_ui, outcome_detail_ui};
use crate::ui::widgets::{change_badges_ui, link_buttons_ui, pack_badge_ui, page_date_ui, warning_card_ui};
use crate::ui::{View, theme};

/// Draws the checklist of the selected category.
pub fn checklist_pane_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    let category = view.session.selected();
    let Some(checklist) = view.playbook.checklist(category) else {
        return;
    };
    ui.heading(view.loc.category_title(category));
    if let Some(intro) = view.loc.attribute(&category.message_id(), "intro") {
        ui.label(intro);
    }
    if category == Category::Errors {
        ui.horizontal_wrapped(|ui| {
            let checklist_selected = view.errors_view == ErrorsView::Checklist;
            if ui
                .add(Button::selectable(checklist_selected, view.loc.text("errors-view-checklist")))
                .clicked()
            {
                actions.push(Action::SetErrorsView(ErrorsView::Checklist));
            }
            let label = view
                .loc
                .text_with_args("errors-view-catalogue", &[("count", view.playbook.catalogue().len().into())]);
            if ui.add(Button::selectable(!checklist_selected, label)).clicked() {
                actions.push(Action::SetErrorsView(ErrorsView::Catalogue));
            }
        });
        if view.errors_view == ErrorsView::Catalogue {
            ui.add_space(theme::STEP_GAP);
            catalogue_pane_ui(ui, view, view.catalogue, actions);
            return;
        }
    }
    let (done, total) = view.session.progress(checklist);
    ui.label(
        RichText::new(
            view.loc
                .text_with_args("checklist-progress", &[("done", done.into()), ("total", total.into())]),
        )
        .weak(),
    );
    let hidden = checklist.steps.iter().filter(|s| view.ruled_out.contains(&s.id)).count();
    crate::ui::triage::filter_bar_ui(ui, view, hidden, actions);
    ui.add_space(theme::STEP_GAP);
    if checklist.steps.is_empty() {
        ui.label(view.loc.text("checklist-empty"));
    }
    // The window's first frame draws only the steps on screen, so the window appears sooner;
    // the others follow in the next frame, before anyone can scroll to them (laying out and
    // rasterizing the text of every step was most of the first frame: docs/performance.md).
    let first_frame = ui.ctx().cumulative_frame_nr() == 0;
    let filtered = view.triage.caller_only && hidden > 0;
    for step in checklist.steps.iter().filter(|s| !(filtered && view.ruled_out.contains(&s.id))) {
        if first_frame && ui.cursor().min.y > ui.clip_rect().max.y {
            ui.ctx().request_repaint();
            break;
        }
        step_ui(ui, view, step, actions);
        ui.add_space(theme::STEP_GAP);
    }
}

/// The other language, for "both languages".
fn other_language(language: Language) -> Language {
    if language == Language::EnUs {
        Language::ZhCn
    } else {
        Language::EnUs
    }
}

/// A button whose accessible name includes the step it belongs to (the visible text is the
/// same on every step).
fn step_button(ui: &mut egui::Ui, button: Button<'_>, name: String, selected: Option<bool>) -> egui::Response {
    let response = ui.add(button);
    response.widget_info(|| match selected {
        Some(selected) => WidgetInfo::selected(Role::Button, true, selected, &name),
        None => WidgetInfo::labeled(Role::Button, true, &name),
    });
    response
}

fn step_ui(ui: &mut egui::Ui, view: &View<'_>, step: &Step, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let dark = ui.visuals().dark_mode;
    let message = step.id.message_id();
    let both = view.settings.both_languages;
    let other = other_language(loc.language());
    let highlighted = view.highlight.filter(|h| h.target == Target::Step(step.id.clone()));
    let mut frame = Frame::group(ui.style()).inner_margin(Margin::same(10));
    if highlighted.is_some() {
        frame = frame.stroke(egui::Stroke::new(2.0, ui.visuals().selection.stroke.color));
    }
    let state = view.session.state(&step.id);
    let title_text = loc.text(&message);
    let response = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let mut done = state == StepState::Done;
        let mut title = RichText::new(&title_text).strong();
        match state {
            StepState::Done | StepState::Resolved => title = title.color(theme::done_color(dark)),
            StepState::Escalated | StepState::UserTold => title = title.color(theme::warning_color(dark)),
            StepState::Failed => title = title.color(theme::error_color(dark)),
            StepState::NotApplicable => title = title.weak().strikethrough(),
            StepState::NotStarted => {}
        }
        if ui.checkbox(&mut done, title).changed() {
            actions.push(Action::ToggleStep(step.id.clone()));
        }
        if both {
            ui.label(RichText::new(loc.text_in(other, &message)).weak());
        }
        let screen = view.screen();
        ui.horizontal_wrapped(|ui| {
            if screen.shows_who_acts() {
                ui.label(RichText::new(loc.text("step-who")).small().weak());
                for actor in &step.actors {
                    Frame::NONE
                        .fill(ui.visuals().faint_bg_color)
                        .corner_radius(4.0)
                        .inner_margin(Margin::symmetric(6, 1))
                        .show(ui, |ui| ui.label(RichText::new(loc.text(&actor.message_id())).small()));
                }
            }
            if step.from_pack {
                pack_badge_ui(ui, view);
            }
            change_badges_ui(ui, view, step.id.as_str());
            if step.uncertain {
                let badge = ui.label(
                    RichText::new(format!("{} {}", ICON_WARNING.codepoint, loc.text("step-uncertain-badge")))
                        .small()
                        .color(theme::warning_color(dark)),
                );
                if screen.shows_step_details(step) {
                    badge.on_hover_text(loc.attribute(&message, "uncertain").unwrap_or_default());
                }
            }
            if screen.shows_who_acts() {
                ui.separator();
            }
            let id = step.id.clone();
            let set = move |state, detail| Action::SetStepOutcome(id.clone(), state, detail);
            outcome_buttons_ui(
                ui,
                view,
                &title_text,
                view.session.record(&step.id),
                &OUTCOME_BUTTONS,
                &set,
                actions,
            );
            let record = view.session.record(&step.id).filter(|r| r.state != StepState::NotStarted);
            if let Some(record) = record.filter(|_| screen.shows_private()) {
                let at = record
                    .changed_at
                    .to_zoned_datetime(view.time_zone.clone())
                    .strftime("%H:%M")
                    .to_string();
                let state_label = loc.text(&record.state.message_id());
                ui.label(
                    RichText::new(loc.text_with_args(
                        "step-changed-at",
                        &[("state", state_label.as_str().into()), ("time", at.as_str().into())],
                    ))
                    .small()
                    .weak(),
                );
            }
        });
        let id = step.id.clone();
        let set = move |state, detail| Action::SetStepOutcome(id.clone(), state, detail);
        outcome_detail_ui(ui, view, &title_text, view.session.record(&step.id), &set, actions);
        if both {
            ui.columns(2, |columns| {
                // Columns lay out justified; text reads better ragged-right.
                let left = egui::Layout::top_down(egui::Align::Min);
                if let Some(summary) = loc.attribute(&message, "summary") {
                    columns[0].with_layout(left, |ui| ui.label(summary));
                }
                if let Some(summary) = loc.attribute_in(other, &message, "summary") {
                    columns[1].with_layout(left, |ui| ui.label(summary));
                }
            });
        } else if let Some(summary) = loc.attribute(&message, "summary") {
            ui.label(summary);
        }
        // On a shared screen the title and summary say what an admin's step is; its
        // explanations stay off.
        if screen.shows_step_details(step) {
            CollapsingHeader::new(loc.text("step-details"))
                .id_salt(("step-details", step.id.as_str()))
                .show(ui, |ui| {
                    if both {
                        ui.columns(2, |columns| {
                            let left = egui::Layout::top_down(egui::Align::Min);
                            columns[0].with_layout(left, |ui| details_ui(ui, view, step, loc.language()));
                            columns[1].with_layout(left, |ui| details_ui(ui, view, step, other));
                        });
                    } else {
                        details_ui(ui, view, step, loc.language());
                    }
                });
        }
        // The source has its own line below, so it is not repeated among the actions.
        // Links the screen may not show leave no empty row or bare "Source:" behind.
        let shown = |id: &&LinkId| view.playbook.link(id).is_some_and(|l| screen.shows_link(l));
        let action_links: Vec<&LinkId> = step
            .links
            .iter()
            .filter(|id| Some(*id) != step.source.as_ref())
            .filter(shown)
            .collect();
        if !action_links.is_empty() || step.caller_link.is_some() {
            ui.horizontal_wrapped(|ui| {
                for id in action_links {
                    link_buttons_ui(ui, view, id, actions);
                }
                if step.caller_link.is_some() {
                    let caller = view.session.caller_language;
                    let label = loc.text_with_args("step-copy-for-caller", &[("language", caller.native_name().into())]);
                    let response = step_button(
                        ui,
                        Button::new(format!("{} {label}", ICON_CONTENT_COPY.codepoint)),
                        format!("{label}: {title_text}"),
                        None,
                    )
                    .on_hover_text(loc.text("step-copy-for-caller-hint"));
                    if response.clicked() {
                        actions.push(Action::CopyForCaller(step.id.clone()));
                    }
                }
            });
        }
        if let Some(source) = step.source.as_ref().filter(shown) {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(loc.text("step-source")).small().weak());
                link_buttons_ui(ui, view, source, actions);
                page_date_ui(ui, view, source);
            });
        }
        if screen.shows_private() {
            note_ui(ui, view, step, &title_text, actions);
        }
    });
    if highlighted.is_some_and(|h| h.scroll_pending) {
        // From its title: a step taller than the pane would otherwise start above it.
        response.response.scroll_to_me(Some(egui::Align::TOP));
        actions.push(Action::Scrolled);
    }
}

/// The step's note: a field when there is a note (or the agent opened one), else "Add note".
fn note_ui(ui: &mut egui::Ui, view: &View<'_>, step: &Step, title: &str, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let note = view.session.step_note(&step.id);
    if note.is_empty() && !view.open_notes.contains(&step.id) {
        let label = loc.text("step-note-add");
        if step_button(ui, Button::new(RichText::new(&label).small()), format!("{label}: {title}"), None).clicked() {
            actions.push(Action::OpenStepNote(step.id.clone()));
        }
        return;
    }
    ui.label(RichText::new(loc.text("step-note-label")).small().weak());
    let mut text = note.to_owned();
    let response = ui.add(
        TextEdit::multiline(&mut text)
            // A fixed id: a status line appearing (after Ctrl+Shift+C) must not take the
            // keyboard away from the note being written.
            .id_salt(("step_note", step.id.as_str()))
            .char_limit(MAX_NOTE_CHARS)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    let name = format!("{}: {title}", loc.text("step-note-label"));
    response.widget_info(|| {
        let mut info = WidgetInfo::text_edit(true, note, &text, "");
        info.label = Some(name.clone());
        info
    });
    if response.changed() {
        actions.push(Action::SetStepNote(step.id.clone(), text));
    }
}

fn details_ui(ui: &mut egui::Ui, view: &View<'_>, step: &Step, language: Language) {
    let loc = view.loc;
    let message = step.id.message_id();
    let sections = [
        ("why", "step-why-heading"),
        ("check", "step-check-heading"),
        ("expected", "step-expected-heading"),
    ];
    for (attribute, heading) in sections {
        if let Some(text) = loc.attribute_in(language, &message, attribute) {
            ui.label(RichText::new(loc.text_in(language, heading)).strong());
            ui.label(text);
            ui.add_space(4.0);
        }
    }
    if step.uncertain {
        warning_card_ui(ui, |ui, color| {
            let heading = format!("{} {}", ICON_WARNING.codepoint, loc.text_in(language, "step-uncertain-heading"));
            ui.label(RichText::new(heading).strong().color(color));
            ui.label(loc.attribute_in(language, &message, "uncertain").unwrap_or_default());
        });
    }
}

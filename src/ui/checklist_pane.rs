//! The central pane: the selected category's checklist. Each step has a checkbox, who acts,
//! a summary, an expandable "why / how to check", its action buttons and its source.

use egui::{Button, CollapsingHeader, Frame, Margin, RichText, Role, TextEdit, WidgetInfo};
use egui_material_icons::icons::{ICON_CONTENT_COPY, ICON_DOMAIN, ICON_QR_CODE, ICON_WARNING};

use crate::i18n::Language;
use crate::model::category::Category;
use crate::model::playbook::{Actor, Audience, Link, LinkId, Step};
use crate::model::session::{MAX_NOTE_CHARS, StepState};
use crate::search::Target;
use crate::ui::action::{Action, ErrorsView};
use crate::ui::catalogue_pane::catalogue_pane_ui;
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
    ui.add_space(theme::STEP_GAP);
    if checklist.steps.is_empty() {
        ui.label(view.loc.text("checklist-empty"));
    }
    for step in &checklist.steps {
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
            StepState::Done => title = title.color(theme::done_color(dark)),
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
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(loc.text("step-who")).small().weak());
            for actor in &step.actors {
                Frame::NONE
                    .fill(ui.visuals().faint_bg_color)
                    .corner_radius(4.0)
                    .inner_margin(Margin::symmetric(6, 1))
                    .show(ui, |ui| ui.label(RichText::new(loc.text(&actor.message_id())).small()));
            }
            if step.from_pack {
                pack_badge_ui(ui, view);
            }
            if step.uncertain {
                ui.label(
                    RichText::new(format!("{} {}", ICON_WARNING.codepoint, loc.text("step-uncertain-badge")))
                        .small()
                        .color(theme::warning_color(dark)),
                )
                .on_hover_text(loc.attribute(&message, "uncertain").unwrap_or_default());
            }
            ui.separator();
            for marked in [StepState::NotApplicable, StepState::Failed] {
                let label = loc.text(&marked.message_id());
                let selected = state == marked;
                let response = step_button(
                    ui,
                    Button::selectable(selected, RichText::new(&label).small()),
                    format!("{label}: {title_text}"),
                    Some(selected),
                )
                .on_hover_text(loc.text_with_args("step-state-hint", &[("state", label.as_str().into())]));
                if response.clicked() {
                    actions.push(Action::SetStepState(step.id.clone(), marked));
                }
            }
            if let Some(record) = view.session.record(&step.id).filter(|r| r.state != StepState::NotStarted) {
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
        // While presenting, explanations meant for admins only stay off the shared screen.
        let admin_only = step.actors.iter().all(|a| matches!(a, Actor::TenantAdmin | Actor::OnPremAdmin));
        if view.presenting && admin_only {
            // Nothing: the title and summary say what the step is.
        } else {
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
        let action_links: Vec<&LinkId> = step.links.iter().filter(|id| Some(*id) != step.source.as_ref()).collect();
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
        if let Some(source) = &step.source {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(loc.text("step-source")).small().weak());
                link_buttons_ui(ui, view, source, actions);
            });
        }
        if !view.presenting {
            note_ui(ui, view, step, &title_text, actions);
        }
    });
    if highlighted.is_some_and(|h| h.scroll_pending) {
        response.response.scroll_to_me(Some(egui::Align::Center));
        actions.push(Action::Scrolled);
    }
}

/// A small badge with the content pack's name, on steps and entries the pack added, so the
/// agent can tell the organisation's own procedure from the built-in, documented one.
pub(crate) fn pack_badge_ui(ui: &mut egui::Ui, view: &View<'_>) {
    let Some(pack) = view.playbook.pack() else {
        return;
    };
    let label = format!("{} {}", ICON_DOMAIN.codepoint, pack.name);
    Frame::NONE
        .stroke(egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color))
        .corner_radius(4.0)
        .inner_margin(Margin::symmetric(6, 1))
        .show(ui, |ui| ui.label(RichText::new(label).small()))
        .inner
        .on_hover_text(
            view.loc
                .text_with_args("origin-pack-hint", &[("pack", format!("{} {}", pack.name, pack.version).into())]),
        );
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
        let color = theme::warning_color(ui.visuals().dark_mode);
        Frame::NONE
            .stroke(egui::Stroke::new(1.0, color))
            .corner_radius(4.0)
            .inner_margin(Margin::same(8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let heading = format!("{} {}", ICON_WARNING.codepoint, loc.text_in(language, "step-uncertain-heading"));
                ui.label(RichText::new(heading).strong().color(color));
                ui.label(loc.attribute_in(language, &message, "uncertain").unwrap_or_default());
            });
    }
}

/// Width of a small button showing `icon`, in points: the glyph as drawn plus the button's
/// padding (measured, not guessed: a guess too small let the copy button wrap away from its
/// link, under the next one).
fn icon_button_width(ui: &mut egui::Ui, icon: egui_material_icons::MaterialIcon) -> f32 {
    let font = egui::FontId::new(egui::TextStyle::Body.resolve(ui.style()).size, icon.font_family());
    let glyph = ui.fonts_mut(|f| f.layout_no_wrap(icon.codepoint.to_string(), font, egui::Color32::WHITE).size().x);
    glyph + 2.0 * ui.spacing().button_padding.x
}

/// A link's button (opens it; hover shows the URL) and its "copy link" button (and "QR code"
/// for an end-user page), kept on one row.
pub fn link_buttons_ui(ui: &mut egui::Ui, view: &View<'_>, id: &LinkId, actions: &mut Vec<Action>) {
    let Some(link) = view.playbook.link(id) else {
        return;
    };
    let loc = view.loc;
    let label = link_label(view, link);
    let hover = if link.uncertain {
        format!("{}\n{}", link.url, loc.text("unverified-link-hint"))
    } else {
        link.url.to_string()
    };
    // Keep the link and its small buttons on one line: start a new row when the whole group
    // does not fit (egui's wrapping would only move the part that overflows).
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text_width = ui.fonts_mut(|f| f.layout_no_wrap(label.clone(), font, egui::Color32::WHITE).size().x);
    let spacing = ui.spacing().item_spacing.x;
    let mut icons_width = spacing + icon_button_width(ui, ICON_CONTENT_COPY);
    if link.audience == Audience::EndUser {
        icons_width += spacing + icon_button_width(ui, ICON_QR_CODE);
    }
    let group_width = text_width + 2.0 * ui.spacing().button_padding.x + icons_width;
    // In a wrapping layout `available_width` is the whole row; the room left is up to the cursor.
    let row_width = ui.max_rect().width();
    let room = ui.max_rect().right() - ui.cursor().min.x;
    let at_row_start = room >= row_width - 0.5;
    if group_width > room && !at_row_start {
        ui.end_row();
    }
    // Too long for any row (a long label in a narrow window): the label wraps within what
    // the small buttons leave, so they stay beside their own link, not under the next one.
    let button = if group_width > row_width {
        let size = egui::vec2((row_width - icons_width).max(80.0), 0.0);
        ui.allocate_ui(size, |ui| ui.add(Button::new(&label).wrap())).inner
    } else {
        ui.button(&label)
    };
    if button.on_hover_text(hover).clicked() {
        actions.push(Action::OpenLink(id.clone()));
    }
    if link.audience == Audience::EndUser {
        let qr_name = loc.text_with_args("show-qr-named", &[("label", label.as_str().into())]);
        let qr = ui
            .add(Button::new(ICON_QR_CODE.rich_text()).small())
            .on_hover_text(loc.text("show-qr"));
        qr.widget_info(|| WidgetInfo::labeled(Role::Button, true, &qr_name));
        if qr.clicked() {
            actions.push(Action::ShowQr(Some(id.clone())));
        }
    }
    let copy_name = loc.text_with_args("copy-link-named", &[("label", label.as_str().into())]);
    let copy = ui
        .add(Button::new(ICON_CONTENT_COPY.rich_text()).small())
        .on_hover_text(loc.text("copy-link"));
    copy.widget_info(|| WidgetInfo::labeled(Role::Button, true, &copy_name));
    if copy.clicked() {
        actions.push(Action::CopyLink(id.clone()));
    }
}

/// The button label of a link in the current language, marked when the URL is unverified.
pub fn link_label(view: &View<'_>, link: &Link) -> String {
    let label = view.loc.text(&link.id.message_id());
    if link.uncertain {
        format!("{label} {}", view.loc.text("unverified-link-suffix"))
    } else {
        label
    }
}

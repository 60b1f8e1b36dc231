//! The central pane: the selected category's checklist. Each step has a checkbox, who acts,
//! a summary, an expandable "why / how to check", its action buttons and its source.

use egui::{Button, CollapsingHeader, Frame, Margin, RichText, Role, WidgetInfo};
use egui_material_icons::icons::{ICON_CONTENT_COPY, ICON_WARNING};

use crate::model::category::Category;
use crate::model::playbook::{Link, LinkId, Step};
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

fn step_ui(ui: &mut egui::Ui, view: &View<'_>, step: &Step, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let dark = ui.visuals().dark_mode;
    let message = step.id.message_id();
    let highlighted = view.highlight.filter(|h| h.target == Target::Step(step.id.clone()));
    let mut frame = Frame::group(ui.style()).inner_margin(Margin::same(10));
    if highlighted.is_some() {
        frame = frame.stroke(egui::Stroke::new(2.0, ui.visuals().selection.stroke.color));
    }
    let response = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let mut done = view.session.is_done(&step.id);
        let mut title = RichText::new(loc.text(&message)).strong();
        if done {
            title = title.color(theme::done_color(dark));
        }
        if ui.checkbox(&mut done, title).changed() {
            actions.push(Action::ToggleStep(step.id.clone()));
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
            if step.uncertain {
                ui.label(
                    RichText::new(format!("{} {}", ICON_WARNING.codepoint, loc.text("step-uncertain-badge")))
                        .small()
                        .color(theme::warning_color(dark)),
                )
                .on_hover_text(loc.attribute(&message, "uncertain").unwrap_or_default());
            }
        });
        if let Some(summary) = loc.attribute(&message, "summary") {
            ui.label(summary);
        }
        CollapsingHeader::new(loc.text("step-details"))
            .id_salt(("step-details", step.id.as_str()))
            .show(ui, |ui| details_ui(ui, view, step));
        // The source has its own line below, so it is not repeated among the actions.
        let action_links: Vec<&LinkId> = step.links.iter().filter(|id| Some(*id) != step.source.as_ref()).collect();
        if !action_links.is_empty() {
            ui.horizontal_wrapped(|ui| {
                for id in action_links {
                    link_buttons_ui(ui, view, id, actions);
                }
            });
        }
        if let Some(source) = &step.source {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(loc.text("step-source")).small().weak());
                link_buttons_ui(ui, view, source, actions);
            });
        }
    });
    if highlighted.is_some_and(|h| h.scroll_pending) {
        response.response.scroll_to_me(Some(egui::Align::Center));
        actions.push(Action::Scrolled);
    }
}

fn details_ui(ui: &mut egui::Ui, view: &View<'_>, step: &Step) {
    let loc = view.loc;
    let message = step.id.message_id();
    let sections = [
        ("why", "step-why-heading"),
        ("check", "step-check-heading"),
        ("expected", "step-expected-heading"),
    ];
    for (attribute, heading) in sections {
        if let Some(text) = loc.attribute(&message, attribute) {
            ui.label(RichText::new(loc.text(heading)).strong());
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
                ui.label(
                    RichText::new(format!("{} {}", ICON_WARNING.codepoint, loc.text("step-uncertain-heading")))
                        .strong()
                        .color(color),
                );
                ui.label(loc.attribute(&message, "uncertain").unwrap_or_default());
            });
    }
}

/// A link's button (opens it; hover shows the URL) and its "copy link" button.
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
    if ui.button(&label).on_hover_text(hover).clicked() {
        actions.push(Action::OpenLink(id.clone()));
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

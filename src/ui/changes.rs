//! "What's changing": the dated platform changes (Microsoft's, and a content pack's), each
//! upcoming or in effect as of the agent's today, with what callers report and buttons to the
//! steps and entries it affects.

use egui::{RichText, ScrollArea};
use egui_material_icons::icons::ICON_WARNING;

use crate::model::catalogue::EntryId;
use crate::model::changes::ChangeState;
use crate::model::playbook::{LinkId, StepId};
use crate::search::Target;
use crate::ui::action::Action;
use crate::ui::widgets::{link_buttons_ui, page_date_ui};
use crate::ui::{View, theme};

/// The "What's changing" dialog, newest change first.
pub fn changes_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let modal = egui::Modal::new(egui::Id::unique("changes_modal")).show(ui.ctx(), |ui| {
        ui.set_max_width(680.0);
        ui.heading(loc.text("changes-title"));
        ui.label(RichText::new(loc.text_with_args("changes-intro", &[("today", loc.date(view.today).into())])).weak());
        ui.add_space(6.0);
        let mut changes: Vec<_> = view.playbook.changes().iter().collect();
        changes.sort_by(|a, b| b.effective.cmp(&a.effective).then_with(|| a.id.cmp(&b.id)));
        ScrollArea::vertical()
            .max_height(ui.ctx().content_rect().height() * 0.7)
            .show(ui, |ui| {
                for change in changes {
                    let message = change.message_id();
                    let dark = ui.visuals().dark_mode;
                    let date = loc.date(change.effective);
                    let (state, color) = match change.state_on(view.today) {
                        ChangeState::Upcoming => ("changes-state-upcoming", theme::warning_color(dark)),
                        ChangeState::InEffect => ("changes-state-in-effect", theme::done_color(dark)),
                    };
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(loc.text(&message)).strong());
                        ui.horizontal_wrapped(|ui| {
                            ui.label(RichText::new(loc.text_with_args(state, &[("date", date.into())])).color(color));
                            if change.uncertain {
                                ui.label(
                                    RichText::new(format!("{} {}", ICON_WARNING.codepoint, loc.text("changes-date-uncertain")))
                                        .small()
                                        .color(theme::warning_color(dark)),
                                );
                            }
                        });
                        if let Some(reports) = loc.attribute(&message, "reports") {
                            ui.label(RichText::new(loc.text("changes-callers-report")).weak());
                            ui.label(reports);
                        }
                        if let Some(summary) = loc.attribute(&message, "summary") {
                            ui.label(summary);
                        }
                        ui.horizontal_wrapped(|ui| {
                            let source = LinkId::new(change.source.clone());
                            ui.label(RichText::new(loc.text("step-source")).small().weak());
                            link_buttons_ui(ui, view, &source, actions);
                            page_date_ui(ui, view, &source);
                        });
                        ui.horizontal_wrapped(|ui| {
                            ui.label(RichText::new(loc.text("changes-affects")).small().weak());
                            for id in &change.affects {
                                let step = StepId::new(id.clone());
                                let (target, title) = if view.playbook.step(&step).is_some() {
                                    (Target::Step(step.clone()), loc.text(&step.message_id()))
                                } else {
                                    let entry = EntryId::new(id.clone());
                                    let title = loc.text(&entry.message_id());
                                    (Target::Entry(entry), title)
                                };
                                if ui.small_button(title).clicked() {
                                    actions.push(Action::OpenResult(target));
                                    actions.push(Action::ShowChanges(false));
                                }
                            }
                        });
                    });
                    ui.add_space(4.0);
                }
            });
        ui.add_space(6.0);
        if ui.button(loc.text("changes-close")).clicked() {
            actions.push(Action::ShowChanges(false));
        }
    });
    if modal.should_close() {
        actions.push(Action::ShowChanges(false));
    }
}

//! Modal dialogs: confirming a new session, and a link's QR code shown large.

use egui::{Key, RichText};

use crate::ui::action::Action;
use crate::ui::{HelpdeskApp, kiosk, qr};

impl HelpdeskApp {
    pub(super) fn new_session_modal_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let loc = &self.loc;
        let modal = egui::Modal::new(egui::Id::unique("new_session_modal")).show(ui.ctx(), |ui| {
            ui.set_max_width(420.0);
            ui.heading(loc.text("new-session-title"));
            ui.label(loc.text("new-session-body"));
            ui.add_space(8.0);
            // Enter confirms, as in any dialog; Esc cancels (below).
            if ui.input(|i| i.key_pressed(Key::Enter)) {
                actions.push(Action::ConfirmNewSession);
            }
            ui.horizontal(|ui| {
                if ui.button(loc.text("new-session-confirm")).clicked() {
                    actions.push(Action::ConfirmNewSession);
                }
                if ui.button(loc.text("new-session-cancel")).clicked() {
                    actions.push(Action::CancelNewSession);
                }
            });
        });
        if modal.should_close() {
            actions.push(Action::CancelNewSession);
        }
    }

    /// At start, with the last run's call restored: continue it or start a new one. Until the
    /// agent chooses, nothing typed can land in the old call's fields. The ticket is named
    /// for the agent only: never while presenting.
    pub(super) fn resume_modal_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some((ticket, steps)) = &self.resume_prompt else { return };
        let loc = &self.loc;
        let body = if self.presenting.is_some() {
            loc.text("resume-body-presenting")
        } else {
            let ticket = if ticket.trim().is_empty() {
                loc.text("summary-ticket-none")
            } else {
                ticket.clone()
            };
            loc.text_with_args("resume-body", &[("ticket", ticket.into()), ("steps", (*steps).into())])
        };
        // Esc or a click outside closes nothing: the choice decides where new typing goes.
        egui::Modal::new(egui::Id::unique("resume_modal")).show(ui.ctx(), |ui| {
            ui.set_max_width(420.0);
            ui.heading(loc.text("resume-title"));
            ui.label(body);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(loc.text("resume-continue")).clicked() {
                    actions.push(Action::ContinuePreviousCall);
                }
                if ui.button(loc.text("resume-new")).clicked() {
                    actions.push(Action::StartNewCall);
                }
            });
        });
    }

    /// A link's QR code shown large, with its address, until closed.
    pub(super) fn qr_modal_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(link) = self.qr_link.as_ref().and_then(|id| self.playbook.link(id)) else {
            return;
        };
        let loc = &self.loc;
        let modal = egui::Modal::new(egui::Id::unique("qr_modal")).show(ui.ctx(), |ui| {
            ui.heading(loc.text("qr-title"));
            ui.label(RichText::new(loc.text(&link.id.message_id())).strong());
            qr::qr_ui(ui, link.url.as_str(), 360.0);
            ui.label(RichText::new(kiosk::short_address(link.url.as_str())).size(28.0).monospace());
            if ui.button(loc.text("qr-close")).clicked() {
                actions.push(Action::ShowQr(None));
            }
        });
        if modal.should_close() {
            actions.push(Action::ShowQr(None));
        }
    }
}

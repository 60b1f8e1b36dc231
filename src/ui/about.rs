//! The About box: versions, the renderer in use, the log folder, and every licence the app
//! ships (its own, the bundled fonts', the icon font's).

use egui::{CollapsingHeader, RichText, ScrollArea};

use crate::i18n::Localizer;
use crate::model::playbook::Playbook;
use crate::report::APP_VERSION;
use crate::ui::action::Action;
use crate::ui::fonts::FONT_LICENCE;

/// The app's own licence notice.
pub const APP_LICENCE: &str = "SSPR Helpdesk Assistant is licensed under the MIT license or the Apache License 2.0, at your option \
(LICENSE-MIT, LICENSE-APACHE). Microsoft, Microsoft Entra and Azure are trademarks of the Microsoft group of companies; this tool is not \
made or endorsed by Microsoft.";

/// The Material Symbols icon font's licence notice (egui_material_icons bundles it).
pub const ICON_FONT_LICENCE: &str = "Material Symbols (icon font, via the egui_material_icons crate): Copyright Google LLC, licensed under the \
Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0).";

/// Draws the About box.
pub fn about_ui(ui: &mut egui::Ui, loc: &Localizer, playbook: &Playbook, renderer: &str, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("about_modal")).show(ui.ctx(), |ui| {
        ui.set_max_width(620.0);
        ui.heading(loc.text("app-title"));
        let line = |ui: &mut egui::Ui, label: &str, value: String| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(loc.text_with_args("label-with-colon", &[("label", loc.text(label).into())])).weak());
                ui.label(value);
            });
        };
        line(ui, "about-version", APP_VERSION.to_owned());
        line(ui, "about-content-version", playbook.content_version.clone());
        if let Some(checked) = playbook.checked_on() {
            line(ui, "about-content-checked", loc.date(checked));
        }
        if let Some(pack) = playbook.pack() {
            line(ui, "about-pack", pack.to_string());
        }
        line(ui, "about-renderer", renderer.to_owned());
        let log_dir = crate::platform::logging::log_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        line(ui, "about-log-folder", log_dir);
        if ui.button(loc.text("about-open-log-folder")).clicked() {
            actions.push(Action::OpenLogFolder);
        }
        ui.add_space(6.0);
        ui.label(RichText::new(loc.text("about-licences")).strong());
        ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
            ui.label(APP_LICENCE);
            ui.label(ICON_FONT_LICENCE);
            CollapsingHeader::new(loc.text("about-font-licence")).show(ui, |ui| {
                ui.label(RichText::new(FONT_LICENCE).monospace().size(11.0));
            });
        });
        ui.add_space(6.0);
        if ui.button(loc.text("about-close")).clicked() {
            actions.push(Action::ShowAbout(false));
        }
    });
    if modal.should_close() {
        actions.push(Action::ShowAbout(false));
    }
}

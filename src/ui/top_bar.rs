//! The top bar: app title, the language switch and "clear all ticks".

use egui::{Button, RichText};

use crate::i18n::Language;
use crate::ui::View;
use crate::ui::action::Action;

/// Draws the top bar.
pub fn top_bar_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(view.loc.text("app-title")).heading().strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let clear = ui
                .add_enabled(view.session.ticked_count() > 0, Button::new(view.loc.text("top-clear-ticks")))
                .on_hover_text(view.loc.text("top-clear-ticks-hint"))
                .on_disabled_hover_text(view.loc.text("top-clear-ticks-hint"));
            if clear.clicked() {
                actions.push(Action::ClearTicks);
            }
            ui.separator();
            // Right-to-left layout: add in reverse so the switch reads "English | 中文".
            for language in Language::ALL.into_iter().rev() {
                let selected = view.loc.language() == language;
                let response = ui
                    .add(Button::selectable(selected, language.native_name()))
                    .on_hover_text(view.loc.text("top-language-hint"));
                if response.clicked() && !selected {
                    actions.push(Action::SetLanguage(language));
                }
            }
            ui.label(view.loc.text("top-language"));
        });
    });
}

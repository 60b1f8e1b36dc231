//! The top bar: app title, the language switch and "clear all ticks".

use egui::{Button, RichText, TextEdit};
use egui_material_icons::icons::{ICON_CLOSE, ICON_SEARCH};

use crate::i18n::Language;
use crate::ui::View;
use crate::ui::action::Action;

/// Id of the search box, so Ctrl+F can focus it.
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("search_box")
}

/// Draws the top bar. `query` is the search box's text; `focus_search` gives it focus
/// (Ctrl+F).
pub fn top_bar_ui(ui: &mut egui::Ui, view: &View<'_>, query: &str, focus_search: bool, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(view.loc.text("app-title")).heading().strong());
        ui.add_space(8.0);
        search_box_ui(ui, view, query, focus_search, actions);
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

fn search_box_ui(ui: &mut egui::Ui, view: &View<'_>, query: &str, focus: bool, actions: &mut Vec<Action>) {
    let loc = view.loc;
    ui.label(ICON_SEARCH.rich_text().size(18.0));
    let label = ui.label(loc.text("search-label"));
    let mut text = query.to_owned();
    let response = ui.add(
        TextEdit::singleline(&mut text)
            .id(search_box_id())
            .hint_text(loc.text("search-hint"))
            .desired_width(300.0_f32.min(ui.available_width() * 0.5)),
    );
    let response = response.labelled_by(label.id);
    if focus {
        response.request_focus();
    }
    if response.changed() {
        actions.push(Action::SetSearch(text));
    }
    if !query.is_empty() {
        let clear_label = loc.text("search-clear");
        let clear = ui
            .add(Button::new(ICON_CLOSE.rich_text()).small().frame(false))
            .on_hover_text(&clear_label);
        clear.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &clear_label));
        if clear.clicked() {
            actions.push(Action::SetSearch(String::new()));
        }
    }
}

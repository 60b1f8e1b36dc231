//! The top bar, in two rows so nothing overlaps at 800 px: the title, the language switch,
//! "New session" and "Reset checklist"; then the search box, the view toggles and the View menu.

use egui::{Button, Layout, RichText, TextEdit};
use egui_material_icons::icons::{ICON_ARROW_BACK, ICON_CLOSE, ICON_SEARCH};

use crate::model::language::Language;
use crate::model::settings::ThemeChoice;
use crate::ui::View;
use crate::ui::action::Action;

/// Id of the search box, so Ctrl+F can focus it.
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("search_box")
}

/// Draws the top bar. `query` is the search box's text; `focus_search` gives it focus
/// (Ctrl+F).
pub fn top_bar_ui(ui: &mut egui::Ui, view: &View<'_>, query: &str, focus_search: bool, actions: &mut Vec<Action>) {
    let loc = view.loc;
    ui.horizontal(|ui| {
        ui.label(RichText::new(loc.text("app-title")).heading().strong());
        if view.presenting {
            egui::Frame::NONE
                .fill(ui.visuals().selection.bg_fill)
                .corner_radius(4.0)
                .inner_margin(egui::Margin::symmetric(8, 2))
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(loc.text("top-presenting"))
                            .strong()
                            .color(ui.visuals().selection.stroke.color),
                    )
                });
        }
        ui.with_layout(Layout::right_to_left(egui::Align::Center), |ui| {
            // Right to left: the rightmost control first.
            let clear = ui
                .add_enabled(view.session.ticked_count() > 0, Button::new(loc.text("top-clear-ticks")))
                .on_hover_text(loc.text("top-clear-ticks-hint"))
                .on_disabled_hover_text(loc.text("top-clear-ticks-hint"));
            if clear.clicked() {
                actions.push(Action::ClearTicks);
            }
            if ui
                .button(loc.text("top-new-session"))
                .on_hover_text(loc.text("top-new-session-hint"))
                .clicked()
            {
                actions.push(Action::RequestNewSession);
            }
            ui.separator();
            for language in Language::ALL.into_iter().rev() {
                let selected = loc.language() == language;
                let response = ui
                    .add(Button::selectable(selected, language.native_name()))
                    .on_hover_text(loc.text("top-language-hint"));
                if response.clicked() && !selected {
                    actions.push(Action::SetLanguage(language));
                }
            }
            ui.label(loc.text("top-language"));
        });
    });
    ui.horizontal(|ui| {
        // Measure the toggles first so the search box takes the rest of the row.
        let toggles_width = 480.0_f32.min(ui.available_width() * 0.55);
        search_box_ui(ui, view, query, focus_search, ui.available_width() - toggles_width, actions);
        ui.with_layout(Layout::right_to_left(egui::Align::Center), |ui| {
            view_menu_ui(ui, view, actions);
            let mut presenting = view.presenting;
            if ui
                .checkbox(&mut presenting, loc.text("top-present"))
                .on_hover_text(loc.text("top-present-hint"))
                .changed()
            {
                actions.push(Action::SetPresenting(presenting));
            }
            let mut panel = view.settings.session_panel;
            if ui.checkbox(&mut panel, loc.text("top-session-panel")).changed() {
                actions.push(Action::SetSessionPanel(panel));
            }
            let mut both = view.settings.both_languages;
            if ui
                .checkbox(&mut both, loc.text("top-both-languages"))
                .on_hover_text(loc.text("top-both-languages-hint"))
                .changed()
            {
                actions.push(Action::SetBothLanguages(both));
            }
        });
    });
}

fn search_box_ui(ui: &mut egui::Ui, view: &View<'_>, query: &str, focus: bool, width: f32, actions: &mut Vec<Action>) {
    let loc = view.loc;
    ui.label(ICON_SEARCH.rich_text().size(18.0));
    let label = ui.label(loc.text("search-label"));
    let mut text = query.to_owned();
    // Leave room for the clear button.
    let field_width = (width - 120.0).clamp(140.0, 520.0);
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .id(search_box_id())
                .hint_text(loc.text("search-hint"))
                .desired_width(field_width),
        )
        .labelled_by(label.id);
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
    // Beside the (now empty) box, where the query was: always in view, however far the
    // opened step is down the checklist.
    if let (true, Some(last)) = (query.is_empty(), view.last_query) {
        let full = loc.text_with_args("search-back", &[("query", last.into())]);
        let back = ui
            .add(Button::new(format!("{} {}", ICON_ARROW_BACK.codepoint, loc.text("search-back-short"))).small())
            .on_hover_text(&full);
        back.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &full));
        if back.clicked() {
            actions.push(Action::BackToResults);
        }
    }
}

fn view_menu_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    let loc = view.loc;
    ui.menu_button(loc.text("top-view"), |ui| {
        ui.label(RichText::new(loc.text("view-theme")).weak());
        for (choice, label) in [
            (ThemeChoice::System, "theme-system"),
            (ThemeChoice::Light, "theme-light"),
            (ThemeChoice::Dark, "theme-dark"),
        ] {
            if ui.radio(view.settings.theme == choice, loc.text(label)).clicked() {
                actions.push(Action::SetTheme(choice));
                ui.close();
            }
        }
        let mut high_contrast = view.settings.high_contrast;
        if ui.checkbox(&mut high_contrast, loc.text("view-high-contrast")).changed() {
            actions.push(Action::SetHighContrast(high_contrast));
        }
        ui.separator();
        if ui.button(loc.text("view-zoom-in")).clicked() {
            actions.push(Action::Zoom(1.1));
        }
        if ui.button(loc.text("view-zoom-out")).clicked() {
            actions.push(Action::Zoom(1.0 / 1.1));
        }
        if ui.button(loc.text("view-zoom-reset")).clicked() {
            actions.push(Action::Zoom(1.0));
            ui.close();
        }
        ui.separator();
        // A pinned pack shows why the entries are greyed out instead of hiding them.
        let may_change = !view.pack_locked;
        let open = ui
            .add_enabled(may_change, egui::Button::new(loc.text("view-open-pack")))
            .on_disabled_hover_text(loc.text("view-pack-locked"));
        if open.clicked() {
            actions.push(Action::OpenPack);
            ui.close();
        }
        if let Some(admin) = view.admin_pack {
            let back = ui.button(loc.text("view-admin-pack")).on_hover_text(admin.display().to_string());
            if back.clicked() {
                actions.push(Action::UseAdminPack);
                ui.close();
            }
        }
        if view.pack.is_some() {
            let remove = ui
                .add_enabled(may_change, egui::Button::new(loc.text("view-remove-pack")))
                .on_disabled_hover_text(loc.text("view-pack-locked"));
            if remove.clicked() {
                actions.push(Action::RemovePack);
                ui.close();
            }
        }
        ui.separator();
        if ui.button(loc.text("changes-open")).clicked() {
            actions.push(Action::ShowChanges(true));
            ui.close();
        }
        if ui.button(loc.text("about-open")).clicked() {
            actions.push(Action::ShowAbout(true));
            ui.close();
        }
    });
}

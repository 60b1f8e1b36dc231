//! The top bar, in two rows so nothing overlaps at 800 px: the title, the language switch,
//! "New session" and "Reset checklist"; then the search box, the view toggles and the View menu.

use egui::{Button, Layout, RichText, TextEdit};
use egui_material_icons::icons::{ICON_ARROW_BACK, ICON_CLOSE, ICON_SEARCH};

use crate::model::language::Language;
use crate::model::settings::ThemeChoice;
use crate::ui::View;
use crate::ui::action::Action;
use crate::ui::decode_pane::DecodeAction;

/// Id of the search box, so Ctrl+F can focus it.
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("search_box")
}

/// Width of a button (or a checkbox, with `with_box`) showing `text`, in points: measured
/// with the current fonts, so the bar knows whether a group fits beside the rest.
fn control_width(ui: &mut egui::Ui, text: &str, with_box: bool) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text_width = ui.fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE).size().x);
    let spacing = ui.spacing();
    let extra = if with_box {
        spacing.icon_width + spacing.icon_spacing
    } else {
        2.0 * spacing.button_padding.x
    };
    text_width + extra + spacing.item_spacing.x
}

/// Draws the top bar. `query` is the search box's text; `focus_search` gives it focus
/// (Ctrl+F). Each row keeps its right-hand group at the right edge when it fits; in a narrow
/// window or at Present mode's larger text the group gets a row of its own instead of drawing
/// over the rest.
pub fn top_bar_ui(ui: &mut egui::Ui, view: &View<'_>, query: &str, focus_search: bool, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let mut needed = control_width(ui, &loc.text("top-clear-ticks"), false)
        + control_width(ui, &loc.text("top-new-session"), false)
        + control_width(ui, &loc.text("top-language"), false)
        + 2.0 * ui.spacing().item_spacing.x;
    for language in Language::ALL {
        needed += control_width(ui, language.native_name(), false);
    }
    let controls_beside = ui
        .horizontal(|ui| {
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
            let fits = ui.available_width() >= needed;
            if fits {
                ui.with_layout(Layout::right_to_left(egui::Align::Center), |ui| {
                    session_controls_ui(ui, view, true, actions)
                });
            }
            fits
        })
        .inner;
    if !controls_beside {
        ui.horizontal(|ui| session_controls_ui(ui, view, false, actions));
    }
    let toggles_width: f32 = [
        control_width(ui, &loc.text("decode-pane-open"), false),
        control_width(ui, &loc.text("top-both-languages"), true),
        control_width(ui, &loc.text("top-session-panel"), true),
        control_width(ui, &loc.text("top-present"), true),
        control_width(ui, &loc.text("top-view"), false),
    ]
    .iter()
    .sum();
    // The search row needs room for its label, a usable box and "← Results".
    let search_min = 420.0;
    if ui.available_width() >= toggles_width + search_min {
        ui.horizontal(|ui| {
            let width = (ui.available_width() - toggles_width).min(640.0);
            search_box_ui(ui, view, query, focus_search, width, actions);
            ui.with_layout(Layout::right_to_left(egui::Align::Center), |ui| toggles_ui(ui, view, true, actions));
        });
    } else {
        ui.horizontal(|ui| search_box_ui(ui, view, query, focus_search, ui.available_width(), actions));
        // At Present mode's larger text in a narrow window even a row of their own may not
        // hold them all: they wrap rather than run off the edge.
        ui.horizontal_wrapped(|ui| toggles_ui(ui, view, false, actions));
    }
}

/// One control of a group, drawn in either direction.
type Part<'a> = Box<dyn FnOnce(&mut egui::Ui, &mut Vec<Action>) + 'a>;

/// Language, "New session" and "Reset checklist", in reading order (`rtl`: drawn from the
/// right edge, so the last comes first).
fn session_controls_ui(ui: &mut egui::Ui, view: &View<'_>, rtl: bool, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let mut parts: Vec<Part<'_>> = vec![Box::new(|ui, _| {
        ui.label(loc.text("top-language"));
    })];
    for language in Language::ALL {
        parts.push(Box::new(move |ui, actions| {
            let selected = loc.language() == language;
            let response = ui
                .add(Button::selectable(selected, language.native_name()))
                .on_hover_text(loc.text("top-language-hint"));
            if response.clicked() && !selected {
                actions.push(Action::SetLanguage(language));
            }
        }));
    }
    parts.push(Box::new(|ui, _| {
        ui.separator();
    }));
    parts.push(Box::new(|ui, actions| {
        if ui
            .button(loc.text("top-new-session"))
            .on_hover_text(loc.text("top-new-session-hint"))
            .clicked()
        {
            actions.push(Action::RequestNewSession);
        }
    }));
    parts.push(Box::new(|ui, actions| {
        let clear = ui
            .add_enabled(view.session.ticked_count() > 0, Button::new(loc.text("top-clear-ticks")))
            .on_hover_text(loc.text("top-clear-ticks-hint"))
            .on_disabled_hover_text(loc.text("top-clear-ticks-hint"));
        if clear.clicked() {
            actions.push(Action::ClearTicks);
        }
    }));
    if rtl {
        parts.reverse();
    }
    for part in parts {
        part(ui, actions);
    }
}

/// "Decode evidence", "Both languages", "Session panel", "Present" and the View menu, in reading order (`rtl`:
/// drawn from the right edge).
fn toggles_ui(ui: &mut egui::Ui, view: &View<'_>, rtl: bool, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let mut parts: Vec<Part<'_>> = vec![
        Box::new(|ui, actions| {
            let open = ui
                .add(Button::new(loc.text("decode-pane-open")).selected(view.decode_open))
                .on_hover_text(loc.text("decode-pane-open-hint"));
            if open.clicked() {
                actions.push(Action::Decode(DecodeAction::Show(!view.decode_open)));
            }
        }),
        Box::new(|ui, actions| {
            let mut both = view.settings.both_languages;
            if ui
                .checkbox(&mut both, loc.text("top-both-languages"))
                .on_hover_text(loc.text("top-both-languages-hint"))
                .changed()
            {
                actions.push(Action::SetBothLanguages(both));
            }
        }),
        Box::new(|ui, actions| {
            // The panel is hidden while presenting: the box says so instead of staying ticked.
            let shown = view.screen().shows_private();
            let mut panel = view.settings.session_panel && shown;
            let response = ui
                .add_enabled(shown, egui::Checkbox::new(&mut panel, loc.text("top-session-panel")))
                .on_disabled_hover_text(loc.text("top-session-panel-presenting"));
            if response.changed() {
                actions.push(Action::SetSessionPanel(panel));
            }
        }),
        Box::new(|ui, actions| {
            let mut presenting = view.presenting;
            if ui
                .checkbox(&mut presenting, loc.text("top-present"))
                .on_hover_text(loc.text("top-present-hint"))
                .changed()
            {
                actions.push(Action::SetPresenting(presenting));
            }
        }),
        Box::new(|ui, actions| view_menu_ui(ui, view, actions)),
    ];
    if rtl {
        parts.reverse();
    }
    for part in parts {
        part(ui, actions);
    }
}

fn search_box_ui(ui: &mut egui::Ui, view: &View<'_>, query: &str, focus: bool, width: f32, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let start = ui.cursor().min.x;
    ui.label(ICON_SEARCH.rich_text().size(18.0));
    let label = ui.label(loc.text("search-label"));
    let mut text = query.to_owned();
    // Leave room for the clear button or "← Results", whichever is wider.
    let after = control_width(
        ui,
        &format!("{} {}", ICON_ARROW_BACK.codepoint, loc.text("search-back-short")),
        false,
    )
    .max(ui.spacing().interact_size.y + ui.spacing().item_spacing.x);
    let used = ui.cursor().min.x - start;
    let field_width = (width - used - after - ui.spacing().item_spacing.x).clamp(140.0, 520.0);
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .id(search_box_id())
                .hint_text(loc.text("search-hint"))
                // On a shared screen what the agent types (often the caller's words or
                // name) shows as dots, to the screen and to screen readers alike.
                .password(!view.screen().shows_private())
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
        let full = if view.screen().shows_private() {
            loc.text_with_args("search-back", &[("query", last.into())])
        } else {
            loc.text("search-back-short")
        };
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

//! The left panel: the four categories, each with an icon, its title and its progress.

use egui::{Button, RichText, Vec2};
use egui_material_icons::MaterialIcon;
use egui_material_icons::icons::{ICON_ERROR, ICON_EXPLORE, ICON_HOW_TO_REG, ICON_POLICY, ICON_SETTINGS};

use crate::i18n::Localizer;
use crate::model::category::Category;
use crate::model::playbook::Playbook;
use crate::model::session::Session;
use crate::ui::action::Action;
use crate::ui::{View, theme};

/// The icon shown beside a category.
pub fn category_icon(category: Category) -> MaterialIcon {
    match category {
        Category::Configure => ICON_SETTINGS,
        Category::Errors => ICON_ERROR,
        Category::Policy => ICON_POLICY,
        Category::Registration => ICON_HOW_TO_REG,
    }
}

/// The progress text of a category, e.g. "3/12" (`sidebar-progress`).
pub fn progress_text_for(loc: &Localizer, playbook: &Playbook, session: &Session, category: Category) -> String {
    let (done, total) = playbook.checklist(category).map_or((0, 0), |list| session.progress(list));
    loc.text_with_args("sidebar-progress", &[("done", done.into()), ("total", total.into())])
}

/// Draws the category list.
pub fn sidebar_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    ui.add_space(6.0);
    ui.label(RichText::new(view.loc.text("sidebar-heading")).strong());
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(ICON_EXPLORE.rich_text().size(20.0));
        let width = ui.available_width();
        // An empty right text lays the title out like the categories' (left-aligned).
        let button = Button::selectable(view.triage.open, view.loc.text("triage-title"))
            .right_text("")
            .wrap()
            .min_size(Vec2::new(width, 34.0));
        let title = view.loc.text("triage-title");
        let response = ui.add(button).on_hover_text(view.loc.text("triage-sidebar-hint"));
        response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, view.triage.open, &title));
        if response.clicked() && !view.triage.open {
            actions.push(Action::Triage(crate::ui::triage::TriageAction::Open));
        }
    });
    let dark = ui.visuals().dark_mode;
    for category in view.playbook.categories() {
        let selected = view.session.selected() == category && !view.triage.open;
        let (done, total) = view.playbook.checklist(category).map_or((0, 0), |list| view.session.progress(list));
        let mut progress = RichText::new(progress_text_for(view.loc, view.playbook, view.session, category));
        if total > 0 && done == total {
            progress = progress.color(theme::done_color(dark));
        }
        ui.horizontal(|ui| {
            ui.label(category_icon(category).rich_text().size(20.0));
            let width = ui.available_width();
            let button = Button::selectable(selected, view.loc.category_title(category))
                .right_text(progress)
                .wrap()
                .min_size(Vec2::new(width, 34.0));
            let response = ui.add(button).on_hover_text(
                view.loc
                    .text_with_args("sidebar-shortcut-hint", &[("key", category.number().into())]),
            );
            if response.clicked() && !selected {
                actions.push(Action::SelectCategory(category));
            }
        });
    }
    if let Some(pack) = view.playbook.pack() {
        ui.add_space(6.0);
        ui.label(
            RichText::new(view.loc.text_with_args(
                "pack-active",
                &[("name", pack.name.as_str().into()), ("version", pack.version.as_str().into())],
            ))
            .small()
            .weak(),
        );
    }
}

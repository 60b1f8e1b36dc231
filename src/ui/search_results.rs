//! The search results list, shown in place of the checklist while the search box has text.

use egui::{Frame, Margin, RichText};

use crate::search::{SearchResult, Target};
use crate::ui::action::Action;
use crate::ui::widgets::change_badges_ui;
use crate::ui::{View, theme};

/// Draws the ranked results for `query`.
pub fn search_results_ui(ui: &mut egui::Ui, view: &View<'_>, query: &str, results: &[SearchResult], actions: &mut Vec<Action>) {
    let loc = view.loc;
    // On a shared screen the query stays private: the search box shows dots, and so does this.
    let shown_query = if view.screen().shows_private() {
        query.to_owned()
    } else {
        "•".repeat(query.chars().count().min(12))
    };
    let query = shown_query.as_str();
    if results.is_empty() {
        ui.heading(loc.text("search-label"));
        ui.label(loc.text_with_args("search-no-results", &[("query", query.into())]));
        return;
    }
    ui.heading(loc.text_with_args(
        "search-results-heading",
        &[("count", results.len().into()), ("query", query.into())],
    ));
    // The list stops at MAX_RESULTS: say so, rather than suggest that is all there is.
    if results.len() >= crate::ui::MAX_RESULTS {
        ui.label(RichText::new(loc.text_with_args("search-results-capped", &[("count", results.len().into())])).weak());
    }
    ui.add_space(theme::STEP_GAP);
    if let Some(language) = view.caller_language_hint.filter(|_| !view.presenting) {
        crate::ui::session_panel::caller_language_hint_ui(ui, view, language, actions);
        ui.add_space(theme::STEP_GAP);
    }
    for (number, result) in results.iter().enumerate() {
        let selected = number == view.selected_result;
        let mut frame = Frame::group(ui.style()).inner_margin(Margin::same(8));
        if selected {
            frame = frame.stroke(egui::Stroke::new(2.0, ui.visuals().selection.stroke.color));
        }
        let shown = frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            let kind = match result.target {
                Target::Step(_) => loc.text("search-kind-step"),
                Target::Entry(_) => loc.text("search-kind-entry"),
            };
            ui.label(
                RichText::new(format!("{kind} · {}", loc.category_title(result.category)))
                    .small()
                    .weak(),
            );
            let title = loc.text(&result.target.message_id());
            let button = ui
                .add(egui::Button::new(RichText::new(&title).strong()).frame(false).wrap())
                .on_hover_text(loc.text("search-open"));
            // Screen readers (and tests) hear which hit Enter opens.
            button.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &title));
            if button.clicked() {
                actions.push(Action::OpenResult(result.target.clone()));
            }
            let summary_attribute = match result.target {
                Target::Step(_) => "summary",
                Target::Entry(_) => "symptom",
            };
            if let Some(summary) = loc.attribute(&result.target.message_id(), summary_attribute) {
                ui.label(summary);
            }
            if view.playbook.changes_affecting(result.target.id()).next().is_some() {
                ui.horizontal_wrapped(|ui| change_badges_ui(ui, view, result.target.id()));
            }
            if !result.matched.is_empty() && view.screen().shows_private() {
                ui.label(
                    RichText::new(loc.text_with_args("search-matched", &[("words", result.matched.join(", ").into())]))
                        .small()
                        .weak(),
                );
            }
        });
        if selected && view.scroll_to_selected {
            shown.response.scroll_to_me(None);
        }
        ui.add_space(4.0);
    }
}

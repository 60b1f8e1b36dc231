//! The error catalogue inside the *Error messages* category: filter by where a message is
//! seen, expand an entry to its full card.

use egui::{Button, Frame, Margin, RichText};
use egui_material_icons::icons::ICON_WARNING;

use crate::model::catalogue::{Entry, EntryId, SeenIn};
use crate::model::presenting::EntryPart;
use crate::report::{actors_text, list, seen_in_text};
use crate::search::Target;
use crate::ui::action::Action;
use crate::ui::widgets::{change_badges_ui, link_buttons_ui, pack_badge_ui, page_date_ui};
use crate::ui::{View, theme};

/// What the catalogue pane shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatalogueState {
    /// Only entries seen here (`None`: all).
    pub filter: Option<SeenIn>,
    /// The entry whose card is open.
    pub open: Option<EntryId>,
}

/// Draws the filter and the list of entries.
pub fn catalogue_pane_ui(ui: &mut egui::Ui, view: &View<'_>, state: &CatalogueState, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let all = view.playbook.catalogue();
    ui.horizontal_wrapped(|ui| {
        ui.label(loc.text("catalogue-filter-label"));
        if ui
            .add(Button::selectable(state.filter.is_none(), loc.text("catalogue-filter-all")))
            .clicked()
        {
            actions.push(Action::SetCatalogueFilter(None));
        }
        for place in SeenIn::ALL {
            if all.iter().any(|e| e.seen_in.contains(&place)) {
                let selected = state.filter == Some(place);
                if ui.add(Button::selectable(selected, loc.text(&place.message_id()))).clicked() {
                    actions.push(Action::SetCatalogueFilter(if selected { None } else { Some(place) }));
                }
            }
        }
    });
    let shown: Vec<&Entry> = all.iter().filter(|e| state.filter.is_none_or(|f| e.seen_in.contains(&f))).collect();
    ui.label(RichText::new(loc.text_with_args("catalogue-count", &[("shown", shown.len().into()), ("total", all.len().into())])).weak());
    ui.add_space(theme::STEP_GAP);
    for entry in shown {
        let open = state.open.as_ref() == Some(&entry.id);
        let highlighted = view.highlight.is_some_and(|h| h.target == Target::Entry(entry.id.clone()));
        let mut frame = Frame::group(ui.style()).inner_margin(Margin::same(8));
        if highlighted {
            frame = frame.stroke(egui::Stroke::new(2.0, ui.visuals().selection.stroke.color));
        }
        let response = frame
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let mut title = RichText::new(loc.text(&entry.id.message_id())).strong();
                if entry.uncertain {
                    title = RichText::new(format!("{} {}", loc.text(&entry.id.message_id()), ICON_WARNING.codepoint)).strong();
                }
                if ui.add(Button::selectable(open, title).wrap()).clicked() {
                    actions.push(Action::ToggleEntry(entry.id.clone()));
                }
                ui.horizontal_wrapped(|ui| {
                    if entry.from_pack {
                        pack_badge_ui(ui, view);
                    }
                    change_badges_ui(ui, view, entry.id.as_str());
                });
                if open {
                    entry_card_ui(ui, view, entry, actions);
                }
            })
            .response;
        if highlighted && view.highlight.is_some_and(|h| h.scroll_pending) {
            response.scroll_to_me(Some(egui::Align::Center));
            actions.push(Action::Scrolled);
        }
        ui.add_space(4.0);
    }
}

/// The full card of an entry.
pub fn entry_card_ui(ui: &mut egui::Ui, view: &View<'_>, entry: &Entry, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let message = entry.id.message_id();
    let field = |ui: &mut egui::Ui, label: &str, value: String| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(loc.text_with_args("label-with-colon", &[("label", loc.text(label).into())])).weak());
            ui.label(value);
        });
    };
    let screen = view.screen();
    if !entry.codes.is_empty() && screen.shows_entry_part(EntryPart::Codes) {
        field(ui, "entry-codes", list(loc, entry.codes.iter().cloned()));
    }
    if screen.shows_entry_part(EntryPart::SeenIn) {
        field(ui, "entry-seen-in", seen_in_text(loc, entry));
    }
    if screen.shows_entry_part(EntryPart::WhoFixes) {
        field(ui, "entry-who-fixes", actors_text(loc, &entry.actors));
    }
    for (part, attribute, heading) in [
        (EntryPart::Symptom, "symptom", "entry-symptom"),
        (EntryPart::Causes, "causes", "entry-causes"),
        (EntryPart::Fix, "fix", "entry-fix"),
    ] {
        if let Some(text) = loc.attribute(&message, attribute).filter(|_| screen.shows_entry_part(part)) {
            ui.label(RichText::new(loc.text(heading)).strong());
            ui.label(text);
        }
    }
    if entry.uncertain && screen.shows_entry_part(EntryPart::Uncertain) {
        let color = theme::warning_color(ui.visuals().dark_mode);
        ui.label(
            RichText::new(format!("{} {}", ICON_WARNING.codepoint, loc.text("step-uncertain-heading")))
                .strong()
                .color(color),
        );
        ui.label(loc.attribute(&message, "uncertain").unwrap_or_default());
    }
    ui.horizontal_wrapped(|ui| {
        if let Some(source) = entry
            .source
            .as_ref()
            .filter(|id| view.playbook.link(id).is_some_and(|l| screen.shows_link(l)))
        {
            ui.label(RichText::new(loc.text("entry-open-source")).weak());
            link_buttons_ui(ui, view, source, actions);
            page_date_ui(ui, view, source);
        }
    });
    ui.horizontal_wrapped(|ui| {
        for step in entry.steps.iter().filter(|_| screen.shows_entry_part(EntryPart::Steps)) {
            let title = loc.text(&step.message_id());
            if ui
                .button(loc.text_with_args("entry-go-to-step", &[("step", title.as_str().into())]))
                .clicked()
            {
                actions.push(Action::GoToStep(step.clone()));
            }
        }
    });
}

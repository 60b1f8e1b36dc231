//! The error catalogue inside the *Error messages* category: filter by where a message is
//! seen, expand an entry to its full card.

use egui::{Button, Frame, Margin, RichText, Role, TextEdit, WidgetInfo};
use egui_material_icons::icons::{ICON_CONTENT_COPY, ICON_WARNING};

use crate::model::catalogue::{Entry, EntryId, SeenIn};
use crate::model::outcome::{FIRST_ERROR_STEP, offer_first_error_step};
use crate::model::playbook::StepId;
use crate::model::presenting::EntryPart;
use crate::model::session::{MAX_NOTE_CHARS, StepState};
use crate::report::{actors_text, list, seen_in_text};
use crate::search::Target;
use crate::ui::action::Action;
use crate::ui::outcome::{outcome_buttons_ui, outcome_detail_ui};
use crate::ui::widgets::{change_badges_ui, link_buttons_ui, pack_badge_ui, page_date_ui, warning_card_ui};
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
                    if offer_first_error_step(view.session, highlighted && view.last_query.is_some()) {
                        first_step_card_ui(ui, view, actions);
                    }
                    entry_card_ui(ui, view, entry, actions);
                    entry_session_ui(ui, view, entry, actions);
                }
            })
            .response;
        if highlighted && view.highlight.is_some_and(|h| h.scroll_pending) {
            // Its title and "Who can fix it" at the top: the card reads from there.
            response.scroll_to_me(Some(egui::Align::TOP));
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

/// Above an entry reached straight from search: the step tier 1 takes first on any error
/// (collect the exact error details), which the jump to the answer would otherwise skip.
fn first_step_card_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let step = StepId::new(FIRST_ERROR_STEP);
    if view.playbook.step(&step).is_none() {
        return;
    }
    warning_card_ui(ui, |ui, color| {
        ui.label(RichText::new(loc.text("entry-first-heading")).strong().color(color));
        ui.label(loc.text("entry-first-hint"));
        if let Some(check) = loc.attribute(&step.message_id(), "check") {
            ui.label(check);
        }
        ui.horizontal_wrapped(|ui| {
            let mut done = false;
            if ui.checkbox(&mut done, loc.text(&step.message_id())).changed() {
                actions.push(Action::ToggleStep(step.clone()));
            }
            if ui.button(loc.text("entry-first-open")).clicked() {
                actions.push(Action::GoToStep(step.clone()));
            }
        });
    });
    ui.add_space(4.0);
}

/// What the agent records against an entry they read: its outcome, to whom it was escalated
/// or what the caller was told, a note, and the text to send the caller.
fn entry_session_ui(ui: &mut egui::Ui, view: &View<'_>, entry: &Entry, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let title = loc.text(&entry.id.message_id());
    let record = view.session.entry_record(&entry.id);
    let id = entry.id.clone();
    let set = move |state, detail| Action::SetEntryOutcome(id.clone(), state, detail);
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(loc.text("entry-outcome-label")).small().weak());
        let states = [
            StepState::Resolved,
            StepState::Escalated,
            StepState::UserTold,
            StepState::NotApplicable,
        ];
        outcome_buttons_ui(ui, view, &title, record, &states, &set, actions);
    });
    outcome_detail_ui(ui, view, &title, record, &set, actions);
    if view.presenting {
        return;
    }
    let caller = view.session.caller_language;
    let label = loc.text_with_args("entry-copy-for-caller", &[("language", caller.native_name().into())]);
    let response = ui
        .add(Button::new(format!("{} {label}", ICON_CONTENT_COPY.codepoint)))
        .on_hover_text(loc.text("entry-copy-for-caller-hint"));
    let name = format!("{label}: {title}");
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    if response.clicked() {
        actions.push(Action::CopyEntryForCaller(entry.id.clone()));
    }
    let note_label = loc.text("entry-note-label");
    ui.label(RichText::new(&note_label).small().weak());
    let note = record.map_or("", |r| r.note.as_str());
    let mut text = note.to_owned();
    let response = ui.add(
        TextEdit::multiline(&mut text)
            .char_limit(MAX_NOTE_CHARS)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    let name = format!("{note_label}: {title}");
    response.widget_info(|| {
        let mut info = WidgetInfo::text_edit(true, note, &text, "");
        info.label = Some(name.clone());
        info
    });
    if response.changed() {
        actions.push(Action::SetEntryNote(entry.id.clone(), text));
    }
}

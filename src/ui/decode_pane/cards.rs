//! The cards of a decoded paste: one per attempt (a timeline of rows sharing a correlation ID)
//! or lone row, per event, per code, for a support code, per registry blocker, the problems
//! with the paste, and free text handed to search.

use egui::{Button, Frame, Margin, RichText, Role, WidgetInfo};
use jiff::Timestamp;

use crate::decode::{
    self, CodeFinding, Decoded, EventRecord, InputKind, Note, Record, RegistryReport, SupportCode, TicketSubject, Timeline, Verdict,
};
use crate::model::catalogue::EntryId;
use crate::report::actors_text;
use crate::ui::View;
use crate::ui::action::Action;
use crate::ui::decode_pane::DecodeAction;
use crate::ui::widgets::warning_card_ui;

/// Most cards drawn for one paste; the rest are counted, not drawn (a 10 MB export has
/// thousands of rows, and the window must not stall).
pub const MAX_CARDS: usize = 50;

/// Draws what `decoded` holds: the kind and counts, then the cards.
pub(super) fn decoded_ui(ui: &mut egui::Ui, view: &View<'_>, decoded: &Decoded, with_names: bool, actions: &mut Vec<Action>) {
    let loc = view.loc;
    ui.label(RichText::new(recognised_text(view, decoded)).strong());
    // The free-text card says its own note beside its search button.
    for note in decoded.notes.iter().filter(|n| **n != Note::FirstLineOnly) {
        ui.label(loc.text(&note.message_id()));
    }
    if !decoded.problems.is_empty() {
        warning_card_ui(ui, |ui, color| {
            ui.label(RichText::new(loc.text("decode-pane-problems")).strong().color(color));
            for problem in decoded.problems.iter().take(MAX_CARDS) {
                ui.label(decode::problem_text(loc, problem));
            }
            more_ui(ui, view, decoded.problems.len());
        });
    }
    let mut drawn = 0usize;
    let mut budget = |ui: &mut egui::Ui| {
        drawn += 1;
        if drawn == MAX_CARDS + 1 {
            ui.label(RichText::new(loc.text("decode-pane-more")).weak());
        }
        drawn <= MAX_CARDS
    };
    let mut covered = vec![false; decoded.records.len()];
    for timeline in &decoded.timelines {
        for index in &timeline.records {
            if let Some(seen) = covered.get_mut(*index) {
                *seen = true;
            }
        }
        if budget(ui) {
            timeline_card_ui(ui, view, decoded, timeline, with_names, actions);
        }
    }
    for (record, _) in decoded.records.iter().zip(&covered).filter(|(_, seen)| !**seen) {
        if budget(ui) {
            let line = decode::ticket_line(loc, view.playbook, TicketSubject::Record(record), with_names);
            record_card_ui(
                ui,
                view,
                record,
                std::slice::from_ref(record),
                record.verdict,
                record.entry.as_ref(),
                &line,
                actions,
            );
        }
    }
    for event in &decoded.events {
        if budget(ui) {
            event_card_ui(ui, view, event, with_names, actions);
        }
    }
    for code in decoded.codes.iter().filter(|c| !c.entries.is_empty()) {
        if budget(ui) {
            code_card_ui(ui, view, code, with_names, actions);
        }
    }
    // Codes the catalogue has no entry for (a process number, a generic HRESULT): one line,
    // as the command prints them, not a card each.
    let other = decoded.uncatalogued_codes();
    if !other.is_empty() {
        let codes = other.join(&loc.text("decode-list-separator"));
        ui.label(RichText::new(loc.text_with_args("decode-cli-other-codes", &[("codes", codes.into())])).weak());
    }
    if let Some(code) = &decoded.support_code {
        support_card_ui(ui, view, code, with_names, actions);
    }
    if let Some(report) = &decoded.registry {
        registry_ui(ui, view, report, with_names, actions);
    }
    if let Some(query) = decoded.search_query.as_ref().filter(|_| decoded.kind == InputKind::FreeText) {
        card(ui, |ui| {
            ui.label(loc.text("decode-pane-free-text"));
            if decoded.notes.contains(&Note::FirstLineOnly) {
                ui.label(loc.text(&Note::FirstLineOnly.message_id()));
            }
            if ui.button(loc.text("decode-pane-search")).clicked() {
                actions.push(Action::Decode(DecodeAction::Search(query.clone())));
            }
        });
    }
}

/// "Recognised: audit-log CSV, 12 rows, 3 attempts".
fn recognised_text(view: &View<'_>, decoded: &Decoded) -> String {
    let loc = view.loc;
    let mut parts = vec![loc.text(&decoded.kind.message_id())];
    for (id, count) in [
        ("decode-pane-count-rows", decoded.records.len()),
        ("decode-pane-count-attempts", decoded.timelines.len()),
        ("decode-pane-count-events", decoded.events.len()),
        ("decode-pane-count-codes", decoded.codes.len()),
        ("decode-pane-count-problems", decoded.problems.len()),
    ] {
        if count > 0 {
            parts.push(loc.text_with_args(id, &[("count", count.into())]));
        }
    }
    // An export with no entries was read as what it is; the note says it holds nothing.
    let id = if decoded.recognised() || decoded.notes.contains(&Note::EmptyExport) {
        "decode-pane-recognised"
    } else {
        "decode-pane-not-recognised"
    };
    loc.text_with_args(id, &[("what", parts.join(&loc.text("decode-list-separator")).into())])
}

fn more_ui(ui: &mut egui::Ui, view: &View<'_>, total: usize) {
    if total > MAX_CARDS {
        ui.label(RichText::new(view.loc.text("decode-pane-more")).weak());
    }
}

fn card(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui)) {
    Frame::group(ui.style()).inner_margin(Margin::same(8)).show(ui, |ui| {
        ui.set_width(ui.available_width());
        add_contents(ui);
    });
    ui.add_space(4.0);
}

fn field(ui: &mut egui::Ui, view: &View<'_>, label: &str, value: String) {
    let loc = view.loc;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(loc.text_with_args("label-with-colon", &[("label", loc.text(label).into())])).weak());
        ui.label(value);
    });
}

/// The time in UTC and, when the agent's clock differs from UTC then, in local time too (a
/// system whose zone is unknown runs on UTC: UTC only).
fn time_text(view: &View<'_>, when: Timestamp) -> String {
    let utc = decode::utc_text(when);
    let zone = view.time_zone;
    if zone.to_offset(when) == jiff::tz::Offset::UTC {
        return utc;
    }
    let local = when.to_zoned_datetime(zone.clone()).strftime("%Y-%m-%d %H:%M:%S %Z").to_string();
    view.loc
        .text_with_args("decode-pane-time-both", &[("utc", utc.into()), ("local", local.into())])
}

/// A catalogue entry's title, when the content has it.
fn entry_title(view: &View<'_>, id: Option<&EntryId>) -> Option<String> {
    id.filter(|id| view.playbook.entry(id).is_some())
        .map(|id| view.loc.text(&id.message_id()))
}

/// "Failed: <entry title>", or the verdict alone.
fn verdict_title(view: &View<'_>, verdict: Verdict, entry: Option<&EntryId>) -> String {
    let loc = view.loc;
    match entry_title(view, entry) {
        Some(entry) => loc.text_with_args(
            "decode-ticket-what",
            &[("verdict", loc.text(&verdict.message_id()).into()), ("entry", entry.into())],
        ),
        None => loc.text(&verdict.message_id()),
    }
}

/// What one row says, for a timeline. A step on the way reads in the log's own words ("User
/// started the mobile SMS verification option": several such steps share one catalogue entry,
/// so its title would repeat); the row that ends the attempt reads as its entry's title.
fn step_words(view: &View<'_>, record: &Record) -> String {
    let reason = || record.reason.as_ref().map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
    let title = || entry_title(view, record.entry.as_ref());
    let words = if record.verdict.is_final() {
        title().or_else(reason)
    } else {
        reason().or_else(title)
    };
    words
        .or_else(|| record.activity.clone())
        .unwrap_or_else(|| view.loc.text(&record.verdict.message_id()))
}

fn timeline_card_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    decoded: &Decoded,
    timeline: &Timeline,
    with_names: bool,
    actions: &mut Vec<Action>,
) {
    let members: Vec<Record> = timeline.records.iter().filter_map(|i| decoded.records.get(*i).cloned()).collect();
    let Some(first) = members.first() else { return };
    let subject = TicketSubject::Timeline(timeline, &decoded.records);
    let line = decode::ticket_line(view.loc, view.playbook, subject, with_names);
    record_card_ui(ui, view, first, &members, timeline.outcome, timeline.entry.as_ref(), &line, actions);
}

/// A row, or an attempt of several rows (`members`, earliest first; `first` gives the
/// correlation ID), with the outcome and its entry.
#[expect(clippy::too_many_arguments, reason = "one card drawn from the parts both callers have")]
fn record_card_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    first: &Record,
    members: &[Record],
    verdict: Verdict,
    entry: Option<&EntryId>,
    line: &str,
    actions: &mut Vec<Action>,
) {
    let loc = view.loc;
    card(ui, |ui| {
        ui.label(RichText::new(verdict_title(view, verdict, entry)).strong());
        if members.len() > 1 {
            let steps: Vec<String> = members.iter().map(|r| step_words(view, r)).collect();
            field(ui, view, "decode-pane-steps", steps.join(" → "));
        } else if let Some(reason) = first.reason.as_ref().filter(|r| !r.trim().is_empty()) {
            field(ui, view, "decode-pane-reason", reason.trim().to_owned());
        }
        let last_time = members.iter().filter_map(|r| r.when_utc).max();
        if let Some(when) = last_time {
            field(ui, view, "decode-pane-when", time_text(view, when));
        }
        if let Some(id) = &first.correlation_id {
            field(ui, view, "decode-pane-correlation", id.clone());
        }
        if let Some(user) = members.iter().find_map(|r| r.target.clone().or_else(|| r.actor.clone())) {
            let shown = if view.screen().shows_user_names() {
                user
            } else {
                loc.text("decode-pane-user-hidden")
            };
            field(ui, view, "decode-pane-user", shown);
        }
        entry_parts_ui(ui, view, entry, actions);
        add_button_ui(ui, view, line, actions);
    });
}

/// Who can fix it, and the buttons to the entry and its steps.
fn entry_parts_ui(ui: &mut egui::Ui, view: &View<'_>, id: Option<&EntryId>, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let Some(entry) = id.and_then(|id| view.playbook.entry(id)) else {
        ui.label(RichText::new(loc.text("decode-pane-no-entry")).weak());
        return;
    };
    if view.screen().shows_who_acts() {
        field(ui, view, "entry-who-fixes", actors_text(loc, &entry.actors));
    }
    let title = loc.text(&entry.id.message_id());
    ui.horizontal_wrapped(|ui| {
        let label = loc.text("decode-pane-open-entry");
        let name = loc.text_with_args("decode-pane-open-entry-named", &[("entry", title.as_str().into())]);
        let response = ui.button(&label);
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
        if response.clicked() {
            actions.push(Action::Decode(DecodeAction::OpenEntry(entry.id.clone())));
        }
        for step in &entry.steps {
            let step_title = loc.text(&step.message_id());
            if ui
                .button(loc.text_with_args("entry-go-to-step", &[("step", step_title.as_str().into())]))
                .clicked()
            {
                actions.push(Action::GoToStep(step.clone()));
            }
        }
    });
}

/// "Add to ticket", or "Added to the ticket" once the line is in the session.
fn add_button_ui(ui: &mut egui::Ui, view: &View<'_>, line: &str, actions: &mut Vec<Action>) {
    let loc = view.loc;
    // Added already, perhaps with the user's name ("Include user names" ticked since).
    let added = view.session.has_decoded_line(line);
    let label = if added {
        loc.text("decode-pane-added")
    } else {
        loc.text("decode-pane-add")
    };
    let response = ui
        .add_enabled(!added, Button::new(label))
        .on_hover_text(loc.text("decode-pane-add-hint"));
    if response.clicked() {
        actions.push(Action::Decode(DecodeAction::AddToTicket(line.to_owned())));
    }
}

fn event_card_ui(ui: &mut egui::Ui, view: &View<'_>, event: &EventRecord, with_names: bool, actions: &mut Vec<Action>) {
    let loc = view.loc;
    card(ui, |ui| {
        let id = event.event_id.map_or_else(|| "?".to_owned(), |id| id.to_string());
        let source = event.source.clone().unwrap_or_else(|| "?".to_owned());
        ui.label(RichText::new(loc.text_with_args("decode-pane-event-title", &[("id", id.into()), ("source", source.into())])).strong());
        if let Some(level) = &event.level {
            field(ui, view, "decode-pane-level", level.clone());
        }
        if let Some(when) = event.when_utc {
            field(ui, view, "decode-pane-when", time_text(view, when));
        } else if let Some(local) = &event.when_local_text {
            field(ui, view, "decode-pane-server-time", local.clone());
        }
        if !event.codes.is_empty() {
            let codes: Vec<String> = event.codes.iter().map(|c| c.code.clone()).collect();
            field(ui, view, "decode-pane-codes", codes.join(&loc.text("decode-list-separator")));
        }
        entries_ui(ui, view, &event.entries, actions);
        let line = decode::ticket_line(loc, view.playbook, TicketSubject::Event(event), with_names);
        add_button_ui(ui, view, &line, actions);
    });
}

/// Each entry's title, who fixes it and its buttons (or "not in the catalogue").
fn entries_ui(ui: &mut egui::Ui, view: &View<'_>, entries: &[EntryId], actions: &mut Vec<Action>) {
    if entries.is_empty() {
        entry_parts_ui(ui, view, None, actions);
    }
    for id in entries {
        if let Some(title) = entry_title(view, Some(id)) {
            ui.label(RichText::new(title).italics());
        }
        entry_parts_ui(ui, view, Some(id), actions);
    }
}

fn code_card_ui(ui: &mut egui::Ui, view: &View<'_>, code: &CodeFinding, with_names: bool, actions: &mut Vec<Action>) {
    let loc = view.loc;
    card(ui, |ui| {
        let title = loc.text_with_args(
            "decode-pane-code-title",
            &[("code", code.code.as_str().into()), ("line", code.line.into())],
        );
        ui.label(RichText::new(title).strong());
        entries_ui(ui, view, &code.entries, actions);
        let line = decode::ticket_line(loc, view.playbook, TicketSubject::Code(code), with_names);
        add_button_ui(ui, view, &line, actions);
    });
}

fn support_card_ui(ui: &mut egui::Ui, view: &View<'_>, code: &SupportCode, with_names: bool, actions: &mut Vec<Action>) {
    let loc = view.loc;
    card(ui, |ui| {
        ui.label(RichText::new(loc.text("decode-pane-support-title")).strong());
        field(ui, view, "decode-pane-correlation", code.guid.clone());
        if let Some(when) = code.when_utc {
            field(ui, view, "decode-pane-when", time_text(view, when));
        }
        warning_card_ui(ui, |ui, color| {
            ui.label(RichText::new(loc.text("decode-pane-support-reminder")).color(color))
        });
        let line = decode::ticket_line(loc, view.playbook, TicketSubject::SupportCode(code), with_names);
        add_button_ui(ui, view, &line, actions);
    });
}

fn registry_ui(ui: &mut egui::Ui, view: &View<'_>, report: &RegistryReport, with_names: bool, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let not_set = || loc.text("decode-pane-not-set");
    for blocker in &report.blockers {
        card(ui, |ui| {
            let title = entry_title(view, Some(&blocker.entry)).unwrap_or_else(|| blocker.entry.to_string());
            let id = if blocker.warning {
                "decode-pane-registry-warning"
            } else {
                "decode-pane-registry-blocker"
            };
            ui.label(RichText::new(loc.text_with_args(id, &[("entry", title.into())])).strong());
            field(ui, view, "decode-pane-value", blocker.name.clone());
            // A registry path has no spaces to wrap at: on a line of its own, small.
            ui.add(egui::Label::new(RichText::new(&blocker.key).small().weak()).wrap());
            field(ui, view, "decode-pane-found", blocker.found.clone().unwrap_or_else(not_set));
            field(ui, view, "decode-pane-blocks", decode::rule_text(loc, blocker.rule));
            entry_parts_ui(ui, view, Some(&blocker.entry), actions);
            let line = decode::ticket_line(loc, view.playbook, TicketSubject::Blocker(blocker), with_names);
            add_button_ui(ui, view, &line, actions);
        });
    }
    if report.blockers.is_empty() {
        card(ui, |ui| {
            ui.label(RichText::new(loc.text("decode-pane-no-blocker")).strong());
            ui.label(RichText::new(loc.text("decode-pane-checked")).weak());
            for checked in &report.checked {
                let found = checked.found.clone().unwrap_or_else(not_set);
                ui.label(format!("{} = {found}", checked.name));
                ui.add(egui::Label::new(RichText::new(&checked.key).small().weak()).wrap());
            }
        });
    }
}

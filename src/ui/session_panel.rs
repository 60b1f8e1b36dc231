//! The right panel: the ticket reference, the caller's language, the session note, and the
//! ticket summary with "Copy summary" and "Export…".

use egui::{Button, RichText, TextEdit};

use crate::model::language::Language;
use crate::model::session::{MAX_NOTE_CHARS, MAX_TICKET_CHARS, MAX_USER_CHARS};
use crate::ui::View;
use crate::ui::action::Action;

/// Draws the session panel. `summary` is the ticket summary as it would be copied.
pub fn session_panel_ui(ui: &mut egui::Ui, view: &View<'_>, summary: &str, actions: &mut Vec<Action>) {
    let loc = view.loc;
    ui.scope(|ui| {
        ui.add_space(6.0);
        ui.label(RichText::new(loc.text("session-heading")).strong());
        ui.add_space(4.0);

        let label = ui.label(loc.text("session-ticket"));
        let mut ticket = view.session.ticket.clone();
        let response = ui
            .add(
                TextEdit::singleline(&mut ticket)
                    // A fixed id: the status bar appearing (after Ctrl+Shift+C) must not take
                    // the keyboard away from the field being typed in.
                    .id_salt("session_ticket")
                    .char_limit(MAX_TICKET_CHARS)
                    .hint_text(loc.text("session-ticket-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if response.changed() {
            actions.push(Action::SetTicket(ticket));
        }

        ui.add_space(4.0);
        let label = ui.label(loc.text("session-affected-user"));
        let mut user = view.session.affected_user.clone();
        let response = ui
            .add(
                TextEdit::singleline(&mut user)
                    .char_limit(MAX_USER_CHARS)
                    .hint_text(loc.text("session-affected-user-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if response.changed() {
            actions.push(Action::SetAffectedUser(user));
        }

        ui.add_space(4.0);
        ui.label(loc.text("session-caller-language"));
        ui.horizontal(|ui| {
            for language in Language::ALL {
                let selected = view.session.caller_language == language;
                // The accessible name says what is chosen, not just the language's name, so it
                // differs from the UI language switch in the top bar.
                let name = format!("{}: {}", loc.text("session-caller-language"), language.native_name());
                let response = ui.add(Button::selectable(selected, language.native_name()));
                response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
                if response.clicked() && !selected {
                    actions.push(Action::SetCallerLanguage(language));
                }
            }
        });
        if let Some(language) = view.caller_language_hint {
            caller_language_hint_ui(ui, view, language, actions);
        }

        ui.add_space(4.0);
        let label = ui.label(loc.text("session-note"));
        let mut note = view.session.note.clone();
        let response = ui
            .add(
                TextEdit::multiline(&mut note)
                    .id_salt("session_note")
                    .char_limit(MAX_NOTE_CHARS)
                    .hint_text(loc.text("session-note-hint"))
                    .desired_rows(4)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if response.changed() {
            actions.push(Action::SetSessionNote(note));
        }

        ui.add_space(8.0);
        ui.separator();
        ui.label(RichText::new(loc.text("session-summary")).strong());
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(loc.text("session-copy-summary"))
                .on_hover_text(loc.text("session-copy-summary-hint"))
                .clicked()
            {
                actions.push(Action::CopySummary);
            }
            let other = Language::ALL.into_iter().find(|l| *l != loc.language());
            if let Some(other) = other {
                let id = format!("session-copy-summary-{}", other.tag().to_ascii_lowercase());
                if ui
                    .button(loc.text(&id))
                    .on_hover_text(loc.text("session-copy-summary-other-hint"))
                    .clicked()
                {
                    actions.push(Action::CopySummaryIn(other));
                }
            }
            if ui
                .button(loc.text("session-export"))
                .on_hover_text(loc.text("session-export-hint"))
                .clicked()
            {
                actions.push(Action::ExportSummary);
            }
        });
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(summary).monospace().size(12.0));
        });
    });
}

/// What the agent typed is in the other language: one click makes it the caller's language
/// (never switched on its own: the agent may be writing notes in their own language).
pub fn caller_language_hint_ui(ui: &mut egui::Ui, view: &View<'_>, language: Language, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let name = language.native_name();
    ui.label(RichText::new(loc.text_with_args("caller-language-hint", &[("language", name.into())])).weak());
    if ui
        .button(loc.text_with_args("caller-language-switch", &[("language", name.into())]))
        .clicked()
    {
        actions.push(Action::SetCallerLanguage(language));
    }
}

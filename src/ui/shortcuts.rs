//! Keyboard shortcuts of the agent's window, turned into [`Action`]s.
//!
//! Shortcuts with Ctrl (Cmd on macOS) and F11 work from any field, a note field included:
//! they type nothing. The bare digits 0 (Start here) and 1–4 (categories) are typing inside a field, so they
//! only switch categories when no field has the keyboard; the search box's arrows, Enter and
//! Esc move through and open the results.

use egui::{Key, Modifiers};

use crate::model::category::Category;
use crate::ui::HelpdeskApp;
use crate::ui::action::Action;
use crate::ui::decode_pane::DecodeAction;
use crate::ui::top_bar::search_box_id;

impl HelpdeskApp {
    pub(super) fn keyboard_actions(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        // F11 is no text key, so screen-share mode toggles even while typing a note or with a
        // dialog open (one may show what the caller must not see).
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F11)) {
            actions.push(Action::SetPresenting(self.presenting.is_none()));
        }
        // A dialog is answered first: its own keys (Enter, Esc) belong to it.
        if self.modal_open() {
            return;
        }
        // Ctrl+F (Cmd+F on macOS) works everywhere, even from another text field.
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::F)) {
            self.focus_search = true;
        }
        // Pressed exactly while a note is being written, so it cannot wait for the field to
        // lose focus; a text field has no use of its own for these chords.
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::C)) {
            actions.push(Action::CopySummary);
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::N)) {
            actions.push(Action::RequestNewSession);
        }
        // Ctrl+D opens the Decode pane with the paste box ready, or closes it.
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::D)) {
            actions.push(Action::Decode(DecodeAction::Show(!self.decode.open)));
        }
        self.search_keys(ctx, actions);
        // The rest never steal keys from a text field (or an IME composing in one).
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        if ctx.input(|i| i.key_pressed(Key::Num0) && i.modifiers.is_none()) {
            actions.push(Action::Triage(crate::ui::triage::TriageAction::Open));
        }
        let keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];
        for (key, category) in keys.into_iter().zip(Category::ALL) {
            if ctx.input(|i| i.key_pressed(key) && i.modifiers.is_none()) {
                actions.push(Action::SelectCategory(category));
            }
        }
    }

    /// Whether a dialog waits for an answer.
    fn modal_open(&self) -> bool {
        self.confirm_new_session || self.resume_prompt.is_some() || self.qr_link.is_some() || self.show_about || self.show_changes
    }

    /// Down and Up move the selection through the results, Enter opens the selected one (the
    /// first by default), Esc clears the search, or, after a result was opened, goes back to
    /// the results (as "← Results" does).
    fn search_keys(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let in_search = ctx.memory(|m| m.has_focus(search_box_id()));
        let in_other_field = !in_search && ctx.egui_wants_keyboard_input();
        if ctx.input(|i| i.key_pressed(Key::Escape)) {
            if !self.query.is_empty() {
                actions.push(Action::SetSearch(String::new()));
            } else if self.last_query.is_some() && !in_other_field {
                actions.push(Action::BackToResults);
                self.focus_search = true;
            }
        }
        if !in_search || self.query.trim().is_empty() || self.results.is_empty() {
            return;
        }
        let last = self.results.len() - 1;
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowDown)) {
            self.selected_result = (self.selected_result + 1).min(last);
            self.scroll_to_selected = true;
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowUp)) {
            self.selected_result = self.selected_result.saturating_sub(1);
            self.scroll_to_selected = true;
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
            let result = &self.results[self.selected_result.min(last)];
            actions.push(Action::OpenResult(result.target.clone()));
        }
    }
}

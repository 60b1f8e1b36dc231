//! Keyboard shortcuts of the agent's window, turned into [`Action`]s.

use egui::{Key, Modifiers};

use crate::model::category::Category;
use crate::ui::HelpdeskApp;
use crate::ui::action::Action;

impl HelpdeskApp {
    pub(super) fn keyboard_actions(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        // Ctrl+F (Cmd+F on macOS) works everywhere, even from another text field.
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::F)) {
            self.focus_search = true;
        }
        if !self.query.is_empty() && ctx.input(|i| i.key_pressed(Key::Escape)) {
            actions.push(Action::SetSearch(String::new()));
        }
        // F11 is no text key, so screen-share mode toggles even while typing a note.
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F11)) {
            actions.push(Action::SetPresenting(self.presenting.is_none()));
        }
        // The rest never steal keys from a text field (or an IME composing in one).
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::C)) {
            actions.push(Action::CopySummary);
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::N)) {
            actions.push(Action::RequestNewSession);
        }
        let keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];
        for (key, category) in keys.into_iter().zip(Category::ALL) {
            if ctx.input(|i| i.key_pressed(key) && i.modifiers.is_none()) {
                actions.push(Action::SelectCategory(category));
            }
        }
    }
}

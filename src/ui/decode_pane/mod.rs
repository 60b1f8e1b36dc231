//! The Decode pane (issue #14): the agent pastes (or drops a file of) what an admin or caller
//! sent — audit-log rows, an event, ADSync lines, a support code, `reg query` output — and
//! reads one card per record or attempt, with the catalogue entry, who fixes it and the steps
//! that follow, each addable to the ticket as a derived line.
//!
//! The pasted text lives in [`DecodeState`] only: never in the session, the log or an export
//! (the cards' "Add to ticket" puts in [`crate::decode::ticket_line`], which carries no raw text
//! and no IP address). Present mode hides the text box and user names; a kiosk has no pane.
//! Large pastes decode on a background thread, polled in `HelpdeskApp::tick`.

mod cards;

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

use egui::{Button, RichText, TextEdit};

use crate::decode::{self, Decoded, Refused};
use crate::model::catalogue::EntryId;
use crate::model::playbook::Playbook;
use crate::ui::action::Action;
use crate::ui::widgets::warning_card_ui;
use crate::ui::{View, theme};

/// Pastes larger than this (in bytes) decode on a background thread; smaller ones in the frame.
pub const BACKGROUND_BYTES: usize = 256 * 1024;
/// Pastes larger than this (in bytes) are not drawn in the text box (laying out megabytes of
/// text would stall the window); the box says how much was pasted instead.
pub const SHOWN_BYTES: usize = 64 * 1024;

/// Height of the paste box, in points, before it scrolls (less in a low window: a quarter of
/// its height at most, so the cards show below it).
const BOX_HEIGHT: f32 = 200.0;

/// Something the agent asked of the Decode pane; applied in `apply.rs` like every action.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeAction {
    /// Show or hide the pane (the top bar's button, Ctrl+D).
    Show(bool),
    /// The text box changed; `pasted` when the change was a paste, which decodes at once.
    SetInput {
        /// The box's whole text.
        text: String,
        /// Whether the agent pasted (decode now) rather than typed.
        pasted: bool,
    },
    /// Decode the text in the box.
    Decode,
    /// Empty the box and forget the result.
    Clear,
    /// A file was dropped on the window: read it (through the store) and decode it.
    DropFile(PathBuf),
    /// "Include user names" in the lines added to the ticket.
    SetNames(bool),
    /// Add a derived line to the ticket summary.
    AddToTicket(String),
    /// Open a catalogue entry from a card.
    OpenEntry(EntryId),
    /// Run the search with the free text that was pasted.
    Search(String),
}

/// What became of the last decode.
#[derive(Debug)]
pub enum Outcome {
    /// Decoded (perhaps into nothing recognised).
    Decoded(Box<Decoded>),
    /// Refused: empty, binary, not UTF-8.
    Refused(Refused),
    /// A dropped file could not be read (its name and why).
    FileUnreadable {
        /// The file's name.
        name: String,
        /// Why, from the OS or the size limit.
        error: String,
    },
}

/// A decode running on the background thread.
struct Pending {
    receiver: Receiver<Result<Decoded, Refused>>,
    bytes: usize,
}

/// The pane's state, held by the app in memory only.
#[derive(Default)]
pub struct DecodeState {
    /// Whether the pane replaces the checklist in the central panel.
    pub open: bool,
    /// The pasted text. Never saved, logged or exported.
    pub input: String,
    /// The last decode's result.
    pub outcome: Option<Outcome>,
    /// "Include user names" in ticket lines (off by default).
    pub with_names: bool,
    /// The name of the dropped file the text came from.
    pub file_name: Option<String>,
    /// Give the text box the keyboard on the next frame (Ctrl+D).
    pub focus_box: bool,
    pending: Option<Pending>,
}

impl std::fmt::Debug for DecodeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The paste itself is never printed: only its size.
        f.debug_struct("DecodeState")
            .field("open", &self.open)
            .field("input_bytes", &self.input.len())
            .field("decoding", &self.pending.is_some())
            .finish_non_exhaustive()
    }
}

impl DecodeState {
    /// Decodes `self.input`: in this frame when small, else on a named background thread that
    /// repaints `ctx` when done (the window keeps working meanwhile).
    pub fn start(&mut self, playbook: &Playbook, ctx: &egui::Context) {
        self.pending = None;
        let bytes = self.input.len();
        if bytes <= BACKGROUND_BYTES {
            self.outcome = Some(outcome_of(decode::decode(&self.input, playbook)));
            return;
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        let (text, content, repaint) = (self.input.clone(), playbook.clone(), ctx.clone());
        let spawned = std::thread::Builder::new().name("decode".to_owned()).spawn(move || {
            // The pane may have moved on (cleared, a new paste): then nobody listens.
            let _ = sender.send(decode::decode(&text, &content));
            repaint.request_repaint();
        });
        match spawned {
            Ok(_) => {
                self.outcome = None;
                self.pending = Some(Pending { receiver, bytes });
            }
            Err(error) => {
                log::error!("could not start the decode thread: {error}");
                self.outcome = Some(outcome_of(decode::decode(&self.input, playbook)));
            }
        }
    }

    /// Takes the background decode's result when it is ready; true while one is running.
    pub fn poll(&mut self) -> bool {
        let Some(pending) = &self.pending else { return false };
        match pending.receiver.try_recv() {
            Ok(result) => {
                self.outcome = Some(outcome_of(result));
                self.pending = None;
                false
            }
            Err(TryRecvError::Empty) => true,
            Err(TryRecvError::Disconnected) => {
                self.pending = None;
                false
            }
        }
    }

    /// The size of the paste being decoded in the background, if one is.
    pub fn decoding(&self) -> Option<usize> {
        self.pending.as_ref().map(|p| p.bytes)
    }

    /// Forgets the paste, the result and the file name (Clear, New session); the pane stays
    /// open or closed and "Include user names" goes back to off.
    pub fn clear(&mut self) {
        let open = self.open;
        *self = Self { open, ..Self::default() };
    }
}

fn outcome_of(result: Result<Decoded, Refused>) -> Outcome {
    match result {
        Ok(decoded) => Outcome::Decoded(Box::new(decoded)),
        Err(refused) => Outcome::Refused(refused),
    }
}

/// Id of the paste box, so Ctrl+D can give it the keyboard.
pub fn decode_box_id() -> egui::Id {
    egui::Id::unique("decode_box")
}

/// A size in words: "312 KB", "1.5 MB" (decimal units, as file managers show them).
pub fn size_text(bytes: usize) -> String {
    #[expect(clippy::cast_precision_loss, reason = "a size shown to one decimal")]
    let value = bytes as f64;
    if value >= 1_000_000.0 {
        format!("{:.1} MB", value / 1_000_000.0)
    } else if value >= 1_000.0 {
        format!("{:.0} KB", value / 1_000.0)
    } else {
        format!("{bytes} B")
    }
}

/// A paste too large to lay out in the box (over [`SHOWN_BYTES`]) is taken from the input
/// before the box sees it, and replaces the box's text: laying out megabytes would stall the
/// window for seconds, and the pane shows its size instead.
fn take_large_paste(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    if !ui.memory(|m| m.has_focus(decode_box_id())) {
        return;
    }
    let large = ui.input_mut(|i| {
        let at = i
            .events
            .iter()
            .position(|e| matches!(e, egui::Event::Paste(text) if text.len() > SHOWN_BYTES))?;
        match i.events.remove(at) {
            egui::Event::Paste(text) => Some(text),
            _ => None,
        }
    });
    if let Some(text) = large {
        actions.push(Action::Decode(DecodeAction::SetInput { text, pasted: true }));
    }
}

/// Draws the pane: the paste box (or what stands in for it), its buttons, and the cards.
pub fn decode_pane_ui(ui: &mut egui::Ui, view: &View<'_>, state: &DecodeState, actions: &mut Vec<Action>) {
    let loc = view.loc;
    let screen = view.screen();
    ui.horizontal(|ui| {
        ui.heading(loc.text("decode-pane-title"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(loc.text("decode-pane-close")).clicked() {
                actions.push(Action::Decode(DecodeAction::Show(false)));
            }
        });
    });
    ui.label(RichText::new(loc.text("decode-pane-intro")).weak());
    ui.add_space(4.0);
    let label = loc.text("decode-pane-input");
    if !screen.shows_pasted_text() {
        let size = size_text(state.input.len());
        ui.label(RichText::new(loc.text_with_args("decode-pane-hidden", &[("size", size.into())])).italics());
    } else if state.input.len() > SHOWN_BYTES {
        let size = size_text(state.input.len());
        ui.label(RichText::new(loc.text_with_args("decode-pane-too-long", &[("size", size.into())])).italics());
    } else {
        take_large_paste(ui, actions);
        let caption = ui.label(RichText::new(&label).small().weak());
        let mut text = state.input.clone();
        // A long paste scrolls inside its box: the buttons and cards stay in view below it.
        let response = egui::ScrollArea::vertical()
            .id_salt("decode_box_scroll")
            .max_height(BOX_HEIGHT.min(ui.ctx().content_rect().height() * 0.22).max(80.0))
            .show(ui, |ui| {
                ui.add(
                    TextEdit::multiline(&mut text)
                        .id(decode_box_id())
                        .hint_text(loc.text("decode-pane-hint"))
                        .desired_rows(4)
                        .desired_width(f32::INFINITY)
                        .code_editor(),
                )
                .labelled_by(caption.id)
            })
            .inner;
        if state.focus_box {
            response.request_focus();
        }
        if response.changed() {
            let pasted = ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Paste(_))));
            actions.push(Action::Decode(DecodeAction::SetInput { text, pasted }));
        }
    }
    if let Some(name) = &state.file_name {
        ui.label(RichText::new(loc.text_with_args("decode-pane-file", &[("name", name.as_str().into())])).weak());
    }
    ui.horizontal_wrapped(|ui| {
        let has_text = !state.input.trim().is_empty();
        if ui.add_enabled(has_text, Button::new(loc.text("decode-pane-decode"))).clicked() {
            actions.push(Action::Decode(DecodeAction::Decode));
        }
        if ui
            .add_enabled(has_text || state.outcome.is_some(), Button::new(loc.text("decode-pane-clear")))
            .clicked()
        {
            actions.push(Action::Decode(DecodeAction::Clear));
        }
        let mut names = state.with_names;
        if ui
            .checkbox(&mut names, loc.text("decode-pane-with-names"))
            .on_hover_text(loc.text("decode-pane-with-names-hint"))
            .changed()
        {
            actions.push(Action::Decode(DecodeAction::SetNames(names)));
        }
    });
    ui.add_space(theme::STEP_GAP);
    if let Some(bytes) = state.decoding() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(loc.text_with_args("decode-pane-working", &[("size", size_text(bytes).into())]));
        });
        return;
    }
    match &state.outcome {
        None => {}
        Some(Outcome::Refused(refused)) => {
            let text = decode::refused_text(loc, refused);
            warning_card_ui(ui, |ui, color| ui.label(RichText::new(text).color(color)));
        }
        Some(Outcome::FileUnreadable { name, error }) => {
            let text = loc.text_with_args(
                "decode-pane-file-error",
                &[("name", name.as_str().into()), ("error", error.as_str().into())],
            );
            warning_card_ui(ui, |ui, color| ui.label(RichText::new(text).color(color)));
        }
        Some(Outcome::Decoded(decoded)) => cards::decoded_ui(ui, view, decoded, state.with_names, actions),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_paste_decodes_in_the_background_and_a_small_one_at_once() {
        let (playbook, _) = Playbook::builtin();
        let ctx = egui::Context::default();
        let mut state = DecodeState {
            input: "password reset does not work ".repeat(10),
            ..DecodeState::default()
        };
        state.start(&playbook, &ctx);
        assert!(state.decoding().is_none() && matches!(state.outcome, Some(Outcome::Decoded(_))));

        state.input = "password reset does not work\n".repeat(BACKGROUND_BYTES / 20);
        state.start(&playbook, &ctx);
        assert_eq!(state.decoding(), Some(state.input.len()), "shown as decoding, with its size");
        assert!(state.outcome.is_none(), "the last result is not shown for the new paste");
        let started = std::time::Instant::now();
        while state.poll() {
            assert!(started.elapsed().as_secs() < 60, "the decode thread never answered");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert!(matches!(state.outcome, Some(Outcome::Decoded(_))));
        state.clear();
        assert!(state.input.is_empty() && state.outcome.is_none());
    }

    #[test]
    fn sizes_read_as_file_managers_show_them() {
        assert_eq!(size_text(512), "512 B");
        assert_eq!(size_text(312_400), "312 KB");
        assert_eq!(size_text(10_500_000), "10.5 MB");
    }

    #[test]
    fn the_state_never_prints_the_paste() {
        let state = DecodeState {
            input: "secret@contoso.example".to_owned(),
            ..DecodeState::default()
        };
        let printed = format!("{state:?}");
        assert!(!printed.contains("secret") && printed.contains("input_bytes: 22"), "{printed}");
    }
}

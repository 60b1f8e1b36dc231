//! What a helpdesk agent sees and does in the window, driven through egui_kittest (no display
//! needed). Widgets are found by the same Fluent labels the user reads. One file per area:

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on broken fixtures, which is the point")]

/// The About box and zoom.
mod appearance;
/// Dated platform changes: badges, search order, "What's changing", source dates.
mod changes;
/// The Decode pane: pasted evidence → cards → entry and steps, the ticket line, privacy.
mod decode;
/// Search to result from the keyboard: Enter, arrows, Esc, shortcuts from any field.
mod keyboard;
/// Kiosk mode, the QR hand-off and screen-share mode.
mod kiosk;
/// Languages, and every character drawn by the bundled fonts.
mod language;
/// Categories, links, number keys, a narrow window.
mod navigation;
/// One call at a time: the caller's language, the call restored at start, what is copied.
mod one_call;
mod outcomes;
/// Content packs in the window: applied, refused, pinned.
mod packs;
/// Present mode: nothing admin-only or private on the shared screen, on any view.
mod presenting;
/// Search and the error catalogue.
mod search;
/// The agent's session: states, notes, undo, shortcuts, caller text, export, restore.
mod session;
/// Layout snapshots: wide and narrow, English and Chinese.
mod snapshots;
/// Saved files that are corrupt or odd.
mod state_files;
/// The app harness and domain verbs every area file uses.
mod support;
/// "Start here": the first questions, the steps that fit, "This caller only", restarts.
mod triage;

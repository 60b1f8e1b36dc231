//! SSPR Helpdesk Assistant: walks helpdesk agents through troubleshooting Microsoft Entra ID
//! self-service password reset (SSPR).
//!
//! Layers, from the bottom up:
//! - [`model`]: pure Rust, no egui. The playbook (categories, steps, links), the agent's
//!   session, settings and their atomic persistence, and the URL allow-list.
//! - [`i18n`]: Project Fluent, no egui. Languages, OS-locale negotiation, bundles with
//!   per-message fallback to en-US.
//! - [`ui`]: egui only. Panels read the model and the [`i18n::Localizer`] and return
//!   [`ui::Action`]s; [`HelpdeskApp`] applies them after the frame.
//! - [`search`]: pure Rust. Ranked search over steps and catalogue entries in both
//!   languages, shared by the window and the command line.
//! - [`report`]: pure Rust. The ticket summary and the caller's instructions.
//! - [`pack`]: pure Rust. Content packs: an organisation's links, steps, entries and words,
//!   checked like a compiler and layered over the built-in content only when error-free.
//! - [`platform`]: the one place that talks to the OS: the URL opener, the save dialog.
//! - [`cli`] and [`commands`]: command-line arguments, and the `search` / `lookup` commands
//!   that print without opening a window.
//!
//! Data flow: model → ui (draw) → `Action` → `HelpdeskApp::apply` → model.

pub mod cli;
pub mod commands;
pub mod i18n;
pub mod model;
pub mod pack;
pub mod platform;
pub mod report;
pub mod search;
pub mod ui;

pub use ui::HelpdeskApp;

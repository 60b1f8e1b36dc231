//! SSPR Helpdesk Assistant: walks helpdesk agents through troubleshooting Microsoft Entra ID
//! self-service password reset (SSPR). `ARCHITECTURE.md` draws the map; `tests/content/layers.rs`
//! checks it.
//!
//! Layers, from the bottom up (each may import only the ones below it):
//! - [`model`]: types and rules only. The playbook (categories, steps, links, catalogue), the
//!   agent's session, settings and configuration types, the URL allow-list, diagnostics. No
//!   egui, no file I/O.
//! - [`i18n`]: Project Fluent over the model: bundles with per-message fallback to en-US, and
//!   the OS-language negotiation.
//! - [`search`], [`report`], [`platform`], [`store`], [`pack`]: the bilingual search index; the
//!   ticket summary; the OS (URL opener, dialogs, console, logging); all file I/O of the app's
//!   own files (state, settings, configuration, atomic writes); content packs, read and checked
//!   like a compiler.
//! - [`decode`]: the evidence decoder: pasted audit rows, events, ADSync lines, support codes
//!   and registry output turned into records that point at catalogue entries.
//! - [`content`]: the built-in content with or without a pack.
//! - [`startup`]: pure decisions of language and pack from the command line, the configuration
//!   file and the saved settings.
//! - [`cli`] and [`commands`]: clap types, and the commands that print without a window.
//! - [`ui`]: egui. Panes read a [`ui::View`] and push [`ui::Action`]s; [`HelpdeskApp`] applies
//!   them in one place after the frame.
//!
//! Data flow: `main` → `startup` → `content::load` → [`HelpdeskApp`] → panes → `Action` →
//! `apply` → model and `store`.

pub mod cli;
pub mod commands;
pub mod content;
pub mod decode;
pub mod i18n;
pub mod model;
pub mod pack;
pub mod platform;
pub mod report;
pub mod search;
pub mod startup;
pub mod store;
pub mod ui;

pub use ui::HelpdeskApp;

//! The domain model: pure Rust. Nothing here draws or names egui/eframe (a test in
//! `tests/content` enforces it), so every rule is unit-testable without a window.

pub mod catalogue;
pub mod category;
pub mod changes;
pub mod clock;
pub mod config;
pub mod diagnostic;
pub mod kiosk;
pub mod language;
pub mod links;
pub mod outcome;
pub mod playbook;
pub mod playbook_file;
pub mod presenting;
pub mod session;
pub mod settings;
pub mod triage;

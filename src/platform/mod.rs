//! The thin layer that talks to the operating system.

pub mod console;
pub mod logging;
pub mod opener;
pub mod save_dialog;
pub mod services;

pub use services::Services;

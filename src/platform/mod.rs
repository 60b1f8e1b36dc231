//! The thin layer that talks to the operating system.

pub mod opener;
pub mod save_dialog;

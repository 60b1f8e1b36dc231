//! Kiosk mode: the end-user screens, and the frame that runs them with the idle timer.

pub(crate) mod frame;
pub mod screen;

pub use screen::*;

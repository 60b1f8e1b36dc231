//! What the app talks to outside itself, bundled so tests and benchmarks swap each one.

use jiff::tz::TimeZone;

use crate::model::clock::{Clock, SystemClock};
use crate::platform::opener::{SystemOpener, UrlOpener};
use crate::platform::save_dialog::{RfdSaveDialog, SaveDialog};

/// What the app talks to outside itself; tests swap each one.
pub struct Services {
    /// Opens allow-listed URLs.
    pub opener: Box<dyn UrlOpener>,
    /// Tells the time.
    pub clock: Box<dyn Clock>,
    /// Asks where to save an export.
    pub save_dialog: Box<dyn SaveDialog>,
    /// The zone summary times are shown in.
    pub time_zone: TimeZone,
}

impl Services {
    /// The real ones: default browser, system clock, native dialog, the system's time zone.
    pub fn system() -> Self {
        Self {
            opener: Box::new(SystemOpener),
            clock: Box::new(SystemClock),
            save_dialog: Box::new(RfdSaveDialog),
            time_zone: TimeZone::system(),
        }
    }
}

impl Services {
    /// Stand-ins for tests and benchmarks: `opener` records what would have been opened,
    /// `clock` is set by hand, `save_dialog` answers with a fixed path, times are in UTC. Keep
    /// clones of the handles a test inspects (they share their state).
    pub fn fake(
        opener: crate::platform::opener::RecordingOpener,
        clock: crate::model::clock::ManualClock,
        save_dialog: crate::platform::save_dialog::FixedSaveDialog,
    ) -> Self {
        Self {
            opener: Box::new(opener),
            clock: Box::new(clock),
            save_dialog: Box::new(save_dialog),
            time_zone: TimeZone::UTC,
        }
    }
}

//! The only code that hands a URL to the operating system. It takes [`AllowedUrl`]s only, so
//! nothing off the allow-list can reach the browser; egui's own `open_url`/hyperlink paths
//! are banned by clippy (`clippy.toml`).

use std::sync::{Arc, Mutex};

use crate::model::links::AllowedUrl;

/// Why a URL could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The OS has no browser to start, or starting it failed.
    #[error("could not start the default browser: {0}")]
    Launch(String),
}

/// Opens allow-listed URLs in the default browser. The app owns one; tests use
/// [`RecordingOpener`].
pub trait UrlOpener {
    /// Opens `url`.
    ///
    /// # Errors
    /// [`OpenError`] when the browser could not be started; the UI then tells the agent and
    /// offers the copied link instead.
    fn open(&self, url: &AllowedUrl) -> Result<(), OpenError>;
}

/// Opens URLs with the system's default browser.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemOpener;

impl UrlOpener for SystemOpener {
    fn open(&self, url: &AllowedUrl) -> Result<(), OpenError> {
        #[expect(clippy::disallowed_methods, reason = "this is the one allowed call site, behind AllowedUrl")]
        let result = webbrowser::open(url.as_str());
        result.map_err(|e| OpenError::Launch(e.to_string()))
    }
}

/// Records the URLs it is asked to open instead of opening them (for tests and demos).
/// Clones share the same record.
#[derive(Clone, Debug, Default)]
pub struct RecordingOpener {
    opened: Arc<Mutex<Vec<String>>>,
    fail: bool,
}

impl RecordingOpener {
    /// A recorder that reports success.
    pub fn new() -> Self {
        Self::default()
    }

    /// A recorder that records and then reports that no browser could be started.
    pub fn failing() -> Self {
        Self {
            fail: true,
            ..Self::default()
        }
    }

    /// The URLs asked for so far, in order.
    pub fn opened(&self) -> Vec<String> {
        self.opened.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

impl UrlOpener for RecordingOpener {
    fn open(&self, url: &AllowedUrl) -> Result<(), OpenError> {
        if let Ok(mut opened) = self.opened.lock() {
            opened.push(url.as_str().to_owned());
        }
        if self.fail {
            Err(OpenError::Launch("no browser in this test".to_owned()))
        } else {
            Ok(())
        }
    }
}

/// Opens a folder the app itself made (the log folder) in the file manager. Never called with
/// a path that came from content or input.
///
/// # Errors
/// [`OpenError`] when the file manager could not be started.
pub fn open_app_folder(path: &std::path::Path) -> Result<(), OpenError> {
    #[expect(
        clippy::disallowed_methods,
        reason = "the one call site for local folders, only with the app's own log folder"
    )]
    let result = open::that_detached(path);
    result.map_err(|e| OpenError::Launch(e.to_string()))
}

//! The administrator's configuration: kiosk mode and its details, the pinned content pack.
//! Deployed by IT, read at start (by `store::config_file`, which also documents where the file
//! lives and its format) and never written by the app.

use std::path::PathBuf;

use serde::Deserialize;

use crate::model::kiosk::{DEFAULT_HANDOFF_IDLE_SECONDS, DEFAULT_IDLE_SECONDS};

/// Text scale of screen-share mode unless configured.
pub const DEFAULT_PRESENT_SCALE: f32 = 1.5;

/// The administrator's settings.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdminConfig {
    /// Start in kiosk mode.
    pub kiosk: bool,
    /// Seconds of inactivity before a kiosk's countdown (then it forgets the person at it).
    pub idle_seconds: u32,
    /// The same once the person was sent on to their phone (a QR code screen), in seconds.
    pub handoff_idle_seconds: u32,
    /// The kiosk's default language tag (`en-US`, `zh-CN`); `None`: the OS language.
    pub language: Option<String>,
    /// How to reach the helpdesk, shown on the kiosk's "if it fails" screens.
    pub helpdesk_contact: Option<String>,
    /// Use the high-contrast theme.
    pub high_contrast: bool,
    /// Text scale of screen-share mode.
    pub present_scale: f32,
    /// The organisation's content pack folder; a relative path is resolved against the
    /// configuration file's folder when the file is read (`store::config_file`).
    pub pack: Option<PathBuf>,
    /// Whether agents may change the content pack in the window (View → Open content pack…,
    /// Use built-in content only) and whether their saved choice or `--pack` may replace
    /// [`AdminConfig::pack`]. `false` pins the administrator's pack (or the built-in content,
    /// without one): a pack can allow its own link hosts, so this is the administrator's call.
    /// `validate`, `search` and `lookup` open no window and are not affected.
    pub allow_pack_change: bool,
}

impl Default for AdminConfig {
    fn default() -> Self {
        Self {
            kiosk: false,
            idle_seconds: DEFAULT_IDLE_SECONDS,
            handoff_idle_seconds: DEFAULT_HANDOFF_IDLE_SECONDS,
            language: None,
            helpdesk_contact: None,
            high_contrast: false,
            present_scale: DEFAULT_PRESENT_SCALE,
            pack: None,
            allow_pack_change: true,
        }
    }
}

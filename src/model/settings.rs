//! The agent's settings that outlive a session (today: the UI language).

use serde::{Deserialize, Serialize};

/// Version of the settings file layout. Unknown fields are ignored and missing ones take
/// their defaults, so older and newer files both load.
pub const SETTINGS_SCHEMA: u32 = 1;

/// Settings saved between runs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Layout version of the file that was read ([`SETTINGS_SCHEMA`] when written).
    pub schema: u32,
    /// The UI language the agent chose last, as a BCP 47 tag (`en-US`, `zh-CN`); `None`
    /// until they choose one, so the OS language is followed on first start.
    pub language: Option<String>,
}

//! The agent's settings that outlive a session.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Version of the settings file layout. Unknown fields are ignored and missing ones take
/// their defaults, so older and newer files both load.
pub const SETTINGS_SCHEMA: u32 = 1;

/// Light, dark, or whatever the OS uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// The window's last position and size, in logical points.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WindowGeometry {
    /// Left edge of the outer window.
    pub x: f32,
    /// Top edge of the outer window.
    pub y: f32,
    /// Inner width.
    pub width: f32,
    /// Inner height.
    pub height: f32,
}

impl WindowGeometry {
    /// The geometry moved and shrunk so the whole window fits on a monitor of
    /// `monitor` = (width, height) points, keeping at least `min` = (width, height).
    pub fn clamped_to(self, monitor: (f32, f32), min: (f32, f32)) -> Self {
        let width = self.width.clamp(min.0.min(monitor.0), monitor.0.max(min.0));
        let height = self.height.clamp(min.1.min(monitor.1), monitor.1.max(min.1));
        let x = self.x.clamp(0.0, (monitor.0 - width).max(0.0));
        let y = self.y.clamp(0.0, (monitor.1 - height).max(0.0));
        Self { x, y, width, height }
    }
}

/// Settings saved between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Layout version of the file that was read ([`SETTINGS_SCHEMA`] when written).
    pub schema: u32,
    /// The UI language the agent chose last, as a BCP 47 tag (`en-US`, `zh-CN`); `None`
    /// until they choose one, so the OS language is followed on first start.
    pub language: Option<String>,
    /// Light, dark or system theme.
    pub theme: ThemeChoice,
    /// UI zoom factor (1.0 = 100 %), changed with Ctrl +/−.
    pub zoom: f32,
    /// Show each step in both languages side by side.
    pub both_languages: bool,
    /// Show the session panel (ticket, notes, summary).
    pub session_panel: bool,
    /// The folder the last export went to.
    pub export_folder: Option<PathBuf>,
    /// The window's last position and size.
    pub window: Option<WindowGeometry>,
    /// Use the high-contrast theme.
    pub high_contrast: bool,
    /// The content pack the agent opened ("Open content pack…"); `--pack` wins over it, and
    /// it wins over the configuration file's `pack`.
    pub pack: Option<PathBuf>,
    /// The agent chose View → Use built-in content only: the configuration file's `pack` is
    /// not loaded either (unless the administrator pinned it).
    pub builtin_only: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            schema: SETTINGS_SCHEMA,
            language: None,
            theme: ThemeChoice::System,
            zoom: 1.0,
            both_languages: false,
            session_panel: true,
            export_folder: None,
            window: None,
            high_contrast: false,
            pack: None,
            builtin_only: false,
        }
    }
}

impl Settings {
    /// Replaces values that cannot be used (a zoom that is not a number or out of range, a
    /// window of no size) by their defaults; returns the names of the fields it reset.
    pub fn sanitize(&mut self) -> Vec<&'static str> {
        let mut reset = Vec::new();
        if !self.zoom.is_finite() || !(0.5..=3.0).contains(&self.zoom) {
            self.zoom = 1.0;
            reset.push("zoom");
        }
        if let Some(w) = self.window {
            let values = [w.x, w.y, w.width, w.height];
            if values.iter().any(|v| !v.is_finite()) || w.width < 100.0 || w.height < 100.0 {
                self.window = None;
                reset.push("window");
            }
        }
        reset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unusable_values_are_reset() {
        let mut settings = Settings {
            zoom: f32::NAN,
            window: Some(WindowGeometry {
                x: f32::INFINITY,
                y: 0.0,
                width: 800.0,
                height: 600.0,
            }),
            ..Settings::default()
        };
        assert_eq!(settings.sanitize(), ["zoom", "window"]);
        assert_eq!(settings.zoom, 1.0);
        assert_eq!(settings.window, None);
        assert!(Settings::default().sanitize().is_empty());
    }

    #[test]
    fn a_window_off_screen_comes_back_on_screen() {
        let g = WindowGeometry {
            x: 5000.0,
            y: -300.0,
            width: 3000.0,
            height: 500.0,
        };
        let c = g.clamped_to((1920.0, 1080.0), (720.0, 520.0));
        assert_eq!(
            c,
            WindowGeometry {
                x: 0.0,
                y: 0.0,
                width: 1920.0,
                height: 520.0
            }
        );
        let fine = WindowGeometry {
            x: 100.0,
            y: 100.0,
            width: 800.0,
            height: 600.0,
        };
        assert_eq!(fine.clamped_to((1920.0, 1080.0), (720.0, 520.0)), fine);
    }
}

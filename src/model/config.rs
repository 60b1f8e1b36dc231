//! The administrator's configuration file: kiosk mode and its details, deployed by IT, read at
//! start and never written by the app.
//!
//! Where it is read from (first found wins; `--config FILE` replaces the search):
//! - Windows: `%ProgramData%\sspr-helpdesk\config.toml` (usually `C:\ProgramData\…`)
//! - macOS: `/Library/Application Support/sspr-helpdesk/config.toml`
//! - Linux and others: `/etc/sspr-helpdesk/config.toml`
//!
//! ```toml
//! kiosk = true                      # end-user kiosk mode
//! idle_seconds = 120                # forget the person after this much inactivity (30-3600)
//! language = "zh-CN"                # the kiosk's default language (en-US or zh-CN)
//! helpdesk_contact = "IT helpdesk: ext. 4357, it-help@contoso.com"
//! high_contrast = false             # high-contrast theme
//! present_scale = 1.5               # text scale of screen-share mode (1.0-3.0)
//! pack = "C:\\ProgramData\\sspr-helpdesk\\contoso-pack"   # a content pack folder (relative: to this file)
//! allow_pack_change = false         # agents may not open another pack or drop this one
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::diagnostic::{Diagnostic, line_col};
use crate::model::kiosk::DEFAULT_IDLE_SECONDS;

/// Text scale of screen-share mode unless configured.
pub const DEFAULT_PRESENT_SCALE: f32 = 1.5;

/// The administrator's settings.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdminConfig {
    /// Start in kiosk mode.
    pub kiosk: bool,
    /// Seconds of inactivity before a kiosk forgets the person at it.
    pub idle_seconds: u32,
    /// The kiosk's default language tag (`en-US`, `zh-CN`); `None`: the OS language.
    pub language: Option<String>,
    /// How to reach the helpdesk, shown on the kiosk's "if it fails" screens.
    pub helpdesk_contact: Option<String>,
    /// Use the high-contrast theme.
    pub high_contrast: bool,
    /// Text scale of screen-share mode.
    pub present_scale: f32,
    /// The organisation's content pack folder; a relative path is resolved against the
    /// configuration file's folder by [`load_config`].
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
            language: None,
            helpdesk_contact: None,
            high_contrast: false,
            present_scale: DEFAULT_PRESENT_SCALE,
            pack: None,
            allow_pack_change: true,
        }
    }
}

/// The platform's path of the administrator's configuration file.
pub fn platform_config_path() -> PathBuf {
    if cfg!(target_os = "windows") {
        let base = std::env::var_os("ProgramData").map_or_else(|| PathBuf::from(r"C:\ProgramData"), PathBuf::from);
        base.join("sspr-helpdesk").join("config.toml")
    } else if cfg!(target_os = "macos") {
        PathBuf::from("/Library/Application Support/sspr-helpdesk/config.toml")
    } else {
        PathBuf::from("/etc/sspr-helpdesk/config.toml")
    }
}

/// Parses a configuration file's text; invalid values are replaced by their defaults and
/// reported, so a typo never takes a kiosk down.
pub fn parse_config(path: &str, text: &str) -> (AdminConfig, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut config = match toml::from_str::<AdminConfig>(text) {
        Ok(config) => config,
        Err(e) => {
            let position = e.span().map(|s| line_col(text, s.start));
            diagnostics.push(
                Diagnostic::error(
                    path,
                    position,
                    format!("{}; the configuration file was ignored", e.message().trim()),
                )
                .with_fix("fix the TOML: keys are kiosk, idle_seconds, language, helpdesk_contact, high_contrast, present_scale, pack, allow_pack_change"),
            );
            return (AdminConfig::default(), diagnostics);
        }
    };
    if !(30..=3600).contains(&config.idle_seconds) {
        diagnostics.push(
            Diagnostic::warning(
                path,
                None,
                format!(
                    "idle_seconds = {} is outside 30-3600; using {DEFAULT_IDLE_SECONDS}",
                    config.idle_seconds
                ),
            )
            .with_fix("set idle_seconds between 30 and 3600"),
        );
        config.idle_seconds = DEFAULT_IDLE_SECONDS;
    }
    if !(1.0..=3.0).contains(&config.present_scale) {
        diagnostics.push(
            Diagnostic::warning(
                path,
                None,
                format!(
                    "present_scale = {} is outside 1.0-3.0; using {DEFAULT_PRESENT_SCALE}",
                    config.present_scale
                ),
            )
            .with_fix("set present_scale between 1.0 and 3.0"),
        );
        config.present_scale = DEFAULT_PRESENT_SCALE;
    }
    if let Some(language) = config.language.as_deref().filter(|l| crate::i18n::Language::from_tag(l).is_none()) {
        diagnostics.push(
            Diagnostic::warning(
                path,
                None,
                format!("language = \"{language}\" is not shipped; using the OS language"),
            )
            .with_fix("use en-US or zh-CN"),
        );
        config.language = None;
    }
    (config, diagnostics)
}

/// Reads the configuration file at `path`. A missing file is not an error (defaults); an
/// unreadable one is reported.
pub fn load_config(path: &Path) -> (AdminConfig, Vec<Diagnostic>) {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let (mut config, diagnostics) = parse_config(&path.display().to_string(), &text);
            if let (Some(pack), Some(folder)) = (config.pack.as_mut(), path.parent())
                && pack.is_relative()
            {
                *pack = folder.join(&*pack);
            }
            (config, diagnostics)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (AdminConfig::default(), Vec::new()),
        Err(e) => (
            AdminConfig::default(),
            vec![
                Diagnostic::error(
                    path.display().to_string(),
                    None,
                    format!("cannot be read ({e}); the defaults are used"),
                )
                .with_fix("check the file's permissions"),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_kiosk_config_and_repairs_bad_values() {
        let (config, diagnostics) = parse_config(
            "config.toml",
            "kiosk = true\nidle_seconds = 5\nlanguage = \"zh-CN\"\nhelpdesk_contact = \"ext. 4357\"\n",
        );
        assert!(config.kiosk);
        assert_eq!(config.idle_seconds, DEFAULT_IDLE_SECONDS);
        assert_eq!(config.language.as_deref(), Some("zh-CN"));
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.contains("idle_seconds = 5"));
    }

    #[test]
    fn a_broken_file_is_ignored_with_its_line() {
        let (config, diagnostics) = parse_config("config.toml", "kiosk = true\nidle = 3\n");
        assert_eq!(config, AdminConfig::default());
        assert_eq!(diagnostics[0].line, Some(2));
        assert!(load_config(Path::new("/nonexistent/sspr/config.toml")).1.is_empty());
    }

    #[test]
    fn packs_may_be_changed_unless_the_administrator_pins_them() {
        assert!(parse_config("config.toml", "").0.allow_pack_change);
        let (config, diagnostics) = parse_config("config.toml", "pack = \"p\"\nallow_pack_change = false\n");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(!config.allow_pack_change);
    }

    #[test]
    fn a_relative_pack_is_found_beside_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "pack = \"contoso-pack\"\n").unwrap();
        let (config, diagnostics) = load_config(&path);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(config.pack, Some(dir.path().join("contoso-pack")));
    }
}

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

/// The keys a configuration file may hold, in the order the README lists them.
pub const CONFIG_KEYS: [&str; 8] = [
    "kiosk",
    "idle_seconds",
    "language",
    "helpdesk_contact",
    "high_contrast",
    "present_scale",
    "pack",
    "allow_pack_change",
];

/// What a key's value must look like, as the fix of a value of the wrong type.
fn expected_shape(key: &str) -> &'static str {
    match key {
        "kiosk" | "high_contrast" | "allow_pack_change" => "use true or false, without quotes",
        "idle_seconds" => "use a whole number of seconds from 30 to 3600, without quotes",
        "present_scale" => "use a number from 1.0 to 3.0, without quotes",
        _ => "use text in double quotes",
    }
}

/// Parses a configuration file's text key by key, so one mistake never takes the rest down:
/// a value of the wrong type or out of range is replaced by its default, an unknown key is
/// ignored (with a "did you mean"), and each is reported with its line. A wrong
/// `allow_pack_change` fails closed: the pack is pinned until the file is fixed. Only text
/// that is not TOML at all is ignored whole.
pub fn parse_config(path: &str, text: &str) -> (AdminConfig, Vec<Diagnostic>) {
    type Entries = std::collections::BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>;
    let mut diagnostics = Vec::new();
    let entries = match toml::from_str::<Entries>(text) {
        Ok(entries) => entries,
        Err(e) => {
            let position = e.span().map(|s| line_col(text, s.start));
            diagnostics.push(
                Diagnostic::error(
                    path,
                    position,
                    format!("{}; the configuration file was ignored", e.message().trim()),
                )
                .with_fix(format!("fix the TOML: keys are {}", CONFIG_KEYS.join(", "))),
            );
            return (AdminConfig::default(), diagnostics);
        }
    };
    let mut usable = toml::Table::new();
    let mut pin = false;
    // In file order, so the problems read top to bottom.
    let mut in_order: Vec<_> = entries.iter().collect();
    in_order.sort_by_key(|(key, _)| key.span().start);
    for (key, value) in in_order {
        let name = key.get_ref().as_str();
        let at = Some(line_col(text, key.span().start));
        if !CONFIG_KEYS.contains(&name) {
            let hint = crate::model::playbook::did_you_mean(name, CONFIG_KEYS);
            diagnostics.push(
                Diagnostic::warning(path, at, format!("unknown key \"{name}\"{hint}; it was ignored"))
                    .with_fix(format!("keys are {}", CONFIG_KEYS.join(", "))),
            );
            continue;
        }
        let one = toml::Table::from_iter([(name.to_owned(), value.get_ref().clone())]);
        match toml::Value::Table(one).try_into::<AdminConfig>() {
            Ok(_) => {
                usable.insert(name.to_owned(), value.get_ref().clone());
            }
            Err(e) => {
                let at = Some(line_col(text, value.span().start));
                let problem = e.message().trim().replace('\n', " ");
                let diagnostic = if name == "allow_pack_change" {
                    pin = true;
                    Diagnostic::error(
                        path,
                        at,
                        format!("{name}: {problem}; agents may not change the content pack until it is fixed"),
                    )
                } else {
                    Diagnostic::warning(path, at, format!("{name}: {problem}; its default is used"))
                };
                diagnostics.push(diagnostic.with_fix(expected_shape(name)));
            }
        }
    }
    // Every key left was checked on its own, so together they deserialize too.
    let mut config = toml::Value::Table(usable).try_into::<AdminConfig>().unwrap_or_default();
    if pin {
        config.allow_pack_change = false;
    }
    let value_at = |key: &str| entries.get(key).map(|v| line_col(text, v.span().start));
    if !(30..=3600).contains(&config.idle_seconds) {
        diagnostics.push(
            Diagnostic::warning(
                path,
                value_at("idle_seconds"),
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
                value_at("present_scale"),
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
                value_at("language"),
                format!("language = \"{language}\" is not shipped; using the OS language"),
            )
            .with_fix("use en-US or zh-CN"),
        );
        config.language = None;
    }
    if config.pack.as_ref().is_some_and(|p| p.as_os_str().is_empty()) {
        diagnostics.push(
            Diagnostic::warning(path, value_at("pack"), "pack = \"\" names no folder; no pack is used")
                .with_fix("give the pack's folder, or remove the line"),
        );
        config.pack = None;
    }
    (config, diagnostics)
}

/// Reads the configuration file at `path`. A missing file gives the defaults, silently at the
/// platform's path and with a warning when `explicit` (named with `--config`, so a typo in
/// the path does not quietly drop the administrator's settings); an unreadable one is
/// reported.
pub fn load_config(path: &Path, explicit: bool) -> (AdminConfig, Vec<Diagnostic>) {
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
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => (AdminConfig::default(), Vec::new()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (
            AdminConfig::default(),
            vec![
                Diagnostic::warning(
                    path.display().to_string(),
                    None,
                    "the configuration file given with --config does not exist; the defaults are used",
                )
                .with_fix("check the path after --config"),
            ],
        ),
        Err(_) if path.is_dir() => (
            AdminConfig::default(),
            vec![
                Diagnostic::error(
                    path.display().to_string(),
                    None,
                    "is a folder, not a configuration file; the defaults are used",
                )
                .with_fix("give the path of the file itself, e.g. …/sspr-helpdesk/config.toml"),
            ],
        ),
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
    fn only_text_that_is_not_toml_is_ignored_whole() {
        let (config, diagnostics) = parse_config("config.toml", "kiosk = true\nidle_seconds = [3\n");
        assert_eq!(config, AdminConfig::default());
        assert_eq!(diagnostics[0].line, Some(2));
        assert!(diagnostics[0].message.ends_with("the configuration file was ignored"));
    }

    #[test]
    fn a_wrong_or_unknown_key_is_reported_and_the_rest_is_kept() {
        let text = "kiosk = true\nidle_second = 3\nhigh_contrast = \"yes\"\nhelpdesk_contact = \"ext. 4357\"\npack = \"\"\n";
        let (config, diagnostics) = parse_config("config.toml", text);
        assert!(config.kiosk);
        assert!(!config.high_contrast);
        assert_eq!(config.helpdesk_contact.as_deref(), Some("ext. 4357"));
        assert_eq!(config.pack, None);
        let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 3, "{lines:#?}");
        assert!(
            lines[0].starts_with("config.toml:2:1: warning: unknown key \"idle_second\" (did you mean \"idle_seconds\"?); it was ignored"),
            "{}",
            lines[0]
        );
        assert!(lines[1].starts_with("config.toml:3:17: warning: high_contrast: invalid type: string \"yes\", expected a boolean; its default is used; use true or false, without quotes"), "{}", lines[1]);
        assert!(
            lines[2].starts_with("config.toml:5:8: warning: pack = \"\" names no folder"),
            "{}",
            lines[2]
        );
    }

    #[test]
    fn a_wrong_allow_pack_change_pins_the_pack_until_it_is_fixed() {
        for value in ["\"false\"", "\"true\"", "0", "yes = 1"] {
            let text = format!("pack = \"contoso-pack\"\nallow_pack_change = {value}\n");
            let (config, diagnostics) = parse_config("config.toml", &text);
            if value.contains("yes") {
                // Not TOML: ignored whole, as before.
                assert!(config.allow_pack_change, "{value}");
                continue;
            }
            assert!(!config.allow_pack_change, "{value}");
            assert_eq!(config.pack.as_deref(), Some(Path::new("contoso-pack")));
            assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
            assert_eq!(diagnostics[0].severity, crate::model::diagnostic::Severity::Error);
            assert!(
                diagnostics[0]
                    .message
                    .contains("agents may not change the content pack until it is fixed")
            );
        }
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
        let (config, diagnostics) = load_config(&path, false);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(config.pack, Some(dir.path().join("contoso-pack")));
    }
}

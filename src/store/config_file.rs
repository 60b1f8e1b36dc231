//! Reads the administrator's configuration file (`model::config::AdminConfig`), key by key,
//! reporting each problem with its line. Deployed by IT, read at start, never written.
//!
//! Where it is read from (first found wins; `--config FILE` replaces the search):
//! - Windows: `%ProgramData%\sspr-helpdesk\config.toml` (usually `C:\ProgramData\…`)
//! - macOS: `/Library/Application Support/sspr-helpdesk/config.toml`
//! - Linux and others: `/etc/sspr-helpdesk/config.toml`
//!
//! ```toml
//! kiosk = true                      # end-user kiosk mode
//! idle_seconds = 120                # inactivity before the 15 s countdown that forgets the person (30-3600)
//! handoff_idle_seconds = 600        # the same once the person was sent on to their phone (30-3600)
//! language = "zh-CN"                # the kiosk's default language (en-US or zh-CN)
//! helpdesk_contact = "IT helpdesk: ext. 4357, it-help@contoso.com"
//! high_contrast = false             # high-contrast theme
//! present_scale = 1.5               # text scale of screen-share mode (1.0-3.0)
//! pack = "C:\\ProgramData\\sspr-helpdesk\\contoso-pack"   # a content pack folder (relative: to this file)
//! allow_pack_change = false         # agents may not open another pack or drop this one
//! ```

use std::path::{Path, PathBuf};

use crate::model::config::{AdminConfig, DEFAULT_PRESENT_SCALE};
use crate::model::diagnostic::{Diagnostic, line_col};
use crate::model::kiosk::{DEFAULT_HANDOFF_IDLE_SECONDS, DEFAULT_IDLE_SECONDS};
use crate::model::language::Language;

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
pub const CONFIG_KEYS: [&str; 9] = [
    "kiosk",
    "idle_seconds",
    "handoff_idle_seconds",
    "language",
    "helpdesk_contact",
    "high_contrast",
    "present_scale",
    "pack",
    "allow_pack_change",
];

/// Whether `text` mentions `allow_pack_change` in any spelling (case, `-`, `_`, spaces).
fn mentions_pin(text: &str) -> bool {
    let letters: String = text
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    letters.contains("allowpackchange")
}

/// What a key's value must look like, as the fix of a value of the wrong type.
fn expected_shape(key: &str) -> &'static str {
    match key {
        "kiosk" | "high_contrast" | "allow_pack_change" => "use true or false, without quotes",
        "idle_seconds" | "handoff_idle_seconds" => "use a whole number of seconds from 30 to 3600, without quotes",
        "present_scale" => "use a number from 1.0 to 3.0, without quotes",
        _ => "use text in double quotes",
    }
}

/// Parses a configuration file's text key by key, so one mistake never takes the rest down:
/// a value of the wrong type or out of range is replaced by its default, an unknown key is
/// ignored (with a "did you mean"), a line that is not TOML (a stray quote, a number too
/// large, a key written twice) is ignored on its own, and each is reported with its line.
/// Anything wrong with `allow_pack_change` (a bad value, a misspelt key, a broken line)
/// fails closed: the pack is pinned until the file is fixed.
pub fn parse_config(path: &str, text: &str) -> (AdminConfig, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let (read, problems) = crate::store::toml_lines::read_settings(text);
    let mut pin = false;
    for problem in &problems {
        // Anything that may have been the pin fails closed: a broken line that mentions it
        // (`allow_pack_change false`, `allow_pack_change: false`), or the pin written twice
        // (an administrator appending a lock-down line must not lose to an earlier `true`).
        let about_pin = mentions_pin(&problem.text) || problem.key.as_deref().is_some_and(mentions_pin);
        pin |= about_pin;
        let what = if problem.duplicate { "" } else { "; the line was ignored" };
        let message = if about_pin {
            format!(
                "{}{what}, and agents may not change the content pack until it is fixed",
                problem.message
            )
        } else {
            format!("{}{what}", problem.message)
        };
        let diagnostic = if about_pin {
            Diagnostic::error(path, Some(problem.at), message)
        } else {
            Diagnostic::warning(path, Some(problem.at), message)
        };
        let fix = match problem.key.as_deref().filter(|k| CONFIG_KEYS.contains(k)) {
            Some(_) if problem.duplicate => "keep one line for each key".to_owned(),
            Some(key) => expected_shape(key).to_owned(),
            None => format!("fix the TOML: one key = value per line; keys are {}", CONFIG_KEYS.join(", ")),
        };
        diagnostics.push(diagnostic.with_fix(fix));
    }
    // A `[section]` header (an INI habit: `[settings]`) would hide the keys under it: the file
    // has no sections, so they are read as the top-level keys they were meant to be.
    let mut settings = Vec::new();
    for setting in read {
        match &setting.value {
            toml::Value::Table(table)
                if !CONFIG_KEYS.contains(&setting.key.as_str())
                    && table.keys().any(|k| CONFIG_KEYS.contains(&k.as_str()) || mentions_pin(k)) =>
            {
                diagnostics.push(
                    Diagnostic::warning(
                        path,
                        Some(setting.key_at),
                        format!(
                            "[{}] is not a section of this file; the keys under it were read as top-level keys",
                            setting.key
                        ),
                    )
                    .with_fix(format!("remove the [{}] line", setting.key)),
                );
                for (key, value) in table {
                    if settings.iter().any(|s: &crate::store::toml_lines::Setting| &s.key == key) {
                        continue;
                    }
                    settings.push(crate::store::toml_lines::Setting {
                        key: key.clone(),
                        value: value.clone(),
                        key_at: setting.key_at,
                        value_at: setting.value_at,
                    });
                }
            }
            _ => settings.push(setting),
        }
    }
    let mut usable = toml::Table::new();
    for setting in &settings {
        let name = setting.key.as_str();
        let at = Some(setting.key_at);
        if !CONFIG_KEYS.contains(&name) {
            let hint = crate::model::diagnostic::did_you_mean(name, CONFIG_KEYS);
            // A misspelt pin (allow_pack_changes, Allow_Pack_Change) fails closed too.
            if hint.contains("\"allow_pack_change\"") || mentions_pin(name) {
                pin = true;
                diagnostics.push(
                    Diagnostic::error(
                        path,
                        at,
                        format!("unknown key \"{name}\" (did you mean \"allow_pack_change\"?); agents may not change the content pack until it is fixed"),
                    )
                    .with_fix("write allow_pack_change, in lower case"),
                );
                continue;
            }
            diagnostics.push(
                Diagnostic::warning(path, at, format!("unknown key \"{name}\"{hint}; it was ignored"))
                    .with_fix(format!("keys are {}", CONFIG_KEYS.join(", "))),
            );
            continue;
        }
        match crate::store::toml_lines::check_field::<AdminConfig>(name, &setting.value) {
            Ok(()) => {
                usable.insert(name.to_owned(), setting.value.clone());
            }
            Err(problem) => {
                let at = Some(setting.value_at);
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
    let value_at = |key: &str| settings.iter().find(|s| s.key == key).map(|s| s.value_at);
    for (key, value, default) in [
        ("idle_seconds", &mut config.idle_seconds, DEFAULT_IDLE_SECONDS),
        (
            "handoff_idle_seconds",
            &mut config.handoff_idle_seconds,
            DEFAULT_HANDOFF_IDLE_SECONDS,
        ),
    ] {
        if !(30..=3600).contains(value) {
            diagnostics.push(
                Diagnostic::warning(path, value_at(key), format!("{key} = {value} is outside 30-3600; using {default}"))
                    .with_fix(format!("set {key} between 30 and 3600")),
            );
            *value = default;
        }
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
    if let Some(language) = config.language.as_deref().and_then(|l| Language::from_user_tag(l).ok()) {
        // As on the command line: `zh` or `zh_cn` mean zh-CN.
        config.language = Some(language.tag().to_owned());
    } else if let Some(language) = config.language.as_deref() {
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
    if config.pack.as_ref().is_some_and(|p| p.starts_with("~")) {
        diagnostics.push(
            Diagnostic::warning(
                path,
                value_at("pack"),
                "pack starts with ~, which is not expanded here; the folder is looked for under a folder named ~",
            )
            .with_fix("write the folder's full path, or a path relative to this file"),
        );
    }
    if config.pack.as_ref().is_some_and(|p| p.as_os_str().is_empty()) {
        diagnostics.push(
            Diagnostic::warning(path, value_at("pack"), "pack = \"\" names no folder; no pack is used")
                .with_fix("give the pack's folder, or remove the line"),
        );
        config.pack = None;
    }
    // Top to bottom, as a reader goes through the file.
    diagnostics.sort_by_key(|d| (d.line, d.column));
    (config, diagnostics)
}

/// Reads the configuration file at `path`. A missing file gives the defaults, silently at the
/// platform's path and with a warning when `explicit` (named with `--config`, so a typo in
/// the path does not quietly drop the administrator's settings); an unreadable one is
/// reported.
pub fn load_config(path: &Path, explicit: bool) -> (AdminConfig, Vec<Diagnostic>) {
    match std::fs::read(path) {
        Ok(bytes) => {
            let name = path.display().to_string();
            // Not UTF-8 (saved as Latin-1, say): read what can be read, as for any bad line,
            // so kiosk mode and the pack pin are not lost over one accented letter.
            let (text, not_utf8) = match String::from_utf8(bytes) {
                Ok(text) => (text, None),
                Err(e) => {
                    // Up to the first bad byte the replaced text is the file's own.
                    let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                    let at = line_col(&text, e.utf8_error().valid_up_to());
                    (text, Some(at))
                }
            };
            let (mut config, mut diagnostics) = parse_config(&name, &text);
            if let Some(at) = not_utf8 {
                diagnostics.insert(
                    0,
                    Diagnostic::warning(
                        &name,
                        Some(at),
                        "the file is not UTF-8 text; it was read with the bad bytes replaced",
                    )
                    .with_fix("save the file as UTF-8"),
                );
            }
            // Relative to the file itself, also when the path is a link to it.
            let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            if let (Some(pack), Some(folder)) = (config.pack.as_mut(), real.parent())
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
    fn the_hand_off_idle_time_is_read_and_range_checked() {
        let (config, diagnostics) = parse_config("config.toml", "handoff_idle_seconds = 900\n");
        assert_eq!(config.handoff_idle_seconds, 900);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let (config, diagnostics) = parse_config("config.toml", "handoff_idle_seconds = 7200\n");
        assert_eq!(config.handoff_idle_seconds, DEFAULT_HANDOFF_IDLE_SECONDS);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.contains("handoff_idle_seconds = 7200 is outside 30-3600"));
        assert_eq!(diagnostics[0].line, Some(1));
    }

    #[test]
    fn a_line_that_is_not_toml_costs_only_itself() {
        let text =
            "kiosk = true\nidle_seconds = [3\nidle_seconds = 99999999999999999999\nhelpdesk_contact = \"a\"\nhelpdesk_contact = \"b\"\n";
        let (config, diagnostics) = parse_config("config.toml", text);
        assert!(config.kiosk);
        assert_eq!(config.helpdesk_contact.as_deref(), Some("a"));
        let lines: Vec<Option<usize>> = diagnostics.iter().map(|d| d.line).collect();
        assert_eq!(lines, [Some(2), Some(3), Some(5)], "{diagnostics:#?}");
        assert!(
            diagnostics[..2].iter().all(|d| d.message.ends_with("the line was ignored")),
            "{diagnostics:#?}"
        );
        assert!(diagnostics[2].message.ends_with("the first one is kept"), "{diagnostics:#?}");
        assert_eq!(diagnostics[2].fix.as_deref(), Some("keep one line for each key"));
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
        for line in [
            "allow_pack_change = \"false\"",
            "allow_pack_change = \"true\"",
            "allow_pack_change = 0",
            "allow_pack_change = yes",
            "allow_pack_changes = false",
            "Allow_Pack_Change = true",
            "allow_pack_change false",
            "allow_pack_change: false",
            "'allow_pack_change' = fals",
            "kiosk = false allow_pack_change = false",
            "allow_pack_change = true\nallow_pack_change = false",
        ] {
            let text = format!("pack = \"contoso-pack\"\n{line}\n");
            let (config, diagnostics) = parse_config("config.toml", &text);
            assert!(!config.allow_pack_change, "{line}");
            assert_eq!(config.pack.as_deref(), Some(Path::new("contoso-pack")));
            let said = diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
            assert_eq!(diagnostics.len(), 1, "{said}");
            assert_eq!(diagnostics[0].severity, crate::model::diagnostic::Severity::Error, "{said}");
            assert!(said.contains("agents may not change the content pack until it is fixed"), "{said}");
        }
        // The pin survives a multi-line string whose inner line looks like another value.
        let text = "helpdesk_contact = \"\"\"\nCall 4357\nallow_pack_change = true\n\"\"\"\nallow_pack_change = false\nkiosk = tru\n";
        let (config, diagnostics) = parse_config("config.toml", text);
        assert!(!config.allow_pack_change, "{diagnostics:?}");
        assert!(config.helpdesk_contact.is_some_and(|c| c.contains("Call 4357")));
        assert_eq!(diagnostics.iter().map(|d| d.line).collect::<Vec<_>>(), [Some(6)], "{diagnostics:?}");
        // An INI-style header hides neither kiosk mode nor the pin.
        let (config, diagnostics) = parse_config("config.toml", "[settings]\nkiosk = true\nallow_pack_change = false\n");
        assert!(config.kiosk && !config.allow_pack_change, "{diagnostics:?}");
        assert!(
            diagnostics[0].message.starts_with("[settings] is not a section of this file"),
            "{diagnostics:?}"
        );
    }

    #[test]
    fn packs_may_be_changed_unless_the_administrator_pins_them() {
        assert!(parse_config("config.toml", "").0.allow_pack_change);
        let (config, diagnostics) = parse_config("config.toml", "pack = \"p\"\nallow_pack_change = false\n");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(!config.allow_pack_change);
    }

    #[test]
    fn languages_read_as_on_the_command_line_and_a_home_folder_is_flagged() {
        let (config, diagnostics) = parse_config("config.toml", "language = \"zh\"\npack = \"~/packs/contoso\"\n");
        assert_eq!(config.language.as_deref(), Some("zh-CN"));
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert!(diagnostics[0].message.contains("starts with ~"), "{diagnostics:?}");
    }

    #[test]
    fn a_file_that_is_not_utf8_keeps_its_kiosk_and_pin() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            b"kiosk = true\nallow_pack_change = false\nhelpdesk_contact = \"Caf\xe9 desk\"\n",
        )
        .unwrap();
        let (config, diagnostics) = load_config(&path, false);
        assert!(config.kiosk && !config.allow_pack_change);
        assert_eq!(diagnostics[0].line, Some(3), "{diagnostics:?}");
        assert_eq!(diagnostics[0].fix.as_deref(), Some("save the file as UTF-8"));
    }

    #[cfg(unix)]
    #[test]
    fn a_relative_pack_is_found_beside_the_real_file_behind_a_link() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("real")).unwrap();
        std::fs::create_dir_all(dir.path().join("link")).unwrap();
        std::fs::write(dir.path().join("real/config.toml"), "pack = \"contoso-pack\"\n").unwrap();
        std::os::unix::fs::symlink(dir.path().join("real/config.toml"), dir.path().join("link/config.toml")).unwrap();
        let (config, _) = load_config(&dir.path().join("link/config.toml"), true);
        let expected = std::fs::canonicalize(dir.path().join("real")).unwrap().join("contoso-pack");
        assert_eq!(config.pack, Some(expected));
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

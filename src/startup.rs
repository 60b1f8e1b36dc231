//! Start-up decisions, as pure functions: which language and which content pack the window and
//! the commands use, from the command line, the administrator's configuration file and the
//! agent's saved settings. Nothing here reads a file: `main` reads them (through `store`) and
//! passes what it read, so every precedence rule is unit-tested below.
//!
//! The rules, in one place:
//! - **Language:** `--lang`, else (kiosk only) the configuration's `language`, else the agent's
//!   saved choice, else the OS language, else en-US.
//! - **Pack, window:** `--pack` wins over the agent's saved choice, which wins over the
//!   configuration's `pack`; "built-in content only" (saved) passes over the configuration's
//!   pack. A kiosk, or `allow_pack_change = false`, takes only the configuration's pack, and
//!   `--pack` against a pinned pack is refused with a warning. When the pack chosen by
//!   `--pack` or the agent is broken, the configuration's pack is used instead.
//! - **Pack, `search` / `lookup`:** `--pack`, else the configuration's pack.

use std::path::{Path, PathBuf};

use crate::i18n::language::negotiate;
use crate::model::config::AdminConfig;
use crate::model::diagnostic::Diagnostic;
use crate::model::language::Language;
use crate::model::settings::Settings;

/// What the command line says about a window start, before anything is read from disk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommandLine {
    /// `--lang`.
    pub language: Option<Language>,
    /// `--data-dir`.
    pub data_dir: Option<PathBuf>,
    /// `--kiosk`.
    pub kiosk: bool,
    /// `--pack`.
    pub pack: Option<PathBuf>,
    /// `--quit-after-first-frame` (start-up checks).
    pub quit_after_first_frame: bool,
}

/// Everything the window needs to know at start-up, injected so tests control it.
#[derive(Clone, Debug, Default)]
pub struct StartupOptions {
    /// Language forced for this run (`--lang`); wins over the saved choice.
    pub language: Option<Language>,
    /// Where settings are stored; `None` keeps nothing on disk (tests).
    pub data_dir: Option<PathBuf>,
    /// The OS's preferred locales, most preferred first (see `i18n::language::os_locales`).
    pub os_locales: Vec<String>,
    /// Start in kiosk mode (`--kiosk` or the configuration file).
    pub kiosk: bool,
    /// The administrator's configuration.
    pub config: AdminConfig,
    /// Problems found in the configuration file (shown in the banner).
    pub config_diagnostics: Vec<Diagnostic>,
    /// The content pack given by `--pack` and not refused by a pin (wins over the saved choice
    /// and the configuration file's `pack`).
    pub pack: Option<PathBuf>,
    /// Close the window after the first frame (start-up checks).
    pub quit_after_first_frame: bool,
}

/// What was read from disk and the OS for a window start.
#[derive(Clone, Debug, Default)]
pub struct Read {
    /// The administrator's configuration, as read.
    pub config: AdminConfig,
    /// Its problems, with lines.
    pub config_diagnostics: Vec<Diagnostic>,
    /// Where the configuration file is (named in the warning about a refused `--pack`).
    pub config_path: PathBuf,
    /// The platform's data folder, used when `--data-dir` is not given.
    pub default_data_dir: Option<PathBuf>,
    /// The OS's preferred locales.
    pub os_locales: Vec<String>,
}

impl StartupOptions {
    /// Decides the window's start-up options. `same_folder` tells whether two paths name the
    /// same folder (the caller resolves links; tests pass a plain comparison).
    pub fn decide(line: CommandLine, read: Read, same_folder: impl Fn(&Path, &Path) -> bool) -> Self {
        let Read {
            config,
            mut config_diagnostics,
            config_path,
            default_data_dir,
            os_locales,
        } = read;
        let (pack, refusal) = command_line_pack(line.pack.as_deref(), &config, &config_path, same_folder);
        config_diagnostics.extend(refusal);
        Self {
            language: line.language,
            data_dir: line.data_dir.or(default_data_dir),
            os_locales,
            kiosk: line.kiosk || config.kiosk,
            config,
            config_diagnostics,
            pack,
            quit_after_first_frame: line.quit_after_first_frame,
        }
    }
}

/// The pack `--pack` asks for, unless the administrator pinned another: then `None` and a
/// warning for the banner that says what stays. The pinned pack itself given again is no
/// conflict.
pub fn command_line_pack(
    pack: Option<&Path>,
    config: &AdminConfig,
    config_path: &Path,
    same_folder: impl Fn(&Path, &Path) -> bool,
) -> (Option<PathBuf>, Option<Diagnostic>) {
    let Some(dir) = pack else {
        return (None, None);
    };
    if config.allow_pack_change {
        return (Some(dir.to_path_buf()), None);
    }
    if config.pack.as_deref().is_some_and(|pinned| same_folder(pinned, dir)) {
        return (None, None);
    }
    let kept = if config.pack.is_some() {
        "which keeps the pack it names"
    } else {
        "which keeps the built-in content"
    };
    let warning = Diagnostic::warning(
        config_path.display().to_string(),
        None,
        format!(
            "--pack {} was ignored: this file sets allow_pack_change = false, {kept}",
            dir.display()
        ),
    )
    .with_fix("change `pack` in this file, or set allow_pack_change = true");
    (None, Some(warning))
}

/// The window's language: `--lang`, else (kiosk only) the configuration's, else the saved
/// choice, else the OS language.
pub fn window_language(options: &StartupOptions, settings: &Settings) -> Language {
    let kiosk_language = options.config.language.as_deref().and_then(Language::from_tag);
    options
        .language
        .or(if options.kiosk { kiosk_language } else { None })
        .or_else(|| settings.language.as_deref().and_then(Language::from_tag))
        .unwrap_or_else(|| negotiate(&options.os_locales))
}

/// Which packs the window tries: the one chosen (by `--pack` or the agent) and the
/// administrator's, which is the fallback when the chosen one is broken.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackChoice {
    /// `--pack`, else the agent's saved choice when the agent may choose.
    pub chosen: Option<PathBuf>,
    /// The configuration's pack, unless the agent chose built-in content only.
    pub admin: Option<PathBuf>,
}

impl PackChoice {
    /// The pack to load first: the chosen one, else the administrator's; `None` for the
    /// built-in content.
    pub fn first(&self) -> Option<&Path> {
        self.chosen.as_deref().or(self.admin.as_deref())
    }

    /// The pack to load instead when [`PackChoice::first`] was refused: the administrator's,
    /// when it is another folder than the refused one.
    pub fn fallback(&self) -> Option<&Path> {
        match (&self.chosen, &self.admin) {
            (Some(chosen), Some(admin)) if chosen != admin => Some(admin),
            _ => None,
        }
    }
}

/// The window's packs. A kiosk, or an administrator who pinned the pack, takes only what the
/// administrator set up (`--pack` against a pin was already refused by
/// [`command_line_pack`]). The agent's "built-in content only" also passes over the
/// administrator's default, also when falling back from a broken `--pack`.
pub fn window_packs(options: &StartupOptions, settings: &Settings) -> PackChoice {
    let agent_may_choose = !options.kiosk && options.config.allow_pack_change;
    let chosen = options
        .pack
        .clone()
        .or_else(|| if agent_may_choose { settings.pack.clone() } else { None });
    let builtin_chosen = agent_may_choose && settings.builtin_only && settings.pack.is_none();
    let admin = options.config.pack.clone().filter(|_| !builtin_chosen);
    PackChoice { chosen, admin }
}

/// The pack of `search`, `lookup` and `ids`: `--pack`, else the configuration's (a command
/// opens no window, so a pin does not apply).
pub fn command_pack(pack: Option<&Path>, config: &AdminConfig) -> Option<PathBuf> {
    pack.map(Path::to_path_buf).or_else(|| config.pack.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(a: &Path, b: &Path) -> bool {
        a == b
    }

    fn config(pack: Option<&str>, allow_pack_change: bool) -> AdminConfig {
        AdminConfig {
            pack: pack.map(PathBuf::from),
            allow_pack_change,
            ..AdminConfig::default()
        }
    }

    fn options(pack: Option<&str>, config: AdminConfig, kiosk: bool) -> StartupOptions {
        StartupOptions {
            pack: pack.map(PathBuf::from),
            config,
            kiosk,
            ..StartupOptions::default()
        }
    }

    fn settings(pack: Option<&str>, builtin_only: bool, language: Option<&str>) -> Settings {
        Settings {
            pack: pack.map(PathBuf::from),
            builtin_only,
            language: language.map(str::to_owned),
            ..Settings::default()
        }
    }

    #[test]
    fn a_pinned_pack_refuses_the_command_line_one_and_says_so() {
        let path = Path::new("/etc/sspr-helpdesk/config.toml");
        let free = command_line_pack(Some(Path::new("other")), &config(Some("contoso"), true), path, plain);
        assert_eq!(free, (Some(PathBuf::from("other")), None));

        let (pack, warning) = command_line_pack(Some(Path::new("other")), &config(Some("contoso"), false), path, plain);
        assert_eq!(pack, None);
        let warning = warning.unwrap();
        assert!(warning.message.contains("--pack other was ignored"), "{warning}");
        assert!(warning.message.ends_with("which keeps the pack it names"), "{warning}");
        assert!(warning.file.ends_with("config.toml"), "{warning}");

        let (_, warning) = command_line_pack(Some(Path::new("other")), &config(None, false), path, plain);
        assert!(warning.unwrap().message.ends_with("which keeps the built-in content"));

        // The pinned pack itself given again is no conflict.
        assert_eq!(
            command_line_pack(Some(Path::new("contoso")), &config(Some("contoso"), false), path, plain),
            (None, None)
        );
        assert_eq!(command_line_pack(None, &config(Some("contoso"), false), path, plain), (None, None));
    }

    #[test]
    fn decide_adds_the_refusal_to_the_configuration_problems_and_keeps_the_data_folder() {
        let line = CommandLine {
            pack: Some(PathBuf::from("other")),
            kiosk: false,
            ..CommandLine::default()
        };
        let read = Read {
            config: AdminConfig {
                kiosk: true,
                ..config(Some("contoso"), false)
            },
            config_path: PathBuf::from("config.toml"),
            default_data_dir: Some(PathBuf::from("/data")),
            ..Read::default()
        };
        let options = StartupOptions::decide(line, read, plain);
        assert_eq!(options.pack, None);
        assert_eq!(options.config_diagnostics.len(), 1);
        assert!(options.kiosk, "the configuration's kiosk = true counts");
        assert_eq!(options.data_dir, Some(PathBuf::from("/data")));
        let line = CommandLine {
            data_dir: Some(PathBuf::from("/mine")),
            ..CommandLine::default()
        };
        assert_eq!(
            StartupOptions::decide(line, Read::default(), plain).data_dir,
            Some(PathBuf::from("/mine"))
        );
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_kiosk_then_the_saved_choice_then_the_os() {
        let mut o = StartupOptions {
            os_locales: vec!["zh-Hans-CN".to_owned()],
            ..StartupOptions::default()
        };
        assert_eq!(window_language(&o, &Settings::default()), Language::ZhCn, "the OS");
        assert_eq!(window_language(&o, &settings(None, false, Some("en-US"))), Language::EnUs, "saved");
        o.config.language = Some("zh-CN".to_owned());
        assert_eq!(
            window_language(&o, &settings(None, false, Some("en-US"))),
            Language::EnUs,
            "the configuration's language is the kiosk's only"
        );
        o.kiosk = true;
        o.os_locales = vec!["en-US".to_owned()];
        assert_eq!(window_language(&o, &settings(None, false, Some("en-US"))), Language::ZhCn, "kiosk");
        o.language = Some(Language::EnUs);
        assert_eq!(window_language(&o, &Settings::default()), Language::EnUs, "--lang wins");
    }

    #[test]
    fn the_command_line_pack_wins_over_the_agents_which_wins_over_the_administrators() {
        let admin = config(Some("admin"), true);
        let o = options(Some("flag"), admin.clone(), false);
        let choice = window_packs(&o, &settings(Some("agent"), false, None));
        assert_eq!(choice.first(), Some(Path::new("flag")));
        assert_eq!(choice.fallback(), Some(Path::new("admin")));

        let o = options(None, admin.clone(), false);
        let choice = window_packs(&o, &settings(Some("agent"), false, None));
        assert_eq!(choice.first(), Some(Path::new("agent")));
        assert_eq!(choice.fallback(), Some(Path::new("admin")));

        let choice = window_packs(&o, &Settings::default());
        assert_eq!(choice.first(), Some(Path::new("admin")));
        assert_eq!(choice.fallback(), None, "nothing else to fall back to");
    }

    #[test]
    fn built_in_only_passes_over_the_administrators_pack_also_after_a_broken_flag() {
        let o = options(None, config(Some("admin"), true), false);
        assert_eq!(window_packs(&o, &settings(None, true, None)).first(), None);
        let o = options(Some("flag"), config(Some("admin"), true), false);
        let choice = window_packs(&o, &settings(None, true, None));
        assert_eq!(choice.first(), Some(Path::new("flag")));
        assert_eq!(choice.fallback(), None);
    }

    #[test]
    fn a_kiosk_or_a_pin_ignores_the_agents_choice() {
        for o in [
            options(None, config(Some("admin"), false), false),
            options(None, config(Some("admin"), true), true),
        ] {
            let choice = window_packs(&o, &settings(Some("agent"), true, None));
            assert_eq!(choice.first(), Some(Path::new("admin")));
            assert_eq!(choice.fallback(), None);
        }
    }

    #[test]
    fn commands_take_the_flag_else_the_configuration_pin_or_not() {
        let pinned = config(Some("admin"), false);
        assert_eq!(command_pack(Some(Path::new("flag")), &pinned), Some(PathBuf::from("flag")));
        assert_eq!(command_pack(None, &pinned), Some(PathBuf::from("admin")));
        assert_eq!(command_pack(None, &AdminConfig::default()), None);
    }
}

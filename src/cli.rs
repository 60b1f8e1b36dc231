//! Command-line arguments → [`StartupOptions`].

use std::path::PathBuf;

use clap::Parser;

use crate::i18n::Language;

/// `sspr-helpdesk [--lang en-US|zh-CN] [--data-dir DIR]`
#[derive(Debug, Parser)]
#[command(
    name = "sspr-helpdesk",
    version,
    about = "Walks helpdesk agents through troubleshooting Microsoft Entra ID self-service password reset (SSPR)."
)]
pub struct Cli {
    /// UI language for this run: en-US or zh-CN (default: the saved choice, else the OS language).
    #[arg(long, value_name = "LANG", value_parser = parse_language)]
    pub lang: Option<Language>,
    /// Folder for settings (default: the platform's app-data folder).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

fn parse_language(text: &str) -> Result<Language, String> {
    Language::from_tag(text).ok_or_else(|| format!("unknown language \"{text}\"; use en-US or zh-CN"))
}

/// Everything the app needs to know at start-up, injected so tests control it.
#[derive(Clone, Debug, Default)]
pub struct StartupOptions {
    /// Language forced for this run (`--lang`); wins over the saved choice.
    pub language: Option<Language>,
    /// Where settings are stored; `None` keeps nothing on disk (tests).
    pub data_dir: Option<PathBuf>,
    /// The OS's preferred locales, most preferred first (injected; see `Language::os_locales`).
    pub os_locales: Vec<String>,
}

impl StartupOptions {
    /// Options for a normal run from parsed arguments: the platform's app-data folder unless
    /// `--data-dir` is given, and the OS locales.
    pub fn from_cli(cli: Cli) -> Self {
        let data_dir = cli
            .data_dir
            .or_else(|| crate::model::persistence::StateStore::platform_default().map(|s| s.dir().to_path_buf()));
        Self {
            language: cli.lang,
            data_dir,
            os_locales: Language::os_locales(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_language_and_rejects_others() {
        let cli = Cli::try_parse_from(["sspr-helpdesk", "--lang", "zh-CN"]).unwrap();
        assert_eq!(cli.lang, Some(Language::ZhCn));
        let err = Cli::try_parse_from(["sspr-helpdesk", "--lang", "fr"]).unwrap_err();
        assert!(err.to_string().contains("use en-US or zh-CN"), "{err}");
    }
}

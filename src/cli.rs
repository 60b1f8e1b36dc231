//! Command-line arguments (clap types): the window's [`CommandLine`], or a [`Command`] that
//! runs without one (`search`, `lookup`, `ids`, `validate`, `decode`).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::model::language::Language;
use crate::startup::CommandLine;

/// `sspr-helpdesk [--lang en-US|zh-CN] [--data-dir DIR] [search|lookup …]`
#[derive(Debug, Parser)]
#[command(
    name = "sspr-helpdesk",
    version,
    about = "Walks helpdesk agents through troubleshooting Microsoft Entra ID self-service password reset (SSPR).",
    after_help = "Without a command, the window opens."
)]
pub struct Cli {
    /// Language for this run: en-US or zh-CN (zh, en and their variants are accepted). The window
    /// defaults to the saved choice, else the OS language; commands to the OS language.
    #[arg(long, value_name = "LANG", value_parser = Language::from_user_tag, global = true)]
    pub lang: Option<Language>,
    /// Folder for settings (default: the platform's app-data folder).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Kiosk mode: fullscreen, end-user screens only, nothing saved; leave with
    /// Ctrl+Alt+Shift+Q. Also `kiosk = true` in the administrator's configuration file.
    #[arg(long)]
    pub kiosk: bool,
    /// The administrator's configuration file (default: %ProgramData%\sspr-helpdesk\config.toml,
    /// /Library/Application Support/sspr-helpdesk/config.toml, /etc/sspr-helpdesk/config.toml).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// An organisation's content pack (a folder with pack.toml and locales/) to layer over the
    /// built-in content. Wins over `pack` in the configuration file and the pack opened in the
    /// window. A pack with errors is not applied: the built-in content is used and the problems
    /// are shown.
    #[arg(long, value_name = "DIR", global = true)]
    pub pack: Option<PathBuf>,
    /// Force a renderer: wgpu (Direct3D 12 / Metal / Vulkan / GL) or glow (OpenGL). Without
    /// it, wgpu is tried first and glow when wgpu cannot start.
    #[arg(long, value_enum, value_name = "RENDERER")]
    pub renderer: Option<RendererChoice>,
    /// Close the window right after its first frame (start-up checks and benchmarks).
    #[arg(long, hide = true)]
    pub quit_after_first_frame: bool,
    /// Run a command instead of opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The renderers the window can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum RendererChoice {
    /// wgpu: Direct3D 12 (with the WARP software adapter) on Windows, Metal on macOS,
    /// Vulkan or OpenGL on Linux.
    Wgpu,
    /// glow: OpenGL 2.0 or newer.
    Glow,
}

/// Commands that print to the terminal and open no window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Search steps and catalogue entries (both languages at once); prints ranked results.
    /// Exit code 0 with results, 1 with none.
    Search {
        /// Print a JSON array of {id, kind, title, category, score, text}.
        #[arg(long)]
        json: bool,
        /// Most results to print (1-500).
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=500))]
        limit: u16,
        /// What the caller said, a code (SSPR_0029, 0x8023062c, event 33004) or any words.
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Print one catalogue entry in full, found by any form of its code or by its id.
    /// Exit code 0 when found, 1 when not.
    Lookup {
        /// The code, e.g. SSPR_0029, "sspr 29", 8023062C, 33004.
        #[arg(required = true, num_args = 1..)]
        code: Vec<String>,
    },
    /// List every id a content pack can refer to: categories, actors, places (`seen_in`),
    /// audiences, then each step, link and catalogue entry with its title, audience and URL, or
    /// codes (with `--pack`, the pack's own too). Exit code 0.
    Ids,
    /// Check a content pack without opening a window; prints one line per problem
    /// (`pack.toml:12:5: error: …`). Exit code 0 when it has no error (warnings allowed), 1
    /// with errors, 2 when the folder cannot be read.
    Validate {
        /// The pack's folder (the one holding pack.toml).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// text: compiler-style lines; json: one JSON object for CI pipelines.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Decode pasted evidence: audit-log rows (Graph or Log Analytics JSON, the admin center's
    /// CSV), a Windows event (XML or text), ADSync error lines, a support code, `reg query`
    /// output or a .reg export; anything else goes to search. Prints what happened, the time in
    /// UTC, the catalogue entry and its steps. Exit code 0 when something was recognised (free
    /// text: when the search found something), 1 when nothing was (an empty input too), 2 when
    /// the input cannot be read (missing file, binary, neither UTF-8 nor UTF-16 with a BOM).
    Decode {
        /// The file to decode; stdin when it is `-` or absent. UTF-8, or UTF-16 with a
        /// byte-order mark (as Windows tools write).
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
        /// Print one JSON object (no IP addresses or user names).
        #[arg(long)]
        json: bool,
    },
}

/// How `validate` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// `file:line:column: severity: message; fix`, one per line, then a summary line.
    Text,
    /// `{"folder", "name", "version", "errors", "warnings", "diagnostics": [...]}`.
    Json,
}

impl From<&Cli> for CommandLine {
    fn from(cli: &Cli) -> Self {
        Self {
            language: cli.lang,
            data_dir: cli.data_dir.clone(),
            kiosk: cli.kiosk,
            pack: cli.pack.clone(),
            quit_after_first_frame: cli.quit_after_first_frame,
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

    #[test]
    fn parses_search_with_options_after_the_command() {
        let cli = Cli::try_parse_from([
            "sspr-helpdesk",
            "search",
            "--json",
            "--limit",
            "3",
            "--lang",
            "zh-CN",
            "收不到",
            "验证码",
        ])
        .unwrap();
        assert_eq!(cli.lang, Some(Language::ZhCn));
        let Some(Command::Search { json, limit, query }) = cli.command else {
            panic!()
        };
        assert!(json);
        assert_eq!(limit, 3);
        assert_eq!(query, ["收不到", "验证码"]);
        assert!(Cli::try_parse_from(["sspr-helpdesk", "search"]).is_err());
        let cli = Cli::try_parse_from(["sspr-helpdesk", "validate", "packs/contoso", "--format", "json"]).unwrap();
        let Some(Command::Validate { dir, format }) = cli.command else {
            panic!()
        };
        assert_eq!(dir, PathBuf::from("packs/contoso"));
        assert_eq!(format, OutputFormat::Json);
        assert!(Cli::try_parse_from(["sspr-helpdesk", "search", "--limit", "0", "x"]).is_err());
    }

    #[test]
    fn parses_decode_with_a_file_stdin_or_nothing() {
        let cli = Cli::try_parse_from(["sspr-helpdesk", "decode", "rows.json", "--json", "--lang", "zh"]).unwrap();
        let Some(Command::Decode { file, json }) = cli.command else {
            panic!()
        };
        assert_eq!(file, Some(PathBuf::from("rows.json")));
        assert!(json);
        assert_eq!(cli.lang, Some(Language::ZhCn));
        let cli = Cli::try_parse_from(["sspr-helpdesk", "decode"]).unwrap();
        assert!(matches!(cli.command, Some(Command::Decode { file: None, json: false })));
        let cli = Cli::try_parse_from(["sspr-helpdesk", "decode", "-"]).unwrap();
        assert!(matches!(cli.command, Some(Command::Decode { file: Some(f), .. }) if f.as_os_str() == "-"));
    }
}

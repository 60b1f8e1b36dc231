//! `sspr-helpdesk`: parses the command line, sets up logging, then runs a command or the window.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::cli::{Cli, Command, StartupOptions};
use sspr_helpdesk::commands::{self, Content, EXIT_USAGE};
use sspr_helpdesk::i18n::Language;
use sspr_helpdesk::model::persistence::StateStore;
use sspr_helpdesk::ui::{MIN_WINDOW, Services};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            // One line, as scripts expect: clap's first line names the problem.
            let rendered = error.render().to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments").trim_start_matches("error: ");
            eprintln!("sspr-helpdesk: {first} (see sspr-helpdesk --help)");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match &cli.command {
        Some(command) => run_command(&cli, command),
        None => run_window(&cli),
    }
}

fn run_command(cli: &Cli, command: &Command) -> ExitCode {
    let language = cli.lang.unwrap_or_else(|| Language::negotiate(&Language::os_locales()));
    let content = Content::builtin(language);
    let mut out = std::io::stdout().lock();
    let result = match command {
        Command::Search { json, limit, query } => commands::search(&content, &query.join(" "), usize::from(*limit), *json, &mut out),
        Command::Lookup { code } => commands::lookup_entry(&content, &code.join(" "), &mut out),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("sspr-helpdesk: could not write the output: {error}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn run_window(cli: &Cli) -> ExitCode {
    let options = StartupOptions::from_cli(cli);
    let saved = options
        .data_dir
        .as_ref()
        .and_then(|dir| StateStore::new(dir).peek_settings())
        .and_then(|s| s.window);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("SSPR Helpdesk Assistant")
        .with_app_id("sspr-helpdesk")
        .with_inner_size([1180.0, 780.0])
        .with_min_inner_size(MIN_WINDOW);
    if options.kiosk {
        // A kiosk fills the screen, has no title bar and no close button; leaving takes the
        // chord Ctrl+Alt+Shift+Q (see README).
        viewport = viewport
            .with_fullscreen(true)
            .with_decorations(false)
            .with_close_button(false)
            .with_minimize_button(false);
    } else if let Some(window) = saved {
        // Kept on screen after the first frame, when the monitor's size is known.
        viewport = viewport
            .with_inner_size([window.width, window.height])
            .with_position([window.x, window.y]);
    }
    let native = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        "sspr-helpdesk",
        native,
        Box::new(|cc| Ok(Box::new(HelpdeskApp::from_creation_context(cc, options, Services::system())))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("sspr-helpdesk: could not open the window: {error}");
            ExitCode::FAILURE
        }
    }
}

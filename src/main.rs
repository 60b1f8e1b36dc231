//! `sspr-helpdesk`: parses the command line, sets up logging, then runs a command or the window.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use clap::error::ErrorKind;
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::cli::{Cli, Command, RendererChoice};
use sspr_helpdesk::commands::{self, EXIT_USAGE, Searchable};
use sspr_helpdesk::i18n::language::{negotiate, os_locales};
use sspr_helpdesk::model::config::AdminConfig;
use sspr_helpdesk::platform::Services;
use sspr_helpdesk::platform::logging::{self, LogTarget};
use sspr_helpdesk::startup::{self, CommandLine, StartupOptions};
use sspr_helpdesk::store::config_file::{load_config, platform_config_path};
use sspr_helpdesk::store::state::StateStore;
use sspr_helpdesk::ui::MIN_WINDOW;

/// The window icon (the taskbar and Dock show it too), from `assets/icons/`.
const ICON_PNG: &[u8] = include_bytes!("../assets/icons/icon-256.png");

fn main() -> ExitCode {
    // Before anything prints: a release .exe has no console of its own (see platform::console).
    sspr_helpdesk::platform::console::attach_parent_console();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            // One line, as scripts expect: clap's message up to the usage block (a missing
            // argument is named on the line after "not provided:").
            let rendered = error.render().to_string();
            let message: Vec<&str> = rendered
                .lines()
                .take_while(|line| !line.starts_with("Usage:") && !line.starts_with("For more information"))
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect();
            let message = message.join(" ");
            let message = message.trim_start_matches("error: ");
            eprintln!("sspr-helpdesk: {message} (see sspr-helpdesk --help)");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match &cli.command {
        Some(command) => {
            let _logger = logging::start(&LogTarget::Stderr);
            run_command(&cli, command)
        }
        None => run_window(&cli),
    }
}

/// `--config`, else the platform's configuration file.
fn config_path(cli: &Cli) -> PathBuf {
    cli.config.clone().unwrap_or_else(platform_config_path)
}

/// Whether two paths name the same folder (as written, or once resolved).
fn same_folder(a: &Path, b: &Path) -> bool {
    a == b || matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
}

fn run_command(cli: &Cli, command: &Command) -> ExitCode {
    let language = cli.lang.unwrap_or_else(|| negotiate(&os_locales()));
    let text = match command {
        Command::Search { query, .. } => query.join(" "),
        Command::Lookup { code } => code.join(" "),
        Command::Ids => "ids".to_owned(),
        Command::Decode { .. } => "decode".to_owned(),
        Command::Validate { dir, format } => {
            let result = commands::validate(dir, *format, &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
            return match result {
                Ok(code) => ExitCode::from(code),
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("sspr-helpdesk: could not write the output: {error}");
                    ExitCode::from(EXIT_USAGE)
                }
            };
        }
    };
    // The configuration file is read only when --pack does not already decide.
    let config = if cli.pack.is_some() {
        AdminConfig::default()
    } else {
        let (config, problems) = load_config(&config_path(cli), cli.config.is_some());
        // As the window's banner would: the answer may depend on what was skipped.
        for problem in problems {
            eprintln!("sspr-helpdesk: {problem}");
        }
        config
    };
    let pack = startup::command_pack(cli.pack.as_deref(), &config);
    let content = match &pack {
        None => Searchable::builtin(language),
        Some(dir) => match Searchable::with_pack(language, dir) {
            Ok((content, outcome)) => {
                // Problems go to stderr so the results on stdout stay clean for scripts.
                for diagnostic in &outcome.diagnostics {
                    eprintln!("{}: {diagnostic}", outcome.folder);
                }
                if outcome.errors() > 0 {
                    eprintln!("sspr-helpdesk: the content pack has errors and was not applied; showing the built-in content");
                }
                content
            }
            Err(error) => {
                eprintln!("sspr-helpdesk: {error}");
                return ExitCode::from(EXIT_USAGE);
            }
        },
    };
    if text.trim().is_empty() {
        eprintln!("sspr-helpdesk: {}", content.loc.text("cli-empty-query"));
        return ExitCode::from(EXIT_USAGE);
    }
    let mut out = std::io::stdout().lock();
    let result = match command {
        Command::Search { json, limit, .. } => commands::search(
            &content,
            text.trim(),
            usize::from(*limit),
            *json,
            jiff::ZonedDateTime::now().date(),
            &mut out,
        ),
        Command::Ids => commands::list_ids(&content, &mut out),
        Command::Decode { file, json } => commands::decode::run(&content, file.as_deref(), *json, &mut out, &mut std::io::stderr().lock()),
        Command::Lookup { .. } | Command::Validate { .. } => commands::lookup_entry(&content, text.trim(), &mut out),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // `search … | head -1`: the reader has what it wanted.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("sspr-helpdesk: could not write the output: {error}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn run_window(cli: &Cli) -> ExitCode {
    sspr_helpdesk::content::prepare_builtin_in_background();
    let config_path = config_path(cli);
    let (config, config_diagnostics) = load_config(&config_path, cli.config.is_some());
    let read = startup::Read {
        config,
        config_diagnostics,
        config_path,
        default_data_dir: StateStore::platform_default().map(|s| s.dir().to_path_buf()),
        os_locales: os_locales(),
    };
    let options = StartupOptions::decide(CommandLine::from(cli), read, same_folder);
    // A kiosk keeps nothing on disk, logs included.
    let target = match (options.kiosk, logging::log_dir()) {
        (false, Some(dir)) => LogTarget::File(dir),
        _ => LogTarget::Stderr,
    };
    let _logger = logging::start(&target).or_else(|error| {
        eprintln!("sspr-helpdesk: logging to a file failed ({error}); logging to stderr");
        logging::start(&LogTarget::Stderr)
    });
    log::info!("sspr-helpdesk {} starting", env!("CARGO_PKG_VERSION"));

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
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(Arc::new(icon)),
        Err(error) => log::warn!("window icon: {error}"),
    }
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

    // wgpu first (DX12 with its WARP software adapter works where OpenGL is only 1.1, as in
    // many RDP sessions), then OpenGL. eframe does not fall back by itself.
    let renderers: Vec<eframe::Renderer> = match cli.renderer {
        Some(RendererChoice::Wgpu) => vec![eframe::Renderer::Wgpu],
        Some(RendererChoice::Glow) => vec![eframe::Renderer::Glow],
        None => vec![eframe::Renderer::Wgpu, eframe::Renderer::Glow],
    };
    // Every renderer's error is reported: when the first fails before the event loop exists
    // (no display yet, say), the next one only says "EventLoop can't be recreated".
    let mut errors = Vec::new();
    for renderer in renderers {
        log::info!("starting the window with the {renderer} renderer");
        let native = eframe::NativeOptions {
            viewport: viewport.clone(),
            renderer,
            ..Default::default()
        };
        let options = options.clone();
        let result = eframe::run_native(
            "sspr-helpdesk",
            native,
            Box::new(|cc| Ok(Box::new(HelpdeskApp::from_creation_context(cc, options, Services::system())))),
        );
        match result {
            Ok(()) => return ExitCode::SUCCESS,
            Err(error) => {
                log::warn!("the {renderer} renderer could not start: {error}");
                errors.push(format!("{renderer}: {error}"));
                // The event loop (the connection to the display) is the same for every
                // renderer, and winit makes one per process: another renderer cannot help.
                if matches!(error, eframe::Error::WinitEventLoop(_)) {
                    break;
                }
            }
        }
    }
    log::error!("no renderer could open the window: {}", errors.join("; "));
    eprintln!(
        "sspr-helpdesk: could not open the window ({}). On Linux, check that DISPLAY or WAYLAND_DISPLAY names a running display; --renderer glow or wgpu picks a renderer.",
        errors.join("; ")
    );
    ExitCode::FAILURE
}

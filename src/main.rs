//! `sspr-helpdesk`: parses the command line, sets up logging and runs the window.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::cli::{Cli, StartupOptions};
use sspr_helpdesk::platform::opener::SystemOpener;

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let options = StartupOptions::from_cli(Cli::parse());
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("SSPR Helpdesk Assistant")
            .with_app_id("sspr-helpdesk")
            .with_inner_size([1180.0, 780.0])
            .with_min_inner_size([720.0, 520.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "sspr-helpdesk",
        native,
        Box::new(|cc| Ok(Box::new(HelpdeskApp::from_creation_context(cc, options, Box::new(SystemOpener))))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("sspr-helpdesk: could not open the window: {error}");
            ExitCode::FAILURE
        }
    }
}

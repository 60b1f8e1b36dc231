//! Logging: to a size-capped, rotated file in the platform's log folder (for support), and
//! warnings to stderr. Nothing a caller or agent typed is ever logged (no notes, tickets or
//! search queries); kiosk mode and the command-line commands log to stderr only.

use std::path::PathBuf;

use flexi_logger::{Cleanup, Criterion, Duplicate, FileSpec, Logger, LoggerHandle, Naming};

/// Largest size of one log file, in bytes, before it is rotated.
pub const LOG_FILE_BYTES: u64 = 1_000_000;
/// How many rotated log files are kept besides the current one.
pub const LOG_FILES_KEPT: usize = 4;

/// The platform's log folder: `%LOCALAPPDATA%\sspr-helpdesk\data\logs` on Windows,
/// `~/Library/Application Support/sspr-helpdesk/logs` on macOS,
/// `~/.local/share/sspr-helpdesk/logs` on Linux.
pub fn log_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "sspr-helpdesk").map(|dirs| dirs.data_local_dir().join("logs"))
}

/// Where logging goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogTarget {
    /// Only stderr (kiosk mode, command-line commands).
    Stderr,
    /// A rotated file in this folder, plus warnings on stderr.
    File(PathBuf),
}

/// Starts logging. `RUST_LOG` overrides the level (default: warnings, and info from this
/// app). Keep the handle alive for the life of the program.
///
/// # Errors
/// The logger's error when it cannot start (e.g. the folder cannot be created); the caller
/// then falls back to stderr.
pub fn start(target: &LogTarget) -> Result<LoggerHandle, flexi_logger::FlexiLoggerError> {
    let logger = Logger::try_with_env_or_str("warn,sspr_helpdesk=info")?;
    match target {
        LogTarget::Stderr => logger.log_to_stderr().start(),
        LogTarget::File(dir) => logger
            .log_to_file(FileSpec::default().directory(dir).basename("sspr-helpdesk").suppress_timestamp())
            .rotate(
                Criterion::Size(LOG_FILE_BYTES),
                Naming::Numbers,
                Cleanup::KeepLogFiles(LOG_FILES_KEPT),
            )
            .duplicate_to_stderr(Duplicate::Warn)
            .append()
            .start(),
    }
}

/// Creates the log folder if needed and opens it in the OS's file manager (About → Open log
/// folder).
///
/// # Errors
/// Why not, as text: no log folder on this system, or the folder could not be made or opened.
pub fn open_log_folder() -> Result<(), String> {
    let dir = log_dir().ok_or_else(|| "no log folder on this system".to_owned())?;
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    crate::platform::opener::open_app_folder(&dir).map_err(|e| e.to_string())
}

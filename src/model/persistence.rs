//! Loads and saves [`Settings`] in the platform's app-data folder, atomically: the new content
//! is written to a temporary file in the same folder and renamed over the old one, so a crash
//! or power cut mid-write leaves the previous file intact. A file that cannot be read is moved
//! aside (`settings.toml.corrupt-<unix seconds>`), never silently overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::model::settings::{SETTINGS_SCHEMA, Settings};

/// File name of the settings file inside the store's folder.
pub const SETTINGS_FILE: &str = "settings.toml";

/// What happened when the settings were loaded, for the banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// The file could not be read; it was moved to `moved_to` and defaults are used.
    MovedAside {
        /// Where the unreadable file now is.
        moved_to: PathBuf,
        /// Why it could not be read (parser message with line).
        reason: String,
    },
    /// The file could not be read and could not be moved either; it is left alone and the
    /// app will not write over it this run.
    Unreadable {
        /// Why.
        reason: String,
    },
}

/// The folder where settings live.
#[derive(Clone, Debug)]
pub struct StateStore {
    dir: PathBuf,
    /// False after an unreadable file could not be moved aside: then nothing is written.
    writable: bool,
}

impl StateStore {
    /// A store in `dir` (created on first save).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            writable: true,
        }
    }

    /// The platform's standard folder: `%APPDATA%\sspr-helpdesk\config` on Windows,
    /// `~/Library/Application Support/sspr-helpdesk` on macOS, `~/.config/sspr-helpdesk` on Linux.
    pub fn platform_default() -> Option<Self> {
        directories::ProjectDirs::from("", "", "sspr-helpdesk").map(|dirs| Self::new(dirs.config_dir()))
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Path of the settings file.
    pub fn settings_path(&self) -> PathBuf {
        self.dir.join(SETTINGS_FILE)
    }

    /// Loads the settings. A missing file gives defaults; an unreadable one is moved aside
    /// and reported.
    pub fn load_settings(&mut self) -> (Settings, Option<LoadNotice>) {
        let path = self.settings_path();
        let text = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Settings::default(), None),
            Err(e) => {
                self.writable = false;
                return (Settings::default(), Some(LoadNotice::Unreadable { reason: e.to_string() }));
            }
        };
        let parsed = std::str::from_utf8(&text)
            .map_err(|e| format!("not UTF-8 text ({e})"))
            .and_then(|text| toml::from_str::<Settings>(text).map_err(|e| e.to_string().trim().replace('\n', " ")));
        match parsed {
            Ok(settings) => (settings, None),
            Err(reason) => {
                let stamp = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
                let aside = self.dir.join(format!("{SETTINGS_FILE}.corrupt-{stamp}"));
                match std::fs::rename(&path, &aside) {
                    Ok(()) => (Settings::default(), Some(LoadNotice::MovedAside { moved_to: aside, reason })),
                    Err(e) => {
                        self.writable = false;
                        (
                            Settings::default(),
                            Some(LoadNotice::Unreadable {
                                reason: format!("{reason}; could not move it aside: {e}"),
                            }),
                        )
                    }
                }
            }
        }
    }

    /// Saves the settings atomically (temporary file + rename).
    ///
    /// # Errors
    /// The I/O error when the folder cannot be created or the file cannot be written or
    /// renamed; the previous file is then still intact. Also an error when an unreadable
    /// file was left in place at load (we do not write over it).
    pub fn save_settings(&self, settings: &Settings) -> std::io::Result<()> {
        if !self.writable {
            return Err(std::io::Error::other("the settings file was unreadable and is kept as it is"));
        }
        let mut to_save = settings.clone();
        to_save.schema = SETTINGS_SCHEMA;
        let text = toml::to_string(&to_save).map_err(std::io::Error::other)?;
        write_atomically(&self.dir, &self.settings_path(), text.as_bytes())
    }
}

/// Writes `bytes` to `path` through a temporary file in `dir` and a rename.
///
/// # Errors
/// Any I/O error; `path` is unchanged when one happens.
pub fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_ignores_unknown_fields() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = StateStore::new(dir.path());
        assert_eq!(store.load_settings(), (Settings::default(), None));
        let settings = Settings {
            schema: 0,
            language: Some("zh-CN".to_owned()),
        };
        store.save_settings(&settings).unwrap();
        let (loaded, notice) = store.load_settings();
        assert_eq!(notice, None);
        assert_eq!(loaded.language.as_deref(), Some("zh-CN"));
        assert_eq!(loaded.schema, SETTINGS_SCHEMA);

        std::fs::write(store.settings_path(), "schema = 9\nlanguage = \"en-US\"\nfuture = true\n").unwrap();
        assert_eq!(store.load_settings().0.language.as_deref(), Some("en-US"));
    }

    #[test]
    fn a_corrupt_file_is_moved_aside_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = StateStore::new(dir.path());
        std::fs::write(store.settings_path(), "language = [oops").unwrap();
        let (settings, notice) = store.load_settings();
        assert_eq!(settings, Settings::default());
        let Some(LoadNotice::MovedAside { moved_to, reason }) = notice else {
            panic!("{notice:?}")
        };
        assert!(reason.contains("line 1"), "{reason}");
        assert_eq!(std::fs::read_to_string(moved_to).unwrap(), "language = [oops");
        assert!(!store.settings_path().exists());
    }

    #[test]
    fn an_interrupted_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = StateStore::new(dir.path());
        store
            .save_settings(&Settings {
                schema: 1,
                language: Some("zh-CN".into()),
            })
            .unwrap();
        // A temporary file that was never renamed, as a crash mid-write leaves it.
        std::fs::write(dir.path().join(".tmpXYZ"), "language = \"en").unwrap();
        assert_eq!(store.load_settings().0.language.as_deref(), Some("zh-CN"));
    }
}

//! Loads and saves the settings (`settings.toml`) and the current session (`session.json`) in
//! the platform's app-data folder, atomically: new content is written to a temporary file in
//! the same folder and renamed over the old one, so a crash or power cut mid-write leaves the
//! previous file intact. A file that cannot be read is moved aside
//! (`<name>.corrupt-<unix seconds>`) and reported, never silently overwritten. In a settings
//! file that is TOML but has a value of the wrong shape, only that field is reset: the rest
//! is kept, and a copy of the file as it was is kept beside it under the same kind of name.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::model::session::Session;
use crate::model::settings::{SETTINGS_SCHEMA, Settings};
use crate::store::atomic::write_atomically;
use crate::store::settings_file::parse_settings;

/// File name of the settings file inside the store's folder.
pub const SETTINGS_FILE: &str = "settings.toml";
/// File name of the session file inside the store's folder.
pub const SESSION_FILE: &str = "session.json";
/// Version of the session file layout (unknown fields are ignored, missing ones defaulted).
pub const SESSION_SCHEMA: u32 = 1;

/// The files the store manages, and their formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum StateFile {
    /// `settings.toml` (TOML, meant to be readable by an administrator).
    Settings,
    /// `session.json` (JSON).
    Session,
}

impl StateFile {
    /// The file's name in the store's folder.
    pub fn name(self) -> &'static str {
        match self {
            StateFile::Settings => SETTINGS_FILE,
            StateFile::Session => SESSION_FILE,
        }
    }
}

/// What happened when a file was loaded, for the banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// The file could not be read; it was moved to `moved_to` and defaults are used.
    MovedAside {
        /// Which file.
        file: StateFile,
        /// Where the unreadable file now is.
        moved_to: PathBuf,
        /// Why it could not be read (parser message with line).
        reason: String,
    },
    /// Some fields had values of the wrong shape and were reset to their defaults; the other
    /// fields were kept. A copy of the file as it was is at `copy` (`None` when even the copy
    /// could not be written).
    FieldsReset {
        /// Which file.
        file: StateFile,
        /// The fields reset, by name, in file order.
        fields: Vec<String>,
        /// Where the file as it was is kept.
        copy: Option<PathBuf>,
    },
    /// The file could not be read and could not be moved either; it is left alone and the
    /// app will not write over it this run.
    Unreadable {
        /// Which file.
        file: StateFile,
        /// Why.
        reason: String,
    },
}

/// The session file: the session plus its layout version.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct SessionFile {
    schema: u32,
    session: Session,
}

/// The folder where settings and the session live.
#[derive(Clone, Debug)]
pub struct StateStore {
    dir: PathBuf,
    /// Files that were unreadable and could not be moved aside: never written this run.
    blocked: BTreeSet<StateFile>,
}

impl StateStore {
    /// A store in `dir` (created on first save).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            blocked: BTreeSet::new(),
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

    /// Path of one of the store's files.
    pub fn path(&self, file: StateFile) -> PathBuf {
        self.dir.join(file.name())
    }

    /// Path of the settings file.
    pub fn settings_path(&self) -> PathBuf {
        self.path(StateFile::Settings)
    }

    fn load_text<T: DeserializeOwned + Default>(
        &mut self,
        file: StateFile,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> (T, Option<LoadNotice>) {
        let path = self.path(file);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (T::default(), None),
            Err(e) => {
                self.blocked.insert(file);
                return (
                    T::default(),
                    Some(LoadNotice::Unreadable {
                        file,
                        reason: e.to_string(),
                    }),
                );
            }
        };
        let parsed = std::str::from_utf8(&bytes)
            .map_err(|e| format!("not UTF-8 text ({e})"))
            .and_then(&parse);
        match parsed {
            Ok(value) => (value, None),
            Err(reason) => {
                let aside = self.aside_path(file);
                match std::fs::rename(&path, &aside) {
                    Ok(()) => (
                        T::default(),
                        Some(LoadNotice::MovedAside {
                            file,
                            moved_to: aside,
                            reason,
                        }),
                    ),
                    Err(e) => {
                        self.blocked.insert(file);
                        (
                            T::default(),
                            Some(LoadNotice::Unreadable {
                                file,
                                reason: format!("{reason}; could not move it aside: {e}"),
                            }),
                        )
                    }
                }
            }
        }
    }

    /// A free name beside `file` for a copy of it: `<name>.corrupt-<unix seconds>`, with
    /// `-1`, `-2`, … when taken (two bad starts in one second), so no earlier copy is
    /// overwritten.
    fn aside_path(&self, file: StateFile) -> PathBuf {
        let stamp = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let mut aside = self.dir.join(format!("{}.corrupt-{stamp}", file.name()));
        let mut n = 1;
        while aside.exists() {
            aside = self.dir.join(format!("{}.corrupt-{stamp}-{n}", file.name()));
            n += 1;
        }
        aside
    }

    /// Reads the settings without side effects (no moving aside), for the window size before
    /// the app starts; `None` when missing or not TOML (the app reports it later).
    pub fn peek_settings(&self) -> Option<Settings> {
        let text = std::fs::read_to_string(self.settings_path()).ok()?;
        parse_settings(&text).ok().map(|(settings, _)| settings)
    }

    /// Loads the settings. A missing file gives defaults; one that is not TOML is moved aside
    /// and reported; in one with values of the wrong shape only those fields are reset (see
    /// [`parse_settings`]), a copy of the file as it was is kept aside, and the
    /// fields are named in [`LoadNotice::FieldsReset`].
    pub fn load_settings(&mut self) -> (Settings, Option<LoadNotice>) {
        let ((settings, fields), notice) = self.load_text(StateFile::Settings, parse_settings);
        if notice.is_some() || fields.is_empty() {
            return (settings, notice);
        }
        let aside = self.aside_path(StateFile::Settings);
        let copy = match std::fs::copy(self.settings_path(), &aside) {
            Ok(_) => {
                // Repaired on disk at once: a run that ends without saving (a crash, a killed
                // process) must not leave the bad value to make another copy next start.
                if let Err(e) = self.save_settings(&settings) {
                    log::warn!("could not save the repaired settings: {e}");
                }
                Some(aside)
            }
            Err(e) => {
                log::warn!("could not keep a copy of the settings file at {}: {e}", aside.display());
                None
            }
        };
        let notice = LoadNotice::FieldsReset {
            file: StateFile::Settings,
            fields,
            copy,
        };
        (settings, Some(notice))
    }

    /// Loads the last session, if one was saved. An unreadable file is moved aside and
    /// reported.
    pub fn load_session(&mut self) -> (Option<Session>, Option<LoadNotice>) {
        let (file, notice) = self.load_text(StateFile::Session, |text| {
            serde_json::from_str::<SessionFile>(text).map(Some).map_err(|e| format!("{e}"))
        });
        (file.map(|f| f.session), notice)
    }

    fn save_text(&self, file: StateFile, text: &str) -> std::io::Result<()> {
        if self.blocked.contains(&file) {
            return Err(std::io::Error::other(format!(
                "{} was unreadable and is kept as it is",
                file.name()
            )));
        }
        write_atomically(&self.dir, &self.path(file), text.as_bytes())
    }

    /// Saves the settings atomically (temporary file + rename).
    ///
    /// # Errors
    /// The I/O error when the folder cannot be created or the file cannot be written or
    /// renamed (the previous file is then intact), or when an unreadable file was left in
    /// place at load (we do not write over it).
    pub fn save_settings(&self, settings: &Settings) -> std::io::Result<()> {
        let mut to_save = settings.clone();
        to_save.schema = SETTINGS_SCHEMA;
        let text = toml::to_string(&to_save).map_err(std::io::Error::other)?;
        self.save_text(StateFile::Settings, &text)
    }

    /// Saves the session atomically.
    ///
    /// # Errors
    /// As [`Self::save_settings`].
    pub fn save_session(&self, session: &Session) -> std::io::Result<()> {
        let file = SessionFile {
            schema: SESSION_SCHEMA,
            session: session.clone(),
        };
        let text = serde_json::to_string_pretty(&file).map_err(std::io::Error::other)?;
        self.save_text(StateFile::Session, &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::playbook::StepId;
    use crate::model::session::StepState;

    #[test]
    fn settings_round_trip_and_ignore_unknown_fields() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = StateStore::new(dir.path());
        assert_eq!(store.load_settings(), (Settings::default(), None));
        let settings = Settings {
            language: Some("zh-CN".to_owned()),
            zoom: 1.25,
            ..Settings::default()
        };
        store.save_settings(&settings).unwrap();
        let (loaded, notice) = store.load_settings();
        assert_eq!(notice, None);
        assert_eq!(loaded, settings);

        std::fs::write(store.settings_path(), "schema = 9\nlanguage = \"en-US\"\nfuture = true\n").unwrap();
        let (loaded, _) = store.load_settings();
        assert_eq!(loaded.language.as_deref(), Some("en-US"));
        assert_eq!(loaded.zoom, 1.0, "missing fields take their defaults");
    }

    #[test]
    fn the_session_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = StateStore::new(dir.path());
        assert_eq!(store.load_session(), (None, None));
        let mut session = Session::default();
        session.ticket = "INC-7".to_owned();
        session.set_state(&StepId::new("errors-x"), StepState::Done, jiff::Timestamp::from_second(1).unwrap());
        store.save_session(&session).unwrap();
        assert_eq!(store.load_session(), (Some(session), None));
    }

    #[test]
    fn a_session_saved_before_outcomes_existed_loads_with_every_note() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = StateStore::new(dir.path());
        let text = include_str!("../../tests/fixtures/session-before-outcomes.json");
        std::fs::write(store.path(StateFile::Session), text).unwrap();
        let (session, notice) = store.load_session();
        assert_eq!(notice, None);
        let session = session.unwrap();
        assert_eq!(session.ticket, "INC0012345");
        assert_eq!(session.note, "Escalated to the AD team.");
        assert_eq!(session.affected_user, "");
        assert!(session.entries().is_empty());
        // Written before triage too: no answers, and nothing else lost for their absence.
        assert!(session.triage().is_empty());
        let state = |id: &str| session.state(&StepId::new(id));
        assert_eq!(state("errors-collect-details"), StepState::Done);
        assert_eq!(state("errors-sspr-0029"), StepState::Failed);
        assert_eq!(state("registration-writeback-cloud-sync"), StepState::NotApplicable);
        let note = |id: &str| session.step_note(&StepId::new(id)).to_owned();
        assert_eq!(note("errors-collect-details"), "SSPR_0029 at 08:52 UTC+8\nsupport code 4f2a-77");
        assert_eq!(note("errors-sspr-0029"), "MSOL_ lacks Reset password");
        assert_eq!(note("step-gone-from-content"), "kept although the step is gone");
        assert_eq!(session.links_given().len(), 1);
        // Saved again, it loads back the same.
        store.save_session(&session).unwrap();
        assert_eq!(store.load_session().0, Some(session));
    }

    #[test]
    fn triage_answers_and_the_typed_code_are_saved_and_restored() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = StateStore::new(dir.path());
        let mut session = Session::default();
        session.answer_triage("goal", "reset");
        session.answer_triage("error", "code");
        session.set_triage_code("  SSPR_0029 ");
        store.save_session(&session).unwrap();
        let loaded = store.load_session().0.unwrap();
        assert_eq!(loaded.triage().chosen.get("goal").map(String::as_str), Some("reset"));
        assert_eq!(loaded.triage().code, "SSPR_0029");
        assert_eq!(loaded, session);
    }

    #[test]
    fn a_value_of_the_wrong_shape_resets_its_field_and_keeps_a_copy() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = StateStore::new(dir.path());
        let text = "language = \"zh-CN\"\ntheme = \"purple\"\n";
        std::fs::write(store.settings_path(), text).unwrap();
        let (settings, notice) = store.load_settings();
        assert_eq!(settings.language.as_deref(), Some("zh-CN"));
        let Some(LoadNotice::FieldsReset {
            file,
            fields,
            copy: Some(copy),
        }) = notice
        else {
            panic!("{notice:?}")
        };
        assert_eq!((file, fields), (StateFile::Settings, vec!["theme".to_owned()]));
        assert_eq!(std::fs::read_to_string(copy).unwrap(), text);
        // The file is repaired at once, so the next start makes no second copy.
        assert_eq!(store.peek_settings().unwrap().language.as_deref(), Some("zh-CN"));
        assert_eq!(StateStore::new(dir.path()).load_settings().1, None);
        let copies = std::fs::read_dir(dir.path()).unwrap().filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("settings.toml.corrupt-")
        });
        assert_eq!(copies.count(), 1);
    }

    #[test]
    fn a_corrupt_file_is_moved_aside_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = StateStore::new(dir.path());
        std::fs::write(store.settings_path(), "language = [oops").unwrap();
        let (settings, notice) = store.load_settings();
        assert_eq!(settings, Settings::default());
        let Some(LoadNotice::MovedAside { moved_to, reason, file }) = notice else {
            panic!("{notice:?}")
        };
        assert_eq!(file, StateFile::Settings);
        assert!(reason.contains("line 1"), "{reason}");
        assert_eq!(std::fs::read_to_string(moved_to).unwrap(), "language = [oops");
        assert!(!store.settings_path().exists());

        std::fs::write(store.path(StateFile::Session), "{\"session\": ").unwrap();
        let (session, notice) = store.load_session();
        assert_eq!(session, None);
        assert!(
            matches!(
                notice,
                Some(LoadNotice::MovedAside {
                    file: StateFile::Session,
                    ..
                })
            ),
            "{notice:?}"
        );
    }

    #[test]
    fn an_interrupted_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = StateStore::new(dir.path());
        let settings = Settings {
            language: Some("zh-CN".into()),
            ..Settings::default()
        };
        store.save_settings(&settings).unwrap();
        // A temporary file that was never renamed, as a crash mid-write leaves it.
        std::fs::write(dir.path().join(".tmpXYZ"), "language = \"en").unwrap();
        assert_eq!(store.load_settings().0.language.as_deref(), Some("zh-CN"));
    }
}

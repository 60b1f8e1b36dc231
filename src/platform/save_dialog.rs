//! Asking where to save a file, or which folder to open. The app talks to a [`SaveDialog`];
//! [`RfdSaveDialog`] shows the native dialogs, and tests use [`FixedSaveDialog`] so no dialog
//! ever opens.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Asks the user for a file to save to.
pub trait SaveDialog {
    /// Shows the dialog (blocking the UI thread, as native save dialogs do) with a suggested
    /// file name and starting folder. `None` when the user cancelled, or when no dialog can be
    /// shown (a bare Linux machine has no portal and no zenity).
    fn save_path(&self, suggested_name: &str, folder: Option<&Path>) -> Option<PathBuf>;

    /// Asks for a folder to open (a content pack), starting in `folder` when given. `None`
    /// when the user cancelled or no dialog can be shown.
    fn pick_folder(&self, title: &str, folder: Option<&Path>) -> Option<PathBuf>;
}

/// The native dialog, through rfd: Markdown and plain-text filters.
#[derive(Clone, Copy, Debug, Default)]
pub struct RfdSaveDialog;

impl SaveDialog for RfdSaveDialog {
    fn save_path(&self, suggested_name: &str, folder: Option<&Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_file_name(suggested_name)
            .add_filter("Markdown", &["md"])
            .add_filter("Text", &["txt"]);
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        dialog.save_file()
    }

    fn pick_folder(&self, title: &str, folder: Option<&Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().set_title(title);
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        dialog.pick_folder()
    }
}

/// One request to a [`FixedSaveDialog`]: the suggested file name and starting folder.
pub type SaveRequest = (String, Option<PathBuf>);

/// Answers every request with a fixed path (or `None`), and records the suggestions it got.
#[derive(Clone, Debug, Default)]
pub struct FixedSaveDialog {
    answer: Option<PathBuf>,
    folder: Option<PathBuf>,
    asked: Arc<Mutex<Vec<SaveRequest>>>,
}

impl FixedSaveDialog {
    /// A dialog that always answers `answer`.
    pub fn new(answer: Option<PathBuf>) -> Self {
        Self {
            answer,
            folder: None,
            asked: Arc::default(),
        }
    }

    /// The same dialog, answering folder requests with `folder`.
    #[must_use]
    pub fn with_folder(mut self, folder: Option<PathBuf>) -> Self {
        self.folder = folder;
        self
    }

    /// The (suggested name, starting folder) pairs asked so far.
    pub fn asked(&self) -> Vec<SaveRequest> {
        self.asked.lock().map(|a| a.clone()).unwrap_or_default()
    }
}

impl SaveDialog for FixedSaveDialog {
    fn save_path(&self, suggested_name: &str, folder: Option<&Path>) -> Option<PathBuf> {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push((suggested_name.to_owned(), folder.map(Path::to_path_buf)));
        }
        self.answer.clone()
    }

    fn pick_folder(&self, title: &str, folder: Option<&Path>) -> Option<PathBuf> {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push((title.to_owned(), folder.map(Path::to_path_buf)));
        }
        self.folder.clone()
    }
}

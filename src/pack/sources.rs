//! Reads a content pack's folder: `pack.toml` and `locales/<lang>/*.ftl`, with the size and
//! nesting guards. The only file I/O of the pack feature.

use std::path::Path;

use crate::i18n::loading::LocaleSource;
use crate::model::diagnostic::{Diagnostic, line_col};
use crate::model::language::Language;
use crate::pack::manifest::PACK_FILE;

/// Largest file a pack may hold, in bytes (1 MiB): far above any real pack, and a guard
/// against pointing the app at the wrong folder.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Most `.ftl` files a pack may hold.
pub const MAX_LOCALE_FILES: usize = 100;

/// The raw files of a pack, read but not yet checked.
#[derive(Clone, Debug, Default)]
pub struct PackSources {
    /// The folder as the user gave it (for messages and the banner).
    pub folder: String,
    /// The text of `pack.toml`; `None` when the folder has none.
    pub manifest: Option<String>,
    /// The `.ftl` files under `locales/<lang>/`, in path order, as read (not normalized).
    pub locales: Vec<LocaleSource>,
    /// Problems met while reading (unreadable or oversized files, unknown locale folders).
    pub problems: Vec<Diagnostic>,
}

/// Why a pack folder cannot be read at all (the `validate` command exits with 2).
#[derive(Debug, thiserror::Error)]
pub enum PackDirError {
    /// The path does not exist.
    #[error("{0}: no such folder")]
    Missing(String),
    /// The path is a file.
    #[error("{0}: is a file; give the pack's folder (the one holding pack.toml)")]
    NotAFolder(String),
    /// The folder cannot be listed.
    #[error("{0}: cannot be read ({1})")]
    Unreadable(String, std::io::Error),
}

/// Reads a file of at most [`MAX_FILE_BYTES`] as UTF-8 (a leading byte-order mark dropped).
fn read_text(path: &Path, shown: &str, problems: &mut Vec<Diagnostic>) -> Option<String> {
    let too_big = std::fs::metadata(path).map(|m| m.len() > MAX_FILE_BYTES).unwrap_or(false);
    if too_big {
        problems.push(
            Diagnostic::error(shown, None, format!("file is larger than {} KiB", MAX_FILE_BYTES / 1024))
                .with_fix("check that this is the right folder; a pack's files are small text files"),
        );
        return None;
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            problems.push(Diagnostic::error(shown, None, format!("cannot be read ({error})")).with_fix("check the file's permissions"));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text)),
        Err(error) => {
            let valid = String::from_utf8_lossy(&error.as_bytes()[..error.utf8_error().valid_up_to()]).into_owned();
            problems.push(
                Diagnostic::error(shown, Some(line_col(&valid, valid.len())), "is not UTF-8 text")
                    .with_fix("save the file as UTF-8 (in Notepad: Save as > Encoding > UTF-8)"),
            );
            None
        }
    }
}

/// Whether `path` (after following links) is inside the pack folder `root`; a link to a file
/// elsewhere is reported and ignored, so a pack only ever brings its own files.
fn inside(root: &Path, path: &Path, shown: &str, problems: &mut Vec<Diagnostic>) -> bool {
    match path.canonicalize() {
        Ok(real) if real.starts_with(root) => true,
        Ok(real) => {
            problems.push(
                Diagnostic::warning(
                    shown,
                    None,
                    format!("is a link to {}, outside the pack; it was ignored", real.display()),
                )
                .with_fix("copy the file into the pack instead of linking to it"),
            );
            false
        }
        Err(error) => {
            problems.push(Diagnostic::error(shown, None, format!("cannot be read ({error})")).with_fix("check the file's permissions"));
            false
        }
    }
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    Ok(paths)
}

impl PackDirError {
    /// What is wrong, without the folder (for messages that name it already).
    pub fn reason(&self) -> String {
        match self {
            PackDirError::Missing(_) => "no such folder".to_owned(),
            PackDirError::NotAFolder(_) => "is a file; give the pack's folder (the one holding pack.toml)".to_owned(),
            PackDirError::Unreadable(_, error) => format!("cannot be read ({error})"),
        }
    }
}

impl PackSources {
    /// Reads a pack folder: `pack.toml` and `locales/<lang>/*.ftl`. Other files are ignored.
    ///
    /// # Errors
    /// [`PackDirError`] when `dir` does not exist, is a file or cannot be listed. Problems
    /// with single files are recorded in [`PackSources::problems`] instead.
    pub fn from_dir(dir: &Path) -> Result<Self, PackDirError> {
        let folder = dir.display().to_string();
        if !dir.exists() {
            return Err(PackDirError::Missing(folder));
        }
        if !dir.is_dir() {
            return Err(PackDirError::NotAFolder(folder));
        }
        let entries = sorted_entries(dir).map_err(|e| PackDirError::Unreadable(folder.clone(), e))?;
        let root = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        let mut sources = PackSources { folder, ..Self::default() };
        let manifest = dir.join(PACK_FILE);
        if manifest.is_file() && inside(&root, &manifest, PACK_FILE, &mut sources.problems) {
            sources.manifest = read_text(&manifest, PACK_FILE, &mut sources.problems);
        }
        let locales = dir.join("locales");
        if !locales.is_dir() {
            // "Locales" or "LOCALES" on a case-sensitive file system.
            if let Some(near) = entries
                .iter()
                .filter_map(|p| p.file_name())
                .find(|n| n.to_string_lossy().eq_ignore_ascii_case("locales"))
            {
                let near = near.to_string_lossy();
                sources.problems.push(
                    Diagnostic::warning(near.as_ref(), None, "is not read: the folder must be named locales, in lower case")
                        .with_fix("rename it to locales"),
                );
            }
            return Ok(sources);
        }
        let Ok(languages) = sorted_entries(&locales) else {
            sources
                .problems
                .push(Diagnostic::error("locales", None, "cannot be listed").with_fix("check the folder's permissions"));
            return Ok(sources);
        };
        let tags = Language::ALL.map(|l| l.tag()).join(" or ");
        for lang_dir in languages {
            let tag = lang_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if !lang_dir.is_dir() {
                sources.problems.push(
                    Diagnostic::warning(format!("locales/{tag}"), None, "is not read: files go in a folder per language")
                        .with_fix(format!("move it into locales/{tags}/")),
                );
                continue;
            }
            // Windows and macOS folders are case-insensitive; so is this.
            let Some(language) = Language::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(&tag)) else {
                sources.problems.push(
                    Diagnostic::warning(
                        format!("locales/{tag}"),
                        None,
                        format!("\"{tag}\" is not a language the app shows; the folder was ignored"),
                    )
                    .with_fix(format!("name the folder {tags}")),
                );
                continue;
            };
            let Ok(files) = sorted_entries(&lang_dir) else {
                continue;
            };
            for file in files {
                let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let shown = format!("locales/{tag}/{name}");
                if file.is_dir() {
                    sources.problems.push(
                        Diagnostic::warning(&shown, None, "is a folder; folders inside a language folder are not read")
                            .with_fix(format!("move its .ftl files up into locales/{tag}/")),
                    );
                    continue;
                }
                if !file.is_file() {
                    // A pipe or device would block the read; a dangling link has nothing.
                    sources
                        .problems
                        .push(Diagnostic::warning(&shown, None, "is not a regular file; it was ignored").with_fix("remove it"));
                    continue;
                }
                if !name.to_ascii_lowercase().ends_with(".ftl") {
                    sources.problems.push(
                        Diagnostic::warning(&shown, None, "is not an .ftl file; it was ignored")
                            .with_fix("remove it, or rename it to end in .ftl"),
                    );
                    continue;
                }
                if !inside(&root, &file, &shown, &mut sources.problems) {
                    continue;
                }
                if sources.locales.len() >= MAX_LOCALE_FILES {
                    sources.problems.push(
                        Diagnostic::error(&shown, None, format!("the pack has more than {MAX_LOCALE_FILES} .ftl files"))
                            .with_fix("merge them: one file per area is plenty"),
                    );
                    break;
                }
                if let Some(text) = read_text(&file, &shown, &mut sources.problems) {
                    sources.locales.push(LocaleSource {
                        language,
                        path: shown,
                        text,
                    });
                }
            }
        }
        Ok(sources)
    }
}

//! Content packs: an organisation's own links, steps, catalogue entries and words, layered over
//! the built-in content.
//!
//! A pack is a folder:
//! - `pack.toml`: name, version, `allowed_hosts` and the changes to the playbook (see
//!   [`crate::model::pack`] for the format);
//! - `locales/<lang>/*.ftl` (`en-US`, `zh-CN`): Fluent messages that replace built-in ones of
//!   the same id, or give words to what the pack adds.
//!
//! [`check`] reads a pack like a compiler: every problem is a [`Diagnostic`] with file, line
//! and column, and a pack with any error is never applied ([`PackOutcome::content`] is `None`),
//! so the app runs on the built-in content rather than on half a pack. `sspr-helpdesk validate`
//! prints the same diagnostics.

use std::collections::BTreeSet;
use std::path::Path;

use crate::i18n::glyphs::GlyphCoverage;
use crate::i18n::loading::{LocaleSource, normalize};
use crate::i18n::{Language, Localizer};
use crate::model::addresses::find_addresses;
use crate::model::diagnostic::{Diagnostic, Severity, line_col};
use crate::model::links::{AllowList, AllowedUrl};
use crate::model::pack::{PACK_FILE, PackAdditions, PackInfo, apply_manifest, did_you_mean};
use crate::model::playbook::{Playbook, sort_by_position};

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

/// A pack's content, ready to use: the built-in content with the pack layered over it.
pub struct PackContent {
    /// The pack's name and version.
    pub info: PackInfo,
    /// Built-in playbook with the pack's changes.
    pub playbook: Playbook,
    /// Built-in words with the pack's messages over them.
    pub loc: Localizer,
}

impl std::fmt::Debug for PackContent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PackContent").field("info", &self.info).finish_non_exhaustive()
    }
}

/// What checking a pack found.
#[derive(Debug)]
pub struct PackOutcome {
    /// The folder, as given.
    pub folder: String,
    /// Name and version, when `pack.toml` gives them.
    pub info: Option<PackInfo>,
    /// Every problem, in file order then position.
    pub diagnostics: Vec<Diagnostic>,
    /// The content with the pack applied; `None` when there is any error.
    pub content: Option<PackContent>,
}

impl PackOutcome {
    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count()
    }

    /// "Contoso IT 2026.12.1", or the folder when the pack has no usable name.
    pub fn label(&self) -> String {
        self.info
            .as_ref()
            .map_or_else(|| self.folder.clone(), |i| format!("{} {}", i.name, i.version))
    }
}

/// Deepest nesting of placeables (`{ … { … } … }`) a pack's `.ftl` file may have.
pub const MAX_PLACEABLE_DEPTH: usize = 16;

/// The position where placeables nest deeper than [`MAX_PLACEABLE_DEPTH`], if they do. Braces
/// inside string literals (`{ "}" }`) do not count.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (offset, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_PLACEABLE_DEPTH {
                    return Some(line_col(text, offset));
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// Registrable domains whose every host Microsoft runs (checked with the Public Suffix List,
/// so a customer's `x.cloudapp.azure.com` is not among them: `azure.com` is not listed, nor
/// are tenant domains such as `sharepoint.com` or `onmicrosoft.com`). Text may name their
/// hosts (`login.microsoftonline.com`) without a warning; links still need
/// [`crate::model::links::MICROSOFT_HOSTS`] or `allowed_hosts`. `azure.cn` is Microsoft
/// Azure operated by 21Vianet, the Azure that users in China sign in to.
const MICROSOFT_TEXT_DOMAINS: &[&str] = &[
    "aka.ms",
    "azure.cn",
    "live.com",
    "microsoft.com",
    "microsoft365.com",
    "microsoftonline.com",
    "office.com",
    "office365.com",
];

/// Whether `url` is a plain https address on a host of [`MICROSOFT_TEXT_DOMAINS`].
fn is_microsoft_address(url: &str) -> bool {
    let Ok(url) = url::Url::parse(url) else {
        return false;
    };
    let plain = url.scheme() == "https" && url.username().is_empty() && url.password().is_none() && url.port().is_none();
    plain
        && url
            .host_str()
            .and_then(|host| psl::domain(host.as_bytes()))
            .is_some_and(|domain| MICROSOFT_TEXT_DOMAINS.iter().any(|d| d.as_bytes() == domain.as_bytes()))
}

/// Warns about the addresses in `text` (found by [`find_addresses`], with or without a
/// scheme) that links may not use, and about look-alike addresses: the app never opens text,
/// but a reader may type or copy it (on a kiosk, an end user would). `text` is a whole `.ftl`
/// file (`at` = `None`: its `#` comment lines are skipped) or a value of `pack.toml` shown in
/// the window (`at` = where its text starts; all of it is shown).
fn check_urls_in_text(path: &str, text: &str, at: Option<(usize, usize)>, allow: &AllowList, diagnostics: &mut Vec<Diagnostic>) {
    let (skip_comments, at) = (at.is_none(), at.unwrap_or((1, 1)));
    for (number, line) in text.lines().enumerate() {
        if skip_comments && line.starts_with('#') {
            continue;
        }
        for found in find_addresses(line) {
            let reason = if found.mixed_alphabets {
                "which mixes letters of different alphabets, like a look-alike of a real address".to_owned()
            } else {
                match AllowedUrl::parse_allowed(&found.url, allow) {
                    Ok(_) => continue,
                    Err(_) if is_microsoft_address(&found.url) => continue,
                    Err(reason) => format!("which links may not use ({reason})"),
                }
            };
            let column = line[..found.start].chars().count() + 1;
            let position = if number == 0 {
                (at.0, at.1 + column - 1)
            } else {
                (at.0 + number, column)
            };
            diagnostics.push(
                Diagnostic::warning(
                    path,
                    Some(position),
                    format!(
                        "the text shows {}, {reason}; the app never opens it, but readers may type or copy it",
                        found.text
                    ),
                )
                .with_fix("make it a link in pack.toml (with its host in allowed_hosts) and leave the address out of the words"),
            );
        }
    }
}

/// Warns about text no bundled font can draw: one warning per run of such characters, at
/// the run's start, and each character only in its first run. Lines starting with `#` are
/// Fluent comments and are skipped.
fn check_glyphs(path: &str, text: &str, coverage: &GlyphCoverage, diagnostics: &mut Vec<Diagnostic>) {
    let mut reported = BTreeSet::new();
    for (number, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        glyph_runs(path, line, (number + 1, 1), coverage, &mut reported, diagnostics);
    }
}

/// Like [`check_glyphs`] for one value of `pack.toml` written at `at` (its opening quote).
fn check_glyphs_in(path: &str, value: &str, at: Option<(usize, usize)>, coverage: &GlyphCoverage, diagnostics: &mut Vec<Diagnostic>) {
    let (line, column) = at.unwrap_or((1, 1));
    glyph_runs(path, value, (line, column + 1), coverage, &mut BTreeSet::new(), diagnostics);
}

fn glyph_runs(
    path: &str,
    line: &str,
    (number, first_column): (usize, usize),
    coverage: &GlyphCoverage,
    reported: &mut BTreeSet<char>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let chars: Vec<char> = line.chars().collect();
    let mut column = 0;
    while column < chars.len() {
        if coverage.covers(chars[column]) {
            column += 1;
            continue;
        }
        let start = column;
        while column < chars.len() && (!coverage.covers(chars[column]) || chars[column] == ' ') {
            column += 1;
        }
        let run: String = chars[start..column].iter().collect::<String>().trim_end().to_owned();
        let new: Vec<char> = run.chars().filter(|c| *c != ' ' && reported.insert(*c)).collect();
        let Some(first) = new.first() else {
            continue;
        };
        let message = if run.chars().count() == 1 {
            format!(
                "character '{run}' (U+{:04X}) is in none of the app's fonts; it shows as a box",
                u32::from(*first)
            )
        } else {
            format!(
                "characters \"{run}\" (from U+{:04X}) are in none of the app's fonts; they show as boxes",
                u32::from(*first)
            )
        };
        diagnostics.push(
            Diagnostic::warning(path, Some((number, first_column + start)), message)
                .with_fix("use Latin or Simplified Chinese characters, or leave these out"),
        );
    }
}

/// The built-in playbook and its diagnostics, validated once per process: start-up, opening
/// a pack in the window and each fuzzing input then only copy it.
fn builtin_playbook() -> &'static (Playbook, Vec<Diagnostic>) {
    static BUILTIN: std::sync::OnceLock<(Playbook, Vec<Diagnostic>)> = std::sync::OnceLock::new();
    BUILTIN.get_or_init(Playbook::builtin)
}

/// Checks a pack and, when it has no error, layers it over the built-in content with the
/// UI in `language`.
pub fn check(sources: &PackSources, language: Language) -> PackOutcome {
    check_over(sources, Localizer::builtin(language).0)
}

/// [`check`], layering the pack's words over `loc` (the built-in words, freshly loaded: a
/// Fluent bundle cannot be copied, and the pack's messages replace built-in ones in place).
fn check_over(sources: &PackSources, mut loc: Localizer) -> PackOutcome {
    let mut diagnostics = sources.problems.clone();
    let coverage = GlyphCoverage::bundled();
    let (builtin, _) = builtin_playbook();

    let (applied, mut manifest_diagnostics) = match &sources.manifest {
        Some(text) => {
            let (applied, mut found) = apply_manifest(builtin, PACK_FILE, text);
            // Only what the window shows: name, version and codes (comments and ids are not).
            for (shown, at) in &applied.shown {
                check_glyphs_in(PACK_FILE, shown, *at, &coverage, &mut found);
                // Inside the quotes: one column after the opening one.
                let start = at.map_or((1, 1), |(line, column)| (line, column + 1));
                check_urls_in_text(PACK_FILE, shown, Some(start), &applied.allow, &mut found);
            }
            (applied, found)
        }
        None => {
            let (applied, _) = apply_manifest(builtin, PACK_FILE, "name = \"\"\nversion = \"\"\n");
            let missing = Diagnostic::error(PACK_FILE, None, "file is missing; this folder is not a content pack")
                .with_fix("give the pack's folder (the one holding pack.toml), or create pack.toml with name and version");
            (applied, vec![missing])
        }
    };
    diagnostics.append(&mut manifest_diagnostics);

    let mut normalized = Vec::new();
    for source in &sources.locales {
        let (text, mut found) = normalize(&source.path, &source.text);
        if let Some(at) = too_deep(&text) {
            // The Fluent parser recurses once per level: a hostile file could overflow the
            // stack. Real messages nest two or three levels.
            found.push(
                Diagnostic::error(
                    &source.path,
                    Some(at),
                    format!("placeables are nested more than {MAX_PLACEABLE_DEPTH} deep; the file was not read"),
                )
                .with_fix("simplify the message: a { } inside a { } inside … is never needed this deep"),
            );
            diagnostics.append(&mut found);
            continue;
        }
        check_glyphs(&source.path, &text, &coverage, &mut found);
        check_urls_in_text(&source.path, &text, None, &applied.allow, &mut found);
        diagnostics.append(&mut found);
        normalized.push(LocaleSource {
            language: source.language,
            path: source.path.clone(),
            text,
        });
    }
    let (messages, mut found) = loc.add_pack(&normalized);
    diagnostics.append(&mut found);
    diagnostics.extend(loc.check_pack_references(&messages));
    if sources.manifest.is_some() && applied.info.is_some() && applied.changes_nothing && messages.defined.is_empty() {
        diagnostics.push(
            Diagnostic::warning(
                PACK_FILE,
                applied.name_at,
                "the pack changes nothing: no link, step or entry, and no words",
            )
            .with_fix("add [links.<id>], hide_steps, [[step]] or [[entry]] to pack.toml, or .ftl files under locales/<lang>/"),
        );
    }

    let playbook = applied.playbook;
    // When pack.toml could not be read, what it adds is unknown: skip the checks that would
    // only repeat that error for every message.
    if applied.info.is_some() {
        diagnostics.extend(check_messages(&loc, &playbook, &applied.additions, &messages));
    }
    sort_by_position(&mut diagnostics);

    let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    let content = match (&applied.info, has_errors) {
        (Some(info), false) => Some(PackContent {
            info: info.clone(),
            playbook,
            loc,
        }),
        _ => None,
    };
    PackOutcome {
        folder: sources.folder.clone(),
        info: applied.info,
        diagnostics,
        content,
    }
}

/// The active pack as the window shows it: where it is, what it is called, whether it was
/// applied, and its problems in the words of `validate`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackStatus {
    /// The pack's folder.
    pub folder: std::path::PathBuf,
    /// Name and version, when `pack.toml` gives usable ones.
    pub info: Option<PackInfo>,
    /// False when the pack had errors (or could not be read): the built-in content is shown.
    pub applied: bool,
    /// Every problem found (errors when not applied; warnings otherwise).
    pub diagnostics: Vec<Diagnostic>,
}

impl PackStatus {
    /// "Contoso IT 2026.12.1", else the folder.
    pub fn label(&self) -> String {
        self.info
            .as_ref()
            .map_or_else(|| self.folder.display().to_string(), |i| format!("{} {}", i.name, i.version))
    }
}

/// The content the window shows: built-in, or built-in with a pack over it.
pub struct LoadedContent {
    /// The playbook (with the pack's changes when it was applied).
    pub playbook: Playbook,
    /// The words (with the pack's messages when it was applied).
    pub loc: Localizer,
    /// Problems in the built-in content (none in a correct build).
    pub builtin_diagnostics: Vec<Diagnostic>,
    /// The pack asked for, and what became of it; `None` without a pack.
    pub pack: Option<PackStatus>,
}

impl std::fmt::Debug for LoadedContent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedContent").field("pack", &self.pack).finish_non_exhaustive()
    }
}

/// Loads the built-in content in `language`, then the pack in `pack_dir` over it when one is
/// given and has no error. Never fails: an unreadable or broken pack leaves the built-in
/// content, with the reason in [`PackStatus::diagnostics`].
pub fn load_content(language: Language, pack_dir: Option<&Path>) -> LoadedContent {
    let (playbook, playbook_diagnostics) = builtin_playbook();
    let (loc, mut builtin_diagnostics) = Localizer::builtin(language);
    builtin_diagnostics.extend(playbook_diagnostics.iter().cloned());
    builtin_diagnostics.extend(loc.check_playbook(playbook));
    let Some(dir) = pack_dir else {
        return LoadedContent {
            playbook: playbook.clone(),
            loc,
            builtin_diagnostics,
            pack: None,
        };
    };
    let outcome =
        match PackSources::from_dir(dir) {
            // The built-in words just loaded become the base the pack is layered over.
            Ok(sources) => check_over(&sources, loc),
            Err(error) => PackOutcome {
                folder: dir.display().to_string(),
                info: None,
                diagnostics: vec![Diagnostic::error(dir.display().to_string(), None, error.reason()).with_fix(
                    "check the folder, wherever it was given: --pack, the configuration file's pack, or View → Open content pack…",
                )],
                content: None,
            },
        };
    let status = PackStatus {
        folder: dir.to_path_buf(),
        info: outcome.info.clone(),
        applied: outcome.content.is_some(),
        diagnostics: outcome.diagnostics,
    };
    match outcome.content {
        Some(content) => LoadedContent {
            playbook: content.playbook,
            loc: content.loc,
            builtin_diagnostics,
            pack: Some(status),
        },
        // Not applied: the built-in content, with words loaded afresh (the first copy may
        // hold some of the pack's messages).
        None => LoadedContent {
            playbook: playbook.clone(),
            loc: Localizer::builtin(language).0,
            builtin_diagnostics,
            pack: Some(status),
        },
    }
}

/// What a message of this kind must hold, for fixes.
fn required_parts(id: &str) -> &'static str {
    if id.starts_with("step-") {
        "a title and .summary, .why and .check"
    } else if id.starts_with("entry-") {
        "a title and .symptom, .causes and .fix"
    } else {
        "the button label as its value"
    }
}

/// Missing words for what the pack adds or replaces, and pack messages nothing uses. A gap in
/// en-US is an error (the app would show a raw id); in another language a warning (the app
/// shows the English).
fn check_messages(
    loc: &Localizer,
    playbook: &Playbook,
    additions: &PackAdditions,
    messages: &crate::i18n::PackMessages,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let severity = |language: Language| {
        if language == Language::EnUs {
            Severity::Error
        } else {
            Severity::Warning
        }
    };
    let all_missing = loc.missing_messages(playbook);
    for missing in &all_missing {
        // A message missing whole is one problem, not one per attribute.
        let whole_message_missing = || {
            all_missing
                .iter()
                .any(|m| m.attribute.is_none() && m.id == missing.id && m.language == missing.language)
        };
        if missing.attribute.is_some() && whole_message_missing() {
            continue;
        }
        let tag = missing.language.tag();
        let consequence = if missing.language == Language::EnUs {
            "the app would show the raw id"
        } else {
            "the app shows the English words"
        };
        let diagnostic = if let Some(defined) = messages.defined.get(&(missing.language, missing.id.clone())) {
            let part = missing.attribute.map_or_else(|| "a value".to_owned(), |a| format!(".{a}"));
            Diagnostic::error(
                &defined.path,
                defined.line.map(|l| (l, 1)),
                format!("message \"{}\" has no {part}; {consequence}", missing.id),
            )
            .with_fix(if defined.replaces_builtin {
                "a pack message replaces the built-in one whole: copy every attribute you keep (.summary, .why, .check, …) into it"
            } else {
                "add the missing part to the message"
            })
        } else if let Some(at) = additions.owner_of(&missing.id) {
            let (what, fix) = match missing.attribute {
                None => (
                    format!("message \"{}\" is missing in {tag}", missing.id),
                    format!(
                        "add it, with {}, to an .ftl file in the pack's locales/{tag}/",
                        required_parts(&missing.id)
                    ),
                ),
                Some(attribute) => (
                    format!("message \"{}\" has no .{attribute} in {tag}", missing.id),
                    format!("add .{attribute} to it in the pack's locales/{tag}/"),
                ),
            };
            Diagnostic::error(PACK_FILE, at, format!("{what}; {consequence}")).with_fix(fix)
        } else {
            continue;
        };
        diagnostics.push(Diagnostic {
            severity: severity(missing.language),
            ..diagnostic
        });
    }
    let candidates: Vec<String> = playbook
        .steps()
        .map(|s| s.id.message_id())
        .chain(playbook.catalogue().iter().map(|e| e.id.message_id()))
        .chain(playbook.links().map(|l| l.id.message_id()))
        .collect();
    for ((_, id), defined) in &messages.defined {
        if defined.replaces_builtin || additions.owner_of(id).is_some() || additions.failed(id) {
            continue;
        }
        diagnostics.push(
            Diagnostic::warning(
                &defined.path,
                defined.line.map(|l| (l, 1)),
                format!(
                    "message \"{id}\" is not used: no built-in message has this id and the pack adds nothing by it{}",
                    did_you_mean(id, candidates.iter().map(String::as_str).chain(loc.message_ids()))
                ),
            )
            .with_fix("check the id: steps are step-<id>, links link-<id>, catalogue entries entry-<id>"),
        );
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(manifest: &str, ftl: &[(Language, &str)]) -> PackSources {
        PackSources {
            folder: "pack".to_owned(),
            manifest: Some(manifest.to_owned()),
            locales: ftl
                .iter()
                .map(|(language, text)| LocaleSource {
                    language: *language,
                    path: format!("locales/{}/pack.ftl", language.tag()),
                    text: (*text).to_owned(),
                })
                .collect(),
            problems: Vec::new(),
        }
    }

    const MANIFEST: &str = "name = \"Contoso\"\nversion = \"1\"\n\n[[step]]\ncategory = \"errors\"\nid = \"contoso-call\"\nactors = [\"helpdesk\"]\nsource = \"docs-troubleshoot-sspr\"\n";
    const EN: &str = "step-contoso-call = Call the service desk\n    .summary = S\n    .why = W\n    .check = C\n";

    #[test]
    fn addresses_in_the_words_are_warned_unless_links_may_use_them() {
        let allow = AllowList::with_patterns(vec![crate::model::links::HostPattern::parse("*.contoso.com").unwrap()]);
        let found = |text: &str| {
            let mut diagnostics = Vec::new();
            check_urls_in_text("w.ftl", text, None, &allow, &mut diagnostics);
            diagnostics
                .iter()
                .map(|d| {
                    (
                        d.column.unwrap_or_default(),
                        d.message.split("; the app").next().unwrap_or_default().to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        };
        let shows = |column: usize, what: &str| vec![(column, format!("the text shows {what}"))];
        assert_eq!(
            found("m = Go to evil-reset.example.net/sspr now."),
            shows(
                11,
                "evil-reset.example.net/sspr, which links may not use (host evil-reset.example.net is not on the allow-list)"
            )
        );
        assert_eq!(
            found("m = Open http://passwordreset.contoso.com"),
            shows(
                10,
                "http://passwordreset.contoso.com, which links may not use (uses http; only https is allowed)"
            )
        );
        assert_eq!(
            found("m = https://passwordreset.contoso.com:8443/"),
            shows(
                5,
                "https://passwordreset.contoso.com:8443/, which links may not use (names a port; remove it)"
            )
        );
        assert_eq!(
            found("m = 请访问passwordreset.contoso.com@evil-reset.com/x。"),
            shows(
                8,
                "passwordreset.contoso.com@evil-reset.com/x, which links may not use (contains a user name or password; remove the part before '@')"
            )
        );
        // A look-alike of an allowed host (Cyrillic а) is warned as a whole.
        assert_eq!(
            found("m = pаsswordreset.contoso.com"),
            shows(
                5,
                "pаsswordreset.contoso.com, which mixes letters of different alphabets, like a look-alike of a real address"
            )
        );
        // Allowed hosts, Microsoft's sites, file names, e-mail, versions and comments pass.
        assert!(found("m = passwordreset.contoso.com or aka.ms/sspr or login.microsoftonline.com, office.com").is_empty());
        assert!(found("m = Edit pack.toml, mail it-help@contoso.com, Entra Connect 2.4.18.0, SSPR_0029").is_empty());
        assert!(found("# see evil.example/reset").is_empty());
        // A customer's host under a Microsoft domain is not Microsoft's.
        assert_eq!(found("m = myvm.eastus.cloudapp.azure.com/reset").len(), 1);
    }

    #[test]
    fn a_clean_pack_is_applied_and_its_words_used() {
        let zh = "step-contoso-call = 致电服务台\n    .summary = 摘要\n    .why = 原因\n    .check = 检查\n";
        let outcome = check(&sources(MANIFEST, &[(Language::EnUs, EN), (Language::ZhCn, zh)]), Language::ZhCn);
        assert!(outcome.diagnostics.is_empty(), "{:#?}", outcome.diagnostics);
        let content = outcome.content.unwrap();
        assert_eq!(content.loc.text("step-contoso-call"), "致电服务台");
        assert_eq!(content.loc.text_in(Language::EnUs, "step-contoso-call"), "Call the service desk");
    }

    #[test]
    fn missing_english_words_are_an_error_missing_chinese_a_warning() {
        let outcome = check(&sources(MANIFEST, &[(Language::EnUs, EN)]), Language::EnUs);
        assert_eq!(outcome.errors(), 0, "{:#?}", outcome.diagnostics);
        // One line for the whole message, not one per attribute.
        assert_eq!(outcome.warnings(), 1);
        assert_eq!(
            outcome.diagnostics[0].to_string(),
            "pack.toml:6:6: warning: message \"step-contoso-call\" is missing in zh-CN; the app shows the English words; add it, with a title and .summary, .why and .check, to an .ftl file in the pack's locales/zh-CN/"
        );
        assert!(outcome.content.is_some());
        let outcome = check(&sources(MANIFEST, &[]), Language::EnUs);
        assert_eq!(outcome.errors(), 1);
        assert!(outcome.content.is_none());
    }

    #[test]
    fn an_override_that_drops_attributes_is_named_at_its_line() {
        let ftl = "# words\nstep-configure-enable-sspr = Turn SSPR on\n";
        let outcome = check(
            &sources(
                "name = \"C\"\nversion = \"1\"\nhide_steps = [\"configure-licence-2021-list\"]\n",
                &[(Language::EnUs, ftl)],
            ),
            Language::EnUs,
        );
        let shown: Vec<String> = outcome.diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 3, "{shown:#?}");
        assert!(
            shown[0].starts_with("locales/en-US/pack.ftl:2:1: error: message \"step-configure-enable-sspr\" has no .summary"),
            "{}",
            shown[0]
        );
    }

    #[test]
    fn unused_messages_and_bad_glyphs_are_warnings() {
        let ftl = format!("{EN}step-contoso-cal = typo\nstep-contoso-call-x = 한국어\n");
        let outcome = check(&sources(MANIFEST, &[(Language::EnUs, &ftl)]), Language::EnUs);
        let shown: Vec<String> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.file.ends_with(".ftl"))
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            shown,
            [
                "locales/en-US/pack.ftl:5:1: warning: message \"step-contoso-cal\" is not used: no built-in message has this id and the pack adds nothing by it (did you mean \"step-contoso-call\"?); check the id: steps are step-<id>, links link-<id>, catalogue entries entry-<id>",
                "locales/en-US/pack.ftl:6:1: warning: message \"step-contoso-call-x\" is not used: no built-in message has this id and the pack adds nothing by it (did you mean \"step-contoso-call\"?); check the id: steps are step-<id>, links link-<id>, catalogue entries entry-<id>",
                "locales/en-US/pack.ftl:6:23: warning: characters \"한국어\" (from U+D55C) are in none of the app's fonts; they show as boxes; use Latin or Simplified Chinese characters, or leave these out",
            ]
        );
    }
}

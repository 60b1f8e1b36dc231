//! The content the app runs on: the built-in playbook, catalogue and words, with a content
//! pack layered over them when one is given and has no error.

use std::path::Path;

use crate::i18n::Localizer;
use crate::model::diagnostic::Diagnostic;
use crate::model::language::Language;
use crate::model::playbook::{PackInfo, Playbook};
use crate::pack::{PackOutcome, PackSources, check_over};

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
pub struct Content {
    /// The playbook (with the pack's changes when it was applied).
    pub playbook: Playbook,
    /// The words (with the pack's messages when it was applied).
    pub loc: Localizer,
    /// Problems in the built-in content (none in a correct build).
    pub builtin_diagnostics: Vec<Diagnostic>,
    /// The pack asked for, and what became of it; `None` without a pack.
    pub pack: Option<PackStatus>,
}

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Content").field("pack", &self.pack).finish_non_exhaustive()
    }
}

/// Starts parsing the built-in words and validating the built-in playbook on a thread of
/// their own, so the window's main thread can open the window meanwhile: [`load`] then finds
/// them ready (or waits for them) instead of doing that work on the main thread. Nothing
/// happens if a thread cannot be started; [`load`] then does the work itself.
pub fn prepare_builtin_in_background() {
    let started = std::thread::Builder::new().name("load-content".into()).spawn(|| {
        crate::i18n::loading::builtin_parsed();
        Playbook::shared_builtin();
    });
    if let Err(error) = started {
        log::debug!("could not start the thread that loads the built-in content: {error}");
    }
}

/// Loads the built-in content in `language`, then the pack in `pack_dir` over it when one is
/// given and has no error. Never fails: an unreadable or broken pack leaves the built-in
/// content, with the reason in [`PackStatus::diagnostics`].
pub fn load(language: Language, pack_dir: Option<&Path>) -> Content {
    let (playbook, playbook_diagnostics) = Playbook::shared_builtin();
    let (loc, mut builtin_diagnostics) = Localizer::builtin(language);
    builtin_diagnostics.extend(playbook_diagnostics.iter().cloned());
    builtin_diagnostics.extend(loc.check_playbook(playbook));
    let triage_gaps = loc.check_triage(playbook);
    let mut playbook = playbook.clone();
    if !triage_gaps.is_empty() {
        builtin_diagnostics.extend(triage_gaps.iter().cloned());
        playbook.disable_triage(triage_gaps);
    }
    let Some(dir) = pack_dir else {
        return Content {
            playbook,
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
        Some(content) => Content {
            playbook: content.playbook,
            loc: content.loc,
            builtin_diagnostics,
            pack: Some(status),
        },
        // Not applied: the built-in content, with words loaded afresh (the first copy may
        // hold some of the pack's messages).
        None => Content {
            playbook,
            loc: Localizer::builtin(language).0,
            builtin_diagnostics,
            pack: Some(status),
        },
    }
}

//! Content packs: an organisation's own links, steps, catalogue entries and words, layered over
//! the built-in content.
//!
//! A pack is a folder:
//! - `pack.toml`: name, version, `allowed_hosts` and the changes to the playbook (see
//!   [`manifest`] for the format);
//! - `locales/<lang>/*.ftl` (`en-US`, `zh-CN`): Fluent messages that replace built-in ones of
//!   the same id, or give words to what the pack adds.
//!
//! [`check`] reads a pack like a compiler: every problem is a [`Diagnostic`] with file, line
//! and column, and a pack with any error is never applied ([`PackOutcome::content`] is `None`),
//! so the app runs on the built-in content rather than on half a pack. `sspr-helpdesk validate`
//! prints the same diagnostics. The reference for pack authors is `docs/content-packs.md`.
//!
//! - [`sources`]: reading the folder (the only file I/O of packs);
//! - [`manifest`]: `pack.toml` applied to the built-in playbook;
//! - [`messages`]: the pack's words layered over the built-in ones, and their checks;
//! - [`text_checks`] and [`addresses`]: nesting, addresses in words, characters no font draws.

pub mod addresses;
pub mod manifest;
pub mod messages;
pub mod sources;
pub mod text_checks;

use crate::i18n::Localizer;
use crate::i18n::glyphs::GlyphCoverage;
use crate::i18n::loading::{LocaleSource, normalize};
use crate::model::diagnostic::{Diagnostic, Severity, sort_by_position};
use crate::model::language::Language;
use crate::model::playbook::{PackInfo, Playbook};
use crate::pack::manifest::{PACK_FILE, apply_manifest};
use crate::pack::messages::{add_pack, check_messages, check_pack_references};
use crate::pack::text_checks::{MAX_PLACEABLE_DEPTH, check_glyphs, check_glyphs_in, check_urls_in_text, too_deep};

pub use sources::{PackDirError, PackSources};

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

/// Checks a pack and, when it has no error, layers it over the built-in content with the
/// UI in `language`.
pub fn check(sources: &PackSources, language: Language) -> PackOutcome {
    check_over(sources, Localizer::builtin(language).0)
}

/// [`check`], layering the pack's words over `loc` (the built-in words, freshly loaded: a
/// Fluent bundle cannot be copied, and the pack's messages replace built-in ones in place).
pub(crate) fn check_over(sources: &PackSources, mut loc: Localizer) -> PackOutcome {
    let mut diagnostics = sources.problems.clone();
    let coverage = GlyphCoverage::shared();
    let (builtin, _) = Playbook::shared_builtin();

    let (applied, mut manifest_diagnostics) = match &sources.manifest {
        Some(text) => {
            let (applied, mut found) = apply_manifest(builtin, PACK_FILE, text);
            // Only what the window shows: name, version and codes (comments and ids are not).
            for (shown, at) in &applied.shown {
                check_glyphs_in(PACK_FILE, shown, *at, coverage, &mut found);
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
        check_glyphs(&source.path, &text, coverage, &mut found);
        check_urls_in_text(&source.path, &text, None, &applied.allow, &mut found);
        diagnostics.append(&mut found);
        normalized.push(LocaleSource {
            language: source.language,
            path: source.path.clone(),
            text,
        });
    }
    let (messages, mut found) = add_pack(&mut loc, &normalized);
    diagnostics.append(&mut found);
    diagnostics.extend(check_pack_references(&loc, &messages));
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

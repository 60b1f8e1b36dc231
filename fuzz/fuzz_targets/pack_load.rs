//! Fuzzes content-pack loading: `pack.toml` (TOML, applied to the built-in playbook) and the
//! pack's `.ftl` files (normalized, parsed with fluent-syntax, glyph-checked), through
//! `sspr_helpdesk::pack::check`, which must never panic whatever the input.
//!
//! Input format (easy to write seeds by hand): parts separated by the byte 0xFF, which never
//! occurs in UTF-8.
//!
//! ```text
//! pack.toml 0xFF en-US.ftl 0xFF zh-CN.ftl [0xFF en-US.ftl 0xFF zh-CN.ftl ...]
//! ```
//!
//! - Part 0 is `pack.toml`. An input that *starts* with 0xFF has no `pack.toml` at all.
//! - Parts 1, 3, 5, ... are en-US `.ftl` files, parts 2, 4, 6, ... zh-CN (at most
//!   `MAX_LOCALES`; further parts are ignored).
//! - Each part is converted to UTF-8 lossily (invalid bytes become U+FFFD), as the app only
//!   ever hands `check` valid text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::i18n::loading::LocaleSource;
use sspr_helpdesk::pack::{PackSources, check};

/// The byte between parts.
const SEPARATOR: u8 = 0xFF;

/// Most `.ftl` parts used from one input.
const MAX_LOCALES: usize = 8;

fn sources(data: &[u8]) -> PackSources {
    let mut parts = data.split(|b| *b == SEPARATOR);
    let manifest = parts.next().unwrap_or_default();
    let manifest = if data.first() == Some(&SEPARATOR) {
        None
    } else {
        Some(String::from_utf8_lossy(manifest).into_owned())
    };
    let locales = parts
        .take(MAX_LOCALES)
        .enumerate()
        .map(|(index, part)| {
            let language = if index % 2 == 0 { Language::EnUs } else { Language::ZhCn };
            LocaleSource {
                language,
                path: format!("locales/{}/pack-{}.ftl", language.tag(), index / 2 + 1),
                text: String::from_utf8_lossy(part).into_owned(),
            }
        })
        .collect();
    PackSources {
        folder: "fuzz".into(),
        manifest,
        locales,
        problems: Vec::new(),
    }
}

fuzz_target!(|data: &[u8]| {
    let sources = sources(data);
    let outcome = check(&sources, Language::EnUs);

    let _ = (outcome.errors(), outcome.warnings(), outcome.label());
    for diagnostic in &outcome.diagnostics {
        let _ = diagnostic.to_string();
    }

    let Some(mut content) = outcome.content else {
        return;
    };
    let _ = content.playbook.steps().count();
    // Format what the pack may have written (its own messages and built-in ones it replaced),
    // in both languages: Fluent formatting of fuzzed patterns (placeables, selectors,
    // references) only runs here.
    let written = |id: &str| sources.locales.iter().any(|l| l.text.contains(id));
    for language in Language::ALL {
        content.loc.set_language(language);
        let _ = content.loc.text("app-title");
        for step in content.playbook.steps() {
            let id = step.id.message_id();
            if written(&id) {
                let _ = content.loc.text(&id);
                for attribute in ["summary", "why", "check", "uncertain", "caller"] {
                    let _ = content.loc.attribute(&id, attribute);
                }
            }
        }
        for link in content.playbook.links() {
            let id = link.id.message_id();
            if written(&id) {
                let _ = content.loc.text(&id);
            }
        }
        for entry in content.playbook.catalogue() {
            let id = entry.id.message_id();
            if written(&id) {
                let _ = content.loc.text(&id);
                for attribute in ["symptom", "causes", "fix"] {
                    let _ = content.loc.attribute(&id, attribute);
                }
            }
        }
    }
});

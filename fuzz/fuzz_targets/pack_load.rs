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

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;

/// A faster allocator than the system's for the many small allocations of each input (see
/// fuzz/Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
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

/// The ids of the messages the pack's `.ftl` parts define: every line that starts with an
/// identifier followed by `=` (what Fluent reads as a message; a broken one is simply not
/// formatted).
fn defined_ids(sources: &PackSources) -> HashSet<&str> {
    sources
        .locales
        .iter()
        .flat_map(|locale| locale.text.lines())
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let first = id.chars().next()?;
            (first.is_ascii_alphabetic() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')).then_some(id)
        })
        .collect()
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
    // references) only runs here. Which messages the pack defines is read once per input.
    let written = defined_ids(&sources);
    let written_ids = |ids: Vec<String>| ids.into_iter().filter(|id| written.contains(id.as_str())).collect::<Vec<_>>();
    let steps = written_ids(content.playbook.steps().map(|s| s.id.message_id()).collect());
    let links = written_ids(content.playbook.links().map(|l| l.id.message_id()).collect());
    let entries = written_ids(content.playbook.catalogue().iter().map(|e| e.id.message_id()).collect());
    for language in Language::ALL {
        content.loc.set_language(language);
        let _ = content.loc.text("app-title");
        for id in &steps {
            let _ = content.loc.text(id);
            for attribute in ["summary", "why", "check", "uncertain", "caller"] {
                let _ = content.loc.attribute(id, attribute);
            }
        }
        for id in &links {
            let _ = content.loc.text(id);
        }
        for id in &entries {
            let _ = content.loc.text(id);
            for attribute in ["symptom", "causes", "fix"] {
                let _ = content.loc.attribute(id, attribute);
            }
        }
    }
});

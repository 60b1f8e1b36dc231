//! Content inflated N× (generated steps and catalogue entries, with their words in both
//! languages) that goes through the same loading and validation as the real one.

use sspr_helpdesk::i18n::Localizer;
use sspr_helpdesk::i18n::loading::{LocaleSource, builtin_sources};
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::{Playbook, PlaybookSources};

/// Content built from sources: the built-in one or an inflated copy.
pub struct Content {
    pub playbook: Playbook,
    pub sources: Vec<LocaleSource>,
    pub steps: usize,
    pub entries: usize,
    pub diagnostics: usize,
}

/// Splits a TOML file of `[[table]]` blocks into its header and blocks.
pub fn toml_blocks<'a>(text: &'a str, table: &str) -> (&'a str, Vec<&'a str>) {
    let marker = format!("[[{table}]]");
    let mut parts = text.split(marker.as_str());
    let header = parts.next().unwrap_or_default();
    (header, parts.collect())
}

/// The `id = "…"` of a block.
pub fn block_id(block: &str) -> Option<&str> {
    let line = block.lines().find(|l| l.trim_start().starts_with("id = "))?;
    line.split('"').nth(1)
}

/// A generated copy of a block: its own id, and its own codes so search sees new vocabulary.
pub fn copy_block(block: &str, id: &str, copy: usize) -> String {
    block
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("id = ") {
                format!("id = \"{id}-g{copy}\"")
            } else if line.trim_start().starts_with("codes = ") {
                line.replace("\",", &format!("G{copy}\",")).replace("\"]", &format!("G{copy}\"]"))
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Inflates one playbook file; returns the new text and the ids of the original blocks.
pub fn inflate_toml(text: &str, table: &str, factor: usize) -> (String, Vec<String>) {
    let (header, blocks) = toml_blocks(text, table);
    let mut out = String::from(header);
    let mut ids = Vec::new();
    for block in &blocks {
        out.push_str(&format!("[[{table}]]"));
        out.push_str(block);
        if let Some(id) = block_id(block) {
            ids.push(id.to_owned());
        }
    }
    for copy in 2..=factor {
        for block in &blocks {
            if let Some(id) = block_id(block) {
                out.push_str(&format!("\n[[{table}]]"));
                out.push_str(&copy_block(block, id, copy));
                out.push('\n');
            }
        }
    }
    (out, ids)
}

/// The lines of message `id` in a Fluent file (up to the next entry or comment at column 0).
pub fn ftl_message(text: &str, id: &str) -> Option<String> {
    let start = format!("{id} =");
    let mut lines = text.lines().skip_while(|l| !l.starts_with(&start));
    let first = lines.next()?;
    let mut message = vec![first];
    message.extend(lines.take_while(|l| l.is_empty() || l.starts_with(' ')));
    while message.last().is_some_and(|l| l.trim().is_empty()) {
        message.pop();
    }
    Some(message.join("\n"))
}

/// The built-in content inflated `factor` times: every step and catalogue entry gets
/// `factor - 1` generated copies with new ids, and every copy its words in both languages.
pub fn content(factor: usize) -> Content {
    let mut playbook_sources = PlaybookSources::builtin();
    let mut message_ids = Vec::new();
    for (name, text) in playbook_sources.files.iter_mut() {
        let (table, prefix) = if name == "catalogue.toml" {
            ("entry", "entry")
        } else if Category::ALL.iter().any(|c| format!("{}.toml", c.id()) == *name) {
            ("step", "step")
        } else {
            continue;
        };
        let (inflated, ids) = inflate_toml(text, table, factor);
        *text = inflated;
        message_ids.extend(ids.into_iter().map(|id| format!("{prefix}-{id}")));
    }
    let mut sources = builtin_sources();
    for source in &mut sources {
        let mut extra = String::new();
        for id in &message_ids {
            if let Some(message) = ftl_message(&source.text, id) {
                for copy in 2..=factor {
                    extra.push('\n');
                    extra.push_str(&message.replacen(&format!("{id} ="), &format!("{id}-g{copy} ="), 1));
                    extra.push('\n');
                }
            }
        }
        source.text.push_str(&extra);
    }
    let (playbook, mut diagnostics) = Playbook::from_sources(&playbook_sources);
    let (loc, locale_diagnostics) = Localizer::from_sources(Language::EnUs, &sources);
    diagnostics.extend(locale_diagnostics);
    diagnostics.extend(loc.check_playbook(&playbook));
    for diagnostic in diagnostics.iter().take(3) {
        eprintln!("inflated content ({factor}x): {diagnostic}");
    }
    Content {
        steps: playbook.steps().count(),
        entries: playbook.catalogue().len(),
        diagnostics: diagnostics.len(),
        playbook,
        sources,
    }
}

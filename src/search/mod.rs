//! Search across checklist steps and catalogue entries, in both languages at once. Pure Rust:
//! the window and the command line share it.
//!
//! [`analyzer`] turns text into terms, [`index`] ranks documents, and [`Corpus`] (here) feeds
//! them the playbook's content in every language and maps hits back to steps and entries.

pub mod analyzer;
pub mod changes;
pub mod index;

use serde::Deserialize;

use crate::i18n::Localizer;
use crate::model::catalogue::{Entry, EntryId};
use crate::model::category::Category;
use crate::model::diagnostic::{Diagnostic, line_col};
use crate::model::language::Language;
use crate::model::playbook::{Playbook, Step, StepId};
use analyzer::Analyzer;
use index::{Document, SearchIndex};

/// What a search result points at.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// A checklist step.
    Step(StepId),
    /// A catalogue entry.
    Entry(EntryId),
}

impl Target {
    /// `"step"` or `"entry"` (the `kind` of the JSON output).
    pub fn kind(&self) -> &'static str {
        match self {
            Target::Step(_) => "step",
            Target::Entry(_) => "entry",
        }
    }

    /// The step or entry id.
    pub fn id(&self) -> &str {
        match self {
            Target::Step(id) => id.as_str(),
            Target::Entry(id) => id.as_str(),
        }
    }

    /// The Fluent message holding the target's words.
    pub fn message_id(&self) -> String {
        match self {
            Target::Step(id) => id.message_id(),
            Target::Entry(id) => id.message_id(),
        }
    }
}

/// One ranked result.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchResult {
    /// The step or entry.
    pub target: Target,
    /// The category that shows it (entries live in *Error messages*).
    pub category: Category,
    /// Relevance, higher is better (comparable within one query only).
    pub score: f32,
    /// Query words that matched.
    pub matched: Vec<String>,
}

/// Attributes that hold a step's words, in reading order.
pub const STEP_ATTRIBUTES: [&str; 5] = ["summary", "why", "check", "expected", "uncertain"];
/// Attributes that hold an entry's words, in reading order.
pub const ENTRY_ATTRIBUTES: [&str; 4] = ["symptom", "causes", "fix", "uncertain"];

/// Synonym groups compiled into the binary from `assets/playbook/synonyms.toml`.
pub const SYNONYMS_FILE: &str = include_str!("../../assets/playbook/synonyms.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymsFile {
    groups: Vec<Vec<String>>,
}

/// Parses a synonyms file (`groups = [["sms", "text message", "短信"], …]`).
///
/// # Errors
/// A diagnostic naming the file and line when the TOML is malformed; search then runs
/// without synonyms.
pub fn parse_synonyms(path: &str, text: &str) -> Result<Vec<Vec<String>>, Diagnostic> {
    toml::from_str::<SynonymsFile>(text).map(|f| f.groups).map_err(|e| {
        let position = e.span().map(|s| line_col(text, s.start));
        Diagnostic::error(path, position, format!("{}; search runs without synonyms", e.message().trim()))
            .with_fix("fix the TOML: groups = [[\"word\", \"synonym\"], …]")
    })
}

/// The searchable content: one document per step and per catalogue entry, each holding its
/// words in every language.
#[derive(Debug)]
pub struct Corpus {
    targets: Vec<(Target, Category)>,
    index: SearchIndex,
}

/// A document's words in every language: titles, the lead attribute (first of
/// `attributes`), and the rest as body.
fn document(loc: &Localizer, message: &str, attributes: &[&str], codes: Vec<String>) -> Document {
    let mut document = Document {
        codes,
        ..Document::default()
    };
    for language in Language::ALL {
        document.titles.push(loc.text_in(language, message));
        for (number, attribute) in attributes.iter().enumerate() {
            if let Some(text) = loc.attribute_in(language, message, attribute) {
                if number == 0 {
                    document.leads.push(text)
                } else {
                    document.bodies.push(text)
                }
            }
        }
    }
    document
}

impl Corpus {
    /// Indexes every step and entry of `playbook` with the words of every language.
    pub fn build(playbook: &Playbook, loc: &Localizer, synonyms: &[Vec<String>]) -> Self {
        let (targets, documents) = Self::documents(playbook, loc);
        Self::from_documents(targets, &documents, synonyms)
    }

    /// Indexes documents made by [`Self::documents`]. Needs no [`Localizer`], so it can run on
    /// a background thread while the window opens.
    pub fn from_documents(targets: Vec<(Target, Category)>, documents: &[Document], synonyms: &[Vec<String>]) -> Self {
        Self {
            targets,
            index: SearchIndex::build(documents, synonyms),
        }
    }

    /// The documents [`Self::build`] indexes, with what each points at (benchmarks inflate
    /// them to measure how search scales).
    pub fn documents(playbook: &Playbook, loc: &Localizer) -> (Vec<(Target, Category)>, Vec<Document>) {
        let mut targets = Vec::new();
        let mut documents = Vec::new();
        for step in playbook.steps() {
            documents.push(document(loc, &step.id.message_id(), &STEP_ATTRIBUTES, Vec::new()));
            targets.push((Target::Step(step.id.clone()), step.category));
        }
        for entry in playbook.catalogue() {
            documents.push(document(loc, &entry.id.message_id(), &ENTRY_ATTRIBUTES, entry.codes.clone()));
            targets.push((Target::Entry(entry.id.clone()), Category::Errors));
        }
        (targets, documents)
    }

    /// Number of searchable documents.
    pub fn len(&self) -> usize {
        self.targets.len()
    }

    /// Whether there is nothing to search.
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }

    /// Ranked results for `query`, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchResult> {
        self.index
            .search(query, limit)
            .into_iter()
            .filter_map(|hit| {
                let (target, category) = self.targets.get(hit.doc)?.clone();
                Some(SearchResult {
                    target,
                    category,
                    score: hit.score,
                    // Only the words that say why it matched.
                    matched: hit.matched.into_iter().filter(|w| !analyzer::is_filler_word(w)).collect(),
                })
            })
            .collect()
    }
}

/// The full text of a step in one language: title, then each explanation.
pub fn step_text(loc: &Localizer, language: Language, step: &Step) -> String {
    full_text(loc, language, &step.id.message_id(), &STEP_ATTRIBUTES)
}

/// The full text of a catalogue entry in one language: title, codes, then each part.
pub fn entry_text(loc: &Localizer, language: Language, entry: &Entry) -> String {
    let mut text = full_text(loc, language, &entry.id.message_id(), &ENTRY_ATTRIBUTES);
    if !entry.codes.is_empty() {
        text.push_str("\n\n");
        text.push_str(&entry.codes.join(", "));
    }
    text
}

fn full_text(loc: &Localizer, language: Language, message: &str, attributes: &[&str]) -> String {
    let mut text = loc.text_in(language, message);
    for attribute in attributes {
        if let Some(part) = loc.attribute_in(language, message, attribute) {
            text.push_str("\n\n");
            text.push_str(&part);
        }
    }
    text
}

/// The full text of a result's target in one language (empty if it no longer exists).
pub fn target_text(playbook: &Playbook, loc: &Localizer, language: Language, target: &Target) -> String {
    match target {
        Target::Step(id) => playbook.step(id).map(|s| step_text(loc, language, s)).unwrap_or_default(),
        Target::Entry(id) => playbook.entry(id).map(|e| entry_text(loc, language, e)).unwrap_or_default(),
    }
}

/// The code keys a text names: `#sspr_0029` for `SSPR_0029` / `sspr 29`, and `#0029` too,
/// since agents often say only the digits; `#8023062c`, `#33004`.
pub fn code_keys(analyzer: &Analyzer, text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for term in analyzer.terms(text).into_iter().filter(|t| t.starts_with('#')) {
        if let Some(digits) = term.strip_prefix("#sspr_") {
            keys.push(format!("#{digits}"));
        }
        keys.push(term);
    }
    keys
}

/// The catalogue entry a code names, in any form (`SSPR_0029`, `sspr 29`, `0029`,
/// `0x8023062c`, `33004`, `ADPermissionsError`), or an entry id; `None` when no entry has it.
/// When several entries share the code (event 6329 has four), the first; see [`lookup_all`].
pub fn lookup<'a>(playbook: &'a Playbook, code: &str) -> Option<&'a Entry> {
    lookup_all(playbook, code).into_iter().next()
}

/// Every catalogue entry a code names, in catalogue order (see [`lookup`]).
pub fn lookup_all<'a>(playbook: &'a Playbook, code: &str) -> Vec<&'a Entry> {
    if let Some(entry) = playbook.entry(&EntryId::new(code.trim().to_lowercase())) {
        return vec![entry];
    }
    let analyzer = Analyzer::new();
    let wanted = code_keys(&analyzer, code);
    if wanted.is_empty() {
        // Names such as "ADPermissionsError" are codes too: compare them whole.
        let code = Analyzer::normalize(code.trim());
        return playbook
            .catalogue()
            .iter()
            .filter(|e| e.codes.iter().any(|c| Analyzer::normalize(c) == code))
            .collect();
    }
    // An exact key ("#sspr_0029") wins over a bare-digit alias ("#0029").
    for exact_only in [true, false] {
        let found: Vec<&Entry> = playbook
            .catalogue()
            .iter()
            .filter(|entry| {
                let keys: Vec<String> = if exact_only {
                    entry
                        .codes
                        .iter()
                        .flat_map(|c| analyzer.terms(c))
                        .filter(|t| t.starts_with('#'))
                        .collect()
                } else {
                    entry.codes.iter().flat_map(|c| code_keys(&analyzer, c)).collect()
                };
                wanted.iter().any(|w| keys.contains(w))
            })
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

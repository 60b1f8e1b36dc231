//! An in-memory ranked index over short documents in any mix of English and Chinese.
//!
//! Ranking is BM25 per field (codes, title, body; title counts more than body), plus a large
//! bonus when the query names a code the document *is* (an entry's own codes), so an exact
//! code always beats a mention. Query words that are not in the vocabulary are matched to
//! close words by Damerau–Levenshtein distance (strsim), and synonym groups widen a query
//! across wordings and languages.

use std::collections::{BTreeMap, HashMap};

use crate::search::analyzer::{Analyzer, Token};

/// One document to index: its codes, title texts and body texts (any languages).
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Codes the document *is* (an entry's `codes`); matched exactly, with a large bonus.
    pub codes: Vec<String>,
    /// Titles (one per language).
    pub titles: Vec<String>,
    /// One-sentence summaries (a step's summary, an entry's symptom), one per language.
    pub leads: Vec<String>,
    /// Body texts (every explanation, in every language).
    pub bodies: Vec<String>,
}

/// A ranked result: the document's position in the indexed list, its score and the query
/// words that matched.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Index of the document in the list given to [`SearchIndex::build`].
    pub doc: usize,
    /// Relevance; higher is better. Only comparable within one query.
    pub score: f32,
    /// The query's words (as typed, lowercased) that matched, in query order.
    pub matched: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Field {
    Code,
    Title,
    Lead,
    Body,
    /// Adjacent word pairs ("one method", "写回失败" is already pairs) from every text.
    Phrase,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Code => 4.0,
            Field::Title => 3.0,
            Field::Lead => 2.0,
            Field::Body => 1.0,
            Field::Phrase => 1.5,
        }
    }

    fn slot(self) -> usize {
        match self {
            Field::Code => 0,
            Field::Title => 1,
            Field::Lead => 2,
            Field::Body => 3,
            Field::Phrase => 4,
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Posting {
    doc: u32,
    field: Field,
    frequency: u16,
}

/// Number of [`Field`]s.
const FIELDS: usize = 5;

/// Bonus for a document that *is* the code the query names.
const EXACT_CODE_BONUS: f32 = 40.0;
/// Weight of a term reached through a synonym group.
const SYNONYM_WEIGHT: f32 = 0.7;
/// Weight of a term reached by typo correction.
const FUZZY_WEIGHT: f32 = 0.6;
/// Share of a score kept by a document that matches none but one of many query words.
const COVERAGE_FLOOR: f32 = 0.3;
const BM25_K1: f32 = 1.2;
const BM25_B: f32 = 0.75;

/// The index. Built once; queries do not allocate per document.
#[derive(Debug)]
pub struct SearchIndex {
    analyzer: Analyzer,
    postings: HashMap<String, Vec<Posting>>,
    /// Term → inverse document frequency (BM25's form, precomputed).
    idf: HashMap<String, f32>,
    /// Code key → documents that are that code.
    codes: HashMap<String, Vec<u32>>,
    /// Length in terms of each document's fields (code, title, body).
    lengths: Vec<[u32; FIELDS]>,
    average: [f32; FIELDS],
    /// Vocabulary by first character and length, for typo correction.
    vocabulary: HashMap<char, Vec<String>>,
    /// Synonym groups; each member is the terms that must all be in the query for it to
    /// match (one term, a word pair, or a Chinese word's bigrams).
    synonyms: Vec<Vec<Vec<String>>>,
}

impl SearchIndex {
    /// Indexes `documents` (their order gives [`Hit::doc`]) with synonym groups: each group is
    /// a list of words or phrases that mean the same to a caller, in any language.
    pub fn build(documents: &[Document], synonym_groups: &[Vec<String>]) -> Self {
        let analyzer = Analyzer::new();
        let mut postings: HashMap<String, Vec<Posting>> = HashMap::new();
        let mut codes: HashMap<String, Vec<u32>> = HashMap::new();
        let mut lengths = Vec::with_capacity(documents.len());
        for (number, document) in documents.iter().enumerate() {
            let doc = u32::try_from(number).unwrap_or(u32::MAX);
            let mut counts: BTreeMap<(String, Field), u16> = BTreeMap::new();
            let mut length = [0u32; FIELDS];
            for code in &document.codes {
                for token in analyzer.tokens(code) {
                    if token.term.starts_with('#') {
                        // "0029" on its own names SSPR_0029 too.
                        let digits = token.term.strip_prefix("#sspr_").map(|d| format!("#{d}"));
                        for key in std::iter::once(token.term.clone()).chain(digits) {
                            let list = codes.entry(key).or_default();
                            if list.last() != Some(&doc) {
                                list.push(doc);
                            }
                        }
                    }
                    *counts.entry((token.term, Field::Code)).or_default() += 1;
                    length[Field::Code.slot()] += 1;
                }
            }
            for (field, texts) in [
                (Field::Title, &document.titles),
                (Field::Lead, &document.leads),
                (Field::Body, &document.bodies),
            ] {
                for text in texts {
                    let terms: Vec<String> = analyzer.terms(text);
                    for phrase in phrases(&terms) {
                        let count = counts.entry((phrase, Field::Phrase)).or_default();
                        *count = count.saturating_add(1);
                        length[Field::Phrase.slot()] += 1;
                    }
                    for term in terms {
                        let count = counts.entry((term, field)).or_default();
                        *count = count.saturating_add(1);
                        length[field.slot()] += 1;
                    }
                }
            }
            for ((term, field), frequency) in counts {
                postings.entry(term).or_default().push(Posting { doc, field, frequency });
            }
            lengths.push(length);
        }
        let count = lengths.len().max(1) as f32;
        let mut average = [0f32; FIELDS];
        for (slot, value) in average.iter_mut().enumerate() {
            *value = (lengths.iter().map(|l| l[slot] as f32).sum::<f32>() / count).max(1.0);
        }
        let mut vocabulary: HashMap<char, Vec<String>> = HashMap::new();
        for term in postings.keys().filter(|t| !t.starts_with('#') && t.chars().count() >= 3) {
            if let Some(first) = term.chars().next() {
                vocabulary.entry(first).or_default().push(term.clone());
            }
        }
        for terms in vocabulary.values_mut() {
            terms.sort();
        }
        let n = lengths.len() as f32;
        let idf = postings
            .iter()
            .map(|(term, list)| {
                let mut docs: Vec<u32> = list.iter().map(|p| p.doc).collect();
                docs.dedup();
                let df = docs.len() as f32;
                (term.clone(), (1.0 + (n - df + 0.5) / (df + 0.5)).ln())
            })
            .collect();
        let synonyms = synonym_groups
            .iter()
            .map(|group| {
                group
                    .iter()
                    .map(|member| member_terms(&analyzer, member))
                    .filter(|terms| !terms.is_empty())
                    .collect()
            })
            .collect();
        Self {
            analyzer,
            postings,
            idf,
            codes,
            lengths,
            average,
            vocabulary,
            synonyms,
        }
    }

    /// Number of indexed documents.
    pub fn len(&self) -> usize {
        self.lengths.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.lengths.is_empty()
    }

    fn idf(&self, term: &str) -> f32 {
        self.idf.get(term).copied().unwrap_or(0.0)
    }

    /// Close vocabulary words for a term that is not in the index (typos: `writebak`).
    fn corrections(&self, term: &str) -> Vec<String> {
        let length = term.chars().count();
        if length < 4 || term.starts_with('#') || term.chars().any(|c| !c.is_ascii_alphabetic()) {
            return Vec::new();
        }
        let budget = if length >= 8 { 2 } else { 1 };
        let Some(first) = term.chars().next() else { return Vec::new() };
        let mut found: Vec<(usize, String)> = self
            .vocabulary
            .get(&first)
            .into_iter()
            .flatten()
            .filter(|candidate| candidate.len().abs_diff(term.len()) <= budget)
            .filter_map(|candidate| {
                let distance = strsim::damerau_levenshtein(term, candidate);
                (distance <= budget).then(|| (distance, candidate.clone()))
            })
            .collect();
        found.sort();
        found.into_iter().take(3).map(|(_, t)| t).collect()
    }

    /// The query's weighted terms: exact terms, typo corrections and synonyms.
    fn expand(&self, tokens: &[Token]) -> Vec<(String, f32, String)> {
        let mut weighted: Vec<(String, f32, String)> = Vec::new();
        let mut push = |term: String, weight: f32, surface: &str| {
            if let Some(existing) = weighted.iter_mut().find(|(t, _, _)| *t == term) {
                existing.1 = existing.1.max(weight);
            } else {
                weighted.push((term, weight, surface.to_owned()));
            }
        };
        // What the query says, typos corrected: single terms and adjacent pairs.
        let mut said: Vec<(String, String)> = Vec::new();
        for token in tokens {
            if self.postings.contains_key(&token.term) {
                push(token.term.clone(), 1.0, &token.surface);
                said.push((token.term.clone(), token.surface.clone()));
            } else {
                said.push((token.term.clone(), token.surface.clone()));
                for correction in self.corrections(&token.term) {
                    push(correction.clone(), FUZZY_WEIGHT, &token.surface);
                    said.push((correction, token.surface.clone()));
                }
            }
        }
        let terms: Vec<String> = tokens.iter().map(|t| t.term.clone()).collect();
        for (phrase, pair) in phrases(&terms).into_iter().zip(tokens.windows(2)) {
            said.push((phrase, pair[1].surface.clone()));
        }
        // A synonym group fires when one of its members is fully in the query; its other
        // members are added, each term weighted down by the member's length.
        for group in &self.synonyms {
            let Some((matched, surface)) = group.iter().enumerate().find_map(|(number, member)| {
                let surfaces: Vec<&String> = member
                    .iter()
                    .filter_map(|term| said.iter().find(|(t, _)| t == term).map(|(_, s)| s))
                    .collect();
                (surfaces.len() == member.len()).then(|| (number, surfaces.last().map(|s| (*s).clone()).unwrap_or_default()))
            }) else {
                continue;
            };
            for (number, member) in group.iter().enumerate() {
                if number != matched {
                    for term in member {
                        push(term.clone(), SYNONYM_WEIGHT / member.len() as f32, &surface);
                    }
                }
            }
        }
        weighted
    }

    /// The query's adjacent word pairs that occur somewhere in the index.
    fn query_phrases(&self, tokens: &[Token]) -> Vec<(String, f32, String)> {
        let terms: Vec<String> = tokens.iter().map(|t| t.term.clone()).collect();
        phrases(&terms)
            .into_iter()
            .zip(tokens.windows(2))
            .filter(|(phrase, _)| self.postings.contains_key(phrase))
            .map(|(phrase, pair)| (phrase, 1.0, pair[1].surface.clone()))
            .collect()
    }

    /// Ranks the documents for `query`, best first; at most `limit` hits, each with a
    /// positive score. Ties keep document order, so results are deterministic.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let tokens = self.analyzer.tokens(query);
        if tokens.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut terms = self.expand(&tokens);
        terms.extend(self.query_phrases(&tokens));
        let mut scores: HashMap<u32, (f32, Vec<String>)> = HashMap::new();
        for (term, weight, surface) in &terms {
            let Some(postings) = self.postings.get(term) else { continue };
            let idf = self.idf(term);
            for posting in postings {
                let Some(length) = self.lengths.get(posting.doc as usize) else {
                    continue;
                };
                let slot = posting.field.slot();
                let tf = f32::from(posting.frequency);
                let norm = 1.0 - BM25_B + BM25_B * length[slot] as f32 / self.average[slot];
                let score = weight * idf * posting.field.weight() * (tf * (BM25_K1 + 1.0)) / (tf + BM25_K1 * norm);
                let entry = scores.entry(posting.doc).or_insert_with(|| (0.0, Vec::new()));
                entry.0 += score;
                if !entry.1.contains(surface) {
                    entry.1.push(surface.clone());
                }
            }
        }
        for token in tokens.iter().filter(|t| t.term.starts_with('#')) {
            for doc in self.codes.get(&token.term).into_iter().flatten() {
                let entry = scores.entry(*doc).or_insert_with(|| (0.0, Vec::new()));
                entry.0 += EXACT_CODE_BONUS;
                if !entry.1.contains(&token.surface) {
                    entry.1.push(token.surface.clone());
                }
            }
        }
        let surfaces: Vec<&String> = tokens.iter().map(|t| &t.surface).collect();
        let mut distinct = surfaces.clone();
        distinct.sort();
        distinct.dedup();
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .filter(|(_, (score, _))| *score > 0.0)
            .map(|(doc, (score, mut matched))| {
                // A document that answers more of the query's words ranks higher than one that
                // repeats a single word often (Lucene's "coordination" factor).
                let coverage = matched.len() as f32 / distinct.len().max(1) as f32;
                let score = score * (COVERAGE_FLOOR + (1.0 - COVERAGE_FLOOR) * coverage.min(1.0));
                matched.sort_by_key(|m| surfaces.iter().position(|s| *s == m).unwrap_or(usize::MAX));
                matched.dedup();
                Hit {
                    doc: doc as usize,
                    score,
                    matched,
                }
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
        hits.truncate(limit);
        hits
    }
}

/// The terms a synonym member stands for: its one term, its word pairs ("text message" →
/// "text messag"), or a Chinese word's bigrams.
fn member_terms(analyzer: &Analyzer, member: &str) -> Vec<String> {
    let terms = analyzer.terms(member);
    let pairs = phrases(&terms);
    if terms.len() > 1 && !pairs.is_empty() { pairs } else { terms }
}

/// Adjacent pairs of word terms ("one method"); Han bigrams and codes are left out, since
/// they are pairs or exact already.
fn phrases(terms: &[String]) -> Vec<String> {
    terms
        .windows(2)
        .filter(|pair| {
            pair.iter()
                .all(|t| !t.starts_with('#') && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        })
        .map(|pair| format!("{} {}", pair[0], pair[1]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(codes: &[&str], title: &str, body: &str) -> Document {
        Document {
            codes: codes.iter().map(|s| (*s).to_owned()).collect(),
            titles: vec![title.to_owned()],
            leads: Vec::new(),
            bodies: vec![body.to_owned()],
        }
    }

    fn index() -> SearchIndex {
        SearchIndex::build(
            &[
                doc(
                    &[],
                    "Check password writeback",
                    "If the reset fails with SSPR_0029, check the MSOL account.",
                ),
                doc(
                    &["SSPR_0029", "OnPremisesAdminActionRequired"],
                    "SSPR_0029: on-premises configuration",
                    "Permissions of the connector account.",
                ),
                doc(
                    &[],
                    "Verification code never arrives",
                    "The SMS or the 验证码 does not arrive; check the phone number format.",
                ),
                doc(&["0x8023062C"], "8023062C: sign and encrypt LDAP", "Set the LDAP signing option."),
            ],
            &[vec!["text message".to_owned(), "sms".to_owned(), "短信".to_owned()]],
        )
    }

    #[test]
    fn an_exact_code_beats_a_mention() {
        let hits = index().search("SSPR_0029", 10);
        assert_eq!(hits[0].doc, 1);
        assert_eq!(hits[1].doc, 0);
        assert_eq!(index().search("sspr 29", 10)[0].doc, 1);
        assert_eq!(index().search("8023062c", 10)[0].doc, 3);
        assert_eq!(index().search("0x8023062c", 10)[0].doc, 3);
    }

    #[test]
    fn typos_synonyms_and_chinese_find_documents() {
        assert_eq!(index().search("writebak", 10)[0].doc, 0);
        let hits = index().search("I never get the text message", 10);
        assert_eq!(hits[0].doc, 2, "{hits:?}");
        assert_eq!(index().search("收不到验证码", 10)[0].doc, 2);
        assert!(index().search("zzzzqqq", 10).is_empty());
    }

    #[test]
    fn hits_say_which_words_matched() {
        let hits = index().search("verification code phone", 10);
        assert_eq!(hits[0].matched, ["verification", "code", "phone"]);
    }
}

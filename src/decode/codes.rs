//! Codes in ADSync / Entra Connect lines (`admaexport.cpp(2944)`, `ERROR_ACCESS_DENIED`,
//! `hr=0x8023062c`, `MMS(4924)`), mapped to entries with [`lookup_all`], and support codes:
//! the GUID the reset portal shows ("Troubleshoot self-service password reset", Contact
//! Microsoft support,
//! <https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr>, 2025).

use super::fields::parse_utc;
use super::{CodeFinding, SupportCode};
use crate::model::catalogue::EntryId;
use crate::model::playbook::Playbook;
use crate::search::analyzer::Analyzer;
use crate::search::code_keys;

/// One entry's codes as [`crate::search::lookup_all`] compares them.
struct EntryCodes {
    id: EntryId,
    /// The `#…` terms of its codes.
    exact: Vec<String>,
    /// Its code keys with the bare-digit aliases (`#0029`).
    aliases: Vec<String>,
    /// Its codes normalised, for names such as `ADPermissionsError`.
    names: Vec<String>,
}

/// [`crate::search::lookup_all`] with each entry's code keys worked out once: the same answers
/// (a unit test compares them), at the cost of one analysis of the code looked up instead of
/// one of every code in the catalogue. Built once per [`super::Decoder`].
pub(crate) struct CodeIndex {
    analyzer: Analyzer,
    /// Per entry, in catalogue order.
    entries: Vec<EntryCodes>,
    /// The catalogue's non-numeric codes of six characters or more, lower case, with their
    /// spelling: looked for anywhere in a line.
    spelt: Vec<(String, String)>,
}

impl CodeIndex {
    /// Works out every entry's code keys.
    pub(crate) fn new(playbook: &Playbook) -> Self {
        let analyzer = Analyzer::new();
        let entries = playbook
            .catalogue()
            .iter()
            .map(|entry| {
                let exact = entry
                    .codes
                    .iter()
                    .flat_map(|c| analyzer.terms(c))
                    .filter(|t| t.starts_with('#'))
                    .collect();
                let aliases = entry.codes.iter().flat_map(|c| code_keys(&analyzer, c)).collect();
                let names = entry.codes.iter().map(|c| Analyzer::normalize(c)).collect();
                EntryCodes {
                    id: entry.id.clone(),
                    exact,
                    aliases,
                    names,
                }
            })
            .collect();
        let spelt = playbook
            .catalogue()
            .iter()
            .flat_map(|e| e.codes.iter())
            .filter(|c| c.len() >= 6 && !c.bytes().all(|b| b.is_ascii_digit()) && !is_source_name(c))
            .map(|c| (c.to_ascii_lowercase(), c.clone()))
            .collect();
        Self { analyzer, entries, spelt }
    }

    /// The entries `code` names, as [`crate::search::lookup_all`] finds them.
    pub(crate) fn lookup(&self, code: &str) -> Vec<EntryId> {
        let as_id = code.trim().to_lowercase();
        if let Some(entry) = self.entries.iter().find(|e| e.id.as_str() == as_id) {
            return vec![entry.id.clone()];
        }
        let wanted = code_keys(&self.analyzer, code);
        if wanted.is_empty() {
            let code = Analyzer::normalize(code.trim());
            return self
                .entries
                .iter()
                .filter(|e| e.names.contains(&code))
                .map(|e| e.id.clone())
                .collect();
        }
        for exact_only in [true, false] {
            let found: Vec<EntryId> = self
                .entries
                .iter()
                .filter(|e| {
                    let keys = if exact_only { &e.exact } else { &e.aliases };
                    wanted.iter().any(|w| keys.contains(w))
                })
                .map(|e| e.id.clone())
                .collect();
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }
}

/// Event sources (providers) on the Entra Connect server. The catalogue lists
/// `PasswordResetService` as a code of event 31044 (the name Microsoft's writeback
/// troubleshooting table gives that event), but every PasswordResetService event carries it as
/// its source, so the name alone says nothing about which event it is: only event IDs and real
/// codes map to entries.
const SOURCE_NAMES: [&str; 2] = ["passwordresetservice", "adsync"];

/// Whether `code` is an event source's name ([`SOURCE_NAMES`]), which never maps on its own.
fn is_source_name(code: &str) -> bool {
    SOURCE_NAMES.iter().any(|s| code.trim().eq_ignore_ascii_case(s))
}

/// How much of a paste the code scan reads: ADSync evidence is a few lines, and a 10 MB paste
/// of something else must not take seconds.
const SCAN_LIMIT: usize = 1 << 20;

/// Words that mark ADSync / Entra Connect error output.
const ADSYNC_MARKS: [&str; 8] = [
    "admaexport.cpp",
    "mms(",
    "err_:",
    "error_",
    "hr=",
    "adsync",
    "passwordresetservice",
    "microsoft.online.passwordsynchronization",
];

/// Whether `text` reads like ADSync / Entra Connect error output.
pub(crate) fn looks_like_adsync(text: &str) -> bool {
    let head = prefix(text, SCAN_LIMIT).to_lowercase();
    ADSYNC_MARKS.iter().any(|m| head.contains(m))
}

fn prefix(text: &str, limit: usize) -> &str {
    let mut end = text.len().min(limit);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Tokens that look like codes: `0x…`/`hr=…` HRESULTs, `8023…`/`8007…` without the `0x`,
/// `ERROR_…`, `LDAP_…`, `SSPR_…`, `MMS(…)`.
fn code_tokens(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    for word in line.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '"' | '\'' | '[' | ']' | '{' | '}')) {
        let word = word.trim_matches(|c: char| matches!(c, '.' | ':' | ')' | '(' | '<' | '>'));
        let lower = word.to_ascii_lowercase();
        let hex = lower.strip_prefix("hr=").unwrap_or(&lower);
        let hex = hex.strip_prefix("0x").unwrap_or(hex);
        if hex.len() == 8 && hex.bytes().all(|b| b.is_ascii_hexdigit()) && (hex.starts_with("8023") || hex.starts_with("8007")) {
            found.push(format!("0x{}", hex.to_ascii_uppercase()));
        } else if (lower.starts_with("error_") || lower.starts_with("ldap_") || lower.starts_with("sspr_"))
            && word.len() > 6
            && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            found.push(word.to_owned());
        }
    }
    let lower = line.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("mms(").map(|a| a + from) {
        let digits: String = lower[at + 4..].chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && lower[at + 4 + digits.len()..].starts_with(')') {
            found.push(format!("MMS({digits})"));
        }
        from = at + 4;
    }
    found
}

/// Every code in `text` (lines counted from `first_line`) with its entries, each code once, in
/// the order they appear: code-shaped tokens, the catalogue's own non-numeric codes written
/// anywhere ("management agent was denied access"), and event numbers on lines that say
/// "event".
pub(crate) fn find_codes(text: &str, first_line: usize, index: &CodeIndex) -> Vec<CodeFinding> {
    let scanned = prefix(text, SCAN_LIMIT);
    // ASCII lower case keeps every byte where it was, so offsets stay valid in `scanned`.
    let lower = scanned.to_ascii_lowercase();
    let mut hits: Vec<(usize, String)> = Vec::new();
    let mut line_start = 0;
    for line in scanned.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        // The shortest code is six characters (`MMS(1)`, the catalogue's codes, event numbers
        // with "event"): shorter lines are skipped without work.
        if line.len() < 6 {
            continue;
        }
        hits.extend(code_tokens(line).into_iter().map(|code| (start, code)));
        if lower[start..line_start].contains("event") {
            let numbers = line
                .split(|c: char| !c.is_ascii_digit())
                .filter(|w| (4..=5).contains(&w.len()))
                .map(|w| (start, w.to_owned()));
            hits.extend(numbers);
        }
    }
    // One search of the whole text per catalogue code, rather than one per line.
    for (code, spelt) in &index.spelt {
        if let Some(at) = lower.find(code.as_str()) {
            hits.push((at, spelt.clone()));
        }
    }
    hits.sort_by_key(|(at, _)| *at);
    let lines = super::input::LineIndex::new(scanned);
    let mut found: Vec<CodeFinding> = Vec::new();
    for (at, code) in hits {
        if found.iter().any(|f| same_code(&f.code, &code)) {
            continue;
        }
        let entries = index.lookup(&code);
        // A bare number counts only when it names an entry (an event ID, not a line count).
        if entries.is_empty() && code.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        found.push(CodeFinding {
            line: first_line + lines.line(at) - 1,
            code,
            entries,
        });
    }
    found
}

/// Whether two codes are one: case, and an `0x` or `hr=` in front, ignored.
fn same_code(a: &str, b: &str) -> bool {
    let bare = |c: &str| {
        let lower = c.to_ascii_lowercase();
        let lower = lower.strip_prefix("hr=").map(str::to_owned).unwrap_or(lower);
        lower.strip_prefix("0x").map(str::to_owned).unwrap_or(lower)
    };
    bare(a) == bare(b)
}

/// The GUID in `word` (with or without braces), lower case.
fn guid(word: &str) -> Option<String> {
    let word = word.trim_matches(|c: char| matches!(c, '{' | '}' | '(' | ')' | '"' | '\'' | ',' | ';' | '.' | ':'));
    let parts: Vec<&str> = word.split('-').collect();
    let shape = [8, 4, 4, 4, 12];
    (parts.len() == 5
        && parts
            .iter()
            .zip(shape)
            .all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_hexdigit())))
    .then(|| word.to_ascii_lowercase())
}

/// Labels that may stand beside a support code (the portal's own words, and the ones support
/// forms use).
const LABELS: [&str; 12] = [
    "support",
    "code",
    "correlation",
    "id",
    "cid",
    "sid",
    "request",
    "time",
    "date",
    "支持代码",
    "关联",
    "时间",
];

/// A support code or correlation ID pasted on its own: one GUID, perhaps labelled, perhaps
/// with a time (read as UTC when it says so or has an offset). `None` for anything longer.
pub(crate) fn support_code(text: &str) -> Option<SupportCode> {
    let text = text.trim();
    if text.len() > 300 || text.lines().count() > 4 {
        return None;
    }
    let mut guids = Vec::new();
    let mut rest = Vec::new();
    for word in text.split_whitespace() {
        match guid(word) {
            Some(g) => guids.push(g),
            None => rest.push(word),
        }
    }
    guids.dedup();
    let [found] = guids.as_slice() else { return None };
    let rest: Vec<&str> = rest
        .into_iter()
        .filter(|w| {
            let w = w.trim_matches(|c: char| matches!(c, ':' | '：' | ',' | '-' | '/' | '(' | ')'));
            !w.is_empty() && !LABELS.iter().any(|l| w.eq_ignore_ascii_case(l))
        })
        .collect();
    let remainder = rest.join(" ");
    let when_utc = if remainder.is_empty() { None } else { parse_utc(&remainder) };
    // Words other than labels and a time make it a sentence, which the search answers better.
    if when_utc.is_none() && remainder.chars().any(char::is_alphabetic) && !remainder.eq_ignore_ascii_case("utc") {
        return None;
    }
    Some(SupportCode {
        guid: found.clone(),
        when_utc,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::lookup_all;

    #[test]
    fn a_source_name_alone_maps_to_no_entry() {
        let playbook = &Playbook::shared_builtin().0;
        let index = CodeIndex::new(playbook);
        for text in [
            "Source: PasswordResetService",
            "来源:            PasswordResetService",
            "Provider ADSync reported something",
        ] {
            let found = find_codes(text, 1, &index);
            assert!(found.iter().all(|c| c.entries.is_empty()), "{text}: {found:?}");
        }
        // The event ID still maps.
        let found = find_codes("PasswordResetService event 31044", 1, &index);
        assert!(found.iter().any(|c| c.code == "31044" && !c.entries.is_empty()), "{found:?}");
    }

    #[test]
    fn the_code_index_answers_as_lookup_all_does() {
        let playbook = &Playbook::shared_builtin().0;
        let index = CodeIndex::new(playbook);
        let mut codes: Vec<String> = playbook.catalogue().iter().flat_map(|e| e.codes.iter().cloned()).collect();
        codes.extend(playbook.catalogue().iter().map(|e| e.id.to_string()));
        codes.extend(
            [
                "sspr 29",
                "0029",
                "0x8023062c",
                "hr=80230402",
                "33004",
                "6329",
                "ERROR_ACCESS_DENIED",
                "MMS(5084)",
                "nothing",
                "",
            ]
            .map(str::to_owned),
        );
        for code in codes {
            let expected: Vec<EntryId> = lookup_all(playbook, &code).into_iter().map(|e| e.id.clone()).collect();
            assert_eq!(index.lookup(&code), expected, "{code}");
        }
    }

    #[test]
    fn finds_support_codes_alone_labelled_or_with_a_time() {
        let code = support_code("  {6F1D2C3B-1A2B-4C3D-8E4F-000000000001}\n").unwrap();
        assert_eq!(code.guid, "6f1d2c3b-1a2b-4c3d-8e4f-000000000001");
        assert_eq!(code.when_utc, None);
        let code = support_code("Support code: 6f1d2c3b-1a2b-4c3d-8e4f-000000000001\nTime: 2026-11-30T08:14:03Z").unwrap();
        assert_eq!(code.when_utc.map(|t| t.to_string()).as_deref(), Some("2026-11-30T08:14:03Z"));
        assert!(support_code("the user got 6f1d2c3b-1a2b-4c3d-8e4f-000000000001 twice").is_none());
        assert!(support_code("6f1d2c3b-1a2b-4c3d-8e4f-00000000000").is_none());
        assert!(support_code("6f1d2c3b-1a2b-4c3d-8e4f-000000000001 6f1d2c3b-1a2b-4c3d-8e4f-000000000002").is_none());
    }

    #[test]
    fn code_tokens_find_hresults_error_names_and_mms_numbers() {
        let line = "ERR_: MMS(4924): admaexport.cpp(2944): Failed to acquire user information: Contoso\\MSOL_1234. Error Code: ERROR_ACCESS_DENIED hr=0x8023062c, 80230619";
        assert_eq!(code_tokens(line), ["ERROR_ACCESS_DENIED", "0x8023062C", "0x80230619", "MMS(4924)"]);
        assert!(looks_like_adsync(line));
        assert!(!looks_like_adsync("the user cannot reset"));
    }
}

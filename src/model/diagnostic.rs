//! Problems found while loading content, locale files or state: where, what, and how to fix.

use std::fmt;

/// How bad a [`Diagnostic`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The item was skipped; the app runs on the rest.
    Error,
    /// The item was used, but something about it should be fixed.
    Warning,
}

/// One problem in one input file, in the style of a compiler message:
/// `links.toml:12:5: error: link "reset-portal" uses http; use https`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// File name as the user knows it (e.g. `assets/playbook/links.toml`).
    pub file: String,
    /// 1-based line, when the problem has a position.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What to do about it, when there is a clear fix.
    pub fix: Option<String>,
}

impl Diagnostic {
    /// An error at a position (`line`/`column` 1-based).
    pub fn error(file: impl Into<String>, position: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            file: file.into(),
            line: position.map(|p| p.0),
            column: position.map(|p| p.1),
            message: message.into(),
            fix: None,
        }
    }

    /// A warning at a position (`line`/`column` 1-based).
    pub fn warning(file: impl Into<String>, position: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(file, position, message)
        }
    }

    /// Adds the fix to suggest.
    #[must_use]
    pub fn with_fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {kind}: {}", self.message)?;
        if let Some(fix) = &self.fix {
            write!(f, "; {fix}")?;
        }
        Ok(())
    }
}

/// Converts a byte offset in `text` into a 1-based (line, column) pair; the column counts
/// characters, not bytes, so it matches what an editor shows for Chinese text.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

/// The closest of `known` to `id`, as a "did you mean" hint (empty when nothing is close).
pub fn did_you_mean<'a>(id: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    let limit = |k: &str| 3.max(k.len() / 5);
    let length = id.chars().count();
    let letters = letter_counts(id);
    known
        .into_iter()
        // Skip the ids that cannot be close before computing the edit distance (a pack's
        // unknown id is compared with ~3,000 message ids): the distance is at least the
        // difference in length, and at least the difference in letters.
        .filter(|k| length.abs_diff(k.chars().count()) <= limit(k))
        .filter(|k| edit_distance_at_least(&letters, k) <= limit(k))
        .map(|k| (strsim::levenshtein(id, k), k))
        .filter(|(distance, k)| *distance <= limit(k))
        .min()
        .map(|(_, k)| format!(" (did you mean \"{k}\"?)"))
        .unwrap_or_default()
}

/// How often each character occurs in `text`, characters grouped into 64 buckets.
fn letter_counts(text: &str) -> [i32; 64] {
    let mut counts = [0; 64];
    for c in text.chars() {
        counts[(c as usize) % 64] += 1;
    }
    counts
}

/// A lower bound of the edit distance between the text `counts` came from and `other`: each
/// edit changes at most one character's count up and one down. (Grouping characters into
/// buckets can only lower the bound.)
fn edit_distance_at_least(counts: &[i32; 64], other: &str) -> usize {
    let mut difference = *counts;
    for c in other.chars() {
        difference[(c as usize) % 64] -= 1;
    }
    let (more, fewer) = difference.iter().fold(
        (0, 0),
        |(more, fewer), &d| {
            if d > 0 { (more + d, fewer) } else { (more, fewer - d) }
        },
    );
    usize::try_from(more.max(fewer)).unwrap_or(usize::MAX)
}

/// Orders diagnostics by file order of appearance, then line and column (stable), as a
/// compiler lists them.
pub fn sort_by_position(diagnostics: &mut [Diagnostic]) {
    let mut files: Vec<String> = Vec::new();
    for d in diagnostics.iter() {
        if !files.contains(&d.file) {
            files.push(d.file.clone());
        }
    }
    diagnostics.sort_by_key(|d| (files.iter().position(|f| *f == d.file), d.line, d.column));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edit_distance_bound_never_exceeds_the_distance() {
        let words = [
            "step-configure-enable-sspr",
            "step-configure-enbale-sspr",
            "entry-sspr-0029",
            "",
            "链接-重置",
            "a",
            "zzzz",
        ];
        for a in words {
            for b in words {
                assert!(
                    edit_distance_at_least(&letter_counts(a), b) <= strsim::levenshtein(a, b),
                    "{a} / {b}"
                );
            }
        }
        assert_eq!(
            did_you_mean("step-configur-enable-sspr", words),
            " (did you mean \"step-configure-enable-sspr\"?)"
        );
    }

    #[test]
    fn formats_like_a_compiler() {
        let d = Diagnostic::error("links.toml", Some((12, 5)), "link \"x\" uses http").with_fix("use https");
        assert_eq!(d.to_string(), "links.toml:12:5: error: link \"x\" uses http; use https");
        let w = Diagnostic::warning("a.ftl", None, "tabs");
        assert_eq!(w.to_string(), "a.ftl: warning: tabs");
    }

    #[test]
    fn line_col_counts_characters() {
        let text = "a\n中文x\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 2), (2, 1));
        // "中文" is 6 bytes; the 'x' is the third character of line 2.
        assert_eq!(line_col(text, 8), (2, 3));
        assert_eq!(line_col(text, 999), (3, 1));
    }
}

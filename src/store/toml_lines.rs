//! What can be read from a small `key = value` TOML file (the administrator's configuration,
//! the agent's settings) even when it does not parse as a whole: one number too large, one
//! key written twice or one stray quote must not cost every other setting, least of all
//! `kiosk = true` or `allow_pack_change = false`.
//!
//! The file is parsed whole when it can be. When it cannot, each line is parsed on its own
//! (keys under a `[table]` header go into that table); the lines that still fail are
//! returned as problems, with their line, and the rest is kept.

use std::collections::BTreeMap;

use toml::{Spanned, Value};

use crate::model::diagnostic::line_col;

/// One top-level setting: its key, its value, and where each starts (1-based line, column).
#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    /// The key as written (`kiosk`; for a `[window]` section, `window`).
    pub key: String,
    /// Its value (a table for a `[table]` section).
    pub value: Value,
    /// Where the key is written.
    pub key_at: (usize, usize),
    /// Where the value starts (the header's line for a section).
    pub value_at: (usize, usize),
}

/// A line that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineProblem {
    /// 1-based line and column.
    pub at: (usize, usize),
    /// The key written at the start of the line, when one can be made out.
    pub key: Option<String>,
    /// What is wrong, in one line.
    pub message: String,
    /// True for a key written a second time: nothing is lost (one of the two is kept).
    pub duplicate: bool,
    /// The text of the line (or lines) that could not be read, so a caller can tell what it
    /// was about even when no key can be made out (`allow_pack_change false`).
    pub text: String,
}

type Entries = BTreeMap<Spanned<String>, Spanned<Value>>;

/// The settings of `text` in file order, and the lines that could not be read (empty when
/// the text parses as a whole).
pub fn read_settings(text: &str) -> (Vec<Setting>, Vec<LineProblem>) {
    match toml::from_str::<Entries>(text) {
        Ok(entries) => {
            let mut settings: Vec<Setting> = entries
                .into_iter()
                .map(|(key, value)| Setting {
                    key_at: line_col(text, key.span().start),
                    value_at: line_col(text, value.span().start),
                    key: key.into_inner(),
                    value: value.into_inner(),
                })
                .collect();
            settings.sort_by_key(|s| s.key_at);
            (settings, Vec::new())
        }
        Err(_) => line_by_line(text),
    }
}

/// Whether `key = value` on its own gives a `T`: the value has the right shape for that field
/// (`T` has `#[serde(default)]`, so every other field takes its default). The configuration
/// and the settings both keep exactly the fields that pass.
///
/// # Errors
/// The deserializer's message, on one line (`invalid type: string "big", expected f32`).
pub fn check_field<T: serde::de::DeserializeOwned>(key: &str, value: &Value) -> Result<(), String> {
    let one = toml::Table::from_iter([(key.to_owned(), value.clone())]);
    Value::Table(one)
        .try_into::<T>()
        .map(drop)
        .map_err(|e| e.message().trim().replace('\n', " "))
}

/// The key at the start of `line` (`kiosk` in `kiosk = tru`), if it looks like one.
fn key_of(line: &str) -> Option<String> {
    let key = line.split('=').next()?.trim().trim_matches(['"', '\'']);
    (!key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || "_-.".contains(c))).then(|| key.to_owned())
}

/// Whether `line` opens a value that goes on over the next lines: a `"""` or `'''` string
/// left open, or more `[` / `{` than `]` / `}`.
fn opens_a_block(line: &str) -> bool {
    let odd = |quote: &str| line.matches(quote).count() % 2 == 1;
    let count = |c: char| line.chars().filter(|x| *x == c).count();
    odd("\"\"\"") || odd("'''") || count('[') > count(']') || count('{') > count('}')
}

/// Most lines a value may run over (a multi-line string or array) in line-by-line reading.
const MAX_BLOCK_LINES: usize = 50;

fn line_by_line(text: &str) -> (Vec<Setting>, Vec<LineProblem>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut settings: Vec<Setting> = Vec::new();
    let mut problems = Vec::new();
    // The `[table]` the following keys belong to, and where its header is.
    let mut section: Option<(String, (usize, usize))> = None;
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        let number = index + 1;
        index += 1;
        let trimmed = line.trim_start_matches('\u{feff}').trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(header) = trimmed.strip_prefix('[') {
            // `[name]`, and `[[name]]` read the same way (these files have no arrays of tables).
            let header = header.trim_start_matches('[');
            let name = header.split(']').next().unwrap_or_default().trim().trim_matches(['"', '\'']);
            if name.is_empty() || !header.contains(']') {
                problems.push(LineProblem {
                    at: (number, 1),
                    key: None,
                    message: "a [section] header that is not closed".to_owned(),
                    duplicate: false,
                    text: line.to_owned(),
                });
                section = None;
            } else {
                section = Some((name.to_owned(), (number, 1)));
            }
            continue;
        }
        // A value over several lines is read as one piece, so its inner lines are never taken
        // for keys of their own.
        let mut chunk = line.to_owned();
        let mut parsed = toml::from_str::<Entries>(&chunk);
        if parsed.is_err() && opens_a_block(line) {
            let mut end = index;
            while end < lines.len() && end - index < MAX_BLOCK_LINES {
                let mut longer = chunk.clone();
                for next in &lines[index..=end] {
                    longer.push('\n');
                    longer.push_str(next);
                }
                if let Ok(entries) = toml::from_str::<Entries>(&longer) {
                    chunk = longer;
                    parsed = Ok(entries);
                    index = end + 1;
                    break;
                }
                end += 1;
            }
        }
        let entries = match parsed {
            Ok(entries) => entries,
            Err(e) => {
                let column = e.span().map_or(1, |s| line[..s.start.min(line.len())].chars().count() + 1);
                problems.push(LineProblem {
                    at: (number, column),
                    key: key_of(trimmed).map(|key| match &section {
                        Some((name, _)) => format!("{name}.{key}"),
                        None => key,
                    }),
                    message: e.message().trim().replace('\n', " "),
                    duplicate: false,
                    text: line.to_owned(),
                });
                continue;
            }
        };
        for (key, value) in entries {
            let key_at = (number, line[..key.span().start.min(line.len())].chars().count() + 1);
            let value_at = if value.span().start < line.len() {
                (number, line[..value.span().start].chars().count() + 1)
            } else {
                key_at
            };
            let (key, value) = (key.into_inner(), value.into_inner());
            let (owner, key, value) = match &section {
                Some((name, header_at)) => {
                    // Under `[name]`: `key` goes into the table `name`.
                    let table = toml::Table::from_iter([(key, value)]);
                    ((name.clone(), *header_at), name.clone(), Value::Table(table))
                }
                None => ((key.clone(), key_at), key, value),
            };
            match settings.iter_mut().find(|s| s.key == key) {
                None => settings.push(Setting {
                    key,
                    value,
                    key_at: owner.1,
                    value_at: if section.is_some() { owner.1 } else { value_at },
                }),
                // Tables (`[window]` lines, dotted `window.x`) fill in; anything else is a
                // second value for the same key.
                Some(existing) => match (&mut existing.value, value) {
                    (Value::Table(table), Value::Table(more)) => {
                        for (inner, inner_value) in more {
                            if table.contains_key(&inner) {
                                problems.push(LineProblem {
                                    at: key_at,
                                    key: Some(format!("{key}.{inner}")),
                                    message: format!("\"{key}.{inner}\" is set twice; the first one is kept"),
                                    duplicate: true,
                                    text: chunk.clone(),
                                });
                            } else {
                                table.insert(inner, inner_value);
                            }
                        }
                    }
                    _ => problems.push(LineProblem {
                        at: key_at,
                        key: Some(key.clone()),
                        message: format!(
                            "\"{key}\" is set twice (first on line {}); the first one is kept",
                            existing.key_at.0
                        ),
                        duplicate: true,
                        text: chunk.clone(),
                    }),
                },
            }
        }
    }
    (settings, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_parses_is_read_whole_in_file_order() {
        let (settings, problems) = read_settings("zoom = 1.5\nkiosk = true\n[window]\nx = 1.0\n");
        assert!(problems.is_empty());
        let keys: Vec<&str> = settings.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["zoom", "kiosk", "window"]);
        assert_eq!(settings[1].value_at, (2, 9));
    }

    #[test]
    fn one_bad_line_costs_only_itself() {
        let text = "kiosk = true\nidle_seconds = 99999999999999999999\nallow_pack_change = false\nhelpdesk_contact = \"a\"\nhelpdesk_contact = \"b\"\n[window]\nx = 1.0\ny = oops\n";
        let (settings, problems) = read_settings(text);
        let keys: Vec<&str> = settings.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["kiosk", "allow_pack_change", "helpdesk_contact", "window"]);
        assert_eq!(settings[2].value, Value::String("a".to_owned()));
        let at: Vec<(usize, Option<&str>)> = problems.iter().map(|p| (p.at.0, p.key.as_deref())).collect();
        assert_eq!(
            at,
            [(2, Some("idle_seconds")), (5, Some("helpdesk_contact")), (8, Some("window.y"))]
        );
        assert!(problems[1].duplicate && !problems[0].duplicate);
        assert!(problems[1].message.contains("set twice (first on line 4)"), "{problems:?}");
    }

    #[test]
    fn values_over_several_lines_dotted_keys_and_double_brackets_are_read_whole() {
        let text = "note = \"\"\"\nfirst\nkiosk = false\n\"\"\"\nlist = [\n  1,\n  2,\n]\nwindow.x = 1.0\nwindow.y = 2.0\n[[extra]]\nz = 1\nbad = \n";
        let (settings, problems) = read_settings(text);
        let keys: Vec<&str> = settings.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["note", "list", "window", "extra"]);
        assert!(settings[0].value.as_str().is_some_and(|v| v.contains("kiosk = false")));
        assert_eq!(settings[2].value.as_table().map(toml::Table::len), Some(2));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].at.0, 13);
    }
}

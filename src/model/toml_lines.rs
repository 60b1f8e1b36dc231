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

/// The key at the start of `line` (`kiosk` in `kiosk = tru`), if it looks like one.
fn key_of(line: &str) -> Option<String> {
    let key = line.split('=').next()?.trim().trim_matches('"');
    (!key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || "_-.".contains(c))).then(|| key.to_owned())
}

fn line_by_line(text: &str) -> (Vec<Setting>, Vec<LineProblem>) {
    let mut settings: Vec<Setting> = Vec::new();
    let mut problems = Vec::new();
    // The `[table]` the following keys belong to, and where its header is.
    let mut section: Option<(String, (usize, usize))> = None;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim_start_matches('\u{feff}').trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(header) = trimmed.strip_prefix('[') {
            let name = header.split(']').next().unwrap_or_default().trim().trim_matches('"');
            if name.is_empty() || !header.contains(']') {
                problems.push(LineProblem {
                    at: (number, 1),
                    key: None,
                    message: "a [section] header that is not closed".to_owned(),
                    duplicate: false,
                });
                section = None;
            } else {
                section = Some((name.to_owned(), (number, 1)));
            }
            continue;
        }
        let entries = match toml::from_str::<Entries>(line) {
            Ok(entries) => entries,
            Err(e) => {
                let column = e.span().map_or(1, |s| line[..s.start.min(line.len())].chars().count() + 1);
                problems.push(LineProblem {
                    at: (number, column),
                    key: key_of(trimmed),
                    message: e.message().trim().replace('\n', " "),
                    duplicate: false,
                });
                continue;
            }
        };
        for (key, value) in entries {
            let key_at = (number, line[..key.span().start].chars().count() + 1);
            let value_at = (number, line[..value.span().start].chars().count() + 1);
            let (key, value) = (key.into_inner(), value.into_inner());
            match &section {
                Some((name, header_at)) => {
                    let table = match settings.iter_mut().find(|s| &s.key == name) {
                        Some(existing) => existing,
                        None => {
                            settings.push(Setting {
                                key: name.clone(),
                                value: Value::Table(toml::Table::new()),
                                key_at: *header_at,
                                value_at: *header_at,
                            });
                            let last = settings.len() - 1;
                            &mut settings[last]
                        }
                    };
                    if let Value::Table(table) = &mut table.value {
                        if table.contains_key(&key) {
                            problems.push(LineProblem {
                                at: key_at,
                                key: None,
                                message: format!("\"{name}.{key}\" is set twice; the first one is kept"),
                                duplicate: true,
                            });
                        } else {
                            table.insert(key, value);
                        }
                    }
                }
                None => {
                    if let Some(first) = settings.iter().find(|s| s.key == key) {
                        problems.push(LineProblem {
                            at: key_at,
                            key: None,
                            message: format!("\"{key}\" is set twice (first on line {}); the first one is kept", first.key_at.0),
                            duplicate: true,
                        });
                        continue;
                    }
                    settings.push(Setting {
                        key,
                        value,
                        key_at,
                        value_at,
                    });
                }
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
        assert_eq!(at, [(2, Some("idle_seconds")), (5, None), (8, Some("y"))]);
        assert!(problems[1].message.contains("set twice (first on line 4)"), "{problems:?}");
    }
}

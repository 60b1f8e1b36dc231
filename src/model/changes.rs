//! Dated platform changes: what Microsoft changed, or will change, on a given day, and which
//! checklist steps and catalogue entries it affects (for example the retirement of
//! Microsoft-delivered SMS and voice on 1 Feb 2027). Structure comes from
//! `assets/playbook/changes.toml`; words from Fluent (`change-<id>` with `.reports` and
//! `.summary`, in `locales/<lang>/changes.ftl`).
//!
//! Pure model: no file I/O, no UI. [`load`] reads the text it is given; the built-in text is
//! compiled in as [`BUILTIN_CHANGES`].
//!
//! Facts (dates and what they affect): the content audit of 2026-12, sections A1, B1, B4, C2,
//! C9 and C10, from <https://learn.microsoft.com/entra/identity/authentication/concept-sms-voice-retirement>
//! (ms.date 2026-06-10), <https://learn.microsoft.com/entra/identity/authentication/concept-authentication-methods-manage>
//! and <https://learn.microsoft.com/entra/fundamentals/whats-new> (2026-04-15).

use std::collections::BTreeSet;

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::model::diagnostic::{Diagnostic, line_col};

/// File name of the dated changes inside a playbook folder.
pub const CHANGES_FILE: &str = "changes.toml";

/// The built-in dated changes, compiled in from `assets/playbook/changes.toml`.
pub const BUILTIN_CHANGES: &str = include_str!("../../assets/playbook/changes.toml");

/// One dated platform change, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformChange {
    /// Stable id, e.g. `sms-voice-retirement`; its words are the Fluent message `change-<id>`.
    pub id: String,
    /// The first day the change applies (a calendar date, no time zone: Microsoft announces
    /// these as days). When only a month is known, the first of the month and `uncertain`.
    pub effective: Date,
    /// Link id (in `links.toml`) of the page that announces the date.
    pub source: String,
    /// Step ids and catalogue entry ids the change affects (at least one), in file order.
    pub affects: Vec<String>,
    /// Search words: what callers say once the change is in effect (may be empty).
    pub symptoms: Vec<String>,
    /// True when the date itself is not settled (for example only the month is announced).
    pub uncertain: bool,
}

/// Whether a change applies yet on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeState {
    /// The effective date is still ahead.
    Upcoming,
    /// The effective date is today or in the past.
    InEffect,
}

impl PlatformChange {
    /// Fluent message id of the change's words: `change-<id>`.
    pub fn message_id(&self) -> String {
        format!("change-{}", self.id)
    }

    /// The change's state on `today` (a calendar date in the agent's time zone): in effect
    /// from its effective date on, upcoming before it.
    pub fn state_on(&self, today: Date) -> ChangeState {
        if today >= self.effective {
            ChangeState::InEffect
        } else {
            ChangeState::Upcoming
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangesFile {
    #[serde(default)]
    change: Vec<RawChange>,
}

/// The `[[change]]` tables of a file that holds other keys too (a content pack's `pack.toml`):
/// the other keys are someone else's to check.
#[derive(Debug, Deserialize)]
struct EmbeddedChanges {
    #[serde(default)]
    change: Vec<RawChange>,
}

/// One `[[change]]` table, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChange {
    id: Spanned<String>,
    effective: Spanned<Datetime>,
    source: Spanned<String>,
    #[serde(default)]
    affects: Vec<Spanned<String>>,
    #[serde(default)]
    symptoms: Vec<Spanned<String>>,
    #[serde(default)]
    uncertain: bool,
}

/// A TOML date (`2027-02-01`, no time or offset) as a calendar date.
///
/// # Errors
/// What is wrong with it, to follow the field's name: "… is not a plain date" (it has a time
/// or an offset) or "… is not a calendar date" (31 February).
pub fn civil_date(value: &Datetime) -> Result<Date, String> {
    match value {
        Datetime {
            date: Some(date),
            time: None,
            offset: None,
        } => Date::new(
            i16::try_from(date.year).unwrap_or(i16::MAX),
            i8::try_from(date.month).unwrap_or(i8::MAX),
            i8::try_from(date.day).unwrap_or(i8::MAX),
        )
        .map_err(|error| format!("{value} is not a calendar date: {error}")),
        other => Err(format!("{other} is not a plain date")),
    }
}

/// Whether `id` is lowercase words and digits joined by single dashes (`sms-voice-retirement`).
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// Reads and validates the dated changes in `text`; `file` names it in diagnostics (e.g.
/// `assets/playbook/changes.toml`). Returns every valid change in file order and one
/// diagnostic (file, 1-based line and column, problem, fix) per problem. A change with a
/// problem is skipped; the others are kept. Whether `source` and `affects` name existing
/// links, steps and entries is for the caller to check against the playbook.
///
/// # Errors
/// None as such: a file that is not valid TOML, or has an unknown field, gives no changes
/// and one error diagnostic at the position the TOML reader reports.
pub fn load(file: &str, text: &str) -> (Vec<PlatformChange>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let parsed = match toml::from_str::<ChangesFile>(text) {
        Ok(parsed) => parsed,
        Err(error) => {
            let position = error.span().map(|span| line_col(text, span.start));
            diagnostics.push(
                Diagnostic::error(file, position, format!("{}; the whole file was skipped", error.message().trim()))
                    .with_fix("fix the TOML at this position (see the comment at the top of changes.toml)"),
            );
            return (Vec::new(), diagnostics);
        }
    };
    validate(file, text, parsed.change, diagnostics)
}

/// The `[[change]]` tables of a content pack's `pack.toml` (`file`, whose other keys are the
/// manifest's), read and checked as [`load`] reads `changes.toml`. A text that is not TOML
/// gives no changes and no diagnostic: the manifest's own reading reports it.
pub fn load_embedded(file: &str, text: &str) -> (Vec<PlatformChange>, Vec<Diagnostic>) {
    match toml::from_str::<EmbeddedChanges>(text) {
        Ok(parsed) => validate(file, text, parsed.change, Vec::new()),
        Err(_) => (Vec::new(), Vec::new()),
    }
}

/// Checks each raw change; keeps the valid ones in file order.
fn validate(
    file: &str,
    text: &str,
    raw_changes: Vec<RawChange>,
    mut diagnostics: Vec<Diagnostic>,
) -> (Vec<PlatformChange>, Vec<Diagnostic>) {
    let at = |span: std::ops::Range<usize>| Some(line_col(text, span.start));
    let mut seen = BTreeSet::new();
    let mut changes = Vec::new();
    for raw in raw_changes {
        let before = diagnostics.len();
        let id = raw.id.get_ref().clone();
        if !is_valid_id(&id) {
            diagnostics.push(
                Diagnostic::error(
                    file,
                    at(raw.id.span()),
                    format!("change id \"{id}\" is not lowercase words and digits joined by '-'"),
                )
                .with_fix("write it like sms-voice-retirement"),
            );
        } else if !seen.insert(id.clone()) {
            diagnostics.push(
                Diagnostic::error(
                    file,
                    at(raw.id.span()),
                    format!("change \"{id}\" is defined twice; the second was skipped"),
                )
                .with_fix("give each change its own id"),
            );
        }
        let effective = match civil_date(raw.effective.get_ref()) {
            Ok(date) => Some(date),
            Err(problem) => {
                diagnostics.push(
                    Diagnostic::error(file, at(raw.effective.span()), format!("change \"{id}\": effective {problem}"))
                        .with_fix("write a date without time or offset, e.g. effective = 2027-02-01"),
                );
                None
            }
        };
        if raw.source.get_ref().trim().is_empty() {
            diagnostics.push(
                Diagnostic::error(file, at(raw.source.span()), format!("change \"{id}\": source is empty"))
                    .with_fix("name the link id (links.toml) of the page that announces the date"),
            );
        }
        if raw.affects.is_empty() {
            diagnostics.push(
                Diagnostic::error(file, at(raw.id.span()), format!("change \"{id}\": affects no step or entry"))
                    .with_fix("list at least one step or catalogue entry id in affects"),
            );
        }
        for affected in raw.affects.iter().filter(|a| !is_valid_id(a.get_ref())) {
            diagnostics.push(
                Diagnostic::error(
                    file,
                    at(affected.span()),
                    format!("change \"{id}\": \"{}\" is not a step or entry id", affected.get_ref()),
                )
                .with_fix("use the id as written in the category or catalogue file"),
            );
        }
        for symptom in raw.symptoms.iter().filter(|s| s.get_ref().trim().is_empty()) {
            diagnostics.push(
                Diagnostic::error(file, at(symptom.span()), format!("change \"{id}\": empty symptom"))
                    .with_fix("remove it or write the caller's words"),
            );
        }
        if diagnostics.len() > before {
            continue;
        }
        if let Some(effective) = effective {
            changes.push(PlatformChange {
                id,
                effective,
                source: raw.source.into_inner(),
                affects: raw.affects.into_iter().map(Spanned::into_inner).collect(),
                symptoms: raw.symptoms.into_iter().map(Spanned::into_inner).collect(),
                uncertain: raw.uncertain,
            });
        }
    }
    (changes, diagnostics)
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::model::catalogue::EntryId;
    use crate::model::playbook::{LinkId, Playbook, StepId};

    fn builtin() -> Vec<PlatformChange> {
        let (changes, diagnostics) = load("assets/playbook/changes.toml", BUILTIN_CHANGES);
        assert!(
            diagnostics.is_empty(),
            "{}",
            diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
        );
        changes
    }

    #[test]
    fn the_builtin_changes_load_clean_with_the_documented_dates() {
        let changes = builtin();
        let on = |id: &str| {
            changes
                .iter()
                .find(|c| c.id == id)
                .unwrap_or_else(|| panic!("{id} missing"))
                .effective
        };
        // Dates from the audit (A1, B1, B4) and the retirement page (ms.date 2026-06-10).
        assert_eq!(on("auth-methods-policy-migration"), date(2025, 9, 30));
        assert_eq!(on("passkeys-by-default"), date(2026, 9, 1));
        assert_eq!(on("customer-managed-telecom"), date(2026, 10, 30));
        assert_eq!(on("sms-voice-retirement"), date(2027, 2, 1));
        assert_eq!(on("connect-sync-to-cloud-sync"), date(2026, 7, 1));
        // Only the month of the Cloud Sync transition is announced.
        assert!(changes.iter().find(|c| c.id == "connect-sync-to-cloud-sync").unwrap().uncertain);
    }

    #[test]
    fn every_affected_id_and_source_exists_in_the_builtin_playbook() {
        let (playbook, _) = Playbook::builtin();
        let mut unknown = Vec::new();
        for change in builtin() {
            if playbook.link(&LinkId::new(change.source.clone())).is_none() {
                unknown.push(format!("{}: source {}", change.id, change.source));
            }
            for id in &change.affects {
                let known = playbook.step(&StepId::new(id.clone())).is_some() || playbook.entry(&EntryId::new(id.clone())).is_some();
                if !known {
                    unknown.push(format!("{}: affects {id}", change.id));
                }
            }
        }
        assert!(unknown.is_empty(), "{unknown:#?}");
    }

    #[test]
    fn state_turns_to_in_effect_on_the_effective_day() {
        let change = builtin().into_iter().find(|c| c.id == "sms-voice-retirement").unwrap();
        assert_eq!(change.state_on(date(2026, 12, 6)), ChangeState::Upcoming);
        assert_eq!(change.state_on(date(2027, 1, 31)), ChangeState::Upcoming);
        assert_eq!(change.state_on(date(2027, 2, 1)), ChangeState::InEffect);
        assert_eq!(change.state_on(date(2030, 1, 1)), ChangeState::InEffect);
        assert_eq!(change.message_id(), "change-sms-voice-retirement");
    }

    #[test]
    fn a_malformed_file_is_reported_with_its_line_and_skipped() {
        let (changes, diagnostics) = load("changes.toml", "[[change]]\nid = \"x\"\neffective = 2027-02-\n");
        assert!(changes.is_empty());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].file, "changes.toml");
        assert_eq!(diagnostics[0].line, Some(3), "{}", diagnostics[0]);
        // An unknown field is refused, with its position.
        let (changes, diagnostics) = load(
            "changes.toml",
            "[[change]]\nid = \"x\"\neffective = 2027-02-01\nsource = \"s\"\naffects = [\"a\"]\nwhen = 1\n",
        );
        assert!(changes.is_empty());
        assert_eq!(diagnostics[0].line, Some(6), "{}", diagnostics[0]);
    }

    #[test]
    fn a_bad_change_is_skipped_and_the_good_ones_kept() {
        let text = "\
[[change]]
id = \"good\"
effective = 2027-02-01
source = \"docs\"
affects = [\"errors-x\"]

[[change]]
id = \"Bad Id\"
effective = 2027-02-01T10:00:00Z
source = \"\"
affects = []

[[change]]
id = \"good\"
effective = 2027-02-01
source = \"docs\"
affects = [\"errors-x\"]
";
        let (changes, diagnostics) = load("changes.toml", text);
        assert_eq!(changes.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["good"]);
        let lines: Vec<_> = diagnostics.iter().map(|d| d.line).collect();
        assert_eq!(lines, [Some(8), Some(9), Some(10), Some(8), Some(14)], "{diagnostics:#?}");
        assert!(diagnostics[1].to_string().contains("not a plain date"), "{}", diagnostics[1]);
    }
}

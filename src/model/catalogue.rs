//! The error catalogue: every SSPR error code, uncoded message and writeback event an agent
//! may be told, with where it is seen, who can fix it, its source and the checklist steps that
//! follow. Structure comes from `assets/playbook/catalogue.toml`; words from Fluent
//! (`entry-<id>` with `.symptom`, `.causes`, `.fix`, optional `.uncertain`).
//!
//! Facts: fact sheet §6, from <https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr>
//! and <https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback>.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use crate::model::diagnostic::{Diagnostic, sort_by_position};
use crate::model::playbook::{Actor, Link, LinkId, PlaybookSources, PositionOf, StepId, parse_file, parse_id_list, position};

/// File name of the catalogue inside a playbook folder.
pub const CATALOGUE_FILE: &str = "catalogue.toml";

/// Stable id of a catalogue entry, e.g. `sspr-0029`. Its words are the Fluent message
/// `entry-<id>`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct EntryId(String);

impl EntryId {
    /// Wraps an id (validated when the catalogue loads).
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Fluent message id of the entry's words: `entry-<id>`.
    pub fn message_id(&self) -> String {
        format!("entry-{}", self.0)
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where an error or event is seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SeenIn {
    /// The reset portal (aka.ms/sspr, passwordreset.microsoftonline.com).
    ResetPortal,
    /// The registration / security info page (aka.ms/ssprsetup, My Sign-ins).
    RegistrationPage,
    /// The Windows sign-in screen or the sign-in page.
    SignIn,
    /// The Microsoft Entra admin center, Azure portal or Microsoft 365 admin center.
    AdminCenter,
    /// The Microsoft Entra Connect configuration wizard.
    EntraConnectWizard,
    /// The Application event log on the Entra Connect server (ADSync, PasswordResetService).
    EntraConnectAppLog,
    /// The Security event log of a domain controller.
    DcSecurityLog,
    /// The Entra audit log (admin center Audit logs, Graph `directoryAudits`, Log Analytics
    /// `AuditLogs`): an activity name or a status reason.
    AuditLog,
}

impl SeenIn {
    /// All places, in filter order.
    pub const ALL: [SeenIn; 8] = [
        SeenIn::ResetPortal,
        SeenIn::RegistrationPage,
        SeenIn::SignIn,
        SeenIn::AdminCenter,
        SeenIn::EntraConnectWizard,
        SeenIn::EntraConnectAppLog,
        SeenIn::DcSecurityLog,
        SeenIn::AuditLog,
    ];

    /// Stable id used in the catalogue file and in Fluent (`seen-in-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            SeenIn::ResetPortal => "reset-portal",
            SeenIn::RegistrationPage => "registration-page",
            SeenIn::SignIn => "sign-in",
            SeenIn::AdminCenter => "admin-center",
            SeenIn::EntraConnectWizard => "entra-connect-wizard",
            SeenIn::EntraConnectAppLog => "entra-connect-app-log",
            SeenIn::DcSecurityLog => "dc-security-log",
            SeenIn::AuditLog => "audit-log",
        }
    }

    /// The place with this id, if any.
    pub fn from_id(id: &str) -> Option<SeenIn> {
        SeenIn::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Fluent message id of the place's label.
    pub fn message_id(self) -> String {
        format!("seen-in-{}", self.id())
    }
}

/// One catalogue entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Stable id.
    pub id: EntryId,
    /// Every form the code appears in, as shown to people (`SSPR_0029`, `0x8023062C`,
    /// `33004`, an enum name); empty for uncoded messages.
    pub codes: Vec<String>,
    /// Where it is seen (at least one).
    pub seen_in: Vec<SeenIn>,
    /// Who can fix it.
    pub actors: Vec<Actor>,
    /// The page the facts come from (`None` only when the file named an unknown link).
    pub source: Option<LinkId>,
    /// Checklist steps that follow; every id exists in the playbook.
    pub steps: Vec<StepId>,
    /// The exact strings the Entra audit log returns for this entry: activity names
    /// (`activityDisplayName`, `OperationName`, the CSV's `Activity`) and status reasons
    /// (`resultReason`, `ResultReason`, `ResultDescription`, `failureReason`), as Microsoft
    /// writes them. Matched by [`audit_key`] (case, spacing and a trailing full stop ignored);
    /// no two entries share a key.
    pub audit: Vec<String>,
    /// True when a fact of this entry is marked uncertain in the fact sheet.
    pub uncertain: bool,
    /// True for an entry the organisation's content pack added (not the built-in catalogue).
    pub from_pack: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    #[serde(default)]
    entry: Vec<EntryEntry>,
}

/// One `[[entry]]` table, as written (also the shape of a content pack's `[[entry]]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EntryEntry {
    pub(crate) id: Spanned<String>,
    #[serde(default)]
    pub(crate) codes: Vec<Spanned<String>>,
    pub(crate) seen_in: Vec<Spanned<String>>,
    pub(crate) actors: Vec<Spanned<String>>,
    pub(crate) source: Spanned<String>,
    #[serde(default)]
    pub(crate) steps: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) audit: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) uncertain: bool,
}

/// The form in which audit-log strings are compared: lower case, runs of white space as one
/// space, no leading or trailing space and no trailing full stop. Microsoft returns one
/// documented reason with a trailing space ("… Add authentication info to resolve this ") and
/// another with a full stop ("Successfully completed reset.").
pub fn audit_key(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.trim_end_matches('.').trim_end().to_lowercase()
}

/// Loads and validates `catalogue.toml` against the links and steps already loaded.
/// Problems become diagnostics; valid entries are kept.
pub(crate) fn load_catalogue(
    sources: &PlaybookSources,
    links: &BTreeMap<LinkId, Link>,
    steps: &BTreeSet<StepId>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Entry> {
    let Some(file) = parse_file::<CatalogueFile>(sources, CATALOGUE_FILE, diagnostics) else {
        return Vec::new();
    };
    let path = sources.path(CATALOGUE_FILE);
    let at = |s: &Spanned<String>| position(sources, CATALOGUE_FILE, s);
    let rules = EntryRules {
        links,
        steps,
        path: &path,
        at: &at,
        links_file: "links.toml",
        say_what_is_skipped: true,
        already_reported: &BTreeSet::new(),
        hidden: &BTreeSet::new(),
    };
    let mut found = Vec::new();
    let mut seen_ids = BTreeSet::new();
    let entries: Vec<Entry> = file
        .entry
        .iter()
        .filter_map(|raw| build_entry(raw, &rules, &mut seen_ids, &mut found))
        .collect();
    check_audit_strings(&file.entry, &path, &at, &mut found);
    sort_by_position(&mut found);
    diagnostics.append(&mut found);
    entries
}

/// Reports an `audit` string that is empty, or that two entries (or one entry twice) claim
/// under the same [`audit_key`]: the decoder could not tell which entry a log row means.
pub(crate) fn check_audit_strings(raw: &[EntryEntry], path: &str, at: &PositionOf<'_>, found: &mut Vec<Diagnostic>) {
    let mut owners: BTreeMap<String, &str> = BTreeMap::new();
    for entry in raw {
        for text in &entry.audit {
            let key = audit_key(text.get_ref());
            if key.is_empty() {
                found.push(
                    Diagnostic::error(
                        path,
                        at(text),
                        format!("entry \"{}\": an audit string is empty", entry.id.get_ref()),
                    )
                    .with_fix("write the activity or status reason as the audit log shows it, or remove it"),
                );
            } else if let Some(first) = owners.insert(key, entry.id.get_ref()) {
                found.push(
                    Diagnostic::error(
                        path,
                        at(text),
                        format!(
                            "entry \"{}\": audit string \"{}\" is already claimed by entry \"{first}\"",
                            entry.id.get_ref(),
                            text.get_ref().trim()
                        ),
                    )
                    .with_fix("give each audit-log string to one entry"),
                );
            }
        }
    }
}

/// What a catalogue entry is checked against: the links and steps it may name, and where its
/// file is (for messages).
pub(crate) struct EntryRules<'a> {
    /// Every link the entry may name.
    pub links: &'a BTreeMap<LinkId, Link>,
    /// Every step the entry may name.
    pub steps: &'a BTreeSet<StepId>,
    /// File path for messages.
    pub path: &'a str,
    /// Position of a value in that file.
    pub at: &'a PositionOf<'a>,
    /// Where links are defined, named in fixes.
    pub links_file: &'a str,
    /// Whether messages say what was left out (see [`crate::model::playbook`]'s step rules).
    pub say_what_is_skipped: bool,
    /// Link and step ids that already have an error of their own: references to them are left
    /// out without a second error.
    pub already_reported: &'a BTreeSet<String>,
    /// Steps a content pack hides (a reference to one says so).
    pub hidden: &'a BTreeSet<StepId>,
}

/// Validates one `[[entry]]`; `None` (with an error) when it must be skipped. `seen_ids` holds
/// the ids used so far and gets this one.
pub(crate) fn build_entry(
    raw: &EntryEntry,
    rules: &EntryRules<'_>,
    seen_ids: &mut BTreeSet<String>,
    found: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let EntryRules {
        links,
        steps,
        path,
        at,
        links_file,
        say_what_is_skipped,
        already_reported,
        hidden,
    } = *rules;
    let then = |what: &str| if say_what_is_skipped { format!("; {what}") } else { String::new() };
    let id = raw.id.get_ref();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        found.push(
            Diagnostic::error(
                path,
                at(&raw.id),
                format!(
                    "entry id \"{id}\" must be lowercase words and digits joined by '-'{}",
                    then("the entry was skipped")
                ),
            )
            .with_fix("rename it, e.g. \"sspr-0029\""),
        );
        return None;
    }
    if !seen_ids.insert(id.clone()) {
        found.push(
            Diagnostic::error(
                path,
                at(&raw.id),
                format!("entry id \"{id}\" is used twice{}", then("the second one was skipped")),
            )
            .with_fix("give each entry its own id"),
        );
        return None;
    }
    let owner = format!("entry \"{id}\"");
    let seen_in = parse_id_list(
        &raw.seen_in,
        "seen_in",
        &SeenIn::ALL.map(SeenIn::id),
        SeenIn::from_id,
        &owner,
        path,
        at,
        found,
    );
    if seen_in.is_empty() {
        found.push(
            Diagnostic::error(
                path,
                at(&raw.id),
                format!("entry \"{id}\" names no valid seen_in{}", then("the entry was skipped")),
            )
            .with_fix("say where the message is seen"),
        );
        return None;
    }
    let actors = parse_id_list(
        &raw.actors,
        "actor",
        &Actor::ALL.map(Actor::id),
        Actor::from_id,
        &owner,
        path,
        at,
        found,
    );
    let source = LinkId::new(raw.source.get_ref().clone());
    let source = if links.contains_key(&source) {
        Some(source)
    } else if already_reported.contains(source.as_str()) {
        None
    } else {
        found.push(
            Diagnostic::error(
                path,
                at(&raw.source),
                format!("entry \"{id}\": unknown source link id \"{}\"", raw.source.get_ref()),
            )
            .with_fix(format!(
                "use a link id from {links_file}{}",
                crate::model::diagnostic::did_you_mean(raw.source.get_ref(), links.keys().map(LinkId::as_str))
            )),
        );
        None
    };
    let mut entry_steps = Vec::new();
    for step in &raw.steps {
        let step_id = StepId::new(step.get_ref().clone());
        if steps.contains(&step_id) {
            entry_steps.push(step_id);
        } else if already_reported.contains(step_id.as_str()) {
        } else if hidden.contains(&step_id) {
            found.push(
                Diagnostic::error(
                    path,
                    at(step),
                    format!("entry \"{id}\": step \"{step_id}\" is hidden by hide_steps"),
                )
                .with_fix("leave it out of `steps`, or stop hiding it"),
            );
        } else {
            found.push(
                Diagnostic::error(
                    path,
                    at(step),
                    format!(
                        "entry \"{id}\": unknown step id \"{}\"{}",
                        step.get_ref(),
                        then("the reference was left out")
                    ),
                )
                .with_fix(format!(
                    "use a step id from the checklists{}",
                    crate::model::diagnostic::did_you_mean(step.get_ref(), steps.iter().map(StepId::as_str))
                )),
            );
        }
    }
    Some(Entry {
        id: EntryId::new(id.clone()),
        codes: raw.codes.iter().map(|c| c.get_ref().clone()).collect(),
        seen_in,
        actors,
        source,
        steps: entry_steps,
        audit: raw.audit.iter().map(|a| a.get_ref().clone()).collect(),
        uncertain: raw.uncertain,
        from_pack: false,
    })
}

#[cfg(test)]
mod tests {
    use super::audit_key;

    #[test]
    fn audit_keys_ignore_case_spacing_and_a_trailing_full_stop() {
        assert_eq!(
            audit_key("User's account has insufficient authentication methods defined. Add authentication info to resolve this "),
            "user's account has insufficient authentication methods defined. add authentication info to resolve this"
        );
        assert_eq!(
            audit_key("Successfully completed reset."),
            audit_key("successfully  completed\treset")
        );
        assert_eq!(audit_key(" \n "), "");
    }
}

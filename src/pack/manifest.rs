//! A content pack's `pack.toml`: an organisation's name and version, the extra hosts its links
//! may use, and its changes to the built-in playbook (replace a link's URL, add links, hide
//! steps, add steps to a category, add catalogue entries).
//!
//! [`apply_manifest`] checks everything against the built-in playbook like a compiler and
//! returns the changed playbook with one [`Diagnostic`] per problem. The caller decides what
//! an error means; the app applies a pack only when there is none (no half-applied packs).
//!
//! ```toml
//! name = "Contoso IT"
//! version = "2026.12.1"
//! allowed_hosts = ["passwordreset.contoso.com", "*.kb.contoso.com"]
//! hide_steps = ["configure-licence-2021-list"]
//!
//! [links.reset-portal]                  # a built-in link: only its url can be replaced
//! url = "https://passwordreset.contoso.com/"
//!
//! [links.contoso-kb-sspr]               # a new link: url and audience
//! url = "https://it.kb.contoso.com/sspr"
//! audience = "docs"
//!
//! [[step]]                              # a new step, after a built-in one
//! category = "errors"
//! after = "errors-sspr-0029"
//! id = "contoso-escalate-writeback"
//! actors = ["helpdesk"]
//! source = "contoso-kb-sspr"
//! links = ["contoso-kb-sspr"]
//!
//! [[triage_answer]]                     # a new answer to a "Start here" question
//! question = "writeback"
//! id = "contoso-escalate"
//! targets = [{ step = "contoso-escalate-writeback", weight = 8 }]
//!
//! [[entry]]                             # a new catalogue entry, same fields as catalogue.toml
//! id = "contoso-portal-locked"
//! codes = ["CTS-042"]
//! seen_in = ["reset-portal"]
//! actors = ["helpdesk"]
//! source = "contoso-kb-sspr"
//! steps = ["contoso-escalate-writeback"]
//! ```

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use crate::model::catalogue::{EntryEntry, EntryId, EntryRules, build_entry};
use crate::model::category::Category;
use crate::model::diagnostic::{Diagnostic, line_col, sort_by_position};
use crate::model::links::{AllowList, AllowedUrl, HostPattern, MICROSOFT_HOSTS};
use crate::model::playbook::{Audience, Link, LinkId, PackInfo, Playbook, PositionOf, StepId, StepRules, build_step};
use crate::model::playbook_file::StepEntry;

/// File name of a pack's manifest, at the top of the pack folder.
pub const PACK_FILE: &str = "pack.toml";

/// Longest pack name shown in the window title and summaries, in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// Longest pack version, in characters.
pub const MAX_VERSION_CHARS: usize = 30;

/// Longest link URL a pack may use, in characters: a QR code of it must stay readable on a
/// kiosk screen, and a person may have to type it.
pub const MAX_URL_CHARS: usize = 500;

/// Keys that belong at the top of `pack.toml`, before any table.
mod changes;
mod triage;

use changes::{AddContext, add_changes, add_entries, add_steps, apply_links, check_no_empty_category, hide_steps};

const TOP_LEVEL_KEYS: [&str; 4] = ["name", "version", "allowed_hosts", "hide_steps"];

/// What a pack adds, with where each addition is written, so the Fluent check can ask for its
/// words and point at it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackAdditions {
    /// New steps (messages `step-<id>` with `.summary`, `.why`, `.check`).
    pub steps: Vec<(StepId, Option<(usize, usize)>)>,
    /// New links (message `link-<id>`: the button label).
    pub links: Vec<(LinkId, Option<(usize, usize)>)>,
    /// New catalogue entries (messages `entry-<id>` with `.symptom`, `.causes`, `.fix`).
    pub entries: Vec<(EntryId, Option<(usize, usize)>)>,
    /// New dated changes (messages `change-<id>` with `.reports`, `.summary`), by id.
    pub changes: Vec<(String, Option<(usize, usize)>)>,
    /// New triage answers (messages `triage-<question>-<answer>` with `.summary`).
    pub triage_answers: Vec<(String, Option<(usize, usize)>)>,
    /// Message ids (`step-x`, `link-x`, `entry-x`) of additions that have an error of their
    /// own, so their words are not also reported as unused.
    pub failed: BTreeSet<String>,
}

impl PackAdditions {
    /// Whether a message id belongs to an addition that had an error.
    pub fn failed(&self, message_id: &str) -> bool {
        self.failed.contains(message_id)
    }

    /// Whether a message id belongs to something the pack adds (`step-x`, `link-x`,
    /// `entry-x`), and where that thing is written.
    pub fn owner_of(&self, message_id: &str) -> Option<Option<(usize, usize)>> {
        if message_id.starts_with("triage-") {
            return self.triage_answers.iter().find(|(m, _)| m == message_id).map(|(_, at)| *at);
        }
        if let Some(id) = message_id.strip_prefix("step-") {
            return self.steps.iter().find(|(s, _)| s.as_str() == id).map(|(_, at)| *at);
        }
        if let Some(id) = message_id.strip_prefix("link-") {
            return self.links.iter().find(|(l, _)| l.as_str() == id).map(|(_, at)| *at);
        }
        if let Some(id) = message_id.strip_prefix("entry-") {
            return self.entries.iter().find(|(e, _)| e.as_str() == id).map(|(_, at)| *at);
        }
        if let Some(id) = message_id.strip_prefix("change-") {
            return self.changes.iter().find(|(c, _)| c == id).map(|(_, at)| *at);
        }
        None
    }
}

/// The result of applying `pack.toml` to the built-in playbook.
#[derive(Clone, Debug)]
pub struct AppliedManifest {
    /// Name and version; `None` when `pack.toml` could not be read at all.
    pub info: Option<PackInfo>,
    /// The built-in playbook with every valid change made.
    pub playbook: Playbook,
    /// What the pack adds.
    pub additions: PackAdditions,
    /// The hosts links may use (Microsoft's plus the pack's).
    pub allow: AllowList,
    /// True when `pack.toml` changes no link, step or entry (the pack may still change words).
    pub changes_nothing: bool,
    /// Where `name` is written (for messages about the pack as a whole).
    pub name_at: Option<(usize, usize)>,
    /// Text of `pack.toml` the window shows (name, version, entry codes), each with where its
    /// opening quote is, for the glyph check.
    pub shown: Vec<(String, Option<(usize, usize)>)>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    name: Spanned<String>,
    version: Spanned<String>,
    #[serde(default)]
    allowed_hosts: Vec<Spanned<String>>,
    #[serde(default)]
    hide_steps: Vec<Spanned<String>>,
    #[serde(default)]
    links: BTreeMap<Spanned<String>, PackLink>,
    #[serde(default)]
    step: Vec<PackStep>,
    #[serde(default)]
    entry: Vec<EntryEntry>,
    /// Dated changes, read and checked by `model::changes::load_embedded`.
    #[serde(default)]
    change: Vec<toml::Table>,
    /// Answers (or targets) added to the "Start here" questions.
    #[serde(default)]
    triage_answer: Vec<crate::model::triage::RawAnswerAddition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackLink {
    url: Spanned<String>,
    audience: Option<Spanned<String>>,
    uncertain: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackStep {
    category: Spanned<String>,
    after: Option<Spanned<String>>,
    id: Spanned<String>,
    actors: Vec<Spanned<String>>,
    source: Spanned<String>,
    #[serde(default)]
    links: Vec<Spanned<String>>,
    #[serde(default)]
    uncertain: bool,
    caller_link: Option<Spanned<String>>,
}

/// Zero-width and bidirectional-control characters: they change how text reads without being
/// seen.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !text.starts_with('-')
        && !text.ends_with('-')
}

/// Applies a pack's `pack.toml` (its text; `path` is the name used in messages) to `builtin`.
/// Returns the changed playbook and one diagnostic per problem, sorted by position. Every
/// error means the pack must not be applied; warnings are advice.
pub fn apply_manifest(builtin: &Playbook, path: &str, text: &str) -> (AppliedManifest, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let unchanged = |info| AppliedManifest {
        info,
        playbook: builtin.clone(),
        additions: PackAdditions::default(),
        allow: AllowList::microsoft(),
        changes_nothing: true,
        name_at: None,
        shown: Vec::new(),
    };
    let manifest = match toml::from_str::<Manifest>(text) {
        Ok(manifest) => manifest,
        Err(error) => {
            let message = error.message().trim().to_owned();
            // serde reports a missing key at the start of the file; say where it goes instead.
            let position = error.span().map(|span| line_col(text, span.start));
            let missing = message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`'));
            let unknown = message
                .strip_prefix("unknown field `")
                .and_then(|m| m.split('`').next())
                .filter(|f| TOP_LEVEL_KEYS.contains(f));
            let diagnostic = if let Some(field @ ("name" | "version")) = missing {
                let example = if field == "name" {
                    "name = \"Contoso IT\""
                } else {
                    "version = \"1.0\""
                };
                Diagnostic::error(path, None, message.clone())
                    .with_fix(format!("add {example} near the top of pack.toml, before the first [table]"))
            } else if let Some(field) = missing {
                Diagnostic::error(path, position, format!("{message} in the table that starts here"))
                    .with_fix(format!("add `{field}` to that table (the fields are in docs/content-packs.md)"))
            } else if let Some(field) = unknown {
                Diagnostic::error(path, position, message.clone()).with_fix(format!(
                    "move `{field}` above the first [table]: after a [table] or [[table]] header, TOML puts every key into that table"
                ))
            } else {
                Diagnostic::error(path, position, message)
                    .with_fix("fix the TOML at this position (the pack format is in docs/content-packs.md)")
            };
            diagnostics.push(diagnostic);
            return (unchanged(None), diagnostics);
        }
    };
    let at = |spanned: &Spanned<String>| Some(line_col(text, spanned.span().start));

    let info = check_info(&manifest, path, &at, &mut diagnostics);
    let hosts = check_allowed_hosts(&manifest, path, &at, &mut diagnostics);
    let mut playbook = builtin.clone();
    let mut additions = PackAdditions::default();
    let errors_before_links = diagnostics.len();
    let used_hosts = apply_links(&manifest, &mut playbook, &hosts, &mut additions, path, &at, &mut diagnostics);
    let link_errors = diagnostics[errors_before_links..]
        .iter()
        .any(|d| d.severity == crate::model::diagnostic::Severity::Error);
    let builtin_links: BTreeSet<&str> = builtin.links().map(|l| l.id.as_str()).collect();
    // New links with an error of their own: references to them are not reported again.
    let already_reported: BTreeSet<String> = manifest
        .links
        .keys()
        .map(|id| id.get_ref().clone())
        .filter(|id| !builtin_links.contains(id.as_str()) && !additions.links.iter().any(|(l, _)| l.as_str() == id))
        .collect();
    // With a broken link, "unused" would only echo that link's error.
    for (pattern, written_at) in hosts.allow.extra().iter().zip(&hosts.written_at) {
        if !link_errors && !used_hosts.iter().any(|host| pattern.matches(host)) {
            diagnostics.push(
                Diagnostic::warning(path, *written_at, format!("allowed host \"{pattern}\" is not used by any link"))
                    .with_fix("remove it: allow only the hosts the pack's links need"),
            );
        }
    }
    let hidden = hide_steps(&manifest, &mut playbook, path, &at, &mut diagnostics);
    let steps_context = AddContext {
        manifest: &manifest,
        hidden: &hidden,
        already_reported: &already_reported,
        path,
        at: &at,
    };
    add_steps(&steps_context, &mut playbook, &mut additions, &mut diagnostics);
    check_no_empty_category(&manifest, &playbook, &hidden, path, &at, &mut diagnostics);
    let failed_steps: Vec<String> = manifest
        .step
        .iter()
        .map(|s| s.id.get_ref().clone())
        .filter(|id| !additions.steps.iter().any(|(s, _)| s.as_str() == id))
        .collect();
    // Entries that name a step with an error of its own are not reported again either.
    let entry_reported: BTreeSet<String> = already_reported.iter().chain(&failed_steps).cloned().collect();
    let entries_context = AddContext {
        already_reported: &entry_reported,
        ..steps_context
    };
    add_entries(&entries_context, &mut playbook, &mut additions, &mut diagnostics);
    let failed_entries = manifest
        .entry
        .iter()
        .map(|e| e.id.get_ref().clone())
        .filter(|id| !additions.entries.iter().any(|(e, _)| e.as_str() == id));
    additions.failed = already_reported
        .iter()
        .map(|id| format!("link-{id}"))
        .chain(failed_steps.iter().map(|id| format!("step-{id}")))
        .chain(failed_entries.map(|id| format!("entry-{id}")))
        .collect();
    add_changes(builtin, &mut playbook, &mut additions, path, text, &mut diagnostics);
    triage::add_triage_answers(&manifest.triage_answer, &mut playbook, &mut additions, path, text, &mut diagnostics);
    let mut shown = vec![
        (manifest.name.get_ref().clone(), at(&manifest.name)),
        (manifest.version.get_ref().clone(), at(&manifest.version)),
    ];
    shown.extend(
        manifest
            .entry
            .iter()
            .flat_map(|e| e.codes.iter().map(|c| (c.get_ref().clone(), at(c)))),
    );
    sort_by_position(&mut diagnostics);
    playbook.set_pack(info.clone());
    let changes_nothing = manifest.links.is_empty()
        && manifest.hide_steps.is_empty()
        && manifest.step.is_empty()
        && manifest.entry.is_empty()
        && manifest.change.is_empty()
        && manifest.triage_answer.is_empty();
    (
        AppliedManifest {
            info,
            playbook,
            additions,
            allow: hosts.allow,
            changes_nothing,
            name_at: at(&manifest.name),
            shown,
        },
        diagnostics,
    )
}

type At<'a> = PositionOf<'a>;

fn check_info(manifest: &Manifest, path: &str, at: &At<'_>, diagnostics: &mut Vec<Diagnostic>) -> Option<PackInfo> {
    let mut ok = true;
    for (field, value, max) in [
        ("name", &manifest.name, MAX_NAME_CHARS),
        ("version", &manifest.version, MAX_VERSION_CHARS),
    ] {
        let text = value.get_ref().trim();
        if text.is_empty() {
            diagnostics
                .push(Diagnostic::error(path, at(value), format!("`{field}` is empty")).with_fix(format!("give the pack a {field}")));
            ok = false;
        } else if text.chars().count() > max {
            diagnostics.push(
                Diagnostic::error(path, at(value), format!("`{field}` is longer than {max} characters"))
                    .with_fix("shorten it: it is shown in the window title and in ticket summaries"),
            );
            ok = false;
        } else if text.chars().any(char::is_control) {
            diagnostics.push(
                Diagnostic::error(path, at(value), format!("`{field}` contains a control character"))
                    .with_fix("write it on one line without tabs or escapes"),
            );
            ok = false;
        } else if let Some(c) = text.chars().find(|c| is_invisible(*c)) {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    at(value),
                    format!("`{field}` contains the invisible character U+{:04X}", u32::from(c)),
                )
                .with_fix("retype it: invisible and direction-changing characters make the window title lie"),
            );
            ok = false;
        }
    }
    ok.then(|| PackInfo {
        name: manifest.name.get_ref().trim().to_owned(),
        version: manifest.version.get_ref().trim().to_owned(),
    })
}

fn check_allowed_hosts(manifest: &Manifest, path: &str, at: &At<'_>, diagnostics: &mut Vec<Diagnostic>) -> PackHosts {
    let mut patterns: Vec<HostPattern> = Vec::new();
    let mut written_at = Vec::new();
    let mut refused = Vec::new();
    for written in &manifest.allowed_hosts {
        match HostPattern::parse(written.get_ref()) {
            Ok(pattern) if patterns.contains(&pattern) => diagnostics.push(
                Diagnostic::warning(path, at(written), format!("allowed host \"{pattern}\" is listed twice"))
                    .with_fix("remove the second one"),
            ),
            Ok(HostPattern::Exact(host)) if MICROSOFT_HOSTS.contains(&host.as_str()) => {
                diagnostics.push(
                    Diagnostic::warning(
                        path,
                        at(written),
                        format!("allowed host \"{host}\" is already on the built-in Microsoft list"),
                    )
                    .with_fix("remove it"),
                );
                patterns.push(HostPattern::Exact(host));
                written_at.push(at(written));
            }
            Ok(pattern) => {
                if let Some(domain) = pattern.shared_domain() {
                    diagnostics.push(
                        Diagnostic::warning(
                            path,
                            at(written),
                            format!("allowed host \"{pattern}\": anyone can get a host under {domain}, not only your organisation"),
                        )
                        .with_fix(format!("list your own host exactly, e.g. \"contoso.{domain}\"")),
                    );
                }
                patterns.push(pattern);
                written_at.push(at(written));
            }
            Err(error) => {
                let fix = match error {
                    crate::model::links::HostPatternError::NotAHost(_) => "write only the host name, e.g. \"passwordreset.contoso.com\"",
                    crate::model::links::HostPatternError::IpAddress(_) | crate::model::links::HostPatternError::Localhost(_) => {
                        "use the site's DNS name"
                    }
                    _ => "name the exact hosts, or a wildcard under a domain your organisation owns, e.g. \"*.contoso.com\"",
                };
                diagnostics.push(Diagnostic::error(path, at(written), format!("allowed host {error}")).with_fix(fix));
                refused.push(written.get_ref().trim().trim_start_matches("*.").to_lowercase());
            }
        }
    }
    PackHosts {
        allow: AllowList::with_patterns(patterns),
        written_at,
        refused,
    }
}

/// The pack's `allowed_hosts`: the patterns accepted (with where each is written, in the same
/// order) and the entries refused (lower case, without `*.`), so links on a refused host are
/// not reported a second time.
struct PackHosts {
    allow: AllowList,
    written_at: Vec<Option<(usize, usize)>>,
    refused: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::diagnostic::Severity;

    fn apply(text: &str) -> (AppliedManifest, Vec<Diagnostic>) {
        let (builtin, _) = Playbook::builtin();
        apply_manifest(&builtin, "pack.toml", text)
    }

    fn errors(diagnostics: &[Diagnostic]) -> Vec<String> {
        diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn replaces_hides_and_adds() {
        let (applied, diagnostics) = apply(
            r#"name = "Contoso IT"
version = "1.0"
allowed_hosts = ["passwordreset.contoso.com", "*.kb.contoso.com"]
hide_steps = ["configure-licence-2021-list"]

[links.reset-portal]
url = "https://passwordreset.contoso.com/"

[links.contoso-kb]
url = "https://it.kb.contoso.com/sspr"
audience = "docs"

[[step]]
category = "errors"
after = "errors-sspr-0029"
id = "contoso-one"
actors = ["helpdesk"]
source = "contoso-kb"
links = ["contoso-kb", "reset-portal"]

[[step]]
category = "errors"
after = "errors-sspr-0029"
id = "contoso-two"
actors = ["helpdesk"]
source = "contoso-kb"

[[entry]]
id = "contoso-locked"
codes = ["CTS-042"]
seen_in = ["reset-portal"]
actors = ["helpdesk"]
source = "contoso-kb"
steps = ["contoso-one"]
"#,
        );
        assert!(diagnostics.is_empty(), "{diagnostics:#?}");
        let pb = &applied.playbook;
        assert_eq!(applied.info.as_ref().map(|i| i.name.as_str()), Some("Contoso IT"));
        assert_eq!(
            pb.link(&LinkId::new("reset-portal")).map(|l| l.url.as_str()),
            Some("https://passwordreset.contoso.com/")
        );
        assert!(pb.step(&StepId::new("configure-licence-2021-list")).is_none());
        let errors_steps: Vec<&str> = pb
            .checklist(Category::Errors)
            .unwrap()
            .steps
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        let at = errors_steps.iter().position(|s| *s == "errors-sspr-0029").unwrap();
        assert_eq!(&errors_steps[at + 1..at + 3], ["contoso-one", "contoso-two"]);
        assert!(pb.entry(&EntryId::new("contoso-locked")).is_some());
        assert_eq!(applied.additions.steps.len(), 2);
        assert_eq!(applied.additions.links.len(), 1);
        assert_eq!(applied.additions.owner_of("step-contoso-two"), Some(Some((24, 6))));
    }

    #[test]
    fn url_rules_each_give_their_reason() {
        let cases = [
            ("http://passwordreset.contoso.com/", "uses http; only https is allowed"),
            ("https://user:pw@passwordreset.contoso.com/", "contains a user name or password"),
            ("https://passwordreset.contoso.com:8443/", "names a port"),
            ("https://evil.example.net/", "host evil.example.net is not on the allow-list"),
            (
                "https://pässwordreset.contoso.com/",
                "host xn--psswordreset-gcb.contoso.com is not on the allow-list",
            ),
        ];
        for (url, expected) in cases {
            let text = format!(
                "name = \"C\"\nversion = \"1\"\nallowed_hosts = [\"passwordreset.contoso.com\"]\n[links.reset-portal]\nurl = \"{url}\"\n"
            );
            let (_, diagnostics) = apply(&text);
            let errors = errors(&diagnostics);
            assert_eq!(errors.len(), 1, "{url}: {errors:?}");
            assert!(
                errors[0].starts_with("pack.toml:5:7: error: link \"reset-portal\" "),
                "{}",
                errors[0]
            );
            assert!(errors[0].contains(expected), "{url}: {}", errors[0]);
        }
    }

    #[test]
    fn a_toml_error_names_its_position_and_changes_nothing() {
        let (applied, diagnostics) = apply("name = \"C\"\nversion = \n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].line, Some(2));
        assert!(applied.info.is_none());
        assert_eq!(applied.playbook, Playbook::builtin().0);
    }

    #[test]
    fn unknown_ids_suggest_the_closest() {
        let (_, diagnostics) = apply("name = \"C\"\nversion = \"1\"\nhide_steps = [\"configure-licence-2021-lst\"]\n");
        assert_eq!(
            errors(&diagnostics),
            [
                "pack.toml:3:15: error: hide_steps names unknown step \"configure-licence-2021-lst\" (did you mean \"configure-licence-2021-list\"?); use a built-in step id (`sspr-helpdesk ids` lists them)"
            ]
        );
    }
}

//! A pack's Fluent messages: layered over the built-in words, and checked for missing parts,
//! unknown variables and references, and messages nothing uses.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentError};
use fluent_syntax::ast;

use crate::i18n::loading::{LocaleSource, first_line_of_message, line_of_attribute, line_of_message, parse};
use crate::i18n::{Localizer, pattern_variables};
use crate::model::diagnostic::{Diagnostic, Severity, did_you_mean};
use crate::model::language::Language;
use crate::model::playbook::Playbook;
use crate::pack::manifest::{PACK_FILE, PackAdditions};

/// Where a content pack defines one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackMessage {
    /// The pack file, e.g. `locales/zh-CN/contoso.ftl`.
    pub path: String,
    /// 1-based line of the definition.
    pub line: Option<usize>,
    /// Whether it replaces a built-in message of the same id.
    pub replaces_builtin: bool,
    /// The variables each part of the built-in message it replaces uses (those the app
    /// passes when it formats that part), by part: `None` for the value, `Some(attribute)`
    /// for an attribute. `None` for a new message.
    pub builtin_variables: Option<BTreeMap<Option<String>, BTreeSet<String>>>,
    /// 1-based line and column of each of its attributes (`.summary = …`), by name.
    pub attribute_positions: BTreeMap<String, (usize, usize)>,
}

/// Every message a content pack defines, by language and id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackMessages {
    /// (language, message id) → where.
    pub defined: BTreeMap<(Language, String), PackMessage>,
}

/// Layers a content pack's `.ftl` files over the messages loaded so far: a pack message
/// replaces the built-in message of the same id whole (value and attributes), per
/// language. Returns where the pack defines each message, and one diagnostic per syntax
/// error or message the pack defines twice for one language.
pub fn add_pack(loc: &mut Localizer, sources: &[LocaleSource]) -> (PackMessages, Vec<Diagnostic>) {
    let mut messages = PackMessages::default();
    let mut diagnostics = Vec::new();
    // Terms (`-brand = …`) are not messages the app asks for, but a second definition
    // is as much a mistake.
    let mut terms: BTreeMap<(Language, String), (String, Option<usize>)> = BTreeMap::new();
    for source in sources {
        let (resource, mut errors) = parse(source);
        diagnostics.append(&mut errors);
        let bundle = loc.bundle_mut(source.language);
        for entry in resource.entries() {
            if let ast::Entry::Term(term) = entry {
                let id = format!("-{}", term.id.name);
                let line = first_line_of_message(&source.text, &id);
                if let Some(first) = terms.insert((source.language, id.clone()), (source.path.clone(), line)) {
                    let first_at = first.1.map_or_else(|| first.0.clone(), |l| format!("{}:{l}", first.0));
                    let line = if first.0 == source.path {
                        line_of_message(&source.text, &id)
                    } else {
                        line
                    };
                    diagnostics.push(
                        Diagnostic::error(
                            &source.path,
                            line.map(|l| (l, 1)),
                            format!("term \"{id}\" is defined twice for {} (first at {first_at})", source.language),
                        )
                        .with_fix("keep one of them"),
                    );
                }
                continue;
            }
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_owned();
            let key = (source.language, id.clone());
            if let Some(first) = messages.defined.get(&key) {
                // Twice in one file: the later definition; else this file's first.
                let line = if first.path == source.path {
                    line_of_message(&source.text, &id)
                } else {
                    first_line_of_message(&source.text, &id)
                };
                let first_at = first.line.map_or_else(|| first.path.clone(), |l| format!("{}:{l}", first.path));
                diagnostics.push(
                    Diagnostic::error(
                        &source.path,
                        line.map(|l| (l, 1)),
                        format!("message \"{id}\" is defined twice for {} (first at {first_at})", source.language),
                    )
                    .with_fix("keep one of them"),
                );
                continue;
            }
            let line = first_line_of_message(&source.text, &id);
            let attribute_positions = message
                .attributes
                .iter()
                .filter_map(|attribute| {
                    let name = attribute.id.name;
                    let at = line_of_attribute(&source.text, line?, name)?;
                    let text = source.text.lines().nth(at - 1)?;
                    let column = text.chars().take_while(|c| c.is_whitespace()).count() + 1;
                    Some((name.to_owned(), (at, column)))
                })
                .collect();
            messages.defined.insert(
                key,
                PackMessage {
                    path: source.path.clone(),
                    line,
                    attribute_positions,
                    replaces_builtin: bundle.has_message(&id),
                    builtin_variables: bundle.get_message(&id).map(|builtin| {
                        let mut parts = BTreeMap::new();
                        if let Some(value) = builtin.value() {
                            pattern_variables(value, parts.entry(None).or_default());
                        }
                        for attribute in builtin.attributes() {
                            let variables = parts.entry(Some(attribute.id().to_owned())).or_default();
                            pattern_variables(attribute.value(), variables);
                        }
                        parts
                    }),
                },
            );
        }
        bundle.add_resource_overriding(std::sync::Arc::new(resource));
    }
    (messages, diagnostics)
}

/// Checks every message a content pack defines as the app will format it: each variable
/// a part (value or attribute) uses must be one the app passes to that part (those of the
/// same part of the built-in message it replaces; `$url` in a `.caller` the built-in
/// message lacks; none elsewhere), and every message or term it refers to must exist.
/// Returns one error per problem, at the message's line.
pub fn check_pack_references(loc: &Localizer, messages: &PackMessages) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for ((language, id), defined) in &messages.defined {
        let Some(message) = loc.bundle(*language).get_message(id) else {
            continue;
        };
        let mut parts: Vec<(Option<&str>, &ast::Pattern<&str>)> = message.value().map(|v| (None, v)).into_iter().collect();
        parts.extend(message.attributes().map(|a| (Some(a.id()), a.value())));
        for (attribute, pattern) in parts {
            let at = match attribute {
                Some(name) => defined.attribute_positions.get(name).copied(),
                None => None,
            }
            .or(defined.line.map(|l| (l, 1)));
            let what = attribute.map_or_else(|| format!("\"{id}\""), |a| format!("\"{id}.{a}\""));
            let mut used = BTreeSet::new();
            pattern_variables(pattern, &mut used);
            let allowed = defined
                .builtin_variables
                .as_ref()
                .and_then(|parts| parts.get(&attribute.map(str::to_owned)))
                .cloned()
                .unwrap_or_else(|| {
                    if attribute == Some("caller") {
                        BTreeSet::from(["url".to_owned()])
                    } else {
                        BTreeSet::new()
                    }
                });
            for variable in used.difference(&allowed) {
                let fix = if allowed.is_empty() {
                    let part = if attribute.is_some() { "attribute" } else { "message" };
                    format!("remove it: the app gives this {part} no variables")
                } else {
                    let names: Vec<String> = allowed.iter().map(|v| format!("{{ ${v} }}")).collect();
                    format!("use only {}", names.join(", "))
                };
                diagnostics.push(
                    Diagnostic::error(
                        &defined.path,
                        at,
                        format!("message {what} uses {{ ${variable} }}, which the app does not give it"),
                    )
                    .with_fix(fix),
                );
            }
            let mut args = FluentArgs::new();
            for variable in &used {
                args.set(variable.clone(), "x");
            }
            let mut errors = Vec::new();
            let _ = loc.bundle(*language).format_pattern(pattern, Some(&args), &mut errors);
            for error in errors {
                if let FluentError::ResolverError(fluent_bundle::resolver::ResolverError::Reference(_)) = &error {
                    diagnostics.push(
                        Diagnostic::error(&defined.path, at, format!("message {what}: {error}"))
                            .with_fix("define it in the pack (a term is written -name = …), or fix the reference"),
                    );
                }
            }
        }
    }
    diagnostics
}

/// What a message of this kind must hold, for fixes.
fn required_parts(id: &str) -> &'static str {
    if id.starts_with("step-") {
        "a title and .summary, .why and .check"
    } else if id.starts_with("entry-") {
        "a title and .symptom, .causes and .fix"
    } else if id.starts_with("change-") {
        "a title and .reports and .summary"
    } else if id.starts_with("triage-") {
        "the answer's button label and .summary (its short form in the ticket summary)"
    } else {
        "the button label as its value"
    }
}

/// Missing words for what the pack adds or replaces, and pack messages nothing uses. A gap in
/// en-US is an error (the app would show a raw id); in another language a warning (the app
/// shows the English).
pub(crate) fn check_messages(loc: &Localizer, playbook: &Playbook, additions: &PackAdditions, messages: &PackMessages) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let severity = |language: Language| {
        if language == Language::EnUs {
            Severity::Error
        } else {
            Severity::Warning
        }
    };
    let all_missing = loc.missing_messages(playbook);
    for missing in &all_missing {
        // A message missing whole is one problem, not one per attribute.
        let whole_message_missing = || {
            all_missing
                .iter()
                .any(|m| m.attribute.is_none() && m.id == missing.id && m.language == missing.language)
        };
        if missing.attribute.is_some() && whole_message_missing() {
            continue;
        }
        let tag = missing.language.tag();
        let consequence = if missing.language == Language::EnUs {
            "the app would show the raw id"
        } else {
            "the app shows the English words"
        };
        let diagnostic = if let Some(defined) = messages.defined.get(&(missing.language, missing.id.clone())) {
            let part = missing.attribute.map_or_else(|| "a value".to_owned(), |a| format!(".{a}"));
            Diagnostic::error(
                &defined.path,
                defined.line.map(|l| (l, 1)),
                format!("message \"{}\" has no {part}; {consequence}", missing.id),
            )
            .with_fix(if defined.replaces_builtin {
                "a pack message replaces the built-in one whole: copy every attribute you keep (.summary, .why, .check, …) into it"
            } else {
                "add the missing part to the message"
            })
        } else if let Some(at) = additions.owner_of(&missing.id) {
            let (what, fix) = match missing.attribute {
                None => (
                    format!("message \"{}\" is missing in {tag}", missing.id),
                    format!(
                        "add it, with {}, to an .ftl file in the pack's locales/{tag}/",
                        required_parts(&missing.id)
                    ),
                ),
                Some(attribute) => (
                    format!("message \"{}\" has no .{attribute} in {tag}", missing.id),
                    format!("add .{attribute} to it in the pack's locales/{tag}/"),
                ),
            };
            Diagnostic::error(PACK_FILE, at, format!("{what}; {consequence}")).with_fix(fix)
        } else {
            continue;
        };
        diagnostics.push(Diagnostic {
            severity: severity(missing.language),
            ..diagnostic
        });
    }
    let candidates: Vec<String> = playbook
        .steps()
        .map(|s| s.id.message_id())
        .chain(playbook.catalogue().iter().map(|e| e.id.message_id()))
        .chain(playbook.links().map(|l| l.id.message_id()))
        .chain(playbook.changes().iter().map(|c| c.message_id()))
        .collect();
    for ((_, id), defined) in &messages.defined {
        if defined.replaces_builtin || additions.owner_of(id).is_some() || additions.failed(id) {
            continue;
        }
        diagnostics.push(
            Diagnostic::warning(
                &defined.path,
                defined.line.map(|l| (l, 1)),
                format!(
                    "message \"{id}\" is not used: no built-in message has this id and the pack adds nothing by it{}",
                    did_you_mean(id, candidates.iter().map(String::as_str).chain(loc.message_ids()))
                ),
            )
            .with_fix("check the id: steps are step-<id>, links link-<id>, catalogue entries entry-<id>"),
        );
    }
    diagnostics
}

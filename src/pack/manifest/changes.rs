//! The changes `pack.toml` makes to the built-in playbook: link URLs replaced and links added,
//! steps hidden, steps and catalogue entries added; each checked like a compiler.

use super::*;
use crate::model::diagnostic::did_you_mean;
use crate::model::playbook::check_change_references;

/// Replaces built-in link URLs and adds new links. Returns the hosts the pack's links use.
pub(super) fn apply_links(
    manifest: &Manifest,
    playbook: &mut Playbook,
    hosts: &PackHosts,
    additions: &mut PackAdditions,
    path: &str,
    at: &At<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut used_hosts = Vec::new();
    let (_, links, _) = playbook.parts_mut();
    for (written_id, entry) in &manifest.links {
        let id = written_id.get_ref();
        if !is_id(id) {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    at(written_id),
                    format!("link id \"{id}\" must be lowercase words and digits joined by '-'"),
                )
                .with_fix("rename it, e.g. \"contoso-reset-portal\""),
            );
            continue;
        }
        let length = entry.url.get_ref().chars().count();
        if length > MAX_URL_CHARS {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    at(&entry.url),
                    format!("link \"{id}\" is {length} characters long; the limit is {MAX_URL_CHARS}"),
                )
                .with_fix("use a shorter address (a QR code or a person must be able to read it), e.g. a short link on your own domain"),
            );
            continue;
        }
        let url = match AllowedUrl::parse_allowed(entry.url.get_ref(), &hosts.allow) {
            Ok(url) => url,
            Err(rejection) => {
                use crate::model::links::UrlRejection;
                let written = entry.url.get_ref();
                // An international host is compared in punycode; show what was typed too, so
                // the administrator can find it.
                let mut as_written = match &rejection {
                    UrlRejection::HostNotAllowed(_) if !written.is_ascii() => format!(" (written as {written})"),
                    _ => String::new(),
                };
                // `*.windows.net` written, `x.blob.core.windows.net` used: say why it does not count.
                if let UrlRejection::HostNotAllowed(host) = &rejection
                    && let Some(pattern) = hosts.allow.extra().iter().find(|p| match p {
                        HostPattern::Suffix(domain) => host.ends_with(&format!(".{domain}")),
                        HostPattern::Exact(_) => false,
                    })
                {
                    let suffix =
                        psl::suffix(host.as_bytes()).map_or_else(String::new, |s| String::from_utf8_lossy(s.as_bytes()).into_owned());
                    as_written.push_str(&format!(
                        " ({pattern} does not reach below the public suffix {suffix}, where anyone can get a host)"
                    ));
                }
                // A host whose allowed_hosts entry was refused has had its error already.
                if let UrlRejection::HostNotAllowed(host) = &rejection
                    && hosts
                        .refused
                        .iter()
                        .any(|refused| host == refused || host.ends_with(&format!(".{refused}")))
                {
                    continue;
                }
                let mut diagnostic = Diagnostic::error(path, at(&entry.url), format!("link \"{id}\" {rejection}{as_written}"));
                let fix = match rejection {
                    UrlRejection::HostNotAllowed(_) => {
                        Some("add the host to allowed_hosts (exactly, or as *.<your domain>) or use a Microsoft page")
                    }
                    UrlRejection::NotHttps(_) => Some("use https"),
                    // The rejection already says what to remove.
                    UrlRejection::Credentials | UrlRejection::Port => None,
                    _ => Some("write the whole https URL, e.g. \"https://passwordreset.contoso.com/\""),
                };
                if let Some(fix) = fix {
                    diagnostic = diagnostic.with_fix(fix);
                }
                diagnostics.push(diagnostic);
                continue;
            }
        };
        used_hosts.push(url.host().to_owned());
        let link_id = LinkId::new(id.clone());
        if let Some(existing) = links.get_mut(&link_id) {
            if let Some(audience) = &entry.audience
                && Audience::from_id(audience.get_ref()) != Some(existing.audience)
            {
                diagnostics.push(
                    Diagnostic::error(
                        path,
                        at(audience),
                        format!("link \"{id}\" is built in; a pack may replace its url but not its audience"),
                    )
                    .with_fix("remove `audience`, or add a new link with its own id"),
                );
                continue;
            }
            existing.url = url;
            // Another page: the dates we checked Microsoft's page on say nothing about it.
            existing.page_date = None;
            existing.checked = None;
            existing.page_date_uncertain = false;
            if let Some(uncertain) = entry.uncertain {
                existing.uncertain = uncertain;
            }
            continue;
        }
        let Some(audience_text) = &entry.audience else {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    at(written_id),
                    format!(
                        "link \"{id}\" is not a built-in link, so it needs an audience{}",
                        did_you_mean(id, links.keys().map(LinkId::as_str))
                    ),
                )
                .with_fix("add audience = \"end-user\", \"admin\" or \"docs\""),
            );
            continue;
        };
        let Some(audience) = Audience::from_id(audience_text.get_ref()) else {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    at(audience_text),
                    format!("link \"{id}\" has unknown audience \"{}\"", audience_text.get_ref()),
                )
                .with_fix("use end-user, admin or docs"),
            );
            continue;
        };
        additions.links.push((link_id.clone(), at(written_id)));
        links.insert(
            link_id.clone(),
            Link {
                id: link_id,
                url,
                audience,
                uncertain: entry.uncertain.unwrap_or(false),
                page_date: None,
                checked: None,
                page_date_uncertain: false,
            },
        );
    }
    used_hosts
}

/// Removes hidden steps (and references to them from catalogue entries). Returns their ids.
pub(super) fn hide_steps(
    manifest: &Manifest,
    playbook: &mut Playbook,
    path: &str,
    at: &At<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeSet<StepId> {
    let known: Vec<String> = playbook.steps().map(|s| s.id.as_str().to_owned()).collect();
    let mut hidden = BTreeSet::new();
    for written in &manifest.hide_steps {
        let id = StepId::new(written.get_ref().clone());
        if !known.iter().any(|k| k == id.as_str()) {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    at(written),
                    format!(
                        "hide_steps names unknown step \"{id}\"{}",
                        did_you_mean(id.as_str(), known.iter().map(String::as_str))
                    ),
                )
                .with_fix("use a built-in step id (`sspr-helpdesk ids` lists them)"),
            );
        } else if !hidden.insert(id.clone()) {
            diagnostics
                .push(Diagnostic::warning(path, at(written), format!("step \"{id}\" is hidden twice")).with_fix("remove the second one"));
        }
    }
    let (checklists, _, catalogue) = playbook.parts_mut();
    for checklist in checklists {
        checklist.steps.retain(|s| !hidden.contains(&s.id));
    }
    for entry in catalogue {
        entry.steps.retain(|s| !hidden.contains(s));
    }
    hidden
}

/// A category whose every step the pack hides (and adds none to) would show an empty
/// checklist that looks like a loading failure.
pub(super) fn check_no_empty_category(
    manifest: &Manifest,
    playbook: &Playbook,
    hidden: &BTreeSet<StepId>,
    path: &str,
    at: &At<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for checklist in playbook.checklists() {
        if !checklist.steps.is_empty() {
            continue;
        }
        let category = checklist.category;
        let prefix = format!("{category}-");
        let Some(last) = manifest
            .hide_steps
            .iter()
            .rev()
            .find(|s| s.get_ref().starts_with(&prefix) && hidden.contains(&StepId::new(s.get_ref().clone())))
        else {
            continue;
        };
        diagnostics.push(
            Diagnostic::error(
                path,
                at(last),
                format!("hide_steps hides every step of category \"{category}\"; its checklist would be empty"),
            )
            .with_fix(format!(
                "keep at least one of its steps, or add one with a [[step]] of category = \"{category}\""
            )),
        );
    }
}

/// What adding steps and entries needs besides the playbook: the manifest, what earlier
/// checks found, and where the file is.
pub(super) struct AddContext<'a> {
    pub(super) manifest: &'a Manifest,
    pub(super) hidden: &'a BTreeSet<StepId>,
    /// Ids of links (and, for entries, steps) that already have an error.
    pub(super) already_reported: &'a BTreeSet<String>,
    pub(super) path: &'a str,
    pub(super) at: &'a At<'a>,
}

pub(super) fn add_steps(
    context: &AddContext<'_>,
    playbook: &mut Playbook,
    additions: &mut PackAdditions,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let AddContext {
        manifest,
        hidden,
        already_reported,
        path,
        at,
    } = *context;
    let mut seen: BTreeSet<String> = playbook.steps().map(|s| s.id.as_str().to_owned()).collect();
    seen.extend(hidden.iter().map(|s| s.as_str().to_owned()));
    // Taken before the pack's steps go in, so a step the pack adds twice is reported as used
    // twice (by `build_step`), not as built in.
    let builtin = seen.clone();
    let links = playbook.links().map(|l| (l.id.clone(), l.clone())).collect::<BTreeMap<_, _>>();
    // Steps added after the same anchor stay in file order.
    let mut last_after: BTreeMap<String, StepId> = BTreeMap::new();
    for raw in &manifest.step {
        let Some(category) = Category::from_id(raw.category.get_ref()) else {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    at(&raw.category),
                    format!("step \"{}\": unknown category \"{}\"", raw.id.get_ref(), raw.category.get_ref()),
                )
                .with_fix(format!("use one of: {}", Category::ALL.map(Category::id).join(", "))),
            );
            continue;
        };
        if builtin.contains(raw.id.get_ref()) {
            diagnostics.push(
                Diagnostic::error(path, at(&raw.id), format!("step id \"{}\" is already a built-in step", raw.id.get_ref()))
                    .with_fix("give the new step its own id, e.g. starting with your organisation's name; to change a built-in step's words, override its message in locales/"),
            );
            continue;
        }
        let entry = StepEntry {
            id: raw.id.clone(),
            actors: raw.actors.clone(),
            source: raw.source.clone(),
            links: raw.links.clone(),
            uncertain: raw.uncertain,
            caller_link: raw.caller_link.clone(),
        };
        let rules = StepRules {
            category,
            links: &links,
            path,
            at,
            require_category_prefix: false,
            links_file: "the app's links or the pack's [links.<id>]",
            say_what_is_skipped: false,
            already_reported,
        };
        let Some(mut step) = build_step(&entry, &rules, &mut seen, diagnostics) else {
            continue;
        };
        step.from_pack = true;
        let step_id = step.id.clone();
        let (checklists, _, _) = playbook.parts_mut();
        let Some(checklist) = checklists.iter_mut().find(|c| c.category == category) else {
            continue;
        };
        let index = match &raw.after {
            None => checklist.steps.len(),
            Some(after) => {
                let anchor = last_after
                    .get(after.get_ref())
                    .cloned()
                    .unwrap_or_else(|| StepId::new(after.get_ref().clone()));
                match checklist.steps.iter().position(|s| s.id == anchor) {
                    Some(i) => i + 1,
                    None => {
                        let later = manifest
                            .step
                            .iter()
                            .skip_while(|s| s.id.get_ref() != raw.id.get_ref())
                            .any(|s| s.id.get_ref() == after.get_ref());
                        let why = if hidden.contains(&anchor) {
                            "is hidden by hide_steps".to_owned()
                        } else if later {
                            "is added further down in pack.toml; `after` can name only a built-in step or one added above it".to_owned()
                        } else {
                            format!(
                                "is not a step of category \"{category}\"{}",
                                did_you_mean(after.get_ref(), checklist.steps.iter().map(|s| s.id.as_str()))
                            )
                        };
                        diagnostics.push(
                            Diagnostic::error(
                                path,
                                at(after),
                                format!("step \"{step_id}\": after = \"{}\" {why}", after.get_ref()),
                            )
                            .with_fix("name a visible step of the same category, or leave `after` out to add the step at the end"),
                        );
                        continue;
                    }
                }
            }
        };
        if let Some(after) = &raw.after {
            last_after.insert(after.get_ref().clone(), step_id.clone());
        }
        checklist.steps.insert(index, step);
        additions.steps.push((step_id, at(&raw.id)));
    }
}

pub(super) fn add_entries(
    context: &AddContext<'_>,
    playbook: &mut Playbook,
    additions: &mut PackAdditions,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let AddContext {
        manifest,
        hidden,
        already_reported,
        path,
        at,
    } = *context;
    let links = playbook.links().map(|l| (l.id.clone(), l.clone())).collect::<BTreeMap<_, _>>();
    let steps: BTreeSet<StepId> = playbook.steps().map(|s| s.id.clone()).collect();
    let mut seen: BTreeSet<String> = playbook.catalogue().iter().map(|e| e.id.as_str().to_owned()).collect();
    let rules = EntryRules {
        links: &links,
        steps: &steps,
        path,
        at,
        links_file: "the app's links or the pack's [links.<id>]",
        say_what_is_skipped: false,
        already_reported,
        hidden,
    };
    let mut new_entries = Vec::new();
    for raw in &manifest.entry {
        if playbook.entry(&EntryId::new(raw.id.get_ref().clone())).is_some() {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    at(&raw.id),
                    format!("entry id \"{}\" is already a built-in catalogue entry", raw.id.get_ref()),
                )
                .with_fix("give the new entry its own id; to change a built-in entry's words, override its message in locales/"),
            );
            continue;
        }
        let mut codes_seen: Vec<String> = Vec::new();
        for code in &raw.codes {
            let normal = code.get_ref().trim().to_lowercase();
            if normal.is_empty() {
                diagnostics.push(
                    Diagnostic::warning(path, at(code), format!("entry \"{}\": an empty code", raw.id.get_ref())).with_fix("remove it"),
                );
            } else if codes_seen.contains(&normal) {
                diagnostics.push(
                    Diagnostic::warning(
                        path,
                        at(code),
                        format!("entry \"{}\": code \"{}\" is listed twice", raw.id.get_ref(), code.get_ref()),
                    )
                    .with_fix("remove the second one (codes are matched without regard to case)"),
                );
            } else {
                codes_seen.push(normal);
            }
        }
        if let Some(mut entry) = build_entry(raw, &rules, &mut seen, diagnostics) {
            entry.from_pack = true;
            additions.entries.push((entry.id.clone(), at(&raw.id)));
            new_entries.push(entry);
        }
    }
    let (_, _, catalogue) = playbook.parts_mut();
    catalogue.extend(new_entries);
}

/// Adds the pack's dated changes (an organisation's own cut-over) after the built-in ones:
/// each checked like those of `changes.toml`, its source a link and what it affects a step or
/// entry of the content with the pack's changes; an id already used is refused.
pub(super) fn add_changes(
    builtin: &Playbook,
    playbook: &mut Playbook,
    additions: &mut PackAdditions,
    path: &str,
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let (changes, mut found) = crate::model::changes::load_embedded(path, text);
    diagnostics.append(&mut found);
    let mut changes = check_change_references(
        path,
        text,
        changes,
        |id| playbook.link(&LinkId::new(id.to_owned())).is_some(),
        |id| playbook.step(&StepId::new(id.to_owned())).is_some() || playbook.entry(&EntryId::new(id.to_owned())).is_some(),
        diagnostics,
    );
    let at = |id: &str| text.find(&format!("\"{id}\"")).map(|offset| line_col(text, offset));
    changes.retain(|change| {
        if builtin.changes().iter().any(|c| c.id == change.id) {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    at(&change.id),
                    format!("change \"{}\" is built in; the pack's was skipped", change.id),
                )
                .with_fix("give the organisation's change its own id"),
            );
            return false;
        }
        additions.changes.push((change.id.clone(), at(&change.id)));
        true
    });
    playbook.add_changes(changes);
}

//! Reading the playbook's files: TOML shapes → validated steps and links, each problem a
//! [`Diagnostic`] with its file and line. The catalogue loader and the content-pack manifest
//! use the same helpers, so a step or link is checked the same way wherever it is written.

use super::*;

/// Reads a list of stable ids (`actors`, `seen_in`) into their enum, once each, in order;
/// every unknown id becomes an error naming `owner` (e.g. `step "policy-x"`), the field and
/// the ids that are known.
#[expect(
    clippy::too_many_arguments,
    reason = "each is one part of the message; a struct for a private helper would only move them"
)]
pub(crate) fn parse_id_list<T: PartialEq + Copy>(
    items: &[Spanned<String>],
    field: &str,
    known: &[&str],
    from_id: impl Fn(&str) -> Option<T>,
    owner: &str,
    path: &str,
    at: impl Fn(&Spanned<String>) -> Option<(usize, usize)>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<T> {
    let mut parsed = Vec::new();
    for item in items {
        match from_id(item.get_ref()) {
            Some(value) if !parsed.contains(&value) => parsed.push(value),
            Some(_) => {}
            None => diagnostics.push(
                Diagnostic::error(path, at(item), format!("{owner}: unknown {field} \"{}\"", item.get_ref()))
                    .with_fix(format!("use one of: {}", known.join(", "))),
            ),
        }
    }
    parsed
}

pub(crate) fn position<T>(sources: &PlaybookSources, name: &str, spanned: &Spanned<T>) -> Option<(usize, usize)> {
    sources.files.get(name).map(|text| line_col(text, spanned.span().start))
}

pub(crate) fn parse_file<T: DeserializeOwned>(sources: &PlaybookSources, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<T> {
    let Some(text) = sources.files.get(name) else {
        diagnostics
            .push(Diagnostic::error(sources.path(name), None, "file is missing").with_fix(format!("create {name} in the playbook folder")));
        return None;
    };
    match toml::from_str::<T>(text) {
        Ok(value) => Some(value),
        Err(error) => {
            let position = error.span().map(|span| line_col(text, span.start));
            let message = error.message().trim().to_owned();
            diagnostics.push(
                Diagnostic::error(sources.path(name), position, format!("{message}; the whole file was skipped"))
                    .with_fix("fix the TOML at this position (see assets/playbook/README.md for the format)"),
            );
            None
        }
    }
}

pub(super) fn load_index(sources: &PlaybookSources, diagnostics: &mut Vec<Diagnostic>) -> (String, Vec<Category>) {
    let Some(index) = parse_file::<IndexFile>(sources, INDEX_FILE, diagnostics) else {
        return ("unknown".to_owned(), Category::ALL.to_vec());
    };
    let mut categories = Vec::new();
    for id in &index.categories {
        match Category::from_id(id.get_ref()) {
            Some(category) if categories.contains(&category) => diagnostics.push(
                Diagnostic::error(
                    sources.path(INDEX_FILE),
                    position(sources, INDEX_FILE, id),
                    format!("category \"{}\" is listed twice", id.get_ref()),
                )
                .with_fix("remove the second entry"),
            ),
            Some(category) => categories.push(category),
            None => diagnostics.push(
                Diagnostic::error(
                    sources.path(INDEX_FILE),
                    position(sources, INDEX_FILE, id),
                    format!("unknown category \"{}\"", id.get_ref()),
                )
                .with_fix(format!("use one of: {}", Category::ALL.map(Category::id).join(", "))),
            ),
        }
    }
    for category in Category::ALL {
        if !categories.contains(&category) {
            diagnostics.push(
                Diagnostic::warning(
                    sources.path(INDEX_FILE),
                    position(sources, INDEX_FILE, &index.content_version),
                    format!("category \"{category}\" is not listed; it is shown last"),
                )
                .with_fix(format!("add \"{category}\" to `categories`")),
            );
            categories.push(category);
        }
    }
    (index.content_version.into_inner(), categories)
}

pub(super) fn load_links(sources: &PlaybookSources, diagnostics: &mut Vec<Diagnostic>) -> BTreeMap<LinkId, Link> {
    let mut links = BTreeMap::new();
    let Some(file) = parse_file::<LinksFile>(sources, LINKS_FILE, diagnostics) else {
        return links;
    };
    let path = sources.path(LINKS_FILE);
    for (id, entry) in file.links {
        let url = match AllowedUrl::parse(entry.url.get_ref()) {
            Ok(url) => url,
            Err(rejection) => {
                diagnostics.push(
                    Diagnostic::error(
                        &path,
                        position(sources, LINKS_FILE, &entry.url),
                        format!("link \"{}\" {rejection}; the link was skipped", id.get_ref()),
                    )
                    .with_fix("use an https URL on a Microsoft host from the fact sheet"),
                );
                continue;
            }
        };
        let Some(audience) = Audience::from_id(entry.audience.get_ref()) else {
            diagnostics.push(
                Diagnostic::error(
                    &path,
                    position(sources, LINKS_FILE, &entry.audience),
                    format!(
                        "link \"{}\" has unknown audience \"{}\"; the link was skipped",
                        id.get_ref(),
                        entry.audience.get_ref()
                    ),
                )
                .with_fix("use end-user, admin or docs"),
            );
            continue;
        };
        let mut date = |field: &str, value: &Option<Spanned<toml::value::Datetime>>| {
            let value = value.as_ref()?;
            match crate::model::changes::civil_date(value.get_ref()) {
                Ok(date) => Some(date),
                Err(problem) => {
                    diagnostics.push(
                        Diagnostic::error(
                            &path,
                            position(sources, LINKS_FILE, value),
                            format!("link \"{}\": {field} {problem}; the date was left out", id.get_ref()),
                        )
                        .with_fix(format!("write {field} = 2025-03-04 (a date, no quotes)")),
                    );
                    None
                }
            }
        };
        let page_date = date("page_date", &entry.page_date);
        let checked = date("checked", &entry.checked);
        let id = LinkId::new(id.into_inner());
        links.insert(
            id.clone(),
            Link {
                id,
                url,
                audience,
                uncertain: entry.uncertain,
                page_date,
                checked,
                page_date_uncertain: entry.page_date_uncertain,
            },
        );
    }
    links
}

pub(super) fn load_steps(
    sources: &PlaybookSources,
    category: Category,
    links: &BTreeMap<LinkId, Link>,
    seen: &mut BTreeSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Step> {
    let name = format!("{category}.toml");
    let Some(file) = parse_file::<CategoryFile>(sources, &name, diagnostics) else {
        return Vec::new();
    };
    let path = sources.path(&name);
    let at = |spanned: &Spanned<String>| position(sources, &name, spanned);
    let rules = StepRules {
        category,
        links,
        path: &path,
        at: &at,
        require_category_prefix: true,
        links_file: LINKS_FILE,
        say_what_is_skipped: true,
        already_reported: &BTreeSet::new(),
    };
    file.step
        .iter()
        .filter_map(|entry| build_step(entry.get_ref(), &rules, seen, diagnostics))
        .collect()
}

/// Finds the 1-based (line, column) of a value in the file being checked.
pub(crate) type PositionOf<'a> = dyn Fn(&Spanned<String>) -> Option<(usize, usize)> + 'a;

/// What a step is checked against: its category, the links it may name, and where its file
/// is (for messages).
pub(crate) struct StepRules<'a> {
    /// The category the step goes into.
    pub category: Category,
    /// Every link the step may name.
    pub links: &'a BTreeMap<LinkId, Link>,
    /// File path for messages.
    pub path: &'a str,
    /// Position of a value in that file.
    pub at: &'a PositionOf<'a>,
    /// Built-in step ids start with their category id; a pack's need not.
    pub require_category_prefix: bool,
    /// Where links are defined, named in fixes (`links.toml`, `pack.toml`).
    pub links_file: &'a str,
    /// Whether messages say what was left out ("the step was skipped"): true for the built-in
    /// content, which runs on what is valid; false for a pack, which is refused whole.
    pub say_what_is_skipped: bool,
    /// Link ids that already have an error of their own: references to them are left out
    /// without a second error.
    pub already_reported: &'a BTreeSet<String>,
}

/// Validates one `[[step]]`; `None` (with an error) when it must be skipped. `seen` holds the
/// ids used so far and gets this one.
pub(crate) fn build_step(
    entry: &StepEntry,
    rules: &StepRules<'_>,
    seen: &mut BTreeSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Step> {
    let StepRules {
        category,
        links,
        path,
        at,
        require_category_prefix,
        links_file,
        say_what_is_skipped,
        already_reported,
    } = *rules;
    let known_links = |bad: &str| match did_you_mean(bad, links.keys().map(LinkId::as_str)) {
        hint if !hint.is_empty() => format!("use a link id from {links_file}{hint}"),
        _ => {
            let ids: Vec<&str> = links.keys().map(LinkId::as_str).take(12).collect();
            format!("use a link id from {links_file} (e.g. {})", ids.join(", "))
        }
    };
    let then = |what: &str| if say_what_is_skipped { format!("; {what}") } else { String::new() };
    let id = entry.id.get_ref();
    let prefix = if require_category_prefix {
        format!("{category}-")
    } else {
        String::new()
    };
    if !id.starts_with(&prefix) || id.len() == prefix.len() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        let (form, fix) = if require_category_prefix {
            (
                format!("{prefix}<lowercase-words>"),
                format!("rename it to start with \"{prefix}\" and use only a-z, 0-9 and '-'"),
            )
        } else {
            (
                "lowercase-words".to_owned(),
                "use only a-z, 0-9 and '-', e.g. \"contoso-call-service-desk\"".to_owned(),
            )
        };
        diagnostics.push(
            Diagnostic::error(
                path,
                at(&entry.id),
                format!("step id \"{id}\" is not of the form {form}{}", then("the step was skipped")),
            )
            .with_fix(fix),
        );
        return None;
    }
    if !seen.insert(id.clone()) {
        diagnostics.push(
            Diagnostic::error(
                path,
                at(&entry.id),
                format!("step id \"{id}\" is used twice{}", then("the second one was skipped")),
            )
            .with_fix("give each step its own id"),
        );
        return None;
    }
    let actors = parse_id_list(
        &entry.actors,
        "actor",
        &Actor::ALL.map(Actor::id),
        Actor::from_id,
        &format!("step \"{id}\""),
        path,
        at,
        diagnostics,
    );
    // Unknown actors were reported one by one; "names no valid actor" adds news only when the
    // list is empty, or to say the step was skipped.
    if actors.is_empty() && (entry.actors.is_empty() || say_what_is_skipped) {
        diagnostics.push(
            Diagnostic::error(
                path,
                at(&entry.id),
                format!("step \"{id}\" names no valid actor{}", then("the step was skipped")),
            )
            .with_fix(format!("add actors = [...] with some of: {}", Actor::ALL.map(Actor::id).join(", "))),
        );
        return None;
    }
    if actors.is_empty() {
        return None;
    }
    let source = LinkId::new(entry.source.get_ref().clone());
    let source = if links.contains_key(&source) {
        Some(source)
    } else if already_reported.contains(source.as_str()) {
        None
    } else {
        diagnostics.push(
            Diagnostic::error(
                path,
                at(&entry.source),
                format!("step \"{id}\": unknown source link id \"{}\"", entry.source.get_ref()),
            )
            .with_fix(known_links(entry.source.get_ref())),
        );
        None
    };
    let mut step_links = Vec::new();
    for link in &entry.links {
        let link_id = LinkId::new(link.get_ref().clone());
        if already_reported.contains(link_id.as_str()) {
            continue;
        }
        if !links.contains_key(&link_id) {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    at(link),
                    format!(
                        "step \"{id}\": unknown link id \"{}\"{}",
                        link.get_ref(),
                        then("the button was left out")
                    ),
                )
                .with_fix(known_links(link.get_ref())),
            );
        } else if step_links.contains(&link_id) {
            diagnostics.push(
                Diagnostic::warning(
                    path,
                    at(link),
                    format!("step \"{id}\": link \"{}\" is listed twice", link.get_ref()),
                )
                .with_fix("remove the second one"),
            );
        } else {
            step_links.push(link_id);
        }
    }
    let caller_link = entry.caller_link.as_ref().and_then(|link| {
        let link_id = LinkId::new(link.get_ref().clone());
        if already_reported.contains(link_id.as_str()) {
            return None;
        }
        match links.get(&link_id) {
            Some(l) if l.audience == Audience::EndUser => Some(link_id),
            Some(_) => {
                diagnostics.push(
                    Diagnostic::error(
                        path,
                        at(link),
                        format!("step \"{id}\": caller_link \"{}\" is not an end-user link", link.get_ref()),
                    )
                    .with_fix("use a link whose audience is \"end-user\" (reset portal, registration page)"),
                );
                None
            }
            None => {
                diagnostics.push(
                    Diagnostic::error(path, at(link), format!("step \"{id}\": unknown caller_link \"{}\"", link.get_ref()))
                        .with_fix(known_links(link.get_ref())),
                );
                None
            }
        }
    });
    Some(Step {
        id: StepId::new(id.clone()),
        category,
        actors,
        source,
        links: step_links,
        uncertain: entry.uncertain,
        caller_link,
        from_pack: false,
    })
}

/// Reads `changes.toml` when the playbook has one (a playbook without it has no dated
/// changes), and checks each change's references (see [`check_change_references`]).
pub(super) fn load_changes(
    sources: &PlaybookSources,
    links: &BTreeMap<LinkId, Link>,
    step_ids: &BTreeSet<StepId>,
    catalogue: &[Entry],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<PlatformChange> {
    let Some(text) = sources.files.get(CHANGES_FILE) else {
        return Vec::new();
    };
    let path = sources.path(CHANGES_FILE);
    let (changes, mut found) = crate::model::changes::load(&path, text);
    diagnostics.append(&mut found);
    check_change_references(
        &path,
        text,
        changes,
        |id| links.contains_key(&LinkId::new(id.to_owned())),
        |id| step_ids.contains(&StepId::new(id.to_owned())) || catalogue.iter().any(|e| e.id.as_str() == id),
        diagnostics,
    )
}

/// Checks that each change's `source` is a link (`is_link`) and each id it `affects` is a step
/// or catalogue entry (`is_target`); an unknown id is reported at its line in `text` and left
/// out of the change.
pub(crate) fn check_change_references(
    path: &str,
    text: &str,
    mut changes: Vec<PlatformChange>,
    is_link: impl Fn(&str) -> bool,
    is_target: impl Fn(&str) -> bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<PlatformChange> {
    let line_of = |needle: &str| text.find(needle).map(|offset| line_col(text, offset));
    for change in &mut changes {
        if !is_link(&change.source) {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    line_of(&format!("\"{}\"", change.source)),
                    format!("change \"{}\": source \"{}\" is not a link", change.id, change.source),
                )
                .with_fix("name a link id from links.toml (or one the pack adds)"),
            );
        }
        for unknown in change.affects.iter().filter(|id| !is_target(id)) {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    line_of(&format!("\"{unknown}\"")),
                    format!(
                        "change \"{}\" affects \"{unknown}\", which is no step or catalogue entry; it was left out",
                        change.id
                    ),
                )
                .with_fix("use a step or catalogue entry id (`sspr-helpdesk ids` lists them)"),
            );
        }
        change.affects.retain(|id| is_target(id));
    }
    changes
}

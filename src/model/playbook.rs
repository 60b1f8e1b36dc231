//! The validated playbook: categories, their checklists of steps, and the links steps show.
//!
//! Loading never fails as a whole: [`Playbook::from_sources`] returns what is valid together
//! with a [`Diagnostic`] for everything it had to skip, naming the file, line and fix.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;
use toml::Spanned;

use crate::model::catalogue::{CATALOGUE_FILE, Entry, EntryId, load_catalogue};
use crate::model::category::Category;
use crate::model::diagnostic::{Diagnostic, line_col};
use crate::model::links::AllowedUrl;
use crate::model::playbook_file::{CategoryFile, IndexFile, LinksFile, StepEntry};

/// Stable id of a checklist step, e.g. `policy-test-non-admin`. Its words are the Fluent
/// message `step-<id>`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct StepId(String);

impl StepId {
    /// Wraps an id (no validation: ids are validated when the playbook loads).
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Fluent message id holding the step's words: `step-<id>`.
    pub fn message_id(&self) -> String {
        format!("step-{}", self.0)
    }
}

impl fmt::Display for StepId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Stable id of a link in `links.toml`, e.g. `reset-portal`. Its button label is the Fluent
/// message `link-<id>`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct LinkId(String);

impl LinkId {
    /// Wraps an id (no validation: ids are validated when the playbook loads).
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Fluent message id of the link's button label: `link-<id>`.
    pub fn message_id(&self) -> String {
        format!("link-{}", self.0)
    }
}

impl fmt::Display for LinkId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who carries out a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Actor {
    /// The caller (end user) on their own device.
    User,
    /// The helpdesk agent (may hold the Helpdesk or Password Administrator role).
    Helpdesk,
    /// An admin of the Microsoft Entra tenant.
    TenantAdmin,
    /// An admin of the on-premises Active Directory / Entra Connect server.
    OnPremAdmin,
}

impl Actor {
    /// All actors, in display order.
    pub const ALL: [Actor; 4] = [Actor::User, Actor::Helpdesk, Actor::TenantAdmin, Actor::OnPremAdmin];

    /// Stable id used in the playbook and in Fluent (`actor-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Actor::User => "user",
            Actor::Helpdesk => "helpdesk",
            Actor::TenantAdmin => "tenant-admin",
            Actor::OnPremAdmin => "on-prem-admin",
        }
    }

    /// The actor with this id, if any.
    pub fn from_id(id: &str) -> Option<Actor> {
        Actor::ALL.into_iter().find(|a| a.id() == id)
    }

    /// Fluent message id of the actor's label.
    pub fn message_id(self) -> String {
        format!("actor-{}", self.id())
    }
}

/// Who a link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Audience {
    /// Safe to give to a caller: reset portal, registration page, end-user help.
    EndUser,
    /// Admin portals (Entra admin center, Azure portal, Microsoft 365 admin center).
    Admin,
    /// Microsoft documentation and support articles.
    Docs,
}

impl Audience {
    /// The audience with this id (`end-user`, `admin`, `docs`), if any.
    pub fn from_id(id: &str) -> Option<Audience> {
        match id {
            "end-user" => Some(Audience::EndUser),
            "admin" => Some(Audience::Admin),
            "docs" => Some(Audience::Docs),
            _ => None,
        }
    }
}

/// A link a step can show as a button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Stable id.
    pub id: LinkId,
    /// The allow-listed URL.
    pub url: AllowedUrl,
    /// Who the link is for.
    pub audience: Audience,
    /// True when the fact sheet marks the URL itself as unverified.
    pub uncertain: bool,
}

/// One checklist step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// Stable id.
    pub id: StepId,
    /// The category the step belongs to.
    pub category: Category,
    /// Who acts, in the order written (at least one).
    pub actors: Vec<Actor>,
    /// The docs page the step's facts come from. `None` only when the content named an
    /// unknown link (reported as a diagnostic at load).
    pub source: Option<LinkId>,
    /// Action buttons, in order; every id exists in [`Playbook::link`].
    pub links: Vec<LinkId>,
    /// True when a fact of this step is marked uncertain in the fact sheet; the step's
    /// Fluent message then has an `.uncertain` attribute saying which.
    pub uncertain: bool,
    /// The end-user page the caller is sent to in this step (audience `end-user`); the
    /// step's `.caller` message holds the instructions to copy for the caller.
    pub caller_link: Option<LinkId>,
    /// True for a step the organisation's content pack added (not the built-in content): its
    /// facts come from the organisation, not from Microsoft's documentation.
    pub from_pack: bool,
}

/// The steps of one category, in working order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checklist {
    /// Which category.
    pub category: Category,
    /// Steps in display order.
    pub steps: Vec<Step>,
}

/// The file names that make up a playbook folder.
pub const INDEX_FILE: &str = "playbook.toml";
/// See [`INDEX_FILE`].
pub const LINKS_FILE: &str = "links.toml";

/// The raw text of a playbook's files, by file name (`playbook.toml`, `links.toml`,
/// `<category>.toml`), plus the folder name used in messages.
#[derive(Clone, Debug, Default)]
pub struct PlaybookSources {
    /// Prefix for file names in diagnostics, e.g. `assets/playbook`.
    pub folder: String,
    /// File name → text.
    pub files: BTreeMap<String, String>,
}

impl PlaybookSources {
    /// The playbook compiled into the binary from `assets/playbook/`.
    pub fn builtin() -> Self {
        let files = [
            (INDEX_FILE, include_str!("../../assets/playbook/playbook.toml")),
            (LINKS_FILE, include_str!("../../assets/playbook/links.toml")),
            ("configure.toml", include_str!("../../assets/playbook/configure.toml")),
            ("errors.toml", include_str!("../../assets/playbook/errors.toml")),
            ("policy.toml", include_str!("../../assets/playbook/policy.toml")),
            ("registration.toml", include_str!("../../assets/playbook/registration.toml")),
            (CATALOGUE_FILE, include_str!("../../assets/playbook/catalogue.toml")),
        ];
        Self {
            folder: "assets/playbook".to_owned(),
            files: files.into_iter().map(|(name, text)| (name.to_owned(), text.to_owned())).collect(),
        }
    }

    /// Reads every `*.toml` file of a playbook folder.
    ///
    /// # Errors
    /// The I/O error when the folder cannot be listed or a file cannot be read as UTF-8.
    pub fn from_dir(dir: &Path) -> std::io::Result<Self> {
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "toml") {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                files.insert(name, std::fs::read_to_string(&path)?);
            }
        }
        Ok(Self {
            folder: dir.display().to_string(),
            files,
        })
    }

    pub(crate) fn path(&self, name: &str) -> String {
        if self.folder.is_empty() {
            name.to_owned()
        } else {
            format!("{}/{name}", self.folder)
        }
    }
}

/// The validated playbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Playbook {
    /// Content version, e.g. `"2026.11.29"` (`"unknown"` when the index file is broken).
    pub content_version: String,
    checklists: Vec<Checklist>,
    links: BTreeMap<LinkId, Link>,
    catalogue: Vec<Entry>,
    pack: Option<crate::model::pack::PackInfo>,
}

impl Playbook {
    /// The built-in playbook. Its diagnostics are empty in a correct build (a test checks it).
    pub fn builtin() -> (Playbook, Vec<Diagnostic>) {
        Playbook::from_sources(&PlaybookSources::builtin())
    }

    /// Validates a playbook's files. Returns everything that is valid, and one diagnostic
    /// (file, line, problem, fix) per thing that was skipped or is suspicious.
    pub fn from_sources(sources: &PlaybookSources) -> (Playbook, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let (content_version, categories) = load_index(sources, &mut diagnostics);
        let links = load_links(sources, &mut diagnostics);
        sort_by_position(&mut diagnostics);
        let mut seen_steps = BTreeSet::new();
        let checklists = categories
            .into_iter()
            .map(|category| {
                let mut file_diagnostics = Vec::new();
                let steps = load_steps(sources, category, &links, &mut seen_steps, &mut file_diagnostics);
                sort_by_position(&mut file_diagnostics);
                diagnostics.append(&mut file_diagnostics);
                Checklist { category, steps }
            })
            .collect::<Vec<Checklist>>();
        let step_ids: BTreeSet<StepId> = checklists.iter().flat_map(|c| c.steps.iter().map(|s| s.id.clone())).collect();
        let catalogue = load_catalogue(sources, &links, &step_ids, &mut diagnostics);
        let playbook = Playbook {
            content_version,
            checklists,
            links,
            catalogue,
            pack: None,
        };
        (playbook, diagnostics)
    }

    /// The checklists in sidebar order.
    pub fn checklists(&self) -> &[Checklist] {
        &self.checklists
    }

    /// The checklist of one category (empty when its file was unusable).
    pub fn checklist(&self, category: Category) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.category == category)
    }

    /// The categories in sidebar order.
    pub fn categories(&self) -> impl Iterator<Item = Category> + '_ {
        self.checklists.iter().map(|c| c.category)
    }

    /// Every step of every category, in order.
    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        self.checklists.iter().flat_map(|c| c.steps.iter())
    }

    /// The step with this id.
    pub fn step(&self, id: &StepId) -> Option<&Step> {
        self.steps().find(|s| &s.id == id)
    }

    /// The link with this id.
    pub fn link(&self, id: &LinkId) -> Option<&Link> {
        self.links.get(id)
    }

    /// The error catalogue, in file order.
    pub fn catalogue(&self) -> &[Entry] {
        &self.catalogue
    }

    /// The catalogue entry with this id.
    pub fn entry(&self, id: &EntryId) -> Option<&Entry> {
        self.catalogue.iter().find(|e| &e.id == id)
    }

    /// All links, sorted by id.
    pub fn links(&self) -> impl Iterator<Item = &Link> {
        self.links.values()
    }

    /// The content pack layered over the built-in content, if any.
    pub fn pack(&self) -> Option<&crate::model::pack::PackInfo> {
        self.pack.as_ref()
    }

    /// Records which pack was applied.
    pub(crate) fn set_pack(&mut self, info: Option<crate::model::pack::PackInfo>) {
        self.pack = info;
    }

    /// The parts a content pack changes: checklists, links and catalogue.
    pub(crate) fn parts_mut(&mut self) -> (&mut Vec<Checklist>, &mut BTreeMap<LinkId, Link>, &mut Vec<Entry>) {
        (&mut self.checklists, &mut self.links, &mut self.catalogue)
    }
}

/// The closest of `known` to `id`, as a "did you mean" hint (empty when nothing is close).
pub(crate) fn did_you_mean<'a>(id: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    known
        .into_iter()
        .map(|k| (strsim::levenshtein(id, k), k))
        .filter(|(distance, k)| *distance <= 3.max(k.len() / 5))
        .min()
        .map(|(_, k)| format!(" (did you mean \"{k}\"?)"))
        .unwrap_or_default()
}

/// Orders diagnostics by file order of appearance, then line and column (stable), as a
/// compiler lists them.
pub(crate) fn sort_by_position(diagnostics: &mut [Diagnostic]) {
    let mut files: Vec<String> = Vec::new();
    for d in diagnostics.iter() {
        if !files.contains(&d.file) {
            files.push(d.file.clone());
        }
    }
    diagnostics.sort_by_key(|d| (files.iter().position(|f| *f == d.file), d.line, d.column));
}

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

fn load_index(sources: &PlaybookSources, diagnostics: &mut Vec<Diagnostic>) -> (String, Vec<Category>) {
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

fn load_links(sources: &PlaybookSources, diagnostics: &mut Vec<Diagnostic>) -> BTreeMap<LinkId, Link> {
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
        let id = LinkId::new(id.into_inner());
        links.insert(
            id.clone(),
            Link {
                id,
                url,
                audience,
                uncertain: entry.uncertain,
            },
        );
    }
    links
}

fn load_steps(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(files: &[(&str, &str)]) -> PlaybookSources {
        let mut s = PlaybookSources {
            folder: "pb".to_owned(),
            files: BTreeMap::new(),
        };
        s.files.insert(
            INDEX_FILE.to_owned(),
            "content_version = \"1\"\ncategories = [\"configure\", \"errors\", \"policy\", \"registration\"]\n".to_owned(),
        );
        s.files.insert(
            LINKS_FILE.to_owned(),
            "[links.reset-portal]\nurl = \"https://aka.ms/sspr\"\naudience = \"end-user\"\n".to_owned(),
        );
        for c in Category::ALL {
            s.files.insert(format!("{c}.toml"), String::new());
        }
        s.files.insert(CATALOGUE_FILE.to_owned(), String::new());
        for (name, text) in files {
            s.files.insert((*name).to_owned(), (*text).to_owned());
        }
        s
    }

    #[test]
    fn loads_a_valid_step() {
        let (pb, diags) = Playbook::from_sources(&sources(&[(
            "policy.toml",
            "[[step]]\nid = \"policy-x\"\nactors = [\"helpdesk\"]\nsource = \"reset-portal\"\nlinks = [\"reset-portal\"]\n",
        )]));
        assert!(diags.is_empty(), "{diags:?}");
        let step = pb.step(&StepId::new("policy-x")).unwrap();
        assert_eq!(step.category, Category::Policy);
        assert_eq!(step.links, vec![LinkId::new("reset-portal")]);
        assert_eq!(pb.checklist(Category::Policy).unwrap().steps.len(), 1);
    }

    #[test]
    fn unknown_link_is_reported_with_line_and_the_step_kept() {
        let (pb, diags) = Playbook::from_sources(&sources(&[(
            "errors.toml",
            "[[step]]\nid = \"errors-x\"\nactors = [\"user\"]\nsource = \"reset-portal\"\nlinks = [\"nope\"]\n",
        )]));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].file, "pb/errors.toml");
        assert_eq!(diags[0].line, Some(5));
        assert!(diags[0].message.contains("unknown link id \"nope\""), "{}", diags[0]);
        assert!(pb.step(&StepId::new("errors-x")).unwrap().links.is_empty());
    }

    #[test]
    fn bad_url_is_skipped_with_reason() {
        let mut s = sources(&[]);
        s.files.insert(
            LINKS_FILE.to_owned(),
            "[links.evil]\nurl = \"http://aka.ms/sspr\"\naudience = \"end-user\"\n".to_owned(),
        );
        let (pb, diags) = Playbook::from_sources(&s);
        assert_eq!(pb.links().count(), 0);
        assert_eq!(
            diags[0].to_string(),
            "pb/links.toml:2:7: error: link \"evil\" uses http; only https is allowed; the link was skipped; use an https URL on a Microsoft host from the fact sheet"
        );
    }

    #[test]
    fn a_toml_syntax_error_skips_only_that_file() {
        let (pb, diags) = Playbook::from_sources(&sources(&[("configure.toml", "[[step]\nid = 1\n")]));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].line, Some(1));
        assert_eq!(pb.checklists().len(), 4);
    }
}

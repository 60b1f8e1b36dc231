//! The validated playbook: categories, their checklists of steps, and the links steps show.
//!
//! Loading never fails as a whole: [`Playbook::from_sources`] returns what is valid together
//! with a [`Diagnostic`] for everything it had to skip, naming the file, line and fix.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use jiff::civil::Date;

use serde::de::DeserializeOwned;
use toml::Spanned;

use crate::model::catalogue::{CATALOGUE_FILE, Entry, EntryId, load_catalogue};
use crate::model::category::Category;
use crate::model::changes::{CHANGES_FILE, PlatformChange};
use crate::model::diagnostic::{Diagnostic, did_you_mean, line_col, sort_by_position};
use crate::model::links::AllowedUrl;
use crate::model::playbook_file::{CategoryFile, IndexFile, LinksFile, StepEntry};
use crate::model::triage::{Known, TRIAGE_FILE, Triage, TriageState, load_triage};

mod load;

pub(crate) use load::{PositionOf, StepRules, build_step, check_change_references, parse_file, parse_id_list, position};
use load::{load_changes, load_index, load_links, load_steps};

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
    /// The page's own date (`ms.date` of a Microsoft docs page): the version our text was
    /// checked against. `None` for links that are not documentation.
    pub page_date: Option<Date>,
    /// The day we last checked our text against the page.
    pub checked: Option<Date>,
    /// True when the page's date could not be confirmed (shown as uncertain).
    pub page_date_uncertain: bool,
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

/// The content pack layered over the built-in content: shown in the window, the About box
/// and ticket summaries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackInfo {
    /// The organisation's name for the pack, e.g. "Contoso IT".
    pub name: String,
    /// The pack's own version, e.g. "2026.12.1".
    pub version: String,
}

impl std::fmt::Display for PackInfo {
    /// "Contoso IT 2026.12.1": the name and version as every place shows them.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.name, self.version)
    }
}

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
            (CHANGES_FILE, include_str!("../../assets/playbook/changes.toml")),
            (TRIAGE_FILE, include_str!("../../assets/playbook/triage.toml")),
        ];
        Self {
            folder: "assets/playbook".to_owned(),
            files: files.into_iter().map(|(name, text)| (name.to_owned(), text.to_owned())).collect(),
        }
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
    changes: Vec<PlatformChange>,
    triage: TriageState,
    pack: Option<PackInfo>,
}

impl Playbook {
    /// The built-in playbook. Its diagnostics are empty in a correct build (a test checks it).
    pub fn builtin() -> (Playbook, Vec<Diagnostic>) {
        Playbook::from_sources(&PlaybookSources::builtin())
    }

    /// The built-in playbook and its diagnostics, validated once per process: start-up,
    /// opening a pack in the window and each fuzzing input then only copy it.
    pub fn shared_builtin() -> &'static (Playbook, Vec<Diagnostic>) {
        static BUILTIN: std::sync::OnceLock<(Playbook, Vec<Diagnostic>)> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(Playbook::builtin)
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
        let changes = load_changes(sources, &links, &step_ids, &catalogue, &mut diagnostics);
        // Triage is optional in a folder (a pack's test playbook may have none); when present,
        // its errors join the others and leave only the triage unavailable.
        let triage = match sources.files.get(TRIAGE_FILE) {
            Some(text) => {
                let entry_ids = catalogue.iter().map(|e| e.id.clone()).collect();
                let known = Known {
                    steps: &step_ids,
                    entries: &entry_ids,
                    links: &links,
                };
                let state = load_triage(&sources.path(TRIAGE_FILE), text, &known);
                diagnostics.extend(state.problems.iter().cloned());
                state
            }
            None => TriageState::default(),
        };
        let playbook = Playbook {
            content_version,
            checklists,
            links,
            catalogue,
            changes,
            triage,
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

    /// Adds a content pack's dated changes after the built-in ones.
    pub(crate) fn add_changes(&mut self, changes: Vec<PlatformChange>) {
        self.changes.extend(changes);
    }

    /// The dated platform changes, in file order (see [`PlatformChange`]).
    pub fn changes(&self) -> &[PlatformChange] {
        &self.changes
    }

    /// The changes that affect a step or catalogue entry (by its id), in file order.
    pub fn changes_affecting<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a PlatformChange> + 'a {
        self.changes.iter().filter(move |c| c.affects.iter().any(|a| a == id))
    }

    /// The newest day the content was checked against Microsoft's pages (the latest `checked`
    /// date of any link); `None` when no link carries one.
    pub fn checked_on(&self) -> Option<Date> {
        self.links.values().filter_map(|l| l.checked).max()
    }

    /// The error catalogue, in file order.
    pub fn catalogue(&self) -> &[Entry] {
        &self.catalogue
    }

    /// The catalogue entry with this id.
    pub fn entry(&self, id: &EntryId) -> Option<&Entry> {
        self.catalogue.iter().find(|e| &e.id == id)
    }

    /// The catalogue entry that claims this audit-log activity or status reason (compared by
    /// [`crate::model::catalogue::audit_key`]), if any.
    pub fn entry_for_audit(&self, text: &str) -> Option<&Entry> {
        let key = crate::model::catalogue::audit_key(text);
        if key.is_empty() {
            return None;
        }
        self.catalogue
            .iter()
            .find(|e| e.audit.iter().any(|a| crate::model::catalogue::audit_key(a) == key))
    }

    /// The triage ("Start here"), when it loaded without error.
    pub fn triage(&self) -> Option<&Triage> {
        self.triage.triage.as_ref()
    }

    /// The triage as loaded: usable, or unavailable with the reasons.
    pub fn triage_state(&self) -> &TriageState {
        &self.triage
    }

    /// Makes the triage unavailable for these reasons (its words are missing, say), keeping
    /// the reasons already known.
    pub fn disable_triage(&mut self, problems: Vec<Diagnostic>) {
        self.triage.triage = None;
        self.triage.problems.extend(problems);
    }

    /// The triage, for a content pack to add answers to.
    pub(crate) fn triage_mut(&mut self) -> Option<&mut Triage> {
        self.triage.triage.as_mut()
    }

    /// All links, sorted by id.
    pub fn links(&self) -> impl Iterator<Item = &Link> {
        self.links.values()
    }

    /// The content pack layered over the built-in content, if any.
    pub fn pack(&self) -> Option<&PackInfo> {
        self.pack.as_ref()
    }

    /// Records which pack was applied.
    pub(crate) fn set_pack(&mut self, info: Option<PackInfo>) {
        self.pack = info;
    }

    /// The parts a content pack changes: checklists, links and catalogue.
    pub(crate) fn parts_mut(&mut self) -> (&mut Vec<Checklist>, &mut BTreeMap<LinkId, Link>, &mut Vec<Entry>) {
        (&mut self.checklists, &mut self.links, &mut self.catalogue)
    }
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

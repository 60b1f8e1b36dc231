//! The egui front end. Panels read the model and the [`Localizer`] through a [`View`] and push
//! [`Action`]s; [`HelpdeskApp`] applies them after the frame, in one place, where links are
//! checked, text is copied and state is saved.

pub mod about;
pub mod action;
pub mod catalogue_pane;
pub mod checklist_pane;
pub mod diagnostics_banner;
pub mod fonts;
pub mod kiosk;
pub mod qr;
pub(crate) mod search_index;
pub mod search_results;
pub mod session_panel;
pub mod sidebar;
pub mod theme;
pub mod top_bar;

use std::collections::BTreeSet;
use std::time::Duration;

use egui::{CentralPanel, Key, Modifiers, Panel, RichText, ScrollArea};
use jiff::Timestamp;
use jiff::tz::TimeZone;

pub use action::{Action, ErrorsView};
use catalogue_pane::CatalogueState;
use search_index::CorpusSlot;

use crate::cli::StartupOptions;
use crate::i18n::{Language, Localizer};
use crate::model::category::Category;
use crate::model::clock::{Clock, SystemClock};
use crate::model::config::AdminConfig;
use crate::model::diagnostic::Diagnostic;
use crate::model::kiosk::{Idle, KIOSK_FILE, KioskFlow, KioskSession, load_flows};
use crate::model::persistence::{LoadNotice, StateFile, StateStore};
use crate::model::playbook::{LinkId, Playbook, StepId};
use crate::model::session::{MAX_NOTE_CHARS, MAX_TICKET_CHARS, Session, StepState, capped};
use crate::model::settings::{Settings, ThemeChoice, WindowGeometry};
use crate::pack::{PackStatus, load_content};
use crate::platform::opener::{SystemOpener, UrlOpener};
use crate::platform::save_dialog::{RfdSaveDialog, SaveDialog};
use crate::report::{SummaryFormat, caller_instructions, ticket_summary};
use crate::search::{SYNONYMS_FILE, SearchResult, Target, parse_synonyms};

/// Most search results shown in the window.
pub const MAX_RESULTS: usize = 50;
/// How long "Undo" stays offered after "New session", in seconds.
pub const UNDO_SECONDS: i64 = 10;
/// How long after the last change the session is saved, in milliseconds.
const SAVE_DELAY_MS: u64 = 800;
/// Smallest window size, in points (width, height).
pub const MIN_WINDOW: [f32; 2] = [720.0, 520.0];
/// Smallest and largest zoom factor.
const ZOOM_RANGE: (f32, f32) = (0.6, 3.0);

/// What the app talks to outside itself; tests swap each one.
pub struct Services {
    /// Opens allow-listed URLs.
    pub opener: Box<dyn UrlOpener>,
    /// Tells the time.
    pub clock: Box<dyn Clock>,
    /// Asks where to save an export.
    pub save_dialog: Box<dyn SaveDialog>,
    /// The zone summary times are shown in.
    pub time_zone: TimeZone,
}

impl Services {
    /// The real ones: default browser, system clock, native dialog, the system's time zone.
    pub fn system() -> Self {
        Self {
            opener: Box::new(SystemOpener),
            clock: Box::new(SystemClock),
            save_dialog: Box::new(RfdSaveDialog),
            time_zone: TimeZone::system(),
        }
    }
}

/// What panels read while drawing one frame.
pub struct View<'a> {
    /// The content.
    pub playbook: &'a Playbook,
    /// The agent's session.
    pub session: &'a Session,
    /// Words in the current language.
    pub loc: &'a Localizer,
    /// Loading problems to show in the banner (empty once dismissed).
    pub diagnostics: &'a [Diagnostic],
    /// Other notices for the banner, already in the current language.
    pub notices: &'a [String],
    /// What *Error messages* shows.
    pub errors_view: ErrorsView,
    /// Filter and open card of the error catalogue.
    pub catalogue: &'a CatalogueState,
    /// The step or entry to highlight (after a search or "go to step").
    pub highlight: Option<&'a Highlight>,
    /// The settings (both languages, panels, theme).
    pub settings: &'a Settings,
    /// Steps whose note field is open although the note is empty.
    pub open_notes: &'a BTreeSet<StepId>,
    /// Times shown in the UI are in this zone.
    pub time_zone: &'a TimeZone,
    /// Screen-share mode: notes, the ticket and admin-only explanations are hidden.
    pub presenting: bool,
    /// The content pack asked for and what became of it (`None` without a pack).
    pub pack: Option<&'a PackStatus>,
    /// A pack the agent chose (from the menu, or saved or given with `--pack` at start) that
    /// had errors: not applied; the content in use stayed or, at start, the administrator's
    /// pack was used. The banner lists its problems instead of [`View::pack`]'s.
    pub refused_pack: Option<&'a PackStatus>,
    /// The administrator pinned the pack (`allow_pack_change = false`): the menu cannot
    /// change it.
    pub pack_locked: bool,
    /// Whether the pack's problems are still shown in the banner (until dismissed).
    pub pack_banner: bool,
    /// The query the shown step or entry was opened from (see [`Action::BackToResults`]).
    pub last_query: Option<&'a str>,
    /// The folder of the administrator's pack (configuration file `pack`) when it is not the
    /// one in use and the agent may switch to it.
    pub admin_pack: Option<&'a std::path::Path>,
}

/// A step or entry to highlight, and whether it still has to be scrolled into view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// What to highlight.
    pub target: Target,
    /// True until the pane has scrolled it into view once.
    pub scroll_pending: bool,
}

/// A notice about state files, rendered in the current language each frame.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Notice {
    MovedAside { file: StateFile, moved_to: String, reason: String },
    Unreadable { file: StateFile, reason: String },
    SaveFailed { file: StateFile, error: String },
    SettingsReset { fields: String },
    FieldsReset { fields: String, copy: Option<String> },
    SessionTrimmed,
}

/// The result of the last action worth reporting, shown in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Status {
    Opened(LinkId),
    Copied(LinkId),
    OpenFailed {
        link: LinkId,
        error: String,
    },
    SummaryCopied,
    CallerCopied(Language),
    Exported(String),
    ExportFailed(String),
    ExportCancelled,
    PackApplied(String),
    /// A pack with errors: its label, and the label of the pack that stayed in use (`None`:
    /// the built-in content).
    PackNotApplied {
        label: String,
        kept: Option<String>,
    },
    PackRemoved,
    PackCancelled,
    NewSession,
    SessionRestored,
    SessionResumed {
        ticket: String,
        steps: usize,
    },
}

/// The application: owns the content, the session and the settings, draws the panels and
/// applies their actions.
pub struct HelpdeskApp {
    playbook: Playbook,
    loc: Localizer,
    /// The content pack asked for, and whether it was applied.
    pack: Option<PackStatus>,
    /// The last pack the agent chose that had errors (see [`View::refused_pack`]).
    refused_pack: Option<PackStatus>,
    /// The pack's problems are hidden from the banner.
    pack_banner_dismissed: bool,
    session: Session,
    services: Services,
    store: Option<StateStore>,
    settings: Settings,
    diagnostics: Vec<Diagnostic>,
    notices: Vec<Notice>,
    status: Option<Status>,
    corpus: CorpusSlot,
    /// Search synonym groups, read once; the index is rebuilt from them when a pack changes.
    synonyms: Vec<Vec<String>>,
    /// The session panel's ticket summary, until the next action.
    summary_cache: Option<String>,
    query: String,
    results: Vec<SearchResult>,
    /// The query a result was last opened from, offered as "Back to the results" until the
    /// agent moves on (another category, another search, a new session).
    last_query: Option<String>,
    focus_search: bool,
    errors_view: ErrorsView,
    catalogue: CatalogueState,
    highlight: Option<Highlight>,
    open_notes: BTreeSet<StepId>,
    confirm_new_session: bool,
    /// The session "New session" replaced, and until when it can be restored.
    undo: Option<(Session, Timestamp)>,
    /// When the session changed and has not been saved yet.
    session_dirty_since: Option<std::time::Instant>,
    /// Last window geometry seen, saved on exit.
    window: Option<WindowGeometry>,
    /// Whether the restored window has been checked against the monitor's size.
    window_checked: bool,
    /// Kiosk mode, when on.
    kiosk: Option<KioskState>,
    /// Screen-share mode: the zoom to restore when it ends.
    presenting: Option<f32>,
    /// The administrator's configuration.
    config: AdminConfig,
    /// The link whose QR code is shown large.
    qr_link: Option<LinkId>,
    /// Which renderer and adapter draw the window (for the About box and support).
    renderer: String,
    /// Whether the About box is open.
    show_about: bool,
    /// Close after the first painted frame (start-up checks).
    quit_after_first_frame: bool,
    /// Frames drawn so far (counts to 2 at most).
    frames_drawn: u8,
}

/// Everything kiosk mode keeps, in memory only.
struct KioskState {
    flows: Vec<KioskFlow>,
    session: KioskSession,
    default_language: Language,
    open_failed: bool,
    /// Set by the exit chord, so the close request that follows is let through.
    leaving: bool,
}

impl std::fmt::Debug for HelpdeskApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HelpdeskApp")
            .field("language", &self.loc.language())
            .field("session", &self.session)
            .finish_non_exhaustive()
    }
}

/// The central panel's scrolling content: the problems banner, the checklist (or the search
/// results for `query`, when it is not empty) and the content version. The window and
/// `benches/frame.rs` both draw it.
pub fn central_pane_ui(ui: &mut egui::Ui, view: &View<'_>, query: &str, results: &[SearchResult], actions: &mut Vec<Action>) {
    ScrollArea::vertical()
        .id_salt("checklist_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(theme::CONTENT_MAX_WIDTH));
            diagnostics_banner::diagnostics_banner_ui(ui, view, actions);
            if query.is_empty() {
                checklist_pane::checklist_pane_ui(ui, view, actions);
            } else {
                search_results::search_results_ui(ui, view, query, results, actions);
            }
            ui.add_space(16.0);
            let mut footer = view.loc.text_with_args(
                "footer-content-version",
                &[("version", view.playbook.content_version.as_str().into())],
            );
            if let Some(pack) = view.playbook.pack() {
                footer.push_str(" · ");
                footer.push_str(&view.loc.text_with_args(
                    "pack-active",
                    &[("name", pack.name.as_str().into()), ("version", pack.version.as_str().into())],
                ));
            }
            ui.label(RichText::new(footer).small().weak());
        });
}

/// The window title: the app's name, and the active pack's name and version.
fn window_title(pack: Option<&PackStatus>) -> String {
    match pack {
        Some(pack) => format!("SSPR Helpdesk Assistant — {}", pack.label()),
        None => "SSPR Helpdesk Assistant".to_owned(),
    }
}

fn log_pack(pack: &PackStatus) {
    if pack.applied {
        log::info!("content pack {} applied from {}", pack.label(), pack.folder.display());
    } else {
        log::warn!("content pack in {} was not applied", pack.folder.display());
    }
    for diagnostic in &pack.diagnostics {
        log::warn!("{}: {diagnostic}", pack.folder.display());
    }
}

fn notice_from(notice: LoadNotice) -> Notice {
    match notice {
        LoadNotice::MovedAside { file, moved_to, reason } => Notice::MovedAside {
            file,
            moved_to: moved_to.display().to_string(),
            reason,
        },
        LoadNotice::Unreadable { file, reason } => Notice::Unreadable { file, reason },
        LoadNotice::FieldsReset { fields, copy, .. } => Notice::FieldsReset {
            fields: fields.join(", "),
            copy: copy.map(|c| c.display().to_string()),
        },
    }
}

impl HelpdeskApp {
    /// Creates the app: installs fonts and theme into `ctx`, loads the built-in content, the
    /// settings and the last session, and picks the language (`--lang`, else the saved choice,
    /// else the OS language, else en-US).
    pub fn new(ctx: &egui::Context, options: StartupOptions, services: Services) -> Self {
        fonts::install(ctx);
        theme::apply(ctx);

        let mut notices = Vec::new();
        // A kiosk writes nothing to disk: no settings, no session.
        let mut store = if options.kiosk {
            None
        } else {
            options.data_dir.map(StateStore::new)
        };
        let (settings, saved_session) = match store.as_mut() {
            Some(store) => {
                let (mut settings, notice) = store.load_settings();
                notices.extend(notice.map(notice_from));
                let reset = settings.sanitize();
                if !reset.is_empty() {
                    notices.push(Notice::SettingsReset { fields: reset.join(", ") });
                }
                let (mut session, notice) = store.load_session();
                notices.extend(notice.map(notice_from));
                if session.as_mut().is_some_and(Session::enforce_limits) {
                    notices.push(Notice::SessionTrimmed);
                }
                (settings, session)
            }
            None => (Settings::default(), None),
        };
        let kiosk_language = options.config.language.as_deref().and_then(Language::from_tag);
        let language = options
            .language
            .or(if options.kiosk { kiosk_language } else { None })
            .or_else(|| settings.language.as_deref().and_then(Language::from_tag))
            .unwrap_or_else(|| Language::negotiate(&options.os_locales));

        // `--pack` wins over the agent's choice, which wins over the administrator's default.
        // A kiosk, or an administrator who pinned the pack, takes only what the administrator
        // set up (`--pack` against a pinned pack is refused in `StartupOptions::from_cli`).
        // The agent's "built-in content only" also passes over the administrator's default.
        let agent_may_choose = !options.kiosk && options.config.allow_pack_change;
        let chosen = options
            .pack
            .clone()
            .or_else(|| if agent_may_choose { settings.pack.clone() } else { None });
        // Also when falling back from a broken --pack: the agent opted out of the default.
        let builtin_chosen = agent_may_choose && settings.builtin_only && settings.pack.is_none();
        let admin_pack = options.config.pack.clone().filter(|_| !builtin_chosen);
        let mut loaded = load_content(language, chosen.as_deref().or(admin_pack.as_deref()));
        // A broken pack of the agent's (or --pack's) does not also cost the administrator's
        // working one: that is used instead, and the banner says why.
        let mut refused_pack = None;
        if let (Some(chosen), Some(admin)) = (&chosen, &admin_pack)
            && chosen != admin
            && loaded.pack.as_ref().is_some_and(|p| !p.applied)
        {
            let fallback = load_content(language, Some(admin));
            refused_pack = loaded.pack.take();
            if let Some(refused) = &refused_pack {
                log_pack(refused);
            }
            loaded = fallback;
        }
        let (playbook, loc, pack) = (loaded.playbook, loaded.loc, loaded.pack);
        let mut diagnostics = loaded.builtin_diagnostics;
        if let Some(pack) = &pack {
            log_pack(pack);
            if pack.applied {
                ctx.send_viewport_cmd(egui::ViewportCommand::Title(window_title(Some(pack))));
            }
        }
        diagnostics.extend(options.config_diagnostics.iter().cloned());
        let synonyms = parse_synonyms("assets/playbook/synonyms.toml", SYNONYMS_FILE).unwrap_or_else(|d| {
            diagnostics.push(d);
            Vec::new()
        });
        for diagnostic in &diagnostics {
            log::warn!("{diagnostic}");
        }
        log::info!(
            "content {} in {}; {} steps",
            playbook.content_version,
            language,
            playbook.steps().count()
        );

        let first = playbook.categories().next().unwrap_or(Category::Configure);
        let caller_language = settings.caller_language.as_deref().and_then(Language::from_tag).unwrap_or(language);
        // A session restored from the last run is announced, so the agent does not carry on
        // the previous caller's call by mistake.
        let resumed = saved_session.as_ref().filter(|s| !s.is_empty()).map(|s| Status::SessionResumed {
            ticket: s.ticket.clone(),
            steps: s.ticked_count(),
        });
        let session = saved_session.unwrap_or_else(|| Session::new(first, caller_language, services.clock.now()));
        let corpus = CorpusSlot::prepare(&playbook, &loc, &synonyms);
        let kiosk = options.kiosk.then(|| {
            let (flows, problems) = load_flows("assets/playbook/kiosk.toml", KIOSK_FILE, &playbook);
            for problem in problems {
                log::warn!("{problem}");
            }
            KioskState {
                flows,
                session: KioskSession::new(language, services.clock.now()),
                default_language: language,
                open_failed: false,
                leaving: false,
            }
        });
        let mut settings = settings;
        if options.config.high_contrast {
            settings.high_contrast = true;
        }
        apply_view_settings(ctx, &settings);
        Self {
            playbook,
            loc,
            pack,
            refused_pack,
            pack_banner_dismissed: false,
            session,
            services,
            store,
            settings,
            diagnostics,
            notices,
            status: resumed,
            corpus,
            synonyms,
            summary_cache: None,
            query: String::new(),
            results: Vec::new(),
            last_query: None,
            focus_search: false,
            errors_view: ErrorsView::default(),
            catalogue: CatalogueState::default(),
            highlight: None,
            open_notes: BTreeSet::new(),
            confirm_new_session: false,
            undo: None,
            session_dirty_since: None,
            window: None,
            window_checked: false,
            kiosk,
            presenting: None,
            config: options.config,
            qr_link: None,
            renderer: "headless".to_owned(),
            show_about: false,
            quit_after_first_frame: options.quit_after_first_frame,
            frames_drawn: 0,
        }
    }

    /// Creates the app from eframe's creation context (the real window), and logs which
    /// renderer and adapter draw it.
    pub fn from_creation_context(cc: &eframe::CreationContext<'_>, options: StartupOptions, services: Services) -> Self {
        let mut app = Self::new(&cc.egui_ctx, options, services);
        app.renderer = renderer_description(cc);
        log::info!("renderer in use: {}", app.renderer);
        app
    }

    /// Which renderer and adapter draw the window, e.g. "wgpu (Vulkan): llvmpipe (LLVM 15)".
    pub fn renderer(&self) -> &str {
        &self.renderer
    }

    /// The agent's current session.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The current UI language.
    pub fn language(&self) -> Language {
        self.loc.language()
    }

    /// The words in the current language (tests use it to find labels).
    pub fn localizer(&self) -> &Localizer {
        &self.loc
    }

    /// The content.
    pub fn playbook(&self) -> &Playbook {
        &self.playbook
    }

    /// Loading problems shown in the banner.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Whether the app runs in kiosk mode.
    pub fn is_kiosk(&self) -> bool {
        self.kiosk.is_some()
    }

    /// The kiosk's session (who is at the kiosk, which screen), in kiosk mode.
    pub fn kiosk_session(&self) -> Option<&KioskSession> {
        self.kiosk.as_ref().map(|k| &k.session)
    }

    /// Whether screen-share mode is on.
    pub fn is_presenting(&self) -> bool {
        self.presenting.is_some()
    }

    /// The settings as they are now.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The search box's text.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The current search results.
    pub fn results(&self) -> &[SearchResult] {
        &self.results
    }

    /// The ticket summary of the current session in the UI language.
    pub fn summary(&self, format: SummaryFormat) -> String {
        ticket_summary(&self.session, &self.playbook, &self.loc, format, &self.services.time_zone)
    }

    fn run_search(&mut self, ctx: &egui::Context) {
        if self.query.trim().is_empty() {
            self.results.clear();
            return;
        }
        self.results = self
            .corpus
            .get(ctx)
            .map(|corpus| corpus.search(&self.query, MAX_RESULTS))
            .unwrap_or_default();
    }

    fn highlight(&mut self, target: Target) {
        self.highlight = Some(Highlight {
            target,
            scroll_pending: true,
        });
    }

    fn session_changed(&mut self) {
        if self.session_dirty_since.is_none() {
            self.session_dirty_since = Some(std::time::Instant::now());
        }
    }

    /// Applies one action (after the frame that produced it).
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        // Every change to the session, the language or the content comes through here.
        self.summary_cache = None;
        let now = self.services.clock.now();
        match action {
            Action::SelectCategory(category) => {
                self.last_query = None;
                self.session.select(category);
                self.highlight = None;
                if !self.query.is_empty() {
                    self.query.clear();
                    self.results.clear();
                }
                self.session_changed();
            }
            Action::ToggleStep(step) => {
                self.session.toggle_done(&step, now);
                self.session_changed();
            }
            Action::SetStepState(step, state) => {
                let next = if self.session.state(&step) == state {
                    StepState::NotStarted
                } else {
                    state
                };
                self.session.set_state(&step, next, now);
                self.session_changed();
            }
            Action::SetStepNote(step, note) => {
                self.session.set_step_note(&step, capped(note, MAX_NOTE_CHARS), now);
                self.session_changed();
            }
            Action::OpenStepNote(step) => {
                self.open_notes.insert(step);
            }
            Action::CopyForCaller(step) => {
                let language = self.session.caller_language;
                let Some(step) = self.playbook.step(&step) else { return };
                if let Some(text) = caller_instructions(&self.playbook, &self.loc, step, language) {
                    ctx.copy_text(text);
                    if let Some(link) = &step.caller_link {
                        self.session.give_link(link, now);
                    }
                    self.status = Some(Status::CallerCopied(language));
                    self.session_changed();
                }
            }
            Action::SetTicket(ticket) => {
                self.session.ticket = capped(ticket, MAX_TICKET_CHARS);
                self.session_changed();
            }
            Action::SetCallerLanguage(language) => {
                self.session.caller_language = language;
                self.settings.caller_language = Some(language.tag().to_owned());
                self.save_settings();
                self.session_changed();
            }
            Action::SetSessionNote(note) => {
                self.session.note = capped(note, MAX_NOTE_CHARS);
                self.session_changed();
            }
            Action::CopySummary => {
                ctx.copy_text(self.summary(SummaryFormat::Text));
                self.status = Some(Status::SummaryCopied);
            }
            Action::ExportSummary => self.export_summary(),
            Action::OpenLink(id) => {
                let Some(link) = self.playbook.link(&id) else { return };
                let audience = link.audience;
                self.status = Some(match self.services.opener.open(&link.url) {
                    Ok(()) => Status::Opened(id.clone()),
                    Err(error) => {
                        // The agent can still paste it: put the link on the clipboard.
                        ctx.copy_text(link.url.to_string());
                        log::warn!("opening {}: {error}", link.url);
                        Status::OpenFailed {
                            link: id.clone(),
                            error: error.to_string(),
                        }
                    }
                });
                if audience == crate::model::playbook::Audience::EndUser {
                    self.session.give_link(&id, now);
                    self.session_changed();
                }
            }
            Action::CopyLink(id) => {
                if let Some(link) = self.playbook.link(&id) {
                    ctx.copy_text(link.url.to_string());
                    if link.audience == crate::model::playbook::Audience::EndUser {
                        self.session.give_link(&id, now);
                        self.session_changed();
                    }
                    self.status = Some(Status::Copied(id));
                }
            }
            Action::SetLanguage(language) => {
                // Results keep their order (the index holds both languages); only the words
                // shown change.
                self.loc.set_language(language);
                self.settings.language = Some(language.tag().to_owned());
                self.save_settings();
            }
            Action::ClearTicks => {
                self.session.clear_states(now);
                self.session_changed();
            }
            Action::DismissDiagnostics => {
                self.diagnostics.clear();
                self.notices.clear();
                self.pack_banner_dismissed = true;
                self.refused_pack = None;
                // Its "see the list above the checklist" would point at nothing now.
                if matches!(self.status, Some(Status::PackNotApplied { .. })) {
                    self.status = None;
                }
            }
            Action::OpenPack => {
                if self.kiosk.is_some() || !self.config.allow_pack_change {
                    return;
                }
                let start = self.pack.as_ref().and_then(|p| p.folder.parent().map(std::path::Path::to_path_buf));
                match self
                    .services
                    .save_dialog
                    .pick_folder(&self.loc.text("pack-dialog-title"), start.as_deref())
                {
                    Some(dir) => self.switch_pack(ctx, Some(dir)),
                    None => self.status = Some(Status::PackCancelled),
                }
            }
            Action::UseAdminPack => {
                if let (None, true, Some(admin)) = (&self.kiosk, self.config.allow_pack_change, self.config.pack.clone()) {
                    self.switch_pack(ctx, Some(admin.clone()));
                    // Follow the configuration from now on, not this folder: when the
                    // administrator later names another pack, that one is used.
                    if self.pack.as_ref().is_some_and(|p| p.applied && p.folder == admin) {
                        self.settings.pack = None;
                        self.settings.builtin_only = false;
                        self.save_settings();
                    }
                }
            }
            Action::RemovePack => {
                if self.kiosk.is_none() && self.config.allow_pack_change {
                    self.switch_pack(ctx, None);
                }
            }
            Action::DismissStatus => self.status = None,
            Action::SetSearch(query) => {
                self.last_query = None;
                self.query = query;
                self.run_search(ctx);
            }
            Action::OpenResult(target) => {
                match &target {
                    Target::Step(id) => {
                        if let Some(step) = self.playbook.step(id) {
                            self.session.select(step.category);
                            if step.category == Category::Errors {
                                self.errors_view = ErrorsView::Checklist;
                            }
                        }
                    }
                    Target::Entry(id) => {
                        self.session.select(Category::Errors);
                        self.errors_view = ErrorsView::Catalogue;
                        self.catalogue.filter = None;
                        self.catalogue.open = Some(id.clone());
                    }
                }
                self.last_query = Some(std::mem::take(&mut self.query));
                self.results.clear();
                self.highlight(target);
            }
            Action::BackToResults => {
                if let Some(query) = self.last_query.take() {
                    self.query = query;
                    // Searched again: the words (language, pack) may have changed since.
                    self.run_search(ctx);
                    self.highlight = None;
                }
            }
            Action::SetErrorsView(view) => self.errors_view = view,
            Action::SetCatalogueFilter(filter) => self.catalogue.filter = filter,
            Action::ToggleEntry(id) => {
                self.catalogue.open = if self.catalogue.open.as_ref() == Some(&id) {
                    None
                } else {
                    Some(id)
                };
            }
            Action::GoToStep(id) => {
                if let Some(step) = self.playbook.step(&id) {
                    self.session.select(step.category);
                    self.errors_view = ErrorsView::Checklist;
                    self.highlight(Target::Step(id));
                }
            }
            Action::Scrolled => {
                if let Some(highlight) = &mut self.highlight {
                    highlight.scroll_pending = false;
                }
            }
            Action::RequestNewSession => self.confirm_new_session = true,
            Action::CancelNewSession => self.confirm_new_session = false,
            Action::ConfirmNewSession => {
                self.confirm_new_session = false;
                let first = self.playbook.categories().next().unwrap_or(Category::Configure);
                let caller_language = self
                    .settings
                    .caller_language
                    .as_deref()
                    .and_then(Language::from_tag)
                    .unwrap_or(self.loc.language());
                let old = std::mem::replace(&mut self.session, Session::new(first, caller_language, now));
                let until = now.checked_add(jiff::SignedDuration::from_secs(UNDO_SECONDS)).unwrap_or(now);
                self.undo = Some((old, until));
                self.open_notes.clear();
                self.highlight = None;
                self.last_query = None;
                self.status = Some(Status::NewSession);
                self.session_changed();
            }
            Action::UndoNewSession => {
                if let Some((old, _)) = self.undo.take() {
                    self.session = old;
                    self.status = Some(Status::SessionRestored);
                    self.session_changed();
                }
            }
            Action::SetBothLanguages(on) => {
                self.settings.both_languages = on;
                self.save_settings();
            }
            Action::SetSessionPanel(on) => {
                self.settings.session_panel = on;
                self.save_settings();
            }
            Action::SetTheme(choice) => {
                self.settings.theme = choice;
                apply_view_settings(ctx, &self.settings);
                self.save_settings();
            }
            Action::SetPresenting(on) => self.set_presenting(ctx, on),
            Action::SetHighContrast(on) => {
                self.settings.high_contrast = on;
                apply_view_settings(ctx, &self.settings);
                self.save_settings();
            }
            Action::ShowQr(link) => self.qr_link = link,
            Action::ShowAbout(on) => self.show_about = on,
            Action::OpenLogFolder => {
                let opened = crate::platform::logging::log_dir()
                    .ok_or_else(|| "no log folder on this system".to_owned())
                    .and_then(|dir| {
                        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
                        crate::platform::opener::open_app_folder(&dir).map_err(|e| e.to_string())
                    });
                if let Err(error) = opened {
                    log::warn!("opening the log folder: {error}");
                    self.status = Some(Status::ExportFailed(error));
                }
            }
            Action::Zoom(factor) => {
                let zoom = if factor == 1.0 {
                    1.0
                } else {
                    (ctx.zoom_factor() * factor).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1)
                };
                ctx.set_zoom_factor(zoom);
                self.settings.zoom = zoom;
                self.save_settings();
            }
        }
    }

    fn set_presenting(&mut self, ctx: &egui::Context, on: bool) {
        match (on, self.presenting) {
            (true, None) => {
                let zoom = ctx.zoom_factor();
                self.presenting = Some(zoom);
                ctx.set_zoom_factor((zoom * self.config.present_scale).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1));
            }
            (false, Some(zoom)) => {
                self.presenting = None;
                ctx.set_zoom_factor(zoom);
            }
            _ => {}
        }
    }

    fn export_summary(&mut self) {
        let stamp = self
            .services
            .clock
            .now()
            .to_zoned_datetime(self.services.time_zone.clone())
            .strftime("%Y%m%d-%H%M")
            .to_string();
        let ticket: String = self
            .session
            .ticket
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(40)
            .collect();
        let name = if ticket.is_empty() {
            format!("sspr-summary-{stamp}.md")
        } else {
            format!("sspr-summary-{ticket}-{stamp}.md")
        };
        let Some(path) = self.services.save_dialog.save_path(&name, self.settings.export_folder.as_deref()) else {
            self.status = Some(Status::ExportCancelled);
            return;
        };
        let text = self.summary(SummaryFormat::for_path(&path));
        let folder = path.parent().map(std::path::Path::to_path_buf);
        let result = match &folder {
            Some(dir) if !dir.as_os_str().is_empty() => crate::model::persistence::write_atomically(dir, &path, text.as_bytes()),
            _ => std::fs::write(&path, text.as_bytes()),
        };
        self.status = Some(match result {
            Ok(()) => {
                self.settings.export_folder = folder;
                self.save_settings();
                Status::Exported(path.display().to_string())
            }
            Err(error) => Status::ExportFailed(error.to_string()),
        });
    }

    /// Shows one "could not save" line per file, with the latest reason, however often a
    /// save fails; a later success clears it.
    fn report_save(&mut self, file: StateFile, result: std::io::Result<()>) {
        self.notices
            .retain(|n| !matches!(n, Notice::SaveFailed { file: f, .. } if *f == file));
        if let Err(error) = result {
            log::error!("saving {}: {error}", file.name());
            self.notices.push(Notice::SaveFailed {
                file,
                error: error.to_string(),
            });
        }
    }

    fn save_settings(&mut self) {
        let Some(store) = &self.store else { return };
        let result = store.save_settings(&self.settings);
        self.report_save(StateFile::Settings, result);
    }

    /// Saves the session now (on exit, and shortly after each change).
    pub fn save_session(&mut self) {
        self.session_dirty_since = None;
        let Some(store) = &self.store else { return };
        let result = store.save_session(&self.session);
        self.report_save(StateFile::Session, result);
    }

    fn notice_text(&self, notice: &Notice) -> String {
        match notice {
            Notice::MovedAside { file, moved_to, reason } => {
                let id = if *file == StateFile::Session {
                    "notice-session-moved"
                } else {
                    "notice-settings-moved"
                };
                self.loc
                    .text_with_args(id, &[("path", moved_to.as_str().into()), ("reason", reason.as_str().into())])
            }
            Notice::Unreadable { file, reason } => {
                let id = if *file == StateFile::Session {
                    "notice-session-unreadable"
                } else {
                    "notice-settings-unreadable"
                };
                self.loc.text_with_args(id, &[("reason", reason.as_str().into())])
            }
            Notice::SaveFailed { file, error } => {
                let id = if *file == StateFile::Session {
                    "notice-session-save-failed"
                } else {
                    "notice-save-failed"
                };
                self.loc.text_with_args(id, &[("error", error.as_str().into())])
            }
            Notice::SettingsReset { fields } => self
                .loc
                .text_with_args("notice-settings-reset", &[("fields", fields.as_str().into())]),
            Notice::FieldsReset { fields, copy: Some(copy) } => self.loc.text_with_args(
                "notice-settings-fields-reset",
                &[("fields", fields.as_str().into()), ("path", copy.as_str().into())],
            ),
            Notice::FieldsReset { fields, copy: None } => self
                .loc
                .text_with_args("notice-settings-reset", &[("fields", fields.as_str().into())]),
            Notice::SessionTrimmed => self.loc.text("notice-session-trimmed"),
        }
    }

    /// Replaces the content with the built-in content plus the pack in `dir` (or none), keeping
    /// the session, the language and the view. A pack with errors changes nothing: the content
    /// in use (a working pack, or the built-in content) stays, the saved choice stays, and the
    /// banner lists the refused pack's problems. Only a change that happened is saved for the
    /// next start.
    fn switch_pack(&mut self, ctx: &egui::Context, dir: Option<std::path::PathBuf>) {
        let loaded = load_content(self.loc.language(), dir.as_deref());
        self.pack_banner_dismissed = false;
        if let Some(refused) = loaded.pack.as_ref().filter(|p| !p.applied) {
            log_pack(refused);
            self.status = Some(Status::PackNotApplied {
                label: refused.label(),
                kept: self.pack.as_ref().filter(|p| p.applied).map(PackStatus::label),
            });
            self.refused_pack = loaded.pack;
            return;
        }
        self.playbook = loaded.playbook;
        self.loc = loaded.loc;
        self.corpus = CorpusSlot::prepare(&self.playbook, &self.loc, &self.synonyms);
        self.results.clear();
        self.query.clear();
        self.highlight = None;
        self.qr_link = None;
        self.refused_pack = None;
        self.status = Some(match &loaded.pack {
            None => Status::PackRemoved,
            Some(pack) => Status::PackApplied(pack.label()),
        });
        if let Some(pack) = &loaded.pack {
            log_pack(pack);
        }
        self.settings.builtin_only = dir.is_none();
        self.settings.pack = dir;
        self.save_settings();
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(window_title(loaded.pack.as_ref())));
        self.pack = loaded.pack;
    }

    fn status_text(&self, status: &Status) -> String {
        let url = |id: &LinkId| self.playbook.link(id).map(|l| l.url.to_string()).unwrap_or_default();
        let loc = &self.loc;
        match status {
            Status::Opened(id) => loc.text_with_args("status-opened", &[("url", url(id).into())]),
            Status::Copied(id) => loc.text_with_args("status-copied", &[("url", url(id).into())]),
            Status::OpenFailed { link, error } => {
                loc.text_with_args("status-open-failed", &[("url", url(link).into()), ("error", error.as_str().into())])
            }
            Status::SummaryCopied => loc.text("status-summary-copied"),
            Status::CallerCopied(language) => loc.text_with_args("status-caller-copied", &[("language", language.native_name().into())]),
            Status::Exported(path) => loc.text_with_args("status-exported", &[("path", path.as_str().into())]),
            Status::ExportFailed(error) => loc.text_with_args("status-export-failed", &[("error", error.as_str().into())]),
            Status::ExportCancelled => loc.text("status-export-cancelled"),
            Status::PackApplied(label) => loc.text_with_args("status-pack-applied", &[("pack", label.as_str().into())]),
            Status::PackNotApplied { label, kept: None } => {
                loc.text_with_args("status-pack-not-applied", &[("pack", label.as_str().into())])
            }
            Status::PackNotApplied { label, kept: Some(kept) } => loc.text_with_args(
                "status-pack-not-applied-kept",
                &[("pack", label.as_str().into()), ("kept", kept.as_str().into())],
            ),
            Status::PackRemoved => loc.text("status-pack-removed"),
            Status::PackCancelled => loc.text("status-pack-cancelled"),
            Status::NewSession => loc.text("status-new-session"),
            Status::SessionRestored => loc.text("status-session-restored"),
            Status::SessionResumed { ticket, steps } => {
                let ticket = if ticket.is_empty() {
                    loc.text("summary-ticket-none")
                } else {
                    ticket.clone()
                };
                loc.text_with_args("status-session-resumed", &[("ticket", ticket.into()), ("steps", (*steps).into())])
            }
        }
    }

    fn keyboard_actions(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        // Ctrl+F (Cmd+F on macOS) works everywhere, even from another text field.
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::F)) {
            self.focus_search = true;
        }
        if !self.query.is_empty() && ctx.input(|i| i.key_pressed(Key::Escape)) {
            actions.push(Action::SetSearch(String::new()));
        }
        // F11 is no text key, so screen-share mode toggles even while typing a note.
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F11)) {
            actions.push(Action::SetPresenting(self.presenting.is_none()));
        }
        // The rest never steal keys from a text field (or an IME composing in one).
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::C)) {
            actions.push(Action::CopySummary);
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::N)) {
            actions.push(Action::RequestNewSession);
        }
        let keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];
        for (key, category) in keys.into_iter().zip(Category::ALL) {
            if ctx.input(|i| i.key_pressed(key) && i.modifiers.is_none()) {
                actions.push(Action::SelectCategory(category));
            }
        }
    }

    /// Tracks zoom changes made with egui's own Ctrl +/− and the window's geometry.
    fn track_view(&mut self, ctx: &egui::Context) {
        let zoom = ctx.zoom_factor();
        if self.presenting.is_none() && self.kiosk.is_none() && (zoom - self.settings.zoom).abs() > 0.001 {
            self.settings.zoom = zoom;
            self.save_settings();
        }
        let (outer, inner, monitor) = ctx.input(|i| (i.viewport().outer_rect, i.viewport().inner_rect, i.viewport().monitor_size));
        if let (Some(outer), Some(inner)) = (outer, inner) {
            let seen = WindowGeometry {
                x: outer.min.x,
                y: outer.min.y,
                width: inner.width(),
                height: inner.height(),
            };
            // A window restored onto a monitor that is gone or smaller comes back on screen.
            if let (false, Some(monitor)) = (self.window_checked, monitor) {
                self.window_checked = true;
                let fitted = seen.clamped_to((monitor.x, monitor.y), (MIN_WINDOW[0], MIN_WINDOW[1]));
                if fitted != seen {
                    ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::pos2(fitted.x, fitted.y)));
                    ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(egui::vec2(fitted.width, fitted.height)));
                }
            }
            self.window = Some(seen);
        }
    }

    /// One frame of kiosk mode: input resets the idle timer, the timer forgets the person,
    /// only the exit chord closes the window.
    fn kiosk_frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let now = self.services.clock.now();
        let idle_seconds = self.config.idle_seconds;
        let Some(kiosk) = self.kiosk.as_mut() else { return };
        // Some window managers (or none, as on a bare X server) ignore the fullscreen request
        // at creation: once the monitor's size is known, ask again and fill it.
        if let (false, Some(monitor)) = (self.window_checked, ctx.input(|i| i.viewport().monitor_size)) {
            self.window_checked = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::pos2(0.0, 0.0)));
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(monitor));
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
        // Leaving kiosk mode takes a deliberate chord; every other close request is refused.
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND | Modifiers::ALT | Modifiers::SHIFT, Key::Q)) {
            kiosk.leaving = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !kiosk.leaving {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        let touched = ctx.input(|i| i.events.iter().any(|e| !matches!(e, egui::Event::WindowFocused(_))));
        if touched {
            kiosk.session.touched(now);
        }
        let default_language = kiosk.default_language;
        let mut idle = kiosk.session.idle(now, idle_seconds);
        if idle == Idle::Expired {
            if !kiosk.session.is_fresh(default_language) {
                log::info!("kiosk: idle, starting over");
            }
            kiosk.session.wipe(default_language, now);
            kiosk.open_failed = false;
            self.loc.set_language(default_language);
            idle = kiosk.session.idle(now, idle_seconds);
        }
        // Someone to forget: wake up for the countdown, then every second of it. Nobody there:
        // no timer at all, so an idle kiosk paints nothing.
        if !kiosk.session.is_fresh(default_language) {
            match idle {
                Idle::Active { countdown_in } => ctx.request_repaint_after(Duration::from_secs(u64::from(countdown_in))),
                Idle::Countdown { .. } => ctx.request_repaint_after(Duration::from_secs(1)),
                Idle::Expired => {}
            }
        }
        let shown_idle = if kiosk.session.is_fresh(default_language) {
            Idle::Active {
                countdown_in: idle_seconds,
            }
        } else {
            idle
        };
        let mut actions = Vec::new();
        let view = kiosk::KioskView {
            playbook: &self.playbook,
            loc: &self.loc,
            flows: &kiosk.flows,
            session: &kiosk.session,
            idle: shown_idle,
            helpdesk_contact: self.config.helpdesk_contact.as_deref(),
            open_failed: kiosk.open_failed,
        };
        CentralPanel::default().show(ui, |ui| {
            ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| kiosk::kiosk_ui(ui, &view, &mut actions));
        });
        if !actions.is_empty() {
            ctx.request_repaint();
        }
        for action in actions {
            match action {
                kiosk::KioskAction::SetLanguage(language) => {
                    kiosk.session.language = language;
                    self.loc.set_language(language);
                }
                kiosk::KioskAction::Start(flow) => kiosk.session.start(flow),
                kiosk::KioskAction::Next => kiosk.session.next(&kiosk.flows),
                kiosk::KioskAction::Back => kiosk.session.back(),
                kiosk::KioskAction::StartOver => {
                    kiosk.session.wipe(default_language, now);
                    kiosk.open_failed = false;
                    self.loc.set_language(default_language);
                }
                kiosk::KioskAction::Open(id) => {
                    if let Some(link) = self.playbook.link(&id) {
                        kiosk.open_failed = self.services.opener.open(&link.url).is_err();
                    }
                }
            }
        }
    }

    fn status_bar_ui(&self, ui: &mut egui::Ui, text: String, actions: &mut Vec<Action>) {
        let now = self.services.clock.now();
        Panel::bottom("status_bar").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(text);
                if self.undo.as_ref().is_some_and(|(_, until)| now < *until)
                    && self.status == Some(Status::NewSession)
                    && ui.button(self.loc.text("status-undo")).clicked()
                {
                    actions.push(Action::UndoNewSession);
                }
                if ui.small_button(self.loc.text("status-dismiss")).clicked() {
                    actions.push(Action::DismissStatus);
                }
            });
        });
    }

    fn new_session_modal_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let loc = &self.loc;
        let modal = egui::Modal::new(egui::Id::unique("new_session_modal")).show(ui.ctx(), |ui| {
            ui.set_max_width(420.0);
            ui.heading(loc.text("new-session-title"));
            ui.label(loc.text("new-session-body"));
            ui.add_space(8.0);
            // Enter confirms, as in any dialog; Esc cancels (below).
            if ui.input(|i| i.key_pressed(Key::Enter)) {
                actions.push(Action::ConfirmNewSession);
            }
            ui.horizontal(|ui| {
                if ui.button(loc.text("new-session-confirm")).clicked() {
                    actions.push(Action::ConfirmNewSession);
                }
                if ui.button(loc.text("new-session-cancel")).clicked() {
                    actions.push(Action::CancelNewSession);
                }
            });
        });
        if modal.should_close() {
            actions.push(Action::CancelNewSession);
        }
    }
}

/// Names the renderer and its adapter or GL renderer from eframe's creation context.
fn renderer_description(cc: &eframe::CreationContext<'_>) -> String {
    if let Some(state) = &cc.wgpu_render_state {
        let info = state.adapter.get_info();
        return format!(
            "wgpu ({:?}): {} ({:?}, driver {})",
            info.backend, info.name, info.device_type, info.driver_info
        );
    }
    if let Some(gl) = &cc.gl {
        use eframe::glow::HasContext as _;
        #[expect(
            unsafe_code,
            reason = "glGetString on the thread that owns the context, which eframe's creator runs on"
        )]
        let (renderer, version) = unsafe {
            (
                gl.get_parameter_string(eframe::glow::RENDERER),
                gl.get_parameter_string(eframe::glow::VERSION),
            )
        };
        return format!("glow (OpenGL): {renderer}, {version}");
    }
    "none".to_owned()
}

/// Applies the theme and zoom of `settings` to the context.
fn apply_view_settings(ctx: &egui::Context, settings: &Settings) {
    if settings.high_contrast {
        ctx.set_visuals_of(egui::Theme::Dark, theme::high_contrast_visuals());
        ctx.set_theme(egui::ThemePreference::Dark);
    } else {
        ctx.set_visuals_of(egui::Theme::Dark, egui::Visuals::dark());
        ctx.set_visuals_of(egui::Theme::Light, egui::Visuals::light());
        ctx.set_theme(match settings.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
    }
    ctx.set_zoom_factor(settings.zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1));
}

impl eframe::App for HelpdeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.kiosk.is_some() {
            return;
        }
        if let Some(window) = self.window {
            self.settings.window = Some(window);
        }
        self.save_settings();
        self.save_session();
    }
}

impl HelpdeskApp {
    /// Draws one frame into `ui` and applies what the user did (the body of `App::ui`; it
    /// needs no `eframe::Frame`, so benchmarks can run it on a bare `egui::Context`).
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        // Index for search once the first frame is on screen (see ui::search_index); a kiosk
        // has no search.
        if self.kiosk.is_none() {
            if ui.ctx().cumulative_pass_nr() >= 1 {
                self.corpus.start(ui.ctx());
            } else {
                ui.ctx().request_repaint();
            }
        }
        if self.quit_after_first_frame {
            // The first frame is painted after this call returns; close on the second.
            self.frames_drawn = self.frames_drawn.saturating_add(1);
            if self.frames_drawn >= 2 {
                // A kiosk refuses close requests but this one (a start-up check's) is meant.
                if let Some(kiosk) = &mut self.kiosk {
                    kiosk.leaving = true;
                }
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
        if self.kiosk.is_some() {
            self.kiosk_frame(ui);
            return;
        }
        let mut actions = Vec::new();
        let ctx = ui.ctx().clone();
        self.keyboard_actions(&ctx, &mut actions);
        self.track_view(&ctx);
        let focus_search = std::mem::take(&mut self.focus_search);
        let notices: Vec<String> = self.notices.iter().map(|n| self.notice_text(n)).collect();
        let status = self.status.as_ref().map(|s| self.status_text(s));
        let view = View {
            playbook: &self.playbook,
            session: &self.session,
            loc: &self.loc,
            diagnostics: &self.diagnostics,
            notices: &notices,
            errors_view: self.errors_view,
            catalogue: &self.catalogue,
            highlight: self.highlight.as_ref(),
            settings: &self.settings,
            open_notes: &self.open_notes,
            time_zone: &self.services.time_zone,
            presenting: self.presenting.is_some(),
            pack: self.pack.as_ref(),
            refused_pack: self.refused_pack.as_ref(),
            pack_locked: !self.config.allow_pack_change,
            pack_banner: !self.pack_banner_dismissed,
            last_query: self.last_query.as_deref(),
            admin_pack: self
                .config
                .pack
                .as_deref()
                .filter(|admin| self.config.allow_pack_change && self.pack.as_ref().is_none_or(|p| !p.applied || p.folder != *admin)),
        };

        Panel::top("top_bar").show(ui, |ui| {
            ui.add_space(4.0);
            top_bar::top_bar_ui(ui, &view, &self.query, focus_search, &mut actions);
            ui.add_space(2.0);
        });
        if let Some(status) = status {
            self.status_bar_ui(ui, status, &mut actions);
        }
        // A narrow window keeps the checklist readable: the session part moves under the
        // categories instead of taking a third column.
        let wide = ui.available_width() >= theme::WIDE_LAYOUT_WIDTH;
        // Formatted again only after an action (the only way the session, words or content
        // change), not every frame.
        let summary = (self.settings.session_panel && self.presenting.is_none()).then(|| {
            self.summary_cache
                .get_or_insert_with(|| {
                    ticket_summary(
                        &self.session,
                        &self.playbook,
                        &self.loc,
                        SummaryFormat::Text,
                        &self.services.time_zone,
                    )
                })
                .as_str()
        });
        Panel::left("sidebar")
            .resizable(true)
            .default_size(theme::SIDEBAR_WIDTH)
            .min_size(theme::SIDEBAR_MIN_WIDTH)
            .show(ui, |ui| {
                ScrollArea::vertical().id_salt("sidebar_scroll").show(ui, |ui| {
                    sidebar::sidebar_ui(ui, &view, &mut actions);
                    if let (false, Some(summary)) = (wide, summary) {
                        ui.add_space(8.0);
                        ui.separator();
                        session_panel::session_panel_ui(ui, &view, summary, &mut actions);
                    }
                });
            });
        if let (true, Some(summary)) = (wide, summary) {
            Panel::right("session_panel")
                .resizable(true)
                .default_size(theme::SESSION_PANEL_WIDTH)
                .min_size(theme::SIDEBAR_MIN_WIDTH)
                .show(ui, |ui| {
                    ScrollArea::vertical()
                        .id_salt("session_scroll")
                        .show(ui, |ui| session_panel::session_panel_ui(ui, &view, summary, &mut actions));
                });
        }
        CentralPanel::default().show(ui, |ui| central_pane_ui(ui, &view, self.query.trim(), &self.results, &mut actions));
        if self.confirm_new_session {
            self.new_session_modal_ui(ui, &mut actions);
        }
        if self.show_about {
            about::about_ui(ui, &self.loc, &self.playbook, &self.renderer, &mut actions);
        }
        if let Some(link) = self.qr_link.as_ref().and_then(|id| self.playbook.link(id)) {
            let loc = &self.loc;
            let modal = egui::Modal::new(egui::Id::unique("qr_modal")).show(ui.ctx(), |ui| {
                ui.heading(loc.text("qr-title"));
                ui.label(RichText::new(loc.text(&link.id.message_id())).strong());
                qr::qr_ui(ui, link.url.as_str(), 360.0);
                ui.label(RichText::new(kiosk::short_address(link.url.as_str())).size(28.0).monospace());
                if ui.button(loc.text("qr-close")).clicked() {
                    actions.push(Action::ShowQr(None));
                }
            });
            if modal.should_close() {
                actions.push(Action::ShowQr(None));
            }
        }

        // The panels were drawn before these changes: draw once more so the screen shows them.
        if !actions.is_empty() {
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(&ctx, action);
        }
        // Save the session a moment after the last change, not on every keystroke.
        if let Some(since) = self.session_dirty_since {
            let due = Duration::from_millis(SAVE_DELAY_MS);
            let elapsed = since.elapsed();
            if elapsed >= due {
                self.save_session();
            } else {
                ctx.request_repaint_after(due.saturating_sub(elapsed));
            }
        }
        // Let the "Undo" offer expire on screen.
        if let Some((_, until)) = &self.undo {
            let left = until.duration_since(self.services.clock.now());
            if left.is_positive() {
                ctx.request_repaint_after(Duration::from_millis(u64::try_from(left.as_millis()).unwrap_or(0).max(50)));
            } else {
                self.undo = None;
            }
        }
    }
}

//! The egui front end. Panels read the model and the [`Localizer`] through a [`View`] and push
//! [`Action`]s; [`HelpdeskApp`] applies them after the frame, in one place.

pub mod action;
pub mod catalogue_pane;
pub mod checklist_pane;
pub mod diagnostics_banner;
pub mod fonts;
pub mod search_results;
pub mod sidebar;
pub mod theme;
pub mod top_bar;

use egui::{CentralPanel, Key, Modifiers, Panel, RichText, ScrollArea};

pub use action::{Action, ErrorsView};
use catalogue_pane::CatalogueState;

use crate::cli::StartupOptions;
use crate::i18n::{Language, Localizer};
use crate::model::category::Category;
use crate::model::diagnostic::Diagnostic;
use crate::model::persistence::{LoadNotice, StateStore};
use crate::model::playbook::{LinkId, Playbook};
use crate::model::session::Session;
use crate::model::settings::Settings;
use crate::platform::opener::UrlOpener;
use crate::search::{Corpus, SYNONYMS_FILE, SearchResult, Target, parse_synonyms};

/// What panels read while drawing one frame.
pub struct View<'a> {
    /// The content.
    pub playbook: &'a Playbook,
    /// The agent's progress.
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
    SettingsMovedAside { moved_to: String, reason: String },
    SettingsUnreadable { reason: String },
    SaveFailed { error: String },
}

/// The result of the last link action, shown in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Status {
    Opened(LinkId),
    Copied(LinkId),
    OpenFailed { link: LinkId, error: String },
}

/// The application: owns the content, the session and the settings, draws the panels and
/// applies their actions.
pub struct HelpdeskApp {
    playbook: Playbook,
    loc: Localizer,
    session: Session,
    opener: Box<dyn UrlOpener>,
    store: Option<StateStore>,
    settings: Settings,
    diagnostics: Vec<Diagnostic>,
    notices: Vec<Notice>,
    status: Option<Status>,
    /// The search index: built on a background thread at start-up, so the first frame does
    /// not wait for it; the first search waits only if it is not ready yet.
    corpus: CorpusSlot,
    query: String,
    results: Vec<SearchResult>,
    focus_search: bool,
    errors_view: ErrorsView,
    catalogue: CatalogueState,
    highlight: Option<Highlight>,
}

impl std::fmt::Debug for HelpdeskApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HelpdeskApp")
            .field("language", &self.loc.language())
            .field("session", &self.session)
            .finish_non_exhaustive()
    }
}

impl HelpdeskApp {
    /// Creates the app: installs fonts and theme into `ctx`, loads the built-in content and
    /// the settings, and picks the language (`--lang`, else the saved choice, else the OS
    /// language, else en-US).
    pub fn new(ctx: &egui::Context, options: StartupOptions, opener: Box<dyn UrlOpener>) -> Self {
        fonts::install(ctx);
        theme::apply(ctx);

        let mut notices = Vec::new();
        let mut store = options.data_dir.map(StateStore::new);
        let settings = match store.as_mut().map(StateStore::load_settings) {
            Some((settings, notice)) => {
                match notice {
                    Some(LoadNotice::MovedAside { moved_to, reason }) => notices.push(Notice::SettingsMovedAside {
                        moved_to: moved_to.display().to_string(),
                        reason,
                    }),
                    Some(LoadNotice::Unreadable { reason }) => notices.push(Notice::SettingsUnreadable { reason }),
                    None => {}
                }
                settings
            }
            None => Settings::default(),
        };
        let language = options
            .language
            .or_else(|| settings.language.as_deref().and_then(Language::from_tag))
            .unwrap_or_else(|| Language::negotiate(&options.os_locales));

        let (playbook, mut diagnostics) = Playbook::builtin();
        let (loc, mut locale_diagnostics) = Localizer::builtin(language);
        diagnostics.append(&mut locale_diagnostics);
        diagnostics.extend(loc.check_playbook(&playbook));
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
        let corpus = CorpusSlot::start(ctx, &playbook, &loc, &synonyms);
        Self {
            playbook,
            loc,
            session: Session::new(first),
            opener,
            store,
            settings,
            diagnostics,
            notices,
            status: None,
            corpus,
            query: String::new(),
            results: Vec::new(),
            focus_search: false,
            errors_view: ErrorsView::default(),
            catalogue: CatalogueState::default(),
            highlight: None,
        }
    }

    /// The search box's text.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The current search results.
    pub fn results(&self) -> &[SearchResult] {
        &self.results
    }

    fn run_search(&mut self) {
        if self.query.trim().is_empty() {
            self.results.clear();
            return;
        }
        self.results = self.corpus.get().map(|corpus| corpus.search(&self.query, 30)).unwrap_or_default();
    }

    fn highlight(&mut self, target: Target) {
        self.highlight = Some(Highlight {
            target,
            scroll_pending: true,
        });
    }

    /// Creates the app from eframe's creation context (the real window).
    pub fn from_creation_context(cc: &eframe::CreationContext<'_>, options: StartupOptions, opener: Box<dyn UrlOpener>) -> Self {
        Self::new(&cc.egui_ctx, options, opener)
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

    /// Applies one action (after the frame that produced it).
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::SelectCategory(category) => {
                self.session.select(category);
                self.highlight = None;
                if !self.query.is_empty() {
                    self.query.clear();
                    self.results.clear();
                }
            }
            Action::ToggleStep(step) => self.session.toggle_step(&step),
            Action::OpenLink(id) => {
                let Some(link) = self.playbook.link(&id) else { return };
                self.status = Some(match self.opener.open(&link.url) {
                    Ok(()) => Status::Opened(id),
                    Err(error) => {
                        // The agent can still paste it: put the link on the clipboard.
                        ctx.copy_text(link.url.to_string());
                        log::warn!("opening {}: {error}", link.url);
                        Status::OpenFailed {
                            link: id,
                            error: error.to_string(),
                        }
                    }
                });
            }
            Action::CopyLink(id) => {
                if let Some(link) = self.playbook.link(&id) {
                    ctx.copy_text(link.url.to_string());
                    self.status = Some(Status::Copied(id));
                }
            }
            Action::SetLanguage(language) => {
                self.loc.set_language(language);
                // Results keep their order (the index holds both languages); only the
                // words shown change.
                self.settings.language = Some(language.tag().to_owned());
                self.save_settings();
            }
            Action::ClearTicks => self.session.clear_ticks(),
            Action::DismissDiagnostics => {
                self.diagnostics.clear();
                self.notices.clear();
            }
            Action::DismissStatus => self.status = None,
            Action::SetSearch(query) => {
                self.query = query;
                self.run_search();
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
                self.query.clear();
                self.results.clear();
                self.highlight(target);
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
        }
    }

    fn save_settings(&mut self) {
        let Some(store) = &self.store else { return };
        if let Err(error) = store.save_settings(&self.settings) {
            log::error!("saving settings in {}: {error}", store.dir().display());
            let notice = Notice::SaveFailed { error: error.to_string() };
            if !self.notices.contains(&notice) {
                self.notices.push(notice);
            }
        }
    }

    fn notice_text(&self, notice: &Notice) -> String {
        match notice {
            Notice::SettingsMovedAside { moved_to, reason } => self.loc.text_with_args(
                "notice-settings-moved",
                &[("path", moved_to.as_str().into()), ("reason", reason.as_str().into())],
            ),
            Notice::SettingsUnreadable { reason } => self
                .loc
                .text_with_args("notice-settings-unreadable", &[("reason", reason.as_str().into())]),
            Notice::SaveFailed { error } => self.loc.text_with_args("notice-save-failed", &[("error", error.as_str().into())]),
        }
    }

    fn status_text(&self, status: &Status) -> String {
        let url = |id: &LinkId| self.playbook.link(id).map(|l| l.url.to_string()).unwrap_or_default();
        match status {
            Status::Opened(id) => self.loc.text_with_args("status-opened", &[("url", url(id).into())]),
            Status::Copied(id) => self.loc.text_with_args("status-copied", &[("url", url(id).into())]),
            Status::OpenFailed { link, error } => self
                .loc
                .text_with_args("status-open-failed", &[("url", url(link).into()), ("error", error.as_str().into())]),
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
        // Never steal keys from a text field (or an IME composing in one).
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];
        for (key, category) in keys.into_iter().zip(Category::ALL) {
            if ctx.input(|i| i.key_pressed(key) && i.modifiers.is_none()) {
                actions.push(Action::SelectCategory(category));
            }
        }
    }
}

impl eframe::App for HelpdeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut actions = Vec::new();
        let ctx = ui.ctx().clone();
        self.keyboard_actions(&ctx, &mut actions);
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
        };

        Panel::top("top_bar").show(ui, |ui| {
            ui.add_space(4.0);
            top_bar::top_bar_ui(ui, &view, &self.query, focus_search, &mut actions);
            ui.add_space(2.0);
        });
        if let Some(status) = status {
            Panel::bottom("status_bar").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(status);
                    if ui.small_button(self.loc.text("status-dismiss")).clicked() {
                        actions.push(Action::DismissStatus);
                    }
                });
            });
        }
        Panel::left("sidebar")
            .resizable(true)
            .default_size(theme::SIDEBAR_WIDTH)
            .min_size(theme::SIDEBAR_MIN_WIDTH)
            .show(ui, |ui| {
                ScrollArea::vertical()
                    .id_salt("sidebar_scroll")
                    .show(ui, |ui| sidebar::sidebar_ui(ui, &view, &mut actions));
            });
        CentralPanel::default().show(ui, |ui| {
            ScrollArea::vertical()
                .id_salt("checklist_scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(ui.available_width().min(theme::CONTENT_MAX_WIDTH));
                    diagnostics_banner::diagnostics_banner_ui(ui, &view, &mut actions);
                    if self.query.trim().is_empty() {
                        checklist_pane::checklist_pane_ui(ui, &view, &mut actions);
                    } else {
                        search_results::search_results_ui(ui, &view, self.query.trim(), &self.results, &mut actions);
                    }
                    ui.add_space(16.0);
                    ui.label(
                        RichText::new(self.loc.text_with_args(
                            "footer-content-version",
                            &[("version", self.playbook.content_version.as_str().into())],
                        ))
                        .small()
                        .weak(),
                    );
                });
        });

        // The panels were drawn before these changes: draw once more so the screen shows them.
        if !actions.is_empty() {
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(&ctx, action);
        }
    }
}

/// The search index, built on a named background thread and handed over through a channel.
enum CorpusSlot {
    Building(std::sync::mpsc::Receiver<Corpus>),
    Ready(Box<Corpus>),
    Failed,
}

impl CorpusSlot {
    /// Collects the documents (formatting needs the [`Localizer`], so this part runs here,
    /// in a few milliseconds) and indexes them on a background thread.
    fn start(ctx: &egui::Context, playbook: &Playbook, loc: &Localizer, synonyms: &[Vec<String>]) -> Self {
        let (targets, documents) = Corpus::documents(playbook, loc);
        let synonyms = synonyms.to_vec();
        let (sender, receiver) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new().name("search-index".to_owned()).spawn(move || {
            let started = std::time::Instant::now();
            let corpus = Corpus::from_documents(targets, &documents, &synonyms);
            log::info!("search index: {} documents in {:?}", corpus.len(), started.elapsed());
            // The app may already be gone; nothing to do then.
            let _ = sender.send(corpus);
            ctx.request_repaint();
        });
        match spawned {
            Ok(_) => CorpusSlot::Building(receiver),
            Err(error) => {
                log::error!("could not start the search-index thread: {error}");
                CorpusSlot::Failed
            }
        }
    }

    /// The index, waiting for the thread if it is still building.
    fn get(&mut self) -> Option<&Corpus> {
        if let CorpusSlot::Building(receiver) = self {
            *self = match receiver.recv() {
                Ok(corpus) => CorpusSlot::Ready(Box::new(corpus)),
                Err(_) => CorpusSlot::Failed,
            };
        }
        match self {
            CorpusSlot::Ready(corpus) => Some(corpus),
            _ => None,
        }
    }
}

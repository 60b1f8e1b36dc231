//! [`HelpdeskApp`], the `eframe::App`: owns the content, the session and the settings;
//! `logic` runs the timers, `ui` draws the panels and hands their actions to `apply`. What
//! tests and the benches read of it is in `app/reading.rs`.

mod reading;

use std::collections::BTreeSet;
use std::time::Duration;

use egui::{CentralPanel, Panel, ScrollArea};
use jiff::Timestamp;

use crate::content::{self, PackStatus};
use crate::i18n::Localizer;
use crate::model::category::Category;
use crate::model::config::AdminConfig;
use crate::model::diagnostic::Diagnostic;
use crate::model::kiosk::{KIOSK_FILE, KioskSession, load_flows};
use crate::model::playbook::{LinkId, Playbook, StepId};
use crate::model::session::Session;
use crate::model::settings::{Settings, WindowGeometry};
use crate::platform::Services;
use crate::report::{SummaryFormat, ticket_summary};
use crate::search::{SYNONYMS_FILE, SearchResult, parse_synonyms};
use crate::startup::{self, StartupOptions};
use crate::store::state::StateStore;
use crate::ui::action::{Action, ErrorsView};
use crate::ui::catalogue_pane::CatalogueState;
use crate::ui::decode_pane::{DecodeAction, DecodeState, decode_pane_ui};
use crate::ui::kiosk::frame::KioskState;
use crate::ui::search_index::CorpusSlot;
use crate::ui::status::{Notice, Status, log_pack, notice_from};
use crate::ui::triage::TriageUi;
use crate::ui::view::{Highlight, View, central_pane_ui};
use crate::ui::window::{apply_view_settings, renderer_description, window_title};
use crate::ui::{SAVE_DELAY_MS, about, changes, fonts, session_panel, sidebar, theme, top_bar};

/// The application: owns the content, the session and the settings, draws the panels and
/// applies their actions.
pub struct HelpdeskApp {
    pub(super) playbook: Playbook,
    pub(super) loc: Localizer,
    /// The content pack asked for, and whether it was applied.
    pub(super) pack: Option<PackStatus>,
    /// The last pack the agent chose that had errors (see [`View::refused_pack`]).
    pub(super) refused_pack: Option<PackStatus>,
    /// The pack's problems are hidden from the banner.
    pub(super) pack_banner_dismissed: bool,
    pub(super) session: Session,
    pub(super) services: Services,
    pub(super) store: Option<StateStore>,
    pub(super) settings: Settings,
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) notices: Vec<Notice>,
    pub(super) status: Option<Status>,
    pub(super) corpus: CorpusSlot,
    /// Search synonym groups, read once; the index is rebuilt from them when a pack changes.
    pub(super) synonyms: Vec<Vec<String>>,
    /// The session panel's ticket summary, until the next action.
    pub(super) summary_cache: Option<String>,
    pub(super) query: String,
    pub(super) results: Vec<SearchResult>,
    /// The query a result was last opened from, offered as "Back to the results" until the
    /// agent moves on (another category, another search, a new session).
    pub(super) last_query: Option<String>,
    pub(super) focus_search: bool,
    /// The search result Enter opens (moved with the arrow keys).
    pub(super) selected_result: usize,
    /// The selected result moved this frame: scroll it into view.
    pub(super) scroll_to_selected: bool,
    /// The previous call restored at start (its ticket and marked steps), until the agent
    /// chooses to continue it or start a new one.
    pub(super) resume_prompt: Option<(String, usize)>,
    pub(super) errors_view: ErrorsView,
    pub(super) catalogue: CatalogueState,
    pub(super) highlight: Option<Highlight>,
    pub(super) open_notes: BTreeSet<StepId>,
    pub(super) confirm_new_session: bool,
    /// The session "New session" replaced, and until when it can be restored.
    pub(super) undo: Option<(Session, Timestamp)>,
    /// When the session changed and has not been saved yet.
    pub(super) session_dirty_since: Option<std::time::Instant>,
    /// Last window geometry seen, saved on exit.
    pub(super) window: Option<WindowGeometry>,
    /// Whether the restored window has been checked against the monitor's size.
    pub(super) window_checked: bool,
    /// Kiosk mode, when on.
    pub(super) kiosk: Option<KioskState>,
    /// Screen-share mode: the zoom to restore when it ends.
    pub(super) presenting: Option<f32>,
    /// The administrator's configuration.
    pub(super) config: AdminConfig,
    /// The link whose QR code is shown large.
    pub(super) qr_link: Option<LinkId>,
    /// Which renderer and adapter draw the window (for the About box and support).
    pub(super) renderer: String,
    /// Whether the About box is open.
    pub(super) show_about: bool,
    /// Whether "What's changing" is open.
    pub(super) show_changes: bool,
    /// Close after the first painted frame (start-up checks).
    pub(super) quit_after_first_frame: bool,
    /// Frames drawn so far (counts to 2 at most).
    pub(super) frames_drawn: u8,
    /// "Start here": whether it is shown, and its own state.
    pub(super) triage_ui: TriageUi,
    /// The Decode pane: the pasted evidence (in memory only) and what it decoded to.
    pub(super) decode: DecodeState,
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
            options.data_dir.clone().map(StateStore::new)
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
        let language = startup::window_language(&options, &settings);
        let packs = startup::window_packs(&options, &settings);
        let mut loaded = content::load(language, packs.first());
        // A broken pack of the agent's (or --pack's) does not also cost the administrator's
        // working one: that is used instead, and the banner says why.
        let mut refused_pack = None;
        if let Some(admin) = packs.fallback()
            && loaded.pack.as_ref().is_some_and(|p| !p.applied)
        {
            let fallback = content::load(language, Some(admin));
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
        // The caller's language belongs to the call: a new one starts in the UI language.
        let caller_language = language;
        // A session restored from the last run is announced, so the agent does not carry on
        // the previous caller's call by mistake.
        let resume_prompt = saved_session
            .as_ref()
            .filter(|s| !s.is_empty())
            .map(|s| (s.ticket.clone(), s.ticked_count()));
        let start_here = resume_prompt.is_none();
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
            status: None,
            corpus,
            synonyms,
            summary_cache: None,
            query: String::new(),
            results: Vec::new(),
            last_query: None,
            focus_search: false,
            selected_result: 0,
            scroll_to_selected: false,
            resume_prompt,
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
            show_changes: false,
            quit_after_first_frame: options.quit_after_first_frame,
            frames_drawn: 0,
            // A new call starts with the questions; a call restored from the last run (the
            // agent is asked whether to continue it) opens where it was.
            triage_ui: TriageUi {
                open: start_here,
                ..TriageUi::new_call()
            },
            decode: DecodeState::default(),
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
}

impl eframe::App for HelpdeskApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.tick(ctx);
    }

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
    /// The time-driven work of one pass, before anything is drawn (the body of `App::logic`;
    /// benchmarks call it on a bare `egui::Context`): starting the search index after the
    /// first frame, saving the session a moment after the last change, letting the "Undo"
    /// offer expire, and the kiosk's idle timer and exit chord.
    pub fn tick(&mut self, ctx: &egui::Context) {
        if self.kiosk.is_some() {
            self.kiosk_logic(ctx);
            return;
        }
        // Index for search once the first frame is on screen (see ui::search_index); a kiosk
        // has no search.
        if ctx.cumulative_pass_nr() >= 1 {
            self.corpus.start(ctx);
        } else {
            ctx.request_repaint();
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
        // A large paste decoding in the background: take its result when ready.
        if self.decode.poll() {
            ctx.request_repaint_after(Duration::from_millis(100));
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

    /// Draws one frame into `ui` and applies what the user did (the body of `App::ui`; it
    /// needs no `eframe::Frame`, so benchmarks can run it on a bare `egui::Context`).
    pub fn draw(&mut self, ui: &mut egui::Ui) {
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
        // A file dropped anywhere on the window is evidence to decode (never in a kiosk,
        // which returned above).
        for file in ctx.input(|i| i.raw.dropped_files.clone()) {
            actions.push(Action::Decode(DecodeAction::DropFile(file.path().to_path_buf())));
        }
        self.track_view(&ctx);
        let focus_search = std::mem::take(&mut self.focus_search);
        let scroll_to_selected = std::mem::take(&mut self.scroll_to_selected);
        let notices: Vec<String> = self.notices.iter().map(|n| self.notice_text(n)).collect();
        let status = self.status.as_ref().map(|s| self.status_text(s));
        let ruled_out = self
            .playbook
            .triage()
            .map(|t| t.ruled_out(self.session.triage()))
            .unwrap_or_default();
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
            today: self.today(),
            presenting: self.presenting.is_some(),
            pack: self.pack.as_ref(),
            refused_pack: self.refused_pack.as_ref(),
            pack_locked: !self.config.allow_pack_change,
            pack_banner: !self.pack_banner_dismissed,
            last_query: self.last_query.as_deref(),
            selected_result: self.selected_result,
            scroll_to_selected,
            caller_language_hint: self.caller_language_hint(),
            triage: &self.triage_ui,
            ruled_out: &ruled_out,
            admin_pack: self
                .config
                .pack
                .as_deref()
                .filter(|admin| self.config.allow_pack_change && self.pack.as_ref().is_none_or(|p| !p.applied || p.folder != *admin)),
            decode_open: self.decode.open,
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
        let today = self.today();
        let summary = (self.settings.session_panel && self.presenting.is_none()).then(|| {
            self.summary_cache
                .get_or_insert_with(|| {
                    ticket_summary(
                        &self.session,
                        &self.playbook,
                        &self.loc,
                        SummaryFormat::Text,
                        &self.services.time_zone,
                        today,
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
        CentralPanel::default().show(ui, |ui| {
            if self.decode.open {
                ScrollArea::vertical()
                    .id_salt("decode_scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.set_max_width(ui.available_width().min(theme::CONTENT_MAX_WIDTH));
                        decode_pane_ui(ui, &view, &self.decode, &mut actions);
                    });
            } else {
                central_pane_ui(ui, &view, self.query.trim(), &self.results, &mut actions);
            }
        });
        self.decode.focus_box = false;
        if self.confirm_new_session {
            self.new_session_modal_ui(ui, &mut actions);
        }
        if self.resume_prompt.is_some() {
            self.resume_modal_ui(ui, &mut actions);
        }
        if self.show_changes {
            changes::changes_ui(ui, &view, &mut actions);
        }
        if self.show_about {
            about::about_ui(ui, &self.loc, &self.playbook, &self.renderer, &mut actions);
        }
        self.qr_modal_ui(ui, &mut actions);

        // The panels were drawn before these changes: draw once more so the screen shows them.
        if !actions.is_empty() {
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(&ctx, action);
        }
    }
}

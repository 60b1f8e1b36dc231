//! The one place state changes: every [`Action`], kiosk actions included, is applied here
//! after the frame that produced it. Links reach the OS opener from here only, saving and
//! export happen here, and the kiosk forgets its user here.

use crate::content::{self, PackStatus};
use crate::model::category::Category;
use crate::model::playbook::{Audience, LinkId};
use crate::model::session::{MAX_NOTE_CHARS, MAX_TICKET_CHARS, MAX_USER_CHARS, Session, StepState, capped};
use crate::report::{SummaryFormat, caller_instructions, entry_caller_text};
use crate::search::Target;
use crate::search::changes::promote_changes;
use crate::store::evidence::read_evidence;
use crate::store::export::{summary_file_name, write_summary};
use crate::store::state::StateFile;
use crate::ui::action::{Action, ErrorsView};
use crate::ui::decode_pane::{DecodeAction, Outcome};
use crate::ui::kiosk::KioskAction;
use crate::ui::search_index::CorpusSlot;
use crate::ui::status::{Notice, Status, log_pack};
use crate::ui::triage::TriageUi;
use crate::ui::view::Highlight;
use crate::ui::window::{apply_view_settings, window_title};
use crate::ui::{HelpdeskApp, MAX_RESULTS, UNDO_SECONDS, ZOOM_RANGE};

impl HelpdeskApp {
    /// Applies one action (after the frame that produced it).
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        // Every change to the session, the language or the content comes through here.
        self.summary_cache = None;
        let now = self.services.clock.now();
        match action {
            Action::SelectCategory(category) => {
                self.decode.open = false;
                self.last_query = None;
                self.triage_ui.open = false;
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
                    ctx.copy_text(text.clone());
                    if let Some(link) = &step.caller_link {
                        self.session.give_link(link, now);
                    }
                    // The agent sees what the caller will get (the status bar shows it whole).
                    self.status = Some(Status::CallerCopied { language, text });
                    self.session_changed();
                }
            }
            Action::SetTicket(ticket) => {
                self.session.ticket = capped(ticket, MAX_TICKET_CHARS);
                self.session_changed();
            }
            Action::SetCallerLanguage(language) => {
                self.session.caller_language = language;
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
            Action::CopySummaryIn(language) => {
                let ui_language = self.loc.language();
                self.loc.set_language(language);
                let text = self.summary(SummaryFormat::Text);
                self.loc.set_language(ui_language);
                ctx.copy_text(text);
                self.status = Some(Status::SummaryCopiedIn(language));
            }
            Action::ContinuePreviousCall => self.resume_prompt = None,
            Action::StartNewCall => {
                self.resume_prompt = None;
                self.apply(ctx, Action::ConfirmNewSession);
            }
            Action::ExportSummary => self.export_summary(),
            Action::OpenLink(id) => {
                let Some(link) = self.playbook.link(&id) else { return };
                let (audience, url) = (link.audience, link.url.to_string());
                self.status = Some(match self.open_link(&id) {
                    Ok(()) => Status::Opened(id.clone()),
                    Err(error) => {
                        // The agent can still paste it: put the link on the clipboard.
                        ctx.copy_text(url);
                        Status::OpenFailed { link: id.clone(), error }
                    }
                });
                if audience == Audience::EndUser {
                    self.session.give_link(&id, now);
                    self.session_changed();
                }
            }
            Action::CopyLink(id) => {
                if let Some(link) = self.playbook.link(&id) {
                    ctx.copy_text(link.url.to_string());
                    if link.audience == Audience::EndUser {
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
                // Searching shows the results where the pane was; the paste stays for later.
                if !query.trim().is_empty() {
                    self.decode.open = false;
                }
                self.last_query = None;
                self.query = query;
                self.selected_result = 0;
                self.run_search(ctx);
            }
            Action::OpenResult(target) => {
                self.triage_ui.open = false;
                self.decode.open = false;
                match &target {
                    Target::Step(id) => {
                        self.show_if_hidden(id);
                        if let Some(step) = self.playbook.step(id) {
                            self.session.select(step.category);
                            if step.category == Category::Errors {
                                self.errors_view = ErrorsView::Checklist;
                            }
                        }
                    }
                    Target::Entry(id) => {
                        // The entry a search lands on is, nearly always, the error the caller saw.
                        self.session.read_entry(id, now);
                        self.session_changed();
                        self.session.select(Category::Errors);
                        self.errors_view = ErrorsView::Catalogue;
                        self.catalogue.filter = None;
                        self.catalogue.open = Some(id.clone());
                    }
                }
                // An entry opened from the Decode pane was not searched for: no "← Results".
                let query = std::mem::take(&mut self.query);
                self.last_query = (!query.is_empty()).then_some(query);
                self.results.clear();
                self.highlight(target);
            }
            Action::BackToResults => {
                if let Some(query) = self.last_query.take() {
                    self.decode.open = false;
                    self.query = query;
                    self.selected_result = 0;
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
                    self.session.read_entry(&id, now);
                    self.session_changed();
                    Some(id)
                };
            }
            Action::SetStepOutcome(step, state, detail) => {
                self.session.set_outcome(&step, state, detail, now);
                self.session_changed();
            }
            Action::SetEntryOutcome(entry, state, detail) => {
                self.session.set_entry_outcome(&entry, state, detail, now);
                self.session_changed();
            }
            Action::SetEntryNote(entry, note) => {
                self.session.set_entry_note(&entry, capped(note, MAX_NOTE_CHARS), now);
                self.session_changed();
            }
            Action::CopyEntryForCaller(id) => {
                let language = self.session.caller_language;
                let Some(entry) = self.playbook.entry(&id) else { return };
                let team = self
                    .session
                    .entry_record(&id)
                    .filter(|r| r.state == StepState::Escalated)
                    .map_or(String::new(), |r| r.detail.clone());
                let text = entry_caller_text(&self.loc, entry, language, &team);
                ctx.copy_text(text.clone());
                // The agent sees what the caller will get (the status bar shows it whole).
                self.status = Some(Status::CallerCopied { language, text });
            }
            Action::SetAffectedUser(user) => {
                self.session.affected_user = capped(user, MAX_USER_CHARS);
                self.session_changed();
            }
            Action::GoToStep(id) => {
                self.show_if_hidden(&id);
                if let Some(step) = self.playbook.step(&id) {
                    self.triage_ui.open = false;
                    self.decode.open = false;
                    self.session.select(step.category);
                    self.errors_view = ErrorsView::Checklist;
                    self.highlight(Target::Step(id));
                }
            }
            Action::Kiosk(action) => self.apply_kiosk(action),
            Action::Triage(action) => self.apply_triage(ctx, action),
            Action::Decode(action) => self.apply_decode(ctx, action),
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
                // The next caller is someone else: their language is not the last one's.
                let caller_language = self.loc.language();
                let old = std::mem::replace(&mut self.session, Session::new(first, caller_language, now));
                let until = now.checked_add(jiff::SignedDuration::from_secs(UNDO_SECONDS)).unwrap_or(now);
                self.undo = Some((old, until));
                // A new caller: their first minute starts with the questions.
                self.triage_ui = TriageUi::new_call();
                // The paste was about the last caller: forgotten, and not brought back by Undo.
                self.decode.clear();
                self.open_notes.clear();
                self.highlight = None;
                self.last_query = None;
                self.status = Some(Status::NewSession);
                self.session_changed();
            }
            Action::UndoNewSession => {
                if let Some((old, _)) = self.undo.take() {
                    self.session = old;
                    self.triage_ui.open = false;
                    self.status = Some(Status::SessionRestored);
                    self.session_changed();
                }
            }
            Action::SetBothLanguages(on) => {
                self.settings.both_languages = on;
                // The steps above it grow or shrink: bring the step being read back into view.
                if let Some(highlight) = &mut self.highlight {
                    highlight.scroll_pending = true;
                }
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
            Action::ShowChanges(on) => self.show_changes = on,
            Action::OpenLogFolder => {
                if let Err(error) = crate::platform::logging::open_log_folder() {
                    log::warn!("opening the log folder: {error}");
                    self.status = Some(Status::LogFolderFailed(error));
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

    pub(super) fn run_search(&mut self, ctx: &egui::Context) {
        if self.query.trim().is_empty() {
            self.results.clear();
            return;
        }
        self.results = self
            .corpus
            .get(ctx)
            .map(|corpus| corpus.search(&self.query, MAX_RESULTS))
            .unwrap_or_default();
        let today = self.today();
        promote_changes(&mut self.results, &self.playbook, today, &self.query);
        self.results.truncate(MAX_RESULTS);
    }

    pub(super) fn highlight(&mut self, target: Target) {
        self.highlight = Some(Highlight {
            target,
            scroll_pending: true,
        });
    }

    pub(super) fn session_changed(&mut self) {
        if self.session_dirty_since.is_none() {
            self.session_dirty_since = Some(std::time::Instant::now());
        }
    }

    pub(super) fn set_presenting(&mut self, ctx: &egui::Context, on: bool) {
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

    pub(super) fn export_summary(&mut self) {
        let stamp = self
            .services
            .clock
            .now()
            .to_zoned_datetime(self.services.time_zone.clone())
            .strftime("%Y%m%d-%H%M")
            .to_string();
        let name = summary_file_name(&self.session.ticket, &stamp);
        let Some(path) = self.services.save_dialog.save_path(&name, self.settings.export_folder.as_deref()) else {
            self.status = Some(Status::ExportCancelled);
            return;
        };
        let text = self.summary(SummaryFormat::for_path(&path));
        self.status = Some(match write_summary(&path, &text) {
            Ok(folder) => {
                self.settings.export_folder = folder;
                self.save_settings();
                Status::Exported(path.display().to_string())
            }
            Err(error) => Status::ExportFailed(error.to_string()),
        });
    }

    /// Shows one "could not save" line per file, with the latest reason, however often a
    /// save fails; a later success clears it.
    pub(super) fn report_save(&mut self, file: StateFile, result: std::io::Result<()>) {
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

    pub(super) fn save_settings(&mut self) {
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

    /// Replaces the content with the built-in content plus the pack in `dir` (or none), keeping
    /// the session, the language and the view. A pack with errors changes nothing: the content
    /// in use (a working pack, or the built-in content) stays, the saved choice stays, and the
    /// banner lists the refused pack's problems. Only a change that happened is saved for the
    /// next start.
    pub(super) fn switch_pack(&mut self, ctx: &egui::Context, dir: Option<std::path::PathBuf>) {
        let loaded = content::load(self.loc.language(), dir.as_deref());
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

    /// Opens a link of the content in the OS's browser: the only call of the opener, so the
    /// allow-list (the link's `AllowedUrl`) is the only way out.
    ///
    /// # Errors
    /// The opener's error, as text; `Ok` for an unknown id, which opens nothing.
    fn open_link(&mut self, id: &LinkId) -> Result<(), String> {
        let Some(link) = self.playbook.link(id) else { return Ok(()) };
        self.services.opener.open(&link.url).map_err(|error| {
            log::warn!("opening {}: {error}", link.url);
            error.to_string()
        })
    }

    /// Applies what the agent asked of the Decode pane. A kiosk has no decoder: nothing here
    /// happens in kiosk mode.
    fn apply_decode(&mut self, ctx: &egui::Context, action: DecodeAction) {
        if self.kiosk.is_some() {
            return;
        }
        match action {
            DecodeAction::Show(on) => {
                self.decode.open = on;
                self.decode.focus_box = on;
            }
            DecodeAction::SetInput { text, pasted } => {
                self.decode.input = text;
                self.decode.file_name = None;
                if pasted {
                    self.decode.start(&self.playbook, ctx);
                }
            }
            DecodeAction::Decode => self.decode.start(&self.playbook, ctx),
            DecodeAction::Clear => self.decode.clear(),
            DecodeAction::DropFile(path) => {
                let name = path
                    .file_name()
                    .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                self.decode.clear();
                self.decode.open = true;
                match read_evidence(&path) {
                    Ok(bytes) => match crate::decode::text_from_bytes(&bytes) {
                        Ok(text) => {
                            self.decode.input = text;
                            self.decode.file_name = Some(name);
                            self.decode.start(&self.playbook, ctx);
                        }
                        Err(refused) => self.decode.outcome = Some(Outcome::Refused(refused)),
                    },
                    Err(error) => {
                        // The file's name and the reason only: nothing of its content.
                        log::warn!("a dropped evidence file could not be read: {error}");
                        self.decode.outcome = Some(Outcome::FileUnreadable {
                            name,
                            error: error.to_string(),
                        });
                    }
                }
            }
            DecodeAction::SetNames(on) => self.decode.with_names = on,
            DecodeAction::AddToTicket(line) => {
                if self.session.add_decoded_line(line) {
                    self.session_changed();
                }
            }
            DecodeAction::OpenEntry(id) => self.apply(ctx, Action::OpenResult(crate::search::Target::Entry(id))),
            DecodeAction::Search(query) => {
                self.apply(ctx, Action::SetSearch(query));
                self.decode.open = false;
            }
        }
    }

    /// Applies what the person at a kiosk asked for. "Start over" forgets them at once.
    fn apply_kiosk(&mut self, action: KioskAction) {
        let now = self.services.clock.now();
        let open_failed = match &action {
            KioskAction::Open(id) => Some(self.open_link(id).is_err()),
            _ => None,
        };
        let Some(kiosk) = self.kiosk.as_mut() else { return };
        match action {
            KioskAction::SetLanguage(language) => {
                kiosk.session.language = language;
                self.loc.set_language(language);
            }
            KioskAction::Start(flow) => kiosk.session.start(flow),
            KioskAction::Next => kiosk.session.next(&kiosk.flows),
            KioskAction::Back => kiosk.session.back(),
            KioskAction::StartOver => {
                let language = kiosk.forget(now);
                self.loc.set_language(language);
            }
            KioskAction::Open(_) => kiosk.open_failed = open_failed.unwrap_or(false),
        }
    }
}

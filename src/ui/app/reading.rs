//! What tests, the benches and the window read of a [`HelpdeskApp`]: its state, never a way
//! to change it (changes go through `apply`).

use crate::i18n::Localizer;
use crate::model::diagnostic::Diagnostic;
use crate::model::kiosk::KioskSession;
use crate::model::language::{Language, suggested_caller_language};
use crate::model::playbook::Playbook;
use crate::model::session::Session;
use crate::model::settings::Settings;
use crate::report::{SummaryFormat, ticket_summary};
use crate::search::SearchResult;
use crate::ui::HelpdeskApp;
use crate::ui::decode_pane::DecodeState;

impl HelpdeskApp {
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

    /// Whether "Start here" (the triage questions) is shown instead of a checklist.
    pub fn is_start_here(&self) -> bool {
        self.triage_ui.open
    }

    /// The search box's text.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The step or entry last opened from search or an entry card, shown highlighted.
    pub fn highlighted(&self) -> Option<&crate::search::Target> {
        self.highlight.as_ref().map(|h| &h.target)
    }

    /// The Decode pane's state (tests read whether it is open and what it holds).
    pub fn decode_state(&self) -> &DecodeState {
        &self.decode
    }

    /// The current search results.
    pub fn results(&self) -> &[SearchResult] {
        &self.results
    }

    /// The agent's today: the injected clock's date in the injected time zone.
    pub fn today(&self) -> jiff::civil::Date {
        self.services.clock.now().to_zoned_datetime(self.services.time_zone.clone()).date()
    }

    /// The caller's language that what the agent typed last suggests (the search, else the
    /// search a result was opened from, else the session note), when it is not the call's.
    pub fn caller_language_hint(&self) -> Option<Language> {
        let texts = [
            self.query.as_str(),
            self.last_query.as_deref().unwrap_or_default(),
            self.session.note.as_str(),
        ];
        suggested_caller_language(texts, self.session.caller_language)
    }

    /// The ticket summary of the current session in the UI language.
    pub fn summary(&self, format: SummaryFormat) -> String {
        ticket_summary(
            &self.session,
            &self.playbook,
            &self.loc,
            format,
            &self.services.time_zone,
            self.today(),
        )
    }
}

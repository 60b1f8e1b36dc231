//! What panels read while drawing one frame ([`View`]), and the central panel that the window
//! and `benches/frame.rs` both draw.

use std::collections::BTreeSet;

use egui::{RichText, ScrollArea};
use jiff::tz::TimeZone;

use crate::content::PackStatus;
use crate::i18n::Localizer;
use crate::model::diagnostic::Diagnostic;
use crate::model::playbook::{Playbook, StepId};
use crate::model::session::Session;
use crate::model::settings::Settings;
use crate::search::{SearchResult, Target};
use crate::ui::action::{Action, ErrorsView};
use crate::ui::catalogue_pane::CatalogueState;
use crate::ui::{checklist_pane, diagnostics_banner, search_results, theme};

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
    /// The agent's today (from the injected clock, in `time_zone`): whether a dated platform
    /// change is upcoming or in effect.
    pub today: jiff::civil::Date,
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
    /// The search result Enter opens (moved with the arrow keys), shown selected.
    pub selected_result: usize,
    /// The selected result was moved this frame: scroll it into view.
    pub scroll_to_selected: bool,
    /// The caller's language that what the agent typed suggests, when it is not the
    /// session's (see [`crate::model::language::language_of_text`]).
    pub caller_language_hint: Option<crate::model::language::Language>,
    /// "Start here": shown or not, its code field, "Show more" and "This caller only".
    pub triage: &'a crate::ui::triage::TriageUi,
    /// The steps the triage answers rule out (hidden while "This caller only" is on).
    pub ruled_out: &'a BTreeSet<StepId>,
    /// The folder of the administrator's pack (configuration file `pack`) when it is not the
    /// one in use and the agent may switch to it.
    pub admin_pack: Option<&'a std::path::Path>,
    /// Whether the Decode pane is open (its top-bar button shows selected).
    pub decode_open: bool,
}

impl View<'_> {
    /// Whose eyes the screen is for: every pane asks it what may be shown.
    pub fn screen(&self) -> crate::model::presenting::Screen {
        crate::model::presenting::Screen::new(self.presenting)
    }
}

/// A step or entry to highlight, and whether it still has to be scrolled into view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// What to highlight.
    pub target: Target,
    /// True until the pane has scrolled it into view once.
    pub scroll_pending: bool,
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
            if query.is_empty() && view.triage.open {
                crate::ui::triage::triage_pane_ui(ui, view, actions);
            } else if query.is_empty() {
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

//! Everything the UI can ask for. Panels push these; [`crate::HelpdeskApp`] applies them
//! after the frame, in one place, so the allow-list check and saving happen there only.

use crate::model::catalogue::{EntryId, SeenIn};
use crate::model::category::Category;
use crate::model::language::Language;
use crate::model::playbook::{LinkId, StepId};
use crate::model::session::StepState;
use crate::model::settings::ThemeChoice;
use crate::search::Target;
use crate::ui::decode_pane::DecodeAction;
use crate::ui::kiosk::KioskAction;
use crate::ui::triage::TriageAction;

/// One user intent, produced by a panel.
#[must_use = "push the action so the app applies it"]
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show this category's checklist.
    SelectCategory(Category),
    /// Tick or untick a step (done ↔ not started).
    ToggleStep(StepId),
    /// Set a step's state (a second click on the same state clears it).
    SetStepState(StepId, StepState),
    /// Replace a step's note.
    SetStepNote(StepId, String),
    /// Show the note field of a step that has no note yet.
    OpenStepNote(StepId),
    /// Copy a step's instructions for the caller, in the caller's language.
    CopyForCaller(StepId),
    /// Set the ticket reference.
    SetTicket(String),
    /// Set the caller's language.
    SetCallerLanguage(Language),
    /// Replace the session note.
    SetSessionNote(String),
    /// Copy the ticket summary to the clipboard.
    CopySummary,
    /// Copy the ticket summary in this language (for a tier-2 who reads the other one).
    CopySummaryIn(Language),
    /// At start: carry on with the call restored from the last run.
    ContinuePreviousCall,
    /// At start: put the restored call aside (it can be restored for a while) and start anew.
    StartNewCall,
    /// Save the ticket summary through the save dialog.
    ExportSummary,
    /// Ask to start a new session (shows the confirmation).
    RequestNewSession,
    /// Start a new session (after confirmation); the old one can be restored for a while.
    ConfirmNewSession,
    /// Close the confirmation without doing anything.
    CancelNewSession,
    /// Bring back the session that "New session" replaced.
    UndoNewSession,
    /// Show each step in both languages.
    SetBothLanguages(bool),
    /// Show or hide the session panel.
    SetSessionPanel(bool),
    /// Light, dark or system theme.
    SetTheme(ThemeChoice),
    /// Change the text size by this factor (1.0 resets to 100 %).
    Zoom(f32),
    /// Screen-share mode on or off (F11).
    SetPresenting(bool),
    /// The high-contrast theme on or off.
    SetHighContrast(bool),
    /// Show a link's QR code large (`None` closes it).
    ShowQr(Option<LinkId>),
    /// Open or close the About box.
    ShowAbout(bool),
    /// Open or close "What's changing" (the dated platform changes).
    ShowChanges(bool),
    /// Open the log folder in the file manager.
    OpenLogFolder,
    /// Open a link from the playbook in the default browser.
    OpenLink(LinkId),
    /// Copy a link's URL to the clipboard.
    CopyLink(LinkId),
    /// Switch the UI language (saved as the agent's choice).
    SetLanguage(Language),
    /// Clear every tick in every category.
    ClearTicks,
    /// Hide the problems banner until the next start.
    DismissDiagnostics,
    /// Ask for a content pack folder and layer it over the built-in content (not in kiosk mode).
    OpenPack,
    /// Go back to the built-in content only.
    RemovePack,
    /// Hide the status line (result of the last link action).
    DismissStatus,
    /// The search box's text changed (empty: back to the checklist).
    SetSearch(String),
    /// Open a search result: its category, and the step or entry highlighted.
    OpenResult(Target),
    /// Go back to the pack the administrator's configuration file names.
    UseAdminPack,
    /// Show the results of the search a result was opened from again.
    BackToResults,
    /// In *Error messages*, show the checklist or the error catalogue.
    SetErrorsView(ErrorsView),
    /// Only show catalogue entries seen here (`None`: all).
    SetCatalogueFilter(Option<SeenIn>),
    /// Open or close an entry's card.
    ToggleEntry(EntryId),
    /// Go to a checklist step (from an entry card) and highlight it.
    GoToStep(StepId),
    /// The highlighted step or entry has been scrolled into view.
    Scrolled,
    /// Something the person at a kiosk asked for.
    Kiosk(KioskAction),
    /// Set a step's outcome with its detail (whom it was escalated to, what the caller was
    /// told); "not started" clears it.
    SetStepOutcome(StepId, StepState, String),
    /// Set the outcome of a catalogue entry the agent read, with its detail.
    SetEntryOutcome(EntryId, StepState, String),
    /// Replace the note on a catalogue entry.
    SetEntryNote(EntryId, String),
    /// Copy what the caller should know about an entry, in the caller's language.
    CopyEntryForCaller(EntryId),
    /// Set the affected user (a UPN or a name; private, never logged).
    SetAffectedUser(String),
    /// Something asked of "Start here" (the triage questions).
    Triage(TriageAction),
    /// Something asked of the Decode pane (not in kiosk mode).
    Decode(DecodeAction),
}

/// What the *Error messages* category shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ErrorsView {
    /// The checklist of steps.
    #[default]
    Checklist,
    /// The error catalogue.
    Catalogue,
}

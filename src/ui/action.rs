//! Everything the UI can ask for. Panels push these; [`crate::HelpdeskApp`] applies them
//! after the frame, in one place, so the allow-list check and saving happen there only.

use crate::i18n::Language;
use crate::model::category::Category;
use crate::model::playbook::{LinkId, StepId};

/// One user intent, produced by a panel.
#[must_use = "push the action so the app applies it"]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show this category's checklist.
    SelectCategory(Category),
    /// Tick or untick a step.
    ToggleStep(StepId),
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
    /// Hide the status line (result of the last link action).
    DismissStatus,
}

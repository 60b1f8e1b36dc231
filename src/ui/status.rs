//! Notices about state files (shown in the banner) and the status bar's last result, turned
//! into words in the current language each frame.

use egui::Panel;

use crate::content::PackStatus;
use crate::model::language::Language;
use crate::model::playbook::LinkId;
use crate::store::state::{LoadNotice, StateFile};
use crate::ui::HelpdeskApp;
use crate::ui::action::Action;

/// A notice about state files, rendered in the current language each frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Notice {
    MovedAside { file: StateFile, moved_to: String, reason: String },
    Unreadable { file: StateFile, reason: String },
    SaveFailed { file: StateFile, error: String },
    SettingsReset { fields: String },
    FieldsReset { fields: String, copy: Option<String> },
    SessionTrimmed,
}

/// The result of the last action worth reporting, shown in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Status {
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
    LogFolderFailed(String),
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

/// Logs what became of a content pack: applied or not, and each of its problems.
pub(super) fn log_pack(pack: &PackStatus) {
    if pack.applied {
        log::info!("content pack {} applied from {}", pack.label(), pack.folder.display());
    } else {
        log::warn!("content pack in {} was not applied", pack.folder.display());
    }
    for diagnostic in &pack.diagnostics {
        log::warn!("{}: {diagnostic}", pack.folder.display());
    }
}

/// The banner notice for a state file that could not be read as it was.
pub(super) fn notice_from(notice: LoadNotice) -> Notice {
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
    pub(super) fn notice_text(&self, notice: &Notice) -> String {
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

    pub(super) fn status_text(&self, status: &Status) -> String {
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
            Status::LogFolderFailed(error) => loc.text_with_args("status-log-folder-failed", &[("error", error.as_str().into())]),
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
                // The previous caller's ticket stays off a shared screen.
                let ticket = if self.presenting.is_some() {
                    loc.text("present-hidden")
                } else if ticket.is_empty() {
                    loc.text("summary-ticket-none")
                } else {
                    ticket.clone()
                };
                loc.text_with_args("status-session-resumed", &[("ticket", ticket.into()), ("steps", (*steps).into())])
            }
        }
    }

    pub(super) fn status_bar_ui(&self, ui: &mut egui::Ui, text: String, actions: &mut Vec<Action>) {
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
}

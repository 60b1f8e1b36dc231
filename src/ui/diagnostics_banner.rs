//! A banner over the checklist that lists loading problems (content, locales, settings, the
//! content pack) without blocking the rest of the window.

use egui::{Frame, Margin, RichText};

use crate::content::PackStatus;
use crate::model::diagnostic::Severity;
use crate::ui::action::Action;
use crate::ui::{View, theme};

/// Most problems listed before "and N more" (the rest are in the log).
const MAX_LISTED: usize = 8;

/// Draws the banner when there is something to show.
pub fn diagnostics_banner_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    // A pack the agent chose that was refused comes first; then the pack in use, when it has
    // problems (refused too, or applied with warnings): both can be true after a fallback.
    let refused = view.refused_pack.filter(|_| view.pack_banner);
    let current = view.pack.filter(|p| view.pack_banner && (!p.applied || !p.diagnostics.is_empty()));
    let packs: Vec<(&PackStatus, Option<&PackStatus>)> =
        [refused.map(|r| (r, view.pack.filter(|p| p.applied))), current.map(|c| (c, None))]
            .into_iter()
            .flatten()
            .collect();
    if view.diagnostics.is_empty() && view.notices.is_empty() && packs.is_empty() {
        return;
    }
    let dark = ui.visuals().dark_mode;
    Frame::NONE
        .stroke(egui::Stroke::new(1.0, theme::warning_color(dark)))
        .corner_radius(4.0)
        .inner_margin(Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            for notice in view.notices {
                ui.label(RichText::new(notice).color(theme::warning_color(dark)));
            }
            for (pack, kept) in packs {
                pack_section_ui(ui, view, pack, kept, dark);
            }
            if !view.diagnostics.is_empty() {
                ui.label(
                    RichText::new(
                        view.loc
                            .text_with_args("banner-problems", &[("count", view.diagnostics.len().into())]),
                    )
                    .strong(),
                );
                diagnostic_lines_ui(ui, view.diagnostics, dark);
                if view.diagnostics.len() > MAX_LISTED {
                    ui.label(
                        view.loc
                            .text_with_args("banner-more", &[("count", (view.diagnostics.len() - MAX_LISTED).into())]),
                    );
                }
            }
            if ui.button(view.loc.text("banner-dismiss")).clicked() {
                actions.push(Action::DismissDiagnostics);
            }
        });
    ui.add_space(theme::STEP_GAP);
}

/// One pack's heading and problems: the same lines `sspr-helpdesk validate` prints, so the
/// administrator can match them one for one. `kept` is the pack in use instead of a refused
/// one.
fn pack_section_ui(ui: &mut egui::Ui, view: &View<'_>, pack: &PackStatus, kept: Option<&PackStatus>, dark: bool) {
    let count = if pack.applied {
        pack.diagnostics.len()
    } else {
        // Not applied because of its errors; its warnings are listed too.
        pack.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    };
    let id = match (pack.applied, kept) {
        (true, _) => "pack-banner-warnings",
        (false, None) => "pack-banner-not-applied",
        (false, Some(_)) => "pack-banner-not-applied-kept",
    };
    let heading = view.loc.text_with_args(
        id,
        &[
            ("pack", pack.label().into()),
            ("folder", pack.folder.display().to_string().into()),
            ("count", count.into()),
            ("kept", kept.map(PackStatus::label).unwrap_or_default().into()),
        ],
    );
    ui.label(RichText::new(heading).strong());
    diagnostic_lines_ui(ui, &pack.diagnostics, dark);
    if pack.diagnostics.len() > MAX_LISTED {
        ui.label(view.loc.text_with_args(
            "pack-banner-more",
            &[
                ("count", (pack.diagnostics.len() - MAX_LISTED).into()),
                ("folder", pack.folder.display().to_string().into()),
            ],
        ));
    }
}

/// The first [`MAX_LISTED`] problems, one monospace line each, coloured by severity.
fn diagnostic_lines_ui(ui: &mut egui::Ui, diagnostics: &[crate::model::diagnostic::Diagnostic], dark: bool) {
    for diagnostic in diagnostics.iter().take(MAX_LISTED) {
        let color = match diagnostic.severity {
            Severity::Error => theme::error_color(dark),
            Severity::Warning => theme::warning_color(dark),
        };
        ui.label(RichText::new(diagnostic.to_string()).monospace().color(color));
    }
}

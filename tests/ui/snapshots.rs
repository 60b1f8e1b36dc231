//! Layout snapshots (images, not behaviour): the main window wide and narrow, the kiosk start
//! screen and a kiosk QR screen, in both languages. Rendered headless by wgpu on a software
//! adapter; see kittest.toml for how to regenerate them.

use egui_kittest::SnapshotResults;
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::model::language::Language;

use crate::support::{Setup, app, app_on_start_here, text};

fn tag(language: Language) -> &'static str {
    language.tag()
}

/// The window as it opens on a new session: "Start here".
#[test]
fn snapshot_main_window_wide_and_narrow() {
    let mut results = SnapshotResults::new();
    for language in Language::ALL {
        for (name, size) in [("wide", (1280.0, 800.0)), ("narrow", (800.0, 600.0))] {
            let mut harness = app_on_start_here(Setup {
                language: Some(language),
                size,
                ..Setup::default()
            });
            harness.run();
            harness.snapshot(format!("main-{name}-{}", tag(language)));
            results.extend_harness(&mut harness);
        }
    }
    results.unwrap();
}

#[test]
fn snapshot_kiosk_start_and_qr_screens() {
    let mut results = SnapshotResults::new();
    for language in Language::ALL {
        let mut harness = app(Setup {
            kiosk: true,
            language: Some(language),
            ..Setup::default()
        });
        harness.run();
        harness.snapshot(format!("kiosk-start-{}", tag(language)));
        let reset = harness.state().localizer().text("kiosk-flow-reset");
        harness.get_by_label(&reset).click();
        harness.run();
        harness.snapshot(format!("kiosk-qr-{}", tag(language)));
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

/// The kiosk's longest screens at the smallest and the usual size: the navigation row stays
/// along the bottom edge, the content scrolls above it.
#[test]
fn snapshot_kiosk_screens_small_and_large() {
    let mut results = SnapshotResults::new();
    for language in Language::ALL {
        for (name, size) in [("800x600", (800.0, 600.0)), ("1280x800", (1280.0, 800.0))] {
            let mut harness = app(Setup {
                kiosk: true,
                language: Some(language),
                size,
                ..Setup::default()
            });
            let register = harness.state().localizer().text("kiosk-flow-register");
            harness.get_by_label(&register).click();
            harness.run();
            harness.snapshot(format!("kiosk-register-qr-{name}-{}", tag(language)));
            let next = harness.state().localizer().text("kiosk-next");
            for _ in 0..2 {
                harness.get_by_label(&next).click();
                harness.run();
            }
            harness.snapshot(format!("kiosk-register-methods-{name}-{}", tag(language)));
            results.extend_harness(&mut harness);
        }
    }
    results.unwrap();
}

/// Present mode (F11, larger text) at the smallest and the usual size: the top bar takes more
/// rows instead of drawing over itself.
#[test]
fn snapshot_present_mode_small_and_large() {
    let mut results = SnapshotResults::new();
    for language in Language::ALL {
        for (name, size) in [("800x600", (800.0, 600.0)), ("1280x800", (1280.0, 800.0))] {
            let mut harness = app(Setup {
                language: Some(language),
                size,
                ..Setup::default()
            });
            harness.key_press(egui::Key::F11);
            harness.run();
            harness.snapshot(format!("present-{name}-{}", tag(language)));
            results.extend_harness(&mut harness);
        }
    }
    results.unwrap();
}

/// "Start here" part-way through a call, at the smallest and the usual size, and shared in
/// Present mode: the answers given, a question only the agent can answer (its "How to find
/// out" hidden when presenting) and the steps that fit.
#[test]
fn snapshot_start_here_answered_small_and_large_and_presenting() {
    let mut results = SnapshotResults::new();
    for language in Language::ALL {
        for (name, size) in [("800x600", (800.0, 600.0)), ("1280x800", (1280.0, 800.0))] {
            let mut harness = app_on_start_here(Setup {
                language: Some(language),
                size,
                ..Setup::default()
            });
            for id in ["triage-goal-reset", "triage-error-none", "triage-symptom-writeback-fails"] {
                let label = text(&harness, id);
                harness.get_by_label(&label).click();
                harness.run();
            }
            harness.snapshot(format!("start-here-answered-{name}-{}", tag(language)));
            if name == "800x600" {
                harness.key_press(egui::Key::F11);
                harness.run();
                harness.snapshot(format!("start-here-present-{name}-{}", tag(language)));
            }
            results.extend_harness(&mut harness);
        }
    }
    results.unwrap();
}

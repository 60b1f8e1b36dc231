//! The About box and zoom.

use crate::navigation::first_step;
use crate::support::{app, english_app, in_dir, text};
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::playbook::StepId;

#[test]
fn the_about_box_shows_versions_renderer_and_the_font_licence() {
    let mut harness = english_app();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("About SSPR Helpdesk Assistant…").click();
    harness.run();
    harness.get_by_label(env!("CARGO_PKG_VERSION"));
    harness.get_by_label(&harness.state().playbook().content_version.clone());
    harness.get_by_label("Open log folder");
    let fonts = "Fonts: Noto Sans and Noto Sans CJK SC (SIL Open Font License 1.1)";
    harness.get_by_label(fonts).click();
    harness.run();
    harness.get_by_label_contains("SIL OPEN FONT LICENSE Version 1.1");
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.query_by_label("Open log folder").is_none());
}

#[test]
fn space_ticks_the_focused_step_and_ctrl_plus_zooms_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(in_dir(dir.path()));
    let step = first_step(&harness, Category::Configure);
    let title = text(&harness, &format!("step-{step}"));
    harness.get_by_label(&title).focus();
    harness.run();
    harness.key_press(egui::Key::Space);
    harness.run();
    assert!(harness.state().session().is_done(&StepId::new(step)));

    let before = harness.ctx.zoom_factor();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    let after = harness.ctx.zoom_factor();
    assert!(after > before, "{before} -> {after}");
    assert!((harness.state().settings().zoom - after).abs() < 0.001);
    drop(harness);
    let harness = app(in_dir(dir.path()));
    assert!((harness.ctx.zoom_factor() - after).abs() < 0.001, "the zoom is restored");
}

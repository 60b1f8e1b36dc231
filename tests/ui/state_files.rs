//! Saved files that are corrupt or odd: moved aside or repaired, reported, never crashed on.

use crate::support::{app, in_dir};
use egui_kittest::kittest::Queryable;

#[test]
fn a_corrupt_settings_file_is_moved_aside_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("settings.toml"), "language = [\n").unwrap();
    let harness = app(in_dir(dir.path()));
    let notice = harness.get_by_label_contains("Your settings file could not be read");
    let label = format!("{notice:?}");
    assert!(label.contains("settings.toml.corrupt-"), "{label}");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(aside.iter().any(|n| n.starts_with("settings.toml.corrupt-")), "{aside:?}");
}

#[test]
fn a_settings_value_of_the_wrong_shape_resets_that_field_only() {
    let dir = tempfile::tempdir().unwrap();
    let text = "schema = 1\nboth_languages = true\nzoom = \"big\"\nsession_panel = false\n";
    std::fs::write(dir.path().join("settings.toml"), text).unwrap();
    let mut setup = in_dir(dir.path());
    setup.language = None;
    let harness = app(setup);
    harness.get_by_label_contains(
        "Some saved settings could not be read and were reset to their defaults: zoom. Your other settings were kept, and the file as it was is at ",
    );
    // The agent's other choices survive: both languages on, session panel off.
    assert!(harness.query_by_label("Ticket summary").is_none());
    let settings = harness.state().settings();
    assert!(settings.both_languages && !settings.session_panel);
    let copies: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("settings.toml.corrupt-"))
        .collect();
    let [copy] = copies.as_slice() else { panic!("{copies:?}") };
    assert_eq!(std::fs::read_to_string(copy).unwrap(), text);
}

#[test]
fn unusable_saved_values_are_reset_and_reported_not_crashed_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("settings.toml"), "schema = 1\nzoom = nan\n").unwrap();
    let huge = "T".repeat(3_000_000);
    std::fs::write(
        dir.path().join("session.json"),
        format!("{{\"schema\": 1, \"session\": {{\"ticket\": \"{huge}\", \"note\": \"{huge}\"}}}}"),
    )
    .unwrap();
    let harness = app(in_dir(dir.path()));
    harness.get_by_label("Some saved settings could not be used and were reset to their defaults: zoom.");
    harness.get_by_label_contains("they were shortened");
    let session = harness.state().session();
    assert_eq!(session.ticket.chars().count(), sspr_helpdesk::model::session::MAX_TICKET_CHARS);
    assert_eq!(session.note.chars().count(), sspr_helpdesk::model::session::MAX_NOTE_CHARS);
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 0.001);
}

//! The agent's session: step states, notes, new session and undo, shortcuts, caller text, export, restore.

use crate::navigation::first_step;
use crate::support::{Setup, add_note, app, click, copied_text, english_app, in_dir, open_category, text, tick_step};
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::playbook::StepId;
use sspr_helpdesk::model::session::StepState;

#[test]
fn a_step_can_be_marked_failed_or_not_applicable_with_its_time() {
    let mut harness = english_app();
    let step = first_step(&harness, Category::Configure);
    let title = text(&harness, &format!("step-{step}"));
    let total = harness.state().playbook().checklist(Category::Configure).unwrap().steps.len();

    harness.get_by_label(&format!("Failed: {title}")).click();
    harness.run();
    assert_eq!(harness.state().session().state(&StepId::new(step.clone())), StepState::Failed);
    harness.get_by_label("Failed at 09:00");
    harness.get_by_label(&format!("0 of {total} steps done"));

    harness.get_by_label(&format!("Not applicable: {title}")).click();
    harness.run();
    harness.get_by_label("Not applicable at 09:00");
    harness.get_by_label(&format!("1 of {total} steps done"));

    // A second click on the same state clears it.
    harness.get_by_label(&format!("Not applicable: {title}")).click();
    harness.run();
    assert_eq!(harness.state().session().state(&StepId::new(step)), StepState::NotStarted);
}

#[test]
fn notes_and_the_session_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let setup = || in_dir(dir.path());
    let mut harness = app(setup());
    let step = first_step(&harness, Category::Configure);
    let field = add_note(&mut harness, &step, "Caller is not in SSPR-Users");
    let ticket = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Ticket reference");
    ticket.focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Ticket reference")
        .type_text("INC0012345");
    harness.run();
    tick_step(&mut harness, &step);
    // What the app does shortly after each change and on exit.
    harness.state_mut().save_session();
    drop(harness);

    let harness = app(setup());
    let session = harness.state().session();
    assert_eq!(session.ticket, "INC0012345");
    assert_eq!(session.step_note(&StepId::new(step.clone())), "Caller is not in SSPR-Users");
    assert!(session.is_done(&StepId::new(step)));
    harness.get_by_label(&field);
}

#[test]
fn new_session_asks_first_and_can_be_undone_for_a_few_seconds() {
    let setup = Setup::default();
    let clock = setup.clock.clone();
    let mut harness = app(setup);
    let step = first_step(&harness, Category::Configure);
    tick_step(&mut harness, &step);
    harness.get_by_label("New session").click();
    harness.run();
    harness.get_by_label("Start a new session?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Start a new session?").is_none());
    assert_eq!(harness.state().session().ticked_count(), 1);

    harness.get_by_label("New session").click();
    harness.run();
    harness.get_by_label("Start new session").click();
    harness.run();
    assert_eq!(harness.state().session().ticked_count(), 0);
    harness.get_by_label("A new session was started.");
    harness.get_by_label("Undo").click();
    harness.run();
    assert_eq!(harness.state().session().ticked_count(), 1);
    harness.get_by_label("The previous session is back.");

    // After the undo window, the offer is gone.
    harness.get_by_label("New session").click();
    harness.run();
    harness.get_by_label("Start new session").click();
    harness.run();
    clock.advance(11.0);
    harness.run();
    assert!(harness.query_by_label("Undo").is_none());
}

#[test]
fn keyboard_shortcuts_work_but_not_while_typing() {
    let mut harness = english_app();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.get_by_label("Start a new session?");
    harness.get_by_label("Cancel").click();
    harness.run();

    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::C);
    harness.run();
    harness.get_by_label("The ticket summary was copied.");

    // Typing a digit into the ticket field must not switch categories.
    let ticket = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Ticket reference");
    ticket.focus();
    harness.run();
    harness.key_press(egui::Key::Num3);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Ticket reference")
        .type_text("3");
    harness.run();
    assert_eq!(harness.state().session().selected(), Category::Configure);
    assert_eq!(harness.state().session().ticket, "3");
}

#[test]
fn copy_for_caller_uses_the_callers_language_and_records_the_link() {
    let mut harness = english_app();
    let step = harness
        .state()
        .playbook()
        .steps()
        .find(|s| s.caller_link.is_some())
        .unwrap()
        .clone();
    open_category(&mut harness, step.category);
    // The caller speaks Chinese; the agent's UI stays English.
    click(&mut harness, "Caller's language: 中文");
    harness.run();
    let title = text(&harness, &step.id.message_id());
    click(&mut harness, &format!("Copy for caller (中文): {title}"));
    // The copy happens in the frame that handles the click.
    harness.step();
    let copied = copied_text(&harness).expect("something was copied");
    harness.run();
    let url = harness
        .state()
        .playbook()
        .link(step.caller_link.as_ref().unwrap())
        .unwrap()
        .url
        .to_string();
    assert!(copied.contains(&url), "{copied}");
    assert!(copied.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{copied}");
    assert!(!copied.contains(['\u{2068}', '\u{2069}']));
    assert_eq!(harness.state().session().links_given()[0].link, *step.caller_link.as_ref().unwrap());
    harness.get_by_label("Copied for the caller (中文). This is the text they will get:");
    // The agent sees exactly what was sent.
    harness.get_by_label(&copied);
}

#[test]
fn export_writes_the_summary_where_the_dialog_says_and_remembers_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("ticket.md");
    let dialog = sspr_helpdesk::platform::save_dialog::FixedSaveDialog::new(Some(target.clone()));
    let mut harness = app(Setup {
        save_dialog: dialog.clone(),
        ..Setup::default()
    });
    let step = first_step(&harness, Category::Configure);
    tick_step(&mut harness, &step);
    harness.get_by_label("Export…").click();
    harness.run();
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.starts_with("# SSPR troubleshooting summary"), "{written}");
    assert!(
        written.contains(&format!("- Checked: {}", text(&harness, &format!("step-{step}")))),
        "{written}"
    );
    assert_eq!(harness.state().settings().export_folder.as_deref(), Some(dir.path()));
    harness.get_by_label(&format!("The summary was saved to {}", target.display()));
    harness.get_by_label("Export…").click();
    harness.run();
    assert_eq!(
        dialog.asked()[1].1.as_deref(),
        Some(dir.path()),
        "the second export starts in the same folder"
    );
}

#[test]
fn a_dialog_that_returns_nothing_is_reported() {
    let mut harness = english_app();
    harness.get_by_label("Export…").click();
    harness.run();
    harness.get_by_label_contains("Export cancelled");
}

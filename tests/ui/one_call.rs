//! One call at a time: the caller's language belongs to the call, the call restored at start
//! is continued or put aside on purpose, and what is copied is shown.

use crate::support::{Setup, app, copied_text, english_app, in_dir, search_for, text, tick_step, type_session_note};
use egui_kittest::kittest::{NodeT, Queryable};
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::language::Language;

fn first_step(harness: &egui_kittest::Harness<'_, sspr_helpdesk::HelpdeskApp>) -> String {
    crate::navigation::first_step(harness, Category::Configure)
}

fn new_session(harness: &mut egui_kittest::Harness<'_, sspr_helpdesk::HelpdeskApp>) {
    let new = text(harness, "top-new-session");
    harness.get_by_label(&new).click();
    harness.run();
    let confirm = text(harness, "new-session-confirm");
    harness.get_by_label(&confirm).click();
    harness.run();
}

#[test]
fn new_session_starts_the_next_caller_in_the_ui_language_not_the_last_callers() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(in_dir(dir.path()));
    harness.get_by_label("Caller's language: 中文").click();
    harness.run();
    assert_eq!(harness.state().session().caller_language, Language::ZhCn);
    new_session(&mut harness);
    assert_eq!(harness.state().session().caller_language, Language::EnUs);
    assert!(harness.get_by_label("Caller's language: English").accesskit_node().toggled() == Some(egui::accesskit::Toggled::True));
    // Nor does it come back with the next start.
    harness.get_by_label("Caller's language: 中文").click();
    harness.run();
    harness.state_mut().save_session();
    let settings = std::fs::read_to_string(dir.path().join("settings.toml")).unwrap_or_default();
    assert!(!settings.contains("zh-CN"), "{settings}");
}

#[test]
fn a_caller_language_an_older_version_saved_does_not_reach_the_next_call() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("settings.toml"),
        "language = \"en-US\"\ncaller_language = \"zh-CN\"\n",
    )
    .unwrap();
    let harness = app(in_dir(dir.path()));
    assert_eq!(harness.state().session().caller_language, Language::EnUs);
    assert!(harness.get_by_label("Caller's language: English").accesskit_node().toggled() == Some(egui::accesskit::Toggled::True));
}

#[test]
fn a_chinese_query_suggests_the_callers_language_and_one_click_switches_it() {
    let mut harness = english_app();
    search_for(&mut harness, "收不到验证码");
    // A suggestion, not a switch.
    assert_eq!(harness.state().session().caller_language, Language::EnUs);
    assert!(harness.get_all_by_label("What you typed looks like 中文.").next().is_some());
    let switch = "Switch the caller's language to 中文";
    harness.get_all_by_label(switch).next().unwrap().click();
    harness.run();
    assert_eq!(harness.state().session().caller_language, Language::ZhCn);
    assert!(harness.query_by_label(switch).is_none());
}

#[test]
fn an_english_note_in_the_chinese_window_suggests_an_english_caller() {
    let mut harness = app(Setup {
        language: Some(Language::ZhCn),
        ..Setup::default()
    });
    assert_eq!(harness.state().session().caller_language, Language::ZhCn);
    type_session_note(&mut harness, "code never arrives");
    let switch = "将来电用户的语言切换为English";
    harness.get_by_label(switch).click();
    harness.run();
    assert_eq!(harness.state().session().caller_language, Language::EnUs);
}

/// Runs the app in `dir` once with `ticket` typed and a step ticked, and closes it.
fn leave_a_call(dir: &std::path::Path, ticket: &str) {
    let mut harness = app(in_dir(dir));
    let step = first_step(&harness);
    tick_step(&mut harness, &step);
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Ticket reference");
    field.focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Ticket reference")
        .type_text(ticket);
    harness.run();
    harness.state_mut().save_session();
}

#[test]
fn after_a_restart_the_agent_starts_a_new_call_and_types_into_empty_fields() {
    let dir = tempfile::tempdir().unwrap();
    leave_a_call(dir.path(), "INC0012777");
    let mut harness = app(in_dir(dir.path()));
    harness.get_by_label("Continue the previous call?");
    harness.get_by_label_contains("ticket: INC0012777, 1 steps marked");
    harness.get_by_label("Start a new call").click();
    harness.run();
    assert!(harness.query_by_label("Continue the previous call?").is_none());
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Ticket reference");
    field.focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Ticket reference")
        .type_text("INC0012888");
    harness.run();
    assert_eq!(harness.state().session().ticket, "INC0012888");
    assert_eq!(harness.state().session().ticked_count(), 0);
}

#[test]
fn after_a_restart_the_agent_can_continue_the_previous_call() {
    let dir = tempfile::tempdir().unwrap();
    leave_a_call(dir.path(), "INC0012777");
    let mut harness = app(Setup {
        language: Some(Language::ZhCn),
        ..in_dir(dir.path())
    });
    harness.get_by_label("继续上一个来电？");
    harness.get_by_label("继续上一个来电").click();
    harness.run();
    assert!(harness.query_by_label("继续上一个来电？").is_none());
    assert_eq!(harness.state().session().ticket, "INC0012777");
    assert_eq!(harness.state().session().ticked_count(), 1);
}

#[test]
fn the_restart_question_names_no_ticket_while_presenting() {
    let dir = tempfile::tempdir().unwrap();
    leave_a_call(dir.path(), "INC0012777");
    let mut harness = app(in_dir(dir.path()));
    harness.key_press(egui::Key::F11);
    harness.run();
    assert!(harness.state().is_presenting());
    harness.get_by_label("Continue the previous call?");
    assert!(harness.query_by_label_contains("INC0012777").is_none());
}

#[test]
fn the_summary_can_be_copied_in_the_other_language() {
    let mut harness = english_app();
    let step = first_step(&harness);
    tick_step(&mut harness, &step);
    harness.get_by_label("Copy in Chinese").click();
    harness.step();
    let copied = copied_text(&harness).expect("the summary was copied");
    let zh_title = harness.state().localizer().text_in(Language::ZhCn, "summary-title");
    assert!(copied.starts_with(&zh_title), "{copied}");
    harness.run();
    harness.get_by_label("The ticket summary was copied (中文).");
    // The window stays in English.
    assert_eq!(harness.state().language(), Language::EnUs);
    harness.get_by_label("Copy summary");

    let mut harness = app(Setup {
        language: Some(Language::ZhCn),
        ..Setup::default()
    });
    harness.get_by_label("复制英文版").click();
    harness.step();
    let copied = copied_text(&harness).expect("the summary was copied");
    assert!(copied.starts_with("SSPR troubleshooting summary"), "{copied}");
}

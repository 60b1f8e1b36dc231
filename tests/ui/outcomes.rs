//! What tier 1 records on a call: the entry the caller's error led to, its outcome (escalated
//! to whom, user told what), the affected user, the first step on any error, and the summary
//! that leads with what happened.

use crate::support::{Setup, app, click, copied_text, english_app, text};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::model::catalogue::EntryId;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::StepId;
use sspr_helpdesk::model::session::StepState;

/// Searches in the UI language and opens the first hit, as an agent does.
fn open_first_hit(harness: &mut Harness<'_, HelpdeskApp>, query: &str) -> String {
    let search = text(harness, "search-label");
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, &search).focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, &search)
        .type_text(query);
    harness.run();
    let first = harness.state().results()[0].target.clone();
    let title = text(harness, &first.message_id());
    harness.get_by_label(&title).click();
    harness.run();
    harness.run();
    title
}

/// Types into the field labelled `label`.
fn type_into(harness: &mut Harness<'_, HelpdeskApp>, label: &str, typed: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(typed);
    harness.run();
}

fn copy_summary(harness: &mut Harness<'_, HelpdeskApp>) -> String {
    let label = text(harness, "session-copy-summary");
    click(harness, &label);
    harness.step();
    copied_text(harness).unwrap_or_default()
}

#[test]
fn a_call_escalated_to_the_ad_team_after_sspr_0029_produces_a_summary_that_says_so() {
    let mut harness = english_app();
    let title = open_first_hit(&mut harness, "SSPR_0029");
    assert!(title.starts_with("SSPR_0029"), "{title}");
    let entry = EntryId::new("sspr-0029");
    assert_eq!(harness.state().session().entries()[0].entry, entry, "the entry read is recorded");

    click(&mut harness, &format!("Escalated: {title}"));
    harness.run();
    click(&mut harness, "AD team");
    harness.run();
    type_into(&mut harness, &format!("Note for this entry: {title}"), "MSOL_ lacks Reset password");
    type_into(&mut harness, "Affected user", "li.wei@contoso.com");

    let summary = copy_summary(&mut harness);
    let lines: Vec<&str> = summary.lines().collect();
    assert_eq!(lines[3], format!("- Outcome: Escalated to AD team: {title}"), "{summary}");
    assert_eq!(lines[4], "- Affected user: li.wei@contoso.com", "{summary}");
    assert!(summary.contains("Errors the caller saw"), "{summary}");
    assert!(summary.contains("  Note: MSOL_ lacks Reset password"), "{summary}");
    assert!(!summary.contains("[Done]"), "{summary}");
}

#[test]
fn a_chinese_call_records_the_escalation_in_chinese() {
    let mut harness = app(Setup {
        language: Some(Language::ZhCn),
        ..Setup::default()
    });
    let title = open_first_hit(&mut harness, "重置密码时提示本地配置有问题 SSPR_0029");
    assert!(title.starts_with("SSPR_0029"), "{title}");
    let escalated = text(&harness, "state-escalated");
    click(&mut harness, &format!("{escalated}: {title}"));
    harness.run();
    let ad_team = text(&harness, "outcome-preset-ad-team");
    click(&mut harness, &ad_team);
    harness.run();
    let summary = copy_summary(&mut harness);
    let lines: Vec<&str> = summary.lines().collect();
    assert_eq!(lines[3], format!("- 处理结果：已升级（AD 团队）：{title}"), "{summary}");
    assert_eq!(lines[4], "- 受影响的用户：（未记录）", "{summary}");
    assert!(!summary.contains("[已完成]"), "{summary}");
}

#[test]
fn an_entry_opened_from_search_offers_collecting_the_error_details_first() {
    let mut harness = english_app();
    open_first_hit(&mut harness, "SSPR_0029");
    harness.get_by_label("First: collect the error details");
    let step_title = text(&harness, "step-errors-collect-details");
    click(&mut harness, &step_title);
    harness.run();
    assert_eq!(
        harness.state().session().state(&StepId::new("errors-collect-details")),
        StepState::Done
    );
    assert!(
        harness.query_by_label("First: collect the error details").is_none(),
        "once collected, the card goes"
    );
}

#[test]
fn copy_for_caller_on_an_entry_sends_what_the_caller_can_do_or_what_happens_next() {
    let mut harness = english_app();
    // The caller can act: wait out the block.
    let title = open_first_hit(&mut harness, "too many attempts");
    click(&mut harness, &format!("Copy for caller (English): {title}"));
    harness.step();
    let copied = copied_text(&harness).unwrap();
    assert!(copied.contains("24 hours"), "{copied}");

    // Only an admin can fix it: "it's not you; we've escalated".
    let mut harness = english_app();
    let title = open_first_hit(&mut harness, "SSPR_0029");
    click(&mut harness, &format!("Escalated: {title}"));
    harness.run();
    click(&mut harness, "AD team");
    harness.run();
    click(&mut harness, &format!("Copy for caller (English): {title}"));
    harness.step();
    let copied = copied_text(&harness).unwrap();
    assert!(copied.starts_with("This is not something you did wrong"), "{copied}");
    assert!(copied.contains("(AD team)"), "{copied}");
}

#[test]
fn a_step_escalated_to_a_team_names_it_in_the_summary() {
    let mut harness = english_app();
    crate::support::open_category(&mut harness, sspr_helpdesk::model::category::Category::Errors);
    let title = text(&harness, "step-errors-sspr-0029");
    click(&mut harness, &format!("Escalated: {title}"));
    harness.run();
    type_into(&mut harness, &format!("Escalated to: {title}"), "on-prem AD team");
    let summary = copy_summary(&mut harness);
    assert!(
        summary.contains("- Outcome: Escalated to on-prem AD team: SSPR_0029: the on-premises side of password writeback"),
        "{summary}"
    );
    assert!(
        summary.contains("\n- Escalated to on-prem AD team: SSPR_0029: the on-premises side"),
        "{summary}"
    );
}

#[test]
fn while_presenting_an_entry_shows_no_note_no_team_field_and_no_caller_copy() {
    let mut harness = english_app();
    let title = open_first_hit(&mut harness, "SSPR_0029");
    click(&mut harness, &format!("Escalated: {title}"));
    harness.run();
    type_into(&mut harness, &format!("Note for this entry: {title}"), "MSOL_ lacks Reset password");
    harness.key_press(egui::Key::F11);
    harness.run();
    harness.get_by_label("Presenting");
    for hidden in [
        format!("Note for this entry: {title}"),
        format!("Escalated to: {title}"),
        format!("Copy for caller (English): {title}"),
    ] {
        assert!(harness.query_by_label(&hidden).is_none(), "{hidden} is on the shared screen");
    }
}

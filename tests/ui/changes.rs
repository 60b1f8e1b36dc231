//! Dated platform changes as the agent meets them: badges on steps, entries and search results
//! ("Upcoming: 1 Feb 2027", then "In effect since …"), the retirement entry first for the
//! symptom it explains once it is in effect, "What's changing", source page dates, the About
//! box and the ticket summary. The clock is injected, so each test picks its day.

use egui_kittest::kittest::Queryable;
use sspr_helpdesk::model::catalogue::EntryId;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::search::Target;

use crate::support::{Setup, app, clock_on, copied_text, open_category, search_for, text, tick_step, view_menu};

/// The app on a given day, in English unless told otherwise.
fn app_on(year: i16, month: i8, day: i8, language: Language) -> egui_kittest::Harness<'static, sspr_helpdesk::HelpdeskApp> {
    app(Setup {
        clock: clock_on(year, month, day),
        language: Some(language),
        ..Setup::default()
    })
}

const RETIREMENT_ENTRY: &str = "msg-sms-voice-stopped";

#[test]
fn after_the_retirement_date_a_code_that_never_arrives_leads_to_the_retirement_entry() {
    let mut harness = app_on(2027, 2, 2, Language::EnUs);
    search_for(&mut harness, "verification code never arrives");
    let first = harness.state().results()[0].target.clone();
    assert_eq!(first, Target::Entry(EntryId::new(RETIREMENT_ENTRY)));
    // What the agent reads: the entry's title on top, marked as in effect.
    harness.get_by_label(&text(&harness, &format!("entry-{RETIREMENT_ENTRY}")));
    assert!(harness.get_all_by_label("In effect since 1 Feb 2027").count() >= 1);
    assert!(harness.query_by_label("Upcoming: 1 Feb 2027").is_none());
}

#[test]
fn before_the_date_the_retirement_shows_as_upcoming_and_does_not_jump_the_queue() {
    let mut harness = app_on(2026, 12, 6, Language::EnUs);
    search_for(&mut harness, "verification code never arrives");
    let results = harness.state().results();
    assert_ne!(results[0].target, Target::Entry(EntryId::new(RETIREMENT_ENTRY)));
    assert!(harness.get_all_by_label("Upcoming: 1 Feb 2027").count() >= 1);
    assert!(harness.query_by_label("In effect since 1 Feb 2027").is_none());
}

#[test]
fn steps_and_entries_carry_the_badge_in_chinese_too() {
    let mut harness = app_on(2026, 12, 6, Language::ZhCn);
    open_category(&mut harness, Category::Errors);
    assert!(harness.get_all_by_label("即将生效：2027年2月1日").count() >= 1);
}

#[test]
fn whats_changing_lists_every_change_with_its_state_and_opens_what_it_affects() {
    let mut harness = app_on(2026, 12, 6, Language::EnUs);
    let entry = text(&harness, "changes-open");
    view_menu(&mut harness, &entry);
    harness.get_by_label(&text(&harness, "changes-title"));
    harness.get_by_label("Upcoming on 1 Feb 2027");
    harness.get_by_label("In effect since 30 Sep 2025");
    harness.get_by_label("In effect since 1 Sep 2026");
    let count = harness.state().playbook().changes().len();
    assert!(count >= 5, "{count} changes");
    let entry_title = text(&harness, &format!("entry-{RETIREMENT_ENTRY}"));
    harness.get_all_by_label(&entry_title).next().unwrap().click();
    harness.run();
    assert!(
        harness.query_by_label(&text(&harness, "changes-title")).is_none(),
        "the dialog closed"
    );
    assert_eq!(harness.state().session().selected(), Category::Errors);
    harness.get_by_label(&text(&harness, "entry-symptom"));
}

#[test]
fn a_step_names_the_date_of_the_page_its_source_was_checked_against() {
    let harness = app_on(2026, 12, 6, Language::EnUs);
    // configure-enable-sspr cites the SSPR tutorial, ms.date 2024-05-21.
    assert!(harness.get_all_by_label("(page of 21 May 2024)").count() >= 1);
}

#[test]
fn the_about_box_says_when_the_content_was_checked() {
    let mut harness = app_on(2026, 12, 6, Language::EnUs);
    let entry = text(&harness, "about-open");
    view_menu(&mut harness, &entry);
    harness.get_by_label_contains(&text(&harness, "about-content-checked"));
    harness.get_by_label("6 Dec 2026");
}

#[test]
fn the_ticket_summary_names_the_change_behind_a_marked_step() {
    let mut harness = app_on(2027, 2, 2, Language::EnUs);
    open_category(&mut harness, Category::Errors);
    tick_step(&mut harness, "errors-sms-voice-retired");
    let copy = text(&harness, "session-copy-summary");
    harness.get_by_label(&copy).click();
    // The copy happens in the frame that handles the click.
    harness.step();
    let summary = copied_text(&harness).expect("the summary was copied");
    assert!(summary.contains(&text(&harness, "summary-changes-heading")), "{summary}");
    let title = text(&harness, "change-sms-voice-retirement");
    assert!(summary.contains(&format!("{title}: In effect since 1 Feb 2027")), "{summary}");
}

#[test]
fn a_content_pack_adds_its_own_dated_change_to_whats_changing() {
    let pack = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/contoso-pack");
    let mut harness = app(Setup {
        clock: clock_on(2026, 12, 6),
        pack: Some(pack),
        ..Setup::default()
    });
    let entry = text(&harness, "changes-open");
    view_menu(&mut harness, &entry);
    harness.get_by_label(&text(&harness, "change-contoso-vpn-cutover"));
    harness.get_by_label("Upcoming on 1 Mar 2027");
}

//! Search and the error catalogue: typing a code, opening hits, going back, filters.

use crate::support::{click_first, english_app, open_category, text};
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::model::category::Category;

#[test]
fn typing_a_code_and_clicking_the_first_hit_shows_the_entry_card() {
    let mut harness = english_app();
    let search = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search");
    search.focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search")
        .type_text("sspr 29");
    harness.run();
    let first = harness.state().results()[0].target.clone();
    let title = text(&harness, &first.message_id());
    assert!(title.starts_with("SSPR_0029"), "{title}");
    harness.get_by_label_contains("results for “sspr 29”");
    harness.get_by_label(&title).click();
    harness.run();
    // The Error messages category, catalogue view, with the card open.
    assert_eq!(harness.state().session().selected(), Category::Errors);
    harness.get_by_label(&text(&harness, "entry-symptom"));
    harness.get_by_label(&text(&harness, "entry-fix"));
    assert_eq!(harness.state().query(), "");
}

#[test]
fn after_opening_a_hit_the_agent_can_go_back_to_the_results_until_moving_on() {
    let mut harness = english_app();
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search").focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search")
        .type_text("sspr 29");
    harness.run();
    let count = harness.state().results().len();
    assert!(count > 1, "{count}");
    let second = harness.state().results()[1].target.clone();
    let first = harness.state().results()[0].target.clone();
    harness.get_by_label(&text(&harness, &first.message_id())).click();
    harness.run();
    assert_eq!(harness.state().query(), "");

    let back = "Back to the results for “sspr 29”";
    harness.get_by_label(back).click();
    harness.run();
    assert_eq!(harness.state().query(), "sspr 29");
    assert_eq!(harness.state().results().len(), count);
    harness.get_by_label_contains("results for “sspr 29”");
    // The second hit is one click away now, without typing the query again.
    let second_title = text(&harness, &second.message_id());
    click_first(&mut harness, &second_title);
    assert!(harness.query_by_label(back).is_some());

    // Choosing a category is moving on: the offer goes.
    open_category(&mut harness, Category::Policy);
    assert!(harness.query_by_label(back).is_none());
}

#[test]
fn ctrl_f_focuses_search_and_escape_clears_it() {
    let mut harness = english_app();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search")
            .is_focused()
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search")
        .type_text("收不到验证码");
    harness.run();
    assert!(!harness.state().results().is_empty());
    harness.get_by_label_contains("results for “收不到验证码”");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().query(), "");
    harness.get_by_label(&harness.state().localizer().category_title(Category::Configure));
}

#[test]
fn the_catalogue_filters_by_where_a_message_is_seen() {
    let mut harness = english_app();
    open_category(&mut harness, Category::Errors);
    let total = harness.state().playbook().catalogue().len();
    harness.get_by_label(&format!("Error catalogue ({total})")).click();
    harness.run();
    harness.get_by_label(&format!("{total} of {total} entries"));
    let in_dc_log = harness
        .state()
        .playbook()
        .catalogue()
        .iter()
        .filter(|e| e.seen_in.contains(&sspr_helpdesk::model::catalogue::SeenIn::DcSecurityLog))
        .count();
    harness.get_by_label("Domain controller Security log").click();
    harness.run();
    harness.get_by_label(&format!("{in_dc_log} of {total} entries"));
}

#[test]
fn a_search_that_fills_the_list_says_it_shows_only_the_best() {
    let mut harness = english_app();
    crate::support::search_for(&mut harness, "password");
    let count = harness.state().results().len();
    assert_eq!(count, sspr_helpdesk::ui::MAX_RESULTS);
    let capped = harness
        .state()
        .localizer()
        .text_with_args("search-results-capped", &[("count", count.into())]);
    harness.get_by_label(&capped);
}

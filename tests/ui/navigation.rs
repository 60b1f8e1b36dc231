//! Moving around the window: categories, links and the browser, number keys, a narrow window.

use crate::support::{Setup, app, click_first, english_app, open_category, sidebar_label, text, tick_step};
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::LinkId;
use sspr_helpdesk::platform::opener::RecordingOpener;

pub(crate) fn first_step(harness: &egui_kittest::Harness<'_, sspr_helpdesk::HelpdeskApp>, category: Category) -> String {
    let checklist = harness.state().playbook().checklist(category).unwrap();
    checklist.steps[0].id.as_str().to_owned()
}

#[test]
fn starts_on_the_first_category_and_each_category_shows_its_checklist() {
    let mut harness = english_app();
    let configure = harness.state().localizer().category_title(Category::Configure);
    harness.get_by_label(&configure); // the checklist heading (the sidebar button also shows progress)
    assert_eq!(harness.state().session().selected(), Category::Configure);

    for category in Category::ALL {
        open_category(&mut harness, category);
        let heading = harness.state().localizer().category_title(category);
        harness.get_by_label(&heading);
        let first = text(&harness, &format!("step-{}", first_step(&harness, category)));
        harness.get_by_label(&first);
        for other in Category::ALL.into_iter().filter(|c| *c != category) {
            let other_first = text(&harness, &format!("step-{}", first_step(&harness, other)));
            assert!(
                harness.query_by_label(&other_first).is_none(),
                "{other} step shown under {category}"
            );
        }
    }
}

#[test]
fn ticking_a_step_updates_progress_survives_a_language_switch_and_reset_clears_it() {
    let mut harness = english_app();
    let step = first_step(&harness, Category::Policy);
    open_category(&mut harness, Category::Policy);
    let total = harness.state().playbook().checklist(Category::Policy).unwrap().steps.len();
    let before = sidebar_label(&harness, Category::Policy);
    assert!(before.ends_with(&format!("0/{total}")), "{before}");

    tick_step(&mut harness, &step);
    let after = sidebar_label(&harness, Category::Policy);
    assert!(after.ends_with(&format!("1/{total}")), "{after}");
    harness.get_by_label(&after);
    harness.get_by_label(&format!("1 of {total} steps done"));

    harness.get_by_label("中文").click();
    harness.run();
    assert_eq!(harness.state().language(), Language::ZhCn);
    harness.get_by_label(&format!("已完成 1 个步骤，共 {total} 个"));
    harness.get_by_label(&sidebar_label(&harness, Category::Policy));
    assert!(
        harness
            .state()
            .session()
            .is_done(&sspr_helpdesk::model::playbook::StepId::new(step.clone()))
    );

    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label(&text(&harness, "top-clear-ticks")).click();
    harness.run();
    harness.get_by_label(&format!("0 of {total} steps done"));
    assert_eq!(harness.state().session().ticked_count(), 0);
}

/// The first step, in display order, that shows `link` as a button.
pub(crate) fn category_with_link(harness: &egui_kittest::Harness<'_, sspr_helpdesk::HelpdeskApp>, link: &str) -> Category {
    let id = LinkId::new(link);
    harness
        .state()
        .playbook()
        .steps()
        .find(|s| s.links.contains(&id))
        .map(|s| s.category)
        .unwrap()
}

#[test]
fn the_reset_portal_button_opens_exactly_the_reset_portal() {
    let opener = RecordingOpener::new();
    let mut harness = app(Setup {
        opener: opener.clone(),
        ..Setup::default()
    });
    let category = category_with_link(&harness, "reset-portal");
    open_category(&mut harness, category);
    let label = text(&harness, "link-reset-portal");
    let buttons = harness.get_all_by_label(&label).count();
    assert!(buttons >= 1);
    let button = harness.get_all_by_label(&label).next().unwrap();
    button.scroll_to_me();
    harness.run();
    harness.get_all_by_label(&label).next().unwrap().click();
    harness.run();
    assert_eq!(opener.opened(), ["https://aka.ms/sspr"]);
    harness.get_by_label("Opened in your browser: https://aka.ms/sspr");
}

#[test]
fn a_browser_that_fails_to_start_is_reported_not_ignored() {
    let opener = RecordingOpener::failing();
    let mut harness = app(Setup {
        opener: opener.clone(),
        ..Setup::default()
    });
    let category = category_with_link(&harness, "register-sspr");
    open_category(&mut harness, category);
    let label = text(&harness, "link-register-sspr");
    click_first(&mut harness, &label);
    assert_eq!(opener.opened(), ["https://aka.ms/ssprsetup"]);
    harness.get_by_label("Could not open a browser (could not start the default browser: no browser in this test). The link was copied instead: https://aka.ms/ssprsetup");
}

#[test]
fn number_keys_select_categories() {
    let mut harness = english_app();
    harness.key_press(egui::Key::Num3);
    harness.run();
    assert_eq!(harness.state().session().selected(), Category::Policy);
    harness.get_by_label(&harness.state().localizer().category_title(Category::Policy));
    harness.key_press(egui::Key::Num2);
    harness.run();
    assert_eq!(harness.state().session().selected(), Category::Errors);
}

#[test]
fn a_narrow_window_still_shows_every_category_and_the_checklist() {
    for language in Language::ALL {
        let harness = app(Setup {
            language: Some(language),
            size: (800.0, 600.0),
            ..Setup::default()
        });
        for category in Category::ALL {
            let label = sidebar_label(&harness, category);
            let node = harness.get_by_label(&label);
            assert!(
                node.rect().right() <= 800.0 && node.rect().left() >= 0.0,
                "{label} at {:?}",
                node.rect()
            );
        }
        let heading = harness.state().localizer().category_title(Category::Configure);
        let rect = harness.get_by_label(&heading).rect();
        assert!(rect.right() <= 800.0, "{heading} at {rect:?}");
        // Nothing is laid out past the window's right edge (clipped or overlapping text).
        for node in harness.query_all_by_role(egui::accesskit::Role::Label) {
            let rect = node.rect();
            assert!(rect.right() <= 801.0, "{language}: a label ends at x = {} ({node:?})", rect.right());
        }
        // The checklist keeps a readable width even with the session panel on.
        let summary = harness
            .state()
            .localizer()
            .attribute(&format!("step-{}", first_step(&harness, Category::Configure)), "summary")
            .unwrap();
        let width = harness.get_by_label(&summary).rect().width();
        assert!(width >= 400.0, "{language}: the checklist is only {width} points wide");
    }
}

#[test]
fn an_unverified_link_is_marked_with_a_warning_sign_not_words_in_its_name() {
    let mut harness = english_app();
    let (step, link) = {
        let playbook = harness.state().playbook();
        playbook
            .steps()
            .find_map(|s| {
                s.links
                    .iter()
                    .find(|id| playbook.link(id).is_some_and(|l| l.uncertain))
                    .map(|id| (s.clone(), id.clone()))
            })
            .expect("the content has an unverified link on a step")
    };
    open_category(&mut harness, step.category);
    let label = text(&harness, &link.message_id());
    let warning = egui_material_icons::icons::ICON_WARNING.codepoint;
    assert!(harness.get_all_by_label(&format!("{label} {warning}")).count() >= 1);
    assert!(harness.query_by_label_contains("(unverified link)").is_none());
}

//! Search to result without the mouse: Enter opens a hit, the arrows choose one, Esc goes
//! back; what is opened starts at its title; shortcuts work from any field.

use crate::support::{Setup, app, copied_text, english_app, text, type_session_note};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::search::Target;

fn title_of(harness: &Harness<'_, HelpdeskApp>, target: &Target) -> String {
    text(harness, &target.message_id())
}

/// Types `query` into the search box, in the window's language.
fn search_for(harness: &mut Harness<'_, HelpdeskApp>, query: &str) {
    let label = text(harness, "search-label");
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, &label).focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, &label)
        .type_text(query);
    harness.run();
}

fn search_box_bottom(harness: &Harness<'_, HelpdeskApp>) -> f32 {
    let label = text(harness, "search-label");
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, &label).rect().max.y
}

#[test]
fn enter_in_the_search_box_opens_the_first_hit() {
    let mut harness = english_app();
    search_for(&mut harness, "sspr 29");
    let first = harness.state().results()[0].target.clone();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().query(), "");
    assert_eq!(harness.state().highlighted(), Some(&first));
    assert_eq!(harness.state().session().selected(), Category::Errors);
    harness.get_by_label(&text(&harness, "entry-fix"));
}

#[test]
fn the_arrows_move_the_selection_and_enter_opens_the_selected_hit() {
    let mut harness = app(Setup {
        language: Some(Language::ZhCn),
        ..Setup::default()
    });
    search_for(&mut harness, "收不到验证码");
    let results: Vec<Target> = harness.state().results().iter().map(|r| r.target.clone()).collect();
    assert!(results.len() > 2, "{results:?}");
    let selected = |harness: &Harness<'_, HelpdeskApp>, target: &Target| {
        harness
            .get_all_by_label(&title_of(harness, target))
            .any(|n| n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
    };
    assert!(selected(&harness, &results[0]));
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert!(selected(&harness, &results[1]));
    assert!(!selected(&harness, &results[0]));
    // The search box keeps the keyboard: the arrows did not move its cursor into the results.
    assert_eq!(harness.state().query(), "收不到验证码");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().highlighted(), Some(&results[1]));
}

#[test]
fn the_selection_scrolls_into_view_as_it_moves_down() {
    let mut harness = app(Setup {
        size: (1280.0, 600.0),
        ..Setup::default()
    });
    search_for(&mut harness, "code");
    let results: Vec<Target> = harness.state().results().iter().map(|r| r.target.clone()).collect();
    assert!(results.len() >= 8, "{}", results.len());
    let last = results.len() - 1;
    for _ in 0..last {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    let title = title_of(&harness, &results[last]);
    let node = harness
        .get_all_by_label(&title)
        .find(|n| n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
        .unwrap();
    let rect = node.rect();
    assert!(rect.min.y >= search_box_bottom(&harness) && rect.max.y <= 600.0, "{rect:?}");
}

#[test]
fn escape_after_opening_a_hit_goes_back_to_the_results() {
    let mut harness = english_app();
    search_for(&mut harness, "sspr 29");
    let count = harness.state().results().len();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().query(), "");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().query(), "sspr 29");
    assert_eq!(harness.state().results().len(), count);
    // And Esc once more clears the search, as before.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().query(), "");
}

#[test]
fn an_opened_catalogue_entry_starts_at_its_title_and_who_can_fix_it() {
    for language in [Language::EnUs, Language::ZhCn] {
        let mut harness = app(Setup {
            language: Some(language),
            ..Setup::default()
        });
        search_for(&mut harness, "SSPR_0029");
        let first = harness.state().results()[0].target.clone();
        assert!(matches!(first, Target::Entry(_)), "{first:?}");
        harness.key_press(egui::Key::Enter);
        harness.run();
        let top = search_box_bottom(&harness);
        // The title is the topmost widget naming the entry (its outcome buttons name it too).
        let title = harness
            .get_all_by_label_contains(&title_of(&harness, &first))
            .map(|node| node.rect())
            .min_by(|a, b| a.min.y.total_cmp(&b.min.y))
            .unwrap();
        let loc = harness.state().localizer();
        let who = loc.text_with_args("label-with-colon", &[("label", loc.text("entry-who-fixes").into())]);
        let who = harness.get_by_label(&who).rect();
        assert!(title.min.y >= top, "{language}: title at {title:?}, pane starts at {top}");
        assert!(who.max.y <= 800.0, "{language}: who can fix it at {who:?}");
    }
}

#[test]
fn ctrl_shift_c_copies_the_summary_while_a_note_field_has_focus() {
    let mut harness = english_app();
    let note = text(&harness, "session-note");
    type_session_note(&mut harness, "Caller sees SSPR_0029");
    let copied = press_and_copy(&mut harness, egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::C);
    assert!(copied.starts_with("SSPR troubleshooting summary"), "{copied}");
    assert!(copied.contains("Caller sees SSPR_0029"), "{copied}");
    harness.run();
    harness.get_by_label("The ticket summary was copied.");
    // The note kept its text (the chord typed nothing) and the keyboard.
    assert_eq!(harness.state().session().note, "Caller sees SSPR_0029");
    assert!(
        harness
            .get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, &note)
            .is_focused()
    );
    // Ctrl+N works from the field too.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.get_by_label("Start a new session?");
}

#[test]
fn ctrl_shift_c_copies_the_summary_from_a_step_note_too() {
    let mut harness = english_app();
    let step = crate::navigation::first_step(&harness, Category::Configure);
    let field = crate::support::add_note(&mut harness, &step, "tried twice");
    let copied = press_and_copy(&mut harness, egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::C);
    assert!(copied.contains("tried twice"), "{copied}");
    assert!(harness.get_by_label(&field).is_focused());
}

/// Presses `key` with `modifiers` and returns what the frame that handled it copied (a step
/// runs one frame per queued event, so the release must come after looking).
fn press_and_copy(harness: &mut Harness<'_, HelpdeskApp>, modifiers: egui::Modifiers, key: egui::Key) -> String {
    let event = |pressed| egui::Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers,
    };
    harness.event(egui::Event::ModifiersChanged(modifiers));
    harness.event(event(true));
    harness.step();
    let copied = copied_text(harness).unwrap();
    harness.event(event(false));
    harness.event(egui::Event::ModifiersChanged(egui::Modifiers::NONE));
    harness.run();
    copied
}

/// The words each "Matched:" line lists.
fn matched_words(harness: &Harness<'_, HelpdeskApp>) -> Vec<String> {
    let prefix = harness
        .state()
        .localizer()
        .text_with_args("search-matched", &[("words", "".into())]);
    harness
        .get_all_by_label_contains(&prefix)
        .filter_map(|n| {
            n.accesskit_node()
                .label()
                .or_else(|| n.accesskit_node().value())
                .map(|l| l.replace(&prefix, ""))
        })
        .flat_map(|l| l.split([',', '，', '、']).map(str::trim).map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

#[test]
fn matched_lists_leave_out_filler_words() {
    let mut harness = english_app();
    search_for(&mut harness, "user hasn't set up the authenticator app");
    let words = matched_words(&harness);
    assert!(words.iter().any(|w| w == "authenticator"), "{words:?}");
    for filler in ["hasn't", "set", "up", "the"] {
        assert!(!words.iter().any(|w| w == filler), "{filler} in {words:?}");
    }

    let mut harness = app(Setup {
        language: Some(Language::ZhCn),
        ..Setup::default()
    });
    search_for(&mut harness, "我的 验证码 一直 收不到");
    let words = matched_words(&harness);
    assert!(words.iter().any(|w| w == "验证码"), "{words:?}");
    for filler in ["我的", "一直"] {
        assert!(!words.iter().any(|w| w == filler), "{filler} in {words:?}");
    }
}

#[test]
fn turning_on_both_languages_keeps_the_opened_step_in_view() {
    let mut harness = english_app();
    // A step far down a long checklist: every step above it grows with the second language.
    let checklist = harness.state().playbook().checklist(Category::Registration).unwrap();
    let step = Target::Step(checklist.steps[checklist.steps.len() - 2].id.clone());
    let title = title_of(&harness, &step);
    search_for(&mut harness, &title);
    let position = harness.state().results().iter().position(|r| r.target == step).unwrap();
    for _ in 0..position {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().highlighted(), Some(&step));
    harness.get_by_label(&text(&harness, "top-both-languages")).click();
    harness.run();
    let top = search_box_bottom(&harness);
    let rect = harness.get_all_by_label(&title).next().unwrap().rect();
    assert!(rect.min.y >= top && rect.max.y <= 800.0, "{rect:?}");
}

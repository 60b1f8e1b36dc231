//! What a helpdesk agent sees and does in the window, driven through egui_kittest (no display
//! needed). Widgets are found by the same Fluent labels the user reads.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on broken fixtures, which is the point")]

mod packs;
mod snapshots;
mod support;

use egui_kittest::kittest::Queryable;
use sspr_helpdesk::i18n::Language;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::playbook::LinkId;
use sspr_helpdesk::platform::opener::RecordingOpener;
use support::{Setup, add_note, app, click_first, english_app, in_dir, open_category, sidebar_label, text, tick_step};

fn first_step(harness: &egui_kittest::Harness<'_, sspr_helpdesk::HelpdeskApp>, category: Category) -> String {
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

#[test]
fn switching_to_chinese_relabels_the_sidebar_the_steps_and_the_buttons() {
    let mut harness = english_app();
    open_category(&mut harness, Category::Registration);
    harness.get_by_label("中文").click();
    harness.run();
    let loc = harness.state().localizer();
    assert_eq!(loc.language(), Language::ZhCn);
    let title = loc.category_title(Category::Registration);
    assert!(title.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{title}");
    harness.get_by_label(&title);
    harness.get_by_label(&sidebar_label(&harness, Category::Configure));
    let step = first_step(&harness, Category::Registration);
    harness.get_by_label(&text(&harness, &format!("step-{step}")));
    harness.get_by_label("清除所有勾选");
    assert!(harness.get_all_by_label(&text(&harness, "step-details")).count() >= 1);
    assert!(harness.query_by_label("Reset checklist").is_none());
}

/// The first step, in display order, that shows `link` as a button.
fn category_with_link(harness: &egui_kittest::Harness<'_, sspr_helpdesk::HelpdeskApp>, link: &str) -> Category {
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
fn the_language_follows_the_os_then_the_saved_choice_then_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    // First start on a Chinese OS: Chinese.
    let mut harness = app(Setup {
        language: None,
        os_locales: vec!["zh-Hans-CN".to_owned()],
        data_dir: Some(dir.path().to_path_buf()),
        ..Setup::default()
    });
    assert_eq!(harness.state().language(), Language::ZhCn);
    harness.get_by_label("English").click();
    harness.run();
    drop(harness);

    // The saved choice wins over the OS language on the next start.
    let harness = app(Setup {
        language: None,
        os_locales: vec!["zh-CN".to_owned()],
        data_dir: Some(dir.path().to_path_buf()),
        ..Setup::default()
    });
    assert_eq!(harness.state().language(), Language::EnUs);
    drop(harness);

    // --lang wins over both.
    let harness = app(Setup {
        language: Some(Language::ZhCn),
        os_locales: vec!["en-US".to_owned()],
        data_dir: Some(dir.path().to_path_buf()),
        ..Setup::default()
    });
    assert_eq!(harness.state().language(), Language::ZhCn);
}

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

/// Every message and attribute of every locale, formatted as the app formats it.
fn every_formatted_text() -> Vec<(Language, String, String)> {
    use fluent_syntax::ast::Entry;
    use sspr_helpdesk::i18n::loading::builtin_sources;
    let (loc, diagnostics) = sspr_helpdesk::i18n::Localizer::builtin(Language::EnUs);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let mut texts = Vec::new();
    for source in builtin_sources() {
        let resource = fluent_syntax::parser::parse(source.text.as_str()).unwrap();
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let id = message.id.name;
            if message.value.is_some() {
                texts.push((source.language, id.to_owned(), loc.text_in(source.language, id)));
            }
            for attribute in message.attributes {
                let text = loc.attribute_in(source.language, id, attribute.id.name).unwrap();
                texts.push((source.language, format!("{id}.{}", attribute.id.name), text));
            }
        }
    }
    texts
}

#[test]
fn every_character_of_every_message_has_a_glyph_in_the_bundled_fonts() {
    let texts = every_formatted_text();
    assert!(texts.len() > 200, "only {} texts", texts.len());
    // kittest panics on a glyph missing from the loaded fonts, so laying out every text is
    // the tofu test. No system fonts are loaded here: only what the app bundles.
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(900.0, 600.0))
        .with_context_setup(sspr_helpdesk::ui::fonts::install)
        .build_ui(move |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (_, _, text) in &texts {
                    ui.label(text);
                }
            });
        });
    harness.run();
}

/// The glyph test above can fail: a character outside the bundled subset panics.
#[test]
#[should_panic(expected = "No glyph")]
fn a_character_outside_the_bundled_fonts_is_caught() {
    let mut harness = egui_kittest::Harness::builder()
        .with_context_setup(sspr_helpdesk::ui::fonts::install)
        .build_ui(|ui| {
            ui.label("\u{20000}"); // CJK Extension B: not in GB2312, not in our text.
        });
    harness.run();
}

#[test]
fn no_text_carries_bidi_isolation_marks_or_is_empty() {
    for (language, id, text) in every_formatted_text() {
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{language} {id}: {text:?}");
        assert!(!text.trim().is_empty(), "{language} {id} is empty");
    }
}

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

// ---- The agent's session (states, notes, summary, caller text, persistence) ----

use sspr_helpdesk::model::playbook::StepId;
use sspr_helpdesk::model::session::StepState;
use support::{click, copied_text};

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
    harness.get_by_label("Instructions for the caller were copied (中文).");
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
        written.contains(&format!("- [Done] {}", text(&harness, &format!("step-{step}")))),
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

#[test]
fn both_languages_shows_each_step_in_english_and_chinese() {
    let mut harness = english_app();
    let step = first_step(&harness, Category::Configure);
    let zh_title = harness.state().localizer().text_in(Language::ZhCn, &format!("step-{step}"));
    assert!(harness.query_by_label(&zh_title).is_none());
    harness.get_by_label("Both languages").click();
    harness.run();
    harness.get_by_label(&zh_title);
    harness.get_by_label(&text(&harness, &format!("step-{step}")));
}

// ---- Kiosk mode, QR hand-off, screen-share mode ----

fn kiosk_app(
    language: Language,
) -> (
    egui_kittest::Harness<'static, sspr_helpdesk::HelpdeskApp>,
    sspr_helpdesk::model::clock::ManualClock,
    tempfile::TempDir,
) {
    let dir = tempfile::tempdir().unwrap();
    let setup = Setup {
        kiosk: true,
        language: Some(language),
        data_dir: Some(dir.path().to_path_buf()),
        config: sspr_helpdesk::model::config::AdminConfig {
            helpdesk_contact: Some("IT helpdesk: ext. 4357".to_owned()),
            ..Default::default()
        },
        ..Setup::default()
    };
    let clock = setup.clock.clone();
    (app(setup), clock, dir)
}

#[test]
fn the_kiosk_shows_only_the_end_user_path() {
    let (mut harness, _, dir) = kiosk_app(Language::EnUs);
    harness.get_by_label("Reset your password");
    harness.get_by_label("Register your security info");
    harness.get_by_label("English");
    harness.get_by_label("中文");
    let loc = harness.state().localizer();
    for category in Category::ALL {
        assert!(
            harness.query_by_label_contains(&loc.category_title(category)).is_none(),
            "{category} is shown in kiosk mode"
        );
    }
    for absent in [
        "Search",
        "Export…",
        "Copy summary",
        "Add note",
        "New session",
        "Ticket reference",
        "Reset checklist",
    ] {
        assert!(harness.query_by_label(absent).is_none(), "{absent} is shown in kiosk mode");
    }
    assert!(
        harness.query_by_role(egui::accesskit::Role::TextInput).is_none(),
        "no text field in kiosk mode"
    );
    // Walk a whole flow, then check nothing was written.
    harness.get_by_label("Reset your password").click();
    harness.run();
    harness.get_by_label("Step 1 of 5");
    harness.get_by_label("QR: https://aka.ms/sspr");
    harness.get_by_label("aka.ms/sspr");
    for _ in 0..4 {
        harness.get_by_label("Next").click();
        harness.run();
    }
    harness.get_by_label("Step 5 of 5");
    harness.get_by_label("IT helpdesk: ext. 4357");
    harness.get_by_label("Done").click();
    harness.run();
    harness.get_by_label("Reset your password");
    drop(harness);
    let written: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(written.is_empty(), "kiosk mode wrote {written:?}");
}

#[test]
fn an_idle_kiosk_counts_down_forgets_the_person_and_input_cancels_the_countdown() {
    let (mut harness, clock, _dir) = kiosk_app(Language::EnUs);
    harness.get_by_label("中文").click();
    harness.run();
    harness.get_by_label("注册安全信息").click();
    harness.run();
    assert_eq!(harness.state().kiosk_session().unwrap().flow, Some(1));

    clock.advance(110.0);
    harness.step();
    harness.get_by_label_contains("10 秒后重新开始");
    // Any input cancels the countdown.
    harness.key_press(egui::Key::Space);
    harness.step();
    harness.run();
    assert!(harness.query_by_label_contains("秒后重新开始").is_none());
    assert_eq!(harness.state().kiosk_session().unwrap().flow, Some(1));

    clock.advance(121.0);
    harness.step();
    harness.run();
    let session = harness.state().kiosk_session().unwrap();
    assert_eq!(session.flow, None, "back on the start screen");
    assert_eq!(session.language, Language::EnUs, "back to the kiosk's language");
    harness.get_by_label("Reset your password");
}

#[test]
fn start_over_wipes_the_kiosk_at_once() {
    let (mut harness, _, _dir) = kiosk_app(Language::EnUs);
    harness.get_by_label("中文").click();
    harness.run();
    harness.get_by_label("重置密码").click();
    harness.run();
    harness.get_by_label("重新开始").click();
    harness.run();
    assert!(harness.state().kiosk_session().unwrap().is_fresh(Language::EnUs));
    harness.get_by_label("Reset your password");
}

#[test]
fn a_kiosk_that_cannot_open_a_browser_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(Setup {
        kiosk: true,
        data_dir: Some(dir.path().to_path_buf()),
        opener: RecordingOpener::failing(),
        ..Setup::default()
    });
    harness.get_by_label("Reset your password").click();
    harness.run();
    harness.get_by_label("Open here").click();
    harness.run();
    harness.get_by_label("This kiosk cannot open a browser. Scan the code or type the address on your phone.");
}

#[test]
fn every_qr_code_decodes_to_exactly_its_url() {
    let (playbook, _) = sspr_helpdesk::model::playbook::Playbook::builtin();
    let end_user = playbook
        .links()
        .filter(|l| l.audience == sspr_helpdesk::model::playbook::Audience::EndUser);
    for link in end_user {
        let matrix = sspr_helpdesk::ui::qr::QrMatrix::encode(link.url.as_str()).unwrap();
        let (side, pixels) = matrix.to_greyscale(4);
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "{}", link.url);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, link.url.as_str());
    }
}

#[test]
fn show_qr_opens_the_code_large_in_the_agent_ui() {
    let mut harness = english_app();
    let category = category_with_link(&harness, "reset-portal");
    open_category(&mut harness, category);
    let label = format!("Show QR code: {}", text(&harness, "link-reset-portal"));
    click_first(&mut harness, &label);
    harness.get_by_label("Scan to open on your phone");
    harness.get_all_by_label("QR: https://aka.ms/sspr").next().unwrap();
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.query_by_label("Scan to open on your phone").is_none());
}

#[test]
fn screen_share_mode_hides_notes_and_restores_them() {
    let mut harness = english_app();
    let step = first_step(&harness, Category::Configure);
    let field = add_note(&mut harness, &step, "private detail");
    let zoom = harness.ctx.zoom_factor();

    harness.key_press(egui::Key::F11);
    harness.run();
    assert!(harness.state().is_presenting());
    harness.get_by_label("Presenting");
    assert!(harness.query_by_label(&field).is_none(), "the note is hidden");
    assert!(
        harness
            .query_by_role_and_label(egui::accesskit::Role::TextInput, "Ticket reference")
            .is_none()
    );
    assert!((harness.ctx.zoom_factor() - zoom * 1.5).abs() < 0.01);

    harness.get_by_label("Present (F11)").click();
    harness.run();
    assert!(!harness.state().is_presenting());
    harness.get_by_label(&field);
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Ticket reference");
    assert!((harness.ctx.zoom_factor() - zoom).abs() < 0.01);
    assert_eq!(harness.state().session().step_note(&StepId::new(step)), "private detail");
}

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

#[test]
fn a_session_from_the_last_run_is_announced() {
    let dir = tempfile::tempdir().unwrap();
    let setup = || in_dir(dir.path());
    let mut harness = app(setup());
    let step = first_step(&harness, Category::Configure);
    tick_step(&mut harness, &step);
    harness.state_mut().save_session();
    drop(harness);
    let harness = app(setup());
    harness.get_by_label("The last session was restored (ticket: (none), 1 steps marked). Use “New session” for a new call.");
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

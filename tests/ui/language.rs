//! Languages: switching, the OS and saved choice, both languages at once, and every character drawn by the bundled fonts.

use crate::navigation::first_step;
use crate::support::{Setup, app, english_app, open_category, sidebar_label, text};
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::language::Language;

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

/// Every message and attribute of every locale, formatted as the app formats it.
pub(crate) fn every_formatted_text() -> Vec<(Language, String, String)> {
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

//! Present mode walked view by view, in both languages: the test reads every text on the
//! screen (labels and field values, as a screen reader would) and fails on anything admin-only
//! from the content or anything about a caller.

use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::{Actor, Audience};

use crate::navigation::first_step;
use crate::support::{Setup, add_note, app, in_dir, open_category, text, tick_step};

const TICKET: &str = "INC0012777";
const NOTE: &str = "Caller Wang Fang, desk 4711";
const QUERY: &str = "wangfang sspr_0029";

/// What must not be on a shared screen: `(what, text)`. A long text counts when its first
/// line is found in any text on screen; a short one (a chip, a button) only as a
/// whole text.
fn forbidden(harness: &Harness<'_, HelpdeskApp>) -> Vec<(String, String)> {
    let app = harness.state();
    let loc = app.localizer();
    let mut list = vec![
        ("ticket".to_owned(), TICKET.to_owned()),
        ("note".to_owned(), NOTE.to_owned()),
        ("query".to_owned(), "wangfang".to_owned()),
        // When the previous caller's step was marked (the clock's 09:00).
        ("step time".to_owned(), "09:00".to_owned()),
    ];
    for language in Language::ALL {
        for step in app
            .playbook()
            .steps()
            .filter(|s| s.actors.iter().any(|a| matches!(a, Actor::TenantAdmin | Actor::OnPremAdmin)))
        {
            for attribute in ["why", "check", "expected", "uncertain"] {
                if let Some(text) = loc.attribute_in(language, &step.id.message_id(), attribute) {
                    list.push((format!("{} .{attribute} ({language})", step.id), text));
                }
            }
        }
        for entry in app.playbook().catalogue() {
            for attribute in ["causes", "fix", "uncertain"] {
                if let Some(text) = loc.attribute_in(language, &entry.id.message_id(), attribute) {
                    list.push((format!("{} .{attribute} ({language})", entry.id), text));
                }
            }
        }
        for link in app.playbook().links().filter(|l| l.audience == Audience::Admin) {
            list.push((
                format!("admin link {} ({language})", link.id),
                loc.text_in(language, &link.id.message_id()),
            ));
        }
        // "Start here": where only the agent looks (admin pages, columns).
        for question in app.playbook().triage().map_or(&[][..], |t| &t.questions[..]) {
            if let Some(text) = loc.attribute_in(language, &question.message_id(), "find-out") {
                list.push((format!("triage {} .find-out ({language})", question.id), text));
            }
        }
        // The headings of the chips; "Causes" and "Fix" are also the words of other headings,
        // so the entries' texts above stand for them.
        list.push((format!("who acts ({language})"), loc.text_in(language, "step-who")));
        let who_fixes = loc.text_in(language, "entry-who-fixes");
        list.push((format!("who can fix it ({language})"), who_fixes.clone()));
        if language == loc.language() {
            let with_colon = loc.text_with_args("label-with-colon", &[("label", who_fixes.into())]);
            list.push((format!("who can fix it: ({language})"), with_colon));
        }
    }
    list
}

/// Every text on the screen: labels and values of every node.
fn screen_texts(harness: &Harness<'_, HelpdeskApp>) -> Vec<String> {
    harness
        .query_all(By::new().include_labels().predicate(|_| true))
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .filter(|t| !t.is_empty())
        .collect()
}

/// A long text's first line, as it is found on screen (whole lines: steps share openings
/// such as "1. In the Entra admin center").
fn needle(text: &str) -> &str {
    text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("")
}

fn assert_nothing_forbidden(harness: &Harness<'_, HelpdeskApp>, view: &str) {
    assert!(harness.state().is_presenting(), "{view}: not presenting");
    let shown = screen_texts(harness);
    for (what, text) in forbidden(harness) {
        let private = [TICKET, NOTE, "wangfang", "09:00"].contains(&text.as_str());
        let found = if private {
            shown.iter().find(|s| s.to_lowercase().contains(&text.to_lowercase()))
        } else if text.chars().count() > 30 {
            shown.iter().find(|s| s.contains(needle(&text)))
        } else {
            shown.iter().find(|s| s.trim() == text.trim())
        };
        assert!(found.is_none(), "{view}: {what} is on the shared screen: {:?}", found.unwrap());
    }
}

/// Clicks every widget labelled `label`, one after the other, scrolling each into view.
fn click_all(harness: &mut Harness<'_, HelpdeskApp>, label: &str) {
    let count = harness.query_all_by_label(label).count();
    for index in 0..count {
        harness.query_all_by_label(label).nth(index).unwrap().scroll_to_me();
        harness.run();
        harness.query_all_by_label(label).nth(index).unwrap().click();
        harness.run();
    }
}

/// A previous call with a ticket, a note and a marked step, saved in `dir`.
fn previous_call(dir: &std::path::Path) {
    let mut harness = app(in_dir(dir));
    let step = first_step(&harness, Category::Configure);
    add_note(&mut harness, &step, NOTE);
    let ticket = "Ticket reference";
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, ticket).focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, ticket)
        .type_text(TICKET);
    harness.run();
    tick_step(&mut harness, &step);
    harness.state_mut().save_session();
}

#[test]
fn present_mode_shows_nothing_admin_only_or_private_on_any_view_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    previous_call(dir.path());
    for language in Language::ALL {
        let mut harness = app(Setup {
            language: Some(language),
            ..in_dir(dir.path())
        });
        harness.key_press(egui::Key::F11);
        harness.run();
        // The restored previous call: the question whether to continue it names no ticket.
        assert_nothing_forbidden(&harness, "start");
        let continue_call = text(&harness, "resume-continue");
        harness.get_by_label(&continue_call).click();
        harness.run();
        assert_nothing_forbidden(&harness, "the previous call continued");
        if language == Language::ZhCn {
            // Both languages side by side hide the same in the other language.
            harness.get_by_label(&text(&harness, "top-both-languages")).click();
            harness.run();
        }
        let details = text(&harness, "step-details");
        for category in Category::ALL {
            open_category(&mut harness, category);
            click_all(&mut harness, &details);
            assert_nothing_forbidden(&harness, &format!("{category} checklist ({language})"));
        }
        // The catalogue, each entry open in turn.
        open_category(&mut harness, Category::Errors);
        let count = harness.state().playbook().catalogue().len();
        let catalogue = harness
            .state()
            .localizer()
            .text_with_args("errors-view-catalogue", &[("count", count.into())]);
        harness.get_by_label(&catalogue).scroll_to_me();
        harness.run();
        harness.get_by_label(&catalogue).click();
        harness.run();
        assert!(
            harness.query_by_label(&text(&harness, "catalogue-filter-all")).is_some(),
            "the catalogue is open"
        );
        let titles: Vec<String> = harness
            .state()
            .playbook()
            .catalogue()
            .iter()
            .map(|e| text(&harness, &e.id.message_id()))
            .collect();
        for title in &titles {
            harness.query_all_by_label_contains(title).next().unwrap().scroll_to_me();
            harness.run();
            harness.query_all_by_label_contains(title).next().unwrap().click();
            harness.run();
            assert_nothing_forbidden(&harness, &format!("catalogue entry {title} ({language})"));
        }
        // Search results, then a hit opened from them.
        let search = text(&harness, "search-label");
        // Masked while presenting, so a screen reader reads it as a password field.
        let role = egui::accesskit::Role::PasswordInput;
        harness.get_by_role_and_label(role, &search).focus();
        harness.run();
        harness.get_by_role_and_label(role, &search).type_text(QUERY);
        harness.run();
        assert!(!harness.state().results().is_empty(), "the query finds something");
        assert_nothing_forbidden(&harness, &format!("search results ({language})"));
        let first = harness.state().results()[0].target.message_id();
        let first = text(&harness, &first);
        harness.get_all_by_label(&first).next().unwrap().click();
        harness.run();
        click_all(&mut harness, &details);
        assert_nothing_forbidden(&harness, &format!("opened hit ({language})"));
        // "Start here", at the questions only the agent can answer.
        harness.get_by_label(&text(&harness, "triage-title")).click();
        harness.run();
        let lost = text(&harness, "triage-goal-lost-methods");
        harness.get_by_label(&lost).scroll_to_me();
        harness.run();
        harness.get_by_label(&lost).click();
        harness.run();
        harness.get_by_label(&text(&harness, "triage-admin"));
        assert_nothing_forbidden(&harness, &format!("start here, an agent question ({language})"));
        // What's changing.
        let changes = text(&harness, "changes-open");
        crate::support::view_menu(&mut harness, &changes);
        assert_nothing_forbidden(&harness, &format!("what's changing ({language})"));
    }
}

#[test]
fn the_session_panel_box_is_not_ticked_while_the_panel_is_hidden() {
    let mut harness = crate::support::english_app();
    let label = text(&harness, "top-session-panel");
    assert_eq!(
        harness.get_by_label(&label).accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    harness.key_press(egui::Key::F11);
    harness.run();
    let node = harness.get_by_label(&label);
    assert_ne!(
        node.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True),
        "ticked while hidden"
    );
    assert!(node.accesskit_node().is_disabled(), "it cannot be ticked while presenting");
    harness.key_press(egui::Key::F11);
    harness.run();
    assert_eq!(
        harness.get_by_label(&label).accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
}

#[test]
fn the_top_bar_fits_without_overlap_from_800_px_in_both_languages_presenting_or_not() {
    for language in Language::ALL {
        for size in [(800.0, 600.0), (1024.0, 768.0), (1280.0, 800.0)] {
            let mut harness = app(Setup {
                language: Some(language),
                size,
                ..Setup::default()
            });
            // A hit opened from a search, so "← Results" is in the bar too.
            let search = text(&harness, "search-label");
            harness.get_by_role_and_label(egui::accesskit::Role::TextInput, &search).focus();
            harness.run();
            harness
                .get_by_role_and_label(egui::accesskit::Role::TextInput, &search)
                .type_text("SSPR_0029");
            harness.run();
            let first = text(&harness, &harness.state().results()[0].target.message_id());
            harness.get_all_by_label(&first).next().unwrap().click();
            harness.run();
            for presenting in [false, true] {
                if presenting {
                    harness.key_press(egui::Key::F11);
                    harness.run();
                }
                let mut labels: Vec<String> = [
                    "app-title",
                    "top-language",
                    "top-new-session",
                    "top-clear-ticks",
                    "top-both-languages",
                    "top-session-panel",
                    "top-present",
                    "top-view",
                    "decode-pane-open",
                ]
                .iter()
                .map(|id| text(&harness, id))
                .collect();
                labels.extend(Language::ALL.iter().map(|l| l.native_name().to_owned()));
                if presenting {
                    labels.push(text(&harness, "top-presenting"));
                    labels.push(text(&harness, "search-back-short"));
                } else {
                    let back = harness
                        .state()
                        .localizer()
                        .text_with_args("search-back", &[("query", "SSPR_0029".into())]);
                    labels.push(back);
                }
                let zoom = harness.ctx.zoom_factor();
                let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1) / zoom);
                let rects: Vec<(String, egui::Rect)> = labels
                    .iter()
                    .filter_map(|l| harness.query_all_by_label(l).next().map(|n| (l.clone(), n.rect())))
                    .collect();
                assert!(rects.len() >= labels.len() - 1, "{language} {size:?}: {rects:?}");
                for (i, (a, ra)) in rects.iter().enumerate() {
                    assert!(
                        screen.expand(0.5).contains_rect(*ra),
                        "{language} {size:?} presenting={presenting}: {a} is cut off at {ra:?}"
                    );
                    for (b, rb) in &rects[i + 1..] {
                        assert!(
                            !ra.shrink(1.0).intersects(rb.shrink(1.0)),
                            "{language} {size:?} presenting={presenting}: {a} {ra:?} overlaps {b} {rb:?}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_decode_pane_shows_nothing_admin_only_or_private_while_presenting() {
    let csv = include_str!("../fixtures/decode/admin-center.csv");
    for language in Language::ALL {
        let mut harness = app(Setup {
            language: Some(language),
            ..Setup::default()
        });
        crate::support::open_decode(&mut harness);
        crate::support::paste_evidence(&mut harness, csv);
        assert!(harness.state().session().decoded_lines().is_empty());
        harness.key_press(egui::Key::F11);
        harness.run();
        assert_nothing_forbidden(&harness, &format!("decode pane ({language})"));
        let shown = screen_texts(&harness);
        for private in [
            "dana.ortiz",
            "Dana Ortiz",
            "eli.park",
            "Eli Park",
            "203.0.113.40",
            "Self-service Password Management",
        ] {
            assert!(
                !shown.iter().any(|s| s.contains(private)),
                "{private} on the shared screen ({language})"
            );
        }
    }
}

//! Kiosk mode, the QR hand-off and screen-share mode.

use crate::navigation::category_with_link;
use crate::navigation::first_step;
use crate::support::{Setup, add_note, app, click_first, english_app, open_category, text};
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::StepId;
use sspr_helpdesk::platform::opener::RecordingOpener;

pub(crate) fn kiosk_app(
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
fn an_idle_kiosk_counts_down_after_the_idle_time_and_input_cancels_the_countdown() {
    let (mut harness, clock, _dir) = kiosk_app(Language::EnUs);
    // A changed language is something to forget, with no hand-off to a phone yet.
    harness.get_by_label("中文").click();
    harness.run();
    // As the README says: 120 s without input, then a 15 s countdown.
    clock.advance(119.0);
    harness.step();
    harness.run();
    assert!(
        harness.query_by_label_contains("秒后重新开始").is_none(),
        "no countdown within the idle time"
    );
    clock.advance(6.0);
    harness.step();
    harness.get_by_label_contains("10 秒后重新开始");
    // Any input cancels the countdown.
    harness.key_press(egui::Key::Space);
    harness.step();
    harness.run();
    assert!(harness.query_by_label_contains("秒后重新开始").is_none());
    assert_eq!(harness.state().kiosk_session().unwrap().language, Language::ZhCn);

    clock.advance(136.0);
    harness.step();
    harness.run();
    let session = harness.state().kiosk_session().unwrap();
    assert_eq!(session.language, Language::EnUs, "back to the kiosk's language");
    harness.get_by_label("Reset your password");
}

#[test]
fn after_the_hand_off_to_the_phone_the_kiosk_waits_the_configured_time() {
    let dir = tempfile::tempdir().unwrap();
    let setup = Setup {
        kiosk: true,
        data_dir: Some(dir.path().to_path_buf()),
        config: sspr_helpdesk::model::config::AdminConfig {
            handoff_idle_seconds: 900,
            ..Default::default()
        },
        ..Setup::default()
    };
    let clock = setup.clock.clone();
    let mut harness = app(setup);
    harness.get_by_label("Register your security info").click();
    harness.run();
    harness.get_by_label("Next").click();
    harness.run();
    // Installing Authenticator and registering on the phone takes minutes without a touch.
    clock.advance(300.0);
    harness.step();
    harness.run();
    assert_eq!(
        harness.state().kiosk_session().unwrap().flow,
        Some(1),
        "the guidance is still there"
    );
    assert!(harness.query_by_label_contains("Starting over in").is_none());
    clock.advance(605.0);
    harness.step();
    harness.get_by_label_contains("Starting over in 10 s");
    clock.advance(11.0);
    harness.step();
    harness.run();
    assert_eq!(harness.state().kiosk_session().unwrap().flow, None, "forgotten after the countdown");
}

/// The rectangles of Back, Next (or Done) and Start over on the screen shown.
fn nav_rects(harness: &egui_kittest::Harness<'_, sspr_helpdesk::HelpdeskApp>) -> [egui::Rect; 3] {
    let loc = harness.state().localizer();
    let (next, done) = (loc.text("kiosk-next"), loc.text("kiosk-done"));
    let forward = harness
        .query_by_label(&next)
        .map_or_else(|| harness.get_by_label(&done).rect(), |n| n.rect());
    [
        harness.get_by_label(&loc.text("kiosk-back")).rect(),
        forward,
        harness.get_by_label(&loc.text("kiosk-start-over")).rect(),
    ]
}

#[test]
fn back_next_and_start_over_sit_at_the_same_place_on_every_screen_in_view() {
    for language in Language::ALL {
        for size in [(800.0, 600.0), (1024.0, 768.0), (1280.0, 800.0)] {
            let dir = tempfile::tempdir().unwrap();
            let mut harness = app(Setup {
                kiosk: true,
                language: Some(language),
                size,
                data_dir: Some(dir.path().to_path_buf()),
                ..Setup::default()
            });
            for flow in ["kiosk-flow-reset", "kiosk-flow-register"] {
                let title = text(&harness, flow);
                harness.get_by_label(&title).click();
                harness.run();
                let first = nav_rects(&harness);
                let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1));
                for _ in 0..5 {
                    let rects = nav_rects(&harness);
                    for (rect, first) in rects.iter().zip(&first) {
                        assert!(
                            screen.contains_rect(*rect),
                            "{language} {size:?} {flow}: a button at {rect:?} is not fully on screen"
                        );
                        assert!((rect.min.y - first.min.y).abs() < 1.0, "{language} {size:?} {flow}: the row moved");
                    }
                    // Open here pushes nothing down either.
                    if let Some(open) = harness.query_by_label(&text(&harness, "kiosk-open-here")) {
                        open.click();
                        harness.run();
                        assert_eq!(
                            nav_rects(&harness)[1].min.y,
                            rects[1].min.y,
                            "{language} {size:?}: Open here moved the row"
                        );
                    }
                    let next = text(&harness, "kiosk-next");
                    match harness.query_by_label(&next) {
                        Some(button) => button.click(),
                        None => harness.get_by_label(&text(&harness, "kiosk-done")).click(),
                    }
                    harness.run();
                }
            }
        }
    }
}

/// The body of every screen of every flow, as the person reads them in `language`.
fn screen_bodies(language: Language) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(Setup {
        kiosk: true,
        language: Some(language),
        data_dir: Some(dir.path().to_path_buf()),
        ..Setup::default()
    });
    let mut bodies = Vec::new();
    for flow in ["reset", "register"] {
        harness.get_by_label(&text(&harness, &format!("kiosk-flow-{flow}"))).click();
        harness.run();
        for _ in 0..5 {
            let screen = harness.state().kiosk_session().unwrap().screen;
            let loc = harness.state().localizer();
            let ids = [
                "reset-open",
                "reset-identify",
                "reset-verify",
                "reset-new-password",
                "reset-if-it-fails",
            ];
            let id = if flow == "reset" {
                ids[screen].to_owned()
            } else {
                ids[screen].replacen("reset", "register", 1)
            };
            let id = match id.as_str() {
                "register-identify" => "register-sign-in".to_owned(),
                "register-verify" => "register-add-methods".to_owned(),
                "register-new-password" => "register-check".to_owned(),
                _ => id,
            };
            let body = loc.attribute(&format!("kiosk-screen-{id}"), "body").unwrap();
            // What the test reads is what the screen shows.
            harness.get_by_label(&body);
            bodies.push((id, body));
            match harness.query_by_label(&text(&harness, "kiosk-next")) {
                Some(next) => next.click(),
                None => harness.get_by_label(&text(&harness, "kiosk-done")).click(),
            }
            harness.run();
        }
    }
    bodies
}

#[test]
fn the_kiosk_words_fit_a_kiosk_and_the_phone() {
    for language in Language::ALL {
        let zh = language == Language::ZhCn;
        let bodies = screen_bodies(language);
        let body = |id: &str| bodies.iter().find(|(i, _)| i == id).unwrap().1.clone();
        for (id, text) in &bodies {
            // The address under the code is up to 37 characters: not "short".
            assert!(
                !text.contains("short address") && !text.contains("短网址"),
                "{language} {id}: {text}"
            );
            // Nobody at a kiosk has a pen.
            assert!(
                !text.to_lowercase().contains("write down") && !text.contains("记下"),
                "{language} {id}: {text}"
            );
            // "Done" belongs to the last screen only.
            if !id.ends_with("if-it-fails") {
                assert!(
                    !text.contains("you're done") && !text.contains("这样就完成了"),
                    "{language} {id}: {text}"
                );
            }
            // A phone number example in the person's own country format.
            if zh {
                assert!(!text.contains("+1 "), "{language} {id}: {text}");
            }
        }
        // The page is on the same phone as Authenticator: pair with a link, no QR to scan.
        let methods = body("register-add-methods");
        assert!(methods.contains(if zh { "链接" } else { "link" }), "{methods}");
        // Texts filtered as spam, and e-mail advice only for e-mail.
        for id in ["reset-verify", "register-if-it-fails"] {
            let text = body(id);
            assert!(
                text.contains(if zh { "骚扰拦截" } else { "blocked or spam messages" }),
                "{language} {id}: {text}"
            );
        }
        let failing = body("register-if-it-fails");
        assert!(!failing.contains("number, and look in your Junk") && !failing.contains("号码，并查看“垃圾邮件”"));
        if zh {
            assert!(body("reset-verify").contains("+86"));
        }
    }
}

#[test]
fn a_kiosk_without_a_helpdesk_contact_says_whom_to_ask_without_pointing_at_nothing() {
    for language in Language::ALL {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = app(Setup {
            kiosk: true,
            language: Some(language),
            data_dir: Some(dir.path().to_path_buf()),
            ..Setup::default()
        });
        harness.get_by_label(&text(&harness, "kiosk-flow-reset")).click();
        harness.run();
        for _ in 0..4 {
            harness.get_by_label(&text(&harness, "kiosk-next")).click();
            harness.run();
        }
        let body = harness
            .state()
            .localizer()
            .attribute("kiosk-screen-reset-if-it-fails", "body")
            .unwrap();
        harness.get_by_label(&body);
        assert!(!body.contains("below") && !body.contains("下方"), "{language}: {body}");
        let unknown = text(&harness, "kiosk-helpdesk-unknown");
        harness.get_by_label(&unknown);
        let whom = if language == Language::ZhCn { "经理" } else { "manager" };
        assert!(unknown.contains(whom), "{language}: {unknown}");
    }
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
fn the_countdown_shows_above_the_screen_without_moving_the_navigation() {
    let dir = tempfile::tempdir().unwrap();
    let setup = Setup {
        kiosk: true,
        size: (800.0, 600.0),
        data_dir: Some(dir.path().to_path_buf()),
        ..Setup::default()
    };
    let clock = setup.clock.clone();
    let mut harness = app(setup);
    harness.get_by_label("Register your security info").click();
    harness.run();
    // Scrolled down to the bottom of the QR screen, as a person reading it would be.
    harness.get_by_label("Open here").scroll_to_me();
    harness.run();
    let before = nav_rects(&harness);
    clock.advance(605.0);
    harness.step();
    let countdown = harness.get_by_label_contains("Starting over in 10 s").rect();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(800.0, 600.0));
    assert!(screen.contains_rect(countdown), "the countdown is in view: {countdown:?}");
    assert_eq!(nav_rects(&harness), before, "the countdown moved the navigation row");
}

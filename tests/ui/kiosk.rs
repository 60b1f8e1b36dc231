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

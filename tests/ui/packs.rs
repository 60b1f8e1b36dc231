//! Content packs in the window: the example pack changes what the agent sees and opens; a
//! broken pack is not applied and its problems are listed in the words of `validate`; packs
//! are opened and removed from the View menu, and not at all in kiosk mode.

use std::path::PathBuf;

use egui_kittest::kittest::{NodeT as _, Queryable};
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::platform::opener::RecordingOpener;
use sspr_helpdesk::platform::save_dialog::FixedSaveDialog;

use crate::support::{Setup, add_note, app, click, click_first, copied_text, open_category, text, view_menu};

fn example_pack() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/contoso-pack"))
}

/// A temporary pack folder holding only `pack.toml` with `manifest`.
fn pack_with_manifest(manifest: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pack.toml"), manifest).unwrap();
    dir
}

const ADDED_STEP_EN: &str = "At Contoso, check the caller is in SG-SSPR-Users";
const ADDED_STEP_ZH: &str = "在 Contoso，检查来电用户是否在 SG-SSPR-Users 组中";
const CONTOSO_PORTAL_EN: &str = "Open Contoso password reset (passwordreset.contoso.com)";

fn with_example_pack(opener: &RecordingOpener) -> egui_kittest::Harness<'static, sspr_helpdesk::HelpdeskApp> {
    app(Setup {
        pack: Some(example_pack()),
        opener: opener.clone(),
        ..Setup::default()
    })
}

#[test]
fn the_example_pack_replaces_a_url_and_the_opener_gets_the_new_one() {
    let opener = RecordingOpener::new();
    let mut harness = with_example_pack(&opener);
    open_category(&mut harness, Category::Configure);
    // The built-in label is replaced by the pack's words, and the button opens the pack's URL.
    assert!(harness.query_by_label("Open reset portal (aka.ms/sspr)").is_none());
    click_first(&mut harness, CONTOSO_PORTAL_EN);
    assert_eq!(opener.opened(), ["https://passwordreset.contoso.com/"]);
    harness.get_by_label("Opened in your browser: https://passwordreset.contoso.com/");
}

#[test]
fn the_example_pack_hides_a_step_and_adds_steps_in_both_languages() {
    let opener = RecordingOpener::new();
    let mut harness = with_example_pack(&opener);
    open_category(&mut harness, Category::Registration);
    let hidden = text(&harness, "step-registration-writeback-cloud-sync");
    assert!(!hidden.starts_with("step-"), "the built-in words are still loaded: {hidden}");
    assert!(harness.query_by_label(&hidden).is_none(), "hidden step still shown: {hidden}");

    open_category(&mut harness, Category::Configure);
    harness.get_by_label(ADDED_STEP_EN);
    // Right after the step it names in `after`.
    let steps = &harness.state().playbook().checklist(Category::Configure).unwrap().steps;
    let at = steps.iter().position(|s| s.id.as_str() == "contoso-sspr-group").unwrap();
    assert_eq!(steps[at - 1].id.as_str(), "configure-scope-selected-group");

    harness.get_by_label("中文").click();
    harness.run();
    harness.get_by_label(ADDED_STEP_ZH);
    assert!(harness.query_by_label(ADDED_STEP_EN).is_none());

    open_category(&mut harness, Category::Errors);
    harness.get_by_label("将密码写回失败的案例转交标识团队");
}

#[test]
fn the_active_pack_is_named_in_the_window_and_in_the_ticket_summary() {
    let mut harness = with_example_pack(&RecordingOpener::new());
    harness.get_by_label("Content pack: Contoso IT Service Desk 2026.12.1");
    click(&mut harness, "Copy summary");
    harness.step();
    let summary = copied_text(&harness).unwrap();
    assert!(summary.contains("- Content pack: Contoso IT Service Desk 2026.12.1\n"), "{summary}");
}

#[test]
fn a_pack_with_an_error_is_not_applied_and_its_problems_read_as_validate_prints_them() {
    let dir = pack_with_manifest("name = \"Broken\"\nversion = \"1\"\n\n[links.reset-portal]\nurl = \"http://aka.ms/sspr\"\n");
    let opener = RecordingOpener::new();
    let mut harness = app(Setup {
        pack: Some(dir.path().to_path_buf()),
        opener: opener.clone(),
        ..Setup::default()
    });
    harness.get_by_label(&format!(
        "Content pack “Broken 1” was not applied because it has an error; the built-in content is shown. Fix it in {} and check with sspr-helpdesk validate:",
        dir.path().display()
    ));
    harness.get_by_label("pack.toml:5:7: error: link \"reset-portal\" uses http; only https is allowed; use https");
    assert!(harness.query_by_label_contains("Content pack: Broken").is_none());
    // Nothing of the pack is used: the built-in link opens the built-in URL.
    let builtin = "Open reset portal (aka.ms/sspr)";
    click_first(&mut harness, builtin);
    assert_eq!(opener.opened(), ["https://aka.ms/sspr"]);
}

#[test]
fn a_pack_with_only_warnings_is_applied_and_the_warnings_are_listed() {
    let dir = pack_with_manifest(
        "name = \"Fabrikam\"\nversion = \"3\"\nallowed_hosts = [\"reset.fabrikam.com\", \"kb.fabrikam.com\"]\n\n[links.reset-portal]\nurl = \"https://reset.fabrikam.com/\"\n",
    );
    let harness = app(Setup {
        pack: Some(dir.path().to_path_buf()),
        ..Setup::default()
    });
    harness.get_by_label("Content pack “Fabrikam 3” is in use, with a warning for its administrator:");
    harness.get_by_label(
        "pack.toml:3:40: warning: allowed host \"kb.fabrikam.com\" is not used by any link; remove it: allow only the hosts the pack's links need",
    );
    harness.get_by_label("Content pack: Fabrikam 3");
}

#[test]
fn a_pack_opened_from_the_view_menu_is_used_now_and_at_the_next_start_until_removed() {
    let data = tempfile::tempdir().unwrap();
    let setup = || Setup {
        data_dir: Some(data.path().to_path_buf()),
        save_dialog: FixedSaveDialog::new(None).with_folder(Some(example_pack())),
        ..Setup::default()
    };
    let mut harness = app(setup());
    assert!(harness.query_by_label("Use built-in content only").is_none());
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Open content pack…").click();
    harness.run();
    harness.get_by_label("Content pack “Contoso IT Service Desk 2026.12.1” is in use.");
    harness.get_by_label(ADDED_STEP_EN);
    drop(harness);

    let mut harness = app(setup());
    harness.get_by_label("Content pack: Contoso IT Service Desk 2026.12.1");
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Use built-in content only").click();
    harness.run();
    harness.get_by_label("Back to the built-in content.");
    assert!(harness.query_by_label(ADDED_STEP_EN).is_none());
    drop(harness);

    let harness = app(setup());
    assert!(harness.query_by_label_contains("Content pack:").is_none());
}

#[test]
fn a_cancelled_folder_dialog_says_so_and_changes_nothing() {
    let mut harness = app(Setup {
        save_dialog: FixedSaveDialog::new(None),
        ..Setup::default()
    });
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Open content pack…").click();
    harness.run();
    harness.get_by_label(
        "No folder was chosen (or no folder dialog is available here). Start the app with --pack followed by the folder instead.",
    );
    assert!(harness.state().playbook().pack().is_none());
}

#[test]
fn a_kiosk_uses_the_administrators_pack_but_offers_no_way_to_open_one() {
    let config = sspr_helpdesk::model::config::AdminConfig {
        pack: Some(example_pack()),
        ..Default::default()
    };
    let harness = app(Setup {
        kiosk: true,
        config,
        language: Some(Language::EnUs),
        ..Setup::default()
    });
    assert!(harness.query_by_label("Open content pack…").is_none());
    assert!(harness.query_by_label("View").is_none());
    let portal = harness
        .state()
        .playbook()
        .link(&sspr_helpdesk::model::playbook::LinkId::new("reset-portal"))
        .unwrap();
    assert_eq!(portal.url.as_str(), "https://passwordreset.contoso.com/");
}

#[test]
fn opening_a_pack_mid_call_keeps_the_ticks_the_note_and_the_ticket() {
    let mut harness = app(Setup {
        save_dialog: FixedSaveDialog::new(None).with_folder(Some(example_pack())),
        ..Setup::default()
    });
    let step = harness.state().playbook().checklist(Category::Configure).unwrap().steps[0]
        .id
        .as_str()
        .to_owned();
    let field = add_note(&mut harness, &step, "Caller is not in SSPR-Users");
    crate::support::tick_step(&mut harness, &step);

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Open content pack…").click();
    harness.run();
    harness.get_by_label("Content pack “Contoso IT Service Desk 2026.12.1” is in use.");
    // The same step, still ticked, with its note, now alongside the pack's own step.
    harness.get_by_label(ADDED_STEP_EN);
    harness.get_by_label(&field);
    let session = harness.state().session();
    assert_eq!(session.ticked_count(), 1);
    assert_eq!(
        session.step_note(&sspr_helpdesk::model::playbook::StepId::new(step)),
        "Caller is not in SSPR-Users"
    );
}

/// Clicks View → `entry`.

#[test]
fn a_broken_pack_opened_from_the_menu_leaves_the_working_pack_in_use_now_and_at_the_next_start() {
    let data = tempfile::tempdir().unwrap();
    let broken = pack_with_manifest("name = \"Broken\"\nversion = \"2\"\n\n[links.reset-portal]\nurl = \"http://aka.ms/sspr\"\n");
    let setup = |folder: PathBuf| Setup {
        data_dir: Some(data.path().to_path_buf()),
        save_dialog: FixedSaveDialog::new(None).with_folder(Some(folder)),
        ..Setup::default()
    };
    let mut harness = app(setup(example_pack()));
    view_menu(&mut harness, "Open content pack…");
    harness.get_by_label(ADDED_STEP_EN);
    drop(harness);

    let mut harness = app(setup(broken.path().to_path_buf()));
    view_menu(&mut harness, "Open content pack…");
    harness.get_by_label(
        "Content pack “Broken 2” has errors and was not applied; “Contoso IT Service Desk 2026.12.1” stays in use (see the list above the checklist).",
    );
    harness.get_by_label(&format!(
        "Content pack “Broken 2” was not applied because it has an error; “Contoso IT Service Desk 2026.12.1” is in use instead. Fix it in {} and check with sspr-helpdesk validate:",
        broken.path().display()
    ));
    harness.get_by_label("pack.toml:5:7: error: link \"reset-portal\" uses http; only https is allowed; use https");
    // Nothing changed: the working pack's step, name and link are all still there.
    harness.get_by_label(ADDED_STEP_EN);
    harness.get_by_label("Content pack: Contoso IT Service Desk 2026.12.1");
    click(&mut harness, "Hide");
    harness.run();
    assert!(harness.query_by_label_contains("was not applied because").is_none());
    drop(harness);

    let harness = app(setup(broken.path().to_path_buf()));
    harness.get_by_label("Content pack: Contoso IT Service Desk 2026.12.1");
    assert!(harness.query_by_label_contains("Broken").is_none());
}

#[test]
fn a_broken_pack_opened_over_the_built_in_content_says_the_built_in_content_stays() {
    let broken = pack_with_manifest("name = \"Broken\"\nversion = \"2\"\n\n[links.reset-portal]\nurl = \"http://aka.ms/sspr\"\n");
    let mut harness = app(Setup {
        save_dialog: FixedSaveDialog::new(None).with_folder(Some(broken.path().to_path_buf())),
        ..Setup::default()
    });
    view_menu(&mut harness, "Open content pack…");
    harness.get_by_label(
        "Content pack “Broken 2” has errors and was not applied; the built-in content is shown (see the list above the checklist).",
    );
    harness.get_by_label_contains("Content pack “Broken 2” was not applied because it has an error; the built-in content is shown.");
    // Nothing to undo: the menu offers no "built-in only" for a pack that never took over.
    harness.get_by_label("View").click();
    harness.run();
    assert!(harness.query_by_label("Use built-in content only").is_none());
}

#[test]
fn a_pinned_pack_ignores_the_agents_saved_choice_and_the_menu_cannot_change_it() {
    let data = tempfile::tempdir().unwrap();
    let fabrikam = pack_with_manifest(
        "name = \"Fabrikam\"\nversion = \"3\"\nallowed_hosts = [\"reset.fabrikam.com\"]\n\n[links.reset-portal]\nurl = \"https://reset.fabrikam.com/\"\n",
    );
    let setup = |allow_pack_change: bool| Setup {
        data_dir: Some(data.path().to_path_buf()),
        config: sspr_helpdesk::model::config::AdminConfig {
            pack: Some(example_pack()),
            allow_pack_change,
            ..Default::default()
        },
        save_dialog: FixedSaveDialog::new(None).with_folder(Some(fabrikam.path().to_path_buf())),
        ..Setup::default()
    };
    // Before the administrator pins it, the agent's choice wins and is saved.
    let mut harness = app(setup(true));
    view_menu(&mut harness, "Open content pack…");
    harness.get_by_label("Content pack: Fabrikam 3");
    drop(harness);

    let mut harness = app(setup(false));
    harness.get_by_label("Content pack: Contoso IT Service Desk 2026.12.1");
    // Both entries are shown, greyed out; clicking them does nothing.
    for entry in ["Open content pack…", "Use built-in content only"] {
        if harness.query_by_label(entry).is_none() {
            harness.get_by_label("View").click();
            harness.run();
        }
        let node = harness.get_by_label(entry);
        assert!(node.accesskit_node().is_disabled(), "{entry} can still be used");
        node.click();
        harness.run();
    }
    harness.get_by_label("Content pack: Contoso IT Service Desk 2026.12.1");
    assert!(harness.query_by_label_contains("Fabrikam").is_none());
    assert!(harness.query_by_label("Back to the built-in content.").is_none());
}

#[test]
fn steps_and_entries_the_pack_adds_carry_its_name_and_built_in_ones_do_not() {
    let mut harness = with_example_pack(&RecordingOpener::new());
    let badge = format!("{} Contoso IT Service Desk", egui_material_icons::icons::ICON_DOMAIN.codepoint);
    open_category(&mut harness, Category::Configure);
    let steps = &harness.state().playbook().checklist(Category::Configure).unwrap().steps;
    let added = steps.iter().filter(|s| s.from_pack).count();
    assert_eq!((added, steps.len() > added), (1, true));
    assert_eq!(harness.query_all_by_label(&badge).count(), added);

    open_category(&mut harness, Category::Errors);
    let total = harness.state().playbook().catalogue().len();
    click(&mut harness, &format!("Error catalogue ({total})"));
    harness.run();
    click(&mut harness, "CTS-VPN-809: the VPN still asks for the old password");
    harness.run();
    // The entry's badge, beside the Error-messages step the pack adds.
    assert_eq!(harness.query_all_by_label(&badge).count(), 1);
}

#[test]
fn a_broken_pack_of_the_agents_falls_back_to_the_administrators_pack_not_the_built_in_content() {
    let data = tempfile::tempdir().unwrap();
    let broken = pack_with_manifest("name = \"Broken\"\nversion = \"2\"\n\n[links.reset-portal]\nurl = \"http://aka.ms/sspr\"\n");
    let settings = format!("pack = {:?}\n", broken.path().display().to_string());
    std::fs::write(data.path().join("settings.toml"), settings).unwrap();
    let mut harness = app(Setup {
        data_dir: Some(data.path().to_path_buf()),
        config: sspr_helpdesk::model::config::AdminConfig {
            pack: Some(example_pack()),
            ..Default::default()
        },
        ..Setup::default()
    });
    harness.get_by_label("Content pack: Contoso IT Service Desk 2026.12.1");
    harness.get_by_label(ADDED_STEP_EN);
    harness.get_by_label_contains(
        "Content pack “Broken 2” was not applied because it has an error; “Contoso IT Service Desk 2026.12.1” is in use instead.",
    );
    harness.get_by_label("pack.toml:5:7: error: link \"reset-portal\" uses http; only https is allowed; use https");
    click(&mut harness, "Hide");
    harness.run();
    assert!(harness.query_by_label_contains("Broken").is_none());
}

#[test]
fn built_in_content_only_lasts_over_the_administrators_default_pack_until_the_agent_goes_back() {
    let data = tempfile::tempdir().unwrap();
    let setup = || Setup {
        data_dir: Some(data.path().to_path_buf()),
        config: sspr_helpdesk::model::config::AdminConfig {
            pack: Some(example_pack()),
            ..Default::default()
        },
        ..Setup::default()
    };
    let mut harness = app(setup());
    harness.get_by_label("Content pack: Contoso IT Service Desk 2026.12.1");
    view_menu(&mut harness, "Use built-in content only");
    harness.get_by_label("Back to the built-in content.");
    drop(harness);

    let mut harness = app(setup());
    assert!(harness.query_by_label_contains("Content pack:").is_none());
    assert!(harness.query_by_label(ADDED_STEP_EN).is_none());
    // The way back to the organisation's pack needs no folder dialog.
    view_menu(&mut harness, "Use the organisation's content pack");
    harness.get_by_label("Content pack “Contoso IT Service Desk 2026.12.1” is in use.");
    // The agent follows the configuration again, rather than this folder.
    assert_eq!(harness.state().settings().pack, None);
    harness.get_by_label("View").click();
    harness.run();
    assert!(harness.query_by_label("Use the organisation's content pack").is_none());
    drop(harness);

    let harness = app(setup());
    harness.get_by_label("Content pack: Contoso IT Service Desk 2026.12.1");
}

#[test]
fn hiding_a_refused_packs_problems_also_clears_the_status_that_points_at_them() {
    let broken = pack_with_manifest("name = \"Broken\"\nversion = \"2\"\n\n[links.reset-portal]\nurl = \"http://aka.ms/sspr\"\n");
    let mut harness = app(Setup {
        save_dialog: FixedSaveDialog::new(None).with_folder(Some(broken.path().to_path_buf())),
        ..Setup::default()
    });
    view_menu(&mut harness, "Open content pack…");
    harness.get_by_label_contains("see the list above the checklist");
    click(&mut harness, "Hide");
    harness.run();
    assert!(harness.query_by_label_contains("see the list above the checklist").is_none());
    assert!(harness.query_by_label_contains("Broken").is_none());
}

#[test]
fn when_both_the_agents_and_the_administrators_pack_are_broken_both_are_listed() {
    let data = tempfile::tempdir().unwrap();
    let agents = pack_with_manifest("name = \"Broken\"\nversion = \"2\"\n\n[links.reset-portal]\nurl = \"http://aka.ms/sspr\"\n");
    let admins = pack_with_manifest("name = \"Admin\"\nversion = \"9\"\n\n[links.reset-portal]\nurl = \"ftp://aka.ms/sspr\"\n");
    std::fs::write(
        data.path().join("settings.toml"),
        format!("pack = {:?}\n", agents.path().display().to_string()),
    )
    .unwrap();
    let harness = app(Setup {
        data_dir: Some(data.path().to_path_buf()),
        config: sspr_helpdesk::model::config::AdminConfig {
            pack: Some(admins.path().to_path_buf()),
            ..Default::default()
        },
        ..Setup::default()
    });
    harness.get_by_label_contains("Content pack “Broken 2” was not applied because it has an error; the built-in content is shown.");
    harness.get_by_label_contains("Content pack “Admin 9” was not applied because it has an error; the built-in content is shown.");
    harness.get_by_label("pack.toml:5:7: error: link \"reset-portal\" uses ftp; only https is allowed; use https");
}

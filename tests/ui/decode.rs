//! The Decode pane: the agent pastes (or drops) evidence and reads cards; the derived line
//! goes to the ticket; the paste itself stays in memory, off a shared screen and out of a kiosk.

use std::sync::{Mutex, OnceLock};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::search::Target;
use sspr_helpdesk::ui::Action;
use sspr_helpdesk::ui::decode_pane::DecodeAction;

use crate::support::{Setup, app, click, click_first, copied_text, decode_fixture, english_app, in_dir, open_decode, paste_evidence, text};

/// Synthetic admin-center audit CSV (the documented download headers; made-up people, GUIDs
/// and documentation IP ranges): one attempt of two rows, and a lone writeback failure.
const AUDIT_CSV: &str = r#""Date (UTC)","CorrelationId","Service","Category","Activity","Result","ResultReason","User Agent","ActorType","ActorDisplayName","ActorObjectId","ActorUserPrincipalName","IPAddress","Target1Type","Target1DisplayName","Target1ObjectId","Target1UserPrincipalName","Target1ModifiedProperty1Name","Target1ModifiedProperty1OldValue","Target1ModifiedProperty1NewValue","AdditionalDetail1Key","AdditionalDetail1Value"
"2026-11-30T12:30:00Z","6f1d2c3b-1a2b-4c3d-8e4f-0000000000e5","Self-service Password Management","UserManagement","Self-service password reset flow activity progress","success","User was presented with verification options","Mozilla/5.0","User","Dana Ortiz","00000000-0000-4000-8000-00000000a004","dana.ortiz@contoso.example","203.0.113.40","User","Dana Ortiz","00000000-0000-4000-8000-00000000a004","dana.ortiz@contoso.example","","","","",""
"2026-11-30T12:31:10Z","6f1d2c3b-1a2b-4c3d-8e4f-0000000000e5","Self-service Password Management","UserManagement","Self-service password reset flow activity progress","failure","User entered too many invalid SMS verification codes and is blocked for 24 hours","Mozilla/5.0","User","Dana Ortiz","00000000-0000-4000-8000-00000000a004","dana.ortiz@contoso.example","203.0.113.40","User","Dana Ortiz","00000000-0000-4000-8000-00000000a004","dana.ortiz@contoso.example","","","","",""
"2026-11-30T13:05:00Z","6f1d2c3b-1a2b-4c3d-8e4f-0000000000f6","Self-service Password Management","UserManagement","Reset password (self-service)","failure","We encountered a problem while resetting the user's on-premises password. Check your sync machine's event log","Mozilla/5.0","User","Eli Park","00000000-0000-4000-8000-00000000a005","eli.park@contoso.example","198.51.100.5","User","Eli Park","00000000-0000-4000-8000-00000000a005","eli.park@contoso.example","","","","OnPremisesAgent","Microsoft Entra Connect"
"#;

/// The attempt of two rows: its correlation ID and the entry its outcome maps to, as the
/// engine decodes the CSV (the cards must show the same).
fn attempt(harness: &Harness<'_, HelpdeskApp>) -> (String, sspr_helpdesk::model::catalogue::EntryId, String) {
    let decoded = sspr_helpdesk::decode::decode(AUDIT_CSV, harness.state().playbook()).unwrap();
    let Some(timeline) = decoded.timelines.iter().find(|t| t.records.len() == 2) else {
        panic!("no attempt of two rows in {:?}", decoded.timelines)
    };
    let Some(entry) = timeline.entry.clone() else {
        panic!("the blocked attempt maps to no entry: {timeline:?}")
    };
    (
        timeline.correlation_id.clone().unwrap(),
        entry,
        text(harness, &timeline.outcome.message_id()),
    )
}

fn entry_title(harness: &Harness<'_, HelpdeskApp>, id: &sspr_helpdesk::model::catalogue::EntryId) -> String {
    text(harness, &id.message_id())
}

fn summary(harness: &mut Harness<'_, HelpdeskApp>) -> String {
    let label = text(harness, "session-copy-summary");
    click(harness, &label);
    // The copy happens in the frame that handles the click.
    harness.step();
    copied_text(harness).unwrap()
}

#[test]
fn ctrl_d_and_the_top_bar_button_open_and_close_the_pane() {
    let mut harness = english_app();
    assert!(harness.query_by_label("Pasted evidence").is_none());
    open_decode(&mut harness);
    harness.get_by_label("Pasted evidence");
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.query_by_label("Pasted evidence").is_none());
    harness.get_by_label("Decode evidence").click();
    harness.run();
    harness.get_by_label("Pasted evidence");
    open_decode(&mut harness);
    assert!(harness.query_by_label("Pasted evidence").is_none(), "Ctrl+D closes it again");
}

#[test]
fn an_audit_csv_paste_gives_cards_whose_entry_and_step_open() {
    let mut harness = english_app();
    let (correlation, entry, verdict) = attempt(&harness);
    let title = entry_title(&harness, &entry);
    open_decode(&mut harness);
    paste_evidence(&mut harness, AUDIT_CSV);
    harness.get_by_label("Recognised: Audit log rows (CSV), 3 rows, 2 attempts");
    harness.get_by_label(&correlation);
    // The attempt in steps, and its time in UTC (the agent's zone is UTC here).
    harness.get_by_label_contains("User was presented with verification options → ");
    harness.get_by_label("2026-11-30 12:31:10 UTC");
    harness.get_by_label(&format!("{verdict}: {title}"));
    click(&mut harness, &format!("Open entry: {title}"));
    harness.run();
    assert_eq!(harness.state().highlighted(), Some(&Target::Entry(entry.clone())));
    assert!(harness.query_by_label("Pasted evidence").is_none(), "the entry replaces the pane");
    // Back in the pane, the cards are still there; a step button opens the step.
    open_decode(&mut harness);
    let step = harness.state().playbook().entry(&entry).unwrap().steps[0].clone();
    let step_title = text(&harness, &step.message_id());
    click_first(&mut harness, &format!("Go to step: {step_title}"));
    assert_eq!(harness.state().highlighted(), Some(&Target::Step(step)));
}

#[test]
fn add_to_ticket_puts_the_derived_line_in_the_summary_without_the_user_or_ip() {
    let mut harness = english_app();
    let (correlation, ..) = attempt(&harness);
    open_decode(&mut harness);
    paste_evidence(&mut harness, AUDIT_CSV);
    click_first(&mut harness, "Add to ticket");
    harness.run();
    harness.get_by_label("Added to the ticket");
    let line = harness.state().session().decoded_lines()[0].clone();
    assert!(
        line.starts_with("Decoded: ") && line.contains(&correlation) && line.contains("UTC"),
        "{line}"
    );
    let copied = summary(&mut harness);
    assert!(copied.contains("Decoded evidence") && copied.contains(&line), "{copied}");
    for private in [
        "dana.ortiz@contoso.example",
        "Dana Ortiz",
        "203.0.113.40",
        "Mozilla",
        "blocked for 24 hours",
    ] {
        assert!(!copied.contains(private), "{private} leaked into: {copied}");
    }
}

#[test]
fn include_user_names_adds_the_user_but_never_the_ip() {
    let mut harness = english_app();
    open_decode(&mut harness);
    paste_evidence(&mut harness, AUDIT_CSV);
    click(&mut harness, "Include user names");
    harness.run();
    assert!(harness.state().decode_state().with_names);
    click_first(&mut harness, "Add to ticket");
    harness.run();
    let copied = summary(&mut harness);
    assert!(copied.contains("dana.ortiz@contoso.example"), "{copied}");
    assert!(!copied.contains("203.0.113.40") && !copied.contains("198.51.100.5"), "{copied}");
}

#[test]
fn the_main_flow_reads_in_chinese() {
    let mut harness = app(Setup {
        language: Some(Language::ZhCn),
        ..Setup::default()
    });
    let (correlation, entry, _) = attempt(&harness);
    let title = entry_title(&harness, &entry);
    open_decode(&mut harness);
    paste_evidence(&mut harness, AUDIT_CSV);
    harness.get_by_label_contains("已识别：");
    harness.get_by_label(&correlation);
    click_first(&mut harness, "添加到工单");
    harness.run();
    let line = harness.state().session().decoded_lines()[0].clone();
    assert!(line.contains(&format!("关联 ID {correlation}")), "{line}");
    click(&mut harness, &format!("打开条目：{title}"));
    harness.run();
    assert_eq!(harness.state().highlighted(), Some(&Target::Entry(entry)));
}

#[test]
fn times_show_in_utc_and_in_the_agents_zone() {
    let mut harness = app(Setup {
        time_zone: Some(jiff::tz::TimeZone::get("Asia/Shanghai").unwrap()),
        ..Setup::default()
    });
    open_decode(&mut harness);
    paste_evidence(&mut harness, AUDIT_CSV);
    harness.get_by_label("2026-11-30 12:31:10 UTC (your time: 2026-11-30 20:31:10 CST)");
}

#[test]
fn present_mode_hides_the_pasted_text_and_user_names() {
    let mut harness = english_app();
    open_decode(&mut harness);
    paste_evidence(&mut harness, AUDIT_CSV);
    harness.get_by_label("dana.ortiz@contoso.example");
    harness.key_press(egui::Key::F11);
    harness.run();
    assert!(harness.query_by_label("Pasted evidence").is_none(), "the box is gone");
    harness.get_by_label_contains("Pasted text hidden while presenting");
    assert!(harness.query_by_label_contains("dana.ortiz").is_none());
    assert!(harness.query_by_label_contains("Dana Ortiz").is_none());
    harness.get_all_by_label("user hidden while presenting").next().unwrap();
}

#[test]
fn present_mode_hides_a_paste_nothing_recognised() {
    let mut harness = english_app();
    open_decode(&mut harness);
    paste_evidence(&mut harness, "the caller Wu Fang cannot reset");
    harness.key_press(egui::Key::F11);
    harness.run();
    assert!(harness.query_by_label_contains("Wu Fang").is_none());
    harness.get_by_label_contains("Pasted text hidden while presenting");
}

#[test]
fn a_kiosk_has_no_way_to_the_decoder() {
    let mut harness = app(Setup {
        kiosk: true,
        ..Setup::default()
    });
    assert!(harness.query_by_label("Decode evidence").is_none());
    open_decode(&mut harness);
    assert!(!harness.state().decode_state().open);
    // Not even an action that reached the app by some other path.
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Action::Decode(DecodeAction::Show(true)));
    harness.run();
    assert!(!harness.state().decode_state().open);
    assert!(harness.query_by_label("Pasted evidence").is_none());
}

#[test]
fn a_binary_file_dropped_on_the_window_is_refused_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("setup.exe");
    std::fs::write(&path, b"MZ\x90\x00\x03\x00\x00\x00").unwrap();
    let mut harness = english_app();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Action::Decode(DecodeAction::DropFile(path)));
    harness.run();
    harness.get_by_label_contains("This is binary data, not text (byte 3)");
    assert!(harness.state().decode_state().input.is_empty(), "nothing of it is kept");
    let missing = dir.path().join("gone.csv");
    harness.state_mut().apply(&ctx, Action::Decode(DecodeAction::DropFile(missing)));
    harness.run();
    harness.get_by_label_contains("The file gone.csv could not be read:");
}

#[test]
fn a_text_file_dropped_on_the_window_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.csv");
    // UTF-16 with its byte-order mark, as PowerShell 5 writes it.
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(AUDIT_CSV.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(&path, bytes).unwrap();
    let mut harness = english_app();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Action::Decode(DecodeAction::DropFile(path)));
    harness.run();
    harness.get_by_label("From the file audit.csv");
    harness.get_by_label("Recognised: Audit log rows (CSV), 3 rows, 2 attempts");
}

#[test]
fn free_text_is_handed_to_the_search() {
    let mut harness = english_app();
    open_decode(&mut harness);
    paste_evidence(&mut harness, "  too many   attempts\n");
    click(&mut harness, "Search for this");
    harness.run();
    assert_eq!(harness.state().query(), "too many attempts");
    assert!(harness.query_by_label("Pasted evidence").is_none(), "the results replace the pane");
}

#[test]
fn clear_and_new_session_forget_the_paste() {
    let mut harness = english_app();
    open_decode(&mut harness);
    paste_evidence(&mut harness, "Marker-Clear 123");
    click(&mut harness, "Clear");
    harness.run();
    assert!(harness.state().decode_state().input.is_empty());
    paste_evidence(&mut harness, "Marker-New 456");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.get_by_label(&text(&harness, "new-session-confirm")).click();
    harness.run();
    let state = harness.state().decode_state();
    assert!(state.input.is_empty() && state.outcome.is_none(), "{state:?}");
    assert!(harness.query_by_label_contains("Marker-New").is_none());
}

/// Every log record the process writes, for the test that the paste never reaches the log.
static LOGGED: OnceLock<Mutex<Vec<String>>> = OnceLock::new();

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        if let Some(lines) = LOGGED.get() {
            lines.lock().unwrap().push(record.args().to_string());
        }
    }
    fn flush(&self) {}
}

#[test]
fn the_paste_is_never_saved_or_logged() {
    LOGGED.get_or_init(|| Mutex::new(Vec::new()));
    // The app's own logger is not started in tests: this one sees everything logged.
    if log::set_boxed_logger(Box::new(Capture)).is_ok() {
        log::set_max_level(log::LevelFilter::Trace);
    }
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(in_dir(dir.path()));
    open_decode(&mut harness);
    let paste = AUDIT_CSV.replace("Dana Ortiz", "Marker Zhou");
    paste_evidence(&mut harness, &paste);
    click_first(&mut harness, "Add to ticket");
    harness.run();
    harness.state_mut().save_session();
    log::info!("the test logger works");
    let mut files = 0;
    for file in std::fs::read_dir(dir.path()).unwrap() {
        let text = std::fs::read_to_string(file.unwrap().path()).unwrap_or_default();
        files += 1;
        for private in ["Marker Zhou", "dana.ortiz@", "203.0.113.40", "Mozilla/5.0", "verification options"] {
            assert!(!text.contains(private), "{private} was saved: {text}");
        }
    }
    assert!(files > 0, "the session was saved");
    let saved = std::fs::read_to_string(dir.path().join("session.json")).unwrap();
    assert!(saved.contains("Decoded: "), "the derived line is saved: {saved}");
    let logged = LOGGED.get().unwrap().lock().unwrap();
    assert!(logged.iter().any(|l| l == "the test logger works"));
    assert!(
        !logged.iter().any(|l| l.contains("Marker Zhou") || l.contains("203.0.113")),
        "{logged:?}"
    );
}

/// Pastes `name` into a cleared pane.
fn paste_fixture(harness: &mut Harness<'_, HelpdeskApp>, name: &str) {
    if harness.state().decode_state().outcome.is_some() {
        click(harness, "Clear");
        harness.run();
    }
    paste_fixture_text(harness, &decode_fixture(name));
}

#[test]
fn each_kind_of_evidence_gets_its_card() {
    let mut harness = english_app();
    open_decode(&mut harness);

    paste_fixture(&mut harness, "reg-query-blockers.txt");
    harness.get_by_label("Recognised: Registry values (reg query or .reg export)");
    // Three blockers, and a third-party credential provider as a warning.
    assert_eq!(harness.get_all_by_label_contains("Sign-in screen blocker: ").count(), 3);
    assert_eq!(harness.get_all_by_label_contains("Check this: ").count(), 1);
    harness.get_all_by_label("blocks when it is 1").next().unwrap();
    harness.get_all_by_label("Value found:").next().unwrap();

    paste_fixture(&mut harness, "reg-export-clean.reg");
    harness.get_by_label("No blocker found");
    harness.get_by_label("AllowPasswordReset = 1");
    harness
        .get_all_by_label("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount")
        .next()
        .unwrap();
    harness.get_by_label_contains("AllowAadPasswordReset = not in the paste");

    paste_fixture(&mut harness, "support-code.txt");
    harness.get_by_label("6f1d2c3b-1a2b-4c3d-8e4f-00000000c0de");
    harness.get_by_label("Write down the date, the time and the time zone with it: Microsoft support asks for all three.");
    click(&mut harness, "Add to ticket");
    harness.run();

    paste_fixture(&mut harness, "event-6329.xml");
    harness.get_by_label("Event 6329 from ADSync");
    harness.get_by_label("2026-11-30 13:05:02 UTC");
    harness.get_by_label_contains("Open entry: 6329 ERROR_ACCESS_DENIED");
    click(&mut harness, "Add to ticket");
    harness.run();

    paste_fixture(&mut harness, "adsync.txt");
    harness.get_by_label("Code ERROR_ACCESS_DENIED (line 1)");
    // Codes without an entry: one line, not a card each.
    harness.get_by_label("Other codes found, with no catalogue entry: MMS(5084), 0x80070005");
    assert!(harness.query_by_label_contains("Code MMS(5084)").is_none());

    paste_fixture(&mut harness, "admin-center-bad-row.csv");
    harness.get_by_label("What could not be used");
    harness.get_by_label_contains("line 3: this row has 9 fields where the header has 22");

    let lines = harness.state().session().decoded_lines();
    assert!(
        lines[0].starts_with("Decoded: support code, correlation ID 6f1d2c3b-1a2b-4c3d-8e4f-00000000c0de"),
        "{lines:?}"
    );
    assert!(lines[1].starts_with("Decoded: event 6329"), "{lines:?}");
}

#[test]
fn a_paste_too_long_to_show_is_decoded_whole_and_shown_by_its_size() {
    let mut harness = english_app();
    open_decode(&mut harness);
    let mut paste = AUDIT_CSV.to_owned();
    let row = AUDIT_CSV.lines().nth(3).unwrap();
    // Each row an attempt of its own: more cards than the pane draws.
    for n in 0.. {
        if paste.len() > sspr_helpdesk::ui::decode_pane::SHOWN_BYTES {
            break;
        }
        paste.push_str(&row.replace("0000000000f6", &format!("{n:012x}")));
        paste.push('\n');
    }
    paste_evidence(&mut harness, &paste);
    assert_eq!(harness.state().decode_state().input, paste, "the whole paste, not an insertion");
    harness.get_by_label_contains("too long to show here; it is decoded in full");
    assert!(harness.query_by_label("Pasted evidence").is_none(), "no text box lays it out");
    let rows = paste.lines().count() - 1;
    harness.get_by_label_contains(&format!("Recognised: Audit log rows (CSV), {rows} rows"));
    harness.get_by_label_contains("More were found than are shown here");
}

#[test]
fn the_export_carries_the_added_line_and_nothing_else_of_the_paste() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("ticket.md");
    let mut harness = app(Setup {
        save_dialog: sspr_helpdesk::platform::save_dialog::FixedSaveDialog::new(Some(target.clone())),
        ..Setup::default()
    });
    open_decode(&mut harness);
    paste_evidence(&mut harness, AUDIT_CSV);
    click_first(&mut harness, "Add to ticket");
    harness.run();
    let line = harness.state().session().decoded_lines()[0].clone();
    click(&mut harness, "Export…");
    harness.run();
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(
        written.contains("## Decoded evidence") && written.contains(&format!("- {line}")),
        "{written}"
    );
    for private in [
        "dana.ortiz",
        "Dana Ortiz",
        "203.0.113.40",
        "Mozilla",
        "Self-service Password Management",
    ] {
        assert!(!written.contains(private), "{private} was exported: {written}");
    }
}

#[test]
fn searching_or_going_back_to_the_results_leaves_the_pane_and_keeps_the_paste() {
    let mut harness = english_app();
    crate::support::search_for(&mut harness, "sspr 29");
    let first = harness.state().results()[0].target.message_id();
    harness.get_by_label(&text(&harness, &first)).click();
    harness.run();
    open_decode(&mut harness);
    paste_evidence(&mut harness, AUDIT_CSV);
    harness.get_by_label("Back to the results for “sspr 29”").click();
    harness.run();
    assert!(
        harness.query_by_label("Pasted evidence").is_none(),
        "the results show, not the pane"
    );
    harness.get_by_label_contains("results for “sspr 29”");
    open_decode(&mut harness);
    harness.get_by_label("Recognised: Audit log rows (CSV), 3 rows, 2 attempts");
    crate::support::search_for(&mut harness, "writeback");
    assert!(
        harness.query_by_label("Pasted evidence").is_none(),
        "typing a search shows its results"
    );
    assert_eq!(harness.state().decode_state().input, AUDIT_CSV);
}

#[test]
fn the_engine_notes_reach_the_pane() {
    let mut harness = english_app();
    open_decode(&mut harness);

    paste_fixture(&mut harness, "graph-empty.json");
    harness.get_by_label("Recognised: Audit log entries (JSON)");
    harness.get_by_label(&text(&harness, "decode-note-empty-export"));
    assert!(harness.query_by_label_contains("Not recognised").is_none());

    // An event copied from a Chinese Windows, saved as UTF-16 without a byte-order mark.
    paste_fixture(&mut harness, "event-zh.txt");
    harness.get_by_label("Event 33004 from PasswordResetService");
    paste_fixture(&mut harness, "event-utf16le-nobom.txt");
    harness.get_by_label("Event 33004 from PasswordResetService");

    let noise = "qZ7x0Lk3Vb9m ".repeat(400);
    paste_fixture_text(&mut harness, &noise);
    harness.get_by_label("No known format found; only the first line was searched. Paste the error message or the log lines themselves.");
    click(&mut harness, "Search for this");
    harness.run();
    assert!(
        harness.state().query().len() <= sspr_helpdesk::decode::MAX_QUERY_BYTES,
        "{}",
        harness.state().query()
    );
}

/// Pastes `evidence` into a cleared pane.
fn paste_fixture_text(harness: &mut Harness<'_, HelpdeskApp>, evidence: &str) {
    if harness.state().decode_state().outcome.is_some() {
        click(harness, "Clear");
        harness.run();
    }
    paste_evidence(harness, evidence);
}

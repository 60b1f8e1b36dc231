//! A newcomer's try-out of "Start here" and "Decode evidence": the promises the README makes,
//! checked over every decoder fixture and odd inputs rather than one example each.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::model::language::Language;

use sspr_helpdesk::ui::Action;
use sspr_helpdesk::ui::decode_pane::DecodeAction;

use crate::support::{Setup, app, click, copied_text, open_decode, paste_evidence, text};

/// Every decoder fixture that is text (see tests/fixtures/README.md; all synthetic).
const FIXTURES: [&str; 19] = [
    "admin-center-bad-row.csv",
    "admin-center-es.csv",
    "admin-center-it.csv",
    "admin-center.csv",
    "adsync.txt",
    "event-33004.txt",
    "event-6329.xml",
    "free-text.txt",
    "graph-lines.jsonl",
    "graph-single.json",
    "graph-truncated.json",
    "graph-value.json",
    "log-analytics.csv",
    "log-analytics.json",
    "reg-export-blockers.reg",
    "reg-export-clean.reg",
    "reg-query-blockers.txt",
    "support-code.txt",
    // Synthetic: a 33004 event as Event Viewer copies it as text on a Chinese Windows.
    "event-33004-zh.txt",
];

/// Synthetic: Event Viewer's "Copy details as text" on a Chinese Windows (labels 日志名称, 来源,
/// 事件 ID …), the description as PasswordResetService writes it.
const EVENT_ZH: &str = "日志名称:          Application
来源:            PasswordResetService
日期:            2026/11/30 13:05:03
事件 ID:         33004
任务类别:          无
级别:            错误
关键字:           经典
用户:            暂缺
计算机:           sync01.contoso.example
描述:
TrackingId: 2f9a4b1c-0000-4000-8000-000000000033, Reason: Synchronization Engine returned an error hr=8023062C, message=The management agent could not set the password because of an access restriction., Context: cloudAnchor: User_00000000-0000-4000-8000-00000000a005, SourceAnchor: abc=, UserPrincipalName: eli.park@contoso.example
";

fn fixture(name: &str) -> String {
    if name == "event-33004-zh.txt" {
        return EVENT_ZH.to_owned();
    }
    let bytes = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/decode")
            .join(name),
    )
    .unwrap();
    sspr_helpdesk::decode::text_from_bytes(&bytes).unwrap()
}

/// Whether `text` holds something shaped like an IPv4 address (four dot-separated numbers).
fn has_ipv4(text: &str) -> Option<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .find(|w| {
            let parts: Vec<&str> = w.split('.').collect();
            parts.len() == 4 && parts.iter().all(|p| !p.is_empty() && p.len() <= 3)
        })
        .map(str::to_owned)
}

/// Clicks every "Add to ticket" in the pane, one after the other.
fn add_everything(harness: &mut Harness<'_, HelpdeskApp>) -> usize {
    let add = text(harness, "decode-pane-add");
    let mut added = 0;
    while harness.query_all_by_label(&add).next().is_some() && added < 60 {
        let node = harness.get_all_by_label(&add).next().unwrap();
        node.scroll_to_me();
        harness.run();
        harness.get_all_by_label(&add).next().unwrap().click();
        harness.run();
        added += 1;
    }
    added
}

fn copy(harness: &mut Harness<'_, HelpdeskApp>, message_id: &str) -> String {
    let label = text(harness, message_id);
    click(harness, &label);
    harness.step();
    copied_text(harness).unwrap()
}

#[test]
fn no_summary_in_either_language_carries_an_ip_or_a_line_of_the_paste_for_any_fixture() {
    for with_names in [false, true] {
        let mut added = 0;
        for name in FIXTURES {
            let mut harness = app(Setup::default());
            open_decode(&mut harness);
            let pasted = fixture(name);
            paste_evidence(&mut harness, &pasted);
            if with_names {
                let names = text(&harness, "decode-pane-with-names");
                click(&mut harness, &names);
                harness.run();
            }
            added += add_everything(&mut harness);
            for copy_id in ["session-copy-summary", "session-copy-summary-zh-cn"] {
                let summary = copy(&mut harness, copy_id);
                let decoded = summary.split("Decoded evidence").nth(1).unwrap_or("");
                if let Some(ip) = has_ipv4(decoded) {
                    panic!("{name} (names {with_names}): {ip} in the summary:\n{summary}");
                }
                for line in pasted.lines().map(str::trim).filter(|l| l.len() > 24) {
                    assert!(!summary.contains(line), "{name}: the paste's line {line:?} is in the summary");
                }
                if !with_names {
                    for word in pasted.split(|c: char| c.is_whitespace() || ",\"';<>=".contains(c)) {
                        if word.contains('@') && word.contains('.') {
                            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                            assert!(!summary.contains(word), "{name}: {word} in the summary without names:\n{summary}");
                        }
                    }
                }
            }
        }
        assert!(added >= FIXTURES.len(), "only {added} lines were added: the check checked little");
    }
}

#[test]
fn every_fixture_decodes_in_the_pane_in_chinese_at_800_by_600_without_a_missing_glyph() {
    let mut harness = app(Setup {
        language: Some(Language::ZhCn),
        size: (800.0, 600.0),
        ..Setup::default()
    });
    open_decode(&mut harness);
    for name in FIXTURES {
        if harness.state().decode_state().outcome.is_some() {
            let clear = text(&harness, "decode-pane-clear");
            click(&mut harness, &clear);
            harness.run();
        }
        paste_evidence(&mut harness, &fixture(name));
        assert!(harness.state().decode_state().outcome.is_some(), "{name}: no outcome");
        // Present mode over the cards, in Chinese too.
        harness.key_press(egui::Key::F11);
        harness.run();
        harness.key_press(egui::Key::F11);
        harness.run();
    }
}

#[test]
fn a_dropped_file_too_large_or_a_folder_is_refused_in_the_agent_s_language_with_its_size_readable() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("audit-year.csv");
    // Sparse: 40 MB without writing them.
    std::fs::File::create(&big).unwrap().set_len(40_000_000).unwrap();
    let folder = dir.path().join("exports");
    std::fs::create_dir(&folder).unwrap();
    let mut harness = app(Setup {
        language: Some(Language::ZhCn),
        ..Setup::default()
    });
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Action::Decode(DecodeAction::DropFile(big)));
    harness.run();
    harness.get_by_label_contains("文件 audit-year.csv 有 40.0 MB");
    assert!(harness.query_by_label_contains("bytes").is_none(), "English in a Chinese window");
    harness.state_mut().apply(&ctx, Action::Decode(DecodeAction::DropFile(folder)));
    harness.run();
    harness.get_by_label_contains("exports 是文件夹");
    assert!(
        harness.query_by_label_contains("os error").is_none(),
        "the OS's English in a Chinese window"
    );
}

//! A newcomer's try-out of "Start here" and "Decode evidence": the promises the README makes,
//! checked over every decoder fixture and odd inputs rather than one example each.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::triage::AnswerKind;

use sspr_helpdesk::ui::Action;
use sspr_helpdesk::ui::decode_pane::DecodeAction;

use crate::support::{
    Setup, answer_triage, app, change_triage_answer, click, copied_text, decode_fixture, open_decode, paste_evidence, text,
};

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
    decode_fixture(name)
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

type H = Harness<'static, HelpdeskApp>;

/// The question waiting for an answer, and its choices (id, kind, whether it leads on).
/// An answer's id, its kind and whether it leads to a question of its own.
type Choice = (String, AnswerKind, bool);

fn current_question(harness: &H) -> Option<(String, Vec<Choice>)> {
    let app = harness.state();
    let question = app.playbook().triage()?.current(app.session().triage())?;
    let answers = question.answers.iter().map(|a| (a.id.clone(), a.kind, a.next.is_some())).collect();
    Some((question.id.clone(), answers))
}

/// Answers every question reachable by "I don't know" and by answers that lead to a question
/// of their own, trying each choice on the way: each is recorded, leaves the window on Start
/// here with something listed, and the Caller line of the summary names it. Returns how many
/// answers were tried.
fn explore(harness: &mut H, depth: usize) -> usize {
    let Some((question, answers)) = current_question(harness) else {
        return 0;
    };
    assert!(depth < 12, "the questions loop at {question}");
    let mut tried = 0;
    for (answer, kind, leads_on) in &answers {
        if matches!(kind, AnswerKind::Code | AnswerKind::Evidence | AnswerKind::DontKnow) {
            continue;
        }
        answer_triage(harness, &question, if *kind == AnswerKind::DontKnow { "dont-know" } else { answer });
        tried += 1;
        let app = harness.state();
        assert_eq!(app.session().triage().chosen.get(&question), Some(answer), "{question}: {answer}");
        assert!(app.is_start_here(), "{question}: {answer} left Start here");
        let nothing = text(harness, "triage-result-nothing");
        assert!(harness.query_by_label(&nothing).is_none(), "{question}: {answer}: nothing fits");
        let loc = app.localizer();
        let words = loc.attribute_with_args_in(
            loc.language(),
            &format!("triage-{question}-{answer}"),
            "summary",
            &[("code", "".into())],
        );
        let Some(words) = words else {
            panic!("{question}: {answer} has no .summary words")
        };
        let summary = sspr_helpdesk::report::triage_phrases(app.playbook(), loc, app.session());
        assert!(summary.contains(&words), "{question}: {answer}: {words:?} not in {summary:?}");
        if *leads_on {
            tried += explore(harness, depth + 1);
        }
        change_triage_answer(harness, &question);
    }
    answer_triage(harness, &question, "dont-know");
    tried + 1 + explore(harness, depth + 1)
}

#[test]
fn every_answer_reachable_from_start_here_works_in_both_languages_at_both_sizes() {
    for language in Language::ALL {
        for size in [(800.0, 600.0), (1600.0, 1000.0)] {
            let mut harness = crate::support::app_on_start_here(Setup {
                language: Some(language),
                size,
                ..Setup::default()
            });
            let tried = explore(&mut harness, 0);
            assert!(tried > 20, "{language} {size:?}: only {tried} answers tried");
        }
    }
}

#[test]
fn ticking_include_user_names_after_adding_names_the_same_lines_instead_of_adding_them_twice() {
    let mut harness = app(Setup::default());
    open_decode(&mut harness);
    // Two attempts, each with its user (synthetic, see tests/fixtures/README.md).
    paste_evidence(&mut harness, &fixture("admin-center.csv"));
    assert_eq!(add_everything(&mut harness), 2);
    let names = text(&harness, "decode-pane-with-names");
    click(&mut harness, &names);
    harness.run();
    // With names the lines differ: "Add to ticket" again puts the user into each line.
    assert_eq!(add_everything(&mut harness), 2);
    let lines = harness.state().session().decoded_lines().to_vec();
    assert_eq!(lines.len(), 2, "one line per attempt: {lines:#?}");
    assert!(lines[0].ends_with("user dana.ortiz@contoso.example"), "{lines:#?}");
    assert!(lines[1].ends_with("user eli.park@contoso.example"), "{lines:#?}");
    // Names off again: the attempts are in the ticket already.
    click(&mut harness, &names);
    harness.run();
    assert_eq!(harness.query_all_by_label(&text(&harness, "decode-pane-add")).count(), 0);
    assert_eq!(harness.query_all_by_label(&text(&harness, "decode-pane-added")).count(), 2);
}

#[test]
fn present_mode_shows_no_user_name_or_ip_address_of_any_fixture() {
    for name in FIXTURES {
        let mut harness = app(Setup::default());
        open_decode(&mut harness);
        let pasted = fixture(name);
        paste_evidence(&mut harness, &pasted);
        let names = text(&harness, "decode-pane-with-names");
        click(&mut harness, &names);
        harness.key_press(egui::Key::F11);
        harness.run();
        for word in pasted.split(|c: char| c.is_whitespace() || ",\"';<>=:".contains(c)) {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if (word.contains('@') && word.contains('.')) || has_ipv4(word).is_some() {
                assert!(
                    harness.query_by_label_contains(word).is_none(),
                    "{name}: {word} on the shared screen"
                );
            }
        }
    }
}

#[test]
fn new_session_says_it_clears_the_answers_and_the_paste_in_both_languages() {
    for (language, words) in [
        (Language::EnUs, ["Start here answers", "pasted text"]),
        (Language::ZhCn, ["“从这里开始”的答案", "粘贴的文本"]),
    ] {
        let mut harness = crate::support::app_on_start_here(Setup {
            language: Some(language),
            ..Setup::default()
        });
        answer_triage(&mut harness, "goal", "reset");
        open_decode(&mut harness);
        paste_evidence(&mut harness, &fixture("support-code.txt"));
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
        harness.run();
        for word in words {
            harness.get_by_label_contains(word);
        }
    }
}

//! `decode`, run as the real binary over every fixture of `tests/fixtures/decode/`: the text
//! output against golden files (`UPDATE_GOLDEN=1 cargo test --test cli` rewrites them after a
//! deliberate change; read the diff), exit codes 0/1/2, stdin, `--json` and `--lang zh-CN`.

use std::io::Write;
use std::process::Stdio;

use crate::support::{BIN, cli, command, repo};

/// Every fixture but the binary one, with the languages its golden output is kept in.
const FIXTURES: &[(&str, &[&str])] = &[
    ("graph-value.json", &["en-US", "zh-CN"]),
    ("graph-single.json", &["en-US"]),
    ("graph-truncated.json", &["en-US"]),
    ("graph-lines.jsonl", &["en-US"]),
    ("log-analytics.json", &["en-US"]),
    ("log-analytics.csv", &["en-US"]),
    ("admin-center.csv", &["en-US"]),
    ("admin-center-es.csv", &["en-US"]),
    ("admin-center-it.csv", &["en-US"]),
    ("admin-center-bad-row.csv", &["en-US"]),
    ("event-6329.xml", &["en-US"]),
    ("event-33004.txt", &["en-US"]),
    ("adsync.txt", &["en-US"]),
    ("support-code.txt", &["en-US"]),
    ("reg-query-blockers.txt", &["en-US", "zh-CN"]),
    ("reg-export-blockers.reg", &["en-US"]),
    ("reg-export-clean.reg", &["en-US"]),
    ("free-text.txt", &["en-US"]),
    ("event-zh.txt", &["en-US", "zh-CN"]),
    ("event-utf16le-nobom.txt", &["en-US"]),
];

/// Fixtures with nothing to decode (exit 1), whose golden output says why.
const NOTHING_FIXTURES: &[(&str, &[&str])] = &[
    ("graph-empty.json", &["en-US", "zh-CN"]),
    ("event-truncated.xml", &["en-US", "zh-CN"]),
];

/// Runs the binary with `args`, writing `input` to its stdin.
fn cli_with_stdin(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = command(BIN)
        .args(args)
        .env("RUST_LOG", "off")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn fixture(name: &str) -> String {
    repo(&format!("tests/fixtures/decode/{name}")).display().to_string()
}

#[test]
fn decode_output_matches_the_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut differ = Vec::new();
    let expected_codes = FIXTURES.iter().map(|f| (f, 0)).chain(NOTHING_FIXTURES.iter().map(|f| (f, 1)));
    for ((name, languages), expected_code) in expected_codes {
        for language in *languages {
            let (code, out, err) = cli(&["decode", "--lang", language, &fixture(name)]);
            assert_eq!(code, expected_code, "{name}: exit code\n{out}{err}");
            for private in ["203.0.113.", "198.51.100.", "@contoso.example"] {
                assert!(!out.contains(private), "{name}: the output shows {private}\n{out}");
            }
            let path = repo(&format!("tests/fixtures/decode/golden/{name}.{language}.txt"));
            if update {
                std::fs::write(&path, &out).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1 to create it)", path.display()));
            if expected != out {
                differ.push(format!("{}:\n{out}", path.display()));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "output differs from the golden file (UPDATE_GOLDEN=1 rewrites it):\n{}",
        differ.join("\n")
    );
}

#[test]
fn decode_exit_codes_say_recognised_nothing_and_unreadable() {
    let (code, out, _) = cli(&["decode", "--lang", "en-US", &fixture("graph-value.json")]);
    assert_eq!(code, 0);
    assert!(out.contains("SSPR_0014"), "{out}");
    let (code, out, _) = cli_with_stdin(&["decode", "--lang", "en-US"], b"qqqzzzxxx wwwvvv");
    assert_eq!(code, 1, "free text the search cannot answer is nothing");
    assert!(out.contains("No results"), "{out}");
    let (code, out, _) = cli_with_stdin(&["decode", "--lang", "en-US", "-"], b"  \n");
    assert_eq!(code, 1);
    assert!(out.contains("The paste is empty"), "{out}");
    let (code, out, err) = cli(&["decode", "--lang", "en-US", &fixture("binary.bin")]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.starts_with("sspr-helpdesk: ") && err.contains("binary.bin: This is binary data"),
        "{err}"
    );
    let (code, _, err) = cli(&["decode", "--lang", "en-US", &fixture("no-such-file.json")]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-file.json"), "{err}");
    let (code, _, err) = cli_with_stdin(&["decode", "--lang", "en-US"], b"abc\xffdef");
    assert_eq!(code, 2);
    assert!(err.contains("stdin: This is not UTF-8 text (byte 3)"), "{err}");
}

#[test]
fn decode_reads_stdin_with_a_dash_or_no_file_and_utf16_with_its_bom() {
    let rows = std::fs::read(fixture("admin-center.csv")).unwrap();
    let (code, from_dash, _) = cli_with_stdin(&["decode", "--lang", "en-US", "-"], &rows);
    assert_eq!(code, 0);
    let (_, from_nothing, _) = cli_with_stdin(&["decode", "--lang", "en-US"], &rows);
    let (_, from_file, _) = cli(&["decode", "--lang", "en-US", &fixture("admin-center.csv")]);
    assert_eq!(from_dash, from_file);
    assert_eq!(from_nothing, from_file);
    assert!(from_file.contains("Audit log rows (CSV)"), "{from_file}");
    let utf16 = std::fs::read(fixture("reg-export-clean.reg")).unwrap();
    assert_eq!(utf16[..2], [0xFF, 0xFE], "the fixture is UTF-16 LE as reg export writes it");
    let (code, out, _) = cli_with_stdin(&["decode", "--lang", "en-US"], &utf16);
    assert_eq!(code, 0);
    assert!(out.contains("No blocker found in what was pasted."), "{out}");
}

#[test]
fn decode_json_has_records_timelines_and_ticket_lines_but_no_ips_or_names() {
    let (code, out, _) = cli(&["decode", "--json", "--lang", "en-US", &fixture("graph-value.json")]);
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["kind"], "audit-json");
    assert_eq!(report["recognised"], true);
    assert_eq!(report["records"].as_array().unwrap().len(), 5);
    let timelines = report["timelines"].as_array().unwrap();
    assert_eq!(timelines.len(), 2);
    assert_eq!(timelines[0]["outcome"], "abandoned");
    assert_eq!(timelines[0]["records"], serde_json::json!([0, 1, 2, 3]));
    assert_eq!(timelines[1]["outcome"], "failed");
    let line = timelines[1]["ticket_line"].as_str().unwrap();
    assert!(line.starts_with("Decoded: Failed: SSPR_0014"), "{line}");
    assert!(
        line.ends_with("correlation ID 6f1d2c3b-1a2b-4c3d-8e4f-0000000000b2, 2026-11-30 09:02:15 UTC"),
        "{line}"
    );
    for private in ["203.0.113.", "198.51.100.", "@contoso.example"] {
        assert!(!out.contains(private), "{private} in the JSON");
    }
    let (code, out, _) = cli(&["decode", "--json", "--lang", "en-US", &fixture("graph-truncated.json")]);
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["records"].as_array().unwrap().len(), 2);
    assert_eq!(report["problems"][0]["kind"], "json");
    assert!(report["problems"][0]["line"].as_u64().unwrap() > 1);
    let (code, out, _) = cli(&["decode", "--json", "--lang", "en-US", &fixture("reg-query-blockers.txt")]);
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let blockers = report["registry"]["blockers"].as_array().unwrap();
    assert_eq!(blockers[0]["entry"], "win-last-user-name-hidden");
    assert_eq!(blockers[0]["rule"], serde_json::json!({"rule": "equals", "value": 1}));
}

#[test]
fn decode_speaks_chinese_with_lang_zh_cn() {
    let (code, out, _) = cli(&["decode", "--lang", "zh-CN", &fixture("support-code.txt")]);
    assert_eq!(code, 0);
    assert!(out.starts_with("识别为：支持代码或关联 ID"), "{out}");
    assert!(
        out.contains("已解码：支持代码，关联 ID 6f1d2c3b-1a2b-4c3d-8e4f-00000000c0de，2026-11-30 14:22:10 UTC"),
        "{out}"
    );
    assert!(!out.contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn decode_reads_an_event_copied_from_a_chinese_windows_by_its_id_not_its_source() {
    let (code, out, _) = cli(&["decode", "--lang", "en-US", &fixture("event-zh.txt")]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Recognised as: Windows event (text)"), "{out}");
    assert!(out.contains("33004"), "{out}");
    assert!(!out.contains("event-31044"), "the source name alone must not map: {out}");
    let (_, json, _) = cli(&["decode", "--json", &fixture("event-zh.txt")]);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["kind"], "event-text");
    assert_eq!(report["events"][0]["event_id"], 33004, "{report}");
}

#[test]
fn decode_points_at_where_truncated_xml_breaks_in_words_of_the_chosen_language() {
    let (code, out, _) = cli(&["decode", "--lang", "en-US", &fixture("event-truncated.xml")]);
    assert_eq!(code, 1);
    assert!(out.contains("line 13, column 32: the XML ends or breaks here"), "{out}");
    let (_, out, _) = cli(&["decode", "--lang", "zh-CN", &fixture("event-truncated.xml")]);
    assert!(out.contains("XML 在此处结束或中断"), "{out}");
    assert!(out.contains("第 13 行") && out.contains("32"), "{out}");
    assert!(
        !out.contains("unexpected") && !out.contains("end of stream"),
        "no English parser message: {out}"
    );
}

#[test]
fn decode_says_an_empty_graph_export_holds_no_entries() {
    for (language, words) in [
        ("en-US", "The export holds no audit entries"),
        ("zh-CN", "此导出中没有审核日志条目"),
    ] {
        let (code, out, _) = cli(&["decode", "--lang", language, &fixture("graph-empty.json")]);
        assert_eq!(code, 1, "nothing to decode");
        assert!(out.contains(words), "{out}");
        assert!(!out.contains("Nothing in the paste") && !out.contains("没有可以解码"), "{out}");
    }
}

#[test]
fn decode_searches_only_the_first_line_of_long_unknown_text_and_says_so() {
    let mut noise = String::new();
    let mut seed = 11u64;
    while noise.len() < 64 * 1024 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let c = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[(seed >> 58) as usize];
        noise.push(char::from(c));
        if noise.len() % 76 == 75 {
            noise.push('\n');
        }
    }
    let (_, out, _) = cli_with_stdin(&["decode", "--lang", "en-US"], noise.as_bytes());
    assert!(out.contains("No known format found; only the first line was searched"), "{out}");
    let query_line = out.lines().find(|l| l.contains("searching for:")).unwrap_or_default();
    assert!(query_line.len() < 300, "a short query: {query_line}");
}

#[test]
fn decode_of_a_folder_says_so_in_the_chosen_language() {
    let folder = repo("tests/fixtures/decode").display().to_string();
    let (code, out, err) = cli(&["decode", "--lang", "en-US", &folder]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("is a folder, not a file"), "{err}");
    assert!(!err.contains("Is a directory"), "{err}");
    let (code, _, err) = cli(&["decode", "--lang", "zh-CN", &folder]);
    assert_eq!(code, 2);
    assert!(err.contains("是文件夹，不是文件"), "{err}");
}

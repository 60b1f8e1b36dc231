//! Search over the shipped content: codes in every form, Chinese, typos, ranking, the real
//! public cases, and the `search` / `lookup` command line.

use std::process::Command;

use serde::Deserialize;
use sspr_helpdesk::commands::Content;
use sspr_helpdesk::i18n::Language;
use sspr_helpdesk::search::{Target, lookup, target_text};

fn content() -> Content {
    Content::builtin(Language::EnUs)
}

/// Both languages' full text of a result.
fn both_texts(content: &Content, target: &Target) -> String {
    let en = target_text(&content.playbook, &content.loc, Language::EnUs, target);
    let zh = target_text(&content.playbook, &content.loc, Language::ZhCn, target);
    format!("{en}\n{zh}")
}

#[test]
fn every_code_form_finds_its_entry_first() {
    let content = content();
    let cases = [
        ("SSPR_0029", "SSPR_0029"),
        ("sspr 29", "SSPR_0029"),
        ("0029", "SSPR_0029"),
        ("SSPR_009", "SSPR_009"),
        ("SSPR_0013", "SSPR_0013"),
        ("event 33004", "33004"),
        ("33004", "33004"),
        ("8023062C", "8023062C"),
        ("0x8023062c", "8023062C"),
        ("event 31034", "31034"),
    ];
    for (query, code) in cases {
        let entry = lookup(&content.playbook, code).unwrap_or_else(|| panic!("no entry has code {code}"));
        let results = content.corpus.search(query, 5);
        assert_eq!(
            results.first().map(|r| &r.target),
            Some(&Target::Entry(entry.id.clone())),
            "{query}: {results:#?}"
        );
    }
}

#[test]
fn an_exact_code_ranks_above_steps_that_mention_it() {
    let content = content();
    let results = content.corpus.search("SSPR_0029", 10);
    assert!(matches!(results[0].target, Target::Entry(_)));
    let mentions: Vec<_> = results
        .iter()
        .skip(1)
        .filter(|r| both_texts(&content, &r.target).contains("SSPR_0029"))
        .collect();
    assert!(!mentions.is_empty(), "steps that mention SSPR_0029 are found too");
    assert!(results[0].score > mentions[0].score * 2.0);
}

#[test]
fn chinese_queries_find_results_while_the_ui_is_english() {
    let content = content();
    for (query, must_contain) in [
        ("收不到验证码", "验证码"),
        ("密码写回失败", "写回"),
        ("管理员不能使用安全问题", "安全问题"),
    ] {
        let results = content.corpus.search(query, 3);
        assert!(!results.is_empty(), "{query}");
        assert!(
            results.iter().any(|r| both_texts(&content, &r.target).contains(must_contain)),
            "{query}: {:?}",
            results.iter().map(|r| r.target.id()).collect::<Vec<_>>()
        );
    }
    // And English queries while the UI is Chinese.
    let zh = Content::builtin(Language::ZhCn);
    assert!(!zh.corpus.search("verification code never arrives", 3).is_empty());
}

#[test]
fn typos_and_spelling_variants_still_find_the_topic() {
    let content = content();
    for (query, topic) in [
        ("writebak", "writeback"),
        ("pasword writeback", "writeback"),
        ("licence", "license"),
        ("license", "license"),
        ("regsitration", "regist"),
    ] {
        let results = content.corpus.search(query, 3);
        assert!(
            results
                .iter()
                .any(|r| both_texts(&content, &r.target).to_lowercase().contains(topic)),
            "{query}: {:?}",
            results.iter().map(|r| r.target.id()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn natural_language_symptoms_find_the_right_topic() {
    let content = content();
    let cases = [
        ("I never get the verification text message", ["sms", "text"].as_slice()),
        ("reset works but the on-prem password is unchanged", ["writeback"].as_slice()),
        ("重置成功了但是公司电脑上还是旧密码", ["写回"].as_slice()),
    ];
    for (query, any_of) in cases {
        let results = content.corpus.search(query, 3);
        assert!(
            results.iter().any(|r| {
                let text = both_texts(&content, &r.target).to_lowercase();
                any_of.iter().any(|t| text.contains(t))
            }),
            "{query}: {:?}",
            results.iter().map(|r| r.target.id()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_message_a_user_reads_out_finds_its_code_first() {
    let content = content();
    // What the reset portal says for SSPR_0013, as users read it out (fact sheet §error codes).
    for query in ["your account is not set up for password reset", "account isn't set up for reset"] {
        let results = content.corpus.search(query, 3);
        assert_eq!(
            results.first().map(|r| r.target.id()),
            Some("sspr-0013"),
            "{query}: {:?}",
            results.iter().map(|r| r.target.id()).collect::<Vec<_>>()
        );
    }
}

#[derive(Deserialize)]
struct Case {
    id: String,
    symptom: String,
    symptom_zh: Option<String>,
    expected_terms: Vec<String>,
}

#[test]
fn every_real_public_case_finds_a_matching_result_in_the_top_three() {
    let content = content();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cases.json")).unwrap();
    let cases: Vec<Case> = serde_json::from_str(&text).unwrap();
    assert_eq!(cases.len(), 42);
    let mut failures = Vec::new();
    for case in &cases {
        for query in std::iter::once(&case.symptom).chain(case.symptom_zh.iter()) {
            let results = content.corpus.search(query, 3);
            let needed = case.expected_terms.len().div_ceil(2);
            let best = results
                .iter()
                .map(|r| {
                    let text = both_texts(&content, &r.target).to_lowercase();
                    case.expected_terms.iter().filter(|t| text.contains(&t.to_lowercase())).count()
                })
                .max()
                .unwrap_or(0);
            if best < needed {
                failures.push(format!(
                    "{} ({query}): best top-3 result has {best}/{} of {:?}; got {:?}",
                    case.id,
                    case.expected_terms.len(),
                    case.expected_terms,
                    results.iter().map(|r| r.target.id()).collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_catalogue_entry_has_both_languages_and_an_allowed_source() {
    let content = content();
    assert!(content.playbook.catalogue().len() >= 60, "{}", content.playbook.catalogue().len());
    for entry in content.playbook.catalogue() {
        let source = entry.source.as_ref().unwrap_or_else(|| panic!("{} has no source", entry.id));
        let link = content.playbook.link(source).unwrap();
        assert!(link.url.as_str().starts_with("https://"));
        for language in Language::ALL {
            for attribute in ["symptom", "causes", "fix"] {
                assert!(
                    content.loc.has(language, &entry.id.message_id(), Some(attribute)),
                    "{} {language} .{attribute}",
                    entry.id
                );
            }
        }
    }
}

#[expect(clippy::disallowed_methods, reason = "the test runs our own binary, never anything from content")]
fn cli(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_sspr-helpdesk"))
        .args(args)
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn cli_search_prints_ranked_results_and_exits_0() {
    let (code, out, _) = cli(&["search", "--lang", "en-US", "SSPR_0029"]);
    assert_eq!(code, 0);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with(" 1. [entry] SSPR_0029"), "{out}");
    let (code, out, _) = cli(&["search", "--lang", "zh-CN", "收不到验证码"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("验证码"), "{out}");
}

#[test]
fn cli_search_json_has_the_documented_shape() {
    let (code, out, _) = cli(&["search", "--json", "--limit", "2", "--lang", "zh-CN", "writeback"]);
    assert_eq!(code, 0);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(rows.len(), 2);
    for row in rows {
        let object = row.as_object().unwrap();
        let keys: Vec<&str> = object.keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 6, "{keys:?}");
        for key in ["id", "kind", "title", "category", "score", "text"] {
            assert!(object.contains_key(key), "{key}");
        }
        assert!(["step", "entry"].contains(&object["kind"].as_str().unwrap()));
        assert!(object["score"].as_f64().unwrap() > 0.0);
        let text = object["text"].as_str().unwrap();
        assert!(
            text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "text is in the chosen language"
        );
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
    }
}

#[test]
fn cli_exit_codes_say_found_not_found_and_bad_arguments() {
    let (code, out, _) = cli(&["search", "--lang", "en-US", "qqqzzzxxx"]);
    assert_eq!(code, 1);
    assert!(out.contains("No results"), "{out}");
    let (code, _, err) = cli(&["search", "--limit", "zero", "x"]);
    assert_eq!(code, 2);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.starts_with("sspr-helpdesk: "), "{err}");
    let (code, _, err) = cli(&["frobnicate"]);
    assert_eq!(code, 2, "{err}");
    let (code, out, _) = cli(&["lookup", "--lang", "en-US", "0x8023062c"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("8023062C"), "{out}");
    assert!(out.contains("https://learn.microsoft.com/"), "{out}");
    let (code, out, _) = cli(&["lookup", "--lang", "en-US", "SSPR_9999"]);
    assert_eq!(code, 1);
    assert!(out.contains("No catalogue entry"), "{out}");
}

#[test]
fn lookup_lists_every_entry_that_shares_a_code_and_knows_bare_digits() {
    let (code, out, _) = cli(&["lookup", "--lang", "en-US", "6329"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("4 catalogue entries have the code “6329”"), "{out}");
    assert!(out.contains("adsync-6329-access-denied"), "{out}");
    let (code, out, _) = cli(&["lookup", "--lang", "en-US", "0029"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("SSPR_0029"), "{out}");
}

#[test]
fn cli_refuses_an_empty_query_and_names_a_missing_argument() {
    let (code, _, err) = cli(&["search", "  "]);
    assert_eq!(code, 2);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    let (code, _, err) = cli(&["lookup"]);
    assert_eq!(code, 2);
    assert!(err.contains("<CODE>"), "{err}");
    let (code, out, _) = cli(&["search", "--lang", "zh", "收不到验证码"]);
    assert_eq!(code, 0);
    assert!(out.contains("（类别："), "Chinese output uses Chinese punctuation: {out}");
}

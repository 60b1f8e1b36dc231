//! Search over the shipped content: codes in every form, Chinese, typos, ranking, the real
//! public cases. The `search` / `lookup` command line is tested in `tests/cli/search.rs`.

use serde::Deserialize;
use sspr_helpdesk::commands::Searchable;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::search::{Target, lookup, target_text};

fn content() -> Searchable {
    Searchable::builtin(Language::EnUs)
}

/// Both languages' full text of a result.
fn both_texts(content: &Searchable, target: &Target) -> String {
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
    let zh = Searchable::builtin(Language::ZhCn);
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
    assert_eq!(cases.len(), 44);
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

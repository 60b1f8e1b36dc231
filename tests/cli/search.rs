//! The `search`, `lookup` and `ids` commands, run as the real binary: ranked results, JSON,
//! exit codes, and the errors for an empty or missing query.

use crate::support::cli;

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

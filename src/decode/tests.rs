//! Unit tests of [`super::decode`] over every kind of paste.

use super::*;

fn playbook() -> &'static Playbook {
    &Playbook::shared_builtin().0
}

#[test]
fn each_kind_of_paste_is_recognised() {
    let cases = [
        (
            r#"{"activityDisplayName": "Reset password (self-service)", "result": "success"}"#,
            InputKind::AuditJson,
        ),
        (
            "Activity,Result,ResultReason\nReset password (self-service),failure,x\n",
            InputKind::AuditCsv,
        ),
        ("<Event><System><EventID>33004</EventID></System></Event>", InputKind::EventXml),
        (
            "Log Name: Application\nSource: PasswordResetService\nEvent ID: 31044\n",
            InputKind::EventText,
        ),
        (
            "ERR_: MMS(5084): admaexport.cpp(2944): Error Code: ERROR_ACCESS_DENIED",
            InputKind::AdSyncLog,
        ),
        ("{6F1D2C3B-1A2B-4C3D-8E4F-000000000001}", InputKind::SupportCode),
        (
            "HKLM\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount\n    AllowPasswordReset    REG_DWORD    0x1",
            InputKind::Registry,
        ),
        ("the caller never gets the text message", InputKind::FreeText),
        ("[note] user can't reset", InputKind::FreeText),
    ];
    for (text, kind) in cases {
        let decoded = decode(text, playbook()).unwrap();
        assert_eq!(decoded.kind, kind, "{text}");
        assert_eq!(decoded.recognised(), kind != InputKind::FreeText, "{text}");
        if kind == InputKind::FreeText {
            assert!(
                decoded.problems.is_empty(),
                "a declined reader leaves no problems: {:?}",
                decoded.problems
            );
        }
    }
    assert_eq!(decode("  \n ", playbook()), Err(Refused::Empty));
    assert!(matches!(decode("ab\0cd", playbook()), Err(Refused::Binary { offset: 2 })));
}

#[test]
fn rows_map_by_reason_first_then_activity() {
    let decoded = decode(
        "Activity,Result,ResultReason\nReset password (self-service),failure,\"User's account has insufficient authentication methods defined. Add authentication info to resolve this \"\nUnlock user account (self-service),success,\n",
        playbook(),
    )
    .unwrap();
    let by_reason = playbook()
        .entry_for_audit("User's account has insufficient authentication methods defined. Add authentication info to resolve this");
    assert_eq!(decoded.records[0].entry.as_ref(), by_reason.map(|e| &e.id));
    assert_eq!(decoded.records[0].verdict, Verdict::Failed);
    let by_activity = playbook().entry_for_audit("Unlock user account (self-service)");
    assert_eq!(decoded.records[1].entry.as_ref(), by_activity.map(|e| &e.id));
}

#[test]
fn every_documented_audit_string_decodes_to_an_entry_with_words_in_both_languages() {
    let file: toml::Table = toml::from_str(include_str!("../../tests/fixtures/audit-strings.toml")).unwrap();
    let (loc, _) = crate::i18n::Localizer::builtin(crate::model::language::Language::EnUs);
    let mut count = 0;
    for (list, strings) in &file {
        for text in strings.as_array().unwrap().iter().filter_map(|v| v.as_str()) {
            let quoted = text.replace('"', "\"\"");
            let csv = if list == "activities" {
                format!("Activity,Result,ResultReason\n\"{quoted}\",success,\n")
            } else {
                format!("Activity,Result,ResultReason\nSomething else,failure,\"{quoted}\"\n")
            };
            let decoded = decode(&csv, playbook()).unwrap();
            let entry = decoded.records[0].entry.clone();
            assert!(entry.is_some(), "{list}: \"{text}\" decodes to no entry");
            assert_eq!(entry.as_ref(), playbook().entry_for_audit(text).map(|e| &e.id), "{text}");
            let id = entry.map(|e| e.message_id()).unwrap_or_default();
            for language in crate::model::language::Language::ALL {
                assert!(loc.has(language, &id, None), "{id} has no {language:?} title");
            }
            count += 1;
        }
    }
    assert!(count > 60, "read {count} strings");
}

#[test]
fn the_decoder_words_have_glyphs_in_the_bundled_fonts() {
    let glyphs = crate::i18n::glyphs::GlyphCoverage::bundled();
    for text in [
        include_str!("../../locales/en-US/decode.ftl"),
        include_str!("../../locales/zh-CN/decode.ftl"),
    ] {
        let missing: String = text.chars().filter(|c| !c.is_control() && !glyphs.covers(*c)).collect();
        assert!(missing.is_empty(), "no glyph for {missing:?}");
    }
}

#[test]
fn long_free_text_hands_on_a_short_query_and_says_so() {
    let noise: String = (0..40_000u32)
        .map(|n| if n % 97 == 96 { ' ' } else { char::from(b'a' + (n % 26) as u8) })
        .collect();
    let text = format!("{noise}\nsecond line");
    let decoded = decode(&text, playbook()).unwrap();
    assert_eq!(decoded.kind, InputKind::FreeText);
    let query = decoded.search_query.unwrap_or_default();
    assert!(!query.is_empty() && query.len() <= MAX_QUERY_BYTES, "{} bytes", query.len());
    assert!(noise.starts_with(&query), "cut at a word of the first line: {query}");
    assert!(noise[query.len()..].starts_with(' '), "cut at a word, not inside one");
    assert_eq!(decoded.notes, [Note::FirstLineOnly]);

    let one_word = "x".repeat(10_000);
    let decoded = decode(&one_word, playbook()).unwrap();
    assert_eq!(decoded.search_query.map(|q| q.len()), Some(MAX_QUERY_BYTES));

    let short = decode("user can't reset\nsecond line of the question", playbook()).unwrap();
    assert_eq!(short.search_query.as_deref(), Some("user can't reset"));
    assert!(short.notes.is_empty());
}

#[test]
fn a_graph_export_with_no_entries_says_so() {
    let decoded = decode(include_str!("../../tests/fixtures/decode/graph-empty.json"), playbook()).unwrap();
    assert_eq!(decoded.kind, InputKind::AuditJson);
    assert!(decoded.records.is_empty() && decoded.problems.is_empty());
    assert_eq!(decoded.notes, [Note::EmptyExport]);
    let one = decode(
        r#"{"value": [{"activityDisplayName": "Reset password (self-service)"}]}"#,
        playbook(),
    )
    .unwrap();
    assert!(one.notes.is_empty());
}

#[test]
fn odd_pastes_never_panic() {
    let pieces = [
        "{",
        "[",
        "]",
        "}",
        "\"",
        "\\",
        ",",
        "\n",
        "\r\n",
        "<Event",
        "</Event>",
        "Event ID:",
        "HKLM\\",
        "REG_DWORD",
        "0x",
        "\"value\":",
        "文",
        "é",
        ";",
        "\t",
        "[HKEY_LOCAL_MACHINE\\X]",
        "\"a\"=dword:",
        "Description:",
        "MMS(",
        "{6f1d2c3b",
    ];
    let mut seed = 7u64;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..(seed % 12) {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        let _ = decode(&text, playbook());
    }
}

//! The Entra audit log (`tests/fixtures/audit-strings.toml`, copied from design note B.2): every
//! SSPR activity and every documented or still-returned status reason leads to a catalogue entry
//! that has words in both languages, and the strings no current Microsoft page documents lead to
//! entries marked uncertain.

use serde::Deserialize;
use sspr_helpdesk::i18n::Localizer;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::Playbook;

use super::repo;

#[derive(Deserialize)]
struct AuditStrings {
    activities: Vec<String>,
    current_reasons: Vec<String>,
    documented_reasons: Vec<String>,
    observed: Vec<String>,
    variants: Vec<[String; 2]>,
}

fn audit_strings() -> AuditStrings {
    let text = std::fs::read_to_string(repo("tests/fixtures/audit-strings.toml")).unwrap();
    toml::from_str(&text).unwrap()
}

#[test]
fn the_fixture_holds_every_string_of_the_design_note() {
    let strings = audit_strings();
    // 8 activities; the 2017 table's 36 rows, plus the older revision's "cancelled" spelling and
    // the second rendering of the tenant-disabled link (38); 15 strings seen in public queries
    // and 8 combined-registration activities (24).
    assert_eq!(strings.activities.len(), 8);
    assert_eq!(strings.documented_reasons.len(), 38);
    assert_eq!(strings.observed.len(), 23);
}

#[test]
fn every_audit_activity_and_status_reason_explains_itself_in_both_languages() {
    let (playbook, diagnostics) = Playbook::builtin();
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let (loc, _) = Localizer::builtin(Language::EnUs);
    let strings = audit_strings();
    let all = strings
        .activities
        .iter()
        .chain(&strings.current_reasons)
        .chain(&strings.documented_reasons)
        .chain(&strings.observed);
    let mut problems = Vec::new();
    for text in all {
        let Some(entry) = playbook.entry_for_audit(text) else {
            problems.push(format!("no entry claims \"{text}\""));
            continue;
        };
        let id = entry.id.message_id();
        for language in Language::ALL {
            for attribute in ["symptom", "causes", "fix"] {
                let words = loc.attribute_in(language, &id, attribute).unwrap_or_default();
                if words.trim().len() < 20 {
                    problems.push(format!("\"{text}\" → {id}.{attribute} has no words in {}", language.tag()));
                }
            }
            if !loc.has(language, &id, None) {
                problems.push(format!("\"{text}\" → {id} has no title in {}", language.tag()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn strings_no_current_microsoft_page_documents_lead_to_uncertain_entries() {
    let (playbook, _) = Playbook::builtin();
    let strings = audit_strings();
    let certain: Vec<String> = strings
        .observed
        .iter()
        .filter(|text| playbook.entry_for_audit(text).is_some_and(|e| !e.uncertain))
        .map(|text| {
            format!(
                "\"{text}\" → {}",
                playbook.entry_for_audit(text).map(|e| e.id.to_string()).unwrap_or_default()
            )
        })
        .collect();
    assert!(
        certain.is_empty(),
        "observed only, but the entry is not uncertain:\n{}",
        certain.join("\n")
    );
}

#[test]
fn the_log_s_own_spelling_of_a_documented_string_finds_the_same_entry() {
    let (playbook, _) = Playbook::builtin();
    for [as_logged, documented] in audit_strings().variants {
        let logged = playbook.entry_for_audit(&as_logged).map(|e| e.id.to_string());
        assert!(logged.is_some(), "\"{as_logged}\" finds no entry");
        assert_eq!(
            logged,
            playbook.entry_for_audit(&documented).map(|e| e.id.to_string()),
            "\"{as_logged}\""
        );
    }
}

#[test]
fn the_blocked_rows_show_the_24_hours_against_one_hour_discrepancy_as_uncertain() {
    let (playbook, _) = Playbook::builtin();
    let (loc, _) = Localizer::builtin(Language::EnUs);
    let entry = playbook
        .entry_for_audit("User tried to verify a phone number too many times and is blocked for 24 hours")
        .unwrap();
    assert!(entry.uncertain, "{}", entry.id);
    let note = loc.attribute_in(Language::EnUs, &entry.id.message_id(), "uncertain").unwrap();
    assert!(note.contains("24 hours") && note.contains("one hour"), "{note}");
    let note = loc.attribute_in(Language::ZhCn, &entry.id.message_id(), "uncertain").unwrap();
    assert!(note.contains("24 小时") && note.contains("1 小时"), "{note}");
}

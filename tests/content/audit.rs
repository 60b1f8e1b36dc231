//! The content audit of 2026-12-06 (`tests/fixtures/audit-findings.toml`): every finding is
//! listed once, with its source, and is carried by steps, catalogue entries or links that exist;
//! and the wrong zh-CN wording of the D findings stays gone.

use std::collections::BTreeSet;

use serde::Deserialize;
use sspr_helpdesk::i18n::loading::LOCALE_FILES;
use sspr_helpdesk::model::playbook::Playbook;

use super::repo;

#[derive(Deserialize)]
struct Findings {
    finding: Vec<Finding>,
}

#[derive(Deserialize)]
struct Finding {
    id: String,
    summary: String,
    source: Vec<String>,
    carried_by: Vec<String>,
}

fn findings() -> Vec<Finding> {
    let text = std::fs::read_to_string(repo("tests/fixtures/audit-findings.toml")).unwrap();
    toml::from_str::<Findings>(&text).unwrap().finding
}

/// A1–A8, B1–B8, C1–C12, D1–D8: the audit's sections and their sizes.
fn audit_ids() -> Vec<String> {
    [('A', 8), ('B', 8), ('C', 12), ('D', 8)]
        .into_iter()
        .flat_map(|(section, count)| (1..=count).map(move |n| format!("{section}{n}")))
        .collect()
}

/// Every step, catalogue entry and link id of the built-in playbook.
fn known_ids() -> BTreeSet<String> {
    let (playbook, _) = Playbook::builtin();
    let mut ids: BTreeSet<String> = playbook.steps().map(|s| s.id.as_str().to_owned()).collect();
    ids.extend(playbook.catalogue().iter().map(|e| e.id.as_str().to_owned()));
    ids.extend(playbook.links().map(|l| l.id.as_str().to_owned()));
    ids
}

#[test]
fn every_audit_finding_is_listed_once_with_a_source_and_existing_carriers() {
    let findings = findings();
    let mut problems = Vec::new();
    for id in audit_ids() {
        let count = findings.iter().filter(|f| f.id == id).count();
        if count != 1 {
            problems.push(format!("{id}: listed {count} times, expected once"));
        }
    }
    let expected: BTreeSet<String> = audit_ids().into_iter().collect();
    let known = known_ids();
    for finding in &findings {
        if !expected.contains(&finding.id) {
            problems.push(format!("{}: not a finding of the audit", finding.id));
        }
        if finding.summary.trim().is_empty() {
            problems.push(format!("{}: no summary", finding.id));
        }
        if finding.source.is_empty() || finding.source.iter().any(|s| s.trim().is_empty()) {
            problems.push(format!("{}: no source", finding.id));
        }
        for carrier in &finding.carried_by {
            if !known.contains(carrier) {
                problems.push(format!("{}: carried by {carrier:?}, which is no step, entry or link", finding.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Fails while the C findings (new steps from the content-new branch) are not merged yet.
#[test]
fn every_audit_finding_is_carried_by_at_least_one_step_entry_or_link() {
    let empty: Vec<String> = findings().into_iter().filter(|f| f.carried_by.is_empty()).map(|f| f.id).collect();
    assert!(
        empty.is_empty(),
        "findings not carried by any step, entry or link yet: {}",
        empty.join(", ")
    );
}

/// Each zh-CN `.ftl` file as (file name, text).
fn zh_files() -> Vec<(&'static str, String)> {
    LOCALE_FILES
        .iter()
        .map(|file| (*file, std::fs::read_to_string(repo(&format!("locales/zh-CN/{file}"))).unwrap()))
        .collect()
}

/// The text of message `id` (its value and attributes) in a Fluent file, if it is there.
fn message_block<'a>(text: &'a str, id: &str) -> Option<Vec<&'a str>> {
    let mut lines = text.lines();
    let value = lines
        .by_ref()
        .find(|l| !l.starts_with(' ') && l.split_once('=').is_some_and(|(name, _)| name.trim() == id))?;
    let mut block = vec![value];
    for line in lines {
        if !line.is_empty() && !line.starts_with(' ') {
            break;
        }
        block.push(line);
    }
    Some(block)
}

#[test]
fn the_wrong_zh_cn_wording_of_the_d_findings_is_gone() {
    let files = zh_files();
    let mut problems = Vec::new();
    // (wrong text, right text, finding) that must appear on no line of any zh-CN file.
    let banned = [
        ("混合管理员", "混合标识管理员", "D2"),
        ("混合加入", "Microsoft Entra 混合联接", "D4"),
        ("Microsoft 问答", "Microsoft Q&A", "D6"),
        ("主控位置", "权威来源", "D7"),
        ("正常迹象", "表示正常", "D8"),
    ];
    // (English or old name, the Chinese name that must stand on the same line, finding).
    let glossed = [
        ("Pre-Windows 2000 Compatible Access", "Windows 2000 以前版本兼容的访问", "D3"),
        ("需要智能卡", "需要 Windows Hello 企业版或智能卡", "D5"),
    ];
    for (file, text) in &files {
        for (number, line) in text.lines().enumerate() {
            for (wrong, right, finding) in banned {
                if line.contains(wrong) {
                    problems.push(format!("locales/zh-CN/{file}:{}: {finding}: {wrong} → {right}", number + 1));
                }
            }
            for (name, chinese, finding) in glossed {
                if line.contains(name) && !line.contains(chinese) {
                    problems.push(format!(
                        "locales/zh-CN/{file}:{}: {finding}: {name} without “{chinese}”",
                        number + 1
                    ));
                }
            }
        }
    }
    // D1: in the messages the audit names (the finding's carriers), 登记 ("onboarding") must not
    // stand for "registered / on file".
    let d1 = findings().into_iter().find(|f| f.id == "D1").unwrap();
    for carrier in &d1.carried_by {
        let ids = [format!("step-{carrier}"), format!("entry-{carrier}")];
        let block = files
            .iter()
            .find_map(|(file, text)| ids.iter().find_map(|id| message_block(text, id)).map(|b| (file, b)));
        match block {
            Some((file, lines)) if lines.iter().any(|l| l.contains("登记")) => {
                problems.push(format!("locales/zh-CN/{file}: {carrier}: D1: 登记 → 注册 / 目录中的"));
            }
            Some(_) => {}
            None => problems.push(format!("D1: no zh-CN message for {carrier}")),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

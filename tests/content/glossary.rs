//! The translators' glossary `locales/zh-CN/GLOSSARY.md` is the list the zh-CN text follows:
//! this test parses its tables and fails on every zh-CN `.ftl` line that uses a banned variant.

use sspr_helpdesk::i18n::loading::LOCALE_FILES;

use super::{NOT_OFFICIAL_ZH, repo};

/// One row of the glossary: the right forms and the banned variants.
struct Term {
    english: String,
    right: Vec<String>,
    banned: Vec<String>,
}

/// The rows of every table in GLOSSARY.md (header and separator rows skipped).
fn glossary() -> Vec<Term> {
    let text = std::fs::read_to_string(repo("locales/zh-CN/GLOSSARY.md")).unwrap();
    let mut terms = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        assert_eq!(cells.len(), 4, "GLOSSARY.md: a table row needs 4 cells: {line}");
        if cells[0] == "English term" || cells.iter().all(|c| c.chars().all(|ch| ch == '-' || ch == ':')) {
            continue;
        }
        let list = |cell: &str, separator: &str| -> Vec<String> {
            cell.split(separator)
                .map(|s| s.trim().trim_matches('`').to_owned())
                .filter(|s| !s.is_empty() && s != "—")
                .collect()
        };
        terms.push(Term {
            english: cells[0].to_owned(),
            right: list(cells[1], " / "),
            banned: list(cells[2], ","),
        });
    }
    terms
}

/// The bans of the before-stop hook, section 5 (`../shared/hooks/before-stop`, copied on
/// 2026-12-06): the glossary must hold each of them.
const HOOK_BANS: [&str; 12] = [
    "双网关",
    "账户",
    "入口网站",
    "群组",
    "内部部署",
    "传递身份验证",
    "帮助台管理员",
    "混合身份管理员",
    "全局阅读者",
    "登出",
    "凭证",
    "信息亭",
];

#[test]
fn the_glossary_holds_every_known_ban_and_its_right_terms() {
    let terms = glossary();
    assert!(terms.len() >= 30, "GLOSSARY.md has only {} rows: is the table broken?", terms.len());
    let banned: Vec<&str> = terms.iter().flat_map(|t| t.banned.iter().map(String::as_str)).collect();
    let mut missing: Vec<&str> = HOOK_BANS
        .iter()
        .copied()
        .chain(NOT_OFFICIAL_ZH.iter().map(|(wrong, _)| *wrong))
        .filter(|wrong| !banned.contains(wrong))
        .collect();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "GLOSSARY.md lacks these banned variants: {}",
        missing.join(", ")
    );
    for term in &terms {
        assert!(!term.right.is_empty(), "GLOSSARY.md: {} has no zh-CN term", term.english);
        for wrong in &term.banned {
            assert!(
                !term.right.iter().any(|right| right == wrong),
                "GLOSSARY.md: {} bans its own term {wrong}",
                term.english
            );
        }
    }
    for required in [
        "passkey (FIDO2)",
        "Temporary Access Pass (TAP)",
        "Authentication methods policy",
        "registration campaign",
        "Microsoft Entra Cloud Sync",
        "Account Recovery (Microsoft Entra)",
        "customer-managed telecom provider",
    ] {
        assert!(terms.iter().any(|t| t.english == required), "GLOSSARY.md has no row for {required}");
    }
}

#[test]
fn zh_cn_uses_no_variant_the_glossary_bans() {
    let terms = glossary();
    let mut problems = Vec::new();
    for file in LOCALE_FILES {
        let path = format!("locales/zh-CN/{file}");
        let text = std::fs::read_to_string(repo(&path)).unwrap();
        for (number, line) in text.lines().enumerate() {
            for term in &terms {
                // The right term may contain a banned variant (验证方法 in 身份验证方法): take it out first.
                let rest = term
                    .right
                    .iter()
                    .fold(line.to_owned(), |rest, right| rest.replace(right.as_str(), " "));
                for wrong in &term.banned {
                    if rest.contains(wrong.as_str()) {
                        problems.push(format!(
                            "{path}:{}: {wrong} → {} ({})",
                            number + 1,
                            term.right.join(" / "),
                            term.english
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

//! The shipped content, checked like code (and, in `search.rs`, searched): the playbook loads clean, every `.ftl` parses, the
//! two locales have the same messages, attributes and variables, every link is https on the
//! allow-list, every seed point still has its step, broken inputs are reported with file and
//! line, the zh-CN text uses Microsoft's official terms, and no layer imports one above it.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on broken fixtures, which is the point")]

mod audit;
mod audit_log;
mod glossary;
mod layers;
mod search;
mod summary;
mod triage;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;
use serde::Deserialize;
use sspr_helpdesk::i18n::loading::{LOCALE_FILES, builtin_sources};
use sspr_helpdesk::i18n::{Localizer, pattern_variables};
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::diagnostic::Severity;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::links::AllowedUrl;
use sspr_helpdesk::model::playbook::{Playbook, PlaybookSources, StepId};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn the_builtin_playbook_and_locales_load_without_a_single_diagnostic() {
    let (playbook, diagnostics) = Playbook::builtin();
    assert!(
        diagnostics.is_empty(),
        "{}",
        diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
    let (loc, diagnostics) = Localizer::builtin(Language::EnUs);
    assert!(
        diagnostics.is_empty(),
        "{}",
        diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
    let mut missing = loc.check_playbook(&playbook);
    missing.extend(loc.check_triage(&playbook));
    assert!(playbook.triage().is_some(), "{:?}", playbook.triage_state().problems);
    assert!(
        missing.is_empty(),
        "{}",
        missing.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn every_category_has_the_depth_we_promise() {
    let (playbook, _) = Playbook::builtin();
    assert_eq!(playbook.categories().collect::<Vec<_>>(), Category::ALL);
    for checklist in playbook.checklists() {
        assert!(
            checklist.steps.len() >= 10,
            "{} has only {} steps",
            checklist.category,
            checklist.steps.len()
        );
    }
    let (loc, _) = Localizer::builtin(Language::EnUs);
    for step in playbook.steps() {
        let check = loc.attribute(&step.id.message_id(), "check").unwrap();
        assert!(
            check.lines().filter(|l| !l.trim().is_empty()).count() >= 2,
            "{}: .check needs concrete steps",
            step.id
        );
        assert!(step.source.is_some(), "{} has no source", step.id);
    }
}

/// Message id → (attribute names, variable names) of one `.ftl` file.
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn shape(path: &Path) -> Shape {
    let text = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut shape = Shape::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            Entry::Junk { content } => panic!("{}: junk {content:?}", path.display()),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(value) = &value {
            pattern_variables(value, &mut vars);
        }
        let mut names = BTreeSet::new();
        for attribute in &attributes {
            names.insert(attribute.id.name.to_owned());
            pattern_variables(&attribute.value, &mut vars);
        }
        assert!(
            shape.insert(id.clone(), (names, vars)).is_none(),
            "{}: {id} defined twice",
            path.display()
        );
    }
    shape
}

#[test]
fn both_locales_have_the_same_files_messages_attributes_and_variables() {
    for language in Language::ALL {
        let dir = repo(&format!("locales/{}", language.tag()));
        // Fluent files only: locales/zh-CN/GLOSSARY.md is the translators' glossary, not a locale file.
        let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".ftl"))
            .collect();
        let expected: BTreeSet<String> = LOCALE_FILES.iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(on_disk, expected, "files in {}", dir.display());
    }
    let mut problems = Vec::new();
    for file in LOCALE_FILES {
        let en = shape(&repo(&format!("locales/en-US/{file}")));
        let zh = shape(&repo(&format!("locales/zh-CN/{file}")));
        for (id, (attributes, vars)) in &en {
            match zh.get(id) {
                None => problems.push(format!("zh-CN/{file}: missing {id}")),
                Some((zh_attributes, zh_vars)) => {
                    if attributes != zh_attributes {
                        problems.push(format!("{file}: {id} attributes en-US {attributes:?} vs zh-CN {zh_attributes:?}"));
                    }
                    if vars != zh_vars {
                        problems.push(format!("{file}: {id} variables en-US {vars:?} vs zh-CN {zh_vars:?}"));
                    }
                }
            }
        }
        for id in zh.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("en-US/{file}: missing {id} (only in zh-CN)"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_embedded_locales_are_the_files_on_disk() {
    for source in builtin_sources() {
        let on_disk = std::fs::read_to_string(repo(&source.path)).unwrap();
        assert_eq!(on_disk, source.text, "{} is stale in the binary", source.path);
    }
}

#[test]
fn every_link_is_https_on_the_allow_list_and_has_a_label() {
    #[derive(Deserialize)]
    struct Links {
        links: BTreeMap<String, Link>,
    }
    #[derive(Deserialize)]
    struct Link {
        url: String,
    }
    let text = std::fs::read_to_string(repo("assets/playbook/links.toml")).unwrap();
    let links: Links = toml::from_str(&text).unwrap();
    let (playbook, _) = Playbook::builtin();
    assert_eq!(links.links.len(), playbook.links().count());
    for (id, link) in &links.links {
        let url = AllowedUrl::parse(&link.url).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert!(url.as_str().starts_with("https://"), "{id}");
    }
    for step in playbook.steps() {
        for link in step.links.iter().chain(step.source.iter()) {
            assert!(playbook.link(link).is_some(), "{}: {link}", step.id);
        }
    }
}

#[test]
fn every_point_of_the_seed_page_maps_to_a_step() {
    #[derive(Deserialize)]
    struct Points {
        point: Vec<Point>,
    }
    #[derive(Deserialize)]
    struct Point {
        seed: String,
        step: String,
    }
    let text = std::fs::read_to_string(repo("tests/fixtures/seed-points.toml")).unwrap();
    let points: Points = toml::from_str(&text).unwrap();
    assert_eq!(points.point.len(), 17, "the seed page has 17 points");
    let (playbook, _) = Playbook::builtin();
    for point in &points.point {
        assert!(
            playbook.step(&StepId::new(point.step.clone())).is_some(),
            "seed point {:?} maps to missing step {}",
            point.seed,
            point.step
        );
    }
    let mapped: BTreeSet<Category> = points
        .point
        .iter()
        .filter_map(|p| playbook.step(&StepId::new(p.step.clone())))
        .map(|s| s.category)
        .collect();
    assert_eq!(mapped.len(), 4, "every category carries seed points");
}

/// Every `*.toml` file of a playbook folder, as the loader takes them.
fn playbook_sources_in(dir: &Path) -> PlaybookSources {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    PlaybookSources {
        folder: dir.display().to_string(),
        files,
    }
}

#[test]
fn a_broken_playbook_reports_file_line_and_problem() {
    let sources = playbook_sources_in(&repo("tests/fixtures/broken-playbook"));
    let (playbook, diagnostics) = Playbook::from_sources(&sources);
    let rendered: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    if std::env::var_os("PRINT_DIAGNOSTICS").is_some() {
        println!("{}", rendered.join("\n"));
    }
    let expected = std::fs::read_to_string(repo("tests/fixtures/broken-playbook/expected.txt")).unwrap();
    let folder = sources.folder.clone();
    let expected: Vec<String> = expected
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| format!("{folder}/{l}"))
        .collect();
    assert_eq!(rendered, expected);
    assert!(diagnostics.iter().all(|d| d.line.is_some()), "every problem has a line");
    // The good parts are kept: the valid step and the valid link.
    assert!(playbook.step(&StepId::new("policy-good-step")).is_some());
    assert_eq!(playbook.links().count(), 1);
    assert!(diagnostics.iter().any(|d| d.severity == Severity::Error));
}

#[test]
fn a_broken_locale_file_reports_its_line_and_keeps_the_other_messages() {
    use sspr_helpdesk::i18n::loading::LocaleSource;
    let text = std::fs::read_to_string(repo("tests/fixtures/broken.ftl")).unwrap();
    let source = LocaleSource {
        language: Language::ZhCn,
        path: "tests/fixtures/broken.ftl".to_owned(),
        text,
    };
    let (loc, diagnostics) = Localizer::from_sources(Language::ZhCn, &[source]);
    let rendered: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(rendered.len(), 2, "{rendered:#?}");
    assert!(rendered[0].starts_with("tests/fixtures/broken.ftl:4:"), "{}", rendered[0]);
    assert!(
        rendered[1].starts_with("tests/fixtures/broken.ftl:8:1: error: message \"twice\" is defined twice"),
        "{}",
        rendered[1]
    );
    assert_eq!(loc.text("good-before"), "前面的消息");
    assert_eq!(loc.text("good-after"), "后面的消息");
}

/// Wording that Microsoft's zh-CN terminology replaces (../shared/domain/glossary-zh.md):
/// zh-TW forms, machine-translation slips, and terms the glossary names as wrong.
const NOT_OFFICIAL_ZH: [(&str, &str); 13] = [
    ("双网关", "双门"),
    ("账户", "帐户"),
    ("入口网站", "门户"),
    ("群组", "组"),
    ("内部部署", "本地"),
    ("传递身份验证", "直通身份验证"),
    ("帮助台管理员", "支持管理员"),
    ("混合身份管理员", "混合标识管理员"),
    ("全局阅读者", "全局读取者"),
    ("登出", "注销"),
    ("凭证", "凭据"),
    ("信息亭", "展台"),
    ("错误码", "错误代码"),
];

#[test]
fn zh_cn_uses_microsofts_official_terms() {
    let mut problems = Vec::new();
    for file in LOCALE_FILES {
        let path = repo(&format!("locales/zh-CN/{file}"));
        let text = std::fs::read_to_string(&path).unwrap();
        for (number, line) in text.lines().enumerate() {
            for (wrong, right) in NOT_OFFICIAL_ZH {
                if line.contains(wrong) {
                    problems.push(format!("locales/zh-CN/{file}:{}: {wrong} → {right}", number + 1));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn caller_texts_about_missing_codes_mention_phones_that_filter_texts_from_abroad() {
    let (loc, _) = Localizer::builtin(Language::EnUs);
    for step in [
        "errors-code-not-arriving",
        "errors-code-by-whatsapp-rcs",
        "registration-verification-fails",
    ] {
        for (language, words) in [(Language::EnUs, "blocked or spam messages"), (Language::ZhCn, "骚扰拦截")] {
            let caller = loc.attribute_in(language, &format!("step-{step}"), "caller").unwrap();
            assert!(caller.contains(words), "{language} step-{step}.caller: {caller}");
        }
    }
}

#[test]
fn zh_cn_phone_number_examples_are_chinese_numbers() {
    for file in LOCALE_FILES {
        let text = std::fs::read_to_string(repo(&format!("locales/zh-CN/{file}"))).unwrap();
        for (number, line) in text.lines().enumerate() {
            assert!(
                !line.contains("+1 425"),
                "locales/zh-CN/{file}:{}: use a +86 example, e.g. +86 13812345678",
                number + 1
            );
        }
    }
}

#[test]
fn every_kiosk_flow_and_screen_has_its_words_in_both_languages() {
    use sspr_helpdesk::model::kiosk::{KIOSK_FILE, load_flows};
    let (playbook, _) = Playbook::builtin();
    let (flows, diagnostics) = load_flows("kiosk.toml", KIOSK_FILE, &playbook);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let (loc, _) = Localizer::builtin(Language::EnUs);
    for language in Language::ALL {
        for flow in &flows {
            assert!(loc.has(language, &flow.message_id(), None), "{language} {}", flow.message_id());
            assert!(
                loc.has(language, &flow.message_id(), Some("description")),
                "{language} {}.description",
                flow.message_id()
            );
            for screen in &flow.screens {
                assert!(
                    loc.has(language, &screen.message_id(), Some("body")),
                    "{language} {}.body",
                    screen.message_id()
                );
            }
        }
    }
}

#[test]
fn every_documentation_link_says_which_version_of_the_page_we_checked_and_when() {
    use sspr_helpdesk::model::playbook::Audience;
    let (playbook, _) = Playbook::builtin();
    let mut undated = Vec::new();
    let mut docs = 0;
    for step in playbook.steps() {
        let Some(source) = &step.source else { continue };
        let link = playbook.link(source).unwrap();
        if link.audience == Audience::Docs {
            docs += 1;
            if link.page_date.is_none() || link.checked.is_none() {
                undated.push(format!("{} (source of step {})", link.id, step.id));
            }
        }
    }
    for entry in playbook.catalogue() {
        let Some(source) = &entry.source else { continue };
        let link = playbook.link(source).unwrap();
        if link.audience == Audience::Docs && (link.page_date.is_none() || link.checked.is_none()) {
            undated.push(format!("{} (source of entry {})", link.id, entry.id));
        }
    }
    assert!(docs > 50, "only {docs} steps cite documentation");
    // Documentation links that no step cites yet are dated too: a pack or a change may cite them.
    for link in playbook.links().filter(|l| l.audience == Audience::Docs) {
        if link.page_date.is_none() || link.checked.is_none() {
            undated.push(link.id.to_string());
        }
    }
    undated.sort();
    undated.dedup();
    assert!(
        undated.is_empty(),
        "documentation links without page_date and checked in links.toml:\n{}",
        undated.join("\n")
    );
    assert!(playbook.checked_on().is_some());
}

#[test]
fn the_admin_scope_step_names_the_step_it_sends_the_reader_to() {
    // "The next step" is titled for an admin who is blocked; this step is about admins who can
    // still reset, so a bare "next step" reads as the opposite case.
    let (loc, _) = Localizer::builtin(Language::EnUs);
    for (language, next) in [(Language::EnUs, "next step"), (Language::ZhCn, "下一步")] {
        let target = loc.text_in(language, "step-policy-admin-allowed-to-use-sspr");
        let why = loc.attribute_in(language, "step-policy-admin-group-scope", "why").unwrap();
        let check = loc.attribute_in(language, "step-policy-admin-group-scope", "check").unwrap();
        assert!(!why.contains(next) && !check.contains(next), "{language}: {why}\n{check}");
        assert!(why.contains(&target), "{language}: {why}");
    }
}

/// The 0-based numbers of the lines of a zh-CN `.ftl` file (`name`) that speak to the caller:
/// every line of `kiosk.ftl`, `kiosk-` messages, and `.caller` attributes.
pub(crate) fn caller_facing_lines(name: &str, text: &str) -> BTreeSet<usize> {
    let mut lines = BTreeSet::new();
    let (mut message, mut attribute) = (String::new(), String::new());
    for (number, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            message = line.split('=').next().unwrap_or_default().trim().to_owned();
            attribute.clear();
        } else if let Some(rest) = line.trim_start().strip_prefix('.') {
            attribute = rest.split('=').next().unwrap_or_default().trim().to_owned();
        }
        if name == "kiosk.ftl" || message.starts_with("kiosk-") || attribute == "caller" {
            lines.insert(number);
        }
    }
    lines
}

#[test]
fn zh_cn_says_nin_to_the_caller_and_ni_to_the_agent() {
    // Microsoft's zh-CN docs address the reader as 你, and the agent reads them so; a helpdesk
    // writing to a caller (the kiosk, "Copy for caller") uses the polite 您.
    let mut problems = Vec::new();
    let mut caller_lines = 0;
    for file in LOCALE_FILES {
        let text = std::fs::read_to_string(repo(&format!("locales/zh-CN/{file}"))).unwrap();
        let caller = caller_facing_lines(file, &text);
        caller_lines += caller.len();
        for (number, line) in text.lines().enumerate().filter(|(_, l)| !l.starts_with('#')) {
            let (wrong, right) = if caller.contains(&number) { ("你", "您") } else { ("您", "你") };
            if line.replace("你们", "").contains(wrong) {
                problems.push(format!("locales/zh-CN/{file}:{}: {wrong} → {right}: {}", number + 1, line.trim()));
            }
        }
    }
    assert!(caller_lines > 50, "only {caller_lines} caller-facing lines found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

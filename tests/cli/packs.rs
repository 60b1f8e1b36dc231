//! Content packs: the broken fixtures under tests/fixtures/packs/, run through the real
//! `sspr-helpdesk validate` (text and JSON), plus the two folders it cannot read at all and
//! one pack checked through the library. Each fixture folder holds one mistake and an
//! `expected.json` (schema in tests/fixtures/README.md, section "Content packs").

use std::path::{Path, PathBuf};

use serde::Deserialize;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::LinkId;
use sspr_helpdesk::pack::{PackSources, check};

use crate::support::{BIN, command, repo};

const FIXTURES: &str = "tests/fixtures/packs";
/// Fewer error fixtures than this means some were lost.
const MIN_ERROR_FIXTURES: usize = 20;
/// Likewise for warning-only fixtures.
const MIN_WARNING_FIXTURES: usize = 4;

/// A fixture's `expected.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    /// One sentence: the mistake the pack holds.
    problem: String,
    /// Exit code of `validate`: 1 with an error, 0 with warnings only.
    exit: i32,
    /// Every diagnostic `validate` reports, in its order.
    diagnostics: Vec<ExpectedDiagnostic>,
    /// What is wrong with the diagnostics recorded here (they are what the binary prints today).
    #[serde(default)]
    known_issue: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedDiagnostic {
    /// The whole line the text output prints.
    printed: String,
    severity: String,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    fix: Option<String>,
}

impl ExpectedDiagnostic {
    /// The fields the JSON output must hold.
    fn json(&self) -> Reported {
        Reported {
            severity: self.severity.clone(),
            file: self.file.clone(),
            line: self.line,
            column: self.column,
            message: self.message.clone(),
            fix: self.fix.clone(),
        }
    }
}

/// One diagnostic of `validate --format json`.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct Reported {
    severity: String,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    fix: Option<String>,
}

impl Reported {
    /// The line the text output prints for this diagnostic.
    fn printed(&self) -> String {
        let mut text = self.file.clone();
        if let Some(line) = self.line {
            text.push_str(&format!(":{line}"));
            if let Some(column) = self.column {
                text.push_str(&format!(":{column}"));
            }
        }
        text.push_str(&format!(": {}: {}", self.severity, self.message));
        if let Some(fix) = &self.fix {
            text.push_str(&format!("; {fix}"));
        }
        text
    }
}

/// The report of `validate --format json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Report {
    folder: String,
    name: Option<String>,
    version: Option<String>,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<Reported>,
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn validate(args: &[&str]) -> Run {
    let output = command(BIN)
        .arg("validate")
        .args(args)
        .env("LANG", "C")
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn fixture_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(repo(FIXTURES))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// Everything wrong with one fixture (empty when it behaves as `expected.json` says).
fn check_fixture(dir: &Path, expected: &Expected) -> Vec<String> {
    let mut wrong = Vec::new();
    let shown = dir.display().to_string();
    let expected_errors = expected.diagnostics.iter().filter(|d| d.severity == "error").count();
    let expected_warnings = expected.diagnostics.iter().filter(|d| d.severity == "warning").count();

    // The fixture itself: one problem, stated; lines that agree with their fields.
    if expected.problem.trim().is_empty() {
        wrong.push("expected.json: `problem` is empty".to_owned());
    }
    match expected.exit {
        1 if expected_errors == 1 || (expected_errors > 1 && expected.known_issue.is_some()) => {}
        1 => wrong.push(format!(
            "expected.json: an error fixture must expect exactly one error (several only with a known_issue saying why), not {expected_errors}"
        )),
        0 if expected_errors == 0 && expected_warnings > 0 => {}
        0 => wrong.push("expected.json: a warning fixture must expect warnings and no error".to_owned()),
        other => wrong.push(format!("expected.json: exit must be 0 or 1 (2 is for folders that cannot be read), not {other}")),
    }
    for d in &expected.diagnostics {
        if d.printed != d.json().printed() {
            wrong.push(format!(
                "expected.json: `printed` does not match the other fields:\n    printed: {}\n    fields:  {}",
                d.printed,
                d.json().printed()
            ));
        }
        if !["error", "warning"].contains(&d.severity.as_str()) {
            wrong.push(format!("expected.json: unknown severity \"{}\"", d.severity));
        }
    }
    let manifest = dir.join("pack.toml");
    if manifest.is_file() && !std::fs::read_to_string(&manifest).is_ok_and(|t| t.starts_with("# one problem")) {
        wrong.push("pack.toml does not start with a \"# one problem: …\" comment".to_owned());
    }

    // Text output: exactly the expected lines, then the summary.
    let text = validate(&[&shown]);
    if text.code != Some(expected.exit) {
        wrong.push(format!("text: exit code {:?}, expected {}", text.code, expected.exit));
    }
    let mut lines: Vec<&str> = text.stdout.lines().collect();
    let summary = lines.pop().unwrap_or_default();
    for d in &expected.diagnostics {
        if !lines.contains(&d.printed.as_str()) {
            wrong.push(format!("text: this line was not printed:\n    {}", d.printed));
        }
    }
    let printed_expected: Vec<&str> = expected.diagnostics.iter().map(|d| d.printed.as_str()).collect();
    if lines != printed_expected {
        wrong.push(format!(
            "text: printed lines differ from expected.json (order or extra lines):\n{}",
            lines.iter().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
        ));
    }
    let verdict = if expected_errors > 0 {
        "the pack would not be applied"
    } else {
        "the pack can be used"
    };
    let counts = format!(
        ": {}, {}; {verdict}",
        plural(expected_errors, "error"),
        plural(expected_warnings, "warning")
    );
    if !summary.ends_with(&counts) {
        wrong.push(format!("text: summary line \"{summary}\" does not end in \"{counts}\""));
    }
    if !text.stderr.trim().is_empty() {
        wrong.push(format!("text: unexpected stderr: {}", text.stderr.trim()));
    }

    // JSON output: the same diagnostics, field by field, and the counts.
    let json = validate(&[&shown, "--format", "json"]);
    if json.code != Some(expected.exit) {
        wrong.push(format!("json: exit code {:?}, expected {}", json.code, expected.exit));
    }
    let report = match serde_json::from_str::<Report>(&json.stdout) {
        Ok(report) => report,
        Err(error) => {
            wrong.push(format!("json: cannot be read ({error}):\n{}", json.stdout));
            return wrong;
        }
    };
    if report.errors != expected_errors || report.warnings != expected_warnings {
        wrong.push(format!(
            "json: {} errors and {} warnings, expected {expected_errors} and {expected_warnings}",
            report.errors, report.warnings
        ));
    }
    if report.folder != shown {
        wrong.push(format!("json: folder is \"{}\", expected \"{shown}\"", report.folder));
    }
    let label = match (&report.name, &report.version) {
        (Some(name), Some(version)) => format!("{name} {version}"),
        _ => report.folder.clone(),
    };
    if summary != format!("{label}{counts}") {
        wrong.push(format!(
            "text: summary line \"{summary}\" does not start with the pack's label \"{label}\""
        ));
    }
    for d in &expected.diagnostics {
        if !report.diagnostics.contains(&d.json()) {
            wrong.push(format!("json: no diagnostic {:?}", d.json()));
        }
    }
    let reported: Vec<String> = report.diagnostics.iter().map(Reported::printed).collect();
    if reported != printed_expected {
        wrong.push(format!(
            "json: diagnostics differ from expected.json (order or extra ones):\n{}",
            reported.iter().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
        ));
    }
    wrong
}

#[test]
fn every_broken_pack_fixture_gets_exactly_its_diagnostic() {
    let mut failures = Vec::new();
    let (mut error_fixtures, mut warning_fixtures) = (0, 0);
    for dir in fixture_dirs() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let expected = match std::fs::read_to_string(dir.join("expected.json"))
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str::<Expected>(&text).map_err(|e| e.to_string()))
        {
            Ok(expected) => expected,
            Err(error) => {
                failures.push(format!("{name}: expected.json cannot be read: {error}"));
                continue;
            }
        };
        match expected.exit {
            1 => error_fixtures += 1,
            0 => warning_fixtures += 1,
            _ => {}
        }
        let wrong = check_fixture(&dir, &expected);
        if !wrong.is_empty() {
            failures.push(format!("{name} ({}):\n  {}", expected.problem, wrong.join("\n  ")));
        }
    }
    if error_fixtures < MIN_ERROR_FIXTURES {
        failures.push(format!(
            "only {error_fixtures} error fixtures; expected at least {MIN_ERROR_FIXTURES}"
        ));
    }
    if warning_fixtures < MIN_WARNING_FIXTURES {
        failures.push(format!(
            "only {warning_fixtures} warning fixtures; expected at least {MIN_WARNING_FIXTURES}"
        ));
    }
    assert!(
        failures.is_empty(),
        "{} problem(s) with the pack fixtures in {FIXTURES}:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// `validate` on a path that is no pack folder: exit 2, the reason on stderr, nothing on
/// stdout in text mode and an object naming the problem in JSON mode.
fn assert_usage_error(path: &Path, reason: &str) {
    let shown = path.display().to_string();
    for args in [vec![shown.as_str()], vec![shown.as_str(), "--format", "json"]] {
        let run = validate(&args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert_eq!(run.stderr.trim(), format!("sspr-helpdesk: {shown}: {reason}"), "{args:?}");
        if args.len() == 1 {
            assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        } else {
            let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            assert_eq!(report["folder"], shown.as_str());
            assert_eq!(report["usage_error"], format!("{shown}: {reason}"));
        }
    }
}

#[test]
fn a_folder_that_does_not_exist_is_a_usage_error() {
    assert_usage_error(&repo("tests/fixtures/packs/no-such-pack"), "no such folder");
}

#[test]
fn a_file_instead_of_a_folder_is_a_usage_error() {
    assert_usage_error(
        &repo("tests/fixtures/packs/06-http-url/pack.toml"),
        "is a file; give the pack's folder (the one holding pack.toml)",
    );
}

#[test]
fn the_library_applies_a_pack_with_warnings_and_never_one_with_an_error() {
    let broken = PackSources::from_dir(&repo("tests/fixtures/packs/06-http-url")).unwrap();
    let outcome = check(&broken, Language::EnUs);
    assert_eq!((outcome.errors(), outcome.warnings()), (1, 0), "{:#?}", outcome.diagnostics);
    assert!(outcome.content.is_none(), "a pack with an error must not be applied");
    assert_eq!(outcome.label(), "Contoso IT 1.0");

    let warned = PackSources::from_dir(&repo("tests/fixtures/packs/44-warn-unused-allowed-host")).unwrap();
    let outcome = check(&warned, Language::EnUs);
    assert_eq!((outcome.errors(), outcome.warnings()), (0, 1), "{:#?}", outcome.diagnostics);
    let content = outcome.content.expect("a pack with only warnings is applied");
    assert_eq!(content.info.name, "Contoso IT");
    assert_eq!(
        content.playbook.link(&LinkId::new("reset-portal")).map(|l| l.url.as_str()),
        Some("https://passwordreset.contoso.com/")
    );
}

#[test]
fn the_example_pack_validates_clean_in_text_and_json() {
    let dir = repo("examples/contoso-pack");
    let text = validate(&[dir.to_str().unwrap()]);
    assert_eq!(text.code, Some(0), "{}", text.stdout);
    assert_eq!(
        text.stdout,
        "Contoso IT Service Desk 2026.12.1: 0 errors, 0 warnings; the pack can be used\n"
    );
    let json = validate(&[dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(json.code, Some(0));
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["name"], "Contoso IT Service Desk");
    assert_eq!(report["errors"], 0);
    assert_eq!(report["warnings"], 0);
    assert_eq!(report["diagnostics"], serde_json::json!([]));
}

#[test]
fn a_pack_that_only_changes_words_is_clean_and_its_words_are_used() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pack.toml"), "name = \"Words\"\nversion = \"1\"\n").unwrap();
    std::fs::create_dir_all(dir.path().join("locales/zh-CN")).unwrap();
    std::fs::write(
        dir.path().join("locales/zh-CN/words.ftl"),
        "link-reset-portal = 打开公司的密码重置门户（aka.ms/sspr）\n",
    )
    .unwrap();
    let outcome = check(&PackSources::from_dir(dir.path()).unwrap(), Language::ZhCn);
    assert!(outcome.diagnostics.is_empty(), "{:#?}", outcome.diagnostics);
    let content = outcome.content.unwrap();
    assert_eq!(content.loc.text("link-reset-portal"), "打开公司的密码重置门户（aka.ms/sspr）");
    // Only zh-CN was replaced; English keeps the built-in label.
    assert_eq!(
        content.loc.text_in(Language::EnUs, "link-reset-portal"),
        "Open reset portal (aka.ms/sspr)"
    );
}

#[test]
fn a_reader_that_stops_early_does_not_change_the_verdict() {
    use std::io::{BufRead, BufReader};
    // Thousands of errors, so the output overflows the pipe and the early close is felt.
    let dir = tempfile::tempdir().unwrap();
    let ids: Vec<String> = (0..4000).map(|i| format!("\"no-such-step-{i}\"")).collect();
    std::fs::write(
        dir.path().join("pack.toml"),
        format!("name = \"Many\"\nversion = \"1\"\nhide_steps = [{}]\n", ids.join(", ")),
    )
    .unwrap();
    for format in ["text", "json"] {
        let mut child = command(BIN)
            .args(["validate", dir.path().to_str().unwrap(), "--format", format])
            .env("RUST_LOG", "off")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        // The reader is gone (like `| head -1`); the exit code must still say "errors".
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{format}: {first}");
        assert!(output.stderr.is_empty(), "{format}: {}", String::from_utf8_lossy(&output.stderr));
    }
}

#[test]
fn deeply_nested_placeables_are_refused_before_the_parser_sees_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pack.toml"), "name = \"Deep\"\nversion = \"1\"\n").unwrap();
    std::fs::create_dir_all(dir.path().join("locales/en-US")).unwrap();
    // Deep enough to overflow the stack of a recursive parser.
    let deep = format!("sidebar-heading = {}\"x\"{}\n", "{ ".repeat(50_000), " }".repeat(50_000));
    std::fs::write(dir.path().join("locales/en-US/deep.ftl"), deep).unwrap();
    let outcome = check(&PackSources::from_dir(dir.path()).unwrap(), Language::EnUs);
    assert!(outcome.content.is_none());
    assert_eq!(
        outcome.diagnostics[0].to_string(),
        "locales/en-US/deep.ftl:1:51: error: placeables are nested more than 16 deep; the file was not read; simplify the message: a { } inside a { } inside … is never needed this deep"
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_outside_the_pack_is_not_read() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.ftl"), "kiosk-title = TEXT FROM OUTSIDE\n").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pack.toml"), "name = \"Linked\"\nversion = \"1\"\n").unwrap();
    std::fs::create_dir_all(dir.path().join("locales/en-US")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.ftl"), dir.path().join("locales/en-US/linked.ftl")).unwrap();
    let sources = PackSources::from_dir(dir.path()).unwrap();
    assert!(sources.locales.is_empty());
    let shown: Vec<String> = sources.problems.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].starts_with("locales/en-US/linked.ftl: warning: is a link to "),
        "{}",
        shown[0]
    );
    assert!(
        shown[0].ends_with("outside the pack; it was ignored; copy the file into the pack instead of linking to it"),
        "{}",
        shown[0]
    );
}

#[test]
fn ids_lists_what_a_pack_can_name_including_the_packs_own() {
    let output = command(BIN)
        .args(["--lang", "en-US", "--pack", repo("examples/contoso-pack").to_str().unwrap(), "ids"])
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("# categories: configure, errors, policy, registration\n"),
        "{text}"
    );
    assert!(text.contains("\n# actors: user, helpdesk, tenant-admin, on-prem-admin\n"));
    assert!(text.contains("\nstep errors-sspr-0029  errors  "));
    assert!(text.contains("\nstep contoso-sspr-group  configure  At Contoso, check the caller is in SG-SSPR-Users\n"));
    assert!(text.contains("\nlink reset-portal  end-user  https://passwordreset.contoso.com/\n"));
    assert!(text.contains("\nentry contoso-vpn-old-password  CTS-VPN-809\n"));
    // "Start here" answers, the pack's own among them.
    assert!(text.contains("\ntriage synced/cloud-only  Cloud-only\n"), "{text}");
    assert!(
        text.contains("\ntriage writeback/contoso-escalate  Contoso: the AD team already has a ticket for it\n"),
        "{text}"
    );
    // Hidden by the pack.
    assert!(!text.contains("registration-writeback-cloud-sync"));
}

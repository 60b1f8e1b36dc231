//! Reads `.ftl` files into Fluent resources, reporting syntax errors with file, line and
//! column while keeping every message that parsed.

use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentResource;

use crate::model::diagnostic::{Diagnostic, line_col};
use crate::model::language::Language;

/// The text of one `.ftl` file and the locale it belongs to.
#[derive(Clone, Debug)]
pub struct LocaleSource {
    /// The locale.
    pub language: Language,
    /// Path shown in messages, e.g. `locales/zh-CN/app.ftl`.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// Names of the `.ftl` files every locale has (the parity test checks both folders hold
/// exactly these).
pub const LOCALE_FILES: [&str; 11] = [
    "app.ftl",
    "links.ftl",
    "configure.ftl",
    "errors.ftl",
    "policy.ftl",
    "registration.ftl",
    "catalogue.ftl",
    "kiosk.ftl",
    "changes.ftl",
    "triage.ftl",
    "decode.ftl",
];

macro_rules! locale_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/app.ftl")),
            include_str!(concat!("../../locales/", $lang, "/links.ftl")),
            include_str!(concat!("../../locales/", $lang, "/configure.ftl")),
            include_str!(concat!("../../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../../locales/", $lang, "/policy.ftl")),
            include_str!(concat!("../../locales/", $lang, "/registration.ftl")),
            include_str!(concat!("../../locales/", $lang, "/catalogue.ftl")),
            include_str!(concat!("../../locales/", $lang, "/kiosk.ftl")),
            include_str!(concat!("../../locales/", $lang, "/changes.ftl")),
            include_str!(concat!("../../locales/", $lang, "/triage.ftl")),
            include_str!(concat!("../../locales/", $lang, "/decode.ftl")),
        ]
    };
}

/// The `.ftl` files compiled into the binary from `locales/`.
pub fn builtin_sources() -> Vec<LocaleSource> {
    let mut sources = Vec::new();
    for (language, texts) in [(Language::EnUs, locale_files!("en-US")), (Language::ZhCn, locale_files!("zh-CN"))] {
        for (name, text) in LOCALE_FILES.iter().zip(texts) {
            sources.push(LocaleSource {
                language,
                path: format!("locales/{}/{name}", language.tag()),
                text: text.to_owned(),
            });
        }
    }
    sources
}

/// One `.ftl` file, parsed: shared (`Arc`) so every [`crate::i18n::Localizer`] built from it
/// adds the same resource to its bundles instead of parsing the text again. The file's text
/// is the resource's own ([`FluentResource::source`]); it is not kept twice.
#[derive(Debug)]
pub struct ParsedSource {
    /// The locale.
    pub language: Language,
    /// Path shown in messages, e.g. `locales/zh-CN/app.ftl`.
    pub path: String,
    /// What parsed (entries with syntax errors are left out).
    pub resource: Arc<FluentResource>,
    /// The file's syntax errors, with line and column.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses each file (see [`parse`]), taking over its text.
pub fn parse_all(sources: Vec<LocaleSource>) -> Vec<ParsedSource> {
    sources
        .into_iter()
        .map(|LocaleSource { language, path, text }| {
            let (resource, diagnostics) = parse_text(&path, text);
            ParsedSource {
                language,
                path,
                resource: Arc::new(resource),
                diagnostics,
            }
        })
        .collect()
}

/// The built-in `.ftl` files, parsed once per process on first use: the window's start-up
/// (see `content::prepare_builtin_in_background`) and every content-pack check share them.
pub fn builtin_parsed() -> &'static [ParsedSource] {
    static PARSED: OnceLock<Vec<ParsedSource>> = OnceLock::new();
    PARSED.get_or_init(|| parse_all(builtin_sources()))
}

/// Parses one file. Entries with syntax errors are dropped (Fluent's own recovery) and each
/// error becomes a diagnostic with its position; the rest of the file is kept.
pub fn parse(source: &LocaleSource) -> (FluentResource, Vec<Diagnostic>) {
    parse_text(&source.path, source.text.clone())
}

/// [`parse`] of a file's text, taken over (not copied) by the resource.
fn parse_text(path: &str, text: String) -> (FluentResource, Vec<Diagnostic>) {
    match FluentResource::try_new(text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => {
            let diagnostics = errors
                .into_iter()
                .map(|error| {
                    // Point at the start of the entry that was skipped (where the agent must
                    // look), not at the character where the parser gave up.
                    let start = error.slice.as_ref().map_or(error.pos.start, |slice| slice.start);
                    let position = line_col(resource.source(), start);
                    Diagnostic::error(
                        path,
                        Some(position),
                        format!("Fluent syntax error: {}; the message there was skipped", error.kind),
                    )
                    .with_fix("fix the syntax (continuation lines are indented; a line may not start with '[', '*' or '.')")
                })
                .collect();
            (resource, diagnostics)
        }
    }
}

/// Cleans up what Windows editors leave in an `.ftl` file, before parsing. Harmless things
/// are accepted silently: a byte-order mark at the start, CRLF line ends, tabs in comments.
/// The rest is accepted with a warning at its position: a lone CR (read as a line end), a
/// byte-order mark inside the text (removed), a tab anywhere else (read as one space: Fluent
/// counts only spaces as indentation, and a tab in text shows as a wide gap).
pub fn normalize(path: &str, raw: &str) -> (String, Vec<Diagnostic>) {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let text = raw.replace("\r\n", "\n");
    let mut diagnostics = Vec::new();
    let mut out = String::with_capacity(text.len());
    let (mut cr, mut bom, mut tab) = (false, false, false);
    for (number, line) in text.split('\n').enumerate() {
        if number > 0 {
            out.push('\n');
        }
        let comment = line.trim_start_matches([' ', '\t']).starts_with('#');
        for (column, c) in line.chars().enumerate() {
            let at = Some((number + 1, column + 1));
            match c {
                '\r' => {
                    if !cr {
                        diagnostics.push(
                            Diagnostic::warning(path, at, "a lone carriage return (old Mac line end); read as a line end")
                                .with_fix("save the file with LF or CRLF line ends"),
                        );
                        cr = true;
                    }
                    out.push('\n');
                }
                '\u{feff}' => {
                    if !bom {
                        diagnostics.push(
                            Diagnostic::warning(path, at, "an invisible byte-order mark (U+FEFF) inside the text; removed")
                                .with_fix("delete it (it often comes from pasting two files together)"),
                        );
                        bom = true;
                    }
                }
                '\t' if comment => out.push(c),
                '\t' => {
                    if !tab {
                        diagnostics.push(
                            Diagnostic::warning(path, at, "a tab; read as one space (Fluent indents with spaces only)")
                                .with_fix("replace tabs with spaces"),
                        );
                        tab = true;
                    }
                    out.push(' ');
                }
                _ => out.push(c),
            }
        }
    }
    (out, diagnostics)
}

/// 1-based line of the first line that defines `id` (`id =` at the start of a line).
pub fn first_line_of_message(text: &str, id: &str) -> Option<usize> {
    text.lines()
        .position(|line| line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map(|i| i + 1)
}

/// 1-based line of attribute `.attribute` of the message defined at 1-based `message_line`:
/// the first indented `.attribute =` line after it, before the next line that starts a new
/// entry (anything not indented and not blank).
pub fn line_of_attribute(text: &str, message_line: usize, attribute: &str) -> Option<usize> {
    text.lines()
        .enumerate()
        .skip(message_line)
        .take_while(|(_, line)| line.is_empty() || line.starts_with([' ', '\t']))
        .find(|(_, line)| {
            line.trim_start()
                .strip_prefix('.')
                .and_then(|rest| rest.strip_prefix(attribute))
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(i, _)| i + 1)
}

/// 1-based line of the last line that defines `id` (`id =` at the start of a line).
pub fn line_of_message(text: &str, id: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .iter()
        .rposition(|line| line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attribute_is_found_on_its_own_line_within_its_message() {
        let text = "a = A\n    .summary = S\n\n    .why = W\nb = B\n    .why = X\n";
        assert_eq!(line_of_attribute(text, 1, "why"), Some(4));
        assert_eq!(line_of_attribute(text, 1, "summary"), Some(2));
        assert_eq!(line_of_attribute(text, 5, "why"), Some(6));
        assert_eq!(line_of_attribute(text, 5, "summary"), None);
        assert_eq!(line_of_attribute(text, 1, "wh"), None);
    }

    #[test]
    fn a_syntax_error_names_the_line_and_keeps_the_rest() {
        let source = LocaleSource {
            language: Language::EnUs,
            path: "bad.ftl".to_owned(),
            text: "good = Good\nbad = { oops\nalso-good = Also\n".to_owned(),
        };
        let (resource, diagnostics) = parse(&source);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].file, "bad.ftl");
        assert_eq!(diagnostics[0].line, Some(2));
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["good", "also-good"]);
    }

    #[test]
    fn normalizes_windows_files_and_warns_only_where_it_matters() {
        let (text, warnings) = normalize("a.ftl", "\u{feff}a = A\r\n# tab\tin comment\r\nb = B\r\n");
        assert_eq!(text, "a = A\n# tab\tin comment\nb = B\n");
        assert!(warnings.is_empty(), "{warnings:?}");
        let (text, warnings) = normalize("a.ftl", "a =\n\tindented\tx\nb = B\u{feff}\rc = C\n");
        assert_eq!(text, "a =\n indented x\nb = B\nc = C\n");
        let shown: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "a.ftl:2:1: warning: a tab; read as one space (Fluent indents with spaces only); replace tabs with spaces",
                "a.ftl:3:6: warning: an invisible byte-order mark (U+FEFF) inside the text; removed; delete it (it often comes from pasting two files together)",
                "a.ftl:3:7: warning: a lone carriage return (old Mac line end); read as a line end; save the file with LF or CRLF line ends",
            ]
        );
    }

    #[test]
    fn finds_the_line_of_a_message() {
        assert_eq!(line_of_message("# c\na = 1\nab = 2\n", "ab"), Some(3));
        assert_eq!(line_of_message("a = 1\n", "b"), None);
    }
}

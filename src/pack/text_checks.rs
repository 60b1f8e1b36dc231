//! Checks of a pack's words as text: placeables nested too deep, addresses a reader might
//! type (see [`super::addresses`]), characters no bundled font can draw.

use std::collections::BTreeSet;

use crate::i18n::glyphs::GlyphCoverage;
use crate::model::diagnostic::{Diagnostic, line_col};
use crate::model::links::{AllowList, AllowedUrl};
use crate::pack::addresses::find_addresses;

/// Deepest nesting of placeables (`{ … { … } … }`) a pack's `.ftl` file may have.
pub const MAX_PLACEABLE_DEPTH: usize = 16;

/// The position where placeables nest deeper than [`MAX_PLACEABLE_DEPTH`], if they do. Braces
/// inside string literals (`{ "}" }`) do not count.
pub(crate) fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (offset, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_PLACEABLE_DEPTH {
                    return Some(line_col(text, offset));
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// Registrable domains whose every host Microsoft runs (checked with the Public Suffix List,
/// so a customer's `x.cloudapp.azure.com` is not among them: `azure.com` is not listed, nor
/// are tenant domains such as `sharepoint.com` or `onmicrosoft.com`). Text may name their
/// hosts (`login.microsoftonline.com`) without a warning; links still need
/// [`crate::model::links::MICROSOFT_HOSTS`] or `allowed_hosts`. `azure.cn` is Microsoft
/// Azure operated by 21Vianet, the Azure that users in China sign in to.
const MICROSOFT_TEXT_DOMAINS: &[&str] = &[
    "aka.ms",
    "azure.cn",
    "live.com",
    "microsoft.com",
    "microsoft365.com",
    "microsoftonline.com",
    "office.com",
    "office365.com",
];

/// Whether `url` is a plain https address on a host of [`MICROSOFT_TEXT_DOMAINS`].
fn is_microsoft_address(url: &str) -> bool {
    let Ok(url) = url::Url::parse(url) else {
        return false;
    };
    let plain = url.scheme() == "https" && url.username().is_empty() && url.password().is_none() && url.port().is_none();
    plain
        && url
            .host_str()
            .and_then(|host| psl::domain(host.as_bytes()))
            .is_some_and(|domain| MICROSOFT_TEXT_DOMAINS.iter().any(|d| d.as_bytes() == domain.as_bytes()))
}

/// Warns about the addresses in `text` (found by [`find_addresses`], with or without a
/// scheme) that links may not use, and about look-alike addresses: the app never opens text,
/// but a reader may type or copy it (on a kiosk, an end user would). `text` is a whole `.ftl`
/// file (`at` = `None`: its `#` comment lines are skipped) or a value of `pack.toml` shown in
/// the window (`at` = where its text starts; all of it is shown).
pub(crate) fn check_urls_in_text(path: &str, text: &str, at: Option<(usize, usize)>, allow: &AllowList, diagnostics: &mut Vec<Diagnostic>) {
    let (skip_comments, at) = (at.is_none(), at.unwrap_or((1, 1)));
    for (number, line) in text.lines().enumerate() {
        if skip_comments && line.starts_with('#') {
            continue;
        }
        for found in find_addresses(line) {
            let reason = if found.mixed_alphabets {
                "which mixes letters of different alphabets, like a look-alike of a real address".to_owned()
            } else {
                match AllowedUrl::parse_allowed(&found.url, allow) {
                    Ok(_) => continue,
                    Err(_) if is_microsoft_address(&found.url) => continue,
                    Err(reason) => format!("which links may not use ({reason})"),
                }
            };
            let column = line[..found.start].chars().count() + 1;
            let position = if number == 0 {
                (at.0, at.1 + column - 1)
            } else {
                (at.0 + number, column)
            };
            diagnostics.push(
                Diagnostic::warning(
                    path,
                    Some(position),
                    format!(
                        "the text shows {}, {reason}; the app never opens it, but readers may type or copy it",
                        found.text
                    ),
                )
                .with_fix("make it a link in pack.toml (with its host in allowed_hosts) and leave the address out of the words"),
            );
        }
    }
}

/// Warns about text no bundled font can draw: one warning per run of such characters, at
/// the run's start, and each character only in its first run. Lines starting with `#` are
/// Fluent comments and are skipped.
pub(crate) fn check_glyphs(path: &str, text: &str, coverage: &GlyphCoverage, diagnostics: &mut Vec<Diagnostic>) {
    let mut reported = BTreeSet::new();
    for (number, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        glyph_runs(path, line, (number + 1, 1), coverage, &mut reported, diagnostics);
    }
}

/// Like [`check_glyphs`] for one value of `pack.toml` written at `at` (its opening quote).
pub(crate) fn check_glyphs_in(
    path: &str,
    value: &str,
    at: Option<(usize, usize)>,
    coverage: &GlyphCoverage,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let (line, column) = at.unwrap_or((1, 1));
    glyph_runs(path, value, (line, column + 1), coverage, &mut BTreeSet::new(), diagnostics);
}

fn glyph_runs(
    path: &str,
    line: &str,
    (number, first_column): (usize, usize),
    coverage: &GlyphCoverage,
    reported: &mut BTreeSet<char>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let chars: Vec<char> = line.chars().collect();
    let mut column = 0;
    while column < chars.len() {
        if coverage.covers(chars[column]) {
            column += 1;
            continue;
        }
        let start = column;
        while column < chars.len() && (!coverage.covers(chars[column]) || chars[column] == ' ') {
            column += 1;
        }
        let run: String = chars[start..column].iter().collect::<String>().trim_end().to_owned();
        let new: Vec<char> = run.chars().filter(|c| *c != ' ' && reported.insert(*c)).collect();
        let Some(first) = new.first() else {
            continue;
        };
        let message = if run.chars().count() == 1 {
            format!(
                "character '{run}' (U+{:04X}) is in none of the app's fonts; it shows as a box",
                u32::from(*first)
            )
        } else {
            format!(
                "characters \"{run}\" (from U+{:04X}) are in none of the app's fonts; they show as boxes",
                u32::from(*first)
            )
        };
        diagnostics.push(
            Diagnostic::warning(path, Some((number, first_column + start)), message)
                .with_fix("use Latin or Simplified Chinese characters, or leave these out"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_in_the_words_are_warned_unless_links_may_use_them() {
        let allow = AllowList::with_patterns(vec![crate::model::links::HostPattern::parse("*.contoso.com").unwrap()]);
        let found = |text: &str| {
            let mut diagnostics = Vec::new();
            check_urls_in_text("w.ftl", text, None, &allow, &mut diagnostics);
            diagnostics
                .iter()
                .map(|d| {
                    (
                        d.column.unwrap_or_default(),
                        d.message.split("; the app").next().unwrap_or_default().to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        };
        let shows = |column: usize, what: &str| vec![(column, format!("the text shows {what}"))];
        assert_eq!(
            found("m = Go to evil-reset.example.net/sspr now."),
            shows(
                11,
                "evil-reset.example.net/sspr, which links may not use (host evil-reset.example.net is not on the allow-list)"
            )
        );
        assert_eq!(
            found("m = Open http://passwordreset.contoso.com"),
            shows(
                10,
                "http://passwordreset.contoso.com, which links may not use (uses http; only https is allowed)"
            )
        );
        assert_eq!(
            found("m = https://passwordreset.contoso.com:8443/"),
            shows(
                5,
                "https://passwordreset.contoso.com:8443/, which links may not use (names a port; remove it)"
            )
        );
        assert_eq!(
            found("m = 请访问passwordreset.contoso.com@evil-reset.com/x。"),
            shows(
                8,
                "passwordreset.contoso.com@evil-reset.com/x, which links may not use (contains a user name or password; remove the part before '@')"
            )
        );
        // A look-alike of an allowed host (Cyrillic а) is warned as a whole.
        assert_eq!(
            found("m = pаsswordreset.contoso.com"),
            shows(
                5,
                "pаsswordreset.contoso.com, which mixes letters of different alphabets, like a look-alike of a real address"
            )
        );
        // Allowed hosts, Microsoft's sites, file names, e-mail, versions and comments pass.
        assert!(found("m = passwordreset.contoso.com or aka.ms/sspr or login.microsoftonline.com, office.com").is_empty());
        assert!(found("m = Edit pack.toml, mail it-help@contoso.com, Entra Connect 2.4.18.0, SSPR_0029").is_empty());
        assert!(found("# see evil.example/reset").is_empty());
        // A customer's host under a Microsoft domain is not Microsoft's.
        assert_eq!(found("m = myvm.eastus.cloudapp.azure.com/reset").len(), 1);
    }
}

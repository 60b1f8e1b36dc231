//! Web addresses written in text (a content pack's words, its name and version), found so
//! `validate` can warn about the ones a reader might type or copy: the app never opens text,
//! but people do.
//!
//! linkify finds the addresses, with or without `https://`. On top of it:
//! - one without a scheme counts only when it ends in a known public suffix (psl), and not
//!   when it looks like a file name (`readme.md`, `install.sh`: no path, no `www.`, and an
//!   ending that is more often a file extension; an upper-case ending like `ASP.NET` counts
//!   only with a path or `www.`);
//! - domains are read as ASCII, so an address written straight into Chinese text ends where
//!   the Chinese starts; but a letter of another alphabet touching it (a Cyrillic `а` in
//!   `pаsswordreset.contoso.com`) makes the whole run of letters one look-alike address;
//! - `passwordreset.contoso.com@evil.example` (which linkify reads as e-mail) is an address
//!   whose real host is after the `@`.

use linkify::{LinkFinder, LinkKind};

/// Endings that are public suffixes but in helpdesk text are far more often file extensions
/// or code: without a path or `www.`, `readme.md` or `app.py` is not taken for an address.
const FILE_LIKE_SUFFIXES: &[&str] = &["app", "dev", "io", "md", "mov", "name", "pl", "ps", "py", "rs", "sh", "so", "zip"];

/// An address found in a line of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundAddress {
    /// 0-based byte offset of its first character in the line.
    pub start: usize,
    /// The address as written.
    pub text: String,
    /// The URL it leads to (`https://` added when it has no scheme).
    pub url: String,
    /// True when letters of another alphabet are mixed into it: a look-alike of an address.
    pub mixed_alphabets: bool,
}

/// Han, kana, Hangul, CJK punctuation and full-width forms: text an address written inside
/// Chinese (or Japanese, Korean) ends at.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3FFFF}')
}

/// A letter or digit of an alphabet other than Latin and the CJK scripts (Cyrillic, Greek,
/// accented Latin, …): one touching an address makes a look-alike of it.
fn is_foreign_letter(c: char) -> bool {
    c.is_alphanumeric() && !c.is_ascii() && !is_cjk(c)
}

/// Characters that continue an address's host or path around a look-alike letter.
fn continues_address(c: char) -> bool {
    (c.is_alphanumeric() && !is_cjk(c)) || "-._~/%?=&#:@+".contains(c)
}

/// Whether `host` (lowercased) ends in a known public suffix.
fn has_known_suffix(host: &str) -> bool {
    psl::suffix(host.as_bytes()).is_some_and(|s| s.is_known())
}

/// Every address in `line`, in order.
pub fn find_addresses(line: &str) -> Vec<FoundAddress> {
    let mut finder = LinkFinder::new();
    finder
        .kinds(&[LinkKind::Url, LinkKind::Email])
        .url_must_have_scheme(false)
        .url_can_be_iri(false);
    let mut found: Vec<FoundAddress> = Vec::new();
    // End of the last look-alike reported whole: pieces of it are not reported again.
    let mut covered_until = 0;
    for link in finder.links(line) {
        let (start, end) = (link.start(), link.end());
        if start < covered_until {
            continue;
        }
        let before = line[..start].chars().next_back();
        let after = line[end..].chars().next();
        if before.is_some_and(is_foreign_letter) || after.is_some_and(is_foreign_letter) {
            let first = line[..start]
                .char_indices()
                .rev()
                .take_while(|(_, c)| continues_address(*c))
                .last()
                .map_or(start, |(i, _)| i);
            let last = line[end..]
                .char_indices()
                .take_while(|(_, c)| continues_address(*c))
                .last()
                .map_or(end, |(i, c)| end + i + c.len_utf8());
            let text = line[first..last].trim_end_matches(['.', ',', ';', ':', '!', '?']).to_owned();
            covered_until = last;
            found.push(FoundAddress {
                start: first,
                url: if text.contains("://") {
                    text.clone()
                } else {
                    format!("https://{text}")
                },
                text,
                mixed_alphabets: true,
            });
            continue;
        }
        // E-mail's user part may hold any letters: one written into Chinese starts after it.
        let start = if link.kind() == &LinkKind::Email {
            line[start..end]
                .char_indices()
                .rfind(|(_, c)| is_cjk(*c))
                .map_or(start, |(i, c)| start + i + c.len_utf8())
        } else {
            start
        };
        // With ASCII-only domains, anything else can still trail in the path: cut it off.
        let text = &line[start..end];
        let text = text[..text.find(|c: char| !c.is_ascii()).unwrap_or(text.len())].trim_end_matches(['.', ',', ';', ':', '!', '?']);
        let address = match link.kind() {
            LinkKind::Email => {
                // user@host is an e-mail address, unless the "user" is itself a host (or a
                // path follows): then a browser goes to what is after the '@'.
                let (user, _) = text.split_once('@').unwrap_or_default();
                let path = line[end..].starts_with('/');
                let user_is_host = user.contains('.') && has_known_suffix(&user.to_ascii_lowercase());
                if !(user_is_host || path) {
                    continue;
                }
                let path_end = line[end..]
                    .find(|c: char| c.is_whitespace() || !c.is_ascii())
                    .map_or(line.len(), |i| end + i);
                line[start..path_end].trim_end_matches(['.', ',', ';', ':', '!', '?']).to_owned()
            }
            _ if text.contains("://") => text.to_owned(),
            _ => {
                let written = text.split(['/', '?', '#', ':']).next().unwrap_or_default();
                let host = written.to_ascii_lowercase();
                if !has_known_suffix(&host) {
                    continue;
                }
                // A bare name (no path, no www.) is an address only when it reads like one:
                // not `readme.md`, and not `ASP.NET` (an upper-case ending counts only with a
                // path or www.).
                let bare = !text.contains('/') && !host.starts_with("www.");
                let ending = written.rsplit('.').next().unwrap_or_default();
                if bare && (FILE_LIKE_SUFFIXES.contains(&ending) || ending.chars().any(|c| c.is_ascii_uppercase())) {
                    continue;
                }
                text.to_owned()
            }
        };
        found.push(FoundAddress {
            start,
            url: if address.contains("://") {
                address.clone()
            } else {
                format!("https://{address}")
            },
            text: address,
            mixed_alphabets: false,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<(usize, String, bool)> {
        find_addresses(line)
            .into_iter()
            .map(|f| (line[..f.start].chars().count(), f.text, f.mixed_alphabets))
            .collect()
    }

    #[test]
    fn finds_addresses_with_and_without_a_scheme() {
        assert_eq!(
            texts("Go to evil-reset.example.net/sspr now."),
            [(6, "evil-reset.example.net/sspr".to_owned(), false)]
        );
        assert_eq!(
            texts("Open HTTPS://EVIL.COM/x or EVIL-UPPER.COM/reset"),
            [
                (5, "HTTPS://EVIL.COM/x".to_owned(), false),
                (27, "EVIL-UPPER.COM/reset".to_owned(), false)
            ]
        );
        assert_eq!(texts("www.fabrikam.com"), [(0, "www.fabrikam.com".to_owned(), false)]);
    }

    #[test]
    fn an_address_in_chinese_text_ends_where_the_chinese_starts() {
        assert_eq!(texts("请访问evil-reset.com进行重置。"), [(3, "evil-reset.com".to_owned(), false)]);
        assert_eq!(
            texts("打开 https://evil.com/ok。然后"),
            [(3, "https://evil.com/ok".to_owned(), false)]
        );
    }

    #[test]
    fn a_letter_of_another_alphabet_makes_one_look_alike_address() {
        // Cyrillic а (U+0430) and о (U+043E).
        assert_eq!(
            texts("Open https://pаsswordreset.contoso.com/ now"),
            [(5, "https://pаsswordreset.contoso.com/".to_owned(), true)]
        );
        assert_eq!(
            texts("or passwordreset.cоntoso.com."),
            [(3, "passwordreset.cоntoso.com".to_owned(), true)]
        );
    }

    #[test]
    fn a_host_before_an_at_sign_is_an_address_not_an_email() {
        let found = find_addresses("go passwordreset.contoso.com@evil-reset.com/x now");
        assert_eq!(found[0].text, "passwordreset.contoso.com@evil-reset.com/x");
        assert_eq!(found[0].url, "https://passwordreset.contoso.com@evil-reset.com/x");
        assert!(texts("mail it-help@contoso.com or first.last@contoso.com").is_empty());
    }

    #[test]
    fn file_names_versions_and_codes_are_not_addresses() {
        assert!(texts("Edit pack.toml, readme.md, install.sh, app.py; Entra Connect 2.4.18.0, SSPR_0029, ASP.NET").is_empty());
        // With a path or www. they are addresses after all.
        assert_eq!(texts("evil.sh/reset").len(), 1);
    }
}

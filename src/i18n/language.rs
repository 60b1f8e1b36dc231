//! How the first language is chosen from the OS: its preferred locales, negotiated with
//! fluent-langneg against the languages the app ships.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::{LanguageIdentifier, langid};

use crate::model::language::Language;

/// The Unicode language identifier of a shipped language (what a Fluent bundle is built for).
pub fn langid(language: Language) -> LanguageIdentifier {
    match language {
        Language::EnUs => langid!("en-US"),
        Language::ZhCn => langid!("zh-CN"),
    }
}

/// Picks the best shipped language for the OS's preferred locales, most preferred first
/// (as `sys_locale::get_locales` returns them: `zh-Hans-CN`, `zh-CN`, `zh_CN.UTF-8`,
/// `en-GB`, …). Negotiated with fluent-langneg, so `zh`, `zh-Hans`, `zh-SG` all give
/// zh-CN; locales that do not parse (such as POSIX `C`) are skipped; default en-US.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Language {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|tag| {
            // POSIX forms: strip the encoding and modifier, and use '-' between parts.
            let tag = tag.as_ref().split(['.', '@']).next().unwrap_or_default().replace('_', "-");
            tag.parse().ok()
        })
        .collect();
    let available: Vec<LanguageIdentifier> = Language::ALL.iter().map(|l| langid(*l)).collect();
    let default = langid(Language::EnUs);
    let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Filtering);
    chosen
        .first()
        .and_then(|id| Language::ALL.into_iter().find(|l| langid(*l) == **id))
        .unwrap_or(Language::EnUs)
}

/// The OS's preferred UI languages, most preferred first.
pub fn os_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_locales_negotiate_to_what_we_ship() {
        for zh in ["zh-Hans-CN", "zh-CN", "zh_CN.UTF-8", "zh", "zh-Hans", "zh-SG"] {
            assert_eq!(negotiate(&[zh]), Language::ZhCn, "{zh}");
        }
        for en in ["en-US", "en-GB", "fr-FR", "C", ""] {
            assert_eq!(negotiate(&[en]), Language::EnUs, "{en}");
        }
        assert_eq!(negotiate::<&str>(&[]), Language::EnUs);
        assert_eq!(negotiate(&["de-DE", "zh-CN"]), Language::ZhCn);
        assert_eq!(negotiate(&["en-GB", "zh-CN"]), Language::EnUs);
    }
}

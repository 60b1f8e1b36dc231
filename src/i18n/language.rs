//! The UI languages and how the first one is chosen from the OS.

use std::fmt;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::{LanguageIdentifier, langid};

/// A language the app ships in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Language {
    /// English (United States): the reference locale and the fallback for every message.
    #[serde(rename = "en-US")]
    EnUs,
    /// Simplified Chinese (mainland China), with Microsoft's official zh-CN terms.
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Language {
    /// All languages, in the order of the language switch.
    pub const ALL: [Language; 2] = [Language::EnUs, Language::ZhCn];

    /// BCP 47 tag, also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::EnUs => "en-US",
            Language::ZhCn => "zh-CN",
        }
    }

    /// The language's name in itself, for the language switch: "English", "中文".
    pub fn native_name(self) -> &'static str {
        match self {
            Language::EnUs => "English",
            Language::ZhCn => "中文",
        }
    }

    /// Unicode language identifier.
    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Language::EnUs => langid!("en-US"),
            Language::ZhCn => langid!("zh-CN"),
        }
    }

    /// The language with exactly this tag (`en-US` or `zh-CN`, case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag))
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
        let available: Vec<LanguageIdentifier> = Language::ALL.iter().map(|l| l.langid()).collect();
        let default = Language::EnUs.langid();
        let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Filtering);
        chosen
            .first()
            .and_then(|id| Language::ALL.into_iter().find(|l| l.langid() == **id))
            .unwrap_or(Language::EnUs)
    }

    /// The OS's preferred UI languages, most preferred first.
    pub fn os_locales() -> Vec<String> {
        sys_locale::get_locales().collect()
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_locales_negotiate_to_what_we_ship() {
        for zh in ["zh-Hans-CN", "zh-CN", "zh_CN.UTF-8", "zh", "zh-Hans", "zh-SG"] {
            assert_eq!(Language::negotiate(&[zh]), Language::ZhCn, "{zh}");
        }
        for en in ["en-US", "en-GB", "fr-FR", "C", ""] {
            assert_eq!(Language::negotiate(&[en]), Language::EnUs, "{en}");
        }
        assert_eq!(Language::negotiate::<&str>(&[]), Language::EnUs);
        assert_eq!(Language::negotiate(&["de-DE", "zh-CN"]), Language::ZhCn);
        assert_eq!(Language::negotiate(&["en-GB", "zh-CN"]), Language::EnUs);
    }

    #[test]
    fn tags_round_trip() {
        for l in Language::ALL {
            assert_eq!(Language::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Language::from_tag("zh-cn"), Some(Language::ZhCn));
        assert_eq!(Language::from_tag("fr"), None);
    }
}

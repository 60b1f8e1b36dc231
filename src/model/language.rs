//! The languages the app ships, and how a language written by a person (`zh`, `en-GB`) maps
//! onto one. Negotiation against the OS's locales lives in `i18n::language`.

use std::fmt;

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

    /// The language with exactly this tag (`en-US` or `zh-CN`, case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// A language as people write it: `zh-CN`, `zh`, `zh_cn`, `zh-Hans`, `zh-TW`, `en`,
    /// `en-GB`. Any English tag gives en-US and any Chinese tag zh-CN (the only Chinese the
    /// app ships), as the OS language does.
    ///
    /// # Errors
    /// A message naming the shipped languages when the text names another.
    pub fn from_user_tag(text: &str) -> Result<Language, String> {
        if let Some(language) = Language::from_tag(text) {
            return Ok(language);
        }
        let primary = text.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Ok(Language::EnUs),
            "zh" => Ok(Language::ZhCn),
            _ => Err(format!("unknown language \"{text}\"; use en-US or zh-CN")),
        }
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
    fn tags_people_write_map_onto_a_shipped_language() {
        for zh in ["zh", "zh-Hans", "zh_cn", "zh-TW", "ZH-sg"] {
            assert_eq!(Language::from_user_tag(zh), Ok(Language::ZhCn), "{zh}");
        }
        for en in ["en", "en-GB", "EN_us"] {
            assert_eq!(Language::from_user_tag(en), Ok(Language::EnUs), "{en}");
        }
        let error = Language::from_user_tag("fr").unwrap_err();
        assert!(error.contains("use en-US or zh-CN"), "{error}");
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

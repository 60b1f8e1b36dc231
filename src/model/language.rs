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

/// The language `text` is written in, when it says: two or more Han characters make it
/// Chinese; otherwise two or more English words (letters only, two or more of them: codes and
/// ticket numbers carry digits) make it English. `None` for text too short to tell.
pub fn language_of_text(text: &str) -> Option<Language> {
    let han = text.chars().filter(|c| is_han(*c)).count();
    if han >= 2 {
        return Some(Language::ZhCn);
    }
    if han > 0 {
        return None;
    }
    let words = text
        .split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '\''))
        .filter(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic() || c == '\''))
        .count();
    (words >= 2).then_some(Language::EnUs)
}

/// The caller's language to suggest for `texts` (the newest first: the first that tells
/// decides), when it differs from `current`.
pub fn suggested_caller_language<'a>(texts: impl IntoIterator<Item = &'a str>, current: Language) -> Option<Language> {
    texts.into_iter().find_map(language_of_text).filter(|language| *language != current)
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
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

#[cfg(test)]
mod text_language_tests {
    use super::*;

    #[test]
    fn chinese_characters_make_a_text_chinese() {
        assert_eq!(language_of_text("收不到验证码"), Some(Language::ZhCn));
        assert_eq!(language_of_text("SSPR_0029 回写失败"), Some(Language::ZhCn));
    }

    #[test]
    fn english_words_make_a_text_english() {
        assert_eq!(language_of_text("code never arrives"), Some(Language::EnUs));
        assert_eq!(language_of_text("user hasn't registered"), Some(Language::EnUs));
    }

    #[test]
    fn codes_ticket_numbers_and_single_words_say_nothing() {
        assert_eq!(language_of_text("SSPR_0029"), None);
        assert_eq!(language_of_text("INC0012777"), None);
        assert_eq!(language_of_text("writeback"), None);
        assert_eq!(language_of_text(""), None);
    }

    #[test]
    fn a_suggestion_is_made_only_for_the_other_language() {
        assert_eq!(suggested_caller_language(["收不到验证码"], Language::EnUs), Some(Language::ZhCn));
        assert_eq!(suggested_caller_language(["收不到验证码"], Language::ZhCn), None);
        assert_eq!(
            suggested_caller_language(["SSPR_0029", "code never arrives"], Language::ZhCn),
            Some(Language::EnUs)
        );
    }
}

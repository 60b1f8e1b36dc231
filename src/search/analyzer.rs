//! Turns text (English, Chinese, codes, or a mix) into search terms.
//!
//! - Text is NFKC-normalised (full-width letters become ASCII) and lowercased, then split into
//!   words with Unicode word boundaries (unicode-segmentation).
//! - English words lose stop words and are stemmed with the Snowball English stemmer
//!   (rust-stemmers), so "arrives", "arriving" and "arrive" meet.
//! - Chinese has no spaces: each run of Han characters becomes its overlapping character
//!   bigrams (a single character stays a unigram), so 收不到验证码 meets 验证码没有送达.
//! - Codes become code keys starting with `#`: `SSPR_0029`, `sspr 29` and `SSPR-0029` give
//!   `#sspr_0029`; `0x8023062C` and `8023062c` give `#8023062c`; `event 33004` gives `#33004`.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// One search term and the word of the input it came from (for "matched words").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The normalised term (stem, bigram or `#code`).
    pub term: String,
    /// The word as it appeared, lowercased.
    pub surface: String,
}

/// English words too common to help ranking (the callers' filler words included).
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could",
    "did", "do", "does", "for", "from", "get", "gets", "getting", "got", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "just", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so", "still", "than", "that", "the",
    "their", "them", "then", "there", "they", "this", "to", "too", "us", "was", "we", "were", "what", "when", "which", "who", "why",
    "will", "with", "would", "you", "your", "it's", "i'm", "don't", "doesn't", "can't", "won't", "isn't",
];

/// Words that find things but say nothing about why a hit matched ("set", "up", "hasn't"):
/// left out of a hit's "Matched:" line, on top of [`STOP_WORDS`].
#[rustfmt::skip]
const FILLER_WORDS: &[&str] = &[
    "set", "up", "hasn't", "haven't", "didn't", "wasn't", "weren't", "aren't", "couldn't", "wouldn't", "shouldn't",
    "there's", "they're", "we're", "you're", "i've", "i'd", "i'll", "one", "some", "keep", "keeps", "kept", "try",
    "tried", "trying", "says", "said", "need", "needs", "want", "wants", "please", "help", "hi", "hello", "yet", "only",
    "even", "really", "now", "today", "again", "anymore", "something", "thing", "things", "way", "like", "being",
    "going", "make", "made", "use", "used", "using",
];

/// The Chinese filler words a caller's sentence carries (我的, 一直): left out of "Matched:".
#[rustfmt::skip]
const CHINESE_FILLER_WORDS: &[&str] = &[
    "的", "了", "我", "我的", "你", "您", "他", "她", "是", "在", "吗", "呢", "吧", "啊", "也", "都", "就", "还", "和", "把", "被", "一直",
    "已经", "请问", "怎么", "怎么办", "为什么", "什么", "这个", "那个", "一下",
];

/// Whether a word of a query is a filler word: too common to be worth listing as what matched
/// (the stop words and the filler words of both languages).
pub fn is_filler_word(word: &str) -> bool {
    let word = word.to_lowercase();
    let word = word.replace('\u{2019}', "'");
    [STOP_WORDS, FILLER_WORDS, CHINESE_FILLER_WORDS]
        .iter()
        .any(|list| list.contains(&word.as_str()))
}

/// A word before analysis: a run of Han characters, or any other word.
enum Word<'a> {
    Han(String),
    Other(&'a str),
}

/// Splits text into terms. Cheap to create; holds the stemmer.
pub struct Analyzer {
    stemmer: Stemmer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Analyzer")
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// `#` + the canonical form of an SSPR code from its digits: 3 digits as written (`SSPR_009`
/// is a different, admin-only code), otherwise padded to 4 (`29` → `0029`).
fn sspr_code(digits: &str) -> String {
    if digits.len() == 3 && digits.starts_with('0') {
        format!("#sspr_{digits}")
    } else {
        format!("#sspr_{digits:0>4}")
    }
}

/// The code key of a single word, if it is one: `sspr_0029`, `sspr0029`, a number of three or
/// more digits, or a hex code with at least six digits (`0x` prefix optional).
pub fn code_key(word: &str) -> Option<String> {
    let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    if let Some(rest) = word.strip_prefix("sspr") {
        let digits = rest.trim_start_matches(['_', '-']);
        if !digits.is_empty() && digits.len() <= 4 && digits.chars().all(|c| c.is_ascii_digit()) {
            return Some(sspr_code(digits));
        }
        return None;
    }
    if word.len() >= 3 && word.chars().all(|c| c.is_ascii_digit()) {
        return Some(format!("#{word}"));
    }
    let hex = word.strip_prefix("0x").unwrap_or(word);
    if hex.len() >= 6 && hex.len() <= 8 && hex.chars().all(|c| c.is_ascii_hexdigit()) && hex.chars().any(|c| c.is_ascii_digit()) {
        return Some(format!("#{hex}"));
    }
    None
}

impl Analyzer {
    /// A new analyzer.
    pub fn new() -> Self {
        Self {
            stemmer: Stemmer::create(Algorithm::English),
        }
    }

    /// The normalised form of text before splitting: NFKC, lowercase.
    pub fn normalize(text: &str) -> String {
        text.nfkc().collect::<String>().to_lowercase()
    }

    /// Splits `text` into terms, in order.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let normalized = Self::normalize(text);
        let words = Self::words(&normalized);
        let mut tokens = Vec::new();
        let mut index = 0;
        while let Some(word) = words.get(index) {
            index += 1;
            match word {
                Word::Han(run) => Self::han_tokens(run, &mut tokens),
                Word::Other(word) => {
                    // "sspr 29" / "sspr-0029": a bare "sspr" followed by a number is one code.
                    if let (true, Some(Word::Other(next))) = (*word == "sspr", words.get(index))
                        && next.len() <= 4
                        && next.chars().all(|c| c.is_ascii_digit())
                    {
                        tokens.push(Token {
                            term: sspr_code(next),
                            surface: format!("sspr {next}"),
                        });
                        index += 1;
                        continue;
                    }
                    self.latin_tokens(word, &mut tokens);
                }
            }
        }
        tokens
    }

    /// Unicode word boundaries split every Han character into its own word; this joins
    /// adjacent Han characters back into runs and keeps other words as they are.
    fn words(text: &str) -> Vec<Word<'_>> {
        let mut words = Vec::new();
        let mut run = String::new();
        let mut run_end = 0;
        for (start, segment) in text.split_word_bound_indices() {
            let han = segment.chars().all(is_han);
            if han && (run.is_empty() || start == run_end) {
                run.push_str(segment);
                run_end = start + segment.len();
                continue;
            }
            if !run.is_empty() {
                words.push(Word::Han(std::mem::take(&mut run)));
            }
            if han {
                run.push_str(segment);
                run_end = start + segment.len();
            } else if segment.chars().any(char::is_alphanumeric) {
                words.push(Word::Other(segment));
            }
        }
        if !run.is_empty() {
            words.push(Word::Han(run));
        }
        words
    }

    fn han_tokens(run: &str, tokens: &mut Vec<Token>) {
        let chars: Vec<char> = run.chars().collect();
        if chars.len() == 1 {
            tokens.push(Token {
                term: run.to_owned(),
                surface: run.to_owned(),
            });
            return;
        }
        // Every bigram reports the whole run as what matched: "收不到验证码", not "到验".
        for pair in chars.windows(2) {
            tokens.push(Token {
                term: pair.iter().collect(),
                surface: run.to_owned(),
            });
        }
    }

    fn latin_tokens(&self, word: &str, tokens: &mut Vec<Token>) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() || STOP_WORDS.contains(&word) {
            return;
        }
        if let Some(code) = code_key(word) {
            tokens.push(Token {
                term: code,
                surface: word.to_owned(),
            });
            // A code is also an ordinary word ("sspr_0029" in a sentence).
        }
        // Dotted and underscored identifiers ("aka.ms", "pwdlastset") are kept whole;
        // plain words are stemmed.
        let term = if word.chars().all(|c| c.is_alphabetic() || c == '\'') {
            self.stemmer.stem(word).into_owned()
        } else {
            word.to_owned()
        };
        tokens.push(Token {
            term,
            surface: word.to_owned(),
        });
    }

    /// The terms of `text`, without surfaces.
    pub fn terms(&self, text: &str) -> Vec<String> {
        self.tokens(text).into_iter().map(|t| t.term).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filler_words_are_known_in_both_languages() {
        for word in ["set", "up", "hasn't", "hasn\u{2019}t", "The", "我的", "一直"] {
            assert!(is_filler_word(word), "{word}");
        }
        for word in ["authenticator", "writeback", "验证码", "sspr_0029"] {
            assert!(!is_filler_word(word), "{word}");
        }
    }

    fn terms(text: &str) -> Vec<String> {
        Analyzer::new().terms(text)
    }

    #[test]
    fn codes_in_every_form_give_the_same_key() {
        for query in ["SSPR_0029", "sspr 29", "sspr-0029", "SSPR0029", "ＳＳＰＲ＿００２９"] {
            assert!(terms(query).contains(&"#sspr_0029".to_owned()), "{query}: {:?}", terms(query));
        }
        assert!(terms("SSPR_009").contains(&"#sspr_009".to_owned()));
        assert!(terms("0x8023062C").contains(&"#8023062c".to_owned()));
        assert!(terms("8023062c").contains(&"#8023062c".to_owned()));
        assert!(terms("event 33004").contains(&"#33004".to_owned()));
        assert!(terms("hr=80230402").contains(&"#80230402".to_owned()));
        assert_eq!(code_key("writeback"), None);
        assert_eq!(code_key("12"), None);
    }

    #[test]
    fn english_is_stemmed_and_stop_words_dropped() {
        assert_eq!(terms("I never get the verification codes"), ["never", "verif", "code"]);
        assert_eq!(terms("arrives arriving"), ["arriv", "arriv"]);
    }

    #[test]
    fn chinese_becomes_bigrams() {
        assert_eq!(terms("收不到验证码"), ["收不", "不到", "到验", "验证", "证码"]);
        assert_eq!(terms("在 SSPR 中"), ["在", "sspr", "中"]);
        assert_eq!(terms("密码写回失败"), ["密码", "码写", "写回", "回失", "失败"]);
    }
}

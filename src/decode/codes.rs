//! Codes in ADSync lines, and support codes (GUIDs).

use super::{CodeFinding, SupportCode};
use crate::model::playbook::Playbook;

/// Whether `text` reads like ADSync / Entra Connect error output.
pub(crate) fn looks_like_adsync(_text: &str) -> bool {
    false
}

/// Every code in `text` (lines counted from `first_line`), with its entries.
pub(crate) fn find_codes(_text: &str, _first_line: usize, _playbook: &Playbook) -> Vec<CodeFinding> {
    Vec::new()
}

/// A support code pasted on its own.
pub(crate) fn support_code(_text: &str) -> Option<SupportCode> {
    None
}

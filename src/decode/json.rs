//! Audit-log entries as JSON.

use super::Decoded;
use super::input::LineIndex;

/// Decodes JSON audit entries into `decoded`; false when the text is not JSON audit data.
pub(crate) fn decode(_text: &str, _lines: &LineIndex<'_>, _decoded: &mut Decoded) -> bool {
    false
}

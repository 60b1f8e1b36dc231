//! Audit-log rows as CSV.

use super::Decoded;

/// Decodes CSV audit rows into `decoded`; false when the header is not an audit-log header.
pub(crate) fn decode(_text: &str, _decoded: &mut Decoded) -> bool {
    false
}

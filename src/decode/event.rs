//! Windows events as XML and as text.

use super::Decoded;
use crate::model::playbook::Playbook;

/// Decodes Event XML into `decoded`; false when the text is not Event XML.
pub(crate) fn decode_xml(_text: &str, _playbook: &Playbook, _decoded: &mut Decoded) -> bool {
    false
}

/// Decodes events as text into `decoded`; false when there is no `Event ID:` line.
pub(crate) fn decode_text(_text: &str, _playbook: &Playbook, _decoded: &mut Decoded) -> bool {
    false
}

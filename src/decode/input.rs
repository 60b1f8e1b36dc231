//! From bytes to text: UTF-8 (with or without a byte-order mark) or UTF-16 LE with its BOM
//! (what Windows tools such as `reg export` and PowerShell 5 write); binary junk and empty
//! pastes are refused. Also the line index that turns byte offsets into line and column.

/// Why a paste or file cannot be decoded at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// Nothing but white space.
    #[error("the paste is empty")]
    Empty,
    /// NUL bytes or mostly unprintable characters: a binary file, not text.
    #[error("this is binary data, not text (byte {offset}); paste the text, or export it as text or CSV")]
    Binary {
        /// Byte offset of the first tell-tale byte.
        offset: usize,
    },
    /// Not UTF-8, and no UTF-16 byte-order mark.
    #[error("this is not UTF-8 text (byte {offset}); save it as UTF-8 or UTF-16 with a byte-order mark")]
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

impl Refused {
    /// Stable id; Fluent message `decode-refused-<id>` (with `$offset` where it has one).
    pub fn id(&self) -> &'static str {
        match self {
            Refused::Empty => "empty",
            Refused::Binary { .. } => "binary",
            Refused::NotUtf8 { .. } => "not-utf8",
        }
    }

    /// The byte offset the message names, if any.
    pub fn offset(&self) -> Option<usize> {
        match self {
            Refused::Empty => None,
            Refused::Binary { offset } | Refused::NotUtf8 { offset } => Some(*offset),
        }
    }
}

/// Reads a file's or stdin's bytes as text: UTF-8 (a BOM is dropped), UTF-16 LE/BE with a
/// BOM, or UTF-16 LE/BE without one when its first 512 bytes show it (a NUL in the same half
/// of at least three code units in four, and none in the other half).
///
/// # Errors
/// [`Refused::NotUtf8`] when the bytes are neither; [`Refused::Binary`] and [`Refused::Empty`]
/// as [`check_text`] finds them.
pub fn text_from_bytes(bytes: &[u8]) -> Result<String, Refused> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)?
    } else if let Some(unit) = utf16_without_bom(bytes) {
        utf16(bytes, unit)?
    } else {
        let rest = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        match std::str::from_utf8(rest) {
            Ok(text) => text.to_owned(),
            Err(error) => {
                let offset = error.valid_up_to() + (bytes.len() - rest.len());
                // A NUL byte says "binary" more usefully than "not UTF-8".
                return Err(match bytes.iter().position(|b| *b == 0) {
                    Some(nul) => Refused::Binary { offset: nul },
                    None => Refused::NotUtf8 { offset },
                });
            }
        }
    };
    check_text(&text)?;
    Ok(text)
}

/// How many bytes [`utf16_without_bom`] looks at.
const UTF16_SNIFF: usize = 512;

/// UTF-16 without a byte-order mark (what some tools write, and what a UTF-16 file cut at the
/// start leaves): over the first [`UTF16_SNIFF`] bytes, at least 8 code units, at least 75 % of
/// them with a NUL in the same half and none with a NUL in the other half. Text in Latin script
/// looks like this; UTF-8 text never has NUL bytes. The unit reader for LE or BE, or `None`.
fn utf16_without_bom(bytes: &[u8]) -> Option<fn([u8; 2]) -> u16> {
    let head = &bytes[..bytes.len().min(UTF16_SNIFF) & !1];
    let units = head.len() / 2;
    if units < 8 {
        return None;
    }
    let nul_at = |half: usize| head.chunks_exact(2).filter(|pair| pair[half] == 0).count();
    let (even, odd) = (nul_at(0), nul_at(1));
    if odd * 4 >= units * 3 && even == 0 {
        Some(u16::from_le_bytes)
    } else if even * 4 >= units * 3 && odd == 0 {
        Some(u16::from_be_bytes)
    } else {
        None
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, Refused> {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFF,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for (index, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) if c != '\u{ffff}' => text.push(c),
            _ => return Err(Refused::NotUtf8 { offset: 2 + index * 2 }),
        }
    }
    Ok(text)
}

/// Refuses text that is blank or binary: a NUL, or more than one character in ten that is a
/// control character other than tab, CR and LF (in the first 64 KiB).
///
/// # Errors
/// [`Refused::Empty`] or [`Refused::Binary`].
pub fn check_text(text: &str) -> Result<(), Refused> {
    if let Some(offset) = text.find('\0') {
        return Err(Refused::Binary { offset });
    }
    if text.trim().is_empty() {
        return Err(Refused::Empty);
    }
    let mut total = 0usize;
    let mut odd = 0usize;
    let mut first_odd = None;
    for (offset, c) in text.char_indices().take_while(|(i, _)| *i < 65_536) {
        total += 1;
        if (c.is_control() && !matches!(c, '\t' | '\r' | '\n')) || c == '\u{fffd}' {
            odd += 1;
            first_odd.get_or_insert(offset);
        }
    }
    match first_odd {
        Some(offset) if odd * 10 > total => Err(Refused::Binary { offset }),
        _ => Ok(()),
    }
}

/// Byte offsets → 1-based line and column (in characters), in O(log n) per lookup.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        Self { text, starts }
    }

    /// The 1-based line of byte `offset`.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|s| *s <= offset).max(1)
    }

    /// The 1-based line and column (characters) of byte `offset`.
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let end = offset.min(self.text.len());
        let column = self.text.get(start..end).map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }

    /// The byte offset where 1-based `line` starts (the end of the text past the last line).
    pub(crate) fn offset_of_line(&self, line: usize) -> usize {
        self.starts.get(line.saturating_sub(1)).copied().unwrap_or(self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_a_bom_and_utf16_le_with_its_bom() {
        assert_eq!(text_from_bytes(b"\xEF\xBB\xBFabc").unwrap(), "abc");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("reg ü".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(text_from_bytes(&utf16).unwrap(), "reg ü");
        assert_eq!(text_from_bytes(b"ab\xFFcd"), Err(Refused::NotUtf8 { offset: 2 }));
    }

    #[test]
    fn reads_utf16_without_a_bom() {
        let le = include_bytes!("../../tests/fixtures/decode/event-utf16le-nobom.txt");
        assert_ne!(le[..2], [0xFF, 0xFE], "the fixture has no byte-order mark");
        let text = text_from_bytes(le).unwrap();
        assert!(text.starts_with("Log Name:"), "{text}");
        assert!(text.contains("Event ID:"), "{text}");
        let be: Vec<u8> = "Event ID: 33004, 事件".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(text_from_bytes(&be).unwrap(), "Event ID: 33004, 事件");
        // A binary file with NULs here and there is still binary, not UTF-16.
        assert!(matches!(
            text_from_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8\x00"),
            Err(Refused::Binary { .. })
        ));
    }

    #[test]
    fn refuses_binary_junk_and_blank_pastes() {
        assert_eq!(text_from_bytes(b"MZ\x90\x00\x03"), Err(Refused::Binary { offset: 3 }));
        assert_eq!(check_text(" \n\t "), Err(Refused::Empty));
        assert!(matches!(check_text("\u{1}\u{2}\u{3}ab\u{4}"), Err(Refused::Binary { offset: 0 })));
        assert_eq!(check_text("a\tb\r\nc"), Ok(()));
    }

    #[test]
    fn line_index_gives_lines_and_character_columns() {
        let index = LineIndex::new("ab\n文字x\n");
        assert_eq!(index.line_col(0), (1, 1));
        assert_eq!(index.line_col(3), (2, 1));
        assert_eq!(index.line_col(9), (2, 3));
        assert_eq!(index.line(11), 3);
        assert_eq!(index.offset_of_line(2), 3);
    }
}

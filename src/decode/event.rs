//! Windows events as XML (Event Viewer's XML view; the schema of
//! <https://learn.microsoft.com/windows/win32/wes/eventschema-eventtype-complextype>) and as
//! text (Event Viewer's "Copy details as text", `wevtutil qe /f:text`: `Log Name:`, `Source:`,
//! `Date:`, `Event ID:`, `Level:`, `Description:`). The event ID and the codes in the
//! description map to catalogue entries with [`crate::search::lookup_all`].
//!
//! Each `<Event>` is parsed on its own, so a paste cut off in the third event still yields the
//! first two, and the break is reported with line and column.

use super::codes::{CodeIndex, find_codes};
use super::fields::parse_utc;
use super::input::LineIndex;
use super::{CodeFinding, Decoded, EventRecord, Problem, ProblemKind};
use crate::model::catalogue::EntryId;

/// The start of every `<Event>` element (not `<EventData>`, `<EventID>`, `<Events>`).
fn event_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("<Event").map(|a| a + from) {
        if matches!(text.as_bytes().get(at + 6), Some(b' ' | b'>' | b'\t' | b'\r' | b'\n')) {
            starts.push(at);
        }
        from = at + 6;
    }
    starts
}

/// Decodes Event XML into `decoded`; false when there is no `<Event` element.
pub(crate) fn decode_xml(text: &str, index: &CodeIndex, decoded: &mut Decoded) -> bool {
    let starts = event_starts(text);
    if starts.is_empty() {
        return false;
    }
    let lines = LineIndex::new(text);
    for (n, start) in starts.iter().enumerate() {
        let limit = starts.get(n + 1).copied().unwrap_or(text.len());
        let chunk = &text[*start..limit];
        let end = chunk.find("</Event>").map_or(chunk.len(), |e| e + "</Event>".len());
        match roxmltree::Document::parse(&chunk[..end]) {
            Ok(document) => {
                let line = lines.line(*start);
                decoded.events.push(from_xml(&document, line, index));
            }
            Err(error) => {
                let message = error.to_string();
                let detail = message.split(" at ").next().unwrap_or(&message).to_owned();
                let (line, column) = if matches!(error, roxmltree::Error::UnexpectedEndOfStream) {
                    // roxmltree gives 1:1 for "ends too soon": the break is where the text ends.
                    lines.line_col(*start + chunk[..end].trim_end().len())
                } else {
                    // roxmltree counts from this `<Event>`, which is `start` bytes into the paste.
                    let position = error.pos();
                    let (line, column) = lines.line_col(*start);
                    let row = usize::try_from(position.row).unwrap_or(1);
                    let col = usize::try_from(position.col).unwrap_or(1);
                    (
                        line + row.saturating_sub(1),
                        if row <= 1 { column + col.saturating_sub(1) } else { col },
                    )
                };
                decoded.problems.push(Problem {
                    line,
                    column: Some(column),
                    kind: ProblemKind::Xml(detail),
                });
            }
        }
    }
    true
}

fn from_xml(document: &roxmltree::Document<'_>, line: usize, index: &CodeIndex) -> EventRecord {
    let named = |name: &str| document.descendants().find(|n| n.tag_name().name() == name);
    let text_of = |name: &str| {
        named(name)
            .and_then(|n| n.text())
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
    };
    let mut description: Vec<String> = document
        .descendants()
        .filter(|n| matches!(n.tag_name().name(), "Data" | "Message" | "Binary"))
        .filter_map(|n| n.text())
        .map(str::to_owned)
        .collect();
    description.retain(|t| !t.trim().is_empty());
    let mut event = EventRecord {
        line,
        event_id: text_of("EventID").and_then(|t| t.parse().ok()),
        source: named("Provider").and_then(|n| n.attribute("Name")).map(str::to_owned),
        level: text_of("Level").map(|l| level_name(&l)),
        when_utc: named("TimeCreated").and_then(|n| n.attribute("SystemTime")).and_then(parse_utc),
        when_local_text: None,
        entries: Vec::new(),
        codes: Vec::new(),
    };
    map(&mut event, &description.join("\n"), index);
    event
}

/// The XML's level number as Event Viewer names it (`2` → `Error`).
fn level_name(level: &str) -> String {
    match level {
        "1" => "Critical",
        "2" => "Error",
        "3" => "Warning",
        "0" | "4" => "Information",
        "5" => "Verbose",
        other => other,
    }
    .to_owned()
}

/// The entries of the event ID, narrowed by the codes of the description when they agree
/// (event 6329 has four variants; `ERROR_ACCESS_DENIED` picks one); without an entry for the
/// ID, the codes' entries.
fn map(event: &mut EventRecord, description: &str, index: &CodeIndex) {
    event.codes = find_codes(description, event.line, index);
    let by_id: Vec<EntryId> = event.event_id.map(|id| index.lookup(&id.to_string())).unwrap_or_default();
    let by_code: Vec<EntryId> = event.codes.iter().flat_map(|c: &CodeFinding| c.entries.iter().cloned()).collect();
    let both: Vec<EntryId> = by_id.iter().filter(|e| by_code.contains(e)).cloned().collect();
    // The codes' own entries stay in `event.codes` for the agent to follow.
    let entries = if !both.is_empty() {
        both
    } else if !by_id.is_empty() {
        by_id
    } else {
        let mut unique: Vec<EntryId> = Vec::new();
        for entry in by_code {
            if !unique.contains(&entry) {
                unique.push(entry);
            }
        }
        unique
    };
    event.entries = entries;
}

/// The labels of the text form, in lower case, without the colon: the English one first,
/// then the Simplified Chinese one, which [`labelled`] reads as the English.
///
/// The Chinese labels are those of Windows' zh-CN Event Viewer ("复制详细信息为文本") and of
/// `wevtutil qe /f:text` on a Chinese Windows, as commonly published in copied events; they are
/// not taken from a Microsoft documentation page (none lists them). A Chinese Windows may write
/// the colon full-width (`：`) or ASCII, and `事件 ID` with or without the space.
const LABELS: [(&str, &[&str]); 11] = [
    ("log name", &["日志名称"]),
    ("source", &["来源"]),
    ("date", &["日期"]),
    ("event id", &["事件 id", "事件id"]),
    ("task category", &["任务类别"]),
    ("level", &["级别"]),
    ("keywords", &["关键字"]),
    ("user", &["用户"]),
    ("computer", &["计算机"]),
    ("opcode", &["操作代码"]),
    ("description", &["描述"]),
];

/// `Label: value` (or `标签：值`) when `line` starts with one of [`LABELS`]; the label is given
/// in English whatever the language of the line.
fn labelled(line: &str) -> Option<(&'static str, &str)> {
    let colon = line.find([':', '：'])?;
    let (label, rest) = line.split_at(colon);
    let value = rest.strip_prefix(':').or_else(|| rest.strip_prefix('：')).unwrap_or(rest);
    let label = label.trim().to_lowercase();
    LABELS
        .iter()
        .find(|(english, chinese)| *english == label || chinese.contains(&label.as_str()))
        .map(|(english, _)| (*english, value.trim()))
}

/// Whether `line` opens the XML part of a copied event (`Event Xml:`, `事件 Xml：`).
fn is_event_xml_label(line: &str) -> bool {
    let label = line.trim_end_matches([':', '：']).trim().to_lowercase();
    matches!(label.as_str(), "event xml" | "事件 xml" | "事件xml")
}

/// Decodes events as text into `decoded`; false when no `Event ID:` line has a number.
pub(crate) fn decode_text(text: &str, index: &CodeIndex, decoded: &mut Decoded) -> bool {
    struct Draft {
        line: usize,
        fields: Vec<(&'static str, String)>,
        description: String,
        in_description: bool,
    }
    let mut drafts: Vec<Draft> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        let starts_event = trimmed.starts_with("Event[") || labelled(trimmed).is_some_and(|(l, _)| l == "log name");
        if starts_event || drafts.is_empty() {
            if starts_event || labelled(trimmed).is_some() {
                drafts.push(Draft {
                    line: number + 1,
                    fields: Vec::new(),
                    description: String::new(),
                    in_description: false,
                });
            }
            if trimmed.starts_with("Event[") {
                continue;
            }
        }
        let Some(draft) = drafts.last_mut() else { continue };
        if is_event_xml_label(trimmed) {
            draft.in_description = false;
            continue;
        }
        match labelled(trimmed) {
            Some((label, value)) if !draft.in_description || label != "description" && draft.fields.iter().all(|(l, _)| *l != label) => {
                if label == "description" {
                    draft.in_description = true;
                    draft.description.push_str(value);
                    draft.description.push('\n');
                } else if !draft.in_description {
                    draft.fields.push((label, value.to_owned()));
                }
            }
            _ if draft.in_description => {
                draft.description.push_str(line);
                draft.description.push('\n');
            }
            _ => {}
        }
    }
    let mut any = false;
    for draft in drafts {
        let get = |label: &str| draft.fields.iter().find(|(l, _)| *l == label).map(|(_, v)| v.clone());
        let Some(event_id) = get("event id").and_then(|v| v.trim().parse::<u32>().ok()) else {
            continue;
        };
        any = true;
        let mut event = EventRecord {
            line: draft.line,
            event_id: Some(event_id),
            source: get("source").filter(|s| !s.is_empty()),
            level: get("level").filter(|s| !s.is_empty()),
            when_utc: None,
            when_local_text: get("date").filter(|s| !s.is_empty()),
            entries: Vec::new(),
            codes: Vec::new(),
        };
        map(&mut event, &draft.description, index);
        // Code lines are counted from the event's first line; good enough to find them.
        decoded.events.push(event);
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::InputKind;
    use crate::model::playbook::Playbook;
    use crate::search::lookup_all;

    fn playbook() -> &'static Playbook {
        &Playbook::shared_builtin().0
    }

    fn index() -> CodeIndex {
        CodeIndex::new(playbook())
    }

    const XML: &str = r#"<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="ADSync" />
    <EventID Qualifiers="0">6329</EventID>
    <Level>2</Level>
    <TimeCreated SystemTime="2026-11-30T08:14:05.1234567Z" />
  </System>
  <EventData>
    <Data>ERR_: MMS(4924): admaexport.cpp(2944): Failed to acquire user information: Contoso\MSOL_1234. Error Code: ERROR_ACCESS_DENIED</Data>
  </EventData>
</Event>"#;

    #[test]
    fn reads_event_xml_and_narrows_6329_by_its_codes() {
        let mut decoded = Decoded::empty(InputKind::EventXml);
        assert!(decode_xml(XML, &index(), &mut decoded));
        let event = &decoded.events[0];
        assert_eq!(event.event_id, Some(6329));
        assert_eq!(event.source.as_deref(), Some("ADSync"));
        assert_eq!(
            event.when_utc.map(|t| t.to_string()).as_deref(),
            Some("2026-11-30T08:14:05.1234567Z")
        );
        assert!(event.codes.iter().any(|c| c.code == "ERROR_ACCESS_DENIED"), "{:?}", event.codes);
        let all_6329 = lookup_all(playbook(), "6329").len();
        assert!(all_6329 > 1);
        assert!(!event.entries.is_empty() && event.entries.len() < all_6329, "{:?}", event.entries);
    }

    #[test]
    fn a_cut_off_second_event_keeps_the_first_and_reports_the_break() {
        let text = format!("<Events>\n{XML}\n{}", &XML[..120]);
        let mut decoded = Decoded::empty(InputKind::EventXml);
        assert!(decode_xml(&text, &index(), &mut decoded));
        assert_eq!(decoded.events.len(), 1);
        assert_eq!(decoded.problems.len(), 1);
        assert!(matches!(decoded.problems[0].kind, ProblemKind::Xml(_)));
        assert_eq!(decoded.problems[0].line, 13, "the second event starts on line 13");
    }

    #[test]
    fn a_truncated_event_points_at_the_line_and_column_where_it_breaks() {
        let text = include_str!("../../tests/fixtures/decode/event-truncated.xml");
        let mut decoded = Decoded::empty(InputKind::EventXml);
        assert!(decode_xml(text, &index(), &mut decoded));
        assert!(decoded.events.is_empty());
        let problem = &decoded.problems[0];
        assert_eq!(
            (problem.line, problem.column),
            (13, Some(32)),
            "after `ProcessID=\"4312\"` on the last line"
        );
        // A break roxmltree places itself: counted from the `<Event>`, three lines in.
        let text = "a note\n\n<Event><System>\n<EventID>1</Foo></System></Event>";
        let mut decoded = Decoded::empty(InputKind::EventXml);
        assert!(decode_xml(text, &index(), &mut decoded));
        assert_eq!(decoded.problems[0].line, 4, "{:?}", decoded.problems);
    }

    #[test]
    fn reads_the_text_a_chinese_windows_copies() {
        let text = include_str!("../../tests/fixtures/decode/event-zh.txt");
        let mut decoded = Decoded::empty(InputKind::EventText);
        assert!(decode_text(text, &index(), &mut decoded));
        let event = &decoded.events[0];
        assert_eq!(event.event_id, Some(33004));
        assert_eq!(event.source.as_deref(), Some("PasswordResetService"));
        assert_eq!(event.level.as_deref(), Some("错误"));
        assert_eq!(event.when_local_text.as_deref(), Some("2026/11/30 13:05:03"));
        let by_id: Vec<EntryId> = lookup_all(playbook(), "33004").into_iter().map(|e| e.id.clone()).collect();
        assert!(
            !event.entries.is_empty() && event.entries.iter().all(|e| by_id.contains(e)),
            "{:?}",
            event.entries
        );
        // Full-width colons and `事件ID` without the space.
        let full_width = "来源：ADSync\n事件ID：6329\n描述：\nERROR_ACCESS_DENIED\n";
        let mut decoded = Decoded::empty(InputKind::EventText);
        assert!(decode_text(full_width, &index(), &mut decoded));
        assert_eq!(decoded.events[0].event_id, Some(6329));
        assert!(decoded.events[0].codes.iter().any(|c| c.code == "ERROR_ACCESS_DENIED"));
    }

    #[test]
    fn reads_the_text_form_with_its_description() {
        let text = "Log Name:      Application\nSource:        PasswordResetService\nDate:          11/30/2026 8:14:05 AM\nEvent ID:      33004\nTask Category: None\nLevel:         Error\nDescription:\nAn error occurred. hr=0x8023062c\nDetails: ERROR_ACCESS_DENIED\n";
        let mut decoded = Decoded::empty(InputKind::EventText);
        assert!(decode_text(text, &index(), &mut decoded));
        let event = &decoded.events[0];
        assert_eq!(event.event_id, Some(33004));
        assert_eq!(event.level.as_deref(), Some("Error"));
        assert_eq!(event.when_local_text.as_deref(), Some("11/30/2026 8:14:05 AM"));
        assert!(event.codes.iter().any(|c| c.code == "0x8023062C"), "{:?}", event.codes);
        assert!(!event.entries.is_empty());
        assert!(!decode_text(
            "no event here\nDate: today",
            &index(),
            &mut Decoded::empty(InputKind::EventText)
        ));
    }
}

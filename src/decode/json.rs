//! Audit-log entries as JSON: Graph `directoryAudit` (one object, an array, or
//! `{"value": […]}`), Log Analytics / Sentinel `AuditLogs` rows (whose nested columns may be
//! JSON inside strings), and JSON Lines of either.
//!
//! A small scanner finds where each entry starts and ends, and serde_json parses each one on
//! its own: a break (a truncated export, a lost comma) costs only the entry it is in, and is
//! reported with line and column.

use serde_json::Value;

use super::fields::{RawRecord, clean};
use super::input::LineIndex;
use super::{Decoded, Problem, ProblemKind};

/// Decodes the JSON in `text` into `decoded`; false when it is not JSON at all (nothing
/// parsed and no `"key":` in sight), so the other readers get a turn.
pub(crate) fn decode(text: &str, lines: &LineIndex<'_>, decoded: &mut Decoded) -> bool {
    let bytes = text.as_bytes();
    let mut values = 0usize;
    let mut at = skip_ws(bytes, 0);
    while at < bytes.len() {
        match bytes[at] {
            b'[' => {
                let (end, count) = array(text, at, lines, decoded);
                values += count;
                match end {
                    Some(end) => at = end,
                    None => break,
                }
            }
            b'{' => {
                let (end, count) = object(text, at, lines, decoded);
                values += count;
                match end {
                    Some(end) => at = end,
                    None => break,
                }
            }
            _ => {
                json_problem(text, at, lines, decoded);
                break;
            }
        }
        at = skip_ws(bytes, at);
        // JSON Lines and concatenated exports: another value may follow; a stray comma between
        // them is forgiven.
        if bytes.get(at) == Some(&b',') {
            at = skip_ws(bytes, at + 1);
        }
    }
    values > 0 || text.contains("\":")
}

/// A top-level object: `{"value": […]}` (each element an entry) or one entry. Returns where
/// it ends (`None` when the text breaks inside it) and how many values it held.
fn object(text: &str, start: usize, lines: &LineIndex<'_>, decoded: &mut Decoded) -> (Option<usize>, usize) {
    if let Some(open) = value_array(text.as_bytes(), start) {
        let (end, count) = array(text, open, lines, decoded);
        // The rest of the wrapper (`@odata.nextLink` …) is skipped structurally.
        let close = end.and_then(|_| value_end(text.as_bytes(), start));
        if end.is_some() && close.is_none() {
            json_problem(text, start, lines, decoded);
        }
        return (close, count);
    }
    match value_end(text.as_bytes(), start) {
        Some(end) => {
            let parsed = entry(text, start, end, lines, decoded);
            (Some(end), usize::from(parsed))
        }
        None => {
            json_problem(text, start, lines, decoded);
            (None, 0)
        }
    }
}

/// The elements of the array opening at `open`, each decoded as an entry. Returns the end of
/// the array (`None` when it breaks) and how many elements were whole.
fn array(text: &str, open: usize, lines: &LineIndex<'_>, decoded: &mut Decoded) -> (Option<usize>, usize) {
    let bytes = text.as_bytes();
    let mut at = skip_ws(bytes, open + 1);
    let mut count = 0;
    if bytes.get(at) == Some(&b']') {
        return (Some(at + 1), 0);
    }
    loop {
        let Some(end) = value_end(bytes, at) else {
            json_problem(text, at, lines, decoded);
            return (None, count);
        };
        count += usize::from(entry(text, at, end, lines, decoded));
        at = skip_ws(bytes, end);
        match bytes.get(at) {
            Some(b',') => at = skip_ws(bytes, at + 1),
            Some(b']') => return (Some(at + 1), count),
            found => {
                let (line, column) = lines.line_col(at);
                let detail = if found.is_some() {
                    "expected `,` or `]`"
                } else {
                    "EOF while parsing a list"
                };
                decoded.problems.push(Problem {
                    line,
                    column: Some(column),
                    kind: ProblemKind::Json(detail.to_owned()),
                });
                return (None, count);
            }
        }
    }
}

/// One entry at `text[start..end]`: parsed, and kept when it has audit-log fields. False when
/// it is not valid JSON.
fn entry(text: &str, start: usize, end: usize, lines: &LineIndex<'_>, decoded: &mut Decoded) -> bool {
    let line = lines.line(start);
    match serde_json::from_str::<Value>(&text[start..end]) {
        Ok(Value::Array(items)) => {
            // An array inside an array (a paste of two exports): each item is an entry.
            for item in items {
                keep(&item, line, decoded);
            }
            true
        }
        Ok(value) => {
            keep(&value, line, decoded);
            true
        }
        Err(error) => {
            decoded.problems.push(serde_problem(text, start, &error, lines));
            false
        }
    }
}

fn keep(value: &Value, line: usize, decoded: &mut Decoded) {
    match raw_record(value) {
        Some(raw) => {
            let record = raw.into_record(line, &mut decoded.problems);
            decoded.records.push(record);
        }
        None => decoded.problems.push(Problem {
            line,
            column: None,
            kind: ProblemKind::NotAnAuditRecord,
        }),
    }
}

/// The value of the first key of `object` that matches one of `names` (case ignored); a JSON
/// string holding an object or array (Log Analytics' dynamic columns) is parsed.
fn field(object: &serde_json::Map<String, Value>, names: &[&str]) -> Option<Value> {
    let value = names
        .iter()
        .find_map(|name| object.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v))?;
    match value {
        Value::String(s) if s.trim_start().starts_with(['{', '[']) => serde_json::from_str(s).ok().or(Some(value.clone())),
        other => Some(other.clone()),
    }
}

fn text_of(value: Option<Value>) -> Option<String> {
    match value? {
        Value::String(s) => clean(&s),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn text_field(object: &serde_json::Map<String, Value>, names: &[&str]) -> Option<String> {
    text_of(field(object, names))
}

/// The fields of a Graph or Log Analytics entry; `None` when it has none of them.
fn raw_record(value: &Value) -> Option<RawRecord> {
    let object = value.as_object()?;
    let mut raw = RawRecord {
        when: text_field(object, &["activityDateTime", "TimeGenerated", "TimeGenerated [UTC]"]),
        activity: text_field(object, &["activityDisplayName", "OperationName"]),
        result: text_field(object, &["result"]),
        reason: text_field(object, &["resultReason"]),
        description: text_field(object, &["ResultDescription"]),
        correlation_id: text_field(object, &["correlationId"]),
        service: text_field(object, &["loggedByService"]),
        category: text_field(object, &["category"]),
        ..RawRecord::default()
    };
    if let Some(by) = field(object, &["initiatedBy"]) {
        initiated_by(&mut raw, &by);
    }
    if let Some(targets) = field(object, &["targetResources"]) {
        target_resources(&mut raw, &targets);
    }
    if let Some(details) = field(object, &["additionalDetails"]) {
        additional_details(&mut raw, &details);
    }
    raw.is_audit().then_some(raw)
}

/// `initiatedBy`: `{"user": {"userPrincipalName", "displayName", "ipAddress"}}` or
/// `{"app": {"displayName"}}`.
pub(crate) fn initiated_by(raw: &mut RawRecord, by: &Value) {
    let Some(by) = as_object(by) else { return };
    for who in ["user", "app"] {
        if let Some(Value::Object(actor)) = field(&by, &[who]) {
            raw.actor_upn = raw.actor_upn.take().or_else(|| text_field(&actor, &["userPrincipalName"]));
            raw.actor_name = raw.actor_name.take().or_else(|| text_field(&actor, &["displayName"]));
            raw.ip = raw.ip.take().or_else(|| text_field(&actor, &["ipAddress"]));
        }
    }
}

/// `targetResources`: `[{"userPrincipalName", "displayName"}, …]`; the first that has one.
pub(crate) fn target_resources(raw: &mut RawRecord, targets: &Value) {
    let targets = match targets {
        Value::String(s) => serde_json::from_str(s).unwrap_or(Value::Null),
        other => other.clone(),
    };
    let Value::Array(targets) = targets else { return };
    for target in targets.iter().filter_map(Value::as_object) {
        raw.target_upn = raw.target_upn.take().or_else(|| text_field(target, &["userPrincipalName"]));
        raw.target_name = raw.target_name.take().or_else(|| text_field(target, &["displayName"]));
    }
}

/// `additionalDetails`: `[{"key": "OnPremisesAgent", "value": "None"}, …]`.
pub(crate) fn additional_details(raw: &mut RawRecord, details: &Value) {
    let details = match details {
        Value::String(s) => serde_json::from_str(s).unwrap_or(Value::Null),
        other => other.clone(),
    };
    let Value::Array(details) = details else { return };
    if let Some(agent) = details
        .iter()
        .filter_map(Value::as_object)
        .find(|d| text_field(d, &["key"]).is_some_and(|k| k.eq_ignore_ascii_case("OnPremisesAgent")))
        .and_then(|d| text_field(d, &["value"]))
    {
        raw.on_prem_agent = Some(agent);
    }
}

/// An object, or a JSON string holding one.
fn as_object(value: &Value) -> Option<serde_json::Map<String, Value>> {
    match value {
        Value::Object(o) => Some(o.clone()),
        Value::String(s) => serde_json::from_str(s).ok(),
        _ => None,
    }
}

fn skip_ws(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// The end of the string opening at `at` (just past its closing quote).
fn string_end(bytes: &[u8], mut at: usize) -> Option<usize> {
    at += 1;
    while let Some(b) = bytes.get(at) {
        match b {
            b'\\' => at += 2,
            b'"' => return Some(at + 1),
            _ => at += 1,
        }
    }
    None
}

/// Where the JSON value starting at `at` ends, by structure only (brackets and strings; the
/// contents are checked when the value is parsed). `None` when the text ends first.
fn value_end(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'"' => string_end(bytes, at),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = at;
            while let Some(b) = bytes.get(i) {
                match b {
                    b'"' => {
                        i = string_end(bytes, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            None
        }
        _ => {
            let mut i = at;
            while bytes
                .get(i)
                .is_some_and(|b| !matches!(b, b',' | b']' | b'}') && !b.is_ascii_whitespace())
            {
                i += 1;
            }
            Some(i.max(at + 1))
        }
    }
}

/// In the object opening at `start`, where its `"value"` member's array opens, if it has one.
fn value_array(bytes: &[u8], start: usize) -> Option<usize> {
    let mut at = skip_ws(bytes, start + 1);
    loop {
        if bytes.get(at) != Some(&b'"') {
            return None;
        }
        let key_end = string_end(bytes, at)?;
        let key = &bytes[at + 1..key_end - 1];
        at = skip_ws(bytes, key_end);
        if bytes.get(at) != Some(&b':') {
            return None;
        }
        at = skip_ws(bytes, at + 1);
        if key.eq_ignore_ascii_case(b"value") && bytes.get(at) == Some(&b'[') {
            return Some(at);
        }
        at = skip_ws(bytes, value_end(bytes, at)?);
        if bytes.get(at) != Some(&b',') {
            return None;
        }
        at = skip_ws(bytes, at + 1);
    }
}

/// The problem of the JSON that breaks at or after `start`: serde_json's message and position,
/// counted from the start of the paste.
fn json_problem(text: &str, start: usize, lines: &LineIndex<'_>, decoded: &mut Decoded) {
    let problem = match serde_json::from_str::<Value>(&text[start..]) {
        Err(error) => serde_problem(text, start, &error, lines),
        // The value itself is whole; what follows it is the trouble.
        Ok(_) => {
            let (line, column) = lines.line_col(start);
            Problem {
                line,
                column: Some(column),
                kind: ProblemKind::Json("unexpected text".to_owned()),
            }
        }
    };
    decoded.problems.push(problem);
}

fn serde_problem(text: &str, start: usize, error: &serde_json::Error, lines: &LineIndex<'_>) -> Problem {
    let (start_line, start_column) = lines.line_col(start);
    let line = start_line + error.line().saturating_sub(1);
    let column = if error.line() <= 1 {
        start_column + error.column().saturating_sub(1)
    } else {
        error.column()
    };
    // serde_json counts columns in bytes; turn them into characters on that line.
    let line_start = lines.offset_of_line(line);
    let column = text
        .get(line_start..)
        .map(|rest| {
            let byte = if error.line() <= 1 {
                start - line_start + error.column().saturating_sub(1)
            } else {
                column.saturating_sub(1)
            };
            rest.char_indices().take_while(|(i, _)| *i < byte).count() + 1
        })
        .unwrap_or(column);
    let message = error.to_string();
    let detail = message.split(" at line ").next().unwrap_or(&message).to_owned();
    Problem {
        line,
        column: Some(column.max(1)),
        kind: ProblemKind::Json(detail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::InputKind;

    fn run(text: &str) -> (bool, Decoded) {
        let mut decoded = Decoded::empty(InputKind::AuditJson);
        let lines = LineIndex::new(text);
        let ok = decode(text, &lines, &mut decoded);
        (ok, decoded)
    }

    const GRAPH: &str = r#"{"activityDateTime":"2026-11-30T08:14:03Z","activityDisplayName":"Reset password (self-service)","loggedByService":"Self-service Password Management","category":"UserManagement","result":"failure","resultReason":"User's account has insufficient authentication methods defined. Add authentication info to resolve this ","correlationId":"6F1D2C3B-0000-4000-8000-000000000001","initiatedBy":{"user":{"userPrincipalName":"ana@contoso.example","ipAddress":"203.0.113.7"}},"targetResources":[{"userPrincipalName":"ana@contoso.example","displayName":"Ana"}],"additionalDetails":[{"key":"OnPremisesAgent","value":"None"}]}"#;

    #[test]
    fn reads_one_object_an_array_a_value_wrapper_and_json_lines() {
        for text in [
            GRAPH.to_owned(),
            format!("[{GRAPH}, {GRAPH}]"),
            format!("{{\"@odata.context\":\"x\",\"value\":[{GRAPH},\n{GRAPH}],\"@odata.nextLink\":\"y\"}}"),
            format!("{GRAPH}\n{GRAPH}\n"),
        ] {
            let (ok, decoded) = run(&text);
            assert!(ok);
            assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
            assert!(!decoded.records.is_empty());
            let record = &decoded.records[0];
            assert_eq!(record.activity.as_deref(), Some("Reset password (self-service)"));
            assert_eq!(record.target.as_deref(), Some("ana@contoso.example"));
            assert_eq!(record.ip, "203.0.113.7".parse().ok());
            assert_eq!(record.on_prem_agent.as_deref(), Some("None"));
            assert_eq!(record.correlation_id.as_deref(), Some("6f1d2c3b-0000-4000-8000-000000000001"));
        }
        let (_, decoded) = run(&format!("{GRAPH}\n{GRAPH}\n"));
        assert_eq!(decoded.records.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn a_truncated_array_keeps_the_whole_entries_and_says_where_it_breaks() {
        let text = format!("[\n{GRAPH},\n{GRAPH},\n{}", &GRAPH[..80]);
        let (ok, decoded) = run(&text);
        assert!(ok);
        assert_eq!(decoded.records.len(), 2);
        assert_eq!(decoded.problems.len(), 1);
        let problem = &decoded.problems[0];
        assert_eq!(problem.line, 4);
        assert!(matches!(&problem.kind, ProblemKind::Json(d) if d.contains("EOF")), "{problem:?}");
    }

    #[test]
    fn reads_log_analytics_rows_with_json_in_strings() {
        let row = r#"[{"TimeGenerated":"2026-11-30T08:14:03.123Z","OperationName":"Self-service password reset flow activity progress","Result":"success","ResultReason":"","ResultDescription":"User started the mobile SMS verification option","LoggedByService":"Self-service Password Management","CorrelationId":"abc","InitiatedBy":"{\"user\":{\"userPrincipalName\":\"bo@contoso.example\",\"ipAddress\":\"198.51.100.2\"}}","TargetResources":"[{\"userPrincipalName\":\"bo@contoso.example\"}]"}]"#;
        let (_, decoded) = run(row);
        let record = &decoded.records[0];
        assert_eq!(record.reason.as_deref(), Some("User started the mobile SMS verification option"));
        assert_eq!(record.actor.as_deref(), Some("bo@contoso.example"));
        assert_eq!(record.ip, "198.51.100.2".parse().ok());
        assert!(record.when_utc.is_some());
    }

    #[test]
    fn other_json_is_reported_and_broken_text_is_not_taken_for_json() {
        let (ok, decoded) = run(r#"{"name": "not an audit row"}"#);
        assert!(ok);
        assert_eq!(decoded.problems[0].kind, ProblemKind::NotAnAuditRecord);
        let (ok, _) = run("[note] the user cannot reset");
        assert!(!ok);
        let (ok, decoded) = run("[{\"result\": \"failure\"} {\"result\": \"success\"}]");
        assert!(ok);
        assert_eq!(decoded.records.len(), 1);
        assert_eq!((decoded.problems[0].line, decoded.problems[0].column), (1, Some(24)));
    }
}

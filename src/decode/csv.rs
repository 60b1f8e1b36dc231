//! Audit-log rows as CSV: the admin center's download ("Download logs in Microsoft Entra
//! ID", <https://learn.microsoft.com/entra/identity/monitoring-health/howto-download-logs>,
//! 2025), with its English headers and the localized ones a public third-party parser of those
//! downloads lists (Italian `Data (UTC)`; Spanish `Fecha (UTC)`, `Actividad`, `Resultado`,
//! `Servicio`, `Categoría`, `Agente de usuario`, `Objetivo1NombrePrincipalDeUsuario`), and
//! Log Analytics `AuditLogs` exports (the table's column names,
//! <https://learn.microsoft.com/azure/azure-monitor/reference/tables/auditlogs>).
//!
//! A small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes; comma,
//! semicolon or tab, whichever the header uses): the `csv` crate would add code to a binary
//! near its size limit for what is forty lines here. A header the decoder does not know is
//! reported by name and ignored, never guessed.

use serde_json::Value;

use super::fields::{RawRecord, clean};
use super::json::{additional_details, initiated_by, target_resources};
use super::{Decoded, Problem, ProblemKind};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    When,
    Activity,
    Result,
    Reason,
    Description,
    Correlation,
    Service,
    Category,
    ActorUpn,
    ActorName,
    Ip,
    TargetUpn,
    TargetName,
    InitiatedBy,
    TargetResources,
    AdditionalDetails,
    DetailKey(u16),
    DetailValue(u16),
    /// Known and not needed (user agent, object ids, more targets, Log Analytics bookkeeping).
    Ignored,
    /// Not known: reported.
    Unknown,
}

/// Header names (compared in lower case, trimmed) and what they hold.
const NAMES: &[(&str, Column)] = &[
    ("date (utc)", Column::When),
    ("data (utc)", Column::When),
    ("fecha (utc)", Column::When),
    ("timegenerated", Column::When),
    ("timegenerated [utc]", Column::When),
    ("activitydatetime", Column::When),
    ("activitydatetime [utc]", Column::When),
    ("activity", Column::Activity),
    ("actividad", Column::Activity),
    ("operationname", Column::Activity),
    ("activitydisplayname", Column::Activity),
    ("result", Column::Result),
    ("resultado", Column::Result),
    ("resultreason", Column::Reason),
    ("resultdescription", Column::Description),
    ("correlationid", Column::Correlation),
    ("service", Column::Service),
    ("servicio", Column::Service),
    ("loggedbyservice", Column::Service),
    ("category", Column::Category),
    ("categoría", Column::Category),
    ("actoruserprincipalname", Column::ActorUpn),
    ("actordisplayname", Column::ActorName),
    ("ipaddress", Column::Ip),
    ("target1userprincipalname", Column::TargetUpn),
    ("objetivo1nombreprincipaldeusuario", Column::TargetUpn),
    ("target1displayname", Column::TargetName),
    ("initiatedby", Column::InitiatedBy),
    ("targetresources", Column::TargetResources),
    ("additionaldetails", Column::AdditionalDetails),
    ("user agent", Column::Ignored),
    ("agente de usuario", Column::Ignored),
    ("actortype", Column::Ignored),
    ("actorobjectid", Column::Ignored),
    // Log Analytics AuditLogs columns the decoder does not need.
    ("aadoperationtype", Column::Ignored),
    ("aadtenantid", Column::Ignored),
    ("durationms", Column::Ignored),
    ("id", Column::Ignored),
    ("identity", Column::Ignored),
    ("level", Column::Ignored),
    ("location", Column::Ignored),
    ("operationversion", Column::Ignored),
    ("resource", Column::Ignored),
    ("resourcegroup", Column::Ignored),
    ("resourceid", Column::Ignored),
    ("_resourceid", Column::Ignored),
    ("resultsignature", Column::Ignored),
    ("resulttype", Column::Ignored),
    ("sourcesystem", Column::Ignored),
    ("tenantid", Column::Ignored),
    ("type", Column::Ignored),
];

/// What the column named `name` holds: the table, then the numbered families
/// (`Target2UserPrincipalName`, `Target1ModifiedProperty3OldValue`, `AdditionalDetail4Key`).
fn column(name: &str) -> Column {
    let lower = name.trim().trim_start_matches('\u{feff}').trim().to_lowercase();
    if let Some((_, column)) = NAMES.iter().find(|(n, _)| *n == lower) {
        return *column;
    }
    if let Some(rest) = lower.strip_prefix("additionaldetail") {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(n) = digits.parse::<u16>() {
            match &rest[digits.len()..] {
                "key" => return Column::DetailKey(n),
                "value" => return Column::DetailValue(n),
                _ => {}
            }
        }
    }
    if let Some(rest) = lower.strip_prefix("target").or_else(|| lower.strip_prefix("objetivo")) {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let tail = &rest[digits.len()..];
        let known = ["type", "displayname", "objectid", "userprincipalname"].contains(&tail)
            || tail.strip_prefix("modifiedproperty").is_some_and(|p| {
                let n: String = p.chars().take_while(char::is_ascii_digit).collect();
                !n.is_empty() && ["name", "oldvalue", "newvalue"].contains(&&p[n.len()..])
            });
        if !digits.is_empty() && known {
            return Column::Ignored;
        }
    }
    Column::Unknown
}

/// One CSV row: the line it starts on and its fields.
struct Row<'a> {
    line: usize,
    fields: Vec<std::borrow::Cow<'a, str>>,
}

/// RFC 4180 rows of `text` with `delimiter`; a quote never closed ends the reading with
/// `Err((line, column))`.
struct Reader<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    delimiter: u8,
}

impl<'a> Reader<'a> {
    fn next_row(&mut self) -> Option<Result<Row<'a>, (usize, usize)>> {
        let bytes = self.text.as_bytes();
        if self.at >= bytes.len() {
            return None;
        }
        let line = self.line;
        let mut fields = Vec::new();
        loop {
            if bytes.get(self.at) == Some(&b'"') {
                let open = self.at;
                let mut value = String::new();
                let mut from = self.at + 1;
                loop {
                    let Some(quote) = self.text[from..].find('"').map(|q| q + from) else {
                        let line_start = self.text[..open].rfind('\n').map_or(0, |n| n + 1);
                        return Some(Err((self.line, self.text[line_start..open].chars().count() + 1)));
                    };
                    value.push_str(&self.text[from..quote]);
                    self.line += self.text[from..quote].bytes().filter(|b| *b == b'\n').count();
                    if bytes.get(quote + 1) == Some(&b'"') {
                        value.push('"');
                        from = quote + 2;
                    } else {
                        self.at = quote + 1;
                        break;
                    }
                }
                // Text after the closing quote (not RFC 4180, but Excel writes it): kept.
                let end = self.field_end();
                value.push_str(&self.text[self.at..end]);
                self.at = end;
                fields.push(std::borrow::Cow::Owned(value));
            } else {
                let end = self.field_end();
                fields.push(std::borrow::Cow::Borrowed(self.text[self.at..end].trim_end_matches('\r')));
                self.at = end;
            }
            match bytes.get(self.at) {
                Some(b) if *b == self.delimiter => self.at += 1,
                Some(b'\n') => {
                    self.at += 1;
                    self.line += 1;
                    break;
                }
                _ => break,
            }
        }
        Some(Ok(Row { line, fields }))
    }

    /// The end of an unquoted field: the next delimiter or line end.
    fn field_end(&self) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        while let Some(b) = bytes.get(i) {
            if *b == self.delimiter || *b == b'\n' {
                break;
            }
            i += 1;
        }
        i
    }
}

/// The delimiter the header line uses most: comma, semicolon or tab.
fn delimiter(header: &str) -> u8 {
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for b in header.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// Decodes CSV audit rows into `decoded`; false when the first line is not an audit-log
/// header (at least two known columns, one of them the activity, result or reason).
pub(crate) fn decode(text: &str, decoded: &mut Decoded) -> bool {
    let skipped = text.len() - text.trim_start_matches(['\r', '\n']).len();
    let start_line = 1 + text[..skipped].bytes().filter(|b| *b == b'\n').count();
    let body = &text[skipped..];
    let Some(first) = body.lines().next() else { return false };
    let mut reader = Reader {
        text: body,
        at: 0,
        line: start_line,
        delimiter: delimiter(first),
    };
    let Some(Ok(header)) = reader.next_row() else { return false };
    let columns: Vec<Column> = header.fields.iter().map(|name| column(name)).collect();
    let known = columns.iter().filter(|c| !matches!(c, Column::Unknown | Column::Ignored)).count();
    let core = columns
        .iter()
        .any(|c| matches!(c, Column::Activity | Column::Result | Column::Reason));
    if known < 2 || !core {
        return false;
    }
    for (name, column) in header.fields.iter().zip(&columns) {
        if *column == Column::Unknown {
            decoded.problems.push(Problem {
                line: header.line,
                column: None,
                kind: ProblemKind::UnknownColumn(name.trim().to_owned()),
            });
        }
    }
    while let Some(row) = reader.next_row() {
        let row = match row {
            Ok(row) => row,
            Err((line, column)) => {
                decoded.problems.push(Problem {
                    line,
                    column: Some(column),
                    kind: ProblemKind::CsvUnclosedQuote,
                });
                break;
            }
        };
        if row.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if row.fields.len() != columns.len() {
            decoded.problems.push(Problem {
                line: row.line,
                column: None,
                kind: ProblemKind::CsvFieldCount {
                    expected: columns.len(),
                    found: row.fields.len(),
                },
            });
            continue;
        }
        let raw = raw_record(&columns, &row.fields);
        if raw.is_audit() {
            let record = raw.into_record(row.line, &mut decoded.problems);
            decoded.records.push(record);
        }
    }
    true
}

fn raw_record(columns: &[Column], fields: &[std::borrow::Cow<'_, str>]) -> RawRecord {
    let mut raw = RawRecord::default();
    let mut keys: Vec<(u16, String)> = Vec::new();
    let mut values: Vec<(u16, String)> = Vec::new();
    for (column, field) in columns.iter().zip(fields) {
        let value = || clean(field);
        let json = || Value::String(field.to_string());
        match column {
            Column::When => raw.when = value(),
            Column::Activity => raw.activity = value(),
            Column::Result => raw.result = value(),
            Column::Reason => raw.reason = value(),
            Column::Description => raw.description = value(),
            Column::Correlation => raw.correlation_id = value(),
            Column::Service => raw.service = value(),
            Column::Category => raw.category = value(),
            Column::ActorUpn => raw.actor_upn = value(),
            Column::ActorName => raw.actor_name = value(),
            Column::Ip => raw.ip = value(),
            Column::TargetUpn => raw.target_upn = value(),
            Column::TargetName => raw.target_name = value(),
            Column::InitiatedBy => initiated_by(&mut raw, &json()),
            Column::TargetResources => target_resources(&mut raw, &json()),
            Column::AdditionalDetails => additional_details(&mut raw, &json()),
            Column::DetailKey(n) => keys.push((*n, field.trim().to_owned())),
            Column::DetailValue(n) => values.push((*n, field.trim().to_owned())),
            Column::Ignored | Column::Unknown => {}
        }
    }
    if let Some((n, _)) = keys.iter().find(|(_, k)| k.eq_ignore_ascii_case("OnPremisesAgent")) {
        raw.on_prem_agent = values.iter().find(|(m, _)| m == n).and_then(|(_, v)| clean(v));
    }
    raw
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::InputKind;

    fn run(text: &str) -> (bool, Decoded) {
        let mut decoded = Decoded::empty(InputKind::AuditCsv);
        let ok = decode(text, &mut decoded);
        (ok, decoded)
    }

    const HEADER: &str = "\"Date (UTC)\",\"CorrelationId\",\"Service\",\"Category\",\"Activity\",\"Result\",\"ResultReason\",\"User Agent\",\"ActorType\",\"ActorDisplayName\",\"ActorObjectId\",\"ActorUserPrincipalName\",\"IPAddress\",\"Target1Type\",\"Target1DisplayName\",\"Target1ObjectId\",\"Target1UserPrincipalName\",\"AdditionalDetail1Key\",\"AdditionalDetail1Value\"";

    #[test]
    fn reads_the_admin_center_download_with_quotes_and_line_breaks() {
        let text = format!(
            "{HEADER}\n\"2026-11-30T08:14:03Z\",\"ABC\",\"Self-service Password Management\",\"UserManagement\",\"Reset password (self-service)\",\"failure\",\"User's account has insufficient authentication methods defined. Add authentication info to resolve this \",\"Mozilla \"\"x\"\"\",\"User\",\"Ana\",\"1\",\"ana@contoso.example\",\"203.0.113.7\",\"User\",\"Ana\",\"1\",\"ana@contoso.example\",\"OnPremisesAgent\",\"None\"\r\n\"2026-11-30T08:15:00Z\",\"DEF\",\"s\",\"c\",\"Unlock user account (self-service)\",\"success\",\"two\nlines\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n"
        );
        let (ok, decoded) = run(&text);
        assert!(ok);
        assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
        assert_eq!(decoded.records.len(), 2);
        let first = &decoded.records[0];
        assert_eq!(first.actor.as_deref(), Some("ana@contoso.example"));
        assert_eq!(first.ip, "203.0.113.7".parse().ok());
        assert_eq!(first.on_prem_agent.as_deref(), Some("None"));
        assert_eq!(decoded.records[1].reason.as_deref(), Some("two\nlines"));
        assert_eq!(decoded.records[1].line, 3);
    }

    #[test]
    fn localized_headers_are_read_and_unknown_ones_named() {
        let text = "Fecha (UTC);Actividad;Resultado;ResultReason;Objetivo1NombrePrincipalDeUsuario;Agente de usuario;Estado raro\n2026-11-30 08:14:03;Reset password (self-service);failure;x;bo@contoso.example;ua;?\n";
        let (ok, decoded) = run(text);
        assert!(ok);
        assert_eq!(decoded.records[0].target.as_deref(), Some("bo@contoso.example"));
        assert_eq!(
            decoded.problems,
            [Problem {
                line: 1,
                column: None,
                kind: ProblemKind::UnknownColumn("Estado raro".to_owned())
            }]
        );
        assert_eq!(column("Data (UTC)"), Column::When);
        assert_eq!(column("Target2ModifiedProperty3NewValue"), Column::Ignored);
        assert_eq!(column("Target1Colour"), Column::Unknown);
    }

    #[test]
    fn a_row_with_the_wrong_field_count_is_skipped_and_an_open_quote_ends_reading() {
        let text = "Activity,Result,ResultReason\nReset password (self-service),failure,a\nonly,two\nReset password (self-service),success,\"open\n";
        let (ok, decoded) = run(text);
        assert!(ok);
        assert_eq!(decoded.records.len(), 1);
        assert_eq!(
            decoded.problems[0],
            Problem {
                line: 3,
                column: None,
                kind: ProblemKind::CsvFieldCount { expected: 3, found: 2 }
            }
        );
        assert_eq!(
            decoded.problems[1],
            Problem {
                line: 4,
                column: Some(39),
                kind: ProblemKind::CsvUnclosedQuote
            }
        );
    }

    #[test]
    fn log_analytics_csv_reads_json_columns_and_plain_text_is_not_csv() {
        let text = "TimeGenerated [UTC],OperationName,Result,ResultReason,ResultDescription,CorrelationId,InitiatedBy\n\"11/30/2026, 8:14:03.123 AM\",Self-service password reset flow activity progress,success,,User started the mobile SMS verification option,abc,\"{\"\"user\"\":{\"\"userPrincipalName\"\":\"\"bo@contoso.example\"\"}}\"\n";
        let (ok, decoded) = run(text);
        assert!(ok);
        assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
        assert_eq!(decoded.records[0].actor.as_deref(), Some("bo@contoso.example"));
        assert!(decoded.records[0].when_utc.is_some());
        assert!(!run("the user, who called, cannot reset").0);
    }
}

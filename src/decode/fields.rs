//! Normalising: the fields of one row (from JSON or CSV) to a [`Record`], reading times, and
//! deciding the verdict and the catalogue entry.

use std::collections::HashMap;
use std::net::IpAddr;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;

use super::{Problem, ProblemKind, Record, Verdict};
use crate::model::catalogue::{EntryId, audit_key};
use crate::model::playbook::Playbook;

/// The fields of one row before normalising, whatever shape it came in.
#[derive(Debug, Default)]
pub(crate) struct RawRecord {
    pub(crate) when: Option<String>,
    pub(crate) activity: Option<String>,
    pub(crate) result: Option<String>,
    pub(crate) reason: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) correlation_id: Option<String>,
    pub(crate) service: Option<String>,
    pub(crate) category: Option<String>,
    pub(crate) actor_upn: Option<String>,
    pub(crate) actor_name: Option<String>,
    pub(crate) ip: Option<String>,
    pub(crate) target_upn: Option<String>,
    pub(crate) target_name: Option<String>,
    pub(crate) on_prem_agent: Option<String>,
}

impl RawRecord {
    /// Whether the row has any field that makes it an audit-log row.
    pub(crate) fn is_audit(&self) -> bool {
        self.activity.is_some() || self.result.is_some() || self.reason.is_some() || self.description.is_some()
    }

    /// The normalised record; an unreadable time becomes a [`Problem`] and no time.
    pub(crate) fn into_record(self, line: usize, problems: &mut Vec<Problem>) -> Record {
        let when_utc = self.when.as_deref().and_then(|text| {
            let time = parse_utc(text);
            if time.is_none() {
                problems.push(Problem {
                    line,
                    column: None,
                    kind: ProblemKind::BadTime(text.chars().take(60).collect()),
                });
            }
            time
        });
        // "Successfully completed reset." is in ResultDescription when ResultReason is empty.
        let reason = self.reason.or(self.description);
        Record {
            line,
            when_utc,
            activity: self.activity,
            result: self.result,
            reason,
            correlation_id: self.correlation_id.map(|c| c.to_ascii_lowercase()),
            service: self.service,
            category: self.category,
            actor: self.actor_upn.or(self.actor_name),
            target: self.target_upn.or(self.target_name),
            ip: self.ip.as_deref().and_then(parse_ip),
            on_prem_agent: self.on_prem_agent,
            entry: None,
            verdict: Verdict::Unknown,
        }
    }
}

/// A non-empty, trimmed copy of `text`.
pub(crate) fn clean(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn parse_ip(text: &str) -> Option<IpAddr> {
    let text = text.trim();
    text.parse()
        .ok()
        .or_else(|| text.trim_start_matches('[').split(']').next().and_then(|t| t.parse().ok()))
}

/// Reads a time written in UTC: RFC 3339 (`2026-11-30T08:14:03.1234567Z`, any offset),
/// `2026-11-30 08:14:03` (no zone: the columns say UTC), or the US form Log Analytics exports
/// (`11/30/2026, 8:14:03.123 AM`; day first when the first number is above 12).
pub(crate) fn parse_utc(text: &str) -> Option<Timestamp> {
    let text = text.trim().trim_end_matches(" UTC").trim_end_matches("UTC").trim();
    if let Ok(t) = text.parse::<Timestamp>() {
        return Some(t);
    }
    if let Ok(dt) = text.replacen(' ', "T", 1).parse::<DateTime>() {
        return TimeZone::UTC.to_timestamp(dt).ok();
    }
    slashed(text)
}

/// `11/30/2026, 8:14:03.123 AM`, `30/11/2026 08:14:03`.
fn slashed(text: &str) -> Option<Timestamp> {
    let (date, rest) = text.split_once([' ', ','])?;
    let mut numbers = date.split('/').map(|n| n.trim().parse::<i16>().ok());
    let (a, b, year) = (numbers.next()??, numbers.next()??, numbers.next()??);
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    let rest = rest.trim_start_matches(',').trim();
    let (clock, meridiem) = match rest.rsplit_once(' ') {
        Some((clock, m)) if m.eq_ignore_ascii_case("am") || m.eq_ignore_ascii_case("pm") => (clock, Some(m)),
        _ => (rest, None),
    };
    let mut parts = clock.trim().split(':');
    let mut hour = parts.next()?.parse::<i8>().ok()?;
    let minute = parts.next()?.parse::<i8>().ok()?;
    let seconds = parts.next().unwrap_or("0");
    let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, ""));
    let second = whole.parse::<i8>().ok()?;
    let nanos = format!("{:0<9}", fraction.get(..fraction.len().min(9))?).parse::<i32>().ok()?;
    match meridiem {
        Some(m) if m.eq_ignore_ascii_case("pm") && hour < 12 => hour += 12,
        Some(m) if m.eq_ignore_ascii_case("am") && hour == 12 => hour = 0,
        _ => {}
    }
    let date = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
    let time = Time::new(hour, minute, second, nanos).ok()?;
    TimeZone::UTC.to_timestamp(date.to_datetime(time)).ok()
}

/// The verdict of a row from its reason (the 2017 result types, and the progress strings the
/// log returns today), then its activity and result.
pub(crate) fn verdict(record: &Record) -> Verdict {
    let reason = record.reason.as_deref().map(audit_key).unwrap_or_default();
    let activity = record.activity.as_deref().map(audit_key).unwrap_or_default();
    let result = record.result.as_deref().map(audit_key).unwrap_or_default();
    let has = |text: &str, words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&reason, &["abandoned"]) {
        Verdict::Abandoned
    } else if has(&reason, &["too many", "is blocked", "throttled"]) || activity.starts_with("blocked from") {
        Verdict::Blocked
    } else if has(&reason, &["user canceled", "user cancelled"]) {
        Verdict::Canceled
    } else if has(&reason, &["contacted an admin"]) {
        Verdict::ContactedAdmin
    } else if has(&reason, &["user started", "user completed", "presented with"]) {
        Verdict::InProgress
    } else if has(&reason, &["successfully"]) {
        Verdict::Succeeded
    } else if has(&result, &["fail", "timeout"]) {
        Verdict::Failed
    } else if has(&result, &["success"]) {
        Verdict::Succeeded
    } else {
        Verdict::Unknown
    }
}

/// The catalogue's audit strings by [`audit_key`]: the lookup of
/// [`Playbook::entry_for_audit`] (first entry in catalogue order wins), built once per paste so
/// 20,000 rows cost 20,000 hash lookups rather than 20,000 walks of the catalogue.
pub(crate) struct AuditIndex(HashMap<String, EntryId>);

impl AuditIndex {
    /// Indexes every entry's `audit` strings.
    pub(crate) fn new(playbook: &Playbook) -> Self {
        let mut map = HashMap::new();
        for entry in playbook.catalogue() {
            for text in &entry.audit {
                let key = audit_key(text);
                if !key.is_empty() {
                    map.entry(key).or_insert_with(|| entry.id.clone());
                }
            }
        }
        Self(map)
    }

    fn get(&self, text: &str) -> Option<&EntryId> {
        self.0.get(&audit_key(text))
    }
}

/// Sets the record's verdict, and its entry: by reason first, then by activity.
pub(crate) fn classify(record: &mut Record, index: &AuditIndex) {
    record.verdict = verdict(record);
    record.entry = [record.reason.as_deref(), record.activity.as_deref()]
        .into_iter()
        .flatten()
        .find_map(|text| index.get(text))
        .cloned();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> String {
        parse_utc(text).map(|t| t.to_string()).unwrap_or_default()
    }

    #[test]
    fn reads_the_time_forms_of_graph_log_analytics_and_the_csv_download() {
        assert_eq!(at("2026-11-30T08:14:03.1234567Z"), "2026-11-30T08:14:03.1234567Z");
        assert_eq!(at("2026-11-30T09:14:03+01:00"), "2026-11-30T08:14:03Z");
        assert_eq!(at("2026-11-30 08:14:03"), "2026-11-30T08:14:03Z");
        assert_eq!(at("11/30/2026, 8:14:03.123 AM"), "2026-11-30T08:14:03.123Z");
        assert_eq!(at("11/30/2026 8:14:03 PM"), "2026-11-30T20:14:03Z");
        assert_eq!(at("30/11/2026 08:14:03"), "2026-11-30T08:14:03Z");
        assert_eq!(at("yesterday"), "");
        assert_eq!(at("13/13/2026 99:00"), "");
    }

    fn record(activity: &str, result: &str, reason: &str) -> Record {
        let raw = RawRecord {
            activity: clean(activity),
            result: clean(result),
            reason: clean(reason),
            ..RawRecord::default()
        };
        raw.into_record(1, &mut Vec::new())
    }

    #[test]
    fn verdicts_follow_the_documented_result_types() {
        let flow = "Self-service password reset flow activity progress";
        let cases = [
            (flow, "failure", "User abandoned while selecting a new password", Verdict::Abandoned),
            (
                flow,
                "failure",
                "User entered too many invalid SMS verification codes and is blocked for 24 hours",
                Verdict::Blocked,
            ),
            (
                flow,
                "failure",
                "User canceled before passing the required authentication methods",
                Verdict::Canceled,
            ),
            (
                flow,
                "failure",
                "User cancelled before passing the required authentication methods",
                Verdict::Canceled,
            ),
            (
                flow,
                "failure",
                "User contacted an admin after trying the email verification option",
                Verdict::ContactedAdmin,
            ),
            (
                flow,
                "success",
                "User started the mobile SMS verification option",
                Verdict::InProgress,
            ),
            (flow, "success", "User was presented with verification options", Verdict::InProgress),
            (
                "Reset password (self-service)",
                "success",
                "Successfully completed reset.",
                Verdict::Succeeded,
            ),
            (
                flow,
                "failure",
                "User's account has insufficient authentication methods defined. Add authentication info to resolve this ",
                Verdict::Failed,
            ),
            ("Blocked from self-service password reset", "success", "", Verdict::Blocked),
            ("Reset password (by admin)", "Success", "", Verdict::Succeeded),
            ("Something", "", "", Verdict::Unknown),
        ];
        for (activity, result, reason, expected) in cases {
            assert_eq!(verdict(&record(activity, result, reason)), expected, "{reason}");
        }
    }

    #[test]
    fn a_bad_time_is_a_problem_and_the_row_is_kept() {
        let mut problems = Vec::new();
        let raw = RawRecord {
            when: clean("the day before"),
            activity: clean("Reset password (self-service)"),
            ip: clean("203.0.113.7"),
            correlation_id: clean("ABC"),
            ..RawRecord::default()
        };
        let record = raw.into_record(4, &mut problems);
        assert_eq!(record.when_utc, None);
        assert_eq!(record.ip, "203.0.113.7".parse().ok());
        assert_eq!(record.correlation_id.as_deref(), Some("abc"));
        assert_eq!(problems[0].kind, ProblemKind::BadTime("the day before".to_owned()));
        assert_eq!(problems[0].line, 4);
    }
}

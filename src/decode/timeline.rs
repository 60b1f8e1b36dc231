//! Grouping records by correlation ID into timelines, each in time order with an outcome.

use std::collections::BTreeMap;

use super::{Record, Timeline, Verdict};

/// The records grouped into timelines: one per correlation ID, rows without one each on their
/// own. Within a timeline, rows are in time order (untimed rows after, in paste order);
/// timelines are ordered by their first time, untimed ones last in paste order.
pub(crate) fn group(records: &[Record]) -> Vec<Timeline> {
    let mut by_id: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (index, record) in records.iter().enumerate() {
        match record.correlation_id.as_deref() {
            Some(id) => by_id.entry(id).or_default().push(index),
            None => groups.push(vec![index]),
        }
    }
    groups.extend(by_id.into_values());
    let mut timelines: Vec<Timeline> = groups
        .into_iter()
        .map(|mut members| {
            members.sort_by_key(|i| (records[*i].when_utc.is_none(), records[*i].when_utc, *i));
            timeline(records, members)
        })
        .collect();
    timelines.sort_by_key(|t| {
        let first = t.records.first().map_or(0, |i| *i);
        let when = t.records.first().and_then(|i| records[*i].when_utc);
        (when.is_none(), when, first)
    });
    timelines
}

fn timeline(records: &[Record], members: Vec<usize>) -> Timeline {
    let decided = members.iter().rev().find(|i| records[**i].verdict.is_final());
    let (outcome, entry) = match decided {
        Some(i) => (records[*i].verdict, records[*i].entry.clone()),
        None => {
            let outcome = if members.iter().any(|i| records[*i].verdict == Verdict::InProgress) {
                Verdict::InProgress
            } else {
                Verdict::Unknown
            };
            let entry = members.iter().rev().find_map(|i| records[*i].entry.clone());
            (outcome, entry)
        }
    };
    Timeline {
        correlation_id: members.first().and_then(|i| records[*i].correlation_id.clone()),
        records: members,
        outcome,
        entry,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::fields::{RawRecord, clean, verdict};

    fn row(id: Option<&str>, when: &str, reason: &str) -> Record {
        let raw = RawRecord {
            when: clean(when),
            correlation_id: id.map(str::to_owned),
            result: clean("success"),
            reason: clean(reason),
            ..RawRecord::default()
        };
        let mut record = raw.into_record(1, &mut Vec::new());
        record.verdict = verdict(&record);
        record
    }

    #[test]
    fn groups_by_correlation_id_in_time_order_with_the_last_final_outcome() {
        let records = [
            row(Some("b"), "2026-11-30T08:20:00Z", "User successfully reset password"),
            row(Some("a"), "2026-11-30T08:14:09Z", "User abandoned while selecting a new password"),
            row(Some("a"), "2026-11-30T08:14:03Z", "User was presented with verification options"),
            row(None, "", "User started the mobile SMS verification option"),
            row(Some("a"), "2026-11-30T08:14:05Z", "User started the mobile SMS verification option"),
        ];
        let timelines = group(&records);
        assert_eq!(timelines.len(), 3);
        assert_eq!(timelines[0].correlation_id.as_deref(), Some("a"));
        assert_eq!(timelines[0].records, [2, 4, 1]);
        assert_eq!(timelines[0].outcome, Verdict::Abandoned);
        assert_eq!(timelines[1].records, [0]);
        assert_eq!(timelines[1].outcome, Verdict::Succeeded);
        assert_eq!(timelines[2].correlation_id, None);
        assert_eq!(timelines[2].outcome, Verdict::InProgress);
    }
}

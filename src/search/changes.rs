//! Dated platform changes in search: once a change is in effect, the catalogue entries it
//! affects come first for the symptoms it explains (a caller who says "the code never arrives"
//! after 1 Feb 2027 is most likely hitting the retirement of Microsoft's own SMS delivery).

use jiff::civil::Date;

use crate::model::catalogue::EntryId;
use crate::model::category::Category;
use crate::model::changes::{ChangeState, PlatformChange};
use crate::model::playbook::Playbook;
use crate::search::{SearchResult, Target};

/// Whether `query` says `symptom`: every word of the symptom appears in the query (any order,
/// any case), or, for a symptom written in Chinese, the phrase appears in it (spaces ignored).
pub fn says_symptom(query: &str, symptom: &str) -> bool {
    let query = query.to_lowercase();
    if symptom.is_ascii() {
        let words: Vec<&str> = query.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let mut wanted = symptom.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).peekable();
        wanted.peek().is_some() && wanted.all(|w| words.contains(&w.to_lowercase().as_str()))
    } else {
        let squeeze = |text: &str| text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
        let symptom = squeeze(symptom);
        !symptom.is_empty() && squeeze(&query).contains(&symptom)
    }
}

/// The changes in effect on `today` that explain `query`.
pub fn explaining<'a>(playbook: &'a Playbook, today: Date, query: &'a str) -> impl Iterator<Item = &'a PlatformChange> + 'a {
    playbook
        .changes()
        .iter()
        .filter(move |c| c.state_on(today) == ChangeState::InEffect)
        .filter(move |c| c.symptoms.iter().any(|s| says_symptom(query, s)))
}

/// Moves to the top the catalogue entries of every change in effect on `today` that explains
/// `query`, in the order each change lists them; an entry the search did not find is added.
/// Steps and everything else keep their order below them.
pub fn promote_changes(results: &mut Vec<SearchResult>, playbook: &Playbook, today: Date, query: &str) {
    let mut first: Vec<SearchResult> = Vec::new();
    let top = results.first().map_or(1.0, |r| r.score);
    for change in explaining(playbook, today, query) {
        for id in &change.affects {
            let target = Target::Entry(EntryId::new(id.clone()));
            if playbook.entry(&EntryId::new(id.clone())).is_none() || first.iter().any(|r| r.target == target) {
                continue;
            }
            let found = results.iter().position(|r| r.target == target).map(|at| results.remove(at));
            first.push(found.unwrap_or(SearchResult {
                target,
                category: Category::Errors,
                score: top,
                matched: Vec::new(),
            }));
        }
    }
    if !first.is_empty() {
        first.append(results);
        *results = first;
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    #[test]
    fn a_symptom_is_said_when_all_its_words_are_there() {
        assert!(says_symptom("Verification code never arrives", "code never arrives"));
        assert!(says_symptom("never arrives, the code", "code never arrives"));
        assert!(!says_symptom("code arrives late", "code never arrives"));
        assert!(says_symptom("用户说短信验证码 收不到", "收不到"));
        assert!(!says_symptom("anything", ""));
    }

    #[test]
    fn the_retirement_entry_comes_first_only_once_it_is_in_effect() {
        let (playbook, _) = Playbook::builtin();
        let retirement = playbook.changes().iter().find(|c| c.id == "sms-voice-retirement").unwrap();
        let entry = retirement
            .affects
            .iter()
            .find(|id| playbook.entry(&EntryId::new((*id).clone())).is_some())
            .unwrap()
            .clone();
        let before = date(2027, 1, 31);
        let after = date(2027, 2, 2);
        let mut results = Vec::new();
        promote_changes(&mut results, &playbook, before, "verification code never arrives");
        assert!(results.is_empty());
        promote_changes(&mut results, &playbook, after, "verification code never arrives");
        assert_eq!(results[0].target, Target::Entry(EntryId::new(entry)));
        let mut results = Vec::new();
        promote_changes(&mut results, &playbook, after, "licence for SSPR");
        assert!(results.is_empty(), "a query that is not a symptom moves nothing");
    }
}

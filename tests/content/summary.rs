//! The ticket summary and the caller's instructions against golden files. Regenerate the
//! golden files after a deliberate wording change with `UPDATE_GOLDEN=1 cargo test --test content`,
//! then read the diff before committing it.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use sspr_helpdesk::i18n::Localizer;
use sspr_helpdesk::model::catalogue::EntryId;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::{LinkId, Playbook, StepId};
use sspr_helpdesk::model::session::{Session, StepState};
use sspr_helpdesk::report::{SummaryFormat, caller_instructions, ticket_summary};

fn at(minutes: i64) -> Timestamp {
    // 2026-11-29 09:00 UTC plus `minutes`.
    Timestamp::from_second(1_795_942_800 + minutes * 60).unwrap()
}

/// A realistic call: a synced user whose reset fails with SSPR_0029; the agent reads the
/// entry, finds the on-premises side at fault and escalates to the AD team.
fn session() -> Session {
    let mut session = Session::new(Category::Errors, Language::ZhCn, at(0));
    session.ticket = "INC0012345".to_owned();
    session.affected_user = "li.wei@contoso.com".to_owned();
    session.read_entry(&EntryId::new("sspr-0029"), at(1));
    session.set_state(&StepId::new("errors-collect-details"), StepState::Done, at(2));
    session.set_step_note(
        &StepId::new("errors-collect-details"),
        "SSPR_0029 at 08:52 UTC+8\nsupport code 4f2a-77".to_owned(),
        at(3),
    );
    session.set_state(&StepId::new("errors-sspr-0029"), StepState::Failed, at(9));
    session.set_state(&StepId::new("registration-writeback-cloud-sync"), StepState::NotApplicable, at(11));
    session.give_link(&LinkId::new("reset-portal"), at(5));
    session.set_entry_outcome(&EntryId::new("sspr-0029"), StepState::Escalated, "AD team".to_owned(), at(12));
    session.set_entry_note(
        &EntryId::new("sspr-0029"),
        "MSOL_ account lacks Reset password on OU=Sales.".to_owned(),
        at(13),
    );
    session.note = "Caller will wait for the AD team's call back.".to_owned();
    session
}

fn check_golden(name: &str, actual: &str) {
    let path = format!("{}/tests/fixtures/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(format!("{}/tests/fixtures/golden", env!("CARGO_MANIFEST_DIR"))).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e} (run with UPDATE_GOLDEN=1 to create it)"));
    assert_eq!(actual, expected, "{name} differs from its golden file");
}

#[test]
fn summaries_match_their_golden_files_in_both_languages_and_formats() {
    let (playbook, _) = Playbook::builtin();
    let session = session();
    for (language, format, name) in [
        (Language::EnUs, SummaryFormat::Markdown, "summary.en-US.md"),
        (Language::EnUs, SummaryFormat::Text, "summary.en-US.txt"),
        (Language::ZhCn, SummaryFormat::Markdown, "summary.zh-CN.md"),
    ] {
        let (loc, _) = Localizer::builtin(language);
        let summary = ticket_summary(&session, &playbook, &loc, format, &TimeZone::UTC, jiff::civil::date(2026, 12, 6));
        assert!(!summary.contains(['\u{2068}', '\u{2069}']), "{name}");
        check_golden(name, &summary);
    }
}

#[test]
fn triage_answers_open_the_summary_as_the_caller_line_in_both_languages() {
    let (playbook, _) = Playbook::builtin();
    let mut session = session();
    session.answer_triage("goal", "reset");
    session.answer_triage("error", "code");
    session.set_triage_code("SSPR_0029");
    session.answer_triage("symptom", "writeback-fails");
    session.answer_triage("writeback", "dont-know");
    session.answer_triage("admin", "no");
    session.answer_triage("synced", "synced");
    // An answer to a question off the path (the admin set-up branch) says nothing.
    session.answer_triage("topic", "licence");
    for (language, name, caller) in [
        (
            Language::EnUs,
            "summary-triage.en-US.md",
            "- Caller: reset, SSPR_0029 shown, reset fails on-premises, not an admin, synced user\n",
        ),
        (
            Language::ZhCn,
            "summary-triage.zh-CN.md",
            "- 来电用户：重置、显示 SSPR_0029、本地重置失败、不是管理员、已同步的用户\n",
        ),
    ] {
        let (loc, _) = Localizer::builtin(language);
        let summary = ticket_summary(
            &session,
            &playbook,
            &loc,
            SummaryFormat::Markdown,
            &TimeZone::UTC,
            jiff::civil::date(2026, 12, 6),
        );
        assert!(summary.contains(caller), "{summary}");
        check_golden(name, &summary);
    }
    // Without answers, no Caller line at all.
    let (loc, _) = Localizer::builtin(Language::EnUs);
    let plain = ticket_summary(
        &self::session(),
        &playbook,
        &loc,
        SummaryFormat::Markdown,
        &TimeZone::UTC,
        jiff::civil::date(2026, 12, 6),
    );
    assert!(!plain.contains("- Caller:"), "{plain}");
}

#[test]
fn the_summary_leads_with_the_escalation_and_the_affected_user_in_both_languages() {
    let (playbook, _) = Playbook::builtin();
    for (language, outcome, user) in [
        (
            Language::EnUs,
            "- Outcome: Escalated to AD team: SSPR_0029: on-premises configuration blocks the reset\n",
            "- Affected user: li.wei@contoso.com\n",
        ),
        (
            Language::ZhCn,
            "- 处理结果：已升级（AD team）：SSPR_0029：",
            "- 受影响的用户：li.wei@contoso.com\n",
        ),
    ] {
        let (loc, _) = Localizer::builtin(language);
        let summary = ticket_summary(
            &session(),
            &playbook,
            &loc,
            SummaryFormat::Markdown,
            &TimeZone::UTC,
            jiff::civil::date(2026, 12, 6),
        );
        let body: Vec<&str> = summary.lines().skip(2).collect();
        assert!(
            body[0].starts_with(outcome.trim_end()),
            "{language}: the first line is not the outcome:\n{summary}"
        );
        assert_eq!(format!("{}\n", body[1]), user, "{language}:\n{summary}");
        for wrong in ["[Done]", "[Failed]", "[已完成]", "fix the on-premises side"] {
            assert!(!summary.contains(wrong), "{language}: {wrong:?} in\n{summary}");
        }
    }
}

#[test]
fn an_outcome_without_a_name_reads_plainly_and_a_call_with_no_decision_says_so() {
    let (playbook, _) = Playbook::builtin();
    let (loc, _) = Localizer::builtin(Language::EnUs);
    let summarise = |session: &Session| {
        ticket_summary(
            session,
            &playbook,
            &loc,
            SummaryFormat::Text,
            &TimeZone::UTC,
            jiff::civil::date(2026, 12, 6),
        )
    };
    let mut session = Session::new(Category::Errors, Language::EnUs, at(0));
    session.read_entry(&EntryId::new("msg-throttled"), at(1));
    let summary = summarise(&session);
    assert!(summary.contains("- Outcome: not recorded yet\n"), "{summary}");
    assert!(summary.contains("- Read: Too many attempts"), "{summary}");
    session.set_entry_outcome(&EntryId::new("msg-throttled"), StepState::UserTold, String::new(), at(2));
    let summary = summarise(&session);
    assert!(summary.contains("- Outcome: User told: Too many attempts"), "{summary}");
    session.set_entry_outcome(
        &EntryId::new("msg-throttled"),
        StepState::UserTold,
        "wait 24 hours, then try again".to_owned(),
        at(3),
    );
    let summary = summarise(&session);
    assert!(
        summary.contains("- Outcome: User told to wait 24 hours, then try again: Too many attempts"),
        "{summary}"
    );
}

#[test]
fn every_error_step_names_what_was_checked_for_the_summary() {
    let (playbook, _) = Playbook::builtin();
    for language in Language::ALL {
        let (loc, _) = Localizer::builtin(language);
        for step in playbook.steps().filter(|s| s.category == Category::Errors) {
            let done = loc.attribute(&step.id.message_id(), "done");
            assert!(
                done.as_ref().is_some_and(|d| !d.trim().is_empty()),
                "{language}: {} has no .done",
                step.id
            );
        }
    }
}

#[test]
fn summary_times_follow_the_given_time_zone() {
    let (playbook, _) = Playbook::builtin();
    let (loc, _) = Localizer::builtin(Language::EnUs);
    let shanghai = TimeZone::fixed(jiff::tz::offset(8));
    let summary = ticket_summary(
        &session(),
        &playbook,
        &loc,
        SummaryFormat::Text,
        &shanghai,
        jiff::civil::date(2026, 12, 6),
    );
    assert!(summary.contains("2026-11-29 17:00 (UTC+08:00)"), "{summary}");
}

#[test]
fn caller_instructions_carry_the_url_in_the_callers_language() {
    let (playbook, _) = Playbook::builtin();
    let (loc, _) = Localizer::builtin(Language::EnUs);
    let steps: Vec<_> = playbook.steps().filter(|s| s.caller_link.is_some()).collect();
    assert!(steps.len() >= 8, "only {} steps have caller instructions", steps.len());
    for step in steps {
        let url = playbook.link(step.caller_link.as_ref().unwrap()).unwrap().url.to_string();
        for language in Language::ALL {
            let text = caller_instructions(&playbook, &loc, step, language).unwrap();
            assert_eq!(text.matches(&url).count(), 1, "{} {language}: {text}", step.id);
            assert!(!text.contains(['\u{2068}', '\u{2069}', '{', '}']), "{} {language}: {text}", step.id);
            let han = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert_eq!(
                han,
                language == Language::ZhCn,
                "{} {language} is in the wrong language: {text}",
                step.id
            );
        }
        let link = playbook.link(step.caller_link.as_ref().unwrap()).unwrap();
        assert_eq!(link.audience, sspr_helpdesk::model::playbook::Audience::EndUser, "{}", step.id);
    }
}

#[test]
fn common_entries_the_caller_can_act_on_have_caller_text_and_the_rest_say_we_escalated() {
    use sspr_helpdesk::model::playbook::Actor;
    use sspr_helpdesk::report::entry_caller_text;
    let (playbook, _) = Playbook::builtin();
    let (loc, _) = Localizer::builtin(Language::EnUs);
    let mut with_caller = 0;
    for entry in playbook.catalogue() {
        let own = loc.attribute(&entry.id.message_id(), "caller").is_some();
        if own {
            with_caller += 1;
            assert!(entry.actors.contains(&Actor::User), "{}: the caller cannot act on it", entry.id);
        }
        for language in Language::ALL {
            let text = entry_caller_text(&loc, entry, language, "AD team");
            let han = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert_eq!(han, language == Language::ZhCn, "{} {language}: {text}", entry.id);
            assert!(
                !text.contains(['\u{2068}', '\u{2069}', '{', '}']),
                "{} {language}: {text}",
                entry.id
            );
            if !own {
                assert!(text.contains("AD team"), "{} {language}: {text}", entry.id);
            }
        }
    }
    for common in [
        "msg-throttled",
        "msg-code-expired",
        "msg-code-never-arrives-sms",
        "msg-email-code-never-arrives",
    ] {
        assert!(
            loc.attribute(&format!("entry-{common}"), "caller").is_some(),
            "{common} has no .caller"
        );
    }
    assert!(with_caller >= 8, "only {with_caller} entries have caller text");
}

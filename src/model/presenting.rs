//! What may be on the screen while the agent shares it with the caller ("Present" mode): the
//! one rule every pane asks, so steps, catalogue entries, buttons, chips, banners and the
//! search box hide the same things. The caller may see what they act on themselves: step
//! titles and summaries, an entry's codes and symptom, end-user pages and documentation. The
//! caller must not see how the organisation is administered (who acts, admin explanations,
//! an entry's causes and fix, admin portals) nor anything about a caller (the ticket, notes,
//! the typed query, when steps were marked).

use crate::model::playbook::{Actor, Audience, Link, Step};

/// Whose eyes the screen is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Only the agent sees it: everything is shown.
    Private,
    /// Shared with the caller (Present mode).
    Shared,
}

/// A part of a catalogue entry's card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryPart {
    /// The codes (`SSPR_0029`): what the caller reads on their own screen.
    Codes,
    /// Where the message is seen.
    SeenIn,
    /// Who can fix it (admin roles).
    WhoFixes,
    /// What the caller sees.
    Symptom,
    /// Why it happens: the tenant's configuration, rights, registry keys, policies.
    Causes,
    /// How an admin fixes it.
    Fix,
    /// Which fact is uncertain (about the admin side).
    Uncertain,
    /// The buttons to the checklist steps that follow (their titles).
    Steps,
}

impl Actor {
    /// Whether the actor is an administrator (of the tenant or of on-premises AD).
    pub fn is_admin(self) -> bool {
        matches!(self, Actor::TenantAdmin | Actor::OnPremAdmin)
    }
}

impl Screen {
    /// The screen for the Present mode switch.
    pub fn new(presenting: bool) -> Self {
        if presenting { Screen::Shared } else { Screen::Private }
    }

    /// Whether the screen is shared with the caller.
    pub fn is_shared(self) -> bool {
        self == Screen::Shared
    }

    /// Whether a step's explanations (why, how to check, expected, uncertain) may be shown:
    /// on a shared screen only when no admin acts in it, since a mixed step's explanation
    /// covers the admin's part too.
    pub fn shows_step_details(self, step: &Step) -> bool {
        !self.is_shared() || !step.actors.iter().any(|a| a.is_admin())
    }

    /// Whether a link's button may be shown: admin portals stay off a shared screen.
    pub fn shows_link(self, link: &Link) -> bool {
        !self.is_shared() || link.audience != Audience::Admin
    }

    /// Whether the "Who acts" / "Who can fix it" chips may be shown.
    pub fn shows_who_acts(self) -> bool {
        !self.is_shared()
    }

    /// Whether anything about a caller may be shown: the ticket, notes, the typed query, when
    /// steps were marked, a previous session.
    pub fn shows_private(self) -> bool {
        !self.is_shared()
    }

    /// Whether a triage question's "How to find out" (which admin page, which column) may be
    /// shown: it is how the organisation is administered, so not on a shared screen. The
    /// question itself and its answers may: the caller is asked them.
    pub fn shows_find_out(self) -> bool {
        !self.is_shared()
    }

    /// Whether text the agent pasted into the Decode pane (an admin's log export, an event)
    /// may be shown: it is raw evidence about callers and the organisation, so only privately.
    pub fn shows_pasted_text(self) -> bool {
        !self.is_shared()
    }

    /// Whether user names found in decoded evidence (a row's actor or target) may be shown:
    /// they name callers, so only privately ("user hidden while presenting" instead).
    pub fn shows_user_names(self) -> bool {
        !self.is_shared()
    }

    /// Whether a part of a catalogue entry's card may be shown.
    pub fn shows_entry_part(self, part: EntryPart) -> bool {
        match part {
            EntryPart::Codes | EntryPart::SeenIn | EntryPart::Symptom | EntryPart::Steps => true,
            EntryPart::WhoFixes | EntryPart::Causes | EntryPart::Fix | EntryPart::Uncertain => !self.is_shared(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::playbook::Playbook;

    fn step_with(actors: &[Actor]) -> Step {
        let (playbook, _) = Playbook::builtin();
        let mut step = playbook.steps().next().unwrap().clone();
        step.actors = actors.to_vec();
        step
    }

    #[test]
    fn a_shared_screen_hides_the_explanations_of_any_step_an_admin_acts_in() {
        for actors in [
            &[Actor::TenantAdmin][..],
            &[Actor::OnPremAdmin],
            &[Actor::Helpdesk, Actor::TenantAdmin],
            &[Actor::User, Actor::OnPremAdmin],
        ] {
            assert!(!Screen::Shared.shows_step_details(&step_with(actors)), "{actors:?}");
            assert!(Screen::Private.shows_step_details(&step_with(actors)), "{actors:?}");
        }
        assert!(Screen::Shared.shows_step_details(&step_with(&[Actor::User, Actor::Helpdesk])));
    }

    #[test]
    fn a_shared_screen_hides_admin_portals_but_not_end_user_pages_or_docs() {
        let (playbook, _) = Playbook::builtin();
        for link in playbook.links() {
            let shown = Screen::Shared.shows_link(link);
            assert_eq!(shown, link.audience != Audience::Admin, "{}", link.id);
            assert!(Screen::Private.shows_link(link));
        }
    }

    #[test]
    fn a_shared_screen_shows_an_entrys_symptom_but_not_its_admin_detail() {
        for part in [EntryPart::Codes, EntryPart::SeenIn, EntryPart::Symptom, EntryPart::Steps] {
            assert!(Screen::Shared.shows_entry_part(part), "{part:?}");
        }
        for part in [EntryPart::WhoFixes, EntryPart::Causes, EntryPart::Fix, EntryPart::Uncertain] {
            assert!(!Screen::Shared.shows_entry_part(part), "{part:?}");
            assert!(Screen::Private.shows_entry_part(part), "{part:?}");
        }
        assert!(!Screen::Shared.shows_who_acts() && !Screen::Shared.shows_private());
        assert!(Screen::Private.shows_who_acts() && Screen::Private.shows_private());
    }

    #[test]
    fn a_shared_screen_hides_pasted_evidence_and_the_user_names_in_it() {
        assert!(!Screen::Shared.shows_pasted_text() && !Screen::Shared.shows_user_names());
        assert!(Screen::Private.shows_pasted_text() && Screen::Private.shows_user_names());
    }
}

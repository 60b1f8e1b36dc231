//! Kiosk mode: the end-user flows (from `assets/playbook/kiosk.toml`), where a person at the
//! kiosk is in them, and the idle timer that forgets them. Pure data; time is passed in.

use serde::Deserialize;
use toml::Spanned;

use jiff::Timestamp;

use crate::model::diagnostic::{Diagnostic, line_col};
use crate::model::language::Language;
use crate::model::playbook::{Audience, LinkId, Playbook};

/// Seconds of no input before a kiosk shows its countdown, unless configured.
pub const DEFAULT_IDLE_SECONDS: u32 = 120;
/// Seconds of no input before the countdown once the person was sent on to their phone (a
/// screen with a QR code), unless configured: installing an app and registering there takes
/// longer than reading a screen, without touching the kiosk.
pub const DEFAULT_HANDOFF_IDLE_SECONDS: u32 = 600;
/// The countdown shown after the idle time, before the wipe, in seconds.
pub const COUNTDOWN_SECONDS: u32 = 15;

/// One screen of a flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskScreen {
    /// Stable id; its words are `kiosk-screen-<id>` with `.body`.
    pub id: String,
    /// The end-user link shown as a QR code on this screen.
    pub link: Option<LinkId>,
    /// Whether this is the "what to do when it fails" screen (shows the helpdesk contact).
    pub help: bool,
}

impl KioskScreen {
    /// Fluent message id of the screen's heading.
    pub fn message_id(&self) -> String {
        format!("kiosk-screen-{}", self.id)
    }
}

/// A guided flow: "Reset your password", "Register your security info".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskFlow {
    /// Stable id; its title is `kiosk-flow-<id>` with `.description`.
    pub id: String,
    /// Screens in order (at least one).
    pub screens: Vec<KioskScreen>,
}

impl KioskFlow {
    /// Fluent message id of the flow's title.
    pub fn message_id(&self) -> String {
        format!("kiosk-flow-{}", self.id)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KioskFile {
    flow: Vec<FlowEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FlowEntry {
    id: String,
    screens: Vec<ScreenEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScreenEntry {
    id: String,
    #[serde(default)]
    link: Option<Spanned<String>>,
    #[serde(default)]
    help: bool,
}

/// The kiosk flows compiled into the binary.
pub const KIOSK_FILE: &str = include_str!("../../assets/playbook/kiosk.toml");

/// Parses and checks kiosk flows: every `link` must be an end-user link of `playbook`
/// (anything else is dropped from the screen and reported).
pub fn load_flows(path: &str, text: &str, playbook: &Playbook) -> (Vec<KioskFlow>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let file: KioskFile = match toml::from_str(text) {
        Ok(file) => file,
        Err(e) => {
            let position = e.span().map(|s| line_col(text, s.start));
            diagnostics.push(
                Diagnostic::error(path, position, format!("{}; kiosk mode has no flows", e.message().trim()))
                    .with_fix("fix the TOML (see the comment at the top of kiosk.toml)"),
            );
            return (Vec::new(), diagnostics);
        }
    };
    let flows = file
        .flow
        .into_iter()
        .filter(|f| !f.screens.is_empty())
        .map(|flow| KioskFlow {
            id: flow.id,
            screens: flow
                .screens
                .into_iter()
                .map(|screen| {
                    let link = screen.link.and_then(|link| {
                        let id = LinkId::new(link.get_ref().clone());
                        match playbook.link(&id) {
                            Some(l) if l.audience == Audience::EndUser => Some(id),
                            _ => {
                                diagnostics.push(
                                    Diagnostic::error(
                                        path,
                                        Some(line_col(text, link.span().start)),
                                        format!("screen \"{}\": \"{}\" is not an end-user link", screen.id, link.get_ref()),
                                    )
                                    .with_fix("use a link with audience \"end-user\" from links.toml"),
                                );
                                None
                            }
                        }
                    });
                    KioskScreen {
                        id: screen.id,
                        link,
                        help: screen.help,
                    }
                })
                .collect(),
        })
        .collect();
    (flows, diagnostics)
}

/// Where the idle timer stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    /// Someone is using the kiosk; check again in this many seconds.
    Active {
        /// Seconds until the countdown starts.
        countdown_in: u32,
    },
    /// Nobody touched it for a while: the session ends in this many seconds unless they do.
    Countdown {
        /// Seconds left, rounded up.
        seconds_left: u32,
    },
    /// Time is up: forget everything.
    Expired,
}

/// The person at the kiosk: chosen language, flow and screen, and when they last did
/// anything. Nothing of it is ever written to disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskSession {
    /// The language the person chose (starts at the kiosk's default).
    pub language: Language,
    /// The open flow's index, `None` on the start screen.
    pub flow: Option<usize>,
    /// The screen within the flow.
    pub screen: usize,
    /// The last input (key, click, touch, pointer movement).
    pub last_input: Timestamp,
}

impl KioskSession {
    /// The start screen in `language`.
    pub fn new(language: Language, now: Timestamp) -> Self {
        Self {
            language,
            flow: None,
            screen: 0,
            last_input: now,
        }
    }

    /// Opens a flow at its first screen.
    pub fn start(&mut self, flow: usize) {
        self.flow = Some(flow);
        self.screen = 0;
    }

    /// Next screen (stays on the last one).
    pub fn next(&mut self, flows: &[KioskFlow]) {
        if let Some(flow) = self.flow.and_then(|f| flows.get(f)) {
            self.screen = (self.screen + 1).min(flow.screens.len().saturating_sub(1));
        }
    }

    /// Previous screen; from the first screen, back to the start screen.
    pub fn back(&mut self) {
        if self.screen == 0 {
            self.flow = None;
        } else {
            self.screen -= 1;
        }
    }

    /// Forgets the person: start screen, default language.
    pub fn wipe(&mut self, default_language: Language, now: Timestamp) {
        *self = Self::new(default_language, now);
    }

    /// Records input at `now` (cancels a countdown).
    pub fn touched(&mut self, now: Timestamp) {
        self.last_input = now;
    }

    /// Whether anything is there to forget (a flow is open or the language was changed).
    pub fn is_fresh(&self, default_language: Language) -> bool {
        self.flow.is_none() && self.language == default_language
    }

    /// Whether the person has been sent on to their phone: the open flow has a screen with a
    /// QR code at or before the current one. From then on they may be busy on the phone
    /// without touching the kiosk.
    pub fn handed_off(&self, flows: &[KioskFlow]) -> bool {
        self.flow
            .and_then(|f| flows.get(f))
            .is_some_and(|flow| flow.screens.iter().take(self.screen + 1).any(|s| s.link.is_some()))
    }

    /// The seconds of inactivity allowed before the countdown: `handoff_idle_seconds` once
    /// [handed off](Self::handed_off), else `idle_seconds`.
    pub fn idle_limit(&self, flows: &[KioskFlow], idle_seconds: u32, handoff_idle_seconds: u32) -> u32 {
        if self.handed_off(flows) {
            handoff_idle_seconds.max(idle_seconds)
        } else {
            idle_seconds
        }
    }

    /// The idle timer at `now`: `idle_seconds` of allowed inactivity, then a countdown of
    /// [`COUNTDOWN_SECONDS`], then [`Idle::Expired`].
    pub fn idle(&self, now: Timestamp, idle_seconds: u32) -> Idle {
        let countdown_ms = i64::from(COUNTDOWN_SECONDS) * 1000;
        let idle_ms = i64::from(idle_seconds) * 1000 + countdown_ms;
        let elapsed_ms = i64::try_from(now.duration_since(self.last_input).as_millis())
            .unwrap_or(i64::MAX)
            .max(0);
        let left_ms = idle_ms - elapsed_ms;
        if left_ms <= 0 {
            return Idle::Expired;
        }
        let seconds = |ms: i64| u32::try_from((ms + 999) / 1000).unwrap_or(u32::MAX);
        if left_ms <= countdown_ms {
            Idle::Countdown {
                seconds_left: seconds(left_ms),
            }
        } else {
            Idle::Active {
                countdown_in: seconds(left_ms - countdown_ms),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + seconds).unwrap()
    }

    #[test]
    fn the_idle_timer_counts_down_and_input_resets_it() {
        let mut kiosk = KioskSession::new(Language::EnUs, at(0));
        // The countdown follows the idle time, as the README says: 120 s, then 15 s.
        assert_eq!(kiosk.idle(at(0), 120), Idle::Active { countdown_in: 120 });
        assert_eq!(kiosk.idle(at(119), 120), Idle::Active { countdown_in: 1 });
        assert_eq!(kiosk.idle(at(121), 120), Idle::Countdown { seconds_left: 14 });
        assert_eq!(kiosk.idle(at(134), 120), Idle::Countdown { seconds_left: 1 });
        assert_eq!(kiosk.idle(at(135), 120), Idle::Expired);
        kiosk.touched(at(130));
        assert_eq!(kiosk.idle(at(131), 120), Idle::Active { countdown_in: 119 });
        assert_eq!(kiosk.idle(at(265), 120), Idle::Expired);
    }

    #[test]
    fn once_sent_to_the_phone_the_kiosk_waits_longer() {
        let (playbook, _) = Playbook::builtin();
        let (flows, _) = load_flows("kiosk.toml", KIOSK_FILE, &playbook);
        let mut kiosk = KioskSession::new(Language::EnUs, at(0));
        assert!(!kiosk.handed_off(&flows), "the start screen hands nothing off");
        assert_eq!(kiosk.idle_limit(&flows, 120, 600), 120);
        kiosk.start(0);
        assert!(flows[0].screens[0].link.is_some());
        assert!(kiosk.handed_off(&flows), "the QR screen sends the person to their phone");
        kiosk.next(&flows);
        assert_eq!(kiosk.idle_limit(&flows, 120, 600), 600);
        // A shorter hand-off time never shortens the ordinary one.
        assert_eq!(kiosk.idle_limit(&flows, 120, 60), 120);
        kiosk.back();
        kiosk.back();
        assert!(!kiosk.handed_off(&flows), "back on the start screen");
    }

    #[test]
    fn wiping_forgets_the_flow_and_the_language() {
        let mut kiosk = KioskSession::new(Language::EnUs, at(0));
        kiosk.language = Language::ZhCn;
        kiosk.start(1);
        assert!(!kiosk.is_fresh(Language::EnUs));
        kiosk.wipe(Language::EnUs, at(5));
        assert!(kiosk.is_fresh(Language::EnUs));
        assert_eq!(kiosk.last_input, at(5));
    }

    #[test]
    fn the_builtin_flows_load_and_use_end_user_links() {
        let (playbook, _) = Playbook::builtin();
        let (flows, diagnostics) = load_flows("kiosk.toml", KIOSK_FILE, &playbook);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(flows.len(), 2);
        assert!(
            flows
                .iter()
                .all(|f| f.screens.iter().any(|s| s.link.is_some()) && f.screens.iter().any(|s| s.help))
        );
        let mut kiosk = KioskSession::new(Language::EnUs, at(0));
        kiosk.start(0);
        for _ in 0..10 {
            kiosk.next(&flows);
        }
        assert_eq!(kiosk.screen, flows[0].screens.len() - 1);
        kiosk.back();
        assert_eq!(kiosk.screen, flows[0].screens.len() - 2);
    }
}

//! Kiosk mode around its screen: the idle timer and the exit chord (run from `App::logic`), and
//! one frame of the screen, whose actions go to `apply` like every other.

use std::time::Duration;

use egui::{CentralPanel, Key, Modifiers, Panel, ScrollArea};
use jiff::Timestamp;

use crate::model::kiosk::{Idle, KioskFlow, KioskSession};
use crate::model::language::Language;
use crate::ui::HelpdeskApp;
use crate::ui::action::Action;
use crate::ui::kiosk::screen::{KioskView, kiosk_countdown_ui, kiosk_nav_ui, kiosk_ui};

/// Everything kiosk mode keeps, in memory only.
pub(crate) struct KioskState {
    /// The end-user flows, from `assets/playbook/kiosk.toml`.
    pub(crate) flows: Vec<KioskFlow>,
    /// Who is at the kiosk and which screen they are on.
    pub(crate) session: KioskSession,
    /// The language the kiosk starts each person in.
    pub(crate) default_language: Language,
    /// The last "Open here" failed (the screen then offers the QR code only).
    pub(crate) open_failed: bool,
    /// Set by the exit chord, so the close request that follows is let through.
    pub(crate) leaving: bool,
}

impl KioskState {
    /// Forgets the person at the kiosk; returns the language the next one starts in.
    pub(crate) fn forget(&mut self, now: Timestamp) -> Language {
        self.session.wipe(self.default_language, now);
        self.open_failed = false;
        self.default_language
    }
}

impl HelpdeskApp {
    /// The kiosk's time-driven work, before the frame is drawn: fill the screen once its size
    /// is known, the exit chord, refusing every other close request, and the idle timer that
    /// forgets the person.
    pub(in crate::ui) fn kiosk_logic(&mut self, ctx: &egui::Context) {
        let now = self.services.clock.now();
        let (idle_seconds, handoff_seconds) = (self.config.idle_seconds, self.config.handoff_idle_seconds);
        let Some(kiosk) = self.kiosk.as_mut() else { return };
        // Some window managers (or none, as on a bare X server) ignore the fullscreen request
        // at creation: once the monitor's size is known, ask again and fill it.
        if let (false, Some(monitor)) = (self.window_checked, ctx.input(|i| i.viewport().monitor_size)) {
            self.window_checked = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::pos2(0.0, 0.0)));
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(monitor));
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
        // Leaving kiosk mode takes a deliberate chord; every other close request is refused.
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND | Modifiers::ALT | Modifiers::SHIFT, Key::Q)) {
            kiosk.leaving = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !kiosk.leaving {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        let touched = ctx.input(|i| i.events.iter().any(|e| !matches!(e, egui::Event::WindowFocused(_))));
        if touched {
            kiosk.session.touched(now);
        }
        let default_language = kiosk.default_language;
        let limit = kiosk.session.idle_limit(&kiosk.flows, idle_seconds, handoff_seconds);
        let mut idle = kiosk.session.idle(now, limit);
        if idle == Idle::Expired {
            if !kiosk.session.is_fresh(default_language) {
                log::info!("kiosk: idle, starting over");
            }
            let language = kiosk.forget(now);
            self.loc.set_language(language);
            idle = kiosk.session.idle(now, idle_seconds);
        }
        // Someone to forget: wake up for the countdown, then every second of it. Nobody there:
        // no timer at all, so an idle kiosk paints nothing.
        if !kiosk.session.is_fresh(default_language) {
            match idle {
                Idle::Active { countdown_in } => ctx.request_repaint_after(Duration::from_secs(u64::from(countdown_in))),
                Idle::Countdown { .. } => ctx.request_repaint_after(Duration::from_secs(1)),
                Idle::Expired => {}
            }
        }
    }

    /// Draws one frame of kiosk mode and applies what the person did.
    pub(in crate::ui) fn kiosk_frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let now = self.services.clock.now();
        let (idle_seconds, handoff_seconds) = (self.config.idle_seconds, self.config.handoff_idle_seconds);
        let Some(kiosk) = self.kiosk.as_ref() else { return };
        let shown_idle = if kiosk.session.is_fresh(kiosk.default_language) {
            Idle::Active {
                countdown_in: idle_seconds,
            }
        } else {
            kiosk
                .session
                .idle(now, kiosk.session.idle_limit(&kiosk.flows, idle_seconds, handoff_seconds))
        };
        let mut actions = Vec::new();
        let view = KioskView {
            playbook: &self.playbook,
            loc: &self.loc,
            flows: &kiosk.flows,
            session: &kiosk.session,
            idle: shown_idle,
            helpdesk_contact: self.config.helpdesk_contact.as_deref(),
            open_failed: kiosk.open_failed,
        };
        // Back / Next / Start over stay at the same place on every screen, whatever the
        // screen's length or the window's size: only the content above them scrolls.
        if view.session.flow.is_some() {
            Panel::bottom("kiosk_nav").show(ui, |ui| kiosk_nav_ui(ui, &view, &mut actions));
        }
        if matches!(view.idle, Idle::Countdown { .. }) {
            Panel::top("kiosk_countdown").show(ui, |ui| kiosk_countdown_ui(ui, &view));
        }
        CentralPanel::default().show(ui, |ui| {
            // A stranger at a kiosk does not hover to find a scroll bar: when a screen is taller
            // than the window, a solid bar is drawn (egui's default floats until hovered).
            ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
            ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| kiosk_ui(ui, &view, &mut actions));
        });
        if !actions.is_empty() {
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(&ctx, Action::Kiosk(action));
        }
    }
}

//! Kiosk mode's screen: only the end-user path, as large guided screens one step at a time,
//! with the QR hand-off as the main action and the language buttons always in view. Nothing
//! here shows admin content, notes, search, export or file dialogs.

use egui::{Align, Button, Frame, Layout, Margin, RichText, Vec2};

use crate::i18n::Localizer;
use crate::model::kiosk::{Idle, KioskFlow, KioskSession};
use crate::model::language::Language;
use crate::model::playbook::{LinkId, Playbook};
use crate::ui::{qr, theme};

/// What the kiosk screen can ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KioskAction {
    /// Switch the language (the person's choice, forgotten at "Start over").
    SetLanguage(Language),
    /// Open a flow.
    Start(usize),
    /// Next screen.
    Next,
    /// Previous screen (or the start screen).
    Back,
    /// Forget everything now.
    StartOver,
    /// Try to open a link in a browser on the kiosk itself.
    Open(LinkId),
}

/// What the kiosk screen reads.
pub struct KioskView<'a> {
    /// Links and their URLs.
    pub playbook: &'a Playbook,
    /// Words in the person's language.
    pub loc: &'a Localizer,
    /// The flows.
    pub flows: &'a [KioskFlow],
    /// Where the person is.
    pub session: &'a KioskSession,
    /// The idle timer.
    pub idle: Idle,
    /// The administrator's helpdesk contact, if configured.
    pub helpdesk_contact: Option<&'a str>,
    /// A link the kiosk could not open, to explain on screen.
    pub open_failed: bool,
}

/// Text sizes on the kiosk, in points: read from a step away.
const KIOSK_BODY: f32 = 24.0;
const KIOSK_HEADING: f32 = 36.0;
const KIOSK_BUTTON: f32 = 26.0;
/// Side of a QR code on the kiosk, in points: scanned from arm's length.
const QR_SIDE: f32 = 280.0;
/// The smallest a kiosk draws a QR code, in points, when the window is short.
const QR_MIN_SIDE: f32 = 180.0;

fn big_button(ui: &mut egui::Ui, text: String, width: f32) -> egui::Response {
    ui.add(Button::new(RichText::new(text).size(KIOSK_BUTTON)).min_size(Vec2::new(width, 64.0)))
}

/// Draws the whole kiosk screen.
pub fn kiosk_ui(ui: &mut egui::Ui, view: &KioskView<'_>, actions: &mut Vec<KioskAction>) {
    let loc = view.loc;
    Frame::NONE.inner_margin(Margin::same(32)).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(loc.text("kiosk-title")).size(KIOSK_HEADING).strong());
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                for language in Language::ALL.into_iter().rev() {
                    let selected = view.session.language == language;
                    let button = Button::selectable(selected, RichText::new(language.native_name()).size(KIOSK_BUTTON))
                        .min_size(Vec2::new(120.0, 56.0));
                    if ui.add(button).clicked() && !selected {
                        actions.push(KioskAction::SetLanguage(language));
                    }
                }
            });
        });
        ui.add_space(12.0);
        match view.session.flow.and_then(|f| view.flows.get(f)) {
            None => start_screen_ui(ui, view, actions),
            Some(flow) => flow_screen_ui(ui, view, flow, actions),
        }
    });
}

fn start_screen_ui(ui: &mut egui::Ui, view: &KioskView<'_>, actions: &mut Vec<KioskAction>) {
    let loc = view.loc;
    ui.label(RichText::new(loc.text("kiosk-intro")).size(KIOSK_BODY));
    ui.add_space(24.0);
    let width = ui.available_width().min(720.0);
    for (index, flow) in view.flows.iter().enumerate() {
        if big_button(ui, loc.text(&flow.message_id()), width).clicked() {
            actions.push(KioskAction::Start(index));
        }
        if let Some(description) = loc.attribute(&flow.message_id(), "description") {
            ui.label(RichText::new(description).size(KIOSK_BODY * 0.8).weak());
        }
        ui.add_space(20.0);
    }
}

fn flow_screen_ui(ui: &mut egui::Ui, view: &KioskView<'_>, flow: &KioskFlow, actions: &mut Vec<KioskAction>) {
    let loc = view.loc;
    let total = flow.screens.len();
    let index = view.session.screen.min(total.saturating_sub(1));
    let Some(screen) = flow.screens.get(index) else { return };
    ui.label(RichText::new(loc.text(&flow.message_id())).size(KIOSK_BODY).weak());
    // Progress dots, and the same in words for screen readers.
    ui.horizontal(|ui| {
        let dots: String = (0..total).map(|i| if i == index { '●' } else { '○' }).collect();
        ui.label(RichText::new(dots).size(KIOSK_BODY));
        ui.label(
            RichText::new(loc.text_with_args("kiosk-step-of", &[("step", (index + 1).into()), ("total", total.into())]))
                .size(KIOSK_BODY * 0.8),
        );
    });
    ui.add_space(8.0);
    ui.label(RichText::new(loc.text(&screen.message_id())).size(KIOSK_HEADING).strong());
    ui.add_space(8.0);
    let body = loc.attribute(&screen.message_id(), "body").unwrap_or_default();
    if let Some(link) = screen.link.as_ref().and_then(|id| view.playbook.link(id)) {
        // The QR code and the address are the main action on a kiosk: beside the words when
        // there is room, else under them, never cut off at the right edge.
        let code_ui = |ui: &mut egui::Ui, actions: &mut Vec<KioskAction>| {
            ui.label(RichText::new(loc.text("kiosk-scan")).size(KIOSK_BODY * 0.8));
            // The whole code in view above the navigation row, or it cannot be scanned.
            let visible = ui.clip_rect().bottom() - ui.cursor().top() - 8.0;
            qr::qr_ui(ui, link.url.as_str(), visible.clamp(QR_MIN_SIDE, QR_SIDE));
            ui.label(RichText::new(loc.text("kiosk-or-type")).size(KIOSK_BODY * 0.8));
            ui.add(
                egui::Label::new(
                    RichText::new(short_address(link.url.as_str()))
                        .size(KIOSK_HEADING * 0.8)
                        .strong()
                        .monospace(),
                )
                .wrap(),
            );
            if ui
                .add(Button::new(RichText::new(loc.text("kiosk-open-here")).size(KIOSK_BODY * 0.8)))
                .clicked()
            {
                actions.push(KioskAction::Open(link.id.clone()));
            }
            if view.open_failed {
                ui.label(
                    RichText::new(loc.text("kiosk-open-failed"))
                        .size(KIOSK_BODY * 0.8)
                        .color(theme::warning_color(ui.visuals().dark_mode)),
                );
            }
        };
        let room = ui.available_width();
        if room >= 680.0 {
            let words_width = (room - QR_SIDE - 48.0).min(560.0);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_max_width(words_width);
                    ui.label(RichText::new(body).size(KIOSK_BODY));
                });
                ui.add_space(24.0);
                ui.vertical(|ui| code_ui(ui, actions));
            });
        } else {
            ui.label(RichText::new(body).size(KIOSK_BODY));
            ui.add_space(12.0);
            code_ui(ui, actions);
        }
    } else {
        ui.label(RichText::new(body).size(KIOSK_BODY));
    }
    if screen.help {
        ui.add_space(16.0);
        Frame::group(ui.style()).inner_margin(Margin::same(16)).show(ui, |ui| {
            ui.set_width(ui.available_width().min(800.0));
            ui.label(RichText::new(loc.text("kiosk-helpdesk")).size(KIOSK_BODY).strong());
            match view.helpdesk_contact {
                Some(contact) => ui.label(RichText::new(contact).size(KIOSK_HEADING)),
                None => ui.label(RichText::new(loc.text("kiosk-helpdesk-unknown")).size(KIOSK_BODY)),
            };
        });
    }
}

/// The idle countdown, in a panel along the top edge so it is in view however far the
/// screen is scrolled, and never moves the navigation row.
pub fn kiosk_countdown_ui(ui: &mut egui::Ui, view: &KioskView<'_>) {
    let Idle::Countdown { seconds_left } = view.idle else {
        return;
    };
    let loc = view.loc;
    Frame::NONE.inner_margin(Margin::symmetric(32, 12)).show(ui, |ui| {
        Frame::NONE
            .fill(ui.visuals().warn_fg_color.gamma_multiply(0.15))
            .stroke(egui::Stroke::new(2.0, ui.visuals().warn_fg_color))
            .inner_margin(Margin::same(12))
            .corner_radius(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(loc.text_with_args("kiosk-countdown", &[("seconds", seconds_left.into())]))
                        .size(KIOSK_BODY)
                        .strong(),
                );
            });
    });
}

/// The navigation row of an open flow (Back, Next or Done, Start over), drawn in a panel
/// along the bottom edge so it is at the same place on every screen.
pub fn kiosk_nav_ui(ui: &mut egui::Ui, view: &KioskView<'_>, actions: &mut Vec<KioskAction>) {
    let loc = view.loc;
    let Some(flow) = view.session.flow.and_then(|f| view.flows.get(f)) else {
        return;
    };
    let last = view.session.screen + 1 >= flow.screens.len();
    Frame::NONE.inner_margin(Margin::symmetric(32, 12)).show(ui, |ui| {
        ui.horizontal(|ui| {
            if big_button(ui, loc.text("kiosk-back"), 200.0).clicked() {
                actions.push(KioskAction::Back);
            }
            if !last {
                if big_button(ui, loc.text("kiosk-next"), 200.0).clicked() {
                    actions.push(KioskAction::Next);
                }
            } else if big_button(ui, loc.text("kiosk-done"), 200.0).clicked() {
                actions.push(KioskAction::StartOver);
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if big_button(ui, loc.text("kiosk-start-over"), 200.0).clicked() {
                    actions.push(KioskAction::StartOver);
                }
            });
        });
    });
}

/// The address to type: the URL without `https://` and without a trailing slash
/// (`aka.ms/sspr`).
pub fn short_address(url: &str) -> &str {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    rest.strip_suffix('/').unwrap_or(rest)
}

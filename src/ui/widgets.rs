//! Widgets more than one pane draws: a link's buttons (open, copy, QR code) and the badge of
//! what a content pack added.

use egui::{Button, Frame, Margin, RichText, Role, WidgetInfo};
use egui_material_icons::icons::{ICON_CONTENT_COPY, ICON_DOMAIN, ICON_QR_CODE, ICON_WARNING};

use crate::model::changes::ChangeState;
use crate::model::playbook::{Audience, Link, LinkId};
use crate::ui::action::Action;
use crate::ui::{View, theme};

/// A small badge with the content pack's name, on steps and entries the pack added, so the
/// agent can tell the organisation's own procedure from the built-in, documented one.
pub fn pack_badge_ui(ui: &mut egui::Ui, view: &View<'_>) {
    let Some(pack) = view.playbook.pack() else {
        return;
    };
    let label = format!("{} {}", ICON_DOMAIN.codepoint, pack.name);
    Frame::NONE
        .stroke(egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color))
        .corner_radius(4.0)
        .inner_margin(Margin::symmetric(6, 1))
        .show(ui, |ui| ui.label(RichText::new(label).small()))
        .inner
        .on_hover_text(view.loc.text_with_args("origin-pack-hint", &[("pack", pack.to_string().into())]));
}

/// Width of a small button showing `icon`, in points: the glyph as drawn plus the button's
/// padding (measured, not guessed: a guess too small let the copy button wrap away from its
/// link, under the next one).
fn icon_button_width(ui: &mut egui::Ui, icon: egui_material_icons::MaterialIcon) -> f32 {
    let font = egui::FontId::new(egui::TextStyle::Body.resolve(ui.style()).size, icon.font_family());
    let glyph = ui.fonts_mut(|f| f.layout_no_wrap(icon.codepoint.to_string(), font, egui::Color32::WHITE).size().x);
    glyph + 2.0 * ui.spacing().button_padding.x
}

/// A link's button (opens it; hover shows the URL) and its "copy link" button (and "QR code"
/// for an end-user page), kept on one row.
pub fn link_buttons_ui(ui: &mut egui::Ui, view: &View<'_>, id: &LinkId, actions: &mut Vec<Action>) {
    let Some(link) = view.playbook.link(id).filter(|l| view.screen().shows_link(l)) else {
        return;
    };
    let loc = view.loc;
    let label = link_label(view, link);
    let hover = if link.uncertain {
        format!("{}\n{}", link.url, loc.text("unverified-link-hint"))
    } else {
        link.url.to_string()
    };
    // Keep the link and its small buttons on one line: start a new row when the whole group
    // does not fit (egui's wrapping would only move the part that overflows).
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text_width = ui.fonts_mut(|f| f.layout_no_wrap(label.clone(), font, egui::Color32::WHITE).size().x);
    let spacing = ui.spacing().item_spacing.x;
    let mut icons_width = spacing + icon_button_width(ui, ICON_CONTENT_COPY);
    if link.audience == Audience::EndUser {
        icons_width += spacing + icon_button_width(ui, ICON_QR_CODE);
    }
    let group_width = text_width + 2.0 * ui.spacing().button_padding.x + icons_width;
    // In a wrapping layout `available_width` is the whole row; the room left is up to the cursor.
    let row_width = ui.max_rect().width();
    let room = ui.max_rect().right() - ui.cursor().min.x;
    let at_row_start = room >= row_width - 0.5;
    if group_width > room && !at_row_start {
        ui.end_row();
    }
    // Too long for any row (a long label in a narrow window): the label wraps within what
    // the small buttons leave, so they stay beside their own link, not under the next one.
    let button = if group_width > row_width {
        let size = egui::vec2((row_width - icons_width).max(80.0), 0.0);
        ui.allocate_ui(size, |ui| ui.add(Button::new(&label).wrap())).inner
    } else {
        ui.button(&label)
    };
    if button.on_hover_text(hover).clicked() {
        actions.push(Action::OpenLink(id.clone()));
    }
    if link.audience == Audience::EndUser {
        let qr_name = loc.text_with_args("show-qr-named", &[("label", label.as_str().into())]);
        let qr = ui
            .add(Button::new(ICON_QR_CODE.rich_text()).small())
            .on_hover_text(loc.text("show-qr"));
        qr.widget_info(|| WidgetInfo::labeled(Role::Button, true, &qr_name));
        if qr.clicked() {
            actions.push(Action::ShowQr(Some(id.clone())));
        }
    }
    let copy_name = loc.text_with_args("copy-link-named", &[("label", label.as_str().into())]);
    let copy = ui
        .add(Button::new(ICON_CONTENT_COPY.rich_text()).small())
        .on_hover_text(loc.text("copy-link"));
    copy.widget_info(|| WidgetInfo::labeled(Role::Button, true, &copy_name));
    if copy.clicked() {
        actions.push(Action::CopyLink(id.clone()));
    }
}

/// The button label of a link in the current language, marked when the URL is unverified.
pub fn link_label(view: &View<'_>, link: &Link) -> String {
    let label = view.loc.text(&link.id.message_id());
    // A warning sign, not words: "(unverified link)" read as the button's own name. Hovering
    // says what is unverified (`unverified-link-hint`).
    if link.uncertain {
        format!("{label} {}", ICON_WARNING.codepoint)
    } else {
        label
    }
}

/// One small badge per dated platform change that affects `id` (a step or catalogue entry):
/// "Upcoming: 1 Feb 2027" before its date, "In effect since 1 Feb 2027" from it, as of the
/// agent's today. Hovering shows what changes and what callers report.
pub fn change_badges_ui(ui: &mut egui::Ui, view: &View<'_>, id: &str) {
    for change in view.playbook.changes_affecting(id) {
        let loc = view.loc;
        let date = loc.date(change.effective);
        let (message, color) = match change.state_on(view.today) {
            ChangeState::Upcoming => ("change-badge-upcoming", theme::warning_color(ui.visuals().dark_mode)),
            ChangeState::InEffect => ("change-badge-in-effect", theme::done_color(ui.visuals().dark_mode)),
        };
        let mut label = loc.text_with_args(message, &[("date", date.into())]);
        if change.uncertain {
            label.push_str(&format!(" {}", ICON_WARNING.codepoint));
        }
        let title = loc.text(&change.message_id());
        let hover = format!("{title}\n{}", loc.attribute(&change.message_id(), "reports").unwrap_or_default());
        Frame::NONE
            .stroke(egui::Stroke::new(1.0, color))
            .corner_radius(4.0)
            .inner_margin(Margin::symmetric(6, 1))
            .show(ui, |ui| ui.label(RichText::new(label).small().color(color)))
            .inner
            .on_hover_text(hover);
    }
}

/// After a source link: the date of the page our text was checked against, "(page of 4 Mar
/// 2025)", marked when that date is not confirmed. Nothing for a link without one.
pub fn page_date_ui(ui: &mut egui::Ui, view: &View<'_>, id: &LinkId) {
    let Some(link) = view.playbook.link(id) else { return };
    let Some(page_date) = link.page_date else { return };
    let loc = view.loc;
    let mut text = loc.text_with_args("source-page-date", &[("date", loc.date(page_date).into())]);
    if link.page_date_uncertain {
        text.push_str(&format!(" {}", ICON_WARNING.codepoint));
    }
    let mut hover = String::new();
    if let Some(checked) = link.checked {
        hover = loc.text_with_args("source-checked-on", &[("date", loc.date(checked).into())]);
    }
    if link.page_date_uncertain {
        hover.push('\n');
        hover.push_str(&loc.text("source-page-date-uncertain"));
    }
    let response = ui.label(RichText::new(text).small().weak());
    if !hover.is_empty() {
        response.on_hover_text(hover);
    }
}

/// A card framed in the warning colour, full width, for what the agent must not miss (an
/// unverified fact, the step to take first). `add_contents` gets the colour for its heading.
pub fn warning_card_ui<R>(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui, egui::Color32) -> R) -> R {
    let color = theme::warning_color(ui.visuals().dark_mode);
    Frame::NONE
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(4.0)
        .inner_margin(Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui, color)
        })
        .inner
}

//! Spacing, text sizes and colours in one place.

use egui::{Color32, FontFamily, FontId, TextStyle};

/// Body text size in points: larger than egui's 12.5 so a shared screen stays readable.
pub const BODY_SIZE: f32 = 15.0;
/// Heading size in points.
pub const HEADING_SIZE: f32 = 22.0;
/// Space between checklist steps, in points.
pub const STEP_GAP: f32 = 8.0;
/// Default width of the sidebar, in points.
pub const SIDEBAR_WIDTH: f32 = 290.0;
/// Smallest width of the sidebar, in points.
pub const SIDEBAR_MIN_WIDTH: f32 = 220.0;
/// Widest a checklist gets before it stops stretching, in points (long lines are hard to read).
pub const CONTENT_MAX_WIDTH: f32 = 980.0;
/// Narrower windows show the session panel under the categories instead of as a third
/// column, in points.
pub const WIDE_LAYOUT_WIDTH: f32 = 1050.0;
/// Default width of the session panel on the right, in points.
pub const SESSION_PANEL_WIDTH: f32 = 320.0;

/// Colour of the "uncertain" mark and its frame (amber, readable on light and dark).
pub fn warning_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xF2, 0xB8, 0x4B)
    } else {
        Color32::from_rgb(0x8A, 0x55, 0x00)
    }
}

/// Colour of error text in the problems banner.
pub fn error_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xFF, 0x8A, 0x80)
    } else {
        Color32::from_rgb(0xB0, 0x1E, 0x1E)
    }
}

/// Colour of ticked-step titles and the done count.
pub fn done_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x7F, 0xD1, 0x8B)
    } else {
        Color32::from_rgb(0x1E, 0x6B, 0x2E)
    }
}

/// Applies text sizes and spacing to the context.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::new(12.5, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(BODY_SIZE, FontFamily::Proportional)),
            (TextStyle::Button, FontId::new(BODY_SIZE, FontFamily::Proportional)),
            (TextStyle::Heading, FontId::new(HEADING_SIZE, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(14.0, FontFamily::Monospace)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}

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

/// Background of the high-contrast theme.
pub const HC_BACKGROUND: Color32 = Color32::BLACK;
/// Text of the high-contrast theme.
pub const HC_TEXT: Color32 = Color32::WHITE;
/// Secondary text of the high-contrast theme.
pub const HC_WEAK_TEXT: Color32 = Color32::from_rgb(0xD8, 0xD8, 0xD8);
/// Selection and focus colour of the high-contrast theme (yellow, with black text on it).
pub const HC_ACCENT: Color32 = Color32::from_rgb(0xFF, 0xD7, 0x00);
/// Hovered widget background in the high-contrast theme.
pub const HC_HOVER: Color32 = Color32::from_rgb(0x30, 0x30, 0x30);

/// The high-contrast theme: white on black, yellow selection with black text, visible
/// outlines on every widget. A dark theme, so the other colour tokens pick their bright forms.
pub fn high_contrast_visuals() -> egui::Visuals {
    let mut v = egui::Visuals::dark();
    v.override_text_color = Some(HC_TEXT);
    v.weak_text_color = Some(HC_WEAK_TEXT);
    v.panel_fill = HC_BACKGROUND;
    v.window_fill = HC_BACKGROUND;
    v.extreme_bg_color = HC_BACKGROUND;
    v.faint_bg_color = Color32::from_rgb(0x12, 0x12, 0x12);
    v.code_bg_color = Color32::from_rgb(0x12, 0x12, 0x12);
    v.hyperlink_color = HC_ACCENT;
    v.warn_fg_color = warning_color(true);
    v.error_fg_color = error_color(true);
    v.selection.bg_fill = HC_ACCENT;
    v.selection.stroke = egui::Stroke::new(2.0, Color32::BLACK);
    let outline = egui::Stroke::new(1.5, HC_TEXT);
    for widget in [&mut v.widgets.noninteractive, &mut v.widgets.inactive] {
        widget.bg_fill = HC_BACKGROUND;
        widget.weak_bg_fill = HC_BACKGROUND;
        widget.fg_stroke = egui::Stroke::new(1.5, HC_TEXT);
    }
    v.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, HC_WEAK_TEXT);
    v.widgets.inactive.bg_stroke = outline;
    for widget in [&mut v.widgets.hovered, &mut v.widgets.active, &mut v.widgets.open] {
        widget.bg_fill = HC_HOVER;
        widget.weak_bg_fill = HC_HOVER;
        widget.bg_stroke = egui::Stroke::new(2.0, HC_ACCENT);
        widget.fg_stroke = egui::Stroke::new(2.0, HC_TEXT);
    }
    v
}

/// WCAG 2 relative luminance of an sRGB colour (0 = black, 1 = white).
pub fn relative_luminance(color: Color32) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

/// WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white). Text meets
/// level AA at 4.5 or more.
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_ratio_matches_wcag_examples() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #777777 on white is the classic "just fails AA" grey: 4.48.
        assert!((contrast_ratio(Color32::from_gray(0x77), Color32::WHITE) - 4.48).abs() < 0.02);
    }

    #[test]
    fn every_text_colour_of_the_high_contrast_theme_meets_wcag_aa() {
        let v = high_contrast_visuals();
        let backgrounds = [
            v.panel_fill,
            v.window_fill,
            v.extreme_bg_color,
            v.faint_bg_color,
            v.widgets.inactive.weak_bg_fill,
            v.widgets.hovered.weak_bg_fill,
        ];
        let texts = [
            HC_TEXT,
            HC_WEAK_TEXT,
            v.hyperlink_color,
            v.warn_fg_color,
            v.error_fg_color,
            done_color(true),
        ];
        for background in backgrounds {
            for text in texts {
                let ratio = contrast_ratio(text, background);
                assert!(ratio >= 4.5, "{text:?} on {background:?}: {ratio:.2}");
            }
        }
        // Selected widgets: black text on the yellow selection.
        assert!(contrast_ratio(v.selection.stroke.color, v.selection.bg_fill) >= 4.5);
    }

    #[test]
    fn the_status_colours_meet_wcag_aa_on_the_default_themes() {
        for (dark, visuals) in [(true, egui::Visuals::dark()), (false, egui::Visuals::light())] {
            for color in [warning_color(dark), error_color(dark), done_color(dark)] {
                let ratio = contrast_ratio(color, visuals.panel_fill);
                assert!(ratio >= 4.5, "{color:?} on {:?}: {ratio:.2}", visuals.panel_fill);
            }
        }
    }
}

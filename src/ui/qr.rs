//! QR codes for hand-off to a phone: encoded with the `qrcode` crate, painted module by module
//! with egui's painter, snapped to whole physical pixels so they stay crisp at any zoom.

use egui::{Color32, Rect, Role, Sense, Vec2, WidgetInfo};
use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code, as the QR standard asks for.
pub const QUIET_ZONE: usize = 4;

/// A QR code's modules: `width` × `width`, row by row, `true` for dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    /// Modules per side (without the quiet zone).
    pub width: usize,
    /// Dark modules, row-major.
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// Encodes `text` (medium error correction, which a phone reads well off a screen);
    /// `None` only for text too long for any QR version.
    pub fn encode(text: &str) -> Option<Self> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        Some(Self {
            width: code.width(),
            dark: code.to_colors().into_iter().map(|c| c == Color::Dark).collect(),
        })
    }

    /// Whether the module at (`x`, `y`) is dark; outside the code (quiet zone) is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }

    /// A greyscale bitmap of the code with its quiet zone, `scale` pixels per module
    /// (0 = black, 255 = white), row-major, with its side length.
    pub fn to_greyscale(&self, scale: usize) -> (usize, Vec<u8>) {
        let side = (self.width + 2 * QUIET_ZONE) * scale;
        let mut pixels = vec![255u8; side * side];
        for y in 0..side {
            for x in 0..side {
                let (mx, my) = (x / scale, y / scale);
                if mx >= QUIET_ZONE && my >= QUIET_ZONE && self.is_dark(mx - QUIET_ZONE, my - QUIET_ZONE) {
                    pixels[y * side + x] = 0;
                }
            }
        }
        (side, pixels)
    }
}

/// Paints the QR code of `url` about `size` points wide (black on white, whatever the theme,
/// so phones read it) and names it for screen readers.
pub fn qr_ui(ui: &mut egui::Ui, url: &str, size: f32) -> egui::Response {
    let Some(matrix) = QrMatrix::encode(url) else {
        return ui.label(url);
    };
    let modules = (matrix.width + 2 * QUIET_ZONE) as f32;
    let pixels_per_point = ui.ctx().pixels_per_point();
    // Whole physical pixels per module: no blurred edges between modules.
    let module_px = ((size * pixels_per_point) / modules).floor().max(1.0);
    let module = module_px / pixels_per_point;
    let side = module * modules;
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(side), Sense::hover());
    let origin = egui::emath::GuiRounding::round_to_pixels(rect.min, pixels_per_point);
    let painter = ui.painter();
    painter.rect_filled(Rect::from_min_size(origin, Vec2::splat(side)), 0.0, Color32::WHITE);
    for y in 0..matrix.width {
        for x in 0..matrix.width {
            if matrix.is_dark(x, y) {
                let min = origin + Vec2::new((x + QUIET_ZONE) as f32 * module, (y + QUIET_ZONE) as f32 * module);
                painter.rect_filled(Rect::from_min_size(min, Vec2::splat(module)), 0.0, Color32::BLACK);
            }
        }
    }
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, format!("QR: {url}")));
    response
}

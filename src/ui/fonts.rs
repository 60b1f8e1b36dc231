//! Installs the bundled fonts: Noto Sans Regular for Latin text (egui's default Ubuntu-Light is
//! thin on a shared screen), Noto Sans CJK SC for Chinese (egui has no CJK glyphs, and kiosk
//! images often have no system CJK font), and the Material Symbols icon font. System fonts
//! stay only as eframe's last-resort fallback.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily, FontTweak};

pub use crate::i18n::glyphs::{CJK_FONT, LATIN_FONT};
/// Licence text of both bundled fonts (SIL OFL 1.1), shown in the About box.
pub const FONT_LICENCE: &str = include_str!("../../assets/fonts/OFL.txt");

/// Name of the Latin font in egui's font definitions.
pub const LATIN_NAME: &str = "noto-sans";
/// Name of the CJK font in egui's font definitions.
pub const CJK_NAME: &str = "noto-sans-sc";

/// Builds the font definitions: Latin first so Latin text keeps the Latin face, then CJK,
/// then egui's defaults as fallbacks.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert(LATIN_NAME.to_owned(), Arc::new(FontData::from_static(LATIN_FONT)));
    fonts
        .font_data
        .insert(CJK_NAME.to_owned(), Arc::new(FontData::from_static(CJK_FONT)));
    if let Some(proportional) = fonts.families.get_mut(&FontFamily::Proportional) {
        proportional.insert(0, LATIN_NAME.to_owned());
        proportional.insert(1, CJK_NAME.to_owned());
    }
    if let Some(monospace) = fonts.families.get_mut(&FontFamily::Monospace) {
        monospace.push(CJK_NAME.to_owned());
    }
    // TrueType hinting programs (Noto Sans's, egui's Hack for the summary) ran for every glyph
    // the first frame draws: a third of the main thread's work before the window appeared
    // (docs/performance.md). Unhinted outlines at sub-pixel positions read as well at our sizes.
    for data in fonts.font_data.values_mut() {
        let tweak = FontTweak {
            hinting: Some(false),
            ..data.tweak.clone()
        };
        *data = Arc::new(FontData::clone(data).tweak(tweak));
    }
    fonts
}

/// Installs the fonts into `ctx`. Call once at start-up, never per frame.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
    egui_material_icons::initialize(ctx);
}

//! Which characters the window can draw: the fonts compiled into the binary (Noto Sans and
//! Noto Sans SC subsets from `assets/fonts/`, plus the fallback fonts the renderer always
//! installs). Content packs are checked against it, so an administrator learns about a
//! character that would show as a box before agents see it.

/// Latin UI font (subset; see `assets/fonts/make-subsets.sh`).
pub const LATIN_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular-subset.ttf");
/// Simplified Chinese font (GB2312 + every character of `locales/`; same script).
pub const CJK_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Regular-subset.otf");

/// The character maps of every font the window draws text with.
pub struct GlyphCoverage {
    faces: Vec<ttf_parser::Face<'static>>,
}

impl std::fmt::Debug for GlyphCoverage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GlyphCoverage").field("faces", &self.faces.len()).finish()
    }
}

impl GlyphCoverage {
    /// The bundled fonts, then the renderer's default fallbacks (Ubuntu Light, Hack and egui's
    /// icon subset; no emoji font: the build does not enable one), in the order the window tries them.
    pub fn bundled() -> Self {
        let fonts: [&'static [u8]; 5] = [
            LATIN_FONT,
            CJK_FONT,
            epaint_default_fonts::UBUNTU_LIGHT,
            epaint_default_fonts::HACK_REGULAR,
            epaint_default_fonts::EGUI_ICONS,
        ];
        let faces = fonts.into_iter().filter_map(|data| ttf_parser::Face::parse(data, 0).ok()).collect();
        Self { faces }
    }

    /// [`GlyphCoverage::bundled`], read once per process (every content-pack check uses it).
    pub fn shared() -> &'static GlyphCoverage {
        static SHARED: std::sync::OnceLock<GlyphCoverage> = std::sync::OnceLock::new();
        SHARED.get_or_init(GlyphCoverage::bundled)
    }

    /// Whether some font has a glyph for `c`. Whitespace and control characters count as
    /// drawable: they are laid out, not drawn.
    pub fn covers(&self, c: char) -> bool {
        // ASCII: printable characters are all in the Latin subset (the test below checks it),
        // the rest are control characters.
        c.is_ascii() || c.is_whitespace() || c.is_control() || self.faces.iter().any(|face| face.glyph_index(c).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_latin_chinese_and_not_korean() {
        let coverage = GlyphCoverage::bundled();
        assert_eq!(coverage.faces.len(), 5);
        for c in ['A', 'é', '—', '中', '码', '：', '\n'] {
            assert!(coverage.covers(c), "{c}");
        }
        let latin = ttf_parser::Face::parse(LATIN_FONT, 0).unwrap();
        for c in ' '..='~' {
            assert!(latin.glyph_index(c).is_some(), "{c:?} is not in the Latin subset");
        }
        // Hangul and an Egyptian hieroglyph are in none of the fonts.
        assert!(!coverage.covers('한'));
        assert!(!coverage.covers('\u{13000}'));
    }
}

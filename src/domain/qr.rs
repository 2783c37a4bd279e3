//! The QR code for the aid's public address, drawn as one SVG path.
//!
//! The code is made from a [`PublicAddress`] and nothing else: the type is the guarantee that no
//! answers, notes or settings ever go into it. The symbol is encoded with `qrcodegen` at error
//! correction level Medium or better (the library raises the level when that costs no extra
//! size), and drawn with integers only: every dark module is a unit square, offset by a
//! [`QUIET_ZONE`] of light modules on every side, and the dark modules that touch in a row are one
//! rectangle, so the path stays short. `tests/qr.rs` rasterises the path and decodes it again.

use qrcodegen::{QrCode, QrCodeEcc};

use super::settings::PublicAddress;

/// Light modules around the symbol on every side, as the QR standard asks (scanners look for it).
pub const QUIET_ZONE: usize = 4;

/// A QR symbol: a square of modules, each dark or light, without its quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSymbol {
    /// Modules per side.
    size: usize,
    /// Row by row from the top left: `dark[y * size + x]`.
    dark: Vec<bool>,
}

impl QrSymbol {
    /// The symbol for the aid's public address, at error correction level Medium or better.
    ///
    /// `None` only if the address does not fit in any QR version, which an address within
    /// [`PublicAddress::LIMIT`] characters never reaches (even in four-byte characters).
    pub fn for_address(address: &PublicAddress) -> Option<Self> {
        let code = QrCode::encode_text(address.as_str(), QrCodeEcc::Medium).ok()?;
        let side = code.size();
        let size = usize::try_from(side).ok()?;
        let dark = (0..side)
            .flat_map(|y| (0..side).map(move |x| (x, y)))
            .map(|(x, y)| code.get_module(x, y))
            .collect();
        Some(Self { size, dark })
    }

    /// Modules per side, without the quiet zone (21 for version 1, 4 more for each version up).
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module in column `x`, row `y` (from the top left, without the quiet zone) is
    /// dark. Outside the symbol every module is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        // Past the last row the index is past the modules (or would overflow): light either way.
        x < self.size
            && y.checked_mul(self.size)
                .and_then(|row| row.checked_add(x))
                .and_then(|index| self.dark.get(index))
                .copied()
                .unwrap_or(false)
    }

    /// Modules per side with the quiet zone on both sides: the width and height of the drawing.
    pub fn side_with_quiet_zone(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }

    /// The `viewBox` of the SVG that draws [`Self::svg_path`]: `"0 0 N N"`, one unit per module,
    /// quiet zone included.
    pub fn view_box(&self) -> String {
        let side = self.side_with_quiet_zone();
        format!("0 0 {side} {side}")
    }

    /// The `d` attribute of one SVG `<path>` that draws every dark module, in integers only.
    ///
    /// Each run of dark modules in a row is one rectangle, one module high:
    /// `M{x},{y}h{run}v1h-{run}z`, with `x` and `y` counted from the top left of the drawing (so
    /// the symbol's first module is at `M4,4`). Light modules and the quiet zone are not drawn:
    /// the page behind the path must be light.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut run_start = None;
            // The column after the last is outside the symbol, so light: it ends a run that
            // reaches the edge.
            for x in 0..=self.size {
                match (run_start, self.is_dark(x, y)) {
                    (None, true) => run_start = Some(x),
                    (Some(start), false) => {
                        let run = x - start;
                        d.push_str(&format!(
                            "M{},{}h{run}v1h-{run}z",
                            start + QUIET_ZONE,
                            y + QUIET_ZONE
                        ));
                        run_start = None;
                    }
                    _ => {}
                }
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn symbol(text: &str) -> QrSymbol {
        let address = PublicAddress::parse(text).expect("a valid address");
        QrSymbol::for_address(&address).expect("the address fits")
    }

    /// A hand-made 3×3 symbol, to pin the path and view box arithmetic down exactly.
    fn tiny() -> QrSymbol {
        #[rustfmt::skip]
        let dark = vec![
            true,  true,  false,
            false, false, false,
            true,  false, true,
        ];
        QrSymbol { size: 3, dark }
    }

    #[test]
    fn runs_are_offset_by_a_four_module_quiet_zone_and_merged_in_their_row() {
        assert_eq!(QUIET_ZONE, 4);
        assert_eq!(tiny().svg_path(), "M4,4h2v1h-2zM4,6h1v1h-1zM6,6h1v1h-1z");
    }

    #[test]
    fn the_view_box_is_the_symbol_plus_the_quiet_zone_on_both_sides() {
        assert_eq!(tiny().side_with_quiet_zone(), 11);
        assert_eq!(tiny().view_box(), "0 0 11 11");
        // A short address is a version 1 symbol: 21 modules, 29 with the quiet zone.
        let small = symbol("http://a.b/");
        assert_eq!(small.size(), 21);
        assert_eq!(small.view_box(), "0 0 29 29");
    }

    #[test]
    fn the_finder_pattern_starts_at_the_quiet_zone() {
        let code = symbol("https://example.org/aid/");
        // The top row opens with the 7-module finder pattern, then its light separator.
        assert!(code.svg_path().starts_with("M4,4h7v1h-7z"));
        assert!((0..7).all(|x| code.is_dark(x, 0)));
        assert!(!code.is_dark(7, 0));
        // Nothing is drawn in the quiet zone: every run starts at 4 or more and ends by N - 4.
        let side = code.side_with_quiet_zone();
        for run in code.svg_path().split('z').filter(|run| !run.is_empty()) {
            let (start, width) = run
                .strip_prefix('M')
                .and_then(|rest| rest.split_once('h'))
                .expect("M then h");
            let (x, y) = start.split_once(',').expect("x,y");
            let x: usize = x.parse().expect("an integer x");
            let y: usize = y.parse().expect("an integer y");
            let width: usize = width
                .split('v')
                .next()
                .and_then(|w| w.parse().ok())
                .expect("a width");
            assert!(x >= QUIET_ZONE && y >= QUIET_ZONE, "{run}");
            assert!(
                x + width <= side - QUIET_ZONE && y < side - QUIET_ZONE,
                "{run}"
            );
        }
    }

    #[test]
    fn outside_the_symbol_every_module_is_light() {
        let code = symbol("https://example.org/aid/");
        let size = code.size();
        assert!(code.is_dark(0, 0));
        assert!(!code.is_dark(size, 0));
        assert!(!code.is_dark(0, size));
        assert!(!code.is_dark(usize::MAX, usize::MAX));
        assert!(!code.is_dark(0, usize::MAX) && !code.is_dark(3, usize::MAX / 2));
        // Column 3 of a row of the tiny symbol would be the next row's first module (dark) if
        // the edge were not checked.
        let tiny = tiny();
        assert!((0..4).all(|y| !tiny.is_dark(3, y)));
        assert!((0..4).all(|x| !tiny.is_dark(x, 3)));
        assert!(tiny.is_dark(0, 2) && tiny.is_dark(2, 2));
    }

    #[test]
    fn the_longest_address_encodes() {
        let ascii = format!(
            "https://example.org/{}",
            "a".repeat(PublicAddress::LIMIT - 20)
        );
        assert_eq!(ascii.chars().count(), PublicAddress::LIMIT);
        assert!(symbol(&ascii).size() > 21);
        // Even in four-byte characters (740 bytes), well within version 40 at level Medium.
        let wide = format!(
            "https://example.org/{}",
            "😀".repeat(PublicAddress::LIMIT - 20)
        );
        assert_eq!(wide.chars().count(), PublicAddress::LIMIT);
        assert!(symbol(&wide).size() <= 177);
    }
}

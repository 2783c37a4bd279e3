//! The QR code for the aid's public address (native): the SVG path that `domain::qr` draws is
//! rasterised back into a greyscale bitmap, quiet zone included, and read with a QR decoder
//! (`rqrr`). What comes out must be the address, exactly, and nothing else.
//!
//! [`decode_svg_path`] takes only the `viewBox` and the path's `d`, so a rendered-HTML test can
//! copy it (with [`modules_from_svg_path`]) and read the code out of the markup.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

use local_therapy_aid::domain::qr::{QUIET_ZONE, QrSymbol};
use local_therapy_aid::domain::settings::PublicAddress;
use rqrr::PreparedImage;

/// Pixels per module, each way, in the bitmap handed to the decoder.
const SCALE: usize = 4;

/// A drawing in whole modules, read from an SVG path.
#[derive(Debug)]
pub struct Modules {
    /// Modules across (the `viewBox` width).
    pub width: usize,
    /// Modules down (the `viewBox` height).
    pub height: usize,
    /// Row by row from the top left: `dark[y * width + x]`.
    pub dark: Vec<bool>,
}

impl Modules {
    /// Whether the module at column `x`, row `y` is filled; outside the drawing, no.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.height && self.dark[y * self.width + x]
    }
}

/// An integer, and only an integer: the path must need no float formatting.
fn integer(text: &str) -> i64 {
    assert!(
        !text.is_empty()
            && text
                .trim_start_matches('-')
                .chars()
                .all(|c| c.is_ascii_digit()),
        "not an integer: {text:?}"
    );
    text.parse().unwrap()
}

/// Fills the unit squares an SVG path covers, for a path of closed axis-aligned rectangles drawn
/// with `M x,y`, `h n`, `v n` and `z` (the commands `domain::qr` emits; anything else fails).
/// The rectangles must lie inside the `viewBox` (`"0 0 W H"`) and must not overlap, so the drawing
/// looks the same under either SVG fill rule.
pub fn modules_from_svg_path(view_box: &str, d: &str) -> Modules {
    let numbers: Vec<i64> = view_box.split(' ').map(integer).collect();
    let [0, 0, width, height] = numbers[..] else {
        panic!("viewBox {view_box:?} is not \"0 0 W H\"");
    };
    let width = usize::try_from(width).unwrap();
    let height = usize::try_from(height).unwrap();
    let mut dark = vec![false; width * height];

    // The commands, each with its arguments: "M4,4", "h7", "v1", "h-7", "z".
    let mut commands = Vec::new();
    let mut rest = d;
    while let Some(letter) = rest.chars().next() {
        assert!(
            matches!(letter, 'M' | 'h' | 'v' | 'z'),
            "unexpected {letter:?} in the path at {rest:?}"
        );
        let body = &rest[1..];
        let end = body
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(body.len());
        commands.push((letter, &body[..end]));
        rest = &body[end..];
    }

    let mut corners: Vec<(i64, i64)> = Vec::new();
    let mut at = (0_i64, 0_i64);
    for (letter, arguments) in commands {
        match letter {
            'M' => {
                assert!(
                    corners.is_empty(),
                    "a rectangle before {arguments:?} was not closed"
                );
                let (x, y) = arguments.split_once(',').expect("M x,y");
                at = (integer(x), integer(y));
                corners.push(at);
            }
            'h' | 'v' => {
                assert!(!corners.is_empty(), "{letter}{arguments} before any M");
                let step = integer(arguments);
                if letter == 'h' {
                    at.0 += step;
                } else {
                    at.1 += step;
                }
                corners.push(at);
            }
            _ => {
                assert!(arguments.is_empty(), "z takes no arguments: {arguments:?}");
                // M and three sides, back to the start: a rectangle.
                assert_eq!(corners.len(), 4, "not a rectangle: {corners:?}");
                let (x0, y0) = corners[0];
                let (x1, y1) = corners[2];
                assert_eq!(corners[1], (x1, y0), "not a rectangle: {corners:?}");
                assert_eq!(corners[3], (x0, y1), "not a rectangle: {corners:?}");
                let (left, right) = (x0.min(x1), x0.max(x1));
                let (top, bottom) = (y0.min(y1), y0.max(y1));
                assert!(
                    left < right && top < bottom,
                    "an empty rectangle: {corners:?}"
                );
                for y in top..bottom {
                    for x in left..right {
                        let x = usize::try_from(x).expect("inside the viewBox");
                        let y = usize::try_from(y).expect("inside the viewBox");
                        assert!(x < width && y < height, "({x},{y}) is outside the viewBox");
                        let cell = &mut dark[y * width + x];
                        assert!(!*cell, "({x},{y}) is drawn twice");
                        *cell = true;
                    }
                }
                corners.clear();
            }
        }
    }
    assert!(corners.is_empty(), "the last rectangle was not closed");
    Modules {
        width,
        height,
        dark,
    }
}

/// Reads the QR code an SVG path draws: its text, and the error correction level it carries
/// (rqrr's raw format bits: 0 = Medium, 1 = Low, 2 = High, 3 = Quartile).
fn decode_with_level(view_box: &str, d: &str) -> (String, u16) {
    let modules = modules_from_svg_path(view_box, d);
    // White background, dark modules black, SCALE × SCALE pixels each.
    let mut image = PreparedImage::prepare_from_greyscale(
        modules.width * SCALE,
        modules.height * SCALE,
        |x, y| {
            if modules.is_dark(x / SCALE, y / SCALE) {
                0
            } else {
                255
            }
        },
    );
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "exactly one QR code in the drawing");
    let (meta, text) = grids[0].decode().expect("the QR code decodes");
    (text, meta.ecc_level)
}

/// The text of the QR code drawn by an SVG path with this `viewBox` (`"0 0 W H"`, one unit per
/// module) and `d` (closed rectangles in `M`, `h`, `v`, `z`), rasterised at 4×4 pixels a module on
/// white. Fails unless the drawing holds exactly one readable code.
pub fn decode_svg_path(view_box: &str, d: &str) -> String {
    decode_with_level(view_box, d).0
}

fn symbol(address: &PublicAddress) -> QrSymbol {
    QrSymbol::for_address(address).expect("an address within the limit fits")
}

fn decoded(text: &str) -> String {
    let code = symbol(&PublicAddress::parse(text).unwrap());
    decode_svg_path(&code.view_box(), &code.svg_path())
}

#[test]
fn the_code_reads_back_as_the_address_exactly() {
    let longest = format!(
        "https://clinic.example.org/aid/{}",
        "x".repeat(PublicAddress::LIMIT - 31)
    );
    assert_eq!(longest.chars().count(), PublicAddress::LIMIT);
    for address in [
        "https://example.org/aid/",
        "https://breast-clinic.example.nhs.uk/decision-aid/index.html?lang=en&clinic=42",
        "http://127.0.0.1:8080/",
        "http://a.b/",
        "https://example.org/häufig-gefragt/",
        &longest,
    ] {
        assert_eq!(decoded(address), address);
    }
}

#[test]
fn the_longest_address_in_the_widest_characters_reads_back() {
    let wide = format!(
        "https://example.org/{}",
        "😀".repeat(PublicAddress::LIMIT - 20)
    );
    assert_eq!(wide.chars().count(), PublicAddress::LIMIT);
    assert_eq!(decoded(&wide), wide);
}

#[test]
fn nothing_but_the_address_goes_in_the_code() {
    // The fragment names a screen and a note; parsing drops it, so the code cannot carry it.
    let address = PublicAddress::parse("https://example.org/aid/#/summary?notes=secret").unwrap();
    let code = symbol(&address);
    let text = decode_svg_path(&code.view_box(), &code.svg_path());
    assert_eq!(text, "https://example.org/aid/");
    assert!(!text.contains("secret") && !text.contains('#'));
}

#[test]
fn the_code_carries_error_correction_medium_or_better() {
    for address in ["https://example.org/aid/", "http://a.b/"] {
        let code = symbol(&PublicAddress::parse(address).unwrap());
        let (text, level) = decode_with_level(&code.view_box(), &code.svg_path());
        assert_eq!(text, address);
        assert_ne!(level, 1, "level Low in the code for {address}");
    }
}

#[test]
fn the_path_draws_exactly_the_dark_modules_inside_a_light_quiet_zone() {
    let code = symbol(&PublicAddress::parse("https://example.org/aid/").unwrap());
    let modules = modules_from_svg_path(&code.view_box(), &code.svg_path());
    let side = code.size() + 2 * QUIET_ZONE;
    assert_eq!((modules.width, modules.height), (side, side));
    for y in 0..side {
        for x in 0..side {
            let inside = (QUIET_ZONE..QUIET_ZONE + code.size()).contains(&x)
                && (QUIET_ZONE..QUIET_ZONE + code.size()).contains(&y);
            let expected = inside && code.is_dark(x - QUIET_ZONE, y - QUIET_ZONE);
            assert_eq!(modules.is_dark(x, y), expected, "module ({x},{y})");
        }
    }
}

#[test]
fn the_rasteriser_refuses_what_the_path_should_never_hold() {
    use std::panic::catch_unwind;
    for (view_box, d) in [
        ("0 0 9 9", "M4.5,4h1v1h-1z"),           // a float
        ("0 0 9 9", "M4,4h1v1h-1"),              // not closed
        ("0 0 9 9", "M4,4l1,1z"),                // another command
        ("0 0 9 9", "M8,8h2v1h-2z"),             // outside the viewBox
        ("0 0 9 9", "M4,4h2v1h-2zM5,4h1v1h-1z"), // drawn twice
        ("0 0 9.5 9", "M4,4h1v1h-1z"),           // a float view box
    ] {
        assert!(
            catch_unwind(|| modules_from_svg_path(view_box, d)).is_err(),
            "{view_box:?} {d:?} was accepted"
        );
    }
    let fine = modules_from_svg_path("0 0 9 9", "M4,4h2v1h-2zM5,5h1v1h-1z");
    assert!(fine.is_dark(4, 4) && fine.is_dark(5, 4) && fine.is_dark(5, 5));
    assert_eq!(fine.dark.iter().filter(|d| **d).count(), 3);
}

/// The QR code as a screen renders it (`components::qr_code`), for one address.
#[derive(yew::Properties, PartialEq)]
struct QrHostProps {
    address: &'static str,
}

#[yew::component]
fn QrHost(props: &QrHostProps) -> yew::Html {
    let address = PublicAddress::parse(props.address).ok();
    local_therapy_aid::components::qr_code::qr_code(address.as_ref())
}

fn rendered(address: &'static str) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<QrHost>::with_props(QrHostProps { address }).render(),
    )
}

/// The value of the first `name="…"` attribute after `from` in the markup.
fn attribute<'a>(html: &'a str, from: &str, name: &str) -> &'a str {
    let rest = &html[html.find(from).expect("the element is rendered")..];
    let start = rest
        .find(&format!(r#"{name}=""#))
        .expect("the attribute is set")
        + name.len()
        + 2;
    &rest[start..start + rest[start..].find('"').expect("the attribute ends")]
}

#[test]
fn the_rendered_code_reads_back_as_the_address_written_beside_it() {
    let address = "https://clinic.example.org/aid/";
    let html = rendered(address);
    let view_box = attribute(&html, "<svg", "viewBox");
    let d = attribute(&html, "<path", "d");
    assert_eq!(decode_svg_path(view_box, d), address);
    assert!(html.contains(&format!(r#"<span class="qr__address">{address}</span>"#)));
    assert!(
        html.contains(r#"role="img" aria-label="QR code that opens this aid""#)
            || html.contains(r#"aria-label="QR code that opens this aid""#)
    );
}

#[test]
fn with_no_web_address_there_is_no_code_and_the_screen_says_where_to_ask() {
    // A file opened from disk has no web address, and a refused one is never drawn.
    for refused in ["", "file:///home/clinic/aid.html", "javascript:alert(1)"] {
        let html = rendered(refused);
        assert!(!html.contains("<svg"), "{refused}: {html}");
        assert!(html.contains("Ask your care team where to find the aid online."));
    }
}

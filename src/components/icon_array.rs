//! `<IconArray>`: 100 (or 1,000) people as inline SVG.
//!
//! Affected people are drawn filled and unaffected ones as outlines (fill, not colour, carries the
//! meaning); the confidence band is a dashed frame around each person inside it. The whole graphic is one image for assistive
//! technology, labelled with the sentence from `domain::phrasing`, and a visible legend follows.

use yew::prelude::*;

use crate::content::words;
use crate::domain::frequency::ArmIcons;
use crate::domain::icon_array::{columns, layout};

/// Cell size in SVG units. Coordinates are in tenths so that every number is a whole number:
/// the app formats no floating-point numbers (that code would add about 20 KB of wasm).
const CELL_W: u32 = 120;
const CELL_H: u32 = 140;

/// An icon array: `arm` is the counts to draw, `label` the sentence that says what it shows (its
/// accessible name). Each kind of icon is one SVG path, so even 1,000 people are three elements:
/// fast to draw on an old tablet.
pub fn icon_array(arm: ArmIcons, label: String) -> Html {
    let cols = columns(arm.denominator);
    let rows = arm.denominator.div_ceil(cols);
    let mut affected = String::new();
    let mut unaffected = String::new();
    let mut band = String::new();
    for (index, icon) in (0_u32..).zip(layout(arm)) {
        let x = (index % cols) * CELL_W;
        let y = (index / cols) * CELL_H;
        // A person: head (two arcs) and shoulders (one curve).
        let person = format!(
            "M{} {}a23 23 0 1 0-46 0a23 23 0 1 0 46 0zM{} {}c0-53 80-53 80 0z",
            x + 83,
            y + 38,
            x + 20,
            y + 125
        );
        if icon.affected {
            affected.push_str(&person);
        } else {
            unaffected.push_str(&person);
        }
        if icon.in_band {
            band.push_str(&format!(
                "M{} {}h{}v{}h-{}z",
                x + 4,
                y + 4,
                CELL_W - 8,
                CELL_H - 8,
                CELL_W - 8
            ));
        }
    }
    let view_box = format!("0 0 {} {}", cols * CELL_W, rows * CELL_H);
    html! {
        <svg class="icon-array" role="img" aria-label={label} viewBox={view_box}
            xmlns="http://www.w3.org/2000/svg" focusable="false">
            if !band.is_empty() { <path class="icon-array__band" d={band} /> }
            <path class="icon-array__person" d={unaffected} />
            <path class="icon-array__person icon-array__person--affected" d={affected} />
        </svg>
    }
}

/// The key to an icon array, drawn with the same shapes: what a filled icon means ("had arm
/// swelling"), what an outline means ("did not"), and whether to explain the dashed band.
pub fn icon_legend(affected: String, unaffected: String, band: bool) -> Html {
    let swatch = |class: &'static str, band: bool| {
        html! {
            <svg class="icon-legend__swatch" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
                if band { <rect class="icon-array__band" x="0" y="0" width="12" height="14" rx="2" /> }
                <g class={class} transform="translate(1 1)">
                    <circle cx="5" cy="2.8" r="2.3" />
                    <path d="M1 11.5 C1 6.2 9 6.2 9 11.5 Z" />
                </g>
            </svg>
        }
    };
    html! {
        <ul class="icon-legend">
            <li>{ swatch("icon-array__person icon-array__person--affected", false) }{ affected }</li>
            <li>{ swatch("icon-array__person", false) }{ unaffected }</li>
            if band {
                <li>{ swatch("icon-array__person", true) }{ words().numbers.range_key.as_str() }</li>
            }
        </ul>
    }
}

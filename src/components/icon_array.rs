//! `<IconArray>`: 100 (or 1,000) people as inline SVG.
//!
//! Affected people are drawn filled and unaffected ones as outlines (fill, not colour, carries the
//! meaning); the confidence band is a dashed frame. The whole graphic is one image for assistive
//! technology, labelled with the sentence from `domain::phrasing`, and a visible legend follows.

use yew::prelude::*;

use crate::domain::frequency::ArmIcons;
use crate::domain::icon_array::{columns, layout};

/// Cell size in SVG units; each person is drawn in a 10 × 12 box inside it.
const CELL: u32 = 12;

/// An icon array: `arm` is the counts to draw, `label` the sentence that says what it shows (its
/// accessible name), `uid` a unique prefix for the SVG symbol's id.
pub fn icon_array(arm: ArmIcons, label: String, uid: &str) -> Html {
    let cols = columns(arm.denominator);
    let rows = arm.denominator.div_ceil(cols);
    let symbol = format!("{uid}-person");
    let href = format!("#{symbol}");
    let icons = layout(arm);
    let view_box = format!("0 0 {} {}", cols * CELL, rows * (CELL + 2));
    let people: Html = icons
        .iter()
        .enumerate()
        .map(|(index, icon)| {
            let index = u32::try_from(index).unwrap_or(0);
            let x = (index % cols) * CELL + 1;
            let y = (index / cols) * (CELL + 2) + 1;
            let class = if icon.affected {
                "icon-array__person icon-array__person--affected"
            } else {
                "icon-array__person"
            };
            let band = icon.in_band.then(|| {
                html! {
                    <rect class="icon-array__band" x={(x - 1).to_string()} y={(y - 1).to_string()}
                        width={CELL.to_string()} height={(CELL + 2).to_string()} rx="2" />
                }
            });
            html! {
                <>
                    { band }
                    <use href={href.clone()} class={class} x={x.to_string()} y={y.to_string()} width="10" height="12" />
                </>
            }
        })
        .collect();
    html! {
        <svg class="icon-array" role="img" aria-label={label} viewBox={view_box}
            xmlns="http://www.w3.org/2000/svg" focusable="false">
            <defs>
                <symbol id={symbol} viewBox="0 0 10 12">
                    <circle cx="5" cy="2.8" r="2.3" />
                    <path d="M1 11.5 C1 6.2 9 6.2 9 11.5 Z" />
                </symbol>
            </defs>
            { people }
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
                <li>{ swatch("icon-array__person", true) }{ "Dashed box: the range the true number could be in" }</li>
            }
        </ul>
    }
}

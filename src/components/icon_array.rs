//! `<IconArray>`: 100 (or 1,000) people as inline SVG.
//!
//! Affected people are drawn filled and unaffected ones as outlines (fill, not colour, carries the
//! meaning); the confidence band is a dashed frame. The whole graphic is one image for assistive
//! technology, labelled with the sentence from `domain::phrasing`, and a visible legend follows.

use yew::prelude::*;

use crate::domain::frequency::ArmIcons;
use crate::domain::icon_array::{columns, layout};

/// Props of [`IconArray`].
#[derive(Properties, PartialEq)]
pub struct IconArrayProps {
    /// The counts to draw.
    pub arm: ArmIcons,
    /// The sentence that says what the picture shows (its accessible name).
    pub label: AttrValue,
    /// Unique id prefix for the SVG symbol.
    pub uid: AttrValue,
}

/// Cell size in SVG units; each person is drawn in a 10 × 12 box inside it.
const CELL: u32 = 12;

/// An icon array.
#[component]
pub fn IconArray(props: &IconArrayProps) -> Html {
    let arm = props.arm;
    let cols = columns(arm.denominator);
    let rows = arm.denominator.div_ceil(cols);
    let symbol = format!("{}-person", props.uid);
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
        <svg class="icon-array" role="img" aria-label={props.label.clone()} viewBox={view_box}
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

/// Props of [`IconLegend`].
#[derive(Properties, PartialEq)]
pub struct IconLegendProps {
    /// What a filled icon means ("had arm swelling").
    pub affected: AttrValue,
    /// What an outline icon means ("did not").
    pub unaffected: AttrValue,
    /// Whether to explain the dashed band.
    pub band: bool,
}

/// The key to an icon array, drawn with the same shapes.
#[component]
pub fn IconLegend(props: &IconLegendProps) -> Html {
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
            <li>{ swatch("icon-array__person icon-array__person--affected", false) }{ props.affected.clone() }</li>
            <li>{ swatch("icon-array__person", false) }{ props.unaffected.clone() }</li>
            if props.band {
                <li>{ swatch("icon-array__person", true) }{ "Dashed box: the range the true number could be in" }</li>
            }
        </ul>
    }
}

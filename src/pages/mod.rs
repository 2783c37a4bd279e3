//! One file per screen. Pages read content records and the session; they hold no figures. The
//! page switch is `app::page`.

pub mod about;
pub mod check;
pub mod knowledge;
pub mod not_found;
pub mod options;
pub mod outcome;
pub mod privacy;
pub mod questions;
pub mod records;
pub mod settings;
pub mod situation;
pub mod start;
pub mod studies;
pub mod summary;
pub mod take_home;
pub mod unsupported;
pub mod values;

use yew::prelude::*;

use crate::components::figure_view::titled_figure_view;
use crate::components::read_aloud::ReadAloud;
use crate::components::rich_text::rich;
use crate::content::step_text;
use crate::content::words;
use crate::domain::session::{Format, View};
use crate::domain::step::Step;
use crate::platform::dom::MAIN_HEADING_ID;
use crate::route::Route;

/// The page's main heading; focus moves here when the step changes.
pub fn main_heading(text: &str) -> Html {
    html! { <h1 id={MAIN_HEADING_ID} tabindex="-1">{ text.to_owned() }</h1> }
}

/// The main heading of a screen that is not a step: its title.
pub fn screen_heading(route: Route) -> Html {
    main_heading(route.title())
}

/// The main heading and the step's key points, in the current view: the top of the step's first
/// layer.
pub fn step_header(step: Step, view: View) -> Html {
    let title = main_heading(Route::Step(step).title());
    // Keyed by step: a new step is a new control, so the old one's reading stops.
    let read_aloud = html! { <ReadAloud key={step.path()} /> };
    let Some(text) = step_text(step) else {
        return html! { <>{ title }{ read_aloud }</> };
    };
    let key_points: Vec<&'static str> = match view {
        View::Patient => text.key_points_patient.iter().map(|k| k.as_str()).collect(),
        View::Clinician => text
            .key_points_clinician
            .iter()
            .map(|k| k.as_str())
            .collect(),
    };
    html! {
        <>
            { title }
            <ul class="key-points" aria-label={ words().every_step.key_points.as_str() }>
                { for key_points.into_iter().map(|point| html! { <li>{ rich(point) }</li> }) }
            </ul>
            // After the key points: they must fit the first screen of a phone.
            { read_aloud }
        </>
    }
}

/// The step's one picture that compares all the options on its outcome, if it has one, in the
/// chosen format.
pub fn key_figure(step: Step, view: View, format: Format) -> Html {
    step_text(step)
        .and_then(|text| text.key_figure)
        .and_then(|figure| figure.get())
        .map(|figure| {
            html! {
                <section class="key-figure" aria-labelledby="key-figure-heading">
                    <h2 id="key-figure-heading" class="key-figure__heading">{ words().every_step.key_numbers.as_str() }</h2>
                    { titled_figure_view(figure, view, format, view == View::Clinician) }
                </section>
            }
        })
        .unwrap_or_default()
}

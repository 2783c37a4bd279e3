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
pub mod settings;
pub mod situation;
pub mod start;
pub mod studies;
pub mod summary;
pub mod values;

use yew::prelude::*;

use crate::components::rich_text::rich;
use crate::components::ui::pick;
use crate::content::step_text;
use crate::domain::session::View;
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

/// The main heading and the step's opening words, in the current view.
pub fn step_header(step: Step, view: View) -> Html {
    let lead = step_text(step.id())
        .map(|t| html! { <p class="page__lead">{ rich(pick(view, t.lead_patient, t.lead_clinician)) }</p> });
    html! {
        <>
            { main_heading(Route::Step(step).title()) }
            { lead }
        </>
    }
}

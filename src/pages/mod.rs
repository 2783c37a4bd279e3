//! One file per route. Pages read content records and the session; they hold no figures.

pub mod not_found;
pub mod outcome;
pub mod start;

use yew::prelude::*;

use crate::content::PanelStep;
use crate::domain::step::Step;
use crate::platform::dom::MAIN_HEADING_ID;
use crate::route::Route;

/// Whether a step's page has been built. Steps not yet built are listed in the navigation as
/// "not yet available" rather than shown with placeholder text.
pub fn is_available(step: Step) -> bool {
    matches!(step, Step::Start | Step::Harms)
}

/// The page for a route.
pub fn page(route: Route) -> Html {
    match route {
        Route::Start => html! { <start::StartPage /> },
        Route::Harms => html! { <outcome::OutcomePage step={PanelStep::Harms} route={route} /> },
        other => match other.step() {
            Some(step) if !is_available(step) => html! { <not_found::NotYetAvailable {route} /> },
            _ => html! { <not_found::NotFound /> },
        },
    }
}

/// The page's main heading; focus moves here when the step changes.
pub fn main_heading(text: &str) -> Html {
    html! { <h1 id={MAIN_HEADING_ID} tabindex="-1">{ text.to_owned() }</h1> }
}

//! One file per route. Pages read content records and the session; they hold no figures.

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
use crate::content::{PanelStep, step_text};
use crate::domain::session::View;
use crate::hooks::SessionHandle;
use crate::platform::dom::MAIN_HEADING_ID;
use crate::route::Route;

/// The page for a route. Pages are plain functions of the session (only the shell holds hooks),
/// because every component type adds to the wasm size.
pub fn page(route: Route, session: &SessionHandle) -> Html {
    match route {
        Route::Start => start::start_page(session),
        Route::Situation => situation::situation_page(session),
        Route::Options => options::options_page(session),
        Route::Studies => studies::studies_page(session),
        Route::Survival => outcome::outcome_page(session, PanelStep::Survival, route),
        Route::BreastControl => outcome::outcome_page(session, PanelStep::BreastControl, route),
        Route::Harms => outcome::outcome_page(session, PanelStep::Harms, route),
        Route::Life => outcome::outcome_page(session, PanelStep::Life, route),
        Route::Values => values::values_page(session),
        Route::Check => check::check_page(session),
        Route::Questions => questions::questions_page(session),
        Route::Summary => summary::summary_page(session),
        Route::Knowledge => knowledge::knowledge_page(session),
        Route::About => about::about_page(session),
        Route::Privacy => html! { <privacy::PrivacyPage /> },
        Route::Settings => html! { <settings::SettingsPage /> },
        Route::NotFound => not_found::not_found(),
    }
}

/// The page's main heading; focus moves here when the step changes.
pub fn main_heading(text: &str) -> Html {
    html! { <h1 id={MAIN_HEADING_ID} tabindex="-1">{ text.to_owned() }</h1> }
}

/// The main heading and the step's opening words, in the current view.
pub fn step_header(route: Route, view: View) -> Html {
    let lead = route
        .step()
        .and_then(|s| step_text(s.id()))
        .map(|t| html! { <p class="page__lead">{ rich(pick(view, t.lead_patient, t.lead_clinician)) }</p> });
    html! {
        <>
            { main_heading(route.title()) }
            { lead }
        </>
    }
}

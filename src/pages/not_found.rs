//! "Page not found", with a way back.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::route::Route;

use super::main_heading;

/// Shown for any address the app does not know.
#[component]
pub fn NotFound() -> Html {
    html! {
        <article class="page">
            { main_heading("Page not found") }
            <p>{ "This address is not part of the decision aid. Nothing you entered has been lost." }</p>
            <p><Link<Route> to={Route::Start} classes="button button--primary">{ "Go to the start" }</Link<Route>></p>
        </article>
    }
}

/// Props of [`NotYetAvailable`].
#[derive(Properties, PartialEq)]
pub struct NotYetAvailableProps {
    /// The step's route.
    pub route: Route,
}

/// A step that has not been built yet says so, rather than showing placeholder text.
#[component]
pub fn NotYetAvailable(props: &NotYetAvailableProps) -> Html {
    html! {
        <article class="page">
            { main_heading(props.route.title()) }
            <p>{ "This step is not yet available in this version of the aid." }</p>
        </article>
    }
}

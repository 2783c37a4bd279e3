//! "Page not found", with a way back.

use yew::prelude::*;

use crate::components::link::link;
use crate::domain::step::Step;
use crate::route::Route;

use super::screen_heading;

/// Shown for any address the app does not know.
pub fn not_found() -> Html {
    html! {
        <article>
            { screen_heading(Route::NotFound) }
            <p>{ "This address is not part of the decision aid. Nothing you entered has been lost." }</p>
            <p>{ link(Route::Step(Step::Start), "button button--primary", html! { "Go to the start" }) }</p>
        </article>
    }
}

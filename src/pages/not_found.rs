//! "Page not found", with a way back.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::domain::step::Step;
use crate::route::Route;

use super::screen_heading;

/// Shown for any address the app does not know.
pub fn not_found() -> Html {
    html! {
        <article>
            { screen_heading(Route::NotFound) }
            <p>{ "This address is not part of the decision aid. Nothing you entered has been lost." }</p>
            <p><Link<Route> to={Route::Step(Step::Start)} classes="button button--primary">{ "Go to the start" }</Link<Route>></p>
        </article>
    }
}

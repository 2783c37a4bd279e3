//! "Page not found", with a way back.

use yew::prelude::*;

use crate::components::link::link;
use crate::domain::step::Step;
use crate::route::Route;

use super::screen_heading;
use crate::content::words;

/// Shown for any address the app does not know.
pub fn not_found() -> Html {
    html! {
        <article>
            { screen_heading(Route::NotFound) }
            <p>{ words().not_found.not_part.as_str() }</p>
            <p>{ link(Route::Step(Step::Start), "button button--primary", html! { { words().not_found.go_to_start.as_str() } }) }</p>
        </article>
    }
}

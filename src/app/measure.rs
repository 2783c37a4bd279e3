//! Every consultation step rendered by the app itself, natively, for measuring what a person
//! sees (the benchmark's `src/bin/reading.rs` and the budget tests in `tests/render.rs`, which
//! count it with `checks::reading`).

use futures::executor::block_on;
use yew::LocalServerRenderer;

use crate::domain::session::View;
use crate::domain::step::{Journey, Step};
use crate::route::Route;

use super::{AppAt, AppAtProps};

/// The consultation steps: every step but About (sources, for reference).
pub fn consultation_steps() -> impl Iterator<Item = Step> {
    Step::ALL.into_iter().filter(|step| *step != Step::About)
}

/// The HTML of one screen in a view, as the app renders it.
pub fn screen_html(route: Route, view: View) -> String {
    block_on(
        LocalServerRenderer::<AppAt>::with_props(AppAtProps { route, view })
            .hydratable(false)
            .render(),
    )
}

/// The steps of a way through (the full one: every consultation step), each with its title and
/// its HTML in a view.
pub fn screens(view: View, journey: Journey) -> Vec<(&'static str, String)> {
    let steps: Vec<Step> = match journey {
        Journey::Full => consultation_steps().collect(),
        Journey::Short => journey.steps().to_vec(),
    };
    steps
        .into_iter()
        .map(|step| {
            (
                Route::Step(step).title(),
                screen_html(Route::Step(step), view),
            )
        })
        .collect()
}

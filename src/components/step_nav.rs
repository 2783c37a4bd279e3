//! The journey: every step, where she is, and Back / Next.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::domain::step::Step;
use crate::route::Route;

fn title(step: Step) -> &'static str {
    Route::Step(step).title()
}

/// The list of steps, with the step on screen (if the screen is a step) marked for assistive
/// technology.
pub fn step_nav(current: Option<Step>) -> Html {
    let progress = current.map(|step| format!("Step {} of {}", step.number(), Step::ALL.len()));
    html! {
        <nav class="step-nav" aria-label="Steps">
            if let Some(progress) = progress {
                <p class="step-nav__progress" aria-live="polite">{ progress }</p>
            }
            <ol class="step-nav__list">
                { for Step::ALL.iter().map(|&step| {
                    let current = current == Some(step);
                    let label = format!("{}. {}", step.number(), title(step));
                    // The current step is marked, not linked: there is nowhere to go.
                    if current {
                        html! {
                            <li class="step-nav__item step-nav__item--current">
                                <span class="step-nav__link" aria-current="step">{ label }</span>
                            </li>
                        }
                    } else {
                        html! {
                            <li class="step-nav__item">
                                <Link<Route> to={Route::Step(step)} classes="step-nav__link">{ label }</Link<Route>>
                            </li>
                        }
                    }
                }) }
            </ol>
        </nav>
    }
}

/// Back and Next links, named after where they go.
pub fn back_next(current: Step) -> Html {
    let previous = current.previous();
    let next = current.next();
    html! {
        <nav class="back-next" aria-label="Back and next">
            if let Some(step) = previous {
                <Link<Route> to={Route::Step(step)} classes="button">
                    { format!("Back: {}", title(step)) }
                </Link<Route>>
            }
            if let Some(step) = next {
                <Link<Route> to={Route::Step(step)} classes="button button--primary back-next__next">
                    { format!("Next: {}", title(step)) }
                </Link<Route>>
            }
        </nav>
    }
}

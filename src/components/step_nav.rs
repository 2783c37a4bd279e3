//! The journey: every step, where she is, and Back / Next.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::content::step_text;
use crate::domain::step::Step;
use crate::pages::is_available;
use crate::route::Route;

fn title(step: Step) -> &'static str {
    step_text(step.id()).map_or(step.id(), |s| s.title.as_str())
}

/// Props of [`StepNav`].
#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    /// The step on screen, if the screen is a step.
    pub current: Option<Step>,
}

/// The list of steps, with the current one marked for assistive technology.
#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let progress = props
        .current
        .map(|step| format!("Step {} of {}", step.number(), Step::ALL.len()));
    html! {
        <nav class="step-nav" aria-label="Steps">
            if let Some(progress) = progress {
                <p class="step-nav__progress" aria-live="polite">{ progress }</p>
            }
            <ol class="step-nav__list">
                { for Step::ALL.iter().map(|&step| {
                    let current = props.current == Some(step);
                    let label = format!("{}. {}", step.number(), title(step));
                    if is_available(step) {
                        html! {
                            <li class={classes!("step-nav__item", current.then_some("step-nav__item--current"))}>
                                <Link<Route> to={Route::of_step(step)} classes="step-nav__link">
                                    <span aria-current={current.then_some("step")}>{ label }</span>
                                </Link<Route>>
                            </li>
                        }
                    } else {
                        html! {
                            <li class="step-nav__item step-nav__item--unavailable">
                                <span>{ label }</span>
                                <span class="step-nav__note">{ " (not yet available)" }</span>
                            </li>
                        }
                    }
                }) }
            </ol>
        </nav>
    }
}

/// Props of [`BackNext`].
#[derive(Properties, PartialEq)]
pub struct BackNextProps {
    /// The step on screen.
    pub current: Step,
}

/// Back and Next links, named after where they go.
#[component]
pub fn BackNext(props: &BackNextProps) -> Html {
    let previous = props.current.previous().filter(|s| is_available(*s));
    let next = props.current.next().filter(|s| is_available(*s));
    html! {
        <nav class="back-next" aria-label="Back and next">
            if let Some(step) = previous {
                <Link<Route> to={Route::of_step(step)} classes="button back-next__back">
                    { format!("Back: {}", title(step)) }
                </Link<Route>>
            }
            if let Some(step) = next {
                <Link<Route> to={Route::of_step(step)} classes="button button--primary back-next__next">
                    { format!("Next: {}", title(step)) }
                </Link<Route>>
            }
        </nav>
    }
}

//! The journey: every step, where she is (on the full or the short way through), Back / Next, and
//! the switch between the two ways. On narrower screens (a tablet held upright, a phone) the list
//! of steps folds away behind one control, so the page gets the width.

use yew::prelude::*;

use crate::components::link::link;
use crate::content::words;
use crate::domain::step::{Journey, Step};
use crate::route::Route;

fn title(step: Step) -> &'static str {
    Route::Step(step).title()
}

/// "Step 3 of 13", or "Step 2 of 5 (short consultation)"; for a step off the short way, only
/// where it is in the full list.
pub fn progress(step: Step, journey: Journey) -> String {
    match (journey, step.position_in(journey)) {
        (Journey::Short, Some((at, of))) => words().step_nav.step_of_short.fill(&at, &of),
        _ => words()
            .step_nav
            .step_of
            .fill(&step.number(), &Step::ALL.len()),
    }
}

/// The list of steps, with the step on screen (if the screen is a step) marked for assistive
/// technology. Below 75rem it is folded into a native disclosure whose summary says where she is
/// ("Steps: Harms"), so it needs no state of its own; wider, print.css and layout.css show it as
/// an open sidebar. The disclosure is keyed by the step, so choosing a step folds it again.
pub fn step_nav(current: Option<Step>, journey: Journey) -> Html {
    let progress = current.map(|step| progress(step, journey));
    let summary = match current {
        Some(step) => words().step_nav.steps_at.fill(&title(step)),
        None => words().step_nav.steps.as_str().to_owned(),
    };
    let key = current.map_or("none", Step::id);
    html! {
        <nav class="step-nav" aria-label={ words().step_nav.steps.as_str() }>
            if let Some(progress) = progress {
                <p class="step-nav__progress" aria-live="polite">{ progress }</p>
            }
            <details class="step-nav__fold" {key}>
                <summary class="step-nav__toggle">{ summary }</summary>
                <ol class="step-nav__list">
                    { for Step::ALL.iter().map(|&step| {
                        let here = current == Some(step);
                        let label = format!("{}. {}", step.number(), title(step));
                        let short = journey == Journey::Short && journey.includes(step);
                        let class = classes!(
                            here.then_some("step-nav__item--current"),
                            short.then_some("step-nav__item--short"),
                        );
                        // The current step is marked, not linked: there is nowhere to go.
                        if here {
                            html! {
                                <li {class}><span class="step-nav__link" aria-current="step">{ label }</span></li>
                            }
                        } else {
                            html! {
                                <li {class}>
                                    { link(Route::Step(step), "step-nav__link", html! { label }) }
                                </li>
                            }
                        }
                    }) }
                </ol>
            </details>
        </nav>
    }
}

/// Back and Next links on the way she is taking, named after where they go, and the switch to
/// the other way through (nothing entered is lost).
pub fn back_next(current: Step, journey: Journey, on_journey: Callback<Journey>) -> Html {
    let previous = current.previous_in(journey);
    let next = current.next_in(journey);
    let other = journey.other();
    let switch_words = match other {
        Journey::Short => words().step_nav.switch_short_consultation.as_str(),
        Journey::Full => words().step_nav.switch_full_consultation.as_str(),
    };
    let switch = Callback::from(move |_: MouseEvent| on_journey.emit(other));
    html! {
        <>
            <nav class="back-next" aria-label={ words().step_nav.back_next.as_str() }>
                if let Some(step) = previous {
                    { link(Route::Step(step), "button", html! { { words().step_nav.back.fill(&title(step)) } }) }
                }
                if let Some(step) = next {
                    { link(Route::Step(step), "button button--primary back-next__next", html! { { words().step_nav.next.fill(&title(step)) } }) }
                }
            </nav>
            if current != Step::Start {
                <p class="journey-switch no-print">
                    <button type="button" class="button button--quiet" onclick={switch}>{ switch_words }</button>
                </p>
            }
        </>
    }
}

//! The SURE test, word for word, with its score and what might help.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::components::citation::citation_text;
use crate::components::ui::{Choice, choice_group};
use crate::content::{bundle, source};
use crate::domain::session::{Action, SurePhase};
use crate::domain::step::Step;
use crate::domain::sure;
use crate::hooks::SessionHandle;
use crate::route::Route;

/// Four yes/no questions (at the start, optional, or at the check step); once all are answered,
/// the score and, if it is 3 or less, suggestions.
pub fn sure_form(session: &SessionHandle, phase: SurePhase) -> Html {
    let sure_content = &bundle().sure;
    let answers = session.get().sure.get(phase).copied().unwrap_or_default();
    let prefix = match phase {
        SurePhase::Start => "sure-start",
        SurePhase::End => "sure-end",
    };
    let questions: Html = sure_content
        .questions
        .iter()
        .enumerate()
        .map(|(index, question)| {
            let on_pick = session
                .callback(move |answer: bool| Action::AnswerSure(phase, index, Some(answer)));
            choice_group(
                &format!("{prefix}-{}", question.id),
                html! { { question.text.as_str() } },
                [
                    Choice {
                        label: "Yes",
                        value: true,
                    },
                    Choice {
                        label: "No",
                        value: false,
                    },
                ],
                answers[index],
                &on_pick,
            )
        })
        .collect();
    let result = sure::score(&answers).map(|score| {
        let help: Html = if sure::suggests_conflict(score) {
            let items: Html = sure::answered_no(&answers)
                .into_iter()
                .filter_map(|i| sure_content.questions.get(i))
                .flat_map(|q| sure_content.help.iter().filter(move |h| h.question == q.id))
                .map(|h| {
                    let link = h.step.and_then(|s| Step::from_id(&s)).map(|step| {
                        html! { <>{ " " }<Link<Route> to={Route::of_step(step)}>{ "Go to this step" }</Link<Route>></> }
                    });
                    html! { <li>{ h.text.as_str() }{ link }</li> }
                })
                .collect();
            html! {
                <>
                    <p>{ sure_content.low_score_intro.as_str() }</p>
                    <ul class="sure__help">{ items }</ul>
                </>
            }
        } else {
            html! { <p>{ sure_content.full_score.as_str() }</p> }
        };
        html! {
            <>
                <p class="sure__score"><strong>{ format!("You answered yes to {score} of 4 questions.") }</strong></p>
                { help }
            </>
        }
    });
    let citation = source(&sure_content.source)
        .map(citation_text)
        .unwrap_or_default();
    html! {
        <div class="sure">
            { questions }
            <div class="sure__result" aria-live="polite">{ result }</div>
            <p class="sure__credit">{ format!("The SURE test. {} {}", citation, sure_content.terms) }</p>
        </div>
    }
}

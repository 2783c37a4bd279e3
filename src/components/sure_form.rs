//! The SURE test, word for word, with its score and what might help.

use yew::prelude::*;

use crate::components::edition::sure_language_note;
use crate::content::edition;

use crate::components::disclosure::more;
use crate::components::link::link;
use crate::components::ui::{Choice, choice_group};
use crate::content::bundle;
use crate::content::words;
use crate::domain::session::Action;
use crate::domain::step::Step;
use crate::domain::sure::{self, SurePhase};
use crate::route::Route;
use crate::state::SessionHandle;

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
                // In an edition in another language the questions stay in English (their terms
                // forbid changing them): marked so that a screen reader reads them as English.
                if edition().sure_in_english.is_empty() {
                    html! { { question.text.as_str() } }
                } else {
                    html! { <span lang="en">{ question.text.as_str() }</span> }
                },
                [
                    Choice {
                        label: words().sure_form.yes.as_str().into(),
                        value: true,
                    },
                    Choice {
                        label: words().sure_form.no.as_str().into(),
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
            let items: Html = sure::help_for(&answers, sure_content)
                .into_iter()
                .map(|h| {
                    let link = h.step.and_then(|s| Step::from_id(&s)).map(|step| {
                        html! { <>{ " " }{ link(Route::Step(step), "", html! { { words().sure_form.go_to_step.as_str() } }) }</> }
                    });
                    html! { <li>{ h.text.as_str() }{ link }</li> }
                })
                .collect();
            html! {
                <>
                    <p>{ sure_content.low_score_intro.as_str() }</p>
                    <ul>{ items }</ul>
                </>
            }
        } else {
            html! { <p>{ sure_content.full_score.as_str() }</p> }
        };
        html! {
            <>
                <p class="sure__score"><strong>{ words().sure_form.score.fill(&score, &sure_content.questions.len()) }</strong></p>
                { help }
            </>
        }
    });
    let citation = sure_content.citation.as_str();
    html! {
        <div>
            { questions }
            <div aria-live="polite">{ result }</div>
            { sure_language_note() }
            { more(&format!("{prefix}-credit"), words().sure_form.where_from.as_str(), html! {
                <p class="sure__credit">{ words().sure_form.credit.fill(&citation, &sure_content.terms) }</p>
            }) }
        </div>
    }
}

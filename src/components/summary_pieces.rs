//! The pieces both summaries show (the summary step's print and the take-home print) and the
//! values step: her ratings, the questions she ticked, and the note when her leaning and what she
//! rated most important seem to point different ways. Here so that no page imports another.

use yew::prelude::*;

use crate::components::rich_text::rich;
use crate::content::{Values, plain, words};
use crate::domain::summary::Summary;
use crate::domain::values::Disagreement;

/// When her leaning and what she rated most important seem to point different ways: said gently,
/// with what may help; never advice (`values::disagreement`). On the values step and the summary.
pub fn disagreement_note(content: &'static Values, found: Option<&Disagreement<'_>>) -> Html {
    let Some(found) = found else {
        return Html::default();
    };
    let most: Vec<String> = found
        .values
        .iter()
        .map(|item| plain(item.label.as_str()))
        .collect();
    html! {
        <div class="notice values__disagreement" role="note">
            <p>{ rich(content.disagreement.as_str()) }</p>
            <p>{ words().values.most_important.fill(&most.join("; ")) }</p>
            <p>{ rich(content.disagreement_help.as_str()) }</p>
        </div>
    }
}

/// Her rated values, most important first (or "Nothing rated."): on both prints.
pub fn rated_values(model: &Summary<'_>, class: &'static str) -> Html {
    if model.values.is_empty() {
        return html! { <p>{ words().summary.nothing_rated.as_str() }</p> };
    }
    html! {
        <dl {class}>
            { for model.values.iter().map(|(level, items)| html! {
                <><dt>{ *level }</dt><dd>{ items.iter().map(|i| plain(i.label.as_str())).collect::<Vec<_>>().join("; ") }</dd></>
            }) }
        </dl>
    }
}

/// The questions she ticked (or "No questions ticked."): on both prints.
pub fn ticked_questions(model: &Summary<'_>) -> Html {
    if model.questions.is_empty() {
        return html! { <p>{ words().summary.no_questions_ticked.as_str() }</p> };
    }
    html! { <ul>{ for model.questions.iter().map(|q| html! { <li>{ *q }</li> }) }</ul> }
}

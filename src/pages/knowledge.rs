//! Check your understanding: short questions with feedback. Patient items in the patient view; the
//! 2015 review's CME questions, with today's answers, in the clinician view.

use yew::prelude::*;

use crate::components::rich_text::rich;
use crate::components::ui::{Choice, choice_group, sources_for};
use crate::content::{Audience, KnowledgeItem, bundle};
use crate::domain::ids::ChoiceId;
use crate::domain::knowledge;
use crate::domain::session::{Action, View};
use crate::domain::step::Step;
use crate::state::SessionHandle;

use super::step_header;
use crate::content::words;

/// The knowledge-check step.
pub fn knowledge_page(session: &SessionHandle) -> Html {
    let view = session.view();
    let audience = match view {
        View::Patient => Audience::Patient,
        View::Clinician => Audience::Clinician,
    };
    let items: Vec<&'static KnowledgeItem> = bundle()
        .knowledge
        .iter()
        .filter(|i| i.audience == audience)
        .collect();
    let answers = &session.get().knowledge;
    let (right, answered) = knowledge::tally(items.iter().copied(), answers);
    let cards: Html = items
        .iter()
        .map(|item| {
            let id = item.id;
            let chosen = answers.get(&id).map(ChoiceId::as_str);
            let on_pick = session.callback(move |choice: &'static str| Action::AnswerKnowledge(id.into(), choice.into()));
            let group = choice_group(
                &format!("quiz-{id}"),
                html! { { item.question.as_str() } },
                item.choices.iter().map(|c| Choice { label: c.text.as_str().into(), value: c.id.as_str() }),
                chosen.and_then(|c| item.choices.iter().find(|x| x.id == c)).map(|c| c.id.as_str()),
                &on_pick,
            );
            let feedback = chosen.map(|choice| {
                let correct = item.correct == choice;
                html! {
                    <div class={classes!("feedback", if correct { "feedback--right" } else { "feedback--wrong" })}>
                        <p><strong>{ if correct { words().knowledge.right.as_str() } else { words().knowledge.not_quite.as_str() } }</strong></p>
                        <p>{ rich(item.explanation.as_str()) }</p>
                    </div>
                }
            });
            html! {
                <div class="card">
                    { group }
                    <div aria-live="polite">{ feedback }</div>
                    { sources_for(view, &item.sources) }
                </div>
            }
        })
        .collect();
    html! {
        <article>
            { step_header(Step::Knowledge, view) }
            { cards }
            if answered > 0 {
                <p aria-live="polite">{ words().knowledge.score.fill(&right, &answered) }</p>
            }
        </article>
    }
}

//! What matters to her: how much each thing matters, then which way she is leaning. The aid shows
//! her answers back; it never turns them into a choice.

use yew::prelude::*;

use crate::components::disclosure::more;
use crate::components::rich_text::rich;
use crate::components::summary_pieces::disagreement_note;
use crate::components::ui::{Choice, choice_group};
use crate::content::bundle;
use crate::domain::session::{Action, Leaning, Rating};
use crate::domain::step::Step;
use crate::domain::values;
use crate::state::SessionHandle;

use super::step_header;
use crate::content::words;

/// The values step.
pub fn values_page(session: &SessionHandle) -> Html {
    let view = session.view();
    let content = &bundle().values;
    let ratings = &session.get().ratings;
    let items: Html = content
        .items
        .iter()
        .map(|item| {
            let id = item.id;
            let on_pick = session.callback(move |rating: Rating| Action::Rate(id.into(), rating));
            let choices = Rating::ALL.map(|rating| Choice {
                label: values::rating_label(content, rating).into(),
                value: rating,
            });
            choice_group(
                &format!("value-{}", item.id),
                html! { <span class="value__label">{ rich(item.label.as_str()) }</span> },
                choices,
                ratings.get(&id).copied(),
                &on_pick,
            )
        })
        .collect();
    let leaning = session.get().leaning;
    let on_lean = session.callback(|position: Leaning| Action::SetLeaning(Some(position)));
    let clear_leaning = session.callback(|_: MouseEvent| Action::SetLeaning(None));
    let leaning_group = choice_group(
        "leaning",
        // The section's heading asks the question; the group is named by it too.
        html! { <span class="visually-hidden">{ words().values.which_way_leaning_now.as_str() }</span> },
        Leaning::ALL.map(|position| Choice {
            label: values::leaning_label(content, Some(position))
                .unwrap_or("")
                .into(),
            value: position,
        }),
        leaning,
        &on_lean,
    );
    let grouped = values::by_importance(content, ratings);
    html! {
        <article>
            { step_header(Step::Values, view) }
            <section aria-labelledby="rate-heading">
                <h2 id="rate-heading">{ words().values.ratings_heading.as_str() }</h2>
                { more("values-help", words().values.ratings_help.as_str(), html! {
                    <dl class="value__meanings">
                        { for content.items.iter().map(|item| html! {
                            <><dt>{ rich(item.label.as_str()) }</dt><dd>{ rich(item.help.as_str()) }</dd></>
                        }) }
                    </dl>
                }) }
                <div>{ items }</div>
            </section>
            <section aria-labelledby="leaning-heading">
                <h2 id="leaning-heading">{ words().values.which_way_leaning.as_str() }</h2>
                <p>{ rich(content.leaning_help.as_str()) }</p>
                <div class="leaning__scale">{ leaning_group }</div>
                if leaning.is_some() {
                    <button type="button" class="button" onclick={clear_leaning}>{ words().values.clear_my_leaning.as_str() }</button>
                }
            </section>
            // Her answers read back, once there are any. The live region is there from the start
            // (announcements need one); the section and its heading only with answers in it.
            <div aria-live="polite">
                if !grouped.is_empty() || leaning.is_some() {
                    <section aria-labelledby="said-heading">
                        <h2 id="said-heading">{ words().values.what_said.as_str() }</h2>
                        <dl>
                            { for grouped.into_iter().map(|(level, items)| html! {
                                <>
                                    <dt>{ level }</dt>
                                    <dd>{ items.iter().map(|i| crate::content::plain(i.label.as_str())).collect::<Vec<_>>().join("; ") }</dd>
                                </>
                            }) }
                        </dl>
                        if let Some(label) = values::leaning_label(content, leaning) {
                            <p>{ words().values.leaning.fill(&label) }</p>
                        }
                        { disagreement_note(content, values::disagreement(content, ratings, leaning).as_ref()) }
                    </section>
                }
            </div>
        </article>
    }
}

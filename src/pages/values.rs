//! What matters to her: how much each thing matters, then which way she is leaning. The aid shows
//! her answers back; it never turns them into a choice.

use yew::prelude::*;

use crate::components::rich_text::rich;
use crate::components::ui::{Choice, choice_group};
use crate::content::bundle;
use crate::domain::session::Action;
use crate::domain::values;
use crate::hooks::SessionHandle;
use crate::route::Route;

use super::step_header;

/// The values step.
pub fn values_page(session: &SessionHandle) -> Html {
    let view = session.view();
    let content = &bundle().values;
    let ratings = &session.get().ratings;
    let items: Html = content
        .items
        .iter()
        .map(|item| {
            let id = item.id.as_str();
            let on_pick = session.callback(move |rating: u8| Action::Rate(id.to_owned(), rating));
            let choices = content
                .rating_labels
                .iter()
                .zip(0_u8..)
                .map(|(label, value)| Choice { label: label.as_str(), value });
            choice_group(
                &format!("value-{id}"),
                html! { <><span class="value__label">{ rich(item.label.as_str()) }</span><span class="value__help">{ rich(item.help.as_str()) }</span></> },
                choices,
                ratings.get(id).copied(),
                &on_pick,
            )
        })
        .collect();
    let leaning = session.get().leaning;
    let on_lean = session.callback(|position: u8| Action::SetLeaning(Some(position)));
    let clear_leaning = session.callback(|_: MouseEvent| Action::SetLeaning(None));
    let leaning_group = choice_group(
        "leaning",
        html! { { "Which way are you leaning now?" } },
        content
            .leaning_labels
            .iter()
            .zip(0_u8..)
            .map(|(label, value)| Choice {
                label: label.as_str(),
                value,
            }),
        leaning,
        &on_lean,
    );
    let grouped = values::by_importance(content, ratings);
    html! {
        <article class="page page--values">
            { step_header(Route::Values, view) }
            <section aria-labelledby="rate-heading">
                <h2 id="rate-heading">{ "How much does each of these matter to you?" }</h2>
                <div class="values">{ items }</div>
            </section>
            <section aria-labelledby="leaning-heading" class="leaning">
                <h2 id="leaning-heading">{ "Which way are you leaning?" }</h2>
                <p>{ rich(content.leaning_help.as_str()) }</p>
                <div class="leaning__scale">{ leaning_group }</div>
                if leaning.is_some() {
                    <button type="button" class="button" onclick={clear_leaning}>{ "Clear my leaning" }</button>
                }
            </section>
            <section aria-labelledby="said-heading" aria-live="polite">
                <h2 id="said-heading">{ "What you said" }</h2>
                if grouped.is_empty() {
                    <p>{ "You have not rated anything yet." }</p>
                } else {
                    <dl class="said">
                        { for grouped.into_iter().map(|(level, items)| html! {
                            <>
                                <dt>{ level }</dt>
                                <dd>{ items.iter().map(|i| crate::content::plain(i.label.as_str())).collect::<Vec<_>>().join("; ") }</dd>
                            </>
                        }) }
                    </dl>
                }
                if let Some(label) = values::leaning_label(content, leaning) {
                    <p>{ format!("You are leaning: {label}.") }</p>
                }
            </section>
        </article>
    }
}

//! Her situation (optional): a short form, then what the 2015 review concluded for situations like
//! hers and the evidence that applies. It highlights; it never predicts. Where the review drew no
//! conclusion, it says so, and what the trials did is shown apart from the review's conclusions.

use yew::prelude::*;

use crate::components::rich_text::rich;
use crate::components::ui::{Choice, choice_group, figures, pick, sources_for};
use crate::content::{FigureRef, GuidanceCard, SituationEvidence, bundle};
use crate::domain::phrasing::subgroup_label;
use crate::domain::session::{Action, Format, View};
use crate::domain::situation::{Field, Situation};
use crate::domain::step::Step;
use crate::domain::tailoring;
use crate::state::SessionHandle;

use super::step_header;

/// The situation step.
pub fn situation_page(session: &SessionHandle) -> Html {
    let view = session.view();
    let situation = session.get().situation;
    let on_change = session.callback(Action::ChangeSituation);
    let form: Html = Field::ALL
        .iter()
        .map(|field| {
            choice_group(
                field.id(),
                rich(field.question_with_terms()),
                field.choices().iter().map(|(label, change)| Choice {
                    label,
                    value: *change,
                }),
                field.current(&situation),
                &on_change,
            )
        })
        .collect();
    let clear = session.callback(|_: MouseEvent| Action::ClearSituation);
    let content = bundle();
    let evidence: Vec<&'static SituationEvidence> = tailoring::features(&situation)
        .into_iter()
        .flat_map(|f| {
            content
                .situation_evidence
                .iter()
                .filter(move |e| e.feature == f)
        })
        .collect();
    html! {
        <article>
            { step_header(Step::Situation, view) }
            <form class="situation-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { form }
                <button type="button" class="button" onclick={clear}>{ "Clear these answers" }</button>
            </form>
            { guidance_section(&situation, view) }
            if !evidence.is_empty() {
                <section aria-labelledby="evidence-heading">
                    <h2 id="evidence-heading">{ "Evidence that applies to you" }</h2>
                    { for evidence.into_iter().map(|e| evidence_card(e, view)) }
                </section>
            }
        </article>
    }
}

/// What the 2015 review concluded for her answers (or why nothing matches), then, apart from the
/// review's conclusions, what the trials did where the review drew none.
pub fn guidance_section(situation: &Situation, view: View) -> Html {
    // A card that does not quote the review (validation allows that only for a situation the
    // review did not cover) never appears under the review's heading.
    let (conclusions, context): (Vec<_>, Vec<_>) =
        tailoring::cards(bundle(), &tailoring::guidance(situation))
            .into_iter()
            .chain(tailoring::cards(bundle(), &tailoring::context(situation)))
            .partition(|card| card.is_review_conclusion());
    html! {
        <>
            <section aria-labelledby="guidance-heading" aria-live="polite">
                <h2 id="guidance-heading">{ "What the 2015 review concluded for situations like this" }</h2>
                if situation.is_empty() {
                    <p>{ "Answer the questions above to see what the review said about situations like yours. The aid does not tell you what to choose." }</p>
                } else if conclusions.is_empty() {
                    <p>{ "None of the 2015 review's conclusions matches these answers. Its conclusions depend on whether the cancer elsewhere is under control on medicines, and whether the breast is causing problems. The aid does not tell you what to choose." }</p>
                } else {
                    <p>{ "These are the conclusions of a 2015 review, not a recommendation from this aid. Newer trials are shown where they changed the picture." }</p>
                    { for conclusions.into_iter().map(|card| guidance_card(card, view)) }
                }
            </section>
            if !context.is_empty() {
                <section aria-labelledby="context-heading">
                    <h2 id="context-heading">{ "What the trials did (not a conclusion of the review)" }</h2>
                    { for context.into_iter().map(|card| guidance_card(card, view)) }
                </section>
            }
        </>
    }
}

fn guidance_card(card: &'static GuidanceCard, view: View) -> Html {
    html! {
        <div class="card card--guidance">
            <h3>{ card.heading.as_str() }</h3>
            <p>{ rich(pick(view, card.conclusion_patient, card.conclusion_clinician)) }</p>
            if let Some(since) = card.since_then_patient {
                <p><strong>{ "Since then: " }</strong>{ rich(since.as_str()) }</p>
            }
            if view == View::Clinician && card.is_review_conclusion() {
                <blockquote class="quote">{ card.quote.as_str() }</blockquote>
            }
            if view == View::Clinician { { figures(&card.figures, view, Format::Text) } }
            { sources_for(view, &card.sources) }
        </div>
    }
}

fn evidence_card(evidence: &'static SituationEvidence, view: View) -> Html {
    // A subgroup result is a hypothesis in either view, so the label shows in both.
    let hypothesis = evidence
        .figures
        .iter()
        .filter_map(FigureRef::get)
        .any(|f| subgroup_label(f.subgroup).is_some());
    html! {
        <div class="card">
            <h3>{ evidence.heading.as_str() }</h3>
            if hypothesis {
                <p class="badge badge--hypothesis">{ "Hypothesis only: from a subgroup, not a planned comparison" }</p>
            }
            <p>{ rich(pick(view, evidence.patient, evidence.clinician)) }</p>
            if view == View::Clinician { { figures(&evidence.figures, view, Format::Text) } }
            { sources_for(view, &evidence.sources) }
        </div>
    }
}

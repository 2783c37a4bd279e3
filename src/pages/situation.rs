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
use crate::content::words;

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
                field.choices().into_iter().map(|(label, change)| Choice {
                    label: label.into(),
                    value: change,
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
                <button type="button" class="button" onclick={clear}>{ words().situation.clear_these_answers.as_str() }</button>
            </form>
            { guidance_section(&situation, view) }
            if !evidence.is_empty() {
                <section aria-labelledby="evidence-heading">
                    <h2 id="evidence-heading">{ words().situation.evidence_heading.as_str() }</h2>
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
                <h2 id="guidance-heading">{ words().situation.guidance_heading.as_str() }</h2>
                if situation.is_empty() {
                    <p>{ words().situation.guidance_unanswered.as_str() }</p>
                } else if conclusions.is_empty() {
                    <p>{ words().situation.guidance_none.as_str() }</p>
                } else {
                    <p>{ words().situation.guidance_caveat.as_str() }</p>
                    { for conclusions.into_iter().map(|card| guidance_card(card, view)) }
                }
            </section>
            if !context.is_empty() {
                <section aria-labelledby="context-heading">
                    <h2 id="context-heading">{ words().situation.trials_heading.as_str() }</h2>
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
                <p><strong>{ words().situation.since_then.as_str() }</strong>{ rich(since.as_str()) }</p>
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
                <p class="badge badge--hypothesis">{ words().situation.hypothesis_only.as_str() }</p>
            }
            <p>{ rich(pick(view, evidence.patient, evidence.clinician)) }</p>
            if view == View::Clinician { { figures(&evidence.figures, view, Format::Text) } }
            { sources_for(view, &evidence.sources) }
        </div>
    }
}

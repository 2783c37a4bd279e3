//! Start: what the aid is for, the decision, who the numbers are about, the evidence version and
//! the privacy promise, with an optional SURE check before starting.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::components::rich_text::rich;
use crate::components::sure_form::sure_form;
use crate::components::ui::{figures, pick};
use crate::content::bundle;
use crate::domain::phrasing::evidence_line;
use crate::domain::session::Format;
use crate::domain::step::Step;
use crate::domain::sure::SurePhase;
use crate::route::Route;
use crate::state::SessionHandle;

use super::step_header;

/// The first step.
pub fn start_page(session: &SessionHandle) -> Html {
    let view = session.view();
    let meta = &bundle().meta;
    html! {
        <article>
            { step_header(Step::Start, view) }
            <p>{ rich(meta.purpose_patient.as_str()) }</p>
            <section aria-labelledby="decision-heading">
                <h2 id="decision-heading">{ "The decision" }</h2>
                <p class="decision__statement">{ rich(pick(view, meta.decision_patient, meta.decision_clinician)) }</p>
                <p>
                    <Link<Route> to={Route::Step(Step::Situation)} classes="button button--primary">{ "Begin" }</Link<Route>>
                </p>
            </section>
            <section aria-labelledby="audience-heading">
                <h2 id="audience-heading">{ "Who the numbers are about" }</h2>
                <p>{ rich(meta.audience_patient.as_str()) }</p>
                { figures(&meta.background_figures, view, Format::Text) }
            </section>
            <section aria-labelledby="sure-start-heading">
                <h2 id="sure-start-heading">{ "Before you start (you can skip this)" }</h2>
                <p>{ "These four questions show how sure you feel now. You can answer them again at the end." }</p>
                { sure_form(session, SurePhase::Start) }
            </section>
            <section aria-labelledby="evidence-heading">
                <h2 id="evidence-heading">{ "About the evidence" }</h2>
                <p>{ evidence_line(meta) }</p>
                <p><strong>{ meta.device_line.as_str() }</strong></p>
                <p>{ meta.not_advice.as_str() }</p>
            </section>
        </article>
    }
}

//! Start: what the aid is for, the decision, who the numbers are about, the evidence version,
//! and the privacy promise.

use yew::prelude::*;

use crate::components::rich_text::RichText;
use crate::content::bundle;
use crate::domain::session::View;
use crate::hooks::use_session;
use crate::route::Route;

use super::main_heading;

/// The first step.
#[component]
pub fn StartPage() -> Html {
    let session = use_session();
    let meta = &bundle().meta;
    let decision = if session.view() == View::Clinician {
        &meta.decision_clinician
    } else {
        &meta.decision_patient
    };
    html! {
        <article class="page page--start">
            { main_heading(Route::Start.title()) }
            <p class="page__lead"><RichText text={meta.purpose_patient.as_str()} /></p>
            <section class="decision" aria-labelledby="decision-heading">
                <h2 id="decision-heading">{ "The decision" }</h2>
                <p class="decision__statement"><RichText text={decision.as_str()} /></p>
            </section>
            <section aria-labelledby="audience-heading">
                <h2 id="audience-heading">{ "Who the numbers are about" }</h2>
                <p><RichText text={meta.audience_patient.as_str()} /></p>
            </section>
            <section aria-labelledby="evidence-heading">
                <h2 id="evidence-heading">{ "The evidence in this aid" }</h2>
                <p>{ format!("Evidence version {}, reviewed on {}. Next review due {}.", meta.version, meta.reviewed_on, meta.next_review) }</p>
                <p>{ meta.device_line.clone() }</p>
                <p>{ meta.not_advice.clone() }</p>
            </section>
        </article>
    }
}

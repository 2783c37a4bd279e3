//! Start: the decision, the two ways through (the full consultation and the short one) and the
//! privacy promise; what the aid is for, who the numbers are about, the evidence version and an
//! optional SURE check one tap away.

use yew::prelude::*;

use crate::components::disclosure::more;
use crate::components::edition::language_links;
use crate::components::link::link;
use crate::components::rich_text::rich;
use crate::components::sure_form::sure_form;
use crate::components::ui::{figures, pick};
use crate::content::bundle;
use crate::domain::phrasing::evidence_line;
use crate::domain::session::{Action, Format};
use crate::domain::step::{Journey, Step};
use crate::domain::sure::SurePhase;
use crate::route::Route;
#[cfg(feature = "field-test")]
use crate::state::FieldTestHandle;
use crate::state::SessionHandle;

use super::step_header;
#[cfg(feature = "field-test")]
use crate::components::field_test::consent_card;
use crate::content::words;

/// The first step: the decision and the two ways through, first; who the numbers are about, the
/// optional SURE check and the evidence version one tap away.
pub fn start_page(
    session: &SessionHandle,
    #[cfg(feature = "field-test")] field_test: &FieldTestHandle,
) -> Html {
    // In the study edition, the question whether she takes part, under the heading.
    #[cfg(feature = "field-test")]
    let consent = consent_card(field_test, session);
    #[cfg(not(feature = "field-test"))]
    let consent = Html::default();
    let view = session.view();
    let meta = &bundle().meta;
    // Choosing a way through sets it before the link navigates, so the next screen already
    // counts steps on the chosen way.
    let full = session.callback(|_: MouseEvent| Action::SetJourney(Journey::Full));
    let short = session.callback(|_: MouseEvent| Action::SetJourney(Journey::Short));
    let first_short = Step::Start.next_in(Journey::Short).unwrap_or(Step::Options);
    html! {
        <article>
            { step_header(Step::Start, view) }
            { consent }
            <section aria-labelledby="decision-heading">
                <h2 id="decision-heading">{ words().start.decision.as_str() }</h2>
                <p class="decision__statement">{ rich(pick(view, meta.decision_patient, meta.decision_clinician)) }</p>
                <p class="start__ways">
                    <span onclick={full}>
                        { link(Route::Step(Step::Situation), "button button--primary", html! { { words().start.begin.as_str() } }) }
                    </span>
                    <span onclick={short}>
                        { link(Route::Step(first_short), "button", html! { { words().start.short_way.as_str() } }) }
                    </span>
                </p>
                <p class="start__device"><strong>{ meta.device_line.as_str() }</strong></p>
                { language_links() }
            </section>
            { more("start-purpose", words().start.about_link.as_str(), html! {
                <>
                    <p>{ rich(meta.purpose_patient.as_str()) }</p>
                    <p>{ meta.not_advice.as_str() }</p>
                    <p>{ evidence_line(meta) }</p>
                </>
            }) }
            { more("start-audience", words().start.who_numbers_about.as_str(), html! {
                <>
                    <p>{ rich(meta.audience_patient.as_str()) }</p>
                    { figures(&meta.background_figures, view, Format::Text) }
                </>
            }) }
            { more("start-sure", words().start.sure_heading.as_str(), html! {
                <>
                    <p>{ words().start.sure_intro.as_str() }</p>
                    { sure_form(session, SurePhase::Start) }
                </>
            }) }
        </article>
    }
}

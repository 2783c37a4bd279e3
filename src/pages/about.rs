//! Sources and about: authorship and funding, how the evidence was chosen, dates and update
//! policy, limits, privacy, accessibility (with the measured reading grade), glossary and sources.
//! The patient view shows the plain-language versions (measured like every patient text); the
//! clinician view keeps the full method, update policy and limitations.

use yew::prelude::*;

use crate::components::changes::changes_section;
use crate::components::link::link;
use crate::components::qr_code::AidQrCode;
use crate::components::rich_text::rich;
use crate::components::ui::{hosting_line, pick};
use crate::content::{bundle, plain, reading_level};
use crate::domain::phrasing::{citation_text, evidence_line};
use crate::domain::session::View;
use crate::domain::step::Step;
use crate::route::Route;
use crate::state::SessionHandle;

use super::step_header;
use crate::content::words;

/// The about step.
pub fn about_page(session: &SessionHandle) -> Html {
    let content = bundle();
    let meta = &content.meta;
    let view = session.view();
    let level = reading_level();
    let limitations: Vec<&'static str> = match view {
        View::Patient => meta
            .limitations_patient
            .iter()
            .map(|l| l.as_str())
            .collect(),
        View::Clinician => meta.limitations.iter().map(|l| l.as_str()).collect(),
    };
    html! {
        <article>
            { step_header(Step::About, session.view()) }
            <section aria-labelledby="about-aid">
                <h2 id="about-aid">{ words().about.about_aid.as_str() }</h2>
                <p>{ rich(meta.purpose_patient.as_str()) }</p>
                <p><strong>{ words().about.who_made.as_str() }</strong>{ rich(meta.authors.as_str()) }</p>
                <p><strong>{ words().about.funding.as_str() }</strong>{ rich(meta.funding.as_str()) }</p>
                <p>{ meta.not_advice.as_str() }</p>
            </section>
            <section aria-labelledby="about-phone">
                <h2 id="about-phone">{ words().about.open_aid_own_phone.as_str() }</h2>
                <AidQrCode />
            </section>
            <section aria-labelledby="about-method">
                <h2 id="about-method">{ words().about.how_evidence_chosen.as_str() }</h2>
                <p>{ rich(pick(view, meta.method_patient, meta.method)) }</p>
            </section>
            <section aria-labelledby="about-dates">
                <h2 id="about-dates">{ words().about.dates_updates.as_str() }</h2>
                <p>{ evidence_line(meta) }</p>
                <p>{ rich(pick(view, meta.update_policy_patient, meta.update_policy)) }</p>
            </section>
            { changes_section(view) }
            <section aria-labelledby="about-limits">
                <h2 id="about-limits">{ words().about.limits_aid.as_str() }</h2>
                <ul>{ for limitations.into_iter().map(|l| html! { <li>{ rich(l) }</li> }) }</ul>
            </section>
            <section aria-labelledby="about-privacy">
                <h2 id="about-privacy">{ words().about.privacy.as_str() }</h2>
                <p>{ meta.privacy.as_str() }</p>
                <p>{ hosting_line() }</p>
                <p>{ link(Route::Privacy, "", html! { { words().about.check_storage.as_str() } }) }</p>
            </section>
            <section aria-labelledby="about-access">
                <h2 id="about-access">{ words().about.accessibility.as_str() }</h2>
                <p>{ words().about.accessibility_aim.as_str() }</p>
                <p>{ words().about.reading_level.fill(&level.texts, &level.overall, &level.worst) }</p>
                <p>{ words().about.accessibility_limits.as_str() }</p>
            </section>
            { support_section() }
            <section aria-labelledby="about-glossary">
                <h2 id="about-glossary">{ words().about.glossary.as_str() }</h2>
                <dl class="glossary">
                    { for content.glossary.iter().map(|t| html! { <><dt>{ t.term.as_str() }</dt><dd>{ plain(t.definition.as_str()) }</dd></> }) }
                </dl>
            </section>
            <section aria-labelledby="about-sources">
                <h2 id="about-sources">{ words().about.sources.as_str() }</h2>
                <ol class="sources">
                    { for content.sources.iter().map(|s| html! {
                        <li id={format!("source-{}", s.id)}>
                            { citation_text(s) }
                            // What was checked is a detail for clinicians and editors.
                            if let (View::Clinician, Some(note)) = (view, s.note) { <span class="cell-note">{ note.as_str() }</span> }
                        </li>
                    }) }
                </ol>
            </section>
        </article>
    }
}

/// Which browsers and devices run the aid, and why older ones cannot (the same list as the
/// notice the start-up guard shows, and the README's).
fn support_section() -> Html {
    let support = &bundle().meta.support;
    html! {
        <section aria-labelledby="about-devices">
            <h2 id="about-devices">{ support.heading.as_str() }</h2>
            <p>{ support.works_in_patient.as_str() }</p>
            <ul>{ for support.browsers.iter().map(|b| html! { <li>{ b.line_patient.as_str() }</li> }) }</ul>
            <p>{ support.why_patient.as_str() }</p>
            <p>{ support.ruled_out_patient.as_str() }</p>
        </section>
    }
}

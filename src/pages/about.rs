//! Sources and about: authorship and funding, how the evidence was chosen, dates and update
//! policy, limits, privacy, accessibility (with the measured reading grade), glossary and sources.
//! The patient view shows the plain-language versions (measured like every patient text); the
//! clinician view keeps the full method, update policy and limitations.

use yew::prelude::*;

use crate::components::link::link;
use crate::components::qr_code::AidQrCode;
use crate::components::rich_text::rich;
use crate::components::ui::{hosting_line, pick, sources_for};
use crate::content::{bundle, plain, reading_level};
use crate::domain::phrasing::{citation_text, evidence_line};
use crate::domain::session::View;
use crate::domain::step::Step;
use crate::route::Route;
use crate::state::SessionHandle;

use super::step_header;

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
                <h2 id="about-aid">{ "About this aid" }</h2>
                <p>{ rich(meta.purpose_patient.as_str()) }</p>
                <p><strong>{ "Who made it: " }</strong>{ rich(meta.authors.as_str()) }</p>
                <p><strong>{ "Funding: " }</strong>{ rich(meta.funding.as_str()) }</p>
                <p>{ meta.not_advice.as_str() }</p>
            </section>
            <section aria-labelledby="about-phone">
                <h2 id="about-phone">{ "Open this aid on your own phone" }</h2>
                <AidQrCode />
            </section>
            <section aria-labelledby="about-method">
                <h2 id="about-method">{ "How the evidence was chosen" }</h2>
                <p>{ rich(pick(view, meta.method_patient, meta.method)) }</p>
            </section>
            <section aria-labelledby="about-dates">
                <h2 id="about-dates">{ "Dates and updates" }</h2>
                <p>{ evidence_line(meta) }</p>
                <p>{ rich(pick(view, meta.update_policy_patient, meta.update_policy)) }</p>
            </section>
            { changes_section(view) }
            <section aria-labelledby="about-limits">
                <h2 id="about-limits">{ "Limits of this aid" }</h2>
                <ul>{ for limitations.into_iter().map(|l| html! { <li>{ rich(l) }</li> }) }</ul>
            </section>
            <section aria-labelledby="about-privacy">
                <h2 id="about-privacy">{ "Privacy" }</h2>
                <p>{ meta.privacy.as_str() }</p>
                <p>{ hosting_line() }</p>
                <p>{ link(Route::Privacy, "", html! { "Check what is stored on this device" }) }</p>
            </section>
            <section aria-labelledby="about-access">
                <h2 id="about-access">{ "Accessibility" }</h2>
                <p>{ "This aid aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2, level AA. Each step is tested in both views with axe, a checking tool. A full walk-through is tested using only the keyboard. Every chart also comes as words and as a table. Text can be made larger on every screen, with the Text buttons at the top. The layout works at 200% zoom and on narrow screens." }</p>
                <p>{ format!("Plain language: the patient view's {} texts read at a Flesch–Kincaid grade of {} overall; the hardest single text is grade {}. Medical words are explained where they appear.", level.texts, level.overall, level.worst) }</p>
                <p>{ "Known limits: it has not yet been tested with screen-reader users or with patients; the reading grade is a formula, not a test with readers." }</p>
            </section>
            { support_section() }
            <section aria-labelledby="about-glossary">
                <h2 id="about-glossary">{ "Glossary" }</h2>
                <dl class="glossary">
                    { for content.glossary.iter().map(|t| html! { <><dt>{ t.term.as_str() }</dt><dd>{ plain(t.definition.as_str()) }</dd></> }) }
                </dl>
            </section>
            <section aria-labelledby="about-sources">
                <h2 id="about-sources">{ "Sources" }</h2>
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

/// "What changed in 2026.2": every change for clinicians (what, why, sources); for patients the
/// changes that say something to her in plain words.
pub fn changes_section(view: View) -> Html {
    let log = &bundle().changes;
    let heading = format!("What changed in {}", log.version);
    let items: Html = log
        .changes
        .iter()
        .filter_map(|change| match view {
            View::Patient => change
                .patient
                .map(|words| html! { <li>{ rich(words.as_str()) }</li> }),
            View::Clinician => Some(html! {
                <li class="change">
                    <p>{ rich(change.what.as_str()) }</p>
                    <p><strong>{ "Why: " }</strong>{ rich(change.why.as_str()) }</p>
                    { sources_for(View::Clinician, &change.sources) }
                </li>
            }),
        })
        .collect();
    let empty = match view {
        View::Patient => log.changes.iter().all(|c| c.patient.is_none()),
        View::Clinician => log.changes.is_empty(),
    };
    html! {
        <section aria-labelledby="about-changes">
            <h2 id="about-changes">{ heading }</h2>
            if empty {
                <p>{ format!("Nothing changed since version {}.", log.previous) }</p>
            } else {
                <ul class="changes">{ items }</ul>
            }
        </section>
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

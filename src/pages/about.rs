//! Sources and about: authorship and funding, how the evidence was chosen, dates and update
//! policy, limits, how the aid was developed and tested, privacy, accessibility (with the measured
//! reading grade), glossary and sources.
//! The patient view shows the plain-language versions (measured like every patient text); the
//! clinician view keeps the full method, update policy and limitations.

use yew::prelude::*;

use crate::components::changes::changes_section;
use crate::components::citation::citations_waiting;
use crate::components::edition::{language_links, reviews_section};
use crate::components::link::link;
use crate::components::qr_code::AidQrCode;
use crate::components::rich_text::rich;
use crate::components::ui::{hosting_line, pick};
use crate::content::{
    DevelopmentKind, DevelopmentRecord, Role, bundle, development, plain, reading_level,
};
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
                { language_links() }
            </section>
            { reviews_section() }
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
            { development_section(view) }
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
                if let Some(waiting) = citations_waiting() { { waiting } } else {
                    <ol class="sources">
                        { for content.sources.iter().map(|s| html! {
                            <li id={format!("source-{}", s.id)}>
                                { citation_text(s) }
                                // What was checked is a detail for clinicians and editors.
                                if let (View::Clinician, Some(note)) = (view, s.note) { <span class="cell-note">{ note.as_str() }</span> }
                            </li>
                        }) }
                    </ol>
                }
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

/// How the aid was developed and tested (`development.toml`): each review or test with who took
/// part, when, where, what was found and where it is reported; with none, that none has been done.
fn development_section(view: View) -> Html {
    let about = &words().about;
    let records = development();
    html! {
        <section aria-labelledby="about-development">
            <h2 id="about-development">{ about.development.as_str() }</h2>
            if records.is_empty() {
                <p>{ about.development_none.as_str() }</p>
            }
            { for records.iter().map(|record| development_record(record, view)) }
        </section>
    }
}

/// One review or test, in the words of the view.
fn development_record(record: &'static DevelopmentRecord, view: View) -> Html {
    let about = &words().about;
    let kind = match record.kind {
        DevelopmentKind::NeedsAssessment => about.kind_needs_assessment,
        DevelopmentKind::Review => about.kind_review,
        DevelopmentKind::FieldTest => about.kind_field_test,
        DevelopmentKind::UsabilityTest => about.kind_usability_test,
    };
    let who: Vec<String> = record
        .participants
        .iter()
        .map(|group| {
            let role = match group.role {
                Role::Patients => about.role_patients,
                Role::Clinicians => about.role_clinicians,
                Role::Others => about.role_others,
            };
            let count = about.role_count.fill(&group.number, &role);
            if group.independent {
                format!("{count} ({})", about.independent)
            } else {
                count
            }
        })
        .collect();
    let report = match (record.reported_in.and_then(|r| r.get()), record.report_note) {
        (Some(source), _) => Some(citation_text(source)),
        (None, Some(note)) => Some(note.as_str().to_owned()),
        (None, None) => None,
    };
    html! {
        <div id={format!("development-{}", record.id)}>
            <h3>{ kind.as_str() }</h3>
            <p><strong>{ about.development_when.as_str() }</strong>{ record.when.as_str() }</p>
            <p><strong>{ about.development_where.as_str() }</strong>{ record.place_patient.as_str() }</p>
            <p><strong>{ about.development_who.as_str() }</strong>{ who.join("; ") }</p>
            <p><strong>{ about.development_found.as_str() }</strong>{ rich(pick(view, record.found_patient, record.found)) }</p>
            if let View::Clinician = view {
                <p><strong>{ about.development_versions.as_str() }</strong>{ record.versions.as_str() }</p>
            }
            if let Some(report) = report {
                <p><strong>{ about.development_reported.as_str() }</strong>{ report }</p>
            }
        </div>
    }
}

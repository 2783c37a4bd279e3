//! What the studies show: why observational studies and randomised trials disagree (with a
//! picture of who was chosen for surgery), every trial in a table, the meta-analyses, and, for
//! clinicians, what changed since the 2015 review.

use yew::prelude::*;

use crate::components::bias_picture::bias_picture;
use crate::components::changes::changes_section;
use crate::components::disclosure::more;
use crate::components::rich_text::rich;
use crate::components::ui::{figures, pick, sources_for};
use crate::content::{PatientLabel, SeedChange, Study, StudyKind, bundle};
use crate::domain::phrasing;
use crate::domain::session::{Format, View};
use crate::domain::step::Step;
use crate::state::SessionHandle;

use super::step_header;
use crate::content::words;

/// The studies step: the key points and the picture of who was chosen first; why the studies
/// disagree, each study, the pooled analyses and the guidelines one tap away.
pub fn studies_page(session: &SessionHandle) -> Html {
    let view = session.view();
    let content = bundle();
    let of = |kind: StudyKind| content.studies.iter().filter(move |s| s.kind == kind);
    let trials = of(StudyKind::Rct).count();
    html! {
        <article>
            { step_header(Step::Studies, view) }
            { selection_bias(view) }
            { more("studies-observational", words().studies.show_older_studies.as_str(), html! {
                <section aria-labelledby="observational-heading">
                    <h2 id="observational-heading">{ words().studies.what_older_studies_suggested.as_str() }</h2>
                    { for of(StudyKind::Observational).map(|s| study_card(s, view)) }
                </section>
            }) }
            { more("studies-trials", &words().studies.show_trials.fill(&trials), html! {
                <section aria-labelledby="trials-heading">
                    <h2 id="trials-heading">{ words().studies.randomised_trials.as_str() }</h2>
                    { trials_table(view) }
                </section>
            }) }
            { more("studies-pooled", words().studies.show_all_trials_put.as_str(), html! {
                <section aria-labelledby="pooled-heading">
                    <h2 id="pooled-heading">{ words().studies.all_trials_put_together.as_str() }</h2>
                    { for of(StudyKind::MetaAnalysisRct).map(|s| study_card(s, view)) }
                    <p class="cell-note">{ words().studies.less_sure_pools.as_str() }</p>
                    { for of(StudyKind::MetaAnalysisProspective).map(|s| study_card(s, view)) }
                </section>
            }) }
            { guidelines(view) }
            if view == View::Clinician {
                { more("studies-changes", words().studies.changes_toggle.as_str(), html! {
                    <>
                        { changes_section(view) }
                        <section aria-labelledby="changes-heading">
                            <h2 id="changes-heading">{ words().studies.changes_heading.as_str() }</h2>
                            { for content.seed_changes.iter().map(seed_change) }
                        </section>
                    </>
                }) }
            }
        </article>
    }
}

/// Who was chosen for surgery in the older studies and who is in each group of a fair trial, as
/// a picture, then how the groups differed in words, and what a trial does instead.
fn selection_bias(view: View) -> Html {
    let bias = &bundle().bias;
    let column = |label: &'static str, items: &'static [PatientLabel], class: &'static str| {
        html! {
            <div class={classes!("bias__group", class)}>
                <p class="bias__label">{ label }</p>
                <ul class="bias__list">
                    { for items.iter().map(|item| html! { <li>{ item.as_str() }</li> }) }
                </ul>
            </div>
        }
    };
    html! {
        <section aria-labelledby="bias-heading">
            <h2 id="bias-heading">{ bias.heading.as_str() }</h2>
            <p>{ rich(pick(view, bias.explain_patient, bias.explain_clinician)) }</p>
            { bias_picture() }
            { more("studies-bias", words().studies.more_about_how_groups.as_str(), html! {
                <>
                    <div class="bias__picture">
                        { column(bias.chosen_label.as_str(), &bias.chosen, "bias__group--chosen") }
                        { column(bias.others_label.as_str(), &bias.others, "bias__group--others") }
                    </div>
                    <p class="bias__trial">{ rich(bias.trial_patient.as_str()) }</p>
                    { sources_for(view, &bias.sources) }
                </>
            }) }
        </section>
    }
}

/// What the trial compared, in the current view (from the study record).
fn design(study: &Study, view: View) -> &'static str {
    match (view, study.design_patient, study.design_clinician) {
        (View::Clinician, _, Some(clinician)) => clinician.as_str(),
        (_, Some(patient), _) => patient.as_str(),
        (_, None, clinician) => clinician.map_or("", |c| c.as_str()),
    }
}

fn size(study: &'static Study) -> String {
    match (
        study
            .size_figure
            .and_then(|r| r.get())
            .and_then(|f| f.count()),
        study.size_words,
    ) {
        (Some(count), _) => words().studies.women.fill(&phrasing::grouped(count.count)),
        (None, Some(words)) => words.to_string(),
        (None, None) => String::new(),
    }
}

/// Column headings of the trials table, in the current view; each cell repeats its heading as
/// `data-label`, shown when the table stacks into one block per trial on a narrow screen.
fn trial_columns(view: View) -> Vec<&'static str> {
    let mut columns = vec![
        words().studies.country_years.as_str(),
        words().studies.size.as_str(),
        words().studies.design.as_str(),
        words().studies.when_chance_decided.as_str(),
    ];
    if view == View::Clinician {
        columns.push(words().studies.local_therapy.as_str());
    }
    columns.push(words().studies.what_found.as_str());
    columns
}

fn trials_table(view: View) -> Html {
    let columns = trial_columns(view);
    let rows: Html = bundle()
        .studies
        .iter()
        .filter(|s| s.kind == StudyKind::Rct)
        .map(|study| {
            let mut cells: Vec<(Html, &'static str)> = vec![
                (html! { <>{ study.country.as_str() }<span class="cell-note">{ study.years.as_str() }</span></> }, ""),
                (html! { size(study) }, ""),
                (rich(design(study, view)), "trials__design"),
                (html! { phrasing::timing_label(study) }, ""),
            ];
            if view == View::Clinician {
                cells.push((html! { <>{ study.local_therapy.as_str() }<span class="cell-note">{ words().studies.primary_end_point.fill(&study.primary_end_point) }</span></> }, ""));
            }
            cells.push((rich(pick(view, study.result_patient, study.result_clinician)), "trials__found"));
            html! {
                <tr>
                    // The status sits under the name (a short note), leaving the width to the
                    // columns with sentences in them.
                    <th scope="row">
                        { study.name.as_str() }
                        <span class="cell-note">{ study.registration.map(|r| r.as_str()) }</span>
                        <span class="cell-note trials__status">{ phrasing::study_status_label(study.status) }</span>
                    </th>
                    { for cells.into_iter().zip(&columns).map(|((cell, class), label)| html! {
                        <td class={classes!((!class.is_empty()).then_some(class))} data-label={*label}>{ cell }</td>
                    }) }
                </tr>
            }
        })
        .collect();
    html! {
        <div class="grid-frame">
            <table class="trials stacks">
                <caption class="visually-hidden">{ words().studies.randomised_trials_treating_breast.as_str() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words().studies.trial_status.as_str() }</th>
                        { for columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }
                    </tr>
                </thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}

fn study_card(study: &'static Study, view: View) -> Html {
    html! {
        <div class="card">
            <h3>{ study.name.as_str() }</h3>
            <p class="cell-note">{ format!("{} · {} · {}", study.country, study.years, size(study)) }</p>
            <p>{ rich(pick(view, study.result_patient, study.result_clinician)) }</p>
            if view == View::Clinician { { figures(&study.figures, view, Format::Text) } }
            { sources_for(view, &study.sources) }
        </div>
    }
}

/// What guidelines say, in their own words where those were read; otherwise that they are not
/// quoted.
fn guidelines(view: View) -> Html {
    let content = bundle();
    if content.guidelines.is_empty() {
        return Html::default();
    }
    html! {
        { more("studies-guidelines", words().studies.what_guidelines_say.as_str(), html! {
        <section aria-labelledby="guidelines-heading">
            <h2 id="guidelines-heading">{ words().studies.what_guidelines_say.as_str() }</h2>
            { for content.guidelines.iter().map(|g| html! {
                <div class="card">
                    <h3>{ g.name.as_str() }</h3>
                    <p>{ rich(pick(view, g.patient, g.clinician)) }</p>
                    if let (View::Clinician, Some(quote)) = (view, g.quote) {
                        <blockquote class="quote">{ quote.as_str() }</blockquote>
                    }
                    { sources_for(view, &g.sources) }
                </div>
            }) }
        </section>
        }) }
    }
}

fn seed_change(change: &'static SeedChange) -> Html {
    html! {
        <div class="card">
            <h3>{ change.topic.as_str() }</h3>
            <p><strong>{ words().studies.review_said.as_str() }</strong><q>{ change.seed_said.as_str() }</q></p>
            <p><strong>{ words().studies.published_since.as_str() }</strong>{ rich(change.published.as_str()) }</p>
            <p><strong>{ words().studies.why_matters.as_str() }</strong>{ rich(change.why_it_matters.as_str()) }</p>
            { sources_for(View::Clinician, &change.sources) }
        </div>
    }
}

//! What the studies show: why observational studies and randomised trials disagree (with a
//! picture of who was chosen for surgery), every trial in a table, the meta-analyses, and, for
//! clinicians, what changed since the 2015 review.

use yew::prelude::*;

use crate::components::rich_text::rich;
use crate::components::ui::{figures, pick, sources_for};
use crate::content::{SeedChange, Study, StudyKind, StudyStatus, Timing, bundle, figure};
use crate::domain::phrasing;
use crate::domain::session::{Format, View};
use crate::hooks::SessionHandle;
use crate::route::Route;

use super::step_header;

/// The studies step.
pub fn studies_page(session: &SessionHandle) -> Html {
    let view = session.view();
    let content = bundle();
    let of = |kind: StudyKind| content.studies.iter().filter(move |s| s.kind == kind);
    html! {
        <article class="page page--studies">
            { step_header(Route::Studies, view) }
            { selection_bias(view) }
            <section aria-labelledby="observational-heading">
                <h2 id="observational-heading">{ "What the older studies suggested" }</h2>
                { for of(StudyKind::Observational).map(|s| study_card(s, view)) }
            </section>
            <section aria-labelledby="trials-heading">
                <h2 id="trials-heading">{ "The randomised trials" }</h2>
                { trials_table(view) }
            </section>
            <section aria-labelledby="pooled-heading">
                <h2 id="pooled-heading">{ "All the trials put together" }</h2>
                { for of(StudyKind::MetaAnalysisRct).map(|s| study_card(s, view)) }
            </section>
            if view == View::Clinician {
                <section aria-labelledby="changes-heading">
                    <h2 id="changes-heading">{ "What changed since the 2015 review" }</h2>
                    { for content.seed_changes.iter().map(seed_change) }
                </section>
            }
        </article>
    }
}

/// Who was chosen for surgery in the older studies and who is in each group of a fair trial, as
/// a picture, then how the groups differed in words, and what a trial does instead.
fn selection_bias(view: View) -> Html {
    let bias = &bundle().bias;
    let column =
        |label: &'static str, items: &'static [crate::content::Text], class: &'static str| {
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
        <section class="bias" aria-labelledby="bias-heading">
            <h2 id="bias-heading">{ bias.heading.as_str() }</h2>
            <p>{ rich(pick(view, bias.explain_patient, bias.explain_clinician)) }</p>
            { bias_picture() }
            <div class="bias__picture">
                { column(bias.chosen_label.as_str(), &bias.chosen, "bias__group--chosen") }
                { column(bias.others_label.as_str(), &bias.others, "bias__group--others") }
            </div>
            <p class="bias__trial">{ rich(bias.trial_patient.as_str()) }</p>
            { sources_for(view, &bias.sources) }
        </section>
    }
}

/// One group of women in the picture: its heading, how many of its people were doing well to
/// begin with, and what that shows, in words.
struct PictureGroup {
    heading: &'static str,
    well: usize,
    says: &'static str,
}

/// People per group in the picture. The picture explains an idea and shows no data (its caption
/// says so): the counts only make "most" and "a mix" visible.
const PEOPLE_PER_GROUP: usize = 8;

/// The selection-bias picture: in older studies the women who had an operation were mostly those
/// doing well to begin with; in a fair trial chance gives both groups the same mix. Doing well is
/// a filled person and less well an outlined one (fill, not colour), each group is an image named
/// by the sentence printed under it, and the key says what the shapes mean.
fn bias_picture() -> Html {
    let panels: [(&'static str, &'static str, [PictureGroup; 2]); 2] = [
        (
            "Older studies",
            "doctors and women chose",
            [
                PictureGroup {
                    heading: "Had an operation",
                    well: 6,
                    says: "Most were doing well to begin with.",
                },
                PictureGroup {
                    heading: "No operation",
                    well: 2,
                    says: "Most were less well to begin with.",
                },
            ],
        ),
        (
            "Fair trials",
            "chance chose",
            [
                PictureGroup {
                    heading: "Had an operation",
                    well: 4,
                    says: "A mix, the same as the other group.",
                },
                PictureGroup {
                    heading: "No operation",
                    well: 4,
                    says: "A mix, the same as the other group.",
                },
            ],
        ),
    ];
    let panels: Html = panels
        .iter()
        .map(|(name, how, groups)| {
            let groups: Html = groups
                .iter()
                .map(|group| {
                    // "Older studies, had an operation: most were doing well to begin with."
                    let label = format!(
                        "{name}, {}: {}",
                        group.heading.to_lowercase(),
                        group.says.to_lowercase()
                    );
                    html! {
                        <div class="bias-picture__group">
                            <p class="bias-picture__heading">{ group.heading }</p>
                            { people(group.well, label) }
                            <p class="bias-picture__says">{ group.says }</p>
                        </div>
                    }
                })
                .collect();
            html! {
                <div class="bias-picture__panel">
                    <h3 class="bias-picture__title">{ format!("{name}: {how}") }</h3>
                    <div class="bias-picture__groups">{ groups }</div>
                </div>
            }
        })
        .collect();
    html! {
        <figure class="bias-picture">
            <div class="bias-picture__panels">{ panels }</div>
            <figcaption class="bias-picture__key">
                <ul class="icon-legend">
                    <li>{ swatch("bias-picture__person bias-picture__person--well") }{ "Doing well to begin with" }</li>
                    <li>{ swatch("bias-picture__person") }{ "Less well to begin with" }</li>
                </ul>
                <p class="bias-picture__note">{ "This picture shows the idea. It does not show real numbers." }</p>
            </figcaption>
        </figure>
    }
}

/// People per row of a group: two rows of four are large enough to see on a phone.
const PEOPLE_PER_ROW: usize = 4;

/// A group of people, the first `well` of them filled, as one labelled image.
fn people(well: usize, label: String) -> Html {
    // Cells of 12 × 14 units, as the legend swatches; one path per kind of person.
    let mut filled = String::new();
    let mut outlined = String::new();
    for index in 0..PEOPLE_PER_GROUP {
        let x = (index % PEOPLE_PER_ROW) * 12;
        let y = (index / PEOPLE_PER_ROW) * 14;
        let person = format!(
            "M{}.3 {}.8a2.3 2.3 0 1 0-4.6 0a2.3 2.3 0 1 0 4.6 0zM{} {}.5c0-5.3 8-5.3 8 0z",
            x + 8,
            y + 3,
            x + 2,
            y + 12
        );
        if index < well {
            filled.push_str(&person);
        } else {
            outlined.push_str(&person);
        }
    }
    let view_box = format!(
        "0 0 {} {}",
        PEOPLE_PER_ROW * 12,
        PEOPLE_PER_GROUP.div_ceil(PEOPLE_PER_ROW) * 14
    );
    html! {
        <svg class="bias-picture__people" role="img" aria-label={label} viewBox={view_box}
            xmlns="http://www.w3.org/2000/svg" focusable="false">
            <path class="bias-picture__person" d={outlined} />
            <path class="bias-picture__person bias-picture__person--well" d={filled} />
        </svg>
    }
}

/// A key swatch drawn with the picture's shapes.
fn swatch(class: &'static str) -> Html {
    html! {
        <svg class="icon-legend__swatch" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
            <path class={class} d="M8.3 3.8a2.3 2.3 0 1 0-4.6 0a2.3 2.3 0 1 0 4.6 0zM2 12.5c0-5.3 8-5.3 8 0z" />
        </svg>
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

fn timing(study: &Study) -> &'static str {
    match study.timing {
        Timing::BeforeSystemic => "At diagnosis: operation before medicines",
        Timing::AfterSystemic => "After first medicines, if the cancer had not grown",
        // A trial whose timing differed between women says so (its design says how).
        Timing::NotApplicable if study.kind == StudyKind::Rct => {
            "It differed between women (see Design)"
        }
        Timing::NotApplicable => "",
    }
}

fn status(study: &Study) -> &'static str {
    match study.status {
        StudyStatus::Reported => "Reported",
        StudyStatus::StoppedEarly => "Stopped early",
        StudyStatus::Closed => "Closed early, no results",
        StudyStatus::NoResultsFound => "No results found",
    }
}

fn size(study: &'static Study) -> String {
    match (
        study
            .size_figure
            .and_then(|id| figure(&id))
            .and_then(|f| f.count.as_ref()),
        study.size_words,
    ) {
        (Some(count), _) => format!("{} women", phrasing::grouped(count.count)),
        (None, Some(words)) => words.to_string(),
        (None, None) => String::new(),
    }
}

fn trials_table(view: View) -> Html {
    let rows: Html = bundle()
        .studies
        .iter()
        .filter(|s| s.kind == StudyKind::Rct)
        .map(|study| {
            html! {
                <tr>
                    // The status sits under the name (a short note), leaving the width to the
                    // columns with sentences in them.
                    <th scope="row">
                        { study.name.as_str() }
                        <span class="cell-note">{ study.registration.map(|r| r.as_str()) }</span>
                        <span class="cell-note trials__status">{ status(study) }</span>
                    </th>
                    <td>{ study.country.as_str() }<span class="cell-note">{ study.years.as_str() }</span></td>
                    <td>{ size(study) }</td>
                    <td class="trials__design">{ rich(design(study, view)) }</td>
                    <td>{ timing(study) }</td>
                    if view == View::Clinician { <td>{ study.local_therapy.as_str() }<span class="cell-note">{ format!("Primary end point: {}", study.primary_end_point) }</span></td> }
                    <td class="trials__found">{ rich(pick(view, study.result_patient, study.result_clinician)) }</td>
                </tr>
            }
        })
        .collect();
    html! {
        <div class="grid-scroll" role="region" aria-label="Table of the randomised trials (scrolls sideways)" tabindex="0">
            <table class="trials">
                <caption class="visually-hidden">{ "The randomised trials of treating the breast" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Trial and status" }</th>
                        <th scope="col">{ "Country and years" }</th>
                        <th scope="col">{ "Size" }</th>
                        <th scope="col">{ "Design" }</th>
                        <th scope="col">{ "When chance decided" }</th>
                        if view == View::Clinician { <th scope="col">{ "Local therapy" }</th> }
                        <th scope="col">{ "What it found" }</th>
                    </tr>
                </thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}

fn study_card(study: &'static Study, view: View) -> Html {
    html! {
        <div class="card card--study">
            <h3>{ study.name.as_str() }</h3>
            <p class="cell-note">{ format!("{} · {} · {}", study.country, study.years, size(study)) }</p>
            <p>{ rich(pick(view, study.result_patient, study.result_clinician)) }</p>
            if view == View::Clinician { { figures(&study.figures, view, Format::Text) } }
            { sources_for(view, &study.sources) }
        </div>
    }
}

fn seed_change(change: &'static SeedChange) -> Html {
    html! {
        <div class="card card--change">
            <h3>{ change.topic.as_str() }</h3>
            <p><strong>{ "The 2015 review said: " }</strong><q>{ change.seed_said.as_str() }</q></p>
            <p><strong>{ "Published since: " }</strong>{ rich(change.published.as_str()) }</p>
            <p><strong>{ "Why it matters: " }</strong>{ rich(change.why_it_matters.as_str()) }</p>
            { sources_for(View::Clinician, &change.sources) }
        </div>
    }
}

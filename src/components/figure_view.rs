//! `<FigureView>`: one figure record, in the patient or clinician view and as icons, a table or
//! text. Every word and number comes from the record (through `domain::phrasing`).

use yew::prelude::*;

use crate::components::citation::citations;
use crate::components::icon_array::{icon_array, icon_legend};
use crate::content::{Figure, FigureValue, Frequency, Median, plain};
use crate::domain::frequency::ArmIcons;
use crate::domain::phrasing;
use crate::domain::session::{Format, View};

/// One figure, with its reference class, time frame and uncertainty, and (for clinicians) its
/// evidence details. A plain function rather than a component: it has no state, and each
/// component type costs wasm size.
pub fn figure_view(figure: &'static Figure, view: View, format: Format) -> Html {
    let body = match figure.value() {
        Some(FigureValue::Frequency(frequency)) => frequency_body(figure, frequency, format),
        Some(FigureValue::Median(median)) => median_body(median, format),
        // Ratios and counts are clinician-only; their values are listed in the details below.
        Some(FigureValue::Relative(_) | FigureValue::Count(_)) => Html::default(),
        None => Html::default(),
    };
    let subgroup = phrasing::subgroup_label(figure.subgroup)
        .map(|label| html! { <p class="badge badge--hypothesis">{ label }</p> });
    let heading = match (view, figure.value()) {
        (View::Patient, Some(FigureValue::Frequency(f))) if f.arms.len() > 1 => {
            phrasing::frequency_comparison_patient(figure, f)
        }
        (View::Patient, _) => String::new(),
        (View::Clinician, _) => figure.label.to_string(),
    };
    html! {
        <section class={classes!("figure", (view == View::Clinician).then_some("figure--clinician"))}
            data-figure={figure.id.as_str()}>
            if !heading.is_empty() { <h3 class="figure__heading">{ heading }</h3> }
            { subgroup }
            <p class="figure__reference">{ phrasing::reference_class(figure) }</p>
            { body }
            if view == View::Clinician { { clinician_details(figure) } }
        </section>
    }
}

fn frequency_body(figure: &'static Figure, frequency: &'static Frequency, format: Format) -> Html {
    let sentences: Vec<(String, String)> = frequency
        .arms
        .iter()
        .map(|arm| {
            (
                phrasing::frequency_arm_patient(figure, frequency, arm),
                phrasing::range_patient(&arm.uncertainty, frequency.denominator),
            )
        })
        .collect();
    match format {
        Format::Icons => {
            let any_band = frequency.arms.iter().any(|a| a.uncertainty.ci.is_some());
            let arrays: Html = frequency
                .arms
                .iter()
                .zip(&sentences)
                .map(|(arm, (sentence, range))| {
                    let icons = ArmIcons::from_events(
                        arm.events,
                        arm.uncertainty.ci.map(|ci| (ci.low, ci.high)),
                        frequency.denominator,
                    );
                    let uid = format!("{}-{}", figure.id, arm.arm);
                    html! {
                        <figure class="figure__array">
                            <figcaption class="figure__arm">{ capitalised(&frequency.people, &arm.label_patient) }</figcaption>
                            { icon_array(icons, sentence.clone(), &uid) }
                            <p class="figure__sentence">{ sentence.clone() }{ " " }<span class="figure__range">{ range.clone() }</span></p>
                        </figure>
                    }
                })
                .collect();
            html! {
                <>
                    <div class="figure__arrays">{ arrays }</div>
                    { icon_legend(legend(&frequency.event_patient), legend(&frequency.non_event_patient), any_band) }
                </>
            }
        }
        Format::Table => {
            let rows: Html = frequency
                .arms
                .iter()
                .map(|arm| {
                    let count = crate::domain::frequency::count_of(arm.events, frequency.denominator);
                    let range = arm.uncertainty.ci.map_or_else(
                        || "Not reported".to_owned(),
                        |ci| {
                            format!(
                                "{} to {}",
                                crate::domain::frequency::count_of(ci.low, frequency.denominator),
                                crate::domain::frequency::count_of(ci.high, frequency.denominator)
                            )
                        },
                    );
                    html! {
                        <tr>
                            <th scope="row">{ capitalised(&frequency.people, &arm.label_patient) }</th>
                            <td>{ phrasing::about(arm.events, frequency.denominator) }</td>
                            <td>{ phrasing::grouped(frequency.denominator - count) }</td>
                            <td>{ range }</td>
                        </tr>
                    }
                })
                .collect();
            html! {
                <table class="figure__table">
                    <caption>{ format!("Out of {} {}, {}", phrasing::grouped(frequency.denominator), frequency.people, plain(&figure.horizon.patient)) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Group" }</th>
                            <th scope="col">{ legend(&frequency.event_patient) }</th>
                            <th scope="col">{ legend(&frequency.non_event_patient) }</th>
                            <th scope="col">{ "Range" }</th>
                        </tr>
                    </thead>
                    <tbody>{ rows }</tbody>
                </table>
            }
        }
        Format::Text => html! {
            <ul class="figure__sentences">
                { for sentences.iter().map(|(s, r)| html! { <li>{ s.clone() }{ " " }{ r.clone() }</li> }) }
            </ul>
        },
    }
}

fn median_body(median: &'static Median, format: Format) -> Html {
    let sentences: Vec<String> = median
        .arms
        .iter()
        .map(|arm| phrasing::median_arm_patient(median, arm))
        .collect();
    match format {
        Format::Table => html! {
            <table class="figure__table">
                <caption>{ format!("Half of the women {} this time", plain(&median.phrase_patient)) }</caption>
                <thead><tr><th scope="col">{ "Group" }</th><th scope="col">{ "Months" }</th></tr></thead>
                <tbody>
                    { for median.arms.iter().map(|arm| html! {
                        <tr>
                            <th scope="row">{ capitalised("women", &arm.label_patient) }</th>
                            <td>{ phrasing::about(arm.months, 1000) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
        Format::Icons => {
            let longest = median
                .arms
                .iter()
                .map(|a| a.months.to_f64())
                .fold(1.0_f64, f64::max);
            let bars: Html = median
                .arms
                .iter()
                .zip(&sentences)
                .map(|(arm, sentence)| {
                    // Bar length as an SVG width: a style attribute would be blocked by the CSP.
                    let width = (arm.months.to_f64() / longest * 100.0).round() as u32;
                    html! {
                        <li class="bars__item">
                            <span class="bars__label">{ sentence.clone() }</span>
                            <svg class="bars__track" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="bars__bar" x="0" y="0" width={width.to_string()} height="4" />
                            </svg>
                        </li>
                    }
                })
                .collect();
            html! { <ul class="bars">{ bars }</ul> }
        }
        Format::Text => html! {
            <ul class="figure__sentences">{ for sentences.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
        },
    }
}

fn clinician_details(figure: &'static Figure) -> Html {
    let values: Vec<String> = match figure.value() {
        Some(FigureValue::Frequency(f)) => f
            .arms
            .iter()
            .map(|a| phrasing::frequency_arm_clinician(f, a))
            .collect(),
        Some(FigureValue::Median(m)) => {
            let mut lines: Vec<String> =
                m.arms.iter().map(phrasing::median_arm_clinician).collect();
            if let Some(p) = &m.p {
                lines.push(p.to_string());
            }
            lines
        }
        Some(FigureValue::Relative(r)) => vec![phrasing::relative_clinician(r)],
        Some(FigureValue::Count(c)) => vec![phrasing::count_clinician(c)],
        None => Vec::new(),
    };
    html! {
        <dl class="evidence">
            <dt>{ "Reported" }</dt>
            <dd><ul class="evidence__values">{ for values.into_iter().map(|v| html! { <li>{ v }</li> }) }</ul></dd>
            <dt>{ "Time frame" }</dt><dd>{ figure.horizon.clinician.as_str() }</dd>
            <dt>{ "Population" }</dt><dd>{ figure.population.as_str() }</dd>
            <dt>{ "Design" }</dt><dd>{ phrasing::design_label(figure.design) }</dd>
            <dt>{ "Certainty" }</dt><dd>{ phrasing::certainty_label(figure.certainty) }</dd>
            <dt>{ "Checked" }</dt><dd>{ phrasing::status_label(figure.status) }</dd>
            if let Some(note) = &figure.note { <dt>{ "Note" }</dt><dd>{ note.as_str() }</dd> }
            <dt>{ "Source" }</dt><dd>{ citations(&figure.sources) }</dd>
            <dt>{ "Source words" }</dt><dd><q class="evidence__quote">{ figure.quote.as_str() }</q></dd>
        </dl>
    }
}

/// "Women who had sentinel-node biopsy alone" from "women" + "who had sentinel-node biopsy alone".
fn capitalised(people: &str, label: &str) -> String {
    phrasing::sentence_case(&format!("{people} {}", plain(label)))
}

/// A legend phrase from a sentence fragment ("had arm swelling" → "Had arm swelling").
fn legend(fragment: &str) -> String {
    phrasing::sentence_case(&plain(fragment))
}

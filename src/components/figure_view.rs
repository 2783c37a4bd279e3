//! `<FigureView>`: one figure record, in the patient or clinician view and as icons, a table or
//! text. Every word and number comes from the record (through `domain::phrasing`).

use yew::prelude::*;

use crate::components::citation::citations;
use crate::components::icon_array::{icon_array, icon_legend};
use crate::content::words;
use crate::content::{Decimal, Figure, FigureValue, Frequency, Median, plain};
use crate::domain::frequency::{ArmIcons, count_of};
use crate::domain::phrasing;
use crate::domain::session::{Format, View};

/// One figure, with its reference class, time frame and uncertainty, and (for clinicians) its
/// evidence details. A plain function rather than a component: it has no state, and each
/// component type costs wasm size.
pub fn figure_view(figure: &'static Figure, view: View, format: Format) -> Html {
    titled_figure_view(figure, view, format, true)
}

/// A figure as `figure_view` shows it, with its comparison heading (`titled`) or without: a
/// step's picture stands under the step's own "Key numbers" heading, and its groups' sentences
/// under the pictures already say each number, so the first layer does not say them twice.
pub fn titled_figure_view(
    figure: &'static Figure,
    view: View,
    format: Format,
    titled: bool,
) -> Html {
    let body = match &figure.value {
        FigureValue::Frequency(frequency) => frequency_body(figure, frequency, format),
        FigureValue::Median(median) => median_body(median, format),
        // Ratios and counts are clinician-only; their values are listed in the details below.
        FigureValue::Relative(_) | FigureValue::Count(_) | FigureValue::Malformed(_) => {
            Html::default()
        }
    };
    let subgroup = phrasing::subgroup_label(figure.subgroup)
        .map(|label| html! { <p class="badge badge--hypothesis">{ label }</p> });
    // Evidence from other women, or another treatment, says so in both views.
    let indirect = figure.indirect.map(|indirect| {
        let why = match view {
            View::Patient => plain(&indirect.patient),
            View::Clinician => indirect.clinician.to_string(),
        };
        html! { <p class="figure__indirect"><strong class="badge badge--indirect">{ words().numbers.indirect_label.as_str() }</strong>{ " " }{ why }</p> }
    });
    let certainty = (view == View::Patient)
        .then(|| phrasing::certainty_patient(figure.certainty))
        .flatten()
        .map(|words| html! { <p class="figure__certainty">{ words }</p> });
    let in_view = |patient: &str, clinician: &str| match view {
        View::Patient => plain(patient),
        View::Clinician => clinician.to_owned(),
    };
    // Whose comparison-group risk the numbers rest on, and, for numbers no source counted, how
    // they were worked out and the time caveat of the ratio they rest on: in both views, under the
    // numbers, never one tap away.
    let baseline = figure.frequency().and_then(|f| f.baseline).map(|b| {
        html! { <p class="figure__baseline"><strong>{ words().numbers.baseline_label.as_str() }</strong>{ " " }{ in_view(&b.patient, &b.clinician) }</p> }
    });
    let derivation = figure.derivation.map(|d| {
        let caveat = d.ratio.get().and_then(|ratio| ratio.time_caveat).map(|t| {
            html! { <p class="figure__caveat"><strong>{ words().numbers.time_caveat_label.as_str() }</strong>{ " " }{ in_view(&t.patient, &t.clinician) }</p> }
        });
        html! {
            <>
                <p class="figure__worked-out"><strong>{ words().numbers.worked_out_label.as_str() }</strong>{ " " }{ in_view(&d.patient, &d.clinician) }</p>
                { caveat }
            </>
        }
    });
    let heading = match (view, &figure.value) {
        _ if !titled => String::new(),
        (View::Patient, FigureValue::Frequency(f)) if f.arms.len() > 1 => {
            phrasing::frequency_comparison_heading(figure, f)
        }
        (View::Patient, _) => String::new(),
        (View::Clinician, _) => figure.label.to_string(),
    };
    html! {
        <section class="figure"
            data-figure={figure.id.as_str()}>
            if !heading.is_empty() { <h3 class="figure__heading">{ heading }</h3> }
            { subgroup }
            { indirect }
            <p class="figure__reference"><strong>{ words().numbers.reference_label.as_str() }</strong>{ " " }{ phrasing::reference_class(figure) }</p>
            { body }
            { derivation }
            { baseline }
            { certainty }
            if view == View::Clinician { { clinician_details(figure) } }
        </section>
    }
}

/// When no number of a figure has a range, the figure says so once, under its numbers, instead of
/// after every number (and its table has no empty "Range" column).
fn no_range_line(any_range: bool, numbers: usize) -> Html {
    if any_range {
        return Html::default();
    }
    html! { <p class="figure__range">{ phrasing::no_range_for(numbers) }</p> }
}

fn frequency_body(figure: &'static Figure, frequency: &'static Frequency, format: Format) -> Html {
    let any_range = frequency.arms.iter().any(|a| a.uncertainty.ci.is_some());
    let sentences: Vec<(String, String)> = frequency
        .arms
        .iter()
        .map(|arm| {
            (
                phrasing::frequency_arm_patient(figure, frequency, arm),
                if any_range {
                    phrasing::range_patient(&arm.uncertainty, frequency.denominator)
                } else {
                    String::new()
                },
            )
        })
        .collect();
    let body = match format {
        Format::Icons => {
            let any_band = any_range;
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
                    html! {
                        <figure class="figure__array">
                            <figcaption class="figure__arm">{ capitalised(&frequency.people, &arm.label_patient) }</figcaption>
                            { icon_array(icons, sentence.clone()) }
                            <p class="figure__sentence">{ sentence.clone() }if !range.is_empty() { { " " }<span class="figure__range">{ range.clone() }</span> }</p>
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
                    let count = count_of(arm.events, frequency.denominator);
                    let range = phrasing::range_cell(&arm.uncertainty, frequency.denominator);
                    html! {
                        <tr>
                            <th scope="row">{ capitalised(&frequency.people, &arm.label_patient) }</th>
                            <td>{ phrasing::about(arm.events, frequency.denominator) }</td>
                            <td>{ phrasing::grouped(frequency.denominator - count) }</td>
                            if any_range { <td>{ range }</td> }
                        </tr>
                    }
                })
                .collect();
            html! {
                <table class="figure__table">
                    <caption>{ words().figure_view.table_caption.fill(&phrasing::grouped(frequency.denominator), &frequency.people, &plain(&figure.horizon.patient)) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ words().figure_view.group.as_str() }</th>
                            <th scope="col">{ legend(&frequency.event_patient) }</th>
                            <th scope="col">{ legend(&frequency.non_event_patient) }</th>
                            if any_range { <th scope="col">{ words().figure_view.range.as_str() }</th> }
                        </tr>
                    </thead>
                    <tbody>{ rows }</tbody>
                </table>
            }
        }
        Format::Text => html! {
            <ul class="figure__sentences">
                { for sentences.iter().map(|(s, r)| html! { <li>{ s.clone() }if !r.is_empty() { { " " }{ r.clone() } }</li> }) }
            </ul>
        },
    };
    html! { <>{ body }{ no_range_line(any_range, frequency.arms.len()) }</> }
}

fn median_body(median: &'static Median, format: Format) -> Html {
    // Each arm's sentence and its range (or the line saying none was reported), as for
    // frequencies: the uncertainty is said in every format.
    let any_range = median.arms.iter().any(|a| a.uncertainty.ci.is_some());
    let sentences: Vec<(String, String)> = median
        .arms
        .iter()
        .map(|arm| {
            (
                phrasing::median_arm_patient(median, arm),
                if any_range {
                    phrasing::median_range_patient(&arm.uncertainty)
                } else {
                    String::new()
                },
            )
        })
        .collect();
    let chance = phrasing::median_chance_patient(median)
        .map(|words| html! { <p class="figure__chance">{ words }</p> });
    let body = match format {
        Format::Table => html! {
            <table class="figure__table">
                <caption>{ words().figure_view.median_caption.fill(&plain(&median.phrase_patient)) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words().figure_view.group.as_str() }</th>
                        <th scope="col">{ words().figure_view.months.as_str() }</th>
                        if any_range { <th scope="col">{ words().figure_view.range.as_str() }</th> }
                    </tr>
                </thead>
                <tbody>
                    { for median.arms.iter().map(|arm| html! {
                        <tr>
                            <th scope="row">{ capitalised("women", &arm.label_patient) }</th>
                            <td>{ phrasing::months(arm.months) }</td>
                            if any_range { <td>{ phrasing::median_range_cell(&arm.uncertainty) }</td> }
                        </tr>
                    }) }
                </tbody>
            </table>
        },
        Format::Icons => median_bars(median, &sentences),
        Format::Text => html! {
            <ul class="figure__sentences">
                { for sentences.iter().map(|(s, r)| html! { <li>{ s.clone() }if !r.is_empty() { { " " }{ r.clone() } }</li> }) }
            </ul>
        },
    };
    html! { <>{ body }{ no_range_line(any_range, median.arms.len()) }{ chance }</> }
}

/// Medians as bars on one scale, with the range (where reported) as a dashed box around the end
/// of each bar, drawn like the band of an icon array and explained in the same legend words.
fn median_bars(median: &'static Median, sentences: &[(String, String)]) -> Html {
    // The scale reaches the longest value drawn, range included, so no box is cut off.
    let longest = median
        .arms
        .iter()
        .flat_map(|a| std::iter::once(a.months).chain(a.uncertainty.ci.map(|ci| ci.high)))
        .map(|m| m.to_f64())
        .fold(1.0_f64, f64::max);
    // Positions in tenths of a percent of the track, as whole numbers (the app formats no floats).
    let at = |months: Decimal| (months.to_f64() / longest * 1000.0).round() as u32;
    let any_range = median.arms.iter().any(|a| a.uncertainty.ci.is_some());
    let bars: Html = median
        .arms
        .iter()
        .zip(sentences)
        .map(|(arm, (sentence, range))| {
            // Bar length as an SVG width: a style attribute would be blocked by the CSP.
            let width = at(arm.months);
            let band = arm.uncertainty.ci.map(|ci| {
                let (low, high) = (at(ci.low), at(ci.high));
                html! {
                    <rect class="bars__band" x={low.to_string()} y="4" width={(high - low).to_string()} height="52" />
                }
            });
            html! {
                <li class="bars__item">
                    <span class="bars__label">{ sentence.clone() }if !range.is_empty() { { " " }<span class="figure__range">{ range.clone() }</span> }</span>
                    <svg class="bars__track" viewBox="0 0 1000 60" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="bars__bar" x="0" y="14" width={width.to_string()} height="32" />
                        { band }
                    </svg>
                </li>
            }
        })
        .collect();
    html! {
        <>
            <ul class="bars">{ bars }</ul>
            if any_range {
                <p class="bars__legend">
                    <svg class="icon-legend__swatch" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
                        <rect class="bars__band" x="1" y="1" width="10" height="12" />
                    </svg>
                    { words().numbers.range_key.as_str() }
                </p>
            }
        </>
    }
}

fn clinician_details(figure: &'static Figure) -> Html {
    let values: Vec<String> = match &figure.value {
        FigureValue::Frequency(f) => f
            .arms
            .iter()
            .map(|a| phrasing::frequency_arm_clinician(f, a))
            .collect(),
        FigureValue::Median(m) => {
            let mut lines: Vec<String> =
                m.arms.iter().map(phrasing::median_arm_clinician).collect();
            if let Some(p) = &m.p {
                lines.push(p.to_string());
            }
            lines
        }
        FigureValue::Relative(r) => vec![phrasing::relative_clinician(r)],
        FigureValue::Count(c) => vec![phrasing::count_clinician(c)],
        FigureValue::Malformed(_) => Vec::new(),
    };
    html! {
        <dl class="evidence">
            <dt>{ words().figure_view.reported.as_str() }</dt>
            <dd><ul class="evidence__values">{ for values.into_iter().map(|v| html! { <li>{ v }</li> }) }</ul></dd>
            <dt>{ words().figure_view.time_frame.as_str() }</dt><dd>{ figure.horizon.clinician.as_str() }</dd>
            <dt>{ words().figure_view.population.as_str() }</dt><dd>{ figure.population.as_str() }</dd>
            <dt>{ words().figure_view.design.as_str() }</dt><dd>{ phrasing::design_label(figure.design) }</dd>
            <dt>{ words().figure_view.certainty.as_str() }</dt><dd>{ phrasing::certainty_label(figure.certainty) }</dd>
            if let Some(method) = phrasing::worked_out_clinician(figure) { <dt>{ words().figure_view.method.as_str() }</dt><dd>{ method }</dd> }
            <dt>{ words().figure_view.checked.as_str() }</dt><dd>{ phrasing::status_label(figure.status) }</dd>
            if let Some(note) = &figure.note { <dt>{ words().figure_view.note.as_str() }</dt><dd>{ note.as_str() }</dd> }
            <dt>{ words().figure_view.source.as_str() }</dt><dd>{ citations(&figure.sources) }</dd>
            <dt>{ words().figure_view.source_words.as_str() }</dt><dd><q class="evidence__quote">{ figure.quote.as_str() }</q></dd>
        </dl>
    }
}

/// "Women who had sentinel-node biopsy alone" from "women" + "who had sentinel-node biopsy alone".
fn capitalised(people: &str, label: &str) -> String {
    phrasing::sentence_case(&format!("{people} {}", plain(label)))
}

/// A legend phrase from a sentence fragment ("had arm swelling" → "Had arm swelling").
fn legend(fragment: &str) -> String {
    // A legend names the event for every woman it counts: a plural choice takes its "many" form.
    phrasing::sentence_case(&crate::content::agree(&plain(fragment), false))
}

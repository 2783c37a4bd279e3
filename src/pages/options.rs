//! The options side by side (Option Grid): the same questions answered for every option, in a
//! fixed neutral order that can be reversed; then each option in equal detail.

use yew::prelude::*;

use crate::components::rich_text::rich;
use crate::components::ui::{pick, pick_or_patient};
use crate::content::{FigureRef, Indirect, Point, TreatmentOption, bundle};
use crate::domain::phrasing;
use crate::domain::session::{Action, View};
use crate::domain::step::Step;
use crate::domain::summary::ordered_options;
use crate::state::SessionHandle;

use super::step_header;

/// The options step.
pub fn options_page(session: &SessionHandle) -> Html {
    let view = session.view();
    let content = bundle();
    let options = ordered_options(content, session.get().order);
    let swap = session.callback(|_: MouseEvent| Action::SwapOrder);
    let header: Html = options
        .iter()
        .map(|o| html! { <th scope="col">{ o.name.as_str() }<span class="grid__summary">{ rich(pick(view, o.summary_patient, o.summary_clinician)) }</span></th> })
        .collect();
    let rows: Html = content
        .compare
        .iter()
        .map(|row| {
            let cells: Html = options
                .iter()
                .map(|option| {
                    let cell = row.cells.iter().find(|c| c.option == option.id);
                    let text = cell.map_or("", |c| pick_or_patient(view, c.patient, c.clinician));
                    html! { <td>{ rich(text) }{ cell.and_then(|c| indirect_line(view, c.indirect)) }{ cell.map(|c| evidence_line(view, &c.figures)) }</td> }
                })
                .collect();
            html! { <tr><th scope="row">{ row.question.as_str() }</th>{ cells }</tr> }
        })
        .collect();
    html! {
        <article>
            { step_header(Step::Options, view) }
            <p>
                <button type="button" class="button" onclick={swap}>{ "Reverse the order of the options" }</button>
            </p>
            <div class="grid-scroll" role="region" aria-label="The options compared" tabindex="0">
                <table class="grid">
                    <caption class="visually-hidden">{ "The options compared, one column each" }</caption>
                    <thead><tr><td></td>{ header }</tr></thead>
                    <tbody>{ rows }</tbody>
                </table>
            </div>
            <h2>{ "Each option in more detail" }</h2>
            { for options.iter().map(|option| option_detail(option, view)) }
        </article>
    }
}

/// Why the evidence behind a statement is indirect for this option, in both views.
fn indirect_line(view: View, indirect: Option<Indirect>) -> Option<Html> {
    indirect.map(|indirect| {
        let why = match view {
            View::Patient => indirect.patient.as_str(),
            View::Clinician => indirect.clinician.as_str(),
        };
        html! { <span class="indirect-line"><strong class="badge badge--indirect">{ phrasing::INDIRECT_LABEL }</strong>{ " " }{ rich(why) }</span> }
    })
}

/// In the clinician view, which figure records a statement rests on.
fn evidence_line(view: View, refs: &[FigureRef]) -> Html {
    if view != View::Clinician || refs.is_empty() {
        return Html::default();
    }
    let labels: Vec<&str> = refs
        .iter()
        .filter_map(FigureRef::get)
        .map(|f| f.label.as_str())
        .collect();
    html! { <span class="evidence-line">{ format!("Evidence: {}", labels.join("; ")) }</span> }
}

fn points(title: &'static str, list: &'static [Point], view: View) -> Html {
    html! {
        <>
            <h4>{ title }</h4>
            <ul>
                { for list.iter().map(|p| {
                    let text = pick_or_patient(view, p.patient, p.clinician);
                    html! { <li>{ rich(text) }{ indirect_line(view, p.indirect) }{ evidence_line(view, &p.figures) }</li> }
                }) }
            </ul>
        </>
    }
}

fn option_detail(option: &'static TreatmentOption, view: View) -> Html {
    let id = format!("option-{}", option.id);
    html! {
        <section class="option" aria-labelledby={id.clone()}>
            <h3 id={id}>{ option.name.as_str() }</h3>
            <p>{ rich(pick(view, option.summary_patient, option.summary_clinician)) }</p>
            <div class="option__columns">
                <div>{ points("What happens", &option.what_happens, view) }</div>
                <div>{ points("Good points", &option.benefits, view) }</div>
                <div>{ points("Bad points", &option.harms, view) }</div>
            </div>
            <div class="option__columns">
                <div>{ points("How your body may feel", &option.experience.physical, view) }</div>
                <div>{ points("How you may feel", &option.experience.emotional, view) }</div>
                <div>{ points("Time, travel and cost", &option.experience.practical, view) }</div>
            </div>
        </section>
    }
}

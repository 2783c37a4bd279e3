//! The options side by side (Option Grid): the same questions answered for every option, in a
//! fixed neutral order that can be reversed; then each option in equal detail.

use yew::prelude::*;

use crate::components::disclosure::more;
use crate::components::rich_text::rich;
use crate::components::ui::{pick, pick_or_patient};
use crate::content::{CompareRow, FigureRef, Indirect, Point, TreatmentOption, bundle};
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
        .map(|o| html! { <th scope="col" role="columnheader">{ o.name.as_str() }</th> })
        .collect();
    // A row of the grid: the short answers at a glance, or the full ones.
    let row = |row: &'static CompareRow, glance: bool| {
        let cells: Html = options
            .iter()
            .map(|option| {
                let cell = row.cells.iter().find(|c| c.option == option.id);
                let full = cell.map_or("", |c| pick_or_patient(view, c.patient, c.clinician));
                let text = match (glance, cell.and_then(|c| c.glance)) {
                    (true, Some(short)) => short.as_str(),
                    _ => full,
                };
                // On a narrow screen each row becomes one question with every option under it: the
                // cell then names its option itself (styles/components/cards.css).
                html! {
                    <td role="cell" data-label={option.name.as_str()}>
                        { rich(text) }
                        // At a glance the label alone; why the evidence is indirect is in the
                        // full answers, one tap away.
                        if glance {
                            if cell.is_some_and(|c| c.indirect.is_some()) {
                                <span class="indirect-line"><strong class="badge badge--indirect">{ phrasing::INDIRECT_BADGE }</strong></span>
                            }
                        } else {
                            { cell.and_then(|c| indirect_line(view, c.indirect)) }
                            { cell.map(|c| evidence_line(view, &c.figures)) }
                        }
                    </td>
                }
            })
            .collect();
        html! { <tr role="row"><th scope="row" role="rowheader">{ row.question.as_str() }</th>{ cells }</tr> }
    };
    let table = |rows: Vec<&'static CompareRow>, glance: bool, caption: &'static str| {
        html! {
            <div class="grid-frame">
                <table class="grid stacks" role="table" aria-label={caption}>
                    <thead role="rowgroup"><tr role="row"><td role="cell"></td>{ header.clone() }</tr></thead>
                    <tbody role="rowgroup">{ for rows.into_iter().map(|r| row(r, glance)) }</tbody>
                </table>
            </div>
        }
    };
    let glance_rows: Vec<&'static CompareRow> =
        content.compare.iter().filter(|r| r.at_a_glance).collect();
    let all_rows: Vec<&'static CompareRow> = content.compare.iter().collect();
    let all = all_rows.len();
    html! {
        <article>
            { step_header(Step::Options, view) }
            <p>
                <button type="button" class="button" onclick={swap}>{ "Reverse the order of the options" }</button>
            </p>
            { table(glance_rows, true, "The options at a glance, one column each") }
            { more("options-full", &format!("Every question, with the full answers and where they come from ({all})"),
                table(all_rows, false, "Every question about the options, answered in full, one column each")) }
            { more("options-each", "Each option in more detail", html! {
                { for options.iter().map(|option| option_detail(option, view)) }
            }) }
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
            <h3>{ title }</h3>
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
            // Under the step's h1: the disclosure that holds them is not a heading.
            <h2 id={id}>{ option.name.as_str() }</h2>
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

//! The options grid (Option Grid): the same questions answered for every option, one column
//! each. The options step shows every row; the harms step opens with its harm rows at a glance.

use yew::prelude::*;

use crate::components::rich_text::rich;
use crate::components::ui::pick_or_patient;
use crate::content::words;
use crate::content::{CompareRow, FigureRef, Indirect, TreatmentOption};
use crate::domain::session::View;

/// A table of rows of the options grid, one column per option in the order given: the short
/// answers at a glance (`glance`), or the full ones with why evidence is indirect and, for
/// clinicians, the figure records each answer rests on.
pub fn grid_table(
    rows: &[&'static CompareRow],
    options: &[&'static TreatmentOption],
    view: View,
    glance: bool,
    caption: &str,
) -> Html {
    let header: Html = options
        .iter()
        .map(|o| html! { <th scope="col">{ o.name.as_str() }</th> })
        .collect();
    let row = |row: &'static CompareRow| {
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
                    <td data-label={option.name.as_str()}>
                        { rich(text) }
                        // At a glance the label alone; why the evidence is indirect is in the
                        // full answers, one tap away.
                        if glance {
                            if cell.is_some_and(|c| c.indirect.is_some()) {
                                <span class="indirect-line"><strong class="badge badge--indirect">{ words().numbers.indirect_badge.as_str() }</strong></span>
                            }
                        } else {
                            { cell.and_then(|c| indirect_line(view, c.indirect)) }
                            { cell.map(|c| evidence_line(view, &c.figures)) }
                        }
                    </td>
                }
            })
            .collect();
        html! { <tr><th scope="row">{ row.question.as_str() }</th>{ cells }</tr> }
    };
    html! {
        <div class="grid-frame">
            <table class="grid stacks" aria-label={caption.to_owned()}>
                <thead><tr><td></td>{ header }</tr></thead>
                <tbody>{ for rows.iter().map(|r| row(r)) }</tbody>
            </table>
        </div>
    }
}

/// Why the evidence behind a statement is indirect for this option, in both views.
pub fn indirect_line(view: View, indirect: Option<Indirect>) -> Option<Html> {
    indirect.map(|indirect| {
        let why = match view {
            View::Patient => indirect.patient.as_str(),
            View::Clinician => indirect.clinician.as_str(),
        };
        html! { <span class="indirect-line"><strong class="badge badge--indirect">{ words().numbers.indirect_label.as_str() }</strong>{ " " }{ rich(why) }</span> }
    })
}

/// In the clinician view, which figure records a statement rests on.
pub fn evidence_line(view: View, refs: &[FigureRef]) -> Html {
    if view != View::Clinician || refs.is_empty() {
        return Html::default();
    }
    let labels: Vec<&str> = refs
        .iter()
        .filter_map(FigureRef::get)
        .map(|f| f.label.as_str())
        .collect();
    html! { <span class="evidence-line">{ words().option_grid.evidence.fill(&labels.join("; ")) }</span> }
}

//! The options side by side (Option Grid): the same questions answered for every option, in a
//! fixed neutral order that can be reversed; then each option in equal detail.

use yew::prelude::*;

use crate::components::disclosure::more;
use crate::components::option_grid::{evidence_line, grid_table, indirect_line};
use crate::components::rich_text::rich;
use crate::components::ui::{pick, pick_or_patient};
use crate::content::{CompareRow, Point, TreatmentOption, bundle};
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
    let table = |rows: Vec<&'static CompareRow>, glance: bool, caption: &'static str| {
        grid_table(&rows, &options, view, glance, caption)
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

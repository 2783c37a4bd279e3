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
use crate::content::words;

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
                <button type="button" class="button" onclick={swap}>{ words().options.reverse_order_options.as_str() }</button>
            </p>
            { table(glance_rows, true, words().options.glance_caption.as_str()) }
            { more("options-full", &words().options.every_question.fill(&all),
                table(all_rows, false, words().options.full_caption.as_str())) }
            { more("options-each", words().options.each_option.as_str(), html! {
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
                <div>{ points(words().options.what_happens.as_str(), &option.what_happens, view) }</div>
                <div>{ points(words().options.good_points.as_str(), &option.benefits, view) }</div>
                <div>{ points(words().options.bad_points.as_str(), &option.harms, view) }</div>
            </div>
            <div class="option__columns">
                <div>{ points(words().options.how_body_may_feel.as_str(), &option.experience.physical, view) }</div>
                <div>{ points(words().options.how_may_feel.as_str(), &option.experience.emotional, view) }</div>
                <div>{ points(words().options.time_travel_cost.as_str(), &option.experience.practical, view) }</div>
            </div>
        </section>
    }
}

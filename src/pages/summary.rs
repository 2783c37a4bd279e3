//! The summary: everything from the session on one or two printed pages, with the evidence
//! version and sources. "Print / Save as PDF" uses the browser's print dialog and print.css;
//! "For her to take home" opens the large-print summary (`pages::take_home`).

use yew::prelude::*;

use crate::components::disclosure::more;
use crate::components::link::link;
use crate::components::ui::pick_or_patient;
use crate::content::{bundle, plain};
use crate::domain::knowledge::Answered;
use crate::domain::phrasing::{citation_text, evidence_line};
use crate::domain::session::View;
use crate::domain::step::{Journey, Step};
use crate::domain::summary::{self, Summary};
use crate::domain::sure::SurePhase;
use crate::platform::{clock, dom};
use crate::route::Route;
use crate::state::SessionHandle;

use super::step_header;

/// The summary step.
pub fn summary_page(session: &SessionHandle) -> Html {
    let view = session.view();
    let model = summary::build(session.get(), bundle());
    let print = Callback::from(|_: MouseEvent| dom::print());
    html! {
        <article class="page--summary">
            { step_header(Step::Summary, view) }
            <p class="no-print summary__prints">
                <button type="button" class="button button--primary" onclick={print}>{ "Print or save as PDF" }</button>
                { link(Route::TakeHome, "button", html! { "For her to take home (large print)" }) }
            </p>
            <p class="summary__printed">{ format!("Made on {} with the {}. You took the {}.", clock::today(), model.meta.title, route_taken(model.journey)) }</p>
            { section("summary-decision", "The decision", html! { <p>{ plain(model.decision) }</p> }) }
            { situation(&model) }
            { options(&model, view) }
            { values(&model) }
            { sure(&model) }
            { questions(&model) }
            { knowledge(&model) }
            { evidence(&model) }
        </article>
    }
}

fn section(id: &'static str, title: &'static str, body: Html) -> Html {
    html! {
        <section aria-labelledby={id}>
            <h2 {id}>{ title }</h2>
            { body }
        </section>
    }
}

fn situation(model: &Summary<'_>) -> Html {
    let body = if model.situation.is_empty() {
        html! { <p>{ "Not filled in." }</p> }
    } else {
        html! {
            <>
                <dl class="summary__pairs">
                    { for model.situation.iter().map(|(q, a)| html! { <><dt>{ *q }</dt><dd>{ *a }</dd></> }) }
                </dl>
                if !model.guidance.is_empty() {
                    <p><strong>{ "What the 2015 review concluded for situations like this (not a recommendation):" }</strong></p>
                    <ul>
                        { for model.guidance.iter().map(|c| html! { <li><strong>{ c.heading.as_str() }{ ". " }</strong>{ plain(c.conclusion_patient.as_str()) }</li> }) }
                    </ul>
                }
            </>
        }
    };
    section("summary-situation", "Your situation", body)
}

fn options(model: &Summary<'_>, view: View) -> Html {
    let header: Html = model
        .options
        .iter()
        .map(|o| html! { <th scope="col">{ o.name.as_str() }</th> })
        .collect();
    let rows: Html = model
        .rows
        .iter()
        .map(|row| {
            let cells: Html = model
                .options
                .iter()
                .map(|o| {
                    let text =
                        row.cells
                            .iter()
                            .find(|c| c.option == o.id)
                            .map_or(String::new(), |c| {
                                // The short answer at a glance (two printed pages at most); the
                                // clinician's own wording where there is no short one.
                                plain(c.glance.map_or_else(
                                    || pick_or_patient(view, c.patient, c.clinician),
                                    |g| g.as_str(),
                                ))
                            });
                    html! { <td data-label={o.name.as_str()}>{ text }</td> }
                })
                .collect();
            html! { <tr><th scope="row">{ row.question.as_str() }</th>{ cells }</tr> }
        })
        .collect();
    // On screen she has just seen the options; on paper they are printed in full (print.css
    // opens every disclosure).
    more(
        "summary-options",
        "The options compared (printed in full)",
        section(
            "summary-options",
            "The options compared",
            html! {
                // One question at a time, with every option under it, on a narrow screen.
                <div class="grid-frame">
                    <table class="summary__grid stacks">
                        <thead><tr><td></td>{ header }</tr></thead>
                        <tbody>{ rows }</tbody>
                    </table>
                </div>
            },
        ),
    )
}

/// Her rated values, most important first (or "Nothing rated."): on both prints.
pub fn rated_values(model: &Summary<'_>, class: &'static str) -> Html {
    if model.values.is_empty() {
        return html! { <p>{ "Nothing rated." }</p> };
    }
    html! {
        <dl {class}>
            { for model.values.iter().map(|(level, items)| html! {
                <><dt>{ *level }</dt><dd>{ items.iter().map(|i| plain(i.label.as_str())).collect::<Vec<_>>().join("; ") }</dd></>
            }) }
        </dl>
    }
}

/// The questions she ticked (or "No questions ticked."): on both prints.
pub fn ticked_questions(model: &Summary<'_>) -> Html {
    if model.questions.is_empty() {
        return html! { <p>{ "No questions ticked." }</p> };
    }
    html! { <ul>{ for model.questions.iter().map(|q| html! { <li>{ *q }</li> }) }</ul> }
}

fn values(model: &Summary<'_>) -> Html {
    let body = html! {
        <>
            { rated_values(model, "summary__pairs") }
            <p><strong>{ "Leaning: " }</strong>{ model.leaning.unwrap_or("Not set.") }</p>
            { super::values::disagreement_note(&bundle().values, model.disagreement.as_ref()) }
        </>
    };
    section("summary-values", "What matters to you", body)
}

fn sure(model: &Summary<'_>) -> Html {
    let line = |phase: SurePhase| {
        let when = match phase {
            SurePhase::Start => "At the start",
            SurePhase::End => "At the end",
        };
        model.sure.iter().find(|r| r.phase == phase).map(|r| {
            let score = r
                .score
                .map_or("not all answered".to_owned(), |s| format!("{s} of 4"));
            html! { <li>{ format!("{when}: {score}") }</li> }
        })
    };
    let body = if model.sure.is_empty() {
        html! { <p>{ "Not answered." }</p> }
    } else {
        html! {
            <>
                <ul>{ line(SurePhase::Start) }{ line(SurePhase::End) }</ul>
                if !model.sure_help.is_empty() {
                    <p>{ "Things that might help:" }</p>
                    <ul>{ for model.sure_help.iter().map(|h| html! { <li>{ *h }</li> }) }</ul>
                }
            </>
        }
    };
    section("summary-sure", "How sure you feel (SURE test)", body)
}

fn questions(model: &Summary<'_>) -> Html {
    let body = html! {
        <>
            { ticked_questions(model) }
            <p><strong>{ "Notes: " }</strong></p>
            <p class="summary__notes">{ if model.notes.is_empty() { "None.".to_owned() } else { model.notes.to_owned() } }</p>
        </>
    };
    section("summary-questions", "Your questions and notes", body)
}

/// What she got right in the knowledge check, and what to talk about, if she answered.
fn knowledge(model: &Summary<'_>) -> Html {
    let (right, answered) = model.knowledge;
    if answered == 0 {
        return Html::default();
    }
    let (got, missed): (Vec<&Answered<'_>>, Vec<&Answered<'_>>) =
        model.knowledge_answers.iter().partition(|a| a.right);
    let body = html! {
        <>
            <p>{ format!("{right} of {answered} answers right.") }</p>
            if !got.is_empty() {
                <p><strong>{ "You got these right:" }</strong></p>
                <ul>{ for got.iter().map(|a| html! { <li>{ a.question }</li> }) }</ul>
            }
            if !missed.is_empty() {
                <p><strong>{ "To talk about:" }</strong></p>
                <ul>{ for missed.iter().map(|a| html! { <li>{ format!("{} (The answer: {}.)", a.question, a.right_answer.trim_end_matches('.')) }</li> }) }</ul>
            }
        </>
    };
    section("summary-knowledge", "Check your understanding", body)
}

/// Which way through the steps she took, for the printed line.
fn route_taken(journey: Journey) -> &'static str {
    match journey {
        Journey::Full => "full consultation",
        Journey::Short => {
            "short consultation: the options at a glance, what matters to you and the SURE test"
        }
    }
}

fn evidence(model: &Summary<'_>) -> Html {
    let meta = model.meta;
    let body = html! {
        <>
            <p>{ evidence_line(meta) }</p>
            { more("summary-sources", "Sources and funding (printed in full)", html! {
                <>
                    <ul class="summary__sources">{ for model.sources.iter().map(|s| html! { <li>{ citation_text(s) }</li> }) }</ul>
                    <p><strong>{ "Funding and conflicts of interest: " }</strong>{ plain(model.funding) }</p>
                </>
            }) }
            <p><strong>{ meta.not_advice.as_str() }</strong>{ " " }{ meta.device_line.as_str() }</p>
        </>
    };
    section("summary-evidence", "About this summary", body)
}

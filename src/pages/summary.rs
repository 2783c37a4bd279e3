//! The summary: everything from the session on one or two printed pages, with the evidence
//! version and sources. "Print / Save as PDF" uses the browser's print dialog and print.css;
//! "For her to take home" opens the large-print summary (`pages::take_home`); "Copy a note for the
//! record" copies a plain-text note of the discussion for the medical record, on press only
//! (`components::record_note`).

use yew::prelude::*;

use crate::components::edition::translation_status;

use crate::components::citation::citations_waiting;
use crate::components::disclosure::more;
use crate::components::link::link;
use crate::components::record_note::RecordNote;
use crate::components::summary_pieces::{disagreement_note, rated_values, ticked_questions};
use crate::components::ui::pick_or_patient;
use crate::content::{bundle, plain};
use crate::domain::field_test::{Feature, FieldTestAction};
use crate::domain::knowledge::Answered;
use crate::domain::phrasing::{citation_text, evidence_line};
use crate::domain::session::{Action, View};
use crate::domain::step::{Journey, Step};
use crate::domain::summary::{self, Summary};
use crate::domain::sure::SurePhase;
use crate::platform::{clock, dom};
use crate::route::Route;
use crate::state::SessionHandle;

use super::step_header;
use crate::content::words;

/// The summary step.
pub fn summary_page(session: &SessionHandle) -> Html {
    let view = session.view();
    let model = summary::build(session.get(), bundle());
    let print = session.callback(|_: MouseEvent| {
        dom::print();
        Action::FieldTest(FieldTestAction::Used(Feature::PrintSummary))
    });
    // The number that links a field test's record to the study's own forms, on the care team's
    // print.
    let participant = session.get().field_test.participation().map(|taking_part| {
        words()
            .summary
            .participant
            .fill(&taking_part.participant.as_str())
    });
    html! {
        <article class="page--summary">
            { step_header(Step::Summary, view) }
            <p class="no-print summary__prints">
                <button type="button" class="button button--primary" onclick={print}>{ words().summary.print_save_pdf.as_str() }</button>
                { link(Route::TakeHome, "button", html! { { words().summary.take_home_link.as_str() } }) }
            </p>
            <RecordNote />
            <p class="summary__printed">{ words().summary.made.fill(&clock::today(), &model.meta.title, &route_taken(model.journey)) }</p>
            { translation_status() }
            if let Some(participant) = participant {
                <p class="summary__participant">{ participant }</p>
            }
            { section("summary-decision", words().summary.decision.as_str(), html! { <p>{ plain(model.decision) }</p> }) }
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
        html! { <p>{ words().summary.not_filled_in.as_str() }</p> }
    } else {
        html! {
            <>
                <dl class="summary__pairs">
                    { for model.situation.iter().map(|(q, a)| html! { <><dt>{ q.clone() }</dt><dd>{ *a }</dd></> }) }
                </dl>
                if !model.guidance.is_empty() {
                    <p><strong>{ words().summary.guidance_lead.as_str() }</strong></p>
                    <ul>
                        { for model.guidance.iter().map(|c| html! { <li><strong>{ c.heading.as_str() }{ ". " }</strong>{ plain(c.conclusion_patient.as_str()) }</li> }) }
                    </ul>
                }
            </>
        }
    };
    section(
        "summary-situation",
        words().summary.situation.as_str(),
        body,
    )
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
        words().summary.options_compared_printed_full.as_str(),
        section(
            "summary-options",
            words().summary.options_compared.as_str(),
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

fn values(model: &Summary<'_>) -> Html {
    let body = html! {
        <>
            { rated_values(model, "summary__pairs") }
            <p><strong>{ words().summary.leaning.as_str() }</strong>{ model.leaning.unwrap_or(words().summary.not_set.as_str()) }</p>
            { disagreement_note(&bundle().values, model.disagreement.as_ref()) }
        </>
    };
    section(
        "summary-values",
        words().summary.what_matters.as_str(),
        body,
    )
}

fn sure(model: &Summary<'_>) -> Html {
    let line = |phase: SurePhase| {
        let when = match phase {
            SurePhase::Start => words().summary.at_start.as_str(),
            SurePhase::End => words().summary.at_end.as_str(),
        };
        model.sure.iter().find(|r| r.phase == phase).map(|r| {
            let score = r
                .score
                .map_or(words().summary.not_all_answered.as_str().to_owned(), |s| {
                    words()
                        .summary
                        .sure_score
                        .fill(&s, &bundle().sure.questions.len())
                });
            html! { <li>{ format!("{when}: {score}") }</li> }
        })
    };
    let body = if model.sure.is_empty() {
        html! { <p>{ words().summary.not_answered.as_str() }</p> }
    } else {
        html! {
            <>
                <ul>{ line(SurePhase::Start) }{ line(SurePhase::End) }</ul>
                if !model.sure_help.is_empty() {
                    <p>{ words().summary.things_might_help.as_str() }</p>
                    <ul>{ for model.sure_help.iter().map(|h| html! { <li>{ *h }</li> }) }</ul>
                }
            </>
        }
    };
    section(
        "summary-sure",
        words().summary.how_sure_feel_sure.as_str(),
        body,
    )
}

fn questions(model: &Summary<'_>) -> Html {
    let body = html! {
        <>
            { ticked_questions(model) }
            <p><strong>{ words().summary.notes.as_str() }</strong></p>
            <p class="summary__notes">{ if model.notes.is_empty() { words().summary.none.as_str().to_owned() } else { model.notes.to_owned() } }</p>
        </>
    };
    section(
        "summary-questions",
        words().summary.questions_notes.as_str(),
        body,
    )
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
            <p>{ words().summary.score.fill(&right, &answered) }</p>
            if !got.is_empty() {
                <p><strong>{ words().summary.got_these_right.as_str() }</strong></p>
                <ul>{ for got.iter().map(|a| html! { <li>{ a.question }</li> }) }</ul>
            }
            if !missed.is_empty() {
                <p><strong>{ words().summary.talk_about.as_str() }</strong></p>
                <ul>{ for missed.iter().map(|a| html! { <li>{ words().summary.missed_item.fill(&a.question, &a.right_answer.trim_end_matches('.')) }</li> }) }</ul>
            }
        </>
    };
    section(
        "summary-knowledge",
        words().summary.check_understanding.as_str(),
        body,
    )
}

/// Which way through the steps she took, for the printed line.
fn route_taken(journey: Journey) -> &'static str {
    match journey {
        Journey::Full => words().summary.full_way.as_str(),
        Journey::Short => words().summary.short_way.as_str(),
    }
}

fn evidence(model: &Summary<'_>) -> Html {
    let meta = model.meta;
    let body = html! {
        <>
            <p>{ evidence_line(meta) }</p>
            { more("summary-sources", words().summary.sources_funding_printed_full.as_str(), html! {
                <>
                    if let Some(waiting) = citations_waiting() { { waiting } } else {
                        <ul class="summary__sources">{ for model.sources.iter().map(|s| html! { <li>{ citation_text(s) }</li> }) }</ul>
                    }
                    <p><strong>{ words().summary.funding_conflicts_interest.as_str() }</strong>{ plain(model.funding) }</p>
                </>
            }) }
            <p><strong>{ meta.not_advice.as_str() }</strong>{ " " }{ meta.device_line.as_str() }</p>
        </>
    };
    section(
        "summary-evidence",
        words().summary.about_summary.as_str(),
        body,
    )
}

//! Server-rendered HTML of the evidence screens (native, `yew::LocalServerRenderer`): what a
//! person sees of subgroup labels, the situation guidance and the About texts, in both views.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::page_html;
use futures::executor::block_on;
use local_therapy_aid::content::{self, Subgroup};
use local_therapy_aid::domain::phrasing;
use local_therapy_aid::domain::session::{Format, View};
use local_therapy_aid::domain::situation::{BreastProblems, Response, Situation, Status};
use local_therapy_aid::domain::step::Step;
use local_therapy_aid::pages::situation::guidance_section;
use local_therapy_aid::route::Route;
use yew::LocalServerRenderer;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct GuidanceHostProps {
    situation: Situation,
    view: View,
}

/// Renders the guidance part of the situation step for given answers.
#[component]
fn GuidanceHost(props: &GuidanceHostProps) -> Html {
    guidance_section(&props.situation, props.view)
}

fn figure_html(id: &'static str, view: View) -> String {
    common::figure_html(id, view, Format::Icons)
}

fn guidance_html(situation: Situation, view: View) -> String {
    block_on(
        LocalServerRenderer::<GuidanceHost>::with_props(GuidanceHostProps { situation, view })
            .render(),
    )
}

/// The words of the visible subgroup label: planned, or a hypothesis (unplanned or not reported).
fn expected_words(subgroup: Subgroup) -> &'static str {
    match subgroup {
        Subgroup::None => "",
        Subgroup::PreSpecified => "Planned subgroup",
        Subgroup::Unplanned => "unplanned subgroup",
        Subgroup::Unstated => "planning not reported",
    }
}

#[test]
fn every_subgroup_figure_shows_its_label_in_both_views() {
    let subgroups: Vec<_> = content::bundle()
        .figures
        .iter()
        .filter(|f| f.subgroup != Subgroup::None && f.status.displayable())
        .collect();
    assert!(
        subgroups.len() >= 9,
        "only {} subgroup figures",
        subgroups.len()
    );
    for figure in subgroups {
        let label = phrasing::subgroup_label(figure.subgroup)
            .unwrap_or_else(|| panic!("{} has no label", figure.id));
        assert!(label.contains(expected_words(figure.subgroup)), "{label}");
        if figure.subgroup != Subgroup::PreSpecified {
            assert!(label.starts_with("Hypothesis only"), "{label}");
        }
        for view in [View::Patient, View::Clinician] {
            let html = figure_html(figure.id.as_str(), view);
            assert!(
                html.contains(&format!(
                    r#"<p class="badge badge--hypothesis">{label}</p>"#
                )),
                "{} ({view:?}) does not show \"{label}\"",
                figure.id
            );
        }
    }
}

#[test]
fn a_whole_population_figure_carries_no_subgroup_label() {
    let html = figure_html("e2108-os-hr", View::Clinician);
    assert!(!html.contains("badge--hypothesis"));
}

fn answered(response: Response, breast_problems: BreastProblems) -> Situation {
    Situation {
        response,
        breast_problems,
        ..Situation::default()
    }
}

const ANSWER_FIRST: &str = "Answer the questions above";
const NO_MATCH: &str = "None of the 2015 review's conclusions matches these answers.";

#[test]
fn answers_that_match_no_conclusion_say_so_honestly() {
    for view in [View::Patient, View::Clinician] {
        let unsure = guidance_html(
            answered(Response::RespondingOrStable, BreastProblems::Unsure),
            view,
        );
        assert!(unsure.contains(NO_MATCH), "{unsure}");
        assert!(!unsure.contains(ANSWER_FIRST), "{unsure}");
        assert!(!unsure.contains(r#"class="card card--guidance""#));
        let only_hormone = guidance_html(
            Situation {
                hormone: Status::Negative,
                ..Situation::default()
            },
            view,
        );
        assert!(only_hormone.contains(NO_MATCH));
        let empty = guidance_html(Situation::default(), view);
        assert!(empty.contains(ANSWER_FIRST) && !empty.contains(NO_MATCH));
    }
}

#[test]
fn what_the_trials_did_is_never_shown_as_a_review_conclusion() {
    let card = content::bundle()
        .guidance
        .iter()
        .find(|c| c.id == "response-not-known")
        .unwrap();
    assert!(card.quote.is_empty(), "it is not the review's words");
    for view in [View::Patient, View::Clinician] {
        let html = guidance_html(
            answered(Response::NotStarted, BreastProblems::NotSaid),
            view,
        );
        let (review, context) = html
            .split_once(r#"id="context-heading""#)
            .unwrap_or_else(|| panic!("no separate section ({view:?}): {html}"));
        assert!(review.contains("What the 2015 review concluded for situations like this"));
        assert!(
            !review.contains(card.heading.as_str()),
            "{view:?}: {review}"
        );
        assert!(context.contains("What the trials did (not a conclusion of the review)"));
        assert!(context.contains(card.heading.as_str()));
        // The review's own conclusion about the kind of local therapy still shows above.
        assert!(review.contains("If you choose to have the breast treated"));
    }
    let patient = content::plain(&card.conclusion_patient);
    assert!(
        !patient.contains("It may help to decide later"),
        "no advice of the aid's own"
    );
    assert!(patient.contains("gave no conclusion"));
}

#[test]
fn the_about_screen_is_plain_for_patients_and_full_for_clinicians() {
    let meta = &content::bundle().meta;
    // Sentences with no glossary markup, so they appear in the HTML as written.
    let patient_only = "We checked each number against the short summary the authors published.";
    let clinician_only = "Every figure shows its verification status.";
    assert!(meta.method_patient.contains(patient_only));
    assert!(meta.method.contains(clinician_only));
    let patient = page_html(Route::Step(Step::About), View::Patient);
    assert!(patient.contains(patient_only) && !patient.contains(clinician_only));
    assert!(
        patient.contains("The aid has not yet been tested with patients and their care teams.")
    );
    assert!(
        !patient.contains("endocrine-treatable"),
        "clinician limitations stay out"
    );
    let clinician = page_html(Route::Step(Step::About), View::Clinician);
    assert!(clinician.contains(clinician_only) && !clinician.contains(patient_only));
    assert!(clinician.contains("endocrine-treatable"));
    // Both views name the funding and the authors in the same plain words.
    for html in [&patient, &clinician] {
        assert!(html.contains("No funding."));
        assert!(html.contains("Written by the project team that made this aid."));
    }
}

#[test]
fn the_situation_form_explains_its_terms_where_they_are_asked() {
    let html = page_html(Route::Step(Step::Situation), View::Patient);
    for term in [
        "hormone receptor positive",
        "HER2 positive",
        "clinical trial",
    ] {
        assert!(
            html.contains(&format!(r#"class="term">{term}</button>"#)),
            "no inline explanation of {term}: {html}"
        );
    }
}

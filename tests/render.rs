//! Server-rendered HTML of components (native, `yew::LocalServerRenderer`): what a person (or a
//! screen reader) would get, without a browser. Effects do not run here; state comes from props
//! and the providers.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

use futures::executor::block_on;
use local_therapy_aid::components::figure_view::figure_view;
use local_therapy_aid::components::icon_array::icon_array;
use local_therapy_aid::content;
use local_therapy_aid::domain::frequency::ArmIcons;
use local_therapy_aid::domain::session::{Format, View};
use local_therapy_aid::route::Route;
use local_therapy_aid::testing::{AppAt, AppAtProps};
use yew::LocalServerRenderer;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct FigureHostProps {
    id: &'static str,
    view: View,
    format: Format,
}

/// Renders one figure, as a page would.
#[component]
fn FigureHost(props: &FigureHostProps) -> Html {
    let figure = content::figure(props.id).unwrap_or_else(|| panic!("no figure {}", props.id));
    figure_view(figure, props.view, props.format)
}

#[component]
fn IconArrayHost() -> Html {
    let arm = ArmIcons {
        affected: 16,
        band: Some((12, 20)),
        denominator: 100,
    };
    icon_array(arm, "Out of 100 women, 16 had it.".into(), "t")
}

fn figure_html(id: &'static str, view: View, format: Format) -> String {
    block_on(
        LocalServerRenderer::<FigureHost>::with_props(FigureHostProps { id, view, format })
            .render(),
    )
}

fn page_html(route: Route, view: View) -> String {
    block_on(LocalServerRenderer::<AppAt>::with_props(AppAtProps { route, view }).render())
}

#[test]
fn icon_array_is_one_labelled_image_with_the_right_counts() {
    let html = block_on(LocalServerRenderer::<IconArrayHost>::new().render());
    assert!(
        html.contains(r#"role="img""#)
            && html.contains(r#"aria-label="Out of 100 women, 16 had it.""#)
    );
    // One path per kind of icon; each person ends with the shoulders' curve.
    let person = "c0-53 80-53 80 0z";
    let path = |class: &str| {
        let element = html
            .split("<path ")
            .find(|element| element.contains(&format!(r#"class="{class}""#)))
            .unwrap();
        element.matches(person).count()
    };
    assert_eq!(path("icon-array__person icon-array__person--affected"), 16);
    assert_eq!(path("icon-array__person"), 84);
    // The range is one dashed path: a box around each of the 8 people it covers.
    assert_eq!(html.matches(r#"class="icon-array__band""#).count(), 1);
    assert_eq!(html.matches("h112v132h-112z").count(), 8);
}

#[test]
fn lymphoedema_figure_in_the_patient_view() {
    let html = figure_html("mclaughlin-lymphoedema-5y", View::Patient, Format::Icons);
    assert!(html.contains(
        "5 out of 100 women who had a sentinel-node biopsy and 16 out of 100 women who had an armpit clearance had arm \
         swelling about 5 years after surgery."
    ));
    assert!(html.contains(r#"aria-label="Out of 100 women who had an armpit clearance, 16 had arm swelling about 5 years after surgery. The other 84 did not.""#));
    assert!(html.contains("These numbers come from one study of 936 women in the USA"));
    assert!(html.contains("No range was reported for this number."));
    assert!(
        !html.contains("McLaughlin"),
        "no citations in the patient view"
    );
    assert!(
        !html.contains("SLNB"),
        "no clinician jargon in the patient view"
    );
}

#[test]
fn lymphoedema_figure_in_the_clinician_view_adds_evidence_details() {
    let html = figure_html("mclaughlin-lymphoedema-5y", View::Clinician, Format::Icons);
    for expected in [
        "Sentinel-node biopsy alone: 5% (no CI: The abstract reports percentages without confidence intervals, n = 600)",
        "Observational study",
        "Certainty not formally graded",
        "Verified against the primary source",
        "McLaughlin SA, Wright MJ",
        "doi:10.1200/JCO.2008.16.3725",
        "PMID 18838709",
    ] {
        assert!(html.contains(expected), "missing {expected:?}");
    }
}

#[test]
fn table_and_text_formats_show_the_same_numbers() {
    let table = figure_html(
        "e2108-locoregional-progression-3y",
        View::Patient,
        Format::Table,
    );
    assert!(
        table.contains("<table")
            && table.contains("<th scope=\"row\">Women who kept to medicines alone</th>")
    );
    assert!(table.contains("<td>about 40</td>") && table.contains("<td>60</td>"));
    let text = figure_html(
        "e2108-locoregional-progression-3y",
        View::Patient,
        Format::Text,
    );
    assert!(
        !text.contains("<svg")
            && text.contains("about 16 had the cancer in the breast area grow again")
    );
}

#[test]
fn uncertainty_is_drawn_and_said() {
    let html = figure_html("mf0701-os-10y", View::Patient, Format::Icons);
    assert!(html.contains("The true number could be as low as 13 or as high as 28 out of 100."));
    assert!(html.contains("Dashed box: the range the true number could be in"));
}

#[test]
fn ninety_percent_interval_is_labelled_ninety() {
    let html = figure_html("e2108-os-hr", View::Clinician, Format::Icons);
    assert!(
        html.contains("HR 1.11 (90% CI 0.82–1.52; P = .57)"),
        "{html}"
    );
    assert!(!html.contains("95% CI 0.82"));
}

#[test]
fn unplanned_subgroups_carry_a_visible_label() {
    let html = figure_html("mf0701-solitary-bone-hr", View::Clinician, Format::Icons);
    assert!(html.contains("Hypothesis only: unplanned subgroup"));
}

#[test]
fn harms_page_in_both_views() {
    let patient = page_html(Route::Harms, View::Patient);
    assert!(patient.contains(r#"<h1 id="main-heading" tabindex="-1">Harms</h1>"#));
    assert!(patient.contains("Arm swelling (lymphoedema)"));
    assert!(
        patient.contains("No study has measured arm swelling in women whose cancer had spread.")
    );
    assert!(
        !patient.contains("Tsai"),
        "relative figures stay in the clinician view"
    );
    let clinician = page_html(Route::Harms, View::Clinician);
    assert!(clinician.contains("RR 1.92 (95% CI 1.61–2.28)"));
    assert!(clinician.contains("Tsai RJ, Dennis LK"));
}

#[test]
fn shell_shows_journey_version_and_privacy_line() {
    let html = page_html(Route::Harms, View::Patient);
    let meta = &content::bundle().meta;
    assert!(html.contains(&format!("Evidence version {}", meta.version)));
    assert!(html.contains("Nothing you enter leaves this device."));
    assert!(html.contains("Step 7 of 14"));
    assert!(html.contains(r#"aria-current="step""#));
    assert!(html.contains("Skip to the page content"));
}

#[test]
fn unknown_route_shows_a_way_back() {
    let html = page_html(Route::NotFound, View::Patient);
    assert!(html.contains("Page not found") && html.contains("Go to the start"));
}

#[test]
fn every_screen_renders_in_both_views_with_its_title() {
    use yew_router::Routable;
    for route in Route::routes().iter().filter_map(|p| Route::recognize(p)) {
        for view in [View::Patient, View::Clinician] {
            let html = page_html(route, view);
            let heading = format!(
                r#"<h1 id="main-heading" tabindex="-1">{}</h1>"#,
                route.title()
            );
            assert!(
                html.contains(&heading),
                "{route:?} in {view:?} has no heading {heading}"
            );
            assert_eq!(html.matches("<h1").count(), 1, "{route:?} has one h1");
        }
    }
}

#[test]
fn options_grid_gives_every_option_equal_columns() {
    let html = page_html(Route::Options, View::Patient);
    for option in content::bundle().options.iter() {
        assert!(html.contains(option.name.as_str()), "{}", option.id);
    }
    let rows = content::bundle().compare.len();
    assert_eq!(html.matches(r#"<th scope="row">"#).count(), rows);
    // One cell per option per row, plus the empty corner cell of the header row.
    assert_eq!(
        html.matches("<td>").count(),
        rows * content::bundle().options.len() + 1
    );
}

#[test]
fn studies_table_lists_every_trial_and_changes_show_for_clinicians() {
    let patient = page_html(Route::Studies, View::Patient);
    for name in [
        "Tata Memorial Centre trial",
        "MF07-01",
        "ECOG-ACRIN E2108",
        "JCOG1017 (PRIM-BC)",
        "ABCSG-28 POSYTIVE",
        "Thai trial",
        "SUBMIT",
    ] {
        assert!(patient.contains(name), "{name}");
    }
    assert!(patient.contains("256 women") && patient.contains("Closed early, no results"));
    assert!(!patient.contains("What changed since the 2015 review"));
    let clinician = page_html(Route::Studies, View::Clinician);
    assert!(clinician.contains("What changed since the 2015 review"));
    assert!(clinician.contains("19.2 and 20.5 are median overall survival in months"));
}

#[test]
fn summary_of_an_empty_session_says_so() {
    let html = page_html(Route::Summary, View::Patient);
    for expected in [
        "Not filled in.",
        "Nothing rated.",
        "Leaning: </strong>Not set.",
        "Not answered.",
        "No questions ticked.",
        "This aid is not medical advice.",
    ] {
        assert!(html.contains(expected), "{expected}");
    }
}

#[test]
fn about_shows_method_funding_dates_reading_grade_and_every_source() {
    let html = page_html(Route::About, View::Patient);
    let (grade, _, _) = content::reading_level();
    assert!(html.contains(&format!("Flesch–Kincaid grade of {grade}")));
    assert!(html.contains("No funding."));
    assert_eq!(
        html.matches(r#"<li id="source-"#).count(),
        content::bundle().sources.len()
    );
}

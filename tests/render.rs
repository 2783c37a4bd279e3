//! Server-rendered HTML of components (native, `yew::LocalServerRenderer`): what a person (or a
//! screen reader) would get, without a browser. Effects do not run here; state comes from props
//! and the providers.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::{figure_html, page_html};
use futures::executor::block_on;
use local_therapy_aid::components::icon_array::icon_array;
use local_therapy_aid::content;
use local_therapy_aid::domain::frequency::ArmIcons;
use local_therapy_aid::domain::phrasing::citation_text;
use local_therapy_aid::domain::session::{Format, View};
use local_therapy_aid::domain::step::Step;
use local_therapy_aid::route::Route;
use yew::LocalServerRenderer;
use yew::prelude::*;

#[component]
fn IconArrayHost() -> Html {
    let arm = ArmIcons {
        affected: 16,
        band: Some((12, 20)),
        denominator: 100,
    };
    icon_array(arm, "Out of 100 women, 16 had it.".into())
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
        "Out of 100 women in each group, the number who had arm swelling about 5 years after surgery: 5 who had a \
         sentinel-node biopsy; 16 who had an armpit clearance."
    ));
    assert!(html.contains(r#"aria-label="Out of 100 women who had an armpit clearance, 16 had arm swelling about 5 years after surgery. The other 84 did not.""#));
    assert!(html.contains(
        "<strong>Where these numbers come from:</strong> one study of 936 women in the USA"
    ));
    assert!(html.contains("No range was reported for these numbers."));
    assert_eq!(html.matches("No range was reported").count(), 1);
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
    let patient = page_html(Route::Step(Step::Harms), View::Patient);
    assert!(patient.contains(r#"<h1 id="main-heading" tabindex="-1">Harms</h1>"#));
    assert!(patient.contains("Arm swelling (lymphoedema)"));
    assert!(
        patient.contains("No study has measured arm swelling in women whose cancer had spread.")
    );
    assert!(
        !patient.contains("Tsai"),
        "relative figures stay in the clinician view"
    );
    let clinician = page_html(Route::Step(Step::Harms), View::Clinician);
    assert!(clinician.contains("RR 1.92 (95% CI 1.61–2.28)"));
    assert!(clinician.contains("Tsai RJ, Dennis LK"));
}

#[test]
fn shell_shows_journey_version_and_privacy_line() {
    let html = page_html(Route::Step(Step::Harms), View::Patient);
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
    for route in Route::all() {
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
    let html = page_html(Route::Step(Step::Options), View::Patient);
    for option in content::bundle().options.iter() {
        assert!(html.contains(option.name.as_str()), "{}", option.id);
    }
    // The rows at a glance first, then every row in full (one tap away).
    let compare = &content::bundle().compare;
    let rows = compare.len() + compare.iter().filter(|r| r.at_a_glance).count();
    assert!(rows > compare.len(), "some rows are at a glance");
    assert_eq!(html.matches(r#"<th scope="row">"#).count(), rows);
    // One cell per option per row, each naming its option for the stacked layout, plus the
    // empty corner cell of each table's header row.
    let options = content::bundle().options.len();
    assert_eq!(html.matches(r#"<td data-label=""#).count(), rows * options);
    assert_eq!(html.matches(r#"<td></td>"#).count(), 2);
    for option in content::bundle().options.iter() {
        assert_eq!(
            html.matches(&format!(
                r#"data-label="{}""#,
                html_escape(option.name.as_str())
            ))
            .count(),
            rows,
            "{}",
            option.id
        );
    }
}

#[test]
fn studies_table_lists_every_trial_and_changes_show_for_clinicians() {
    let patient = page_html(Route::Step(Step::Studies), View::Patient);
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
    let clinician = page_html(Route::Step(Step::Studies), View::Clinician);
    assert!(clinician.contains("What changed since the 2015 review"));
    assert!(clinician.contains("19.2 and 20.5 are median overall survival in months"));
}

#[test]
fn summary_of_an_empty_session_says_so() {
    let html = page_html(Route::Step(Step::Summary), View::Patient);
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
    let html = page_html(Route::Step(Step::About), View::Patient);
    let grade = content::reading_level().overall;
    assert!(html.contains(&format!("Flesch–Kincaid grade of {grade}")));
    assert!(html.contains("No funding."));
    assert_eq!(
        html.matches(r#"<li id="source-"#).count(),
        content::bundle().sources.len()
    );
}

#[test]
fn about_names_the_browsers_that_run_the_aid_and_what_the_host_learns() {
    let support = &content::bundle().meta.support;
    for view in [View::Patient, View::Clinician] {
        let html = page_html(Route::Step(Step::About), view);
        assert!(html.contains(&format!(">{}</h2>", support.heading)));
        for browser in support.browsers.iter() {
            assert!(
                html.contains(&format!("<li>{}</li>", html_escape(&browser.line_patient))),
                "{view:?}: About does not list {}",
                browser.name
            );
        }
        assert!(html.contains(&html_escape(&support.ruled_out_patient)));
        // Rendered outside a browser, the copy counts as served over the web.
        assert!(html.contains(&html_escape(&content::bundle().meta.hosting_web)));
    }
}

#[test]
fn the_notice_for_an_old_browser_is_hidden_with_a_paragraph_per_reason() {
    #[component]
    fn Notice() -> Html {
        local_therapy_aid::pages::unsupported::unsupported_notice()
    }
    let html = block_on(
        LocalServerRenderer::<Notice>::new()
            .hydratable(false)
            .render(),
    );
    let support = &content::bundle().meta.support;
    assert!(
        html.starts_with(r#"<div id="unsupported" hidden"#),
        "{html}"
    );
    assert!(html.contains(&format!(
        r#"<p data-when="too-old">{}</p>"#,
        html_escape(&support.too_old_patient)
    )));
    assert!(html.contains(&format!(
        r#"<p data-when="failed" hidden="hidden">{}</p>"#,
        html_escape(&support.failed_patient)
    )));
    assert_eq!(html.matches("<li>").count(), support.browsers.len());
    assert!(html.contains("<code data-details=\"\"></code>"));
}

#[test]
fn the_header_says_how_the_screen_is_set_on_the_button_that_folds_the_switches() {
    let html = page_html(Route::Step(Step::Harms), View::Clinician);
    assert!(
        html.contains(r#"aria-expanded="false" aria-controls="display-settings""#),
        "{html}"
    );
    assert!(html.contains(">Clinician view, Standard text</button>"));
    assert!(html.contains(r#"<div id="display-settings" class="shell__display">"#));
}

// --- Uncertainty of medians ---------------------------------------------------------------------

const CHANCE: &str = "The difference between the groups could be due to chance.";
const NO_RANGE: &str = "No range was reported for this number.";

#[test]
fn a_median_with_no_significant_difference_says_so_and_gives_its_range_in_every_format() {
    // POSYTIVE: 34.6 vs 54.8 months, P = 0.267; the abstract gives no intervals.
    for format in [Format::Icons, Format::Table, Format::Text] {
        let html = figure_html("posytive-os-median", View::Patient, format);
        assert!(html.contains(CHANCE), "{format:?}: {html}");
        assert!(
            html.contains("Women who were offered an operation first. Half of them were still alive after about 35 months.")
                || format == Format::Table,
            "{format:?}"
        );
        match format {
            Format::Table => {
                // No range for either number: said once, with no empty "Range" column.
                assert!(!html.contains(">Range</th>"), "{html}");
                assert!(!html.contains("Not reported"), "{html}");
                assert_eq!(
                    html.matches("No range was reported for these numbers.")
                        .count(),
                    1
                );
                assert!(html.contains("<td>about 35</td>") && html.contains("<td>about 55</td>"));
            }
            _ => assert_eq!(
                html.matches("No range was reported for these numbers.")
                    .count(),
                1,
                "said once for the figure, not after each number ({format:?}): {html}"
            ),
        }
    }
    // The clinician view says it too, beside the p value.
    let clinician = figure_html("posytive-os-median", View::Clinician, Format::Icons);
    assert!(clinician.contains(CHANCE) && clinician.contains("P = 0.267 (not significant)"));
}

#[test]
fn a_median_range_is_said_and_drawn() {
    // Tata Memorial: 19.2 (95% CI 15.98–22.46) vs 20.5 (16.96–23.98) months.
    let icons = figure_html("tata-os-median", View::Patient, Format::Icons);
    assert!(icons.contains(
        "The true time could be as short as about 16 months or as long as about 22 months."
    ));
    assert!(icons.contains(
        "The true time could be as short as about 17 months or as long as about 24 months."
    ));
    assert_eq!(
        icons.matches(r#"class="bars__band""#).count(),
        3,
        "two bars and the key"
    );
    assert!(icons.contains("Dashed box: the range the true number could be in"));
    assert!(icons.contains(CHANCE));
    let table = figure_html("tata-os-median", View::Patient, Format::Table);
    assert!(table.contains("<td>about 16 to about 22</td>"), "{table}");
    let text = figure_html("tata-os-median", View::Patient, Format::Text);
    assert!(text.contains("as long as about 24 months.") && !text.contains("<svg"));
}

#[test]
fn a_significant_or_single_median_does_not_mention_chance() {
    for id in [
        "mf0701-os-median-10y",
        "jcog1017-lrfs-median",
        "lord-median-os-population",
    ] {
        let html = figure_html(id, View::Patient, Format::Icons);
        assert!(!html.contains(CHANCE), "{id}");
        assert!(html.contains("No range was reported for th"), "{id}");
        assert!(!html.contains("bars__band"), "{id}: no range, no box");
    }
}

#[test]
fn every_median_figure_shown_to_patients_carries_its_uncertainty() {
    let medians = content::bundle()
        .figures
        .iter()
        .filter(|f| f.median().is_some() && f.status.displayable());
    let mut checked = 0;
    for figure in medians {
        let median = figure.median().unwrap();
        for format in [Format::Icons, Format::Text] {
            let html = figure_html(figure.id.as_str(), View::Patient, format);
            // Each number's range, or one line for the figure when none has one.
            let none = median.arms.iter().all(|a| a.uncertainty.ci.is_none());
            let ranges = html.matches(NO_RANGE).count()
                + html.matches("The true time could be as short as").count();
            if none {
                assert_eq!(
                    html.matches("No range was reported for th").count(),
                    1,
                    "{}",
                    figure.id
                );
            } else {
                assert_eq!(ranges, median.arms.len(), "{} ({format:?})", figure.id);
            }
            assert_eq!(
                html.contains(CHANCE),
                median.not_significant && median.arms.len() > 1,
                "{}",
                figure.id
            );
        }
        checked += 1;
    }
    assert!(checked >= 6, "only {checked} median figures");
}

// --- Steps ------------------------------------------------------------------------------------------

#[test]
fn the_trials_table_has_a_design_for_every_trial_in_both_views() {
    use local_therapy_aid::content::StudyKind;
    let trials: Vec<_> = content::bundle()
        .studies
        .iter()
        .filter(|s| s.kind == StudyKind::Rct)
        .collect();
    for view in [View::Patient, View::Clinician] {
        let html = page_html(Route::Step(Step::Studies), view);
        assert!(html.contains(r#"<th scope="col">Design</th>"#));
        // Every trial says when chance decided, or that it differed between women.
        let timings = html
            .matches(r#"<td data-label="When chance decided">At diagnosis: operation before medicines</td>"#)
            .count()
            + html
                .matches(r#"<td data-label="When chance decided">After first medicines, if the cancer had not grown</td>"#)
                .count()
            + html
                .matches(r#"<td data-label="When chance decided">It differed between women (see Design)</td>"#)
                .count();
        assert_eq!(timings, trials.len(), "{view:?}");
        for study in &trials {
            let design = match view {
                View::Patient => study.design_patient.map(|d| d.as_str()),
                View::Clinician => study.design_clinician.map(|d| d.as_str()),
            };
            let design = design.unwrap_or_else(|| panic!("{} has no design", study.id));
            assert!(!design.is_empty(), "{}", study.id);
            // Glossary terms in it are buttons: compare the words before the first one.
            let words = content::plain(design);
            let lead = design.split('{').next().unwrap_or_default();
            assert!(
                html.contains(&format!(
                    r#"<td data-label="Design" class="trials__design">{}"#,
                    html_escape(lead)
                )),
                "{} ({view:?}): {words}",
                study.id
            );
        }
    }
}

#[test]
fn the_selection_bias_picture_is_named_images_with_a_key() {
    let html = page_html(Route::Step(Step::Studies), View::Patient);
    for label in [
        "Older studies, had an operation: most were doing well to begin with.",
        "Older studies, no operation: most were less well to begin with.",
        "Fair trials, had an operation: a mix, the same as the other group.",
        "Fair trials, no operation: a mix, the same as the other group.",
    ] {
        assert!(
            html.contains(&format!(r#"role="img" aria-label="{label}""#)),
            "{label}"
        );
    }
    assert!(html.contains("Doing well to begin with") && html.contains("Less well to begin with"));
    assert!(html.contains("It does not show real numbers."));
    // No text symbols as markers (axe cannot judge their contrast).
    assert!(!html.contains('▲') && !html.contains('▽'));
}

#[test]
fn the_format_switch_shows_only_where_a_figure_can_change() {
    let switch = r#"aria-label="Show numbers as""#;
    for view in [View::Patient, View::Clinician] {
        for route in [
            Route::Step(Step::Survival),
            Route::Step(Step::BreastControl),
            Route::Step(Step::Harms),
        ] {
            assert!(
                page_html(route, view).contains(switch),
                "{route:?} {view:?}"
            );
        }
        // Quality of life: words only for patients, a count for clinicians.
        assert!(
            !page_html(Route::Step(Step::Life), view).contains(switch),
            "Life, {view:?}"
        );
    }
}

#[test]
fn the_summary_states_the_decision_and_the_funding() {
    let meta = &content::bundle().meta;
    for view in [View::Patient, View::Clinician] {
        let html = page_html(Route::Step(Step::Summary), view);
        assert!(html.contains(&html_escape(&content::plain(&meta.decision_patient))));
        assert!(html.contains("Funding and conflicts of interest: "));
        assert!(html.contains(&html_escape(meta.funding.as_str())));
    }
}

/// The summary offers the note for the record in both views, with a status line that is empty
/// until the press; the note itself is nowhere on the page until then (it is made on the press).
#[test]
fn the_summary_offers_the_note_for_the_record_and_shows_it_only_when_pressed() {
    let words = &content::words().record_note;
    for view in [View::Patient, View::Clinician] {
        let html = page_html(Route::Step(Step::Summary), view);
        assert!(
            html.contains(&format!(
                r#"<button type="button" class="button">{}</button>"#,
                words.copy.as_str()
            )),
            "{view:?}: no button to copy the note"
        );
        assert!(
            html.contains(r#"<p role="status" class="record-note__status"></p>"#),
            "{view:?}: no empty status line"
        );
        assert!(
            !html.contains("<textarea"),
            "{view:?}: the box to copy by hand shows before a press"
        );
        let heading = words.heading.fill(&content::bundle().meta.title);
        assert!(
            !html.contains(&heading),
            "{view:?}: the note is on the page before a press"
        );
    }
}

/// Text as the server renderer escapes it.
fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

// --- Readability of everything a patient sees --------------------------------------------------

/// Elements that sit inside a line of text; every other element starts a new text block.
const INLINE: [&str; 12] = [
    "a", "strong", "em", "b", "i", "q", "span", "button", "abbr", "small", "sub", "sup",
];
/// Spans drawn as blocks of their own (a note under a table cell, a label above a bar).
const BLOCK_SPANS: [&str; 4] = ["cell-note", "evidence-line", "bars__label", "value__label"];
const VOID: [&str; 8] = ["input", "br", "img", "hr", "meta", "link", "source", "wbr"];

use local_therapy_aid::checks::reading::decode;

/// The visible text of rendered HTML as blocks (paragraphs, list items, cells, headings…),
/// leaving out elements marked `hidden` (closed glossary definitions) and attributes.
fn text_blocks(html: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut depth = 0_usize;
    let mut skip_from: Option<usize> = None;
    let flush = |current: &mut String, blocks: &mut Vec<String>| {
        let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            blocks.push(text);
        }
        current.clear();
    };
    let mut in_term = false;
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        if skip_from.is_none() {
            current.push_str(&decode(&rest[..open]));
        }
        rest = &rest[open..];
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |e| e + 3);
            rest = &rest[end..];
            continue;
        }
        // The end of the tag, skipping '>' inside quoted attribute values.
        let mut quote = None;
        let mut end = rest.len();
        for (i, c) in rest.char_indices().skip(1) {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '>') => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        let tag = &rest[1..end];
        rest = rest.get(end + 1..).unwrap_or("");
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let self_closing = tag.ends_with('/') || VOID.contains(&name.as_str());
        let block_span = name == "span" && BLOCK_SPANS.iter().any(|c| tag.contains(c));
        if !INLINE.contains(&name.as_str()) || block_span {
            flush(&mut current, &mut blocks);
        }
        // A glossary term is explained where it stands: mark it as the content does, so that the
        // grade counts it as one short word (see domain::readability).
        if name == "button" && skip_from.is_none() {
            if !closing && tag.contains(r#"class="term""#) {
                current.push_str("{term|");
                in_term = true;
            } else if closing && in_term {
                current.push('}');
                in_term = false;
            }
        }
        if closing {
            if skip_from == Some(depth) {
                skip_from = None;
            }
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            depth += 1;
            let hidden = tag
                .split_whitespace()
                .any(|attr| attr == "hidden" || attr.starts_with("hidden="));
            if hidden && skip_from.is_none() {
                skip_from = Some(depth);
            }
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

#[test]
fn text_blocks_split_blocks_keep_inline_words_and_skip_hidden_text() {
    let html = r#"<p>An <button class="term">arm</button><span class="term__definition" hidden=""><span>def</span></span> swelling &amp; more.</p><ul><li>One</li><li>Two<span class="cell-note">note</span></li></ul><!--<[x]>-->"#;
    assert_eq!(
        text_blocks(html),
        ["An {term|arm} swelling & more.", "One", "Two", "note"]
    );
}

/// Every screen in the patient view, and every figure on the outcome steps in every format:
/// each block of 12 or more words reads at grade 8 or below, and the short ones together do too
/// (the rules of the content lint, applied to what is rendered, so prose written in pages and
/// sentences put together from figure records are measured as well).
#[test]
fn everything_a_patient_sees_reads_at_grade_8_or_below() {
    use local_therapy_aid::checks::lint::{MAX_GRADE, MIN_WORDS_FOR_OWN_GRADE};
    use local_therapy_aid::checks::readability::{self, Counts};

    // Each distinct block once, with where it was first seen.
    let mut seen = std::collections::BTreeMap::<String, String>::new();
    for route in Route::all() {
        for block in text_blocks(&page_html(route, View::Patient)) {
            seen.entry(block).or_insert_with(|| format!("{route:?}"));
        }
    }
    for step in Step::ALL.into_iter().filter(|s| s.has_panels()) {
        for panel in content::panels(step) {
            for id in panel.figures.iter() {
                for format in [Format::Icons, Format::Table, Format::Text] {
                    for block in text_blocks(&figure_html(id.as_str(), View::Patient, format)) {
                        seen.entry(block)
                            .or_insert_with(|| format!("figure {id} ({format:?})"));
                    }
                }
            }
        }
    }
    // Entries of a reference list are not prose (authors, journal, DOI): they are not graded.
    let citations: std::collections::BTreeSet<String> = content::bundle()
        .sources
        .iter()
        .map(citation_text)
        .collect();
    let mut too_hard = Vec::new();
    let mut short = Counts::default();
    let mut graded = 0;
    for (block, place) in seen.iter().filter(|(block, _)| !citations.contains(*block)) {
        let counts = readability::counts(block);
        if counts.words < MIN_WORDS_FOR_OWN_GRADE {
            short = short.plus(counts);
            continue;
        }
        graded += 1;
        if let Some(grade) = counts.grade().filter(|g| *g > MAX_GRADE) {
            too_hard.push(format!("{place}: grade {grade:.1}: {block}"));
        }
    }
    let pooled = short.grade().unwrap_or(0.0);
    println!(
        "patient view: {} text blocks, {graded} graded on their own, short ones pooled at grade {pooled:.1}",
        seen.len()
    );
    assert!(graded > 50, "only {graded} blocks graded");
    assert!(
        pooled <= MAX_GRADE,
        "short blocks together read at grade {pooled:.1}"
    );
    assert!(
        too_hard.is_empty(),
        "{} blocks read above grade {MAX_GRADE}:\n{}",
        too_hard.len(),
        too_hard.join("\n")
    );
}

#[test]
fn every_citation_reads_cleanly_with_single_full_stops() {
    let doubled: Vec<String> = content::bundle()
        .sources
        .iter()
        .map(citation_text)
        .filter(|c| c.contains("..") || c.contains(". .") || !c.ends_with('.'))
        .collect();
    assert!(
        doubled.is_empty(),
        "These citations have a doubled or missing full stop; fix the source's fields in \
         sources.toml or citation_text():\n{}",
        doubled.join("\n")
    );
}

// --- Reading length: the first layer fits a consultation ----------------------------------------

use local_therapy_aid::app::measure::screens;
use local_therapy_aid::checks::reading::{self, BUDGET, Layer, Screens};
use local_therapy_aid::domain::step::Journey;

/// First-layer words of each step of a way through, in a view, as rendered.
fn first_layers(view: View, journey: Journey) -> Screens {
    let what = format!("{view:?} view, first layer of the {journey:?} consultation");
    Screens::count(what, &screens(view, journey), Layer::First)
}

/// The budgets hold on the real screens, rendered by the app: the patient and clinician first
/// layers of the 13 consultation steps, and the short consultation's steps.
#[test]
fn the_first_layers_fit_their_word_budgets() {
    let patient = first_layers(View::Patient, Journey::Full);
    assert_eq!(
        patient.screens.len(),
        13,
        "Start to Check your understanding and the summary"
    );
    let clinician = first_layers(View::Clinician, Journey::Full);
    let short = first_layers(View::Patient, Journey::Short);
    assert_eq!(short.screens.len(), 5);
    let problems: Vec<String> = [
        patient.over(BUDGET.patient_first_layer),
        clinician.over(BUDGET.clinician_first_layer),
        short.over(BUDGET.short_path_patient),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Every step says something in its first layer (a step cannot pass by showing nothing).
    for (name, words) in patient.screens.iter().chain(&clinician.screens) {
        assert!(
            *words >= 20,
            "{name} shows only {words} words before anything is opened"
        );
    }
}

/// The counter the budgets use, on a page that is over budget (a broken fixture): the message
/// names the total, the excess and the longest screens.
#[test]
fn a_screen_over_the_budget_is_reported_with_where_to_cut() {
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/over-budget-step.html"
    ))
    .unwrap();
    let words = reading::first_layer_words(&fixture);
    // The fixture's first layer: its heading, key points, a table and a disclosure's summary;
    // the disclosure's long body and the frame around <main> do not count.
    assert_eq!(words, 2_512, "{}", reading::first_layer_text(&fixture));
    let screens = reading::Screens {
        what: "patient view, first layer of the consultation steps".into(),
        screens: vec![("Over-long step".into(), words), ("Start".into(), 60)],
    };
    let message = screens
        .over(BUDGET.patient_first_layer)
        .expect("over budget");
    assert!(message.contains("2572 words"), "{message}");
    assert!(
        message.contains("over the budget of 2500 by 72"),
        "{message}"
    );
    assert!(message.contains("Over-long step 2512"), "{message}");
}

/// "No range was reported" is said once per figure whose numbers have none, not after every
/// number.
#[test]
fn no_range_is_said_once_per_figure() {
    let content = content::bundle();
    for figure in &content.figures {
        let arms = match &figure.value {
            content::FigureValue::Frequency(f)
                if f.arms.iter().all(|a| a.uncertainty.ci.is_none()) =>
            {
                f.arms.len()
            }
            content::FigureValue::Median(m)
                if m.arms.iter().all(|a| a.uncertainty.ci.is_none()) =>
            {
                m.arms.len()
            }
            _ => continue,
        };
        for format in [Format::Icons, Format::Text, Format::Table] {
            let html = figure_html(figure.id.as_str(), View::Patient, format);
            let said = html.matches("No range was reported for th").count();
            assert_eq!(
                said, 1,
                "{} ({format:?}, {arms} numbers): said {said} times",
                figure.id
            );
            let expected = local_therapy_aid::domain::phrasing::no_range_for(arms);
            assert!(html.contains(expected), "{}: {expected}", figure.id);
        }
    }
}

/// The Start screen's "Short consultation (about N minutes)" says what the benchmark measures:
/// the short way's first-layer words at 150 words a minute, to the nearest minute.
#[test]
fn the_short_consultation_says_how_long_it_takes_as_measured() {
    // The short way's button (`ui.toml`, `[start] short_way`).
    let short_way = local_therapy_aid::content::words().start.short_way.as_str();
    let minutes: u32 = short_way
        .split_whitespace()
        .find_map(|w| w.trim_start_matches('(').parse().ok())
        .expect("the label gives its minutes");
    let words = first_layers(View::Patient, Journey::Short).total();
    let measured = (words + reading::WORDS_PER_MINUTE / 2) / reading::WORDS_PER_MINUTE;
    assert_eq!(
        minutes,
        measured,
        "the short consultation shows {words} words ({} minutes at 150 a minute): write \"about {measured} minutes\" in ui.toml, [start] short_way",
        reading::minutes(words)
    );
    let start = page_html(Route::Step(Step::Start), View::Patient);
    assert!(start.contains(short_way));
}

#[test]
fn about_says_plainly_that_the_aid_has_not_yet_been_reviewed_or_tested() {
    // development.toml has no records yet: About says so, in both views, under its own heading.
    assert!(content::development().is_empty());
    let about = &content::words().about;
    for view in [View::Patient, View::Clinician] {
        let html = page_html(Route::Step(Step::About), view);
        assert!(
            html.contains(&format!(
                r#"<h2 id="about-development">{}</h2>"#,
                about.development
            )),
            "{view:?}"
        );
        // Up to its first apostrophe, which the renderer escapes its own way.
        let said = about
            .development_none
            .split('\'')
            .next()
            .unwrap_or_default();
        assert!(
            said.len() > 40 && html.contains(&html_escape(said)),
            "{view:?}"
        );
    }
}

/// The SURE test's terms require its citation wherever its questions are shown: the one kept in
/// the binary for the patient view is the source's own, as the clinician view prints it.
#[test]
fn the_sure_citation_with_its_questions_is_the_sources_own() {
    let sure = &local_therapy_aid::content::bundle().sure;
    let source = sure.source.get().expect("the SURE source");
    assert_eq!(
        sure.citation.as_str(),
        local_therapy_aid::domain::phrasing::citation_text(source)
    );
}

//! Numbers in prose and in quotes (native): a number that a text states must be one of the figures
//! it cites, and a figure's values must be printed in the quote they were copied from. Numbers are
//! read as a person reads them: a trial's name is not a number, a middle dot is a decimal point,
//! numbers written in words have their values, and a time frame in whole years justifies those
//! years and no other number.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::checks::{assert_reports, fixture, list};
use local_therapy_aid::checks::lint;
use local_therapy_aid::content;

#[test]
fn number_extraction_ignores_trial_names() {
    assert_eq!(
        lint::numbers_in("E2108 and MF07-01 (ABCSG-28): HR 1.11 (90% CI 0.82–1.52), 1,832 women"),
        ["1.11", "90", "0.82", "1.52", "1832"]
    );
}

#[test]
fn figure_values_must_be_in_their_quotes() {
    let dir = common::scratch_copy("misquoted");
    std::fs::copy(
        fixture("misquoted_figures.toml"),
        dir.join("figures/zz_misquoted.toml"),
    )
    .unwrap();
    let bundle = common::load::load_dir(&dir).unwrap();
    let text = list(&lint::values_missing_from_quotes(&bundle));
    assert_reports(
        &text,
        &[
            "figure `broken-misquoted-hr`: estimate is 1.17, but the quote does not print it: copy the sentence",
            "figure `broken-misquoted-hr`: CI high is 1.57, but the quote does not print it",
            "figure `broken-misquoted-count`: count is 91, but the quote does not print it",
        ],
    );
    // The values that are in the quotes are not reported ("Ninety" is read as 90 elsewhere).
    assert!(!text.contains("CI low"), "{text}");
    assert!(
        lint::values_missing_from_quotes(&common::bundle_from_toml()).is_empty(),
        "the real figures all print their values in their quotes"
    );
}

#[test]
fn quote_numbers_read_digits_middle_dots_and_words() {
    let numbers = |q: &str| -> Vec<String> {
        lint::quote_numbers(q)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(numbers("41·9% (95% CI 1,832)"), ["41.9", "95", "1832"]);
    assert_eq!(
        numbers("Five hundred seventy patients; Ninety patients"),
        ["570", "90"]
    );
}

#[test]
fn a_horizon_in_whole_years_justifies_its_years_and_no_other_number() {
    let mut figure = content::Figure::default();
    figure.horizon.months = Some(36);
    let numbers = lint::figure_numbers(&figure);
    assert!(
        numbers.contains("36") && numbers.contains("3"),
        "{numbers:?}"
    );
    figure.horizon.months = Some(30);
    let numbers = lint::figure_numbers(&figure);
    assert!(numbers.contains("30"), "{numbers:?}");
    assert!(
        !numbers.contains("2") && !numbers.contains("3") && !numbers.contains("0"),
        "{numbers:?}"
    );
}

#[test]
fn numbers_written_in_words_are_read_as_their_values() {
    let values = |quote: &str| -> Vec<String> {
        lint::quote_numbers(quote)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(values("Ninety patients were randomised"), ["90"]);
    assert_eq!(values("five hundred seventy-two women"), ["572"]);
    assert_eq!(values("two thousand and twelve women"), ["2012"]);
    assert_eq!(values("one hundred and five; then three"), ["105", "3"]);
    // Words that only make sense inside a number make none on their own.
    assert!(values("the hundred and the thousand").is_empty());
}

#[test]
fn clinician_prose_that_cites_a_figure_may_state_only_its_numbers() {
    let mut bundle = common::bundle_from_toml();
    bundle.panels = bundle.panels.edited(|panels| {
        let panel = panels.iter_mut().find(|p| !p.figures.is_empty()).unwrap();
        panel.summary_clinician = "Deaths fell by 7,777 in the trials.".into();
    });
    let problems = lint::problems(&bundle);
    assert!(
        problems
            .iter()
            .any(|p| p.fix.contains("7,777") || p.fix.contains("7777")),
        "{}",
        list(&problems)
    );
}

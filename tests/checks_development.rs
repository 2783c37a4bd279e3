//! Claims about the aid's development and testing (native): a text that says the aid was
//! field-tested or reviewed by patients or clinicians is refused unless `development.toml` holds a
//! record of that kind with that group, and the message says how to fix it; a sentence that says
//! it has not happened yet is not a claim; a development record must be complete. The shipped
//! content, which says plainly that none has been done, passes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use std::path::Path;

use common::checks::{assert_reports, fixture, lines_where, problems_with};
use local_therapy_aid::checks::validate;

/// Replaces `from` by `to` in one data file of a scratch copy (the words must be there).
fn replace(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} no longer holds {from:?}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// The problems about development claims and records only.
fn development_problems(text: &str) -> String {
    lines_where(text, |line| {
        line.contains("development.toml") || line.contains("development record")
    })
}

const NOT_YET: &str = "The aid has not yet been field-tested with patients and clinicians.";
const CLAIMED: &str = "The aid has been field-tested with patients and clinicians.";

#[test]
fn the_shipped_content_claims_no_review_or_test_and_has_no_records() {
    let bundle = common::bundle_from_toml();
    assert!(bundle.development.is_empty(), "update the About test too");
    let text = common::checks::list(&validate::problems(&bundle));
    assert_eq!(development_problems(&text), "", "{text}");
    // The words that say so are there, and are not read as claims.
    let about = &bundle.ui.about;
    assert!(validate::claims_in(&about.development_none).is_empty());
    assert!(
        bundle
            .meta
            .limitations
            .iter()
            .any(|l| l.as_str() == NOT_YET)
    );
}

#[test]
fn a_field_test_claimed_with_no_record_is_refused_with_the_fix() {
    let text = problems_with("claim-field-tested", |dir| {
        replace(dir, "bundle.toml", NOT_YET, CLAIMED)
    });
    assert_reports(
        &text,
        &[
            "bundle.toml: `limitations[",
            "says \"field-tested (patients)\", but content/data/development.toml has no record of that \
             (kind = \"field_test\" with patients among its participants). Add the record to development.toml",
            "or reword: only a review or test that has happened may be claimed",
        ],
    );
}

#[test]
fn a_review_claimed_in_the_screen_words_is_refused() {
    let text = problems_with("claim-reviewed-by", |dir| {
        replace(
            dir,
            "ui.toml",
            "the reading grade is a formula, not a test with readers.",
            "it was reviewed by breast surgeons.",
        )
    });
    assert_reports(
        &text,
        &[
            "says \"reviewed by (clinicians)\", but content/data/development.toml has no record of that \
           (kind = \"review\" with clinicians among its participants)",
        ],
    );
}

#[test]
fn a_record_of_the_kind_and_group_backs_the_claim_and_no_other() {
    let text = problems_with("claim-backed", |dir| {
        replace(dir, "bundle.toml", NOT_YET, CLAIMED);
        replace(
            dir,
            "ui.toml",
            "the reading grade is a formula, not a test with readers.",
            "it was reviewed by breast surgeons.",
        );
        std::fs::copy(
            fixture("development_field_test.toml"),
            dir.join("development.toml"),
        )
        .unwrap();
    });
    let development = development_problems(&text);
    // The field test is recorded, with patients: its claim stands.
    assert!(!development.contains("field-tested"), "{development}");
    // A field test is not a review: that claim is still refused.
    assert!(
        development.contains("\"reviewed by (clinicians)\""),
        "{development}"
    );
    assert_eq!(development.lines().count(), 1, "{development}");
}

#[test]
fn an_incomplete_record_is_refused() {
    let text = problems_with("incomplete-record", |dir| {
        let record = std::fs::read_to_string(fixture("development_field_test.toml"))
            .unwrap()
            .replace("when = \"2027-03 to 2027-06\"", "when = \"2027-03-14\"")
            .replace("number = 6", "number = 0")
            .replace("report_note = \"A report in the project's files.\"\n", "");
        std::fs::write(dir.join("development.toml"), record).unwrap();
    });
    assert_reports(
        &text,
        &[
            "development record `field-test-fixture`: `when` = \"2027-03-14\" must be a month (\"2027-03\") or a span of months",
            "development record `field-test-fixture`: a group of `participants` has `number = 0`",
            "development record `field-test-fixture`: says nowhere where it is reported",
        ],
    );
}

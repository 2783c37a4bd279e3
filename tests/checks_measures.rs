//! The validated measures of `measures.toml` keep their wording (native): a changed word, a
//! relabelled answer or a dropped item no longer matches the measure's fingerprint, and the build
//! refuses it with a message that says why the words must stay verbatim and how to update the
//! fingerprint when the source itself changed. A scale with a gap is refused too. The shipped
//! measures pass, and carry their terms of use and where they were read.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use std::path::Path;

use common::checks::{assert_reports, lines_where, list, problems_with};
use local_therapy_aid::checks::validate;

fn replace(dir: &Path, from: &str, to: &str) {
    let path = dir.join("measures.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains(from),
        "measures.toml no longer holds {from:?}"
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn measure_problems(text: &str) -> String {
    lines_where(text, |line| line.contains("measure `"))
}

#[test]
fn the_shipped_measures_match_their_fingerprints_and_are_complete() {
    let bundle = common::bundle_from_toml();
    let text = list(&validate::problems(&bundle));
    assert_eq!(measure_problems(&text), "", "{text}");
    let ids: Vec<&str> = bundle.measures.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["collaborate", "prepdm"]);
    for measure in bundle.measures.iter() {
        assert_eq!(
            measure.fingerprint.as_str(),
            validate::measure_fingerprint(measure)
        );
        assert!(!measure.sources.is_empty() && !measure.terms.is_empty());
        assert!(measure.readings.iter().any(|r| r.primary), "{}", measure.id);
        assert!(measure.terms_url.starts_with("https://"), "{}", measure.id);
    }
}

#[test]
fn a_changed_word_fails_with_why_and_how_to_update() {
    let text = problems_with("measure-changed-word", |dir| {
        replace(
            dir,
            "help you understand your health issues?",
            "help you understand your illness?",
        )
    });
    assert_reports(
        &text,
        &[
            "measure `collaborate`: its wording does not match its fingerprint (`fingerprint` = \"45ca29778baf0e07\"",
            "CollaboRATE is a validated measure: its items, answer labels and lead must stay word for word as its \
             source prints them, or its answers cannot be compared with the published ones. Put the source's words back.",
            "Only if the source itself changed (a new version from its developers): copy the new words exactly, \
             record the page and date read in `readings`, and set `fingerprint = \"",
        ],
    );
}

#[test]
fn a_relabelled_answer_or_a_dropped_item_fails() {
    let text = problems_with("measure-relabelled", |dir| {
        replace(dir, "label = \"A great deal\"", "label = \"A lot\"")
    });
    assert_reports(
        &text,
        &["measure `prepdm`: its wording does not match its fingerprint"],
    );
    let text = problems_with("measure-dropped-item", |dir| {
        replace(
            dir,
            "[[measures.items]]\nid = \"10\"\ntext = \"Prepare you for a follow-up visit with your doctor?\"\n",
            "",
        )
    });
    assert_reports(
        &text,
        &["measure `prepdm`: its wording does not match its fingerprint"],
    );
}

#[test]
fn a_scale_with_a_gap_or_an_unlabelled_end_fails() {
    let text = problems_with("measure-scale-gap", |dir| {
        replace(dir, "[[measures.scale]]\nvalue = 4\n\n", "")
    });
    let problems = measure_problems(&text);
    assert!(
        problems.contains("measure `collaborate`: its `scale` values must count up in ones"),
        "{problems}"
    );
    let text = problems_with("measure-scale-unlabelled", |dir| {
        replace(
            dir,
            "value = 9\nlabel = \"every effort was made\"\n",
            "value = 9\n",
        )
    });
    assert!(
        measure_problems(&text).contains(
            "measure `collaborate`: its `scale` must label its lowest and highest points"
        ),
        "{text}"
    );
}

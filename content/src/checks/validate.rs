//! Checks what serde cannot: ids, cross-references, ranges, and the display policy.
//!
//! Every problem is worded as the fix a content editor should make. `build.rs` refuses to build
//! an app from a bundle with problems, and `tests/content.rs` checks the same with fixtures.
//! The markup of every prose field (found by the schema walk in `checks::texts`) is checked here
//! too, so no field is left out.

use std::collections::{BTreeMap, BTreeSet};

use crate::markup;
use crate::schema::{Bundle, Figure, FigureRef, Point, SourceRef, Verification};

use super::texts;

mod across;
mod balance;
mod development;
mod figure;
mod layers;
mod measures;
mod records;
mod templates;

pub use across::equal_detail_problems;
use across::{check_changes, check_directness};
pub use balance::{findings, subgroup_direction};
pub use development::{Claim, claims_in};
pub use measures::{measure_fingerprint, measure_wording};
use records::{
    check_compare, check_exercises, check_meta, check_options, check_pages, check_sources,
    check_studies,
};
pub use templates::slot_problem;

/// The data-file format this app reads.
pub const FORMAT_VERSION: u32 = 1;

/// One thing to fix.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// Where: the record ("figure `e2108-os-3y`").
    pub place: String,
    /// What to do.
    pub fix: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.fix)
    }
}

struct Checker<'a> {
    bundle: &'a Bundle,
    problems: Vec<Problem>,
    figures: BTreeMap<&'a str, &'a Figure>,
    sources: BTreeSet<&'a str>,
    terms: BTreeSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn push(&mut self, place: impl Into<String>, fix: impl Into<String>) {
        self.problems.push(Problem {
            place: place.into(),
            fix: fix.into(),
        });
    }

    fn required(&mut self, place: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(
                place,
                format!("`{field}` is empty: write it (it is shown to users)"),
            );
        }
    }

    fn markup(&mut self, place: &str, field: &str, value: &str) {
        match markup::parse(value) {
            Err(e) => self.push(place, format!("`{field}`: {}", e.0)),
            Ok(_) => {
                for id in markup::term_ids(value) {
                    if !self.terms.contains(id) {
                        self.push(
                            place,
                            format!(
                                "`{field}` uses glossary term `{{{id}}}`, which is not in glossary.toml: add the \
                                 term there or fix the id"
                            ),
                        );
                    }
                }
            }
        }
    }

    fn sources(&mut self, place: &str, ids: &[SourceRef]) {
        for id in ids {
            if !self.sources.contains(id.as_str()) {
                self.push(
                    place,
                    format!("cites source `{id}`, which is not in sources.toml: add it there or fix the id"),
                );
            }
        }
    }

    /// References from anything a screen shows: must exist and be displayable.
    fn shown_figures(&mut self, place: &str, ids: &[FigureRef]) {
        for id in ids {
            match self.figures.get(id.as_str()) {
                None => self.push(
                    place,
                    format!("refers to figure `{id}`, which is not in figures/*.toml: add it or fix the id"),
                ),
                Some(figure) if !figure.status.displayable() => self.push(
                    place,
                    format!(
                        "shows figure `{id}`, whose status is {:?}: the display policy forbids showing secondary or \
                         unverified figures. Check it against the primary source and update its status, or remove \
                         the reference and say what is known in words",
                        figure.status
                    ),
                ),
                Some(_) => {}
            }
        }
    }

    /// References from places the patient view shows: a review's report of another study is not
    /// a checked figure, so it stays in the clinician view.
    fn patient_figures(&mut self, place: &str, ids: &[FigureRef]) {
        self.shown_figures(place, ids);
        for id in ids {
            if self
                .figures
                .get(id.as_str())
                .is_some_and(|f| f.status == Verification::ReportedByReview)
            {
                self.push(
                    place,
                    format!(
                        "shows figure `{id}`, which is only what the 2015 review reported, in the patient view: \
                         list it in `clinician_figures` or a study card instead"
                    ),
                );
            }
        }
    }

    fn point(&mut self, place: &str, point: &Point) {
        self.required(place, "patient", &point.patient);
        if let Some(c) = &point.clinician {
            self.required(place, "clinician", c);
        }
        self.patient_figures(place, &point.figures);
        self.sources(place, &point.sources);
        if point.figures.is_empty() && point.sources.is_empty() && contains_digit(&point.patient) {
            self.push(
                place,
                "states a number but lists no `figures` or `sources`: every number must be traceable",
            );
        }
    }
}

fn contains_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
}

/// Whether `text` is a date as the data files write it: YYYY-MM-DD, with a month of 1 to 12 and a
/// day of 1 to 31.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
        && (1..=12).contains(&text[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&text[8..10].parse::<u8>().unwrap_or(0))
}

fn duplicates<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = BTreeSet::new();
    let mut dups = Vec::new();
    for id in ids {
        if !seen.insert(id) {
            dups.push(id);
        }
    }
    dups
}

/// Every problem in the bundle, sorted; empty when the bundle may ship.
pub fn problems(bundle: &Bundle) -> Vec<Problem> {
    let mut c = Checker {
        bundle,
        problems: Vec::new(),
        figures: bundle.figures.iter().map(|f| (f.id.as_str(), f)).collect(),
        sources: bundle.sources.iter().map(|s| s.id.as_str()).collect(),
        terms: bundle.glossary.iter().map(|t| t.id.as_str()).collect(),
    };
    check_ids(&mut c);
    check_every_step_has_words(&mut c);
    check_meta(&mut c);
    check_sources(&mut c);
    for figure in &bundle.figures {
        c.figure(figure);
    }
    check_studies(&mut c);
    check_options(&mut c);
    check_compare(&mut c);
    check_pages(&mut c);
    layers::check_layers(&mut c);
    check_exercises(&mut c);
    check_markup(&mut c);
    check_directness(&mut c);
    balance::check_balance(&mut c);
    check_changes(&mut c);
    templates::check_templates(&mut c);
    development::check_records(&mut c);
    development::check_claims(&mut c);
    measures::check_measures(&mut c);
    for fix in equal_detail_problems(&bundle.options, &bundle.glossary) {
        c.push("options.toml", fix);
    }
    let mut problems = c.problems;
    problems.sort();
    problems.dedup();
    problems
}

/// Every step of the journey has its words in `steps.toml` (a step with none would show an empty
/// title and no key points).
fn check_every_step_has_words(c: &mut Checker<'_>) {
    for step in crate::schema::Step::ALL {
        if !c.bundle.steps.iter().any(|s| s.id == step) {
            c.push(
                "steps.toml",
                format!(
                    "step `{step}` has no words: add a [[steps]] entry with id = \"{step}\", its title and key points"
                ),
            );
        }
    }
}

fn check_ids(c: &mut Checker<'_>) {
    let b = c.bundle;
    let collections: Vec<(&str, Vec<&str>)> = vec![
        ("source", b.sources.iter().map(|x| x.id.as_str()).collect()),
        ("figure", b.figures.iter().map(|x| x.id.as_str()).collect()),
        ("study", b.studies.iter().map(|x| x.id.as_str()).collect()),
        ("option", b.options.iter().map(|x| x.id.as_str()).collect()),
        (
            "compare row",
            b.compare.iter().map(|x| x.id.as_str()).collect(),
        ),
        ("panel", b.panels.iter().map(|x| x.id.as_str()).collect()),
        ("step", b.steps.iter().map(|x| x.id.id()).collect()),
        (
            "seed change",
            b.seed_changes.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "guidance card",
            b.guidance.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "situation evidence",
            b.situation_evidence.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "glossary term",
            b.glossary.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "knowledge item",
            b.knowledge.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "value item",
            b.values.items.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "question",
            b.questions.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "development record",
            b.development.iter().map(|x| x.id.as_str()).collect(),
        ),
    ];
    for (kind, ids) in collections {
        for id in &ids {
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == b'-')
            {
                c.push(
                    format!("{kind} `{id}`"),
                    "ids must be lower-case letters, digits and hyphens (they appear in links and references)",
                );
            }
        }
        for dup in duplicates(ids) {
            c.push(
                format!("{kind} `{dup}`"),
                "this id is used twice: make each id unique",
            );
        }
    }
}

/// The glossary markup of every prose field a screen renders: it parses, and every term exists.
/// Verbatim quotes and clinician details are shown as printed, so they are not read as markup.
fn check_markup(c: &mut Checker<'_>) {
    for text in texts::located(c.bundle) {
        if matches!(
            text.prose.reader,
            texts::Reader::Patient | texts::Reader::Clinician
        ) {
            c.markup(&text.record, &text.field, text.prose.text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_year_month_day_with_a_real_month_and_day() {
        for date in ["2026-12-01", "2027-01-31", "1999-10-10"] {
            assert!(is_iso_date(date), "{date}");
        }
        for date in [
            "2026/12/01",
            "2026-12-1",
            "2026-12-010",
            "20261-2-01",
            "2026-1x-01",
            "2026-00-10",
            "2026-13-01",
            "2026-12-00",
            "2026-12-32",
            "",
            "2026",
        ] {
            assert!(!is_iso_date(date), "{date}");
        }
    }

    #[test]
    fn the_values_labels_are_counted_against_the_apps_scales() {
        use crate::domain::scales::{Leaning, Rating};
        let data =
            crate::checks::load::load_dir(std::path::Path::new(crate::checks::load::DATA_DIR))
                .expect("the data loads");
        assert_eq!(data.values.rating_labels.len(), Rating::ALL.len());
        assert_eq!(data.values.leaning_labels.len(), Leaning::ALL.len());
        let mut bundle = data.clone();
        bundle.values.rating_labels = bundle.values.rating_labels.edited(|labels| {
            labels.pop();
        });
        bundle.values.leaning_labels = bundle.values.leaning_labels.edited(|labels| {
            labels.push(labels[0]);
        });
        let fixes: Vec<String> = problems(&bundle)
            .into_iter()
            .filter(|p| p.place == "values.toml")
            .map(|p| p.fix)
            .collect();
        assert_eq!(
            fixes,
            [
                format!(
                    "`leaning_labels` needs exactly {} positions, with \"unsure\" in the middle",
                    Leaning::ALL.len()
                ),
                format!(
                    "`rating_labels` needs exactly {} labels, from not important to very important",
                    Rating::ALL.len()
                ),
            ]
        );
    }

    #[test]
    fn an_id_used_twice_is_named_once_for_each_repeat() {
        assert_eq!(duplicates(["a", "b", "a", "c", "b", "a"]), ["a", "b", "a"]);
        assert!(duplicates(["a", "b", "c"]).is_empty());
    }

    #[test]
    fn a_digit_anywhere_is_a_number_to_trace() {
        assert!(contains_digit("about 5 out of 100"));
        assert!(contains_digit("x9"));
        assert!(!contains_digit("no numbers here, only words"));
    }
}

//! Checks across the records: every option told in equal detail, figures that say whom they
//! apply to (direct or indirect evidence), and the change log.

use std::collections::BTreeSet;

use crate::markup;
use crate::schema::{GlossaryTerm, OptionKind, Point, TreatmentOption};

use super::Checker;

// --- Equal detail for every option ---------------------------------------------------------------

/// Words a patient reads in a list of points (glossary markup shown as its words).
fn patient_words(points: &[Point], glossary: &[GlossaryTerm]) -> usize {
    points
        .iter()
        .map(|p| plain_words(&p.patient, glossary))
        .sum()
}

/// How far each option's patient word count for a section may stray from the mean of all options.
const WORD_TOLERANCE: f64 = 0.35;

/// Every way the options differ in detail (IPDAS: every option in equal detail): the number of points per section, and patient words per
/// section beyond the tolerance around the mean of all options.
pub fn equal_detail_problems(
    options: &[TreatmentOption],
    glossary: &[GlossaryTerm],
) -> Vec<String> {
    let sections = |o: &TreatmentOption| {
        [
            ("what_happens", o.what_happens),
            ("benefits", o.benefits),
            ("harms", o.harms),
            ("experience.physical", o.experience.physical),
            ("experience.emotional", o.experience.emotional),
            ("experience.practical", o.experience.practical),
        ]
    };
    let mut problems = Vec::new();
    for i in 0..6 {
        let section = sections(&options[0])[i].0;
        let counts: Vec<(&str, usize, usize)> = options
            .iter()
            .map(|o| {
                let points = sections(o)[i].1;
                (
                    o.id.as_str(),
                    points.len(),
                    patient_words(&points, glossary),
                )
            })
            .collect();
        let items = counts[0].1;
        let mean = counts.iter().map(|c| c.2 as f64).sum::<f64>() / options.len() as f64;
        for (id, n, words) in &counts {
            if *n != items {
                problems.push(format!(
                    "option `{id}` has {n} {section} points, `{}` has {items}: give every option the same number",
                    counts[0].0
                ));
            }
            let off = (*words as f64 - mean) / mean;
            if off.abs() > WORD_TOLERANCE {
                problems.push(format!(
                    "option `{id}` {section}: {words} patient words, {:+.0}% from the mean of {mean:.0} (allowed \
                     ±{:.0}%): even out the detail",
                    off * 100.0,
                    WORD_TOLERANCE * 100.0
                ));
            }
        }
    }
    problems
}

/// How many words a reader sees in prose (a glossary mark counts as the words it shows).
fn plain_words(text: &str, glossary: &[GlossaryTerm]) -> usize {
    markup::plain(text, |id| {
        glossary
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.term.as_str())
    })
    .split_whitespace()
    .count()
}

// --- Direct and indirect evidence ----------------------------------------------------------------

/// A figure used for an option whose women its population is not (they had early breast cancer,
/// or a different treatment) must say so (`indirect`), and every figure an outcome step shows must
/// say whom it applies to (`direct_for`, or `indirect`).
pub(super) fn check_directness(c: &mut Checker<'_>) {
    let b = c.bundle;
    // (figure, option kind, option id), for every use that does not say itself that it is indirect.
    let mut uses: Vec<(&str, OptionKind, &str)> = Vec::new();
    for option in &b.options {
        let e = &option.experience;
        for point in option
            .what_happens
            .iter()
            .chain(&option.benefits)
            .chain(&option.harms)
            .chain(&e.physical)
            .chain(&e.emotional)
            .chain(&e.practical)
        {
            if point.indirect.is_none() {
                uses.extend(
                    point
                        .figures
                        .iter()
                        .map(|f| (f.as_str(), option.kind, option.id.as_str())),
                );
            }
        }
    }
    for row in &b.compare {
        for cell in &row.cells {
            if let Some(option) = b.options.iter().find(|o| o.id == cell.option.as_str())
                && cell.indirect.is_none()
            {
                uses.extend(
                    cell.figures
                        .iter()
                        .map(|f| (f.as_str(), option.kind, option.id.as_str())),
                );
            }
        }
    }
    for (id, kind, option) in uses {
        let Some(figure) = c.figures.get(id).copied() else {
            continue;
        };
        if figure.indirect.is_none() && !figure.direct_for.contains(&kind) {
            c.push(
                format!("figure `{id}`"),
                format!(
                    "is used for option `{option}`, but its women did not have that option: if they did, add \
                     \"{}\" to `direct_for`; if not, add `indirect = {{ patient = \"…\", clinician = \"…\" }}` saying \
                     how they differ, to the figure (if it is indirect wherever it is used) or to the point or cell",
                    kind_name(kind)
                ),
            );
        }
    }
    for panel in &b.panels {
        for id in panel.figures.iter().chain(&panel.clinician_figures) {
            if let Some(figure) = c.figures.get(id.as_str()).copied()
                && figure.indirect.is_none()
                && figure.direct_for.is_empty()
            {
                c.push(
                    format!("figure `{id}`"),
                    format!(
                        "is shown on the `{}` panel but does not say whom it applies to: list the options its women had \
                         in `direct_for`, or mark it `indirect` and say how its women differ",
                        panel.id
                    ),
                );
            }
        }
    }
    for figure in &b.figures {
        if let Some(indirect) = &figure.indirect {
            let place = format!("figure `{}`", figure.id);
            c.required(&place, "indirect.patient", &indirect.patient);
            c.required(&place, "indirect.clinician", &indirect.clinician);
        }
    }
}

/// The option kind as the TOML writes it.
fn kind_name(kind: OptionKind) -> &'static str {
    match kind {
        OptionKind::NoLocalTherapyNow => "no_local_therapy_now",
        OptionKind::Surgery => "surgery",
        OptionKind::Radiotherapy => "radiotherapy",
        OptionKind::ClinicalTrial => "clinical_trial",
    }
}

// --- The change log ------------------------------------------------------------------------------

/// The change log is this version's, and every entry says what it touched, why, and where that
/// was read.
pub(super) fn check_changes(c: &mut Checker<'_>) {
    let log = &c.bundle.changes;
    if log.version != c.bundle.meta.version.as_str() {
        c.push(
            "changes.toml",
            format!(
                "`version` is {} but the bundle is version {}: the change log must be this version's",
                log.version, c.bundle.meta.version
            ),
        );
    }
    let mut ids = BTreeSet::new();
    for change in &log.changes {
        let place = format!("change `{}`", change.id);
        if !ids.insert(change.id.as_str()) {
            c.push(&place, "appears twice: change ids must be unique");
        }
        if change.ids.is_empty() {
            c.push(
                &place,
                "names nothing in `ids`: list the figures and records it changed",
            );
        }
        if change.sources.is_empty() {
            c.push(
                &place,
                "has no `sources`: cite where the reason for the change was read",
            );
        }
        c.sources(&place, &change.sources);
        c.patient_figures(&place, &change.figures);
    }
}

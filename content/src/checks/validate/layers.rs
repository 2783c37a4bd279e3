//! The first layer of every step: its key points, its one picture, and the options at a glance.
//! A consultation of 15 minutes needs them short (the budgets in `checks::reading`); the word
//! limits here are per record, the totals are held on the rendered screens (`tests/render.rs`).

use crate::markup;
use crate::schema::{FigureRef, FigureValue, Step};

use super::Checker;
use crate::checks::reading::{BUDGET, words};

/// Key points a step may have in each view.
const KEY_POINTS: std::ops::RangeInclusive<usize> = 1..=3;

/// Words an answer at a glance may have (a cell of a five-column table).
pub const GLANCE_WORDS: u32 = 30;

/// Words of a text as shown: glossary marks count as the words they show.
fn shown_words(text: &str) -> u32 {
    words(&markup::plain(text, |_| None))
}

pub(super) fn check_layers(c: &mut Checker<'_>) {
    check_key_points(c);
    check_glance(c);
}

fn check_key_points(c: &mut Checker<'_>) {
    for step in &c.bundle.steps {
        let place = format!("step `{}`", step.id);
        for (field, points) in [
            (
                "key_points_patient",
                step.key_points_patient
                    .iter()
                    .map(|p| p.as_str())
                    .collect::<Vec<_>>(),
            ),
            (
                "key_points_clinician",
                step.key_points_clinician
                    .iter()
                    .map(|p| p.as_str())
                    .collect::<Vec<_>>(),
            ),
        ] {
            if !KEY_POINTS.contains(&points.len()) {
                c.push(
                    &place,
                    format!(
                        "has {} {field}: write one to three, each a plain sentence or two on what the step answers",
                        points.len()
                    ),
                );
            }
            for (at, point) in points.iter().enumerate() {
                c.required(&place, &format!("{field}[{at}]"), point);
            }
            let total: u32 = points.iter().map(|p| shown_words(p)).sum();
            if total > BUDGET.key_points {
                c.push(
                    &place,
                    format!(
                        "{field} have {total} words, over the limit of {}: keep what the step answers, and move \
                         the rest into the step's panels (one tap away)",
                        BUDGET.key_points
                    ),
                );
            }
        }
        c.patient_figures(&place, &step.figures);
        for row in step.glance_rows.iter() {
            if !c
                .bundle
                .compare
                .iter()
                .any(|r| r.id == row.as_str() && r.at_a_glance)
            {
                c.push(
                    &place,
                    format!(
                        "`glance_rows` names `{row}`, which is not a row at a glance in compare.toml: name a row with \
                         `at_a_glance = true`"
                    ),
                );
            }
        }
        if let Some(figure) = step.key_figure {
            c.patient_figures(&place, std::slice::from_ref(&figure));
            check_key_figure(c, &place, figure, step.id);
        }
    }
}

/// The one picture of a step compares groups on one scale, with a time frame and a range.
fn check_key_figure(c: &mut Checker<'_>, place: &str, figure: FigureRef, step: Step) {
    let Some(figure) = c.figures.get(figure.as_str()).copied() else {
        return; // reported by patient_figures
    };
    super::balance::check_most_complete(c, place, figure, step);
    let (groups, any_range) = match &figure.value {
        FigureValue::Frequency(f) => (
            f.arms.len(),
            f.arms.iter().any(|a| a.uncertainty.ci.is_some()),
        ),
        FigureValue::Median(m) => (
            m.arms.len(),
            m.arms.iter().any(|a| a.uncertainty.ci.is_some()),
        ),
        _ => {
            c.push(
                place,
                format!(
                    "key_figure `{}` is not a natural frequency or a median: the step's picture must compare groups \
                     in absolute numbers (out of 100, or months)",
                    figure.id
                ),
            );
            return;
        }
    };
    if groups < 2 {
        c.push(
            place,
            format!(
                "key_figure `{}` has one group: the step's picture must compare the options",
                figure.id
            ),
        );
    }
    if !any_range {
        c.push(
            place,
            format!(
                "key_figure `{}` has no range for any group: choose a figure that reports one, or show no picture",
                figure.id
            ),
        );
    }
    if figure.horizon.patient.trim().is_empty() {
        c.push(
            place,
            format!(
                "key_figure `{}` has no time frame in the patient view",
                figure.id
            ),
        );
    }
    if figure.direct_for.len() < 2 {
        c.push(
            place,
            format!(
                "key_figure `{}` is direct evidence for {} option(s): the step's picture must compare at least two \
                 (`direct_for` in its record)",
                figure.id,
                figure.direct_for.len()
            ),
        );
    }
}

/// The options at a glance: every cell of those rows answers in a few words; other rows have no
/// short answer (it would never be shown).
fn check_glance(c: &mut Checker<'_>) {
    let rows = &c.bundle.compare;
    if !rows.iter().any(|row| row.at_a_glance) {
        c.push(
            "compare.toml",
            "no row is `at_a_glance = true`: mark the rows the options step shows first (and the summary prints)",
        );
    }
    for row in rows.iter() {
        let place = format!("compare row `{}`", row.id);
        for cell in row.cells.iter() {
            let cell_place = format!("{place} cell `{}`", cell.option);
            match (row.at_a_glance, cell.glance) {
                (true, None) => c.push(
                    &cell_place,
                    "has no `glance`: the rows at a glance need a short answer in every cell (equal detail)",
                ),
                (false, Some(_)) => c.push(
                    &cell_place,
                    "has a `glance`, but its row is not `at_a_glance`: remove it, or mark the row",
                ),
                (true, Some(glance)) => {
                    c.required(&cell_place, "glance", &glance);
                    let n = shown_words(&glance);
                    if n > GLANCE_WORDS {
                        c.push(
                            &cell_place,
                            format!(
                                "glance has {n} words, over {GLANCE_WORDS}: keep the answer and its key number; \
                                 the full answer (`patient`) is one tap away"
                            ),
                        );
                    }
                }
                (false, None) => {}
            }
        }
        if row.at_a_glance {
            check_parallel(c, &place, row);
        }
    }
}

/// What an answer at a glance says of a number: a count out of 100 (or 1,000), or that no number
/// was found.
fn states_a_count(text: &str) -> bool {
    text.contains(" out of 100") || text.contains(" out of 1,000")
}

/// Whether a short answer names a time frame (a number of days, weeks, months or years).
fn names_a_time(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.split(|ch: char| !ch.is_alphanumeric()).any(|word| {
        matches!(
            word,
            "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
        )
    })
}

/// Whether a short answer gives its range ("range 14 to 28"), or says there is none.
fn names_a_range(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("no range") || lower.contains("range ")
}

/// Phrase a glance uses where no number was found for an option.
pub const NO_NUMBER: &str = "no number was found";

/// In a row where one option's short answer gives a number, every option's does: a count (or
/// "no number was found"), its time frame, and its range (or "no range"), so no option is told
/// in numbers while another is told in words.
fn check_parallel(c: &mut Checker<'_>, place: &str, row: &crate::schema::CompareRow) {
    let glances: Vec<(&str, String)> = row
        .cells
        .iter()
        .filter_map(|cell| Some((cell.option.as_str(), markup::plain(&cell.glance?, |_| None))))
        .collect();
    if !glances.iter().any(|(_, text)| states_a_count(text)) {
        return;
    }
    for (option, text) in glances {
        let cell_place = format!("{place} cell `{option}`");
        let mut missing = Vec::new();
        if states_a_count(&text) {
            if !names_a_time(&text) {
                missing.push("its time frame (\"within 3 years\")");
            }
            if !names_a_range(&text) {
                missing.push("its range (\"range 14 to 28\", or \"no range was reported\")");
            }
        } else if !text.to_lowercase().contains(NO_NUMBER) {
            missing.push("a number out of 100 (or \"no number was found\")");
        }
        if !missing.is_empty() {
            c.push(
                &cell_place,
                format!(
                    "glance lacks {}: another option's answer in this row gives a number, so every answer gives \
                     the same parts",
                    missing.join(", ")
                ),
            );
        }
    }
}

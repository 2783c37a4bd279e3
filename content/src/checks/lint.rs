//! Content lints: the rules of good risk communication, checked over every text and figure.
//!
//! `validate` checks that the bundle is well formed; these lints check how it reads: natural
//! frequencies and not "1 in X", no relative effect without an absolute one beside it in the
//! patient view, every number traceable to a figure record, every figure value in the source's
//! own words, glossary terms explained at their first use, and patient text at US grade 8 or
//! below. Every problem says how to fix it. Run by `build.rs` and `tests/content.rs`.

mod numbers;

use crate::domain::certainty;
use crate::markup::{self, Segment};
use crate::schema::Certainty;
use crate::schema::{Bundle, Design, Figure};

pub use numbers::{
    WORKED_OUT_WORDS, derived_numbers_unlabelled, figure_numbers, numbers_in, quote_numbers,
    untraceable_numbers, values_missing_from_quotes,
};

use super::readability;
use super::texts::{self, Prose, Reader};
use super::validate::Problem;

/// Highest Flesch–Kincaid grade allowed for patient-view text.
pub const MAX_GRADE: f64 = 8.0;

/// Patient texts shorter than this are pooled for the readability check, because a grade is
/// meaningless for a three-word label.
pub const MIN_WORDS_FOR_OWN_GRADE: u32 = 12;

/// Numbers that are concepts rather than figures: "out of 100", "out of 1,000", "a ratio of 1".
const CONCEPT_NUMBERS: [&str; 3] = ["1", "100", "1000"];

/// Words that express a relative effect; in the patient view they need an absolute figure beside them.
const RELATIVE_WORDS: [&str; 12] = [
    "times as",
    "times more",
    "times higher",
    "times the",
    "% lower",
    "% higher",
    "% less",
    "% more",
    "percent lower",
    "twice as",
    "hazard ratio",
    "risk ratio",
];

fn problem(place: &str, fix: impl Into<String>) -> Problem {
    Problem {
        place: place.to_owned(),
        fix: fix.into(),
    }
}

/// All lint problems in the bundle (empty when the content may ship).
pub fn problems(bundle: &Bundle) -> Vec<Problem> {
    let texts = texts::all(bundle);
    let mut found = Vec::new();
    found.extend(one_in_x(&texts));
    found.extend(relative_without_absolute(bundle, &texts));
    found.extend(relative_figures_in_patient_view(bundle));
    found.extend(untraceable_numbers(bundle, &texts));
    found.extend(derived_numbers_unlabelled(bundle, &texts));
    found.extend(values_missing_from_quotes(bundle));
    found.extend(unmarked_terms(bundle, &texts));
    found.extend(hard_to_read(&texts));
    found.extend(certainty_without_grade(bundle, &texts));
    found.extend(single_trials_without_the_pooled_figure(bundle));
    found.sort();
    found
}

/// "1 in 20" and "one in twenty" are hard to compare; use "5 out of 100".
pub fn one_in_x(texts: &[Prose<'_>]) -> Vec<Problem> {
    let mut found = Vec::new();
    for text in texts {
        let lower = text.text.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        for pair in words.windows(3) {
            let first = pair[0].trim_matches(|c: char| !c.is_alphanumeric());
            let last = pair[2].trim_matches(|c: char| !c.is_alphanumeric());
            let is_one = first == "1" || first == "one";
            let is_number = !last.is_empty()
                && (last.chars().all(|c| c.is_ascii_digit() || c == ',')
                    || NUMBER_WORDS.contains(&last));
            if is_one && pair[1] == "in" && is_number {
                found.push(problem(
                    &text.place,
                    format!(
                        "says \"{} in {}\": write natural frequencies out of 100 (or 1,000) instead, such as \"5 out of 100\"",
                        first, last
                    ),
                ));
            }
        }
        if lower.contains("1-in-") {
            found.push(problem(
                &text.place,
                "uses a \"1-in-X\" form: write natural frequencies out of 100 instead",
            ));
        }
    }
    found
}

const NUMBER_WORDS: [&str; 12] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred",
    "thousand",
];

fn figure<'a>(bundle: &'a Bundle, id: &str) -> Option<&'a Figure> {
    bundle.figures.iter().find(|f| f.id == id)
}

/// The fields of `ui.toml` `[numbers]` that answer "How sure are the studies?" for each grade.
const GRADE_WORDS_ON_SCREEN: [(&str, Certainty); 4] = [
    ("sure_high", Certainty::High),
    ("sure_moderate", Certainty::Moderate),
    ("sure_low", Certainty::Low),
    ("sure_very_low", Certainty::VeryLow),
];

/// The screen's words for each grade must be the plain words the checks tie to that grade
/// (`domain::certainty`), in sentence case: a text that uses them is checked against the grade
/// of the figures it cites, so the screen must say exactly them.
fn grade_words_on_screen(bundle: &Bundle) -> Vec<Problem> {
    let numbers = &bundle.ui.numbers;
    GRADE_WORDS_ON_SCREEN
        .iter()
        .filter_map(|(field, grade)| {
            let shown = match grade {
                Certainty::High => numbers.sure_high.as_str(),
                Certainty::Moderate => numbers.sure_moderate.as_str(),
                Certainty::Low => numbers.sure_low.as_str(),
                _ => numbers.sure_very_low.as_str(),
            };
            let words = certainty::plain(*grade)?;
            (shown.to_lowercase() != words).then(|| {
                problem(
                    &format!("ui.toml numbers.{field}"),
                    format!("says \"{shown}\": write \"{words}\" in sentence case, the words the checks tie to GRADE {grade:?}"),
                )
            })
        })
        .collect()
}

/// In the patient view, words like "twice as" or "% lower" need an absolute figure (natural
/// frequencies or medians) referenced by the same text.
pub fn relative_without_absolute(bundle: &Bundle, texts: &[Prose<'_>]) -> Vec<Problem> {
    let mut found = Vec::new();
    for text in texts.iter().filter(|t| t.reader == Reader::Patient) {
        let lower = text.text.to_lowercase();
        if let Some(word) = RELATIVE_WORDS.iter().find(|w| contains_phrase(&lower, w)) {
            let has_absolute = text
                .figures
                .iter()
                .filter_map(|id| figure(bundle, id))
                .any(|f| f.frequency().is_some() || f.median().is_some());
            if !has_absolute {
                found.push(problem(
                    &text.place,
                    format!(
                        "uses relative wording (\"{word}\") with no absolute figure beside it: add the natural \
                         frequencies (out of 100, with the time frame) to `figures`, or say it in absolute terms"
                    ),
                ));
            }
        }
    }
    found
}

/// Whether `phrase` occurs in `text` starting at a word boundary ("times the" is not in
/// "sometimes the"). Phrases starting with "%" follow a number, so they need no boundary.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        phrase.starts_with('%')
            || at == 0
            || !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    })
}

/// Every run of digits in a text, including those inside words ("36-month"), for the set of
/// numbers a figure can justify.
fn digit_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inside_number = (c == '.' || c == ',')
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || inside_number {
            if c != ',' {
                current.push(c);
            }
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// Panels show `figures` in the patient view: relative figures belong in `clinician_figures`.
pub fn relative_figures_in_patient_view(bundle: &Bundle) -> Vec<Problem> {
    let mut found = Vec::new();
    for panel in &bundle.panels {
        for id in &panel.figures {
            if figure(bundle, id).is_some_and(|f| f.relative().is_some()) {
                found.push(problem(
                    &format!("panel `{}`", panel.id),
                    format!(
                        "shows relative figure `{id}` in the patient view: move it to `clinician_figures`, and keep an \
                         absolute figure in `figures`"
                    ),
                ));
            }
        }
    }
    found
}

/// Readability of all patient-view text: the grade of everything together and of each long text.
pub struct ReadingLevel {
    /// Grade of all patient-view text pooled.
    pub overall: f64,
    /// Highest grade of any single text long enough to grade on its own.
    pub worst: f64,
    /// Number of patient-view texts checked.
    pub texts: usize,
}

/// Measures the patient view's reading level. Only glossary terms marked in the prose count as
/// short words (see `domain::readability`).
pub fn reading_level(bundle: &Bundle) -> ReadingLevel {
    let texts = texts::all(bundle);
    let mut pooled = readability::Counts::default();
    let mut worst: f64 = 0.0;
    let mut count = 0;
    for text in texts.iter().filter(|t| t.reader == Reader::Patient) {
        let counts = readability::counts(text.text);
        pooled = pooled.plus(counts);
        count += 1;
        if counts.words >= MIN_WORDS_FOR_OWN_GRADE {
            worst = worst.max(counts.grade().unwrap_or(0.0));
        }
    }
    ReadingLevel {
        overall: pooled.grade().unwrap_or(0.0),
        worst,
        texts: count,
    }
}

/// Patient-view text above grade 8.
pub fn hard_to_read(texts: &[Prose<'_>]) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut short = readability::Counts::default();
    for text in texts.iter().filter(|t| t.reader == Reader::Patient) {
        let counts = readability::counts(text.text);
        if counts.words < MIN_WORDS_FOR_OWN_GRADE {
            short = short.plus(counts);
            continue;
        }
        if let Some(grade) = counts.grade().filter(|g| *g > MAX_GRADE) {
            found.push(problem(
                &text.place,
                format!(
                    "reads at grade {grade:.1} (Flesch–Kincaid), above {MAX_GRADE}: use shorter sentences and \
                     shorter words, or mark a medical word as a {{glossary-term}} ({} words, {} sentences, {} syllables)",
                    counts.words, counts.sentences, counts.syllables
                ),
            ));
        }
    }
    if let Some(grade) = short.grade().filter(|g| *g > MAX_GRADE) {
        found.push(problem(
            "short patient texts (labels, headings, choices)",
            format!("together read at grade {grade:.1}, above {MAX_GRADE}: simplify the labels"),
        ));
    }
    found
}

// --- Glossary terms at their first use -----------------------------------------------------------

/// Where `form` (lower case) first occurs in `lower` as whole words, if it does.
fn find_words(lower: &str, form: &str) -> Option<usize> {
    lower.match_indices(form).map(|(at, _)| at).find(|&at| {
        let end = at + form.len();
        let before = lower[..at].chars().next_back();
        let after = lower[end..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// In every patient-view text that explains terms inline, the first use of a glossary term (its
/// name or one of its aliases) must be marked `{term-id}`, so the reader can open its meaning
/// right there. Later uses in the same text may stay plain.
pub fn unmarked_terms(bundle: &Bundle, texts: &[Prose<'_>]) -> Vec<Problem> {
    let mut found = Vec::new();
    for text in texts
        .iter()
        .filter(|t| t.reader == Reader::Patient && t.inline_terms)
    {
        let Ok(segments) = markup::parse(text.text) else {
            continue;
        };
        for term in &bundle.glossary {
            let forms: Vec<String> = std::iter::once(term.term)
                .chain(term.aliases.iter().copied())
                .map(|f| f.to_lowercase())
                .filter(|f| !f.is_empty())
                .collect();
            for segment in &segments {
                match *segment {
                    Segment::Term { id, .. } if id == term.id.as_str() => break,
                    Segment::Term { .. } => {}
                    Segment::Text(part) => {
                        let lower = part.to_lowercase();
                        let first = forms
                            .iter()
                            .filter_map(|form| find_words(&lower, form).map(|at| (at, form)))
                            .min_by_key(|(at, form)| (*at, std::cmp::Reverse(form.len())));
                        if let Some((at, form)) = first {
                            // Lower-casing can change byte lengths outside ASCII: fall back to
                            // the form itself rather than slicing mid-character.
                            let shown = part.get(at..at + form.len()).unwrap_or(form);
                            found.push(problem(
                                &text.place,
                                format!(
                                    "uses \"{shown}\" (glossary term `{id}`) without explaining it: mark its first \
                                     use as {{{id}}} or {{{id}|{shown}}} so the reader can open its meaning there",
                                    id = term.id
                                ),
                            ));
                            break;
                        }
                    }
                }
            }
        }
    }
    found
}

// --- Certainty words follow the GRADE grade ----------------------------------------------------

/// Words that say how sure the studies are ("fairly sure", "low certainty") must match the GRADE
/// grade of a figure the text cites: "fairly sure" needs a figure graded moderate, and so on.
/// Verbatim quotes keep their own words.
pub fn certainty_without_grade(bundle: &Bundle, texts: &[Prose<'_>]) -> Vec<Problem> {
    let mut found = grade_words_on_screen(bundle);
    // The screen's own words for each grade (`ui.toml` `numbers.sure_*`) are the vocabulary
    // itself, shown only beside a figure of that grade: checked against it just below.
    let vocabulary_places: Vec<String> = GRADE_WORDS_ON_SCREEN
        .iter()
        .map(|(field, _)| format!("ui.toml numbers.{field}"))
        .collect();
    for text in texts
        .iter()
        .filter(|t| t.reader != Reader::Verbatim && !vocabulary_places.contains(&t.place))
    {
        for (grade, phrase) in certainty::claimed(text.text) {
            let graded: Vec<(&str, Certainty)> = text
                .figures
                .iter()
                .filter_map(|id| figure(bundle, id))
                .map(|f| (f.id.as_str(), f.certainty))
                .collect();
            if graded.iter().any(|(_, c)| *c == grade) {
                continue;
            }
            let cited = if graded.is_empty() {
                "it cites no figure".to_owned()
            } else {
                format!(
                    "its figures are graded {}",
                    graded
                        .iter()
                        .map(|(id, c)| format!("{c:?} ({id})"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            let vocabulary = certainty::WORDS
                .iter()
                .map(|(g, plain, clinician)| format!("{g:?}: \"{plain}\" / \"{clinician}\""))
                .collect::<Vec<_>>()
                .join("; ");
            found.push(problem(
                &text.place,
                format!(
                    "says \"{phrase}\" (GRADE {grade:?}), but {cited}: use the words for the grade of the figures \
                     it cites ({vocabulary}), or cite the graded figure that supports it"
                ),
            ));
        }
    }
    found
}

// --- No single trial stands for an option alone --------------------------------------------------

/// Where an option's point or a grid cell rests on a single trial's figure from the trials of this
/// decision, a pooled figure (a meta-analysis of those trials) must stand beside it, so one trial
/// never speaks for all of them.
pub fn single_trials_without_the_pooled_figure(bundle: &Bundle) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut check = |place: String, figures: &[crate::schema::FigureRef]| {
        let cited: Vec<&Figure> = figures.iter().filter_map(|id| figure(bundle, id)).collect();
        // A trial of the decision itself (not, say, a trial of radiotherapy in early cancer).
        let single_trial = cited
            .iter()
            .any(|f| f.design == Design::Rct && !f.direct_for.is_empty());
        let pooled = cited.iter().any(|f| f.design == Design::MetaAnalysisRct);
        if single_trial && !pooled {
            found.push(problem(
                &place,
                "rests on a single trial's figure with no pooled figure beside it: add the meta-analysis of the \
                 trials for the same outcome to `figures` (and say what it shows), so one trial does not speak \
                 for all of them",
            ));
        }
    };
    for option in &bundle.options {
        let e = &option.experience;
        for (field, points) in [
            ("what_happens", &option.what_happens),
            ("benefits", &option.benefits),
            ("harms", &option.harms),
            ("experience.physical", &e.physical),
            ("experience.emotional", &e.emotional),
            ("experience.practical", &e.practical),
        ] {
            for (i, point) in points.iter().enumerate() {
                check(
                    format!("option `{}` {field}[{i}]", option.id),
                    &point.figures,
                );
            }
        }
    }
    for row in &bundle.compare {
        for cell in &row.cells {
            check(
                format!("compare row `{}` cell `{}`", row.id, cell.option),
                &cell.figures,
            );
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relative_phrase_starts_at_a_word_boundary_or_follows_a_number() {
        assert!(contains_phrase("times the risk of it", "times the"));
        assert!(contains_phrase("it was 3 times the risk", "times the"));
        assert!(!contains_phrase("sometimes the lump grew", "times the"));
        // "%" phrases follow a number, with no space before them.
        assert!(contains_phrase("it was 20% lower", "% lower"));
        assert!(contains_phrase("it was 20 % lower", "% lower"));
    }

    #[test]
    fn a_glossary_form_is_found_only_as_whole_words() {
        assert_eq!(find_words("the breast is", "breast"), Some(4));
        // Not inside a longer word, whichever side the longer word runs on.
        assert_eq!(find_words("breastfeeding, then breast", "breast"), Some(20));
        assert_eq!(find_words("abreast of the breast", "breast"), Some(15));
        assert_eq!(find_words("abreast", "breast"), None);
        assert_eq!(find_words("breasts", "breast"), None);
    }

    #[test]
    fn digit_runs_keep_decimals_and_thousands_together() {
        assert_eq!(
            digit_runs("16.3 out of 1,000 at 36-month follow-up. See 2."),
            ["16.3", "1000", "36", "2"]
        );
        // A point or comma is inside a number only between digits.
        assert_eq!(digit_runs(".5 and 7, then 8."), ["5", "7", "8"]);
    }
}

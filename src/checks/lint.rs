//! Content lints: the rules of good risk communication, checked over every text and figure.
//!
//! `validate` checks that the bundle is well formed; these lints check how it reads: natural
//! frequencies and not "1 in X", no relative effect without an absolute one beside it in the
//! patient view, every number traceable to a figure record, every figure value in the source's
//! own words, glossary terms explained at their first use, and patient text at US grade 8 or
//! below. Every problem says how to fix it. Run by `build.rs` and `tests/content.rs`.

use std::collections::BTreeSet;

use crate::content::Decimal;
use crate::content::markup::{self, Segment};
use crate::content::schema::Certainty;
use crate::content::schema::{Bundle, Design, Figure, FigureValue};
use crate::domain::certainty;
use crate::domain::frequency::count_of;

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

/// Standalone numbers in prose ("16.3", "1,832", the two ends of "0.82–1.52"). Numbers inside
/// words, such as trial names (E2108, MF07-01, ABCSG-28) or "3-year", are not figures.
pub fn numbers_in(text: &str) -> Vec<String> {
    let mut numbers = Vec::new();
    for token in text.split_whitespace() {
        let token = token.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        if token.is_empty() || token.chars().any(char::is_alphabetic) {
            continue;
        }
        for part in token.split([
            '–', '—', '/', '(', ')', ';', ':', '≤', '≥', '<', '>', '=', '%', '×',
        ]) {
            let part = part.trim_matches(|c: char| !c.is_ascii_digit());
            if part.is_empty() {
                continue;
            }
            let cleaned = part.replace(',', "");
            if cleaned.chars().all(|c| c.is_ascii_digit() || c == '.') {
                numbers.push(cleaned);
            }
        }
    }
    numbers
}

fn add_decimal(set: &mut BTreeSet<String>, value: Decimal, denominator: u32) {
    set.insert(value.to_string().replace('−', "-"));
    set.insert(value.round_half_away().to_string());
    let count = count_of(value, denominator);
    set.insert(count.to_string());
    set.insert((denominator.saturating_sub(count)).to_string());
}

/// Every number a figure record can justify: its values, intervals, counts, time frame, and any
/// number in its own words (population, quote, note).
pub fn figure_numbers(figure: &Figure) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for text in [
        figure.label.as_str(),
        figure.population.as_str(),
        figure.population_patient.as_str(),
        figure.horizon.clinician.as_str(),
        figure.horizon.patient.as_str(),
        figure.quote.as_str(),
        figure.note.as_deref().unwrap_or(""),
    ] {
        set.extend(digit_runs(text));
    }
    if let Some(months) = figure.horizon.months {
        set.insert(months.to_string());
        if months % 12 == 0 {
            set.insert((months / 12).to_string());
        }
    }
    match &figure.value {
        FigureValue::Frequency(f) => {
            set.insert(f.denominator.to_string());
            for arm in &f.arms {
                add_decimal(&mut set, arm.events, f.denominator);
                if let Some(n) = arm.n {
                    set.insert(n.to_string());
                }
                if let Some(ci) = &arm.uncertainty.ci {
                    add_decimal(&mut set, ci.low, f.denominator);
                    add_decimal(&mut set, ci.high, f.denominator);
                }
            }
        }
        FigureValue::Median(m) => {
            for arm in &m.arms {
                add_decimal(&mut set, arm.months, 1000);
                if let Some(ci) = &arm.uncertainty.ci {
                    add_decimal(&mut set, ci.low, 1000);
                    add_decimal(&mut set, ci.high, 1000);
                }
            }
        }
        FigureValue::Relative(r) => {
            add_decimal(&mut set, r.estimate, 1000);
            if let Some(ci) = &r.uncertainty.ci {
                set.insert(ci.low.to_string());
                set.insert(ci.high.to_string());
                set.insert(ci.level.label().trim_end_matches('%').to_owned());
            }
            if let Some(p) = &r.p {
                set.extend(digit_runs(p));
            }
        }
        FigureValue::Count(c) => {
            set.insert(c.count.to_string());
            if let Some(of) = c.of {
                set.insert(of.to_string());
            }
        }
        FigureValue::Malformed(_) => {}
    }
    set
}

/// Every number in prose must come from the figures (or source years) the text cites.
pub fn untraceable_numbers(bundle: &Bundle, texts: &[Prose<'_>]) -> Vec<Problem> {
    let mut found = Vec::new();
    for text in texts {
        // Verbatim quotes are checked against their source by the editor, not rewritten; details
        // describe a study in its own terms (its population, time frame, end point); the bundle's
        // own statements (method, update policy) are about the aid, not the evidence.
        if matches!(text.reader, Reader::Verbatim | Reader::Detail)
            || text.place.starts_with("bundle.toml")
        {
            continue;
        }
        let numbers: Vec<String> = numbers_in(text.text)
            .into_iter()
            .filter(|n| !CONCEPT_NUMBERS.contains(&n.as_str()))
            .collect();
        if numbers.is_empty() {
            continue;
        }
        if text.figures.is_empty() && text.sources.is_empty() {
            found.push(problem(
                &text.place,
                format!(
                    "states {} but cites nothing: add the `figures` the numbers come from (or `sources` where no \
                     figure record exists)",
                    numbers.join(", ")
                ),
            ));
            continue;
        }
        // Clinician prose that cites only sources is trusted to quote them; patient prose is not.
        if text.figures.is_empty() && text.reader == Reader::Clinician {
            continue;
        }
        // Publication years are how prose cites papers ("Tsai 2009", "the 2015 review").
        let mut allowed: BTreeSet<String> =
            bundle.sources.iter().map(|s| s.year.to_string()).collect();
        for id in &text.figures {
            if let Some(f) = figure(bundle, id) {
                allowed.extend(figure_numbers(f));
            }
        }
        for number in numbers {
            if !allowed.contains(&number) {
                found.push(problem(
                    &text.place,
                    format!(
                        "states {number}, which is not in any figure it cites ({}): cite the figure it comes from, or \
                         correct the number",
                        text.figures.join(", ")
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

// --- Figure values in the source's own words ----------------------------------------------------

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Numbers written in words ("Ninety patients", "Five hundred seventy"), as values.
fn number_words(text: &str) -> Vec<i64> {
    let mut values = Vec::new();
    let mut total: i64 = 0;
    let mut current: i64 = 0;
    let mut in_number = false;
    let words = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    for word in words.chain(std::iter::once(String::new())) {
        let unit = UNITS.iter().position(|u| *u == word);
        let ten = TENS.iter().position(|t| !t.is_empty() && *t == word);
        match (unit, ten, word.as_str()) {
            (Some(u), _, _) => {
                current += i64::try_from(u).unwrap_or(0);
                in_number = true;
            }
            (_, Some(t), _) => {
                current += 10 * i64::try_from(t).unwrap_or(0);
                in_number = true;
            }
            (_, _, "hundred") if in_number => current *= 100,
            (_, _, "thousand") if in_number => {
                total += current * 1000;
                current = 0;
            }
            (_, _, "and") if in_number => {}
            _ => {
                if in_number {
                    values.push(total + current);
                }
                total = 0;
                current = 0;
                in_number = false;
            }
        }
    }
    values
}

/// Every number in a quote, as printed: digits with a decimal point (or the Lancet's middle dot)
/// and thousands commas, and numbers written in words.
pub fn quote_numbers(quote: &str) -> Vec<Decimal> {
    let mut numbers: Vec<Decimal> = digit_runs(&quote.replace('·', "."))
        .iter()
        .filter_map(|run| Decimal::parse(run))
        .collect();
    numbers.extend(
        number_words(quote)
            .into_iter()
            .filter_map(|n| i32::try_from(n).ok())
            .map(Decimal::from_int),
    );
    numbers
}

/// The values a figure shows, each with a name for the message and the forms the source may
/// print it in (a rate per 1,000 is printed as a percentage).
fn shown_values(figure: &Figure) -> Vec<(String, Vec<Decimal>)> {
    let mut values = Vec::new();
    // A rate per 1,000 may be printed as a percentage, and one per 100 per 1,000 (as GRADE
    // summary-of-findings tables print them: 51.1 out of 100 is "511 per 1000").
    let per = |value: Decimal, denominator: u32| -> Vec<Decimal> {
        let (units, scale) = value.parts();
        match (denominator, scale) {
            (1000, _) => vec![value, Decimal::from_parts(units, scale.saturating_add(1))],
            (100, 1..) => vec![value, Decimal::from_parts(units, scale - 1)],
            _ => vec![value],
        }
    };
    match &figure.value {
        FigureValue::Frequency(f) => {
            // A worked-out arm is not in any source's words: the checks recompute it instead.
            for arm in f.arms.iter().filter(|a| a.worked_out.is_none()) {
                values.push((
                    format!("arm `{}` events", arm.arm),
                    per(arm.events, f.denominator),
                ));
                if let Some(ci) = &arm.uncertainty.ci {
                    values.push((
                        format!("arm `{}` CI low", arm.arm),
                        per(ci.low, f.denominator),
                    ));
                    values.push((
                        format!("arm `{}` CI high", arm.arm),
                        per(ci.high, f.denominator),
                    ));
                }
            }
        }
        FigureValue::Median(m) => {
            for arm in &m.arms {
                values.push((format!("arm `{}` median", arm.arm), vec![arm.months]));
                if let Some(ci) = &arm.uncertainty.ci {
                    values.push((format!("arm `{}` CI low", arm.arm), vec![ci.low]));
                    values.push((format!("arm `{}` CI high", arm.arm), vec![ci.high]));
                }
            }
        }
        FigureValue::Relative(r) => {
            values.push(("estimate".into(), vec![r.estimate]));
            if let Some(ci) = &r.uncertainty.ci {
                values.push(("CI low".into(), vec![ci.low]));
                values.push(("CI high".into(), vec![ci.high]));
            }
        }
        FigureValue::Count(c) => {
            values.push(("count".into(), vec![Decimal::from_count(c.count)]));
            if let Some(of) = c.of {
                values.push(("count `of`".into(), vec![Decimal::from_count(of)]));
            }
        }
        FigureValue::Malformed(_) => {}
    }
    values
}

/// Every value a figure shows (estimates, interval limits, events, medians, counts) must appear
/// in its `quote`, the source's own words: a value that is not there was mistyped, or the quote is
/// not the passage it comes from.
pub fn values_missing_from_quotes(bundle: &Bundle) -> Vec<Problem> {
    let mut found = Vec::new();
    for figure in &bundle.figures {
        if figure.quote.trim().is_empty() {
            continue;
        }
        let printed = quote_numbers(&figure.quote);
        for (what, forms) in shown_values(figure) {
            if !forms.iter().any(|form| printed.contains(form)) {
                found.push(problem(
                    &format!("figure `{}`", figure.id),
                    format!(
                        "{what} is {}, but the quote does not print it: copy the sentence of the source that gives \
                         this number into `quote` (exact words, legible), or correct the value to what the source says",
                        forms.first().map(ToString::to_string).unwrap_or_default()
                    ),
                ));
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
    let mut found = Vec::new();
    for text in texts.iter().filter(|t| t.reader != Reader::Verbatim) {
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
    let mut check = |place: String, figures: &[crate::content::FigureRef]| {
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

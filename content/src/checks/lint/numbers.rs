//! Numbers in the content: every number in prose comes from a figure the text cites, and every
//! value a figure shows is in its source's own words (part of `checks::lint`).

use std::collections::BTreeSet;

use crate::Decimal;
use crate::domain::frequency::count_of;
use crate::schema::{Bundle, Figure, FigureValue};

use super::{CONCEPT_NUMBERS, digit_runs, figure, problem};
use crate::checks::texts::{Prose, Reader};
use crate::checks::validate::Problem;

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
    // Its own account of whose baseline it rests on and how it was worked out.
    let baseline = figure.frequency().and_then(|f| f.baseline);
    for text in [
        baseline.as_ref().map(|b| b.patient.as_str()),
        baseline.as_ref().map(|b| b.clinician.as_str()),
        figure.derivation.as_ref().map(|d| d.patient.as_str()),
        figure.derivation.as_ref().map(|d| d.clinician.as_str()),
        figure.time_caveat.as_ref().map(|t| t.patient.as_str()),
        figure.time_caveat.as_ref().map(|t| t.clinician.as_str()),
    ]
    .into_iter()
    .flatten()
    {
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
        // own statements (method, update policy) are about the aid, not the evidence, and so are
        // the screens' own words (`ui.toml`: a time limit, a standard's version, the short way's
        // measured minutes, the year that names the 2015 review); a number about the evidence
        // belongs in the clinical files, with its figure.
        if matches!(text.reader, Reader::Verbatim | Reader::Detail)
            || text.place.starts_with("bundle.toml")
            || text.place.starts_with("ui.toml")
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
        let mut allowed: BTreeSet<String> = bundle
            .sources
            .iter()
            .filter_map(|s| s.year.map(|y| y.to_string()))
            .collect();
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

// --- Numbers no source counted ------------------------------------------------------------------

/// The counts (out of the denominator) that a derived figure's patient view shows and no source
/// counted: every arm of a modelled figure, the worked-out arms of a worked-out one, with their
/// ranges.
fn derived_counts(figure: &Figure) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    if !figure.status.derived() {
        return set;
    }
    let Some(frequency) = figure.frequency() else {
        return set;
    };
    let all = figure.status == crate::schema::Verification::ModelledByReview;
    for arm in frequency.arms.iter() {
        if !all && arm.worked_out.is_none() {
            continue;
        }
        set.insert(count_of(arm.events, frequency.denominator).to_string());
        if let Some(ci) = &arm.uncertainty.ci {
            set.insert(count_of(ci.low, frequency.denominator).to_string());
            set.insert(count_of(ci.high, frequency.denominator).to_string());
        }
    }
    set
}

/// The words that tell a reader a number was worked out, not counted.
pub const WORKED_OUT_WORDS: &str = "worked out";

/// Patient prose that states a number no source counted (a worked-out or modelled figure's) says
/// "worked out" in the same text, so a modelled number never reads as a count.
pub fn derived_numbers_unlabelled(bundle: &Bundle, texts: &[Prose<'_>]) -> Vec<Problem> {
    let mut found = Vec::new();
    for text in texts.iter().filter(|t| t.reader == Reader::Patient) {
        if text.text.to_lowercase().contains(WORKED_OUT_WORDS) {
            continue;
        }
        let numbers: BTreeSet<String> = numbers_in(text.text).into_iter().collect();
        for id in &text.figures {
            let Some(figure) = figure(bundle, id) else {
                continue;
            };
            let derived: Vec<String> = derived_counts(figure)
                .into_iter()
                .filter(|n| numbers.contains(n))
                .collect();
            if !derived.is_empty() {
                found.push(problem(
                    &text.place,
                    format!(
                        "states {} from `{id}`, which no source counted ({:?}): say in the same text that the \
                         number was \"worked out\" and from what",
                        derived.join(", "),
                        figure.status
                    ),
                ));
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
            // Outside a number these leave it at nothing (total and current are 0 there), so they
            // need no guard: "the hundred" and "and" alone make no number.
            (_, _, "hundred") => current *= 100,
            (_, _, "thousand") => {
                total += current * 1000;
                current = 0;
            }
            (_, _, "and") => {}
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

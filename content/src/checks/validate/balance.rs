//! Balance by rule: the checks that keep the aid from leaning toward one option as the evidence
//! changes. Numbers say whose baseline they rest on and whether anyone counted them; numbers that
//! cannot all be true are refused; a step's picture rests on the most complete randomised
//! estimate; a single trial's result for an option is shown beside its results the other way;
//! a situation's subgroup evidence is shown whichever way it points; and the values list leans
//! neither way.

use std::collections::BTreeSet;

use crate::schema::{
    Certainty, Design, Direction, EventKind, Figure, FigureRef, OptionKind, Side, Subgroup,
    Verification,
};

use super::Checker;

pub(super) fn check_balance(c: &mut Checker<'_>) {
    check_derived(c);
    check_baselines(c);
    check_composites(c);
    check_pooled(c);
    check_signals(c);
    check_subgroups(c);
    check_values(c);
}

// --- Numbers no source counted say so --------------------------------------------------------

/// A number no source printed is `worked_out` (or `modelled_by_review`, where a review's table
/// modelled it), never `verified_copy`, and says how it was made.
fn check_derived(c: &mut Checker<'_>) {
    for figure in &c.bundle.figures {
        let place = format!("figure `{}`", figure.id);
        let worked_out_arms: Vec<&FigureRef> = figure
            .frequency()
            .map(|f| {
                f.arms
                    .iter()
                    .filter_map(|a| a.worked_out.as_ref().map(|w| &w.ratio))
                    .collect()
            })
            .unwrap_or_default();
        if !worked_out_arms.is_empty() && figure.status != Verification::WorkedOut {
            c.push(
                &place,
                format!(
                    "has an arm worked out from a hazard ratio, but its status is {:?}: no source printed that \
                     number, so set `status = \"worked_out\"`",
                    figure.status
                ),
            );
        }
        if figure.status == Verification::WorkedOut && worked_out_arms.is_empty() {
            c.push(
                &place,
                "is `worked_out` but no arm says how (`worked_out = { ratio, from_arm, counts }`): add it, or give \
                 the status of the source that printed the numbers",
            );
        }
        match (&figure.derivation, figure.status.derived()) {
            (None, true) => c.push(
                &place,
                "is worked out or modelled but has no `derivation`: add `derivation = { ratio = \"…\", patient = \
                 \"…\", clinician = \"…\" }` naming what its numbers were worked out from",
            ),
            (Some(_), false) => c.push(
                &place,
                format!(
                    "has a `derivation` but its status is {:?}: a counted number needs none; if no source counted \
                     it, set `status = \"worked_out\"` or `\"modelled_by_review\"`",
                    figure.status
                ),
            ),
            (Some(derivation), true) => {
                c.required(&place, "derivation.patient", &derivation.patient);
                c.required(&place, "derivation.clinician", &derivation.clinician);
                match c.figures.get(derivation.ratio.as_str()) {
                    None => c.push(
                        &place,
                        format!(
                            "`derivation.ratio` names `{}`, which is not a figure: name the relative figure the \
                             numbers were worked out from",
                            derivation.ratio
                        ),
                    ),
                    Some(ratio) if ratio.relative().is_none() => c.push(
                        &place,
                        format!(
                            "`derivation.ratio` = `{}` is not a relative figure: name the hazard or risk ratio \
                             the numbers were worked out from",
                            derivation.ratio
                        ),
                    ),
                    Some(_) => {}
                }
                for ratio in worked_out_arms {
                    if *ratio != derivation.ratio {
                        c.push(
                            &place,
                            format!(
                                "an arm is worked out from `{ratio}` but `derivation.ratio` is `{}`: name the same \
                                 figure in both",
                                derivation.ratio
                            ),
                        );
                    }
                }
            }
            (None, false) => {}
        }
    }
}

// --- Whose baseline ----------------------------------------------------------------------------

/// Whether a text names a year of recruitment (1900–2099), or says the years were not reported.
fn names_years(text: &str) -> bool {
    let lower = text.to_lowercase();
    if lower.contains("not reported") || lower.contains("not read") {
        return true;
    }
    let bytes = text.as_bytes();
    bytes.windows(4).enumerate().any(|(at, w)| {
        w.iter().all(u8::is_ascii_digit)
            && (w.starts_with(b"19") || w.starts_with(b"20"))
            && (at == 0 || !bytes[at - 1].is_ascii_digit())
            && bytes.get(at + 4).is_none_or(|b| !b.is_ascii_digit())
    })
}

/// Every number shown out of 100 says whose comparison-group risk it rests on, with the years.
fn check_baselines(c: &mut Checker<'_>) {
    for figure in &c.bundle.figures {
        let Some(frequency) = figure.frequency() else {
            continue;
        };
        if !figure.status.displayable() {
            continue;
        }
        let place = format!("figure `{}`", figure.id);
        match &frequency.baseline {
            None => c.push(
                &place,
                "shows numbers out of a denominator but does not say whose baseline they rest on: add \
                 `baseline = { patient = \"…\", clinician = \"…\" }` naming the women, the trials or studies and the \
                 years they were recruited",
            ),
            Some(baseline) => {
                c.required(&place, "baseline.patient", &baseline.patient);
                c.required(&place, "baseline.clinician", &baseline.clinician);
                if !names_years(&baseline.clinician) {
                    c.push(
                        &place,
                        "`baseline.clinician` names no years: add the years the women were recruited (\"2011–2015\"), \
                         or say the years were not reported",
                    );
                }
            }
        }
    }
}

// --- Numbers that cannot all be true ---------------------------------------------------------

/// Whole thousandths of one in 100: a share in exact integers, so that equal shares compare equal.
const PER_100: i64 = 100_000;

/// An arm's events as thousandths of one in 100 (the figures carry at most two decimals).
fn per_100(events: crate::Decimal, denominator: u32) -> i64 {
    (events.to_f64() * PER_100 as f64 / f64::from(denominator)).round() as i64
}

/// Thousandths of one in 100 as a number with one decimal ("54.8").
fn one_decimal(share: i64) -> String {
    format!("{}.{}", share / 1000, share % 1000 / 100)
}

/// The deaths (thousandths of one in 100) in an arm of a figure whose events are deaths or women
/// alive.
fn deaths(kind: EventKind, events: i64) -> Option<i64> {
    match kind {
        EventKind::Died => Some(events),
        EventKind::Alive => Some(PER_100 - events),
        _ => None,
    }
}

/// The women with the event or dead (thousandths of one in 100) in an arm of a figure whose
/// outcome counts death as an event.
fn events_or_deaths(kind: EventKind, events: i64) -> Option<i64> {
    match kind {
        EventKind::EventOrDeath => Some(events),
        EventKind::AliveWithoutEvent => Some(PER_100 - events),
        _ => None,
    }
}

/// For the same women (a shared source), arms and time point, an outcome that includes death
/// can never be rarer than death.
fn check_composites(c: &mut Checker<'_>) {
    let frequencies: Vec<(&Figure, EventKind)> = c
        .bundle
        .figures
        .iter()
        .filter_map(|f| Some((f, f.frequency()?.events_are.unwrap_or_default())))
        .collect();
    let mut found = Vec::new();
    for &(composite, composite_kind) in &frequencies {
        for &(death, death_kind) in &frequencies {
            let (Some(cf), Some(df)) = (composite.frequency(), death.frequency()) else {
                continue;
            };
            let same_time = composite.horizon.months.is_some()
                && composite.horizon.months == death.horizon.months;
            let shared_source = composite.sources.iter().any(|s| death.sources.contains(s));
            if !same_time || !shared_source {
                continue;
            }
            for arm in cf.arms.iter() {
                let Some(other) = df.arms.iter().find(|a| a.arm == arm.arm) else {
                    continue;
                };
                let (Some(with_death), Some(dead)) = (
                    events_or_deaths(composite_kind, per_100(arm.events, cf.denominator)),
                    deaths(death_kind, per_100(other.events, df.denominator)),
                ) else {
                    continue;
                };
                if with_death < dead {
                    found.push((
                        format!("figure `{}`", composite.id),
                        format!(
                            "arm `{}`: its outcome counts death, yet {} in 100 had it, fewer than the {} in 100 \
                             who died in `{}` (the same women and time): these cannot both be true. Check what the \
                             source's events are; if they cannot include every death, set `events_are = \"other\"` \
                             and say so in the labels",
                            arm.arm,
                            one_decimal(with_death),
                            one_decimal(dead),
                            death.id
                        ),
                    ));
                }
            }
        }
    }
    for (place, fix) in found {
        c.push(place, fix);
    }
}

// --- Pooled estimates ----------------------------------------------------------------------------

/// A pooled randomised estimate says how many trials it pools and what it measures; no other
/// figure claims to pool trials.
fn check_pooled(c: &mut Checker<'_>) {
    for figure in &c.bundle.figures {
        let place = format!("figure `{}`", figure.id);
        let pooled = figure.design == Design::MetaAnalysisRct;
        match (pooled, figure.pooled_trials) {
            (true, None) if figure.pooled_trials_unread.is_none() => c.push(
                &place,
                "is a meta-analysis of randomised trials but does not say how many it pools: add \
                 `pooled_trials = N` (a step's picture must rest on the most complete estimate), or \
                 `pooled_trials_unread = \"…\"` saying why the number is not known",
            ),
            (_, Some(_)) if figure.pooled_trials_unread.is_some() => c.push(
                &place,
                "has both `pooled_trials` and `pooled_trials_unread`: keep the one that is true",
            ),
            (true, Some(n)) if n < 2 => c.push(
                &place,
                format!("`pooled_trials` is {n}: a pooled estimate pools two or more trials"),
            ),
            (false, _)
                if figure.pooled_trials.is_some() || figure.pooled_trials_unread.is_some() =>
            {
                c.push(
                    &place,
                    "has `pooled_trials` but is not a meta-analysis of randomised trials: remove it, or correct \
                     the design",
                )
            }
            _ => {}
        }
        if pooled && figure.endpoint.is_none() {
            c.push(
                &place,
                "is a meta-analysis of randomised trials but has no `endpoint`: add what it measures \
                 (`overall_survival`, `local_control`, `distant_progression` or `toxicity`)",
            );
        }
    }
}

/// The estimate a figure's numbers rest on: the ratio they were worked out or modelled from, or
/// the figure itself.
pub(super) fn resting_estimate<'a>(c: &Checker<'a>, figure: &'a Figure) -> &'a Figure {
    figure
        .derivation
        .as_ref()
        .and_then(|d| c.figures.get(d.ratio.as_str()).copied())
        .unwrap_or(figure)
}

/// A step's picture rests on the most complete randomised estimate of its endpoint that the step
/// shows: a subset of the trials never wins over all of them.
pub(super) fn check_most_complete<'a>(
    c: &mut Checker<'a>,
    place: &str,
    key: &'a Figure,
    step: crate::schema::Step,
) {
    let Some(endpoint) = key.endpoint else {
        c.push(
            place,
            format!(
                "key_figure `{}` has no `endpoint`: say what the picture measures, so the build can check it rests \
                 on the most complete estimate",
                key.id
            ),
        );
        return;
    };
    let rests_on = resting_estimate(c, key);
    let trials = |f: &Figure| match f.design {
        Design::MetaAnalysisRct => f.pooled_trials.unwrap_or(0),
        Design::Rct => 1,
        _ => 0,
    };
    let b = c.bundle;
    let step_text = b.steps.iter().find(|s| s.id == step);
    let mut shown: BTreeSet<String> = BTreeSet::new();
    if let Some(s) = step_text {
        shown.extend(s.figures.iter().map(|f| f.as_str().to_owned()));
    }
    for p in b.panels.iter().filter(|p| p.step == step) {
        shown.extend(p.figures.iter().map(|f| f.as_str().to_owned()));
        shown.extend(p.clinician_figures.iter().map(|f| f.as_str().to_owned()));
    }
    for id in shown {
        let Some(other) = c.figures.get(id.as_str()).copied() else {
            continue;
        };
        if other.design == Design::MetaAnalysisRct
            && other.endpoint == Some(endpoint)
            && trials(other) > trials(rests_on)
        {
            c.push(
                place,
                format!(
                    "key_figure `{}` rests on `{}` ({} trial(s)), but the step shows `{id}`, which pools {} \
                     randomised trials of the same endpoint: rest the picture on the most complete randomised \
                     estimate (apply its ratio to the baseline of women like her, and label it worked out)",
                    key.id,
                    rests_on.id,
                    trials(rests_on),
                    trials(other)
                ),
            );
        }
    }
}

// --- Single-trial signals both ways ----------------------------------------------------------

/// How sure, in order (not graded counts lowest, so a graded result is never outweighed by an
/// ungraded one).
fn rank(certainty: Certainty) -> u8 {
    match certainty {
        Certainty::NotGraded => 0,
        Certainty::VeryLow => 1,
        Certainty::Low => 2,
        Certainty::Moderate => 3,
        Certainty::High => 4,
    }
}

/// Wherever an option shows one trial's result for it (benefit or harm), it shows that option's
/// single-trial results the other way of the same or better certainty, at the same layer: the
/// option's own page, its cells of the options grid, and a step's first layer.
fn check_signals(c: &mut Checker<'_>) {
    let b = c.bundle;
    let signalled: Vec<&Figure> = b
        .figures
        .iter()
        .filter(|f| !f.signals.is_empty() && f.status.displayable())
        .collect();
    for figure in &signalled {
        if figure.design != Design::Rct {
            c.push(
                format!("figure `{}`", figure.id),
                "has `signals` but is not a single trial's result: signals mark what one trial alone found",
            );
        }
    }
    // (place, option kinds shown there or None for every option, figures shown)
    let mut places: Vec<(String, Option<OptionKind>, BTreeSet<&str>)> = Vec::new();
    for option in &b.options {
        let figures = option
            .benefits
            .iter()
            .chain(&option.harms)
            .flat_map(|p| p.figures.iter().map(FigureRef::as_str))
            .collect();
        places.push((
            format!("option `{}` (benefits and harms)", option.id),
            Some(option.kind),
            figures,
        ));
        let cells = b
            .compare
            .iter()
            .flat_map(|row| row.cells.iter())
            .filter(|cell| cell.option.as_str() == option.id.as_str())
            .flat_map(|cell| cell.figures.iter().map(FigureRef::as_str))
            .collect();
        places.push((
            format!("option `{}` (its cells of the options grid)", option.id),
            Some(option.kind),
            cells,
        ));
    }
    for step in &b.steps {
        let figures = step
            .figures
            .iter()
            .chain(step.key_figure.iter())
            .map(FigureRef::as_str)
            .collect();
        places.push((format!("step `{}` (key points)", step.id), None, figures));
    }
    let mut found = Vec::new();
    for (place, kind, shown) in &places {
        for id in shown {
            let Some(figure) = signalled.iter().find(|f| f.id.as_str() == *id) else {
                continue;
            };
            for signal in figure.signals.iter() {
                if kind.is_some_and(|k| k != signal.option) {
                    continue;
                }
                // The results the other way for the option, of the same or better certainty,
                // grouped by finding (figures that share a source report one trial's result: its
                // ratio and the numbers worked out from it). Each finding must be shown here by
                // at least one of its figures.
                let counters: Vec<&Figure> = signalled
                    .iter()
                    .copied()
                    .filter(|other| {
                        rank(other.certainty) >= rank(figure.certainty)
                            && other.signals.iter().any(|counter| {
                                counter.option == signal.option
                                    && counter.direction != signal.direction
                            })
                    })
                    .collect();
                let findings: Vec<(&str, Vec<&str>)> = findings(&counters)
                    .into_iter()
                    .map(|group| ("", group.iter().map(|f| f.id.as_str()).collect()))
                    .collect();
                for (_, ids) in findings {
                    if !ids.iter().any(|other| shown.contains(other)) {
                        found.push((
                            place.clone(),
                            format!(
                                "shows `{id}`, one trial's {} for the `{}` option, but not `{}`, one trial's {} \
                                 for it of the same or better certainty: show both at this layer (add one of \
                                 them to the `figures` here and say what it found), or neither",
                                direction_word(signal.direction),
                                option_word(signal.option),
                                ids.join("` or `"),
                                direction_word(opposite(signal.direction)),
                            ),
                        ));
                    }
                }
            }
        }
    }
    for (place, fix) in found {
        c.push(place, fix);
    }
}

/// Figures grouped by the result they report: figures that share a source (directly or through
/// another figure of the group) are one trial's result, its ratio and the numbers worked out from
/// it.
pub fn findings<'a>(figures: &[&'a Figure]) -> Vec<Vec<&'a Figure>> {
    let mut groups: Vec<Vec<&'a Figure>> = Vec::new();
    for &figure in figures {
        let (joined, mut apart): (Vec<_>, Vec<_>) = groups.into_iter().partition(|group| {
            group
                .iter()
                .any(|other| other.sources.iter().any(|s| figure.sources.contains(s)))
        });
        let mut merged: Vec<&'a Figure> = joined.into_iter().flatten().collect();
        merged.push(figure);
        apart.push(merged);
        groups = apart;
    }
    groups
}

fn opposite(direction: Direction) -> Direction {
    match direction {
        Direction::Benefit => Direction::Harm,
        Direction::Harm => Direction::Benefit,
    }
}

fn direction_word(direction: Direction) -> &'static str {
    match direction {
        Direction::Benefit => "benefit",
        Direction::Harm => "harm",
    }
}

fn option_word(kind: OptionKind) -> &'static str {
    match kind {
        OptionKind::NoLocalTherapyNow => "no_local_therapy_now",
        OptionKind::Surgery => "surgery",
        OptionKind::Radiotherapy => "radiotherapy",
        OptionKind::ClinicalTrial => "clinical_trial",
    }
}

// --- Subgroups both ways ---------------------------------------------------------------------

/// Every subgroup result says which features of her situation it bears on, and a situation's
/// evidence shows all of them, favourable, null and unfavourable alike.
fn check_subgroups(c: &mut Checker<'_>) {
    let b = c.bundle;
    let subgroups: Vec<&Figure> = b
        .figures
        .iter()
        .filter(|f| f.subgroup != Subgroup::None && f.status.displayable())
        .collect();
    let shown_by_situations: BTreeSet<&str> = b
        .situation_evidence
        .iter()
        .flat_map(|e| e.figures.iter().map(FigureRef::as_str))
        .collect();
    for figure in &subgroups {
        if figure.features.is_empty() && shown_by_situations.contains(figure.id.as_str()) {
            c.push(
                format!("figure `{}`", figure.id),
                "is a subgroup result shown for her situation but names no `features`: add the features it bears \
                 on (`features = [\"bone_only\"]`), so that every situation shows it whichever way it points",
            );
        }
    }
    let mut found = Vec::new();
    for evidence in &b.situation_evidence {
        for figure in &subgroups {
            if figure.features.contains(&evidence.feature)
                && !evidence
                    .figures
                    .iter()
                    .any(|f| f.as_str() == figure.id.as_str())
            {
                found.push((
                    format!("situation evidence `{}`", evidence.id),
                    format!(
                        "does not show `{}`, a subgroup result for this feature ({}): show every subgroup result \
                         of the feature, favourable, null and unfavourable alike (add it to `figures` and say \
                         what it found)",
                        figure.id,
                        subgroup_direction(figure)
                    ),
                ));
            }
        }
    }
    for (place, fix) in found {
        c.push(place, fix);
    }
}

/// Which way a subgroup's ratio points, from its interval (local therapy compared with none).
pub fn subgroup_direction(figure: &Figure) -> &'static str {
    let Some(relative) = figure.relative() else {
        return "no ratio";
    };
    match relative.uncertainty.ci {
        Some(ci) if ci.high.to_f64() < 1.0 => "favourable to local therapy",
        Some(ci) if ci.low.to_f64() > 1.0 => "unfavourable to local therapy",
        Some(_) => "null: the interval includes 1",
        None => "no interval",
    }
}

// --- Values ------------------------------------------------------------------------------------

/// The values list gives each direction the same number of items.
fn check_values(c: &mut Checker<'_>) {
    let items = &c.bundle.values.items;
    let count = |to: Side| items.iter().filter(|i| i.points_to == Some(to)).count();
    let (medicines, breast) = (count(Side::MedicinesNow), count(Side::BreastNow));
    if medicines != breast {
        c.push(
            "values.toml",
            format!(
                "{medicines} item(s) point to medicines now and {breast} to treating the breast now: give each \
                 direction the same number of items, worded alike, so the list does not lean"
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_baseline_names_a_year_or_says_none_was_reported() {
        for text in [
            "E2108, 2011–2015",
            "recruited 1999 to 2003",
            "2005",
            "years not reported",
            "Years recruited: not read",
        ] {
            assert!(names_years(text), "{text}");
        }
        for text in ["E2108", "12005 women", "20051", "1850", "", "in 210 women"] {
            assert!(!names_years(text), "{text}");
        }
    }

    #[test]
    fn deaths_and_events_or_deaths_read_both_ways_round() {
        assert_eq!(deaths(EventKind::Died, 30_000), Some(30_000));
        assert_eq!(deaths(EventKind::Alive, 70_000), Some(30_000));
        assert_eq!(deaths(EventKind::EventOrDeath, 70_000), None);
        assert_eq!(
            events_or_deaths(EventKind::EventOrDeath, 40_000),
            Some(40_000)
        );
        assert_eq!(
            events_or_deaths(EventKind::AliveWithoutEvent, 40_000),
            Some(60_000)
        );
        assert_eq!(events_or_deaths(EventKind::Other, 40_000), None);
        assert_eq!(events_or_deaths(EventKind::Died, 40_000), None);
    }

    #[test]
    fn shares_are_exact_thousandths_of_one_in_100_whatever_the_denominator() {
        use crate::Decimal;
        let d = |text: &str| Decimal::parse(text).unwrap();
        assert_eq!(per_100(d("57.0"), 100), 57_000);
        assert_eq!(per_100(d("13.04"), 100), 13_040);
        assert_eq!(per_100(d("12"), 1000), 1_200);
        assert_eq!(per_100(d("0"), 100), 0);
        assert_eq!(one_decimal(54_800), "54.8");
        assert_eq!(one_decimal(57_000), "57.0");
        assert_eq!(one_decimal(1_250), "1.2");
    }

    #[test]
    fn certainty_ranks_in_grade_order_with_ungraded_lowest() {
        let order = [
            Certainty::NotGraded,
            Certainty::VeryLow,
            Certainty::Low,
            Certainty::Moderate,
            Certainty::High,
        ];
        for pair in order.windows(2) {
            assert!(rank(pair[0]) < rank(pair[1]), "{pair:?}");
        }
    }
}

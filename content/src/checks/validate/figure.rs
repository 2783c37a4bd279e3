//! The checks of one figure record: its words, its sources, its one value and that value's
//! uncertainty.

use std::collections::BTreeSet;

use crate::Decimal;
use crate::domain::effects;
use crate::schema::{
    Figure, FigureValue, Frequency, FrequencyArm, RelativeMeasure, SourceKind, Uncertainty,
    Verification, WorkedOut,
};

use super::Checker;

impl Checker<'_> {
    fn uncertainty(&mut self, place: &str, what: &str, estimate: Decimal, u: &Uncertainty) {
        match (&u.ci, &u.no_ci_reason) {
            (Some(_), Some(_)) => self.push(
                place,
                format!("{what}: give either `ci` or `no_ci_reason`, not both"),
            ),
            (None, None) => self.push(
                place,
                format!(
                    "{what}: no uncertainty. Add `ci = {{ low = …, high = …, level = \"95\" }}` (or \"90\" as the \
                     source reports it), or `no_ci_reason = \"…\"` saying why there is none"
                ),
            ),
            (None, Some(reason)) => self.required(place, "no_ci_reason", reason),
            (Some(ci), None) => {
                if ci.low > ci.high {
                    self.push(place, format!("{what}: CI low {} is above high {}: swap them", ci.low, ci.high));
                }
                if estimate < ci.low || estimate > ci.high {
                    self.push(
                        place,
                        format!(
                            "{what}: the {} CI {}–{} does not contain the estimate {estimate}. Re-read the source \
                             quote and fix the estimate or the interval",
                            ci.level.label(),
                            ci.low,
                            ci.high
                        ),
                    );
                }
            }
        }
    }

    pub(super) fn figure(&mut self, figure: &Figure) {
        let place = format!("figure `{}`", figure.id);
        let place = place.as_str();
        self.required(place, "label", &figure.label);
        self.required(place, "population", &figure.population);
        self.required(place, "population_patient", &figure.population_patient);
        self.required(place, "horizon.clinician", &figure.horizon.clinician);
        self.required(place, "horizon.patient", &figure.horizon.patient);
        self.required(place, "quote", &figure.quote);
        if figure.sources.is_empty() {
            self.push(
                place,
                "has no `sources`: add the id of the paper it comes from",
            );
        }
        self.sources(place, &figure.sources);
        if figure.status == Verification::ReportedByReview {
            for id in &figure.sources {
                let kind = self
                    .bundle
                    .sources
                    .iter()
                    .find(|s| s.id == id.as_str())
                    .map(|s| s.kind);
                if kind.is_some_and(|k| k != SourceKind::NarrativeReview) {
                    self.push(
                        place,
                        format!(
                            "is `reported_by_review` but cites `{id}`, which is not a narrative review: cite only \
                             the review whose words are quoted, or check the figure in the original study and give \
                             it that status"
                        ),
                    );
                }
            }
        }
        let values: Vec<&FigureValue> = match &figure.value {
            FigureValue::Malformed(tables) => {
                self.push(
                    place,
                    format!(
                        "has {} value tables: give exactly one of [figures.value.frequency], \
                         [figures.value.median], [figures.value.relative] or [figures.value.count]",
                        tables.len()
                    ),
                );
                tables.iter().collect()
            }
            value => vec![value],
        };
        for value in values {
            match value {
                FigureValue::Frequency(f) => {
                    if f.denominator != 100 && f.denominator != 1000 {
                        self.push(
                            place,
                            format!(
                                "denominator {} is not allowed: use 100 (or 1000 for risks under about 1 in 100) so \
                                 options can be compared on the same scale",
                                f.denominator
                            ),
                        );
                    }
                    self.required(place, "frequency.people", &f.people);
                    self.required(place, "frequency.event_patient", &f.event_patient);
                    self.required(place, "frequency.non_event_patient", &f.non_event_patient);
                    if f.arms.is_empty() {
                        self.push(
                            place,
                            "has no arms: add at least one [[figures.value.frequency.arms]]",
                        );
                    }
                    let mut arm_ids = BTreeSet::new();
                    for arm in &f.arms {
                        let what = format!("arm `{}`", arm.arm);
                        if !arm_ids.insert(arm.arm.as_str()) {
                            self.push(
                                place,
                                format!("{what} appears twice: arm ids must be unique"),
                            );
                        }
                        self.required(place, "arms.label", &arm.label);
                        self.required(place, "arms.label_patient", &arm.label_patient);
                        let denominator = Decimal::from_count(f.denominator);
                        if !arm.events.is_non_negative() || arm.events > denominator {
                            self.push(
                                place,
                                format!(
                                    "{what}: {} events cannot be shown out of {}: events must be between 0 and the \
                                     denominator",
                                    arm.events, f.denominator
                                ),
                            );
                        }
                        self.uncertainty(place, &what, arm.events, &arm.uncertainty);
                        if let Some(worked_out) = &arm.worked_out {
                            self.worked_out(place, &what, f, arm, worked_out);
                        }
                        if let Some(ci) = &arm.uncertainty.ci
                            && (!ci.low.is_non_negative() || ci.high > denominator)
                        {
                            self.push(
                                place,
                                format!("{what}: the CI must lie between 0 and {}", f.denominator),
                            );
                        }
                    }
                }
                FigureValue::Median(m) => {
                    self.required(place, "median.measure", &m.measure);
                    self.required(place, "median.phrase_patient", &m.phrase_patient);
                    if m.arms.is_empty() {
                        self.push(
                            place,
                            "has no arms: add at least one [[figures.value.median.arms]]",
                        );
                    }
                    if m.not_significant && m.arms.len() < 2 {
                        self.push(
                            place,
                            "says `not_significant = true` but has fewer than two arms: the \"could be \
                             due to chance\" line compares groups, so remove it or add the other arm",
                        );
                    }
                    for arm in &m.arms {
                        let what = format!("arm `{}`", arm.arm);
                        self.required(place, "arms.label", &arm.label);
                        self.required(place, "arms.label_patient", &arm.label_patient);
                        self.uncertainty(place, &what, arm.months, &arm.uncertainty);
                    }
                }
                FigureValue::Relative(r) => {
                    self.required(place, "relative.treatment", &r.treatment);
                    self.required(place, "relative.reference", &r.reference);
                    self.required(place, "relative.outcome", &r.outcome);
                    self.required(place, "relative.direction", &r.direction);
                    self.uncertainty(place, r.measure.abbreviation(), r.estimate, &r.uncertainty);
                    if !r.estimate.is_non_negative() {
                        self.push(place, "a ratio cannot be negative: check the estimate");
                    }
                }
                FigureValue::Malformed(_) => {}
                FigureValue::Count(c) => {
                    self.required(place, "count.what", &c.what);
                    if let Some(of) = c.of
                        && c.count > of
                    {
                        self.push(
                                place,
                                format!("count {} is larger than its total {of}: check both against the source", c.count),
                            );
                    }
                }
            }
        }
    }

    /// An arm worked out from a hazard ratio must say exactly what the formula gives (see
    /// `domain::effects`), with the ratio's interval and its level.
    fn worked_out(
        &mut self,
        place: &str,
        what: &str,
        frequency: &Frequency,
        arm: &FrequencyArm,
        worked_out: &WorkedOut,
    ) {
        let Some(ratio) = self.figures.get(worked_out.ratio.as_str()).copied() else {
            self.push(
                place,
                format!(
                    "{what}: is worked out from figure `{}`, which is not in figures/*.toml: add it or fix the id",
                    worked_out.ratio
                ),
            );
            return;
        };
        let Some(relative) = ratio
            .relative()
            .filter(|r| r.measure == RelativeMeasure::HazardRatio)
        else {
            self.push(
                place,
                format!(
                    "{what}: `worked_out.ratio` must be a hazard ratio figure; `{}` is not",
                    ratio.id
                ),
            );
            return;
        };
        let Some(ci) = relative.uncertainty.ci else {
            self.push(
                place,
                format!(
                    "{what}: the hazard ratio `{}` has no interval, so no range can be worked out",
                    ratio.id
                ),
            );
            return;
        };
        let Some(from) = frequency
            .arms
            .iter()
            .find(|a| a.arm == worked_out.from_arm && a.worked_out.is_none())
        else {
            self.push(
                place,
                format!(
                    "{what}: `worked_out.from_arm` = `{}` is not a reported arm of this figure: name the comparison                      group's arm",
                    worked_out.from_arm
                ),
            );
            return;
        };
        let expected = effects::anticipated(
            from.events,
            frequency.denominator,
            worked_out.counts,
            relative.estimate,
            ci.low,
            ci.high,
        );
        let written = arm.uncertainty.ci.map(|c| (c.low, c.high, c.level));
        if arm.events != expected.estimate
            || written != Some((expected.low, expected.high, ci.level))
        {
            self.push(
                place,
                format!(
                    "{what}: worked out from `{}` ({} {}, {} CI {}–{}) applied to arm `{}` ({}), it is {} with a {} range \
                     of {} to {}: write `events = {}` and `uncertainty = {{ ci = {{ low = {}, high = {}, level = \"{}\" }} }}`",
                    ratio.id,
                    relative.measure.abbreviation(),
                    relative.estimate,
                    ci.level.label(),
                    ci.low,
                    ci.high,
                    from.arm,
                    from.events,
                    expected.estimate,
                    ci.level.label(),
                    expected.low,
                    expected.high,
                    expected.estimate,
                    expected.low,
                    expected.high,
                    ci.level.label().trim_end_matches('%'),
                ),
            );
        }
    }
}

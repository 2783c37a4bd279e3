//! The words the app puts around figures: patient sentences, clinician summaries, labels.
//!
//! Every sentence is built from a figure record's own fields, so the words cannot drift from the
//! numbers. Patient sentences use whole numbers out of the figure's denominator with the time frame
//! in the same sentence, and say "about" whenever rounding changed the reported value.

use crate::content::{
    Certainty, Count, Decimal, Design, Figure, Frequency, FrequencyArm, Median, MedianArm, Meta,
    Relative, Source, Study, StudyKind, StudyStatus, Subgroup, Timing, Uncertainty, Verification,
    agree, plain, words,
};

use super::frequency::count_of;

/// A whole number with a thousands separator ("1,000").
pub fn grouped(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "about 16" when 16.3 was rounded, "5" when 5 was reported.
pub fn about(value: Decimal, denominator: u32) -> String {
    let count = count_of(value, denominator);
    if value.is_whole() && value == Decimal::from_count(count) {
        grouped(count)
    } else {
        words().numbers.about.fill(&grouped(count))
    }
}

/// The text with its first letter in upper case. The content's sentences start with an ASCII
/// letter; ASCII case mapping keeps Unicode's case tables (3 KB) out of the app.
pub fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// The reference class shown with every figure, after its label (`[numbers] reference_label`
/// in `ui.toml`): "one trial of 256
/// women in the USA and Canada."
pub fn reference_class(figure: &Figure) -> String {
    let who = plain(&figure.population_patient);
    format!("{}.", who.trim_end_matches('.'))
}

/// Patient sentence for one arm of a natural-frequency figure, also the icon array's label:
/// "Out of 100 women who had …, about 16 had … within 3 years. The other 84 did not."
pub fn frequency_arm_patient(figure: &Figure, frequency: &Frequency, arm: &FrequencyArm) -> String {
    let count = count_of(arm.events, frequency.denominator);
    words().numbers.frequency_arm.fill(
        &grouped(frequency.denominator),
        &frequency.people,
        &plain(&arm.label_patient),
        &about(arm.events, frequency.denominator),
        &agree(&plain(&frequency.event_patient), count == 1),
        &plain(&figure.horizon.patient),
        &grouped(frequency.denominator - count),
        &agree(
            &plain(&frequency.non_event_patient),
            frequency.denominator - count == 1,
        ),
    )
}

/// Said once for a figure none of whose numbers has a range (not once per number): "this number"
/// for one, "these numbers" for several.
pub fn no_range_for(numbers: usize) -> &'static str {
    if numbers > 1 {
        words().numbers.no_range_many.as_str()
    } else {
        words().numbers.no_range_one.as_str()
    }
}

/// Months are rounded to whole months with the same rounding as icons; any "denominator" above the
/// longest median works (the count is never capped below it).
const MONTHS_SCALE: u32 = 1000;

/// A number of months for the patient view: "about 16" when 15.98 was rounded, "63" when whole.
pub fn months(value: Decimal) -> String {
    about(value, MONTHS_SCALE)
}

/// The uncertainty of one arm in plain words, or why there is none.
pub fn range_patient(uncertainty: &Uncertainty, denominator: u32) -> String {
    match &uncertainty.ci {
        Some(ci) => words().numbers.range.fill(
            &grouped(count_of(ci.low, denominator)),
            &grouped(count_of(ci.high, denominator)),
            &grouped(denominator),
        ),
        None => words().numbers.no_range_one.as_str().to_owned(),
    }
}

/// The heading that compares all arms of a natural-frequency figure on the same denominator and
/// time frame, one short part per arm so that it stays easy to read with five arms: "Out of 100
/// women in each group, the number who had arm swelling about 5 years after surgery: 5 who had a
/// sentinel-node biopsy; 16 who had an armpit clearance."
pub fn frequency_comparison_heading(figure: &Figure, frequency: &Frequency) -> String {
    let parts: Vec<String> = frequency
        .arms
        .iter()
        .map(|arm| {
            format!(
                "{} {}",
                about(arm.events, frequency.denominator),
                plain(&arm.label_patient)
            )
        })
        .collect();
    words().numbers.comparison.fill(
        &grouped(frequency.denominator),
        &frequency.people,
        &agree(&plain(&frequency.event_patient), false),
        &plain(&figure.horizon.patient),
        &parts.join("; "),
    )
}

/// Patient sentences for one arm of a median: the group, then what half of them did: "Women who
/// kept to medicines alone. Half of them were still alive after about 53 months." Two short
/// sentences, because one that names the group and the time together runs past grade 8.
pub fn median_arm_patient(median: &Median, arm: &MedianArm) -> String {
    let group = words()
        .numbers
        .median_group
        .fill(&plain(&arm.label_patient));
    words().numbers.median_arm.fill(
        &sentence_case(&group),
        &plain(&median.phrase_patient),
        &months(arm.months),
    )
}

/// The uncertainty of one arm of a median in plain words, or the line saying none was reported:
/// "The true time could be as short as about 16 months or as long as about 22 months."
pub fn median_range_patient(uncertainty: &Uncertainty) -> String {
    match &uncertainty.ci {
        Some(ci) => words()
            .numbers
            .median_range
            .fill(&months(ci.low), &months(ci.high)),
        None => words().numbers.no_range_one.as_str().to_owned(),
    }
}

/// The range of one arm of a natural frequency for a table cell, in whole icons ("13 to 28"), or
/// "Not reported".
pub fn range_cell(uncertainty: &Uncertainty, denominator: u32) -> String {
    uncertainty.ci.map_or_else(
        || words().numbers.not_reported.as_str().to_owned(),
        |ci| {
            words().numbers.cell_range.fill(
                &count_of(ci.low, denominator),
                &count_of(ci.high, denominator),
            )
        },
    )
}

/// The range of one arm of a median for a table cell: "about 16 to about 22", or "Not reported".
pub fn median_range_cell(uncertainty: &Uncertainty) -> String {
    uncertainty.ci.map_or_else(
        || words().numbers.not_reported.as_str().to_owned(),
        |ci| {
            words()
                .numbers
                .cell_range
                .fill(&months(ci.low), &months(ci.high))
        },
    )
}

/// What the patient view says under a median whose source reports no significant difference
/// between the arms (`Median::not_significant`), or `None`.
pub fn median_chance_patient(median: &Median) -> Option<&'static str> {
    (median.not_significant && median.arms.len() > 1).then_some(words().numbers.chance.as_str())
}

/// An interval for clinicians: "95% CI 13–28", or the reason there is none.
pub fn interval_clinician(uncertainty: &Uncertainty) -> String {
    match (&uncertainty.ci, &uncertainty.no_ci_reason) {
        (Some(ci), _) => format!("{} CI {}–{}", ci.level.label(), ci.low, ci.high),
        (None, Some(reason)) => words()
            .evidence_labels
            .no_interval_because
            .fill(&reason.trim_end_matches('.')),
        (None, None) => words().evidence_labels.no_interval.as_str().to_owned(),
    }
}

/// One arm of a natural frequency for clinicians: "16.3% (no CI: …)" or "2.4 per 1,000 (…)".
pub fn frequency_arm_clinician(frequency: &Frequency, arm: &FrequencyArm) -> String {
    let value = if frequency.denominator == 100 {
        format!("{}%", arm.events)
    } else {
        words()
            .evidence_labels
            .per
            .fill(&arm.events, &grouped(frequency.denominator))
    };
    let n = arm
        .n
        .map(|n| format!(", n = {}", grouped(n)))
        .unwrap_or_default();
    format!(
        "{}: {value} ({}{n})",
        arm.label,
        interval_clinician(&arm.uncertainty)
    )
}

/// One arm of a median for clinicians.
pub fn median_arm_clinician(arm: &MedianArm) -> String {
    words().evidence_labels.median_arm.fill(
        &arm.label,
        &arm.months,
        &interval_clinician(&arm.uncertainty),
    )
}

/// A relative effect for clinicians, always with its comparison and direction in words:
/// "HR 1.11 (90% CI 0.82–1.52; P = .57) for death from any cause, local therapy vs systemic
/// therapy alone. Below 1 would favour local therapy."
pub fn relative_clinician(relative: &Relative) -> String {
    let p = relative
        .p
        .as_deref()
        .map(|p| format!("; {p}"))
        .unwrap_or_default();
    words().evidence_labels.relative.fill(
        &relative.measure.abbreviation(),
        &relative.estimate,
        &interval_clinician(&relative.uncertainty),
        &p,
        &relative.outcome,
        &relative.treatment,
        &relative.reference,
        &relative.direction,
    )
}

/// A count for clinicians: "256 women randomised" or "1 of 173 …".
pub fn count_clinician(count: &Count) -> String {
    match count.of {
        Some(of) => {
            words()
                .evidence_labels
                .count_of
                .fill(&grouped(count.count), &grouped(of), &count.what)
        }
        None => format!("{} {}", grouped(count.count), count.what),
    }
}

/// Study design in words.
pub fn design_label(design: Design) -> &'static str {
    let labels = &words().evidence_labels;
    match design {
        Design::Rct => &labels.design_rct,
        Design::MetaAnalysisRct => &labels.design_meta_rct,
        Design::MetaAnalysisProspective => &labels.design_meta_prospective,
        Design::MetaAnalysisObservational => &labels.design_meta_observational,
        Design::Observational => &labels.design_observational,
        Design::Registry => &labels.design_registry,
        Design::SystematicReviewCohorts => &labels.design_cohort_review,
    }
    .as_str()
}

/// Certainty in words: "GRADE: moderate certainty".
pub fn certainty_label(certainty: Certainty) -> String {
    let numbers = &words().numbers;
    let grade = match certainty {
        Certainty::High => &numbers.grade_high,
        Certainty::Moderate => &numbers.grade_moderate,
        Certainty::Low => &numbers.grade_low,
        Certainty::VeryLow => &numbers.grade_very_low,
        Certainty::NotGraded => return words().evidence_labels.not_graded.as_str().to_owned(),
    };
    words().evidence_labels.graded.fill(&grade)
}

/// Verification status in words (the display policy's categories).
pub fn status_label(status: Verification) -> &'static str {
    let labels = &words().evidence_labels;
    match status {
        Verification::Verified => &labels.verified,
        Verification::VerifiedCopy => &labels.verified_copy,
        Verification::SecondaryQuotingAbstract => &labels.secondary_quoting_abstract,
        Verification::Secondary => &labels.secondary,
        Verification::Unverified => &labels.unverified,
        Verification::ReportedByReview => &labels.reported_by_review,
        Verification::WorkedOut => &labels.worked_out,
        Verification::ModelledByReview => &labels.modelled_by_review,
    }
    .as_str()
}

/// How sure the studies are, in plain words, for a graded figure: "How sure are the studies?
/// Fairly sure (a review rated it moderate)."
pub fn certainty_patient(certainty: Certainty) -> Option<String> {
    let numbers = &crate::content::words().numbers;
    let (words, grade) = match certainty {
        Certainty::High => (&numbers.sure_high, &numbers.grade_high),
        Certainty::Moderate => (&numbers.sure_moderate, &numbers.grade_moderate),
        Certainty::Low => (&numbers.sure_low, &numbers.grade_low),
        Certainty::VeryLow => (&numbers.sure_very_low, &numbers.grade_very_low),
        Certainty::NotGraded => return None,
    };
    Some(numbers.certainty_question.fill(words, grade))
}

/// How a worked-out arm was made, for clinicians, or none if the figure has none.
pub fn worked_out_clinician(figure: &Figure) -> Option<String> {
    let frequency = figure.frequency()?;
    let (arm, worked_out) = frequency
        .arms
        .iter()
        .find_map(|arm| arm.worked_out.as_ref().map(|w| (arm, w)))?;
    let ratio = worked_out.ratio.get()?;
    let relative = ratio.relative()?;
    let formula = match worked_out.counts {
        crate::content::Counts::Survivors => "treated = control ^ HR",
        crate::content::Counts::Events => "treated = 1 − (1 − control) ^ HR",
    };
    Some(words().evidence_labels.worked_out_method.fill(
        &arm.label,
        &ratio.label,
        &relative_clinician(relative),
        &formula,
        &worked_out.from_arm,
    ))
}

/// The visible label an unplanned subgroup must carry, or none.
pub fn subgroup_label(subgroup: Subgroup) -> Option<&'static str> {
    let numbers = &words().numbers;
    match subgroup {
        Subgroup::None => None,
        Subgroup::PreSpecified => Some(numbers.subgroup_planned.as_str()),
        Subgroup::Unplanned => Some(numbers.subgroup_unplanned.as_str()),
        Subgroup::Unstated => Some(numbers.subgroup_unstated.as_str()),
    }
}

/// The evidence version and its dates, said the same way on every screen and the printout:
/// "Evidence version 2026.1, reviewed on 2026-11-27. Next review due 2027-11-27."
pub fn evidence_line(meta: &Meta) -> String {
    words()
        .numbers
        .evidence_line
        .fill(&meta.version, &meta.reviewed_on, &meta.next_review)
}

/// A citation in one line: authors, title, journal, year, details, DOI, PMID, trial id (and the
/// address read, for a source with neither DOI nor PMID).
pub fn citation_text(source: &Source) -> String {
    let mut parts = vec![format!(
        "{}. {}. {} {}",
        // "Soran A, et al." already ends with its full stop.
        source.authors.trim_end_matches('.'),
        source.title.trim_end_matches('.'),
        source.journal,
        source.year.map_or_else(
            || words().numbers.year_not_found.as_str().to_owned(),
            |y| y.to_string()
        )
    )];
    if let Some(details) = &source.details {
        parts[0].push_str(&format!(";{details}"));
    }
    if let Some(doi) = &source.doi {
        parts.push(format!("doi:{doi}"));
    }
    if let Some(pmid) = &source.pmid {
        parts.push(format!("PMID {pmid}"));
    }
    if let Some(trial) = &source.trial_id {
        parts.push(trial.to_string());
    }
    if source.doi.is_none()
        && source.pmid.is_none()
        && let Some(url) = &source.url
    {
        match &source.read_on {
            Some(date) => parts.push(words().numbers.read_at_on.fill(&url, &date)),
            None => parts.push(words().numbers.read_at.fill(&url)),
        }
    }
    format!("{}.", parts.join(". "))
}

/// When chance decided between the groups of a study, in plain words (empty for studies where it
/// does not apply).
pub fn timing_label(study: &Study) -> &'static str {
    let numbers = &words().numbers;
    match study.timing {
        Timing::BeforeSystemic => numbers.timing_before.as_str(),
        Timing::AfterSystemic => numbers.timing_after.as_str(),
        // A trial whose timing differed between women says so (its design says how).
        Timing::NotApplicable if study.kind == StudyKind::Rct => numbers.timing_differed.as_str(),
        Timing::NotApplicable => "",
    }
}

/// Whether a study has results, in plain words.
pub fn study_status_label(status: StudyStatus) -> &'static str {
    let numbers = &words().numbers;
    match status {
        StudyStatus::Reported => numbers.status_reported.as_str(),
        StudyStatus::StoppedEarly => numbers.status_stopped_early.as_str(),
        StudyStatus::Closed => numbers.status_closed.as_str(),
        StudyStatus::NoResultsFound => numbers.status_no_results.as_str(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reported interval for the tests' records.
    fn interval(low: &str, high: &str, level: crate::content::CiLevel) -> Uncertainty {
        Uncertainty {
            ci: Some(crate::content::Interval {
                low: Decimal::parse(low).unwrap(),
                high: Decimal::parse(high).unwrap(),
                level,
            }),
            no_ci_reason: None,
        }
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(5), "5");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }

    #[test]
    fn median_ranges_in_whole_months_or_the_no_range_line() {
        let d = |t: &str| Decimal::parse(t).unwrap();
        let with = interval("15.98", "22.46", crate::content::CiLevel::NinetyFive);
        assert_eq!(
            median_range_patient(&with),
            "The true time could be as short as about 16 months or as long as about 22 months."
        );
        assert_eq!(median_range_cell(&with), "about 16 to about 22");
        let without = Uncertainty::default();
        assert_eq!(
            median_range_patient(&without),
            "No range was reported for this number."
        );
        assert_eq!(median_range_cell(&without), "Not reported");
        assert_eq!(months(d("63")), "63");
    }

    #[test]
    fn a_frequency_range_in_a_cell_is_its_two_ends_in_whole_icons() {
        let range = interval("12.6", "28.4", crate::content::CiLevel::NinetyFive);
        assert_eq!(range_cell(&range, 100), "13 to 28");
        assert_eq!(range_cell(&Uncertainty::default(), 100), "Not reported");
    }

    #[test]
    fn a_median_arm_and_a_count_for_clinicians_carry_their_numbers() {
        let d = |t: &str| Decimal::parse(t).unwrap();
        let arm = MedianArm {
            label: "Surgery".into(),
            months: d("19.2"),
            uncertainty: interval("16.5", "22", crate::content::CiLevel::Ninety),
            ..MedianArm::default()
        };
        assert_eq!(
            median_arm_clinician(&arm),
            "Surgery: 19.2 months (90% CI 16.5–22)"
        );
        let of = Count {
            count: 1_032,
            of: Some(2_500),
            what: "women with a wound problem".into(),
        };
        assert_eq!(
            count_clinician(&of),
            "1,032 of 2,500 women with a wound problem"
        );
        let alone = Count { of: None, ..of };
        assert_eq!(count_clinician(&alone), "1,032 women with a wound problem");
    }

    #[test]
    fn certainty_in_plain_words_names_the_grade_and_an_ungraded_figure_says_nothing() {
        assert_eq!(
            certainty_patient(Certainty::Moderate).as_deref(),
            Some("How sure are the studies? Fairly sure (a review rated the evidence moderate).")
        );
        assert_eq!(
            certainty_patient(Certainty::VeryLow).as_deref(),
            Some("How sure are the studies? Very unsure (a review rated the evidence very low).")
        );
        assert_eq!(certainty_patient(Certainty::NotGraded), None);
    }

    #[test]
    fn chance_is_mentioned_only_for_a_comparison_marked_not_significant() {
        let arm = MedianArm::default();
        let two = Median {
            not_significant: true,
            arms: vec![arm.clone(), arm.clone()].into(),
            ..Median::default()
        };
        assert!(median_chance_patient(&two).is_some());
        let one = Median {
            not_significant: true,
            arms: vec![arm].into(),
            ..Median::default()
        };
        assert_eq!(median_chance_patient(&one), None);
        let significant = Median {
            not_significant: false,
            ..two
        };
        assert_eq!(median_chance_patient(&significant), None);
    }

    #[test]
    fn a_worked_out_arm_says_how_it_was_made_and_a_reported_figure_says_nothing() {
        let figures = &crate::content::bundle().figures;
        let worked = figures
            .iter()
            .find(|f| {
                f.frequency()
                    .is_some_and(|q| q.arms.iter().any(|a| a.worked_out.is_some()))
            })
            .expect("the content has a worked-out figure");
        let method = worked_out_clinician(worked).expect("its method is said");
        assert!(method.contains("worked out from"), "{method}");
        assert!(method.contains("treated = "), "{method}");
        assert!(method.ends_with("Not reported by the trial."), "{method}");
        let reported = figures
            .iter()
            .find(|f| {
                f.frequency()
                    .is_some_and(|q| q.arms.iter().all(|a| a.worked_out.is_none()))
            })
            .expect("the content has a reported figure");
        assert_eq!(worked_out_clinician(reported), None);
    }

    #[test]
    fn only_a_trial_whose_timing_differed_says_so_and_a_meta_analysis_says_nothing() {
        use crate::content::{Study, StudyKind, Timing};
        let study = |kind, timing| Study {
            kind,
            timing,
            ..Study::default()
        };
        assert_eq!(
            timing_label(&study(StudyKind::Rct, Timing::NotApplicable)),
            "It differed between women (see Design)"
        );
        for kind in [StudyKind::MetaAnalysisRct, StudyKind::Observational] {
            assert_eq!(timing_label(&study(kind, Timing::NotApplicable)), "");
        }
        assert_eq!(
            timing_label(&study(StudyKind::MetaAnalysisRct, Timing::BeforeSystemic)),
            "At diagnosis: operation before medicines"
        );
        assert_eq!(
            timing_label(&study(StudyKind::Rct, Timing::AfterSystemic)),
            "After first medicines, if the cancer had not grown"
        );
    }

    #[test]
    fn one_number_without_a_range_is_this_number_and_several_are_these() {
        assert_eq!(no_range_for(1), "No range was reported for this number.");
        assert_eq!(no_range_for(2), "No range was reported for these numbers.");
        assert_eq!(no_range_for(3), no_range_for(2));
    }

    #[test]
    fn a_number_shown_without_about_is_exactly_the_reported_one() {
        // Over a grid of values (in halves, some above the denominator, where the count is
        // capped) and both denominators: a number not marked "about" is the value as reported.
        for denominator in [100, 1000] {
            for halves in 0..=2_600_u32 {
                let value = Decimal::from_parts(i32::try_from(halves * 5).unwrap(), 1);
                let shown = about(value, denominator);
                if let Some(exact) = shown
                    .strip_prefix("about ")
                    .map_or(Some(shown.as_str()), |_| None)
                {
                    let count: u32 = exact.replace(',', "").parse().unwrap();
                    assert_eq!(
                        Decimal::from_count(count),
                        value,
                        "{shown} for {value:?} of {denominator}"
                    );
                }
            }
        }
    }

    #[test]
    fn about_only_when_rounded() {
        assert_eq!(about(Decimal::parse("16.3").unwrap(), 100), "about 16");
        assert_eq!(about(Decimal::parse("5").unwrap(), 100), "5");
        assert_eq!(about(Decimal::parse("5.0").unwrap(), 100), "5");
    }
}

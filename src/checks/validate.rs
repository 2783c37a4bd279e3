//! Checks what serde cannot: ids, cross-references, ranges, and the display policy.
//!
//! Every problem is worded as the fix a content editor should make. `build.rs` refuses to build
//! an app from a bundle with problems, and `tests/content.rs` checks the same with fixtures.
//! The markup of every prose field (found by the schema walk in `checks::texts`) is checked here
//! too, so no field is left out.

use std::collections::{BTreeMap, BTreeSet};

use crate::content::Decimal;
use crate::content::markup;
use crate::content::schema::{
    Bundle, Figure, FigureRef, FigureValue, GuidanceSituation, OptionKind, Point, SituationFeature,
    SourceKind, SourceRef, StudyKind, Uncertainty, Verification,
};

use super::texts;

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

    fn figure(&mut self, figure: &Figure) {
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
                            "has no arms: add at least one [[figures.frequency.arms]]",
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
                        let denominator = Decimal::from_int(i64::from(f.denominator));
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
                            "has no arms: add at least one [[figures.median.arms]]",
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
}

fn contains_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
}

fn is_iso_date(text: &str) -> bool {
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
    check_meta(&mut c);
    check_sources(&mut c);
    for figure in &bundle.figures {
        c.figure(figure);
    }
    check_studies(&mut c);
    check_options(&mut c);
    check_compare(&mut c);
    check_pages(&mut c);
    check_exercises(&mut c);
    check_markup(&mut c);
    let mut problems = c.problems;
    problems.sort();
    problems.dedup();
    problems
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
        ("step", b.steps.iter().map(|x| x.id.as_str()).collect()),
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

fn check_meta(c: &mut Checker<'_>) {
    let m = &c.bundle.meta;
    let place = "bundle.toml";
    if m.format_version != FORMAT_VERSION {
        c.push(
            place,
            format!(
                "format_version is {} but this app reads {FORMAT_VERSION}: update the data to the current schema",
                m.format_version
            ),
        );
    }
    for (field, value) in [
        ("version", m.version.as_str()),
        ("title", m.title.as_str()),
        ("decision_clinician", m.decision_clinician.as_str()),
        ("method", m.method.as_str()),
        ("update_policy", m.update_policy.as_str()),
        ("device_line", m.device_line.as_str()),
    ] {
        c.required(place, field, value);
    }
    for (field, value) in [
        ("decision_patient", m.decision_patient.as_str()),
        ("audience_patient", m.audience_patient.as_str()),
        ("purpose_patient", m.purpose_patient.as_str()),
        ("method_patient", m.method_patient.as_str()),
        ("update_policy_patient", m.update_policy_patient.as_str()),
        ("authors", m.authors.as_str()),
        ("funding", m.funding.as_str()),
        ("privacy", m.privacy.as_str()),
        ("not_advice", m.not_advice.as_str()),
    ] {
        c.required(place, field, value);
    }
    for text in m.limitations_patient.iter() {
        c.required(place, "limitations_patient", text);
    }
    for (field, value) in [
        ("reviewed_on", &m.reviewed_on),
        ("next_review", &m.next_review),
    ] {
        if !is_iso_date(value) {
            c.push(
                place,
                format!(
                    "`{field}` = \"{value}\" is not a date: write it as YYYY-MM-DD, with a real month (01–12) \
                     and day (01–31), for example \"2026-11-27\""
                ),
            );
        }
    }
    if is_iso_date(&m.reviewed_on) && is_iso_date(&m.next_review) && m.next_review <= m.reviewed_on
    {
        c.push(
            place,
            format!(
                "`next_review` ({}) must be after `reviewed_on` ({}): set it to the date of the next scheduled \
                 review, at most 12 months after `reviewed_on`",
                m.next_review, m.reviewed_on
            ),
        );
    }
    c.patient_figures(place, &m.background_figures);
    if m.limitations.is_empty() {
        c.push(
            place,
            "`limitations` is empty: state the known limits (IPDAS asks for them)",
        );
    }
    if m.limitations_patient.is_empty() {
        c.push(
            place,
            "`limitations_patient` is empty: state the known limits in plain words for the patient view",
        );
    }
    if m.decision_patient.split_whitespace().count() > 40 {
        c.push(
            place,
            "`decision_patient` is over 40 words: state the decision in one short sentence",
        );
    }
}

fn check_sources(c: &mut Checker<'_>) {
    for source in &c.bundle.sources {
        let place = format!("source `{}`", source.id);
        c.required(&place, "authors", &source.authors);
        c.required(&place, "title", &source.title);
        c.required(&place, "journal", &source.journal);
        let identified = source.doi.is_some() || source.pmid.is_some();
        if !identified && !source.kind.url_is_enough() {
            c.push(
                &place,
                format!(
                    "has no `doi` or `pmid`, and a {:?} source needs one: add the DOI or PMID (confirmed on the \
                     publisher's or PubMed's page). Only kind = \"official_statistics\" pages, or kind = \
                     \"abstract_copy\" papers whose identifiers could not be confirmed, may be cited by a `url` alone",
                    source.kind
                ),
            );
        }
        if source.kind.url_is_enough() && !identified && source.url.is_none() {
            c.push(
                &place,
                "has no `doi`, `pmid` or `url`: add the address of the page that was read",
            );
        }
        if identified && source.url.is_some() {
            c.push(
                &place,
                "has a `doi` or `pmid` and also a `url`: remove the `url` (addresses are only for sources that \
                 have neither)",
            );
        }
        if source.kind == SourceKind::AbstractCopy
            && source.note.as_ref().is_none_or(|n| n.trim().is_empty())
        {
            c.push(
                &place,
                "is an `abstract_copy`: say in `note` which identifiers could not be confirmed and where the \
                 abstract was read",
            );
        }
        if let Some(doi) = &source.doi
            && !doi.starts_with("10.")
        {
            c.push(
                &place,
                format!("doi `{doi}` should start with `10.` (no https://doi.org/ prefix)"),
            );
        }
        if let Some(pmid) = &source.pmid
            && (pmid.is_empty() || !pmid.bytes().all(|b| b.is_ascii_digit()))
        {
            c.push(&place, format!("pmid `{pmid}` must be digits only"));
        }
        if !(1950..=2100).contains(&source.year) {
            c.push(&place, format!("year {} looks wrong", source.year));
        }
    }
}

fn check_studies(c: &mut Checker<'_>) {
    let bias = &c.bundle.bias;
    for (field, text) in [
        ("heading", bias.heading.as_str()),
        ("explain_patient", bias.explain_patient.as_str()),
        ("explain_clinician", bias.explain_clinician.as_str()),
        ("chosen_label", bias.chosen_label.as_str()),
        ("others_label", bias.others_label.as_str()),
        ("trial_patient", bias.trial_patient.as_str()),
    ] {
        c.required("studies.toml [bias]", field, text);
    }
    if bias.chosen.is_empty() || bias.chosen.len() != bias.others.len() {
        c.push(
            "studies.toml [bias]",
            "`chosen` and `others` must list the same number of differences, pairwise, so the picture lines up",
        );
    }
    if bias.sources.is_empty() {
        c.push(
            "studies.toml [bias]",
            "cite where the differences come from (`sources`)",
        );
    }
    c.sources("studies.toml [bias]", &bias.sources);
    for study in &c.bundle.studies {
        let place = format!("study `{}`", study.id);
        for (field, value) in [
            ("name", study.name.as_str()),
            ("country", study.country.as_str()),
            ("years", study.years.as_str()),
            ("local_therapy", study.local_therapy.as_str()),
            ("primary_end_point", study.primary_end_point.as_str()),
        ] {
            c.required(&place, field, value);
        }
        if study.kind == StudyKind::Rct {
            // The trials table has a Design column in both views.
            match (&study.design_patient, &study.design_clinician) {
                (Some(patient), Some(clinician)) => {
                    c.required(&place, "design_patient", patient);
                    c.required(&place, "design_clinician", clinician);
                }
                _ => c.push(
                    &place,
                    "is a randomised trial: give `design_patient` and `design_clinician` (how it was \
                     run: e.g. open-label, multicentre, phase 3) for the trials table",
                ),
            }
        }
        c.required(&place, "result_patient", &study.result_patient);
        c.required(&place, "result_clinician", &study.result_clinician);
        if study.sources.is_empty() {
            c.push(&place, "has no `sources`");
        }
        c.sources(&place, &study.sources);
        c.shown_figures(&place, &study.figures);
        match (&study.size_figure, &study.size_words) {
            (None, None) => c.push(
                &place,
                "give its size: `size_figure` (a count figure) or `size_words` where no figure exists",
            ),
            (Some(id), _) => {
                c.shown_figures(&place, std::slice::from_ref(id));
                if c.figures.get(id.as_str()).is_some_and(|f| f.count().is_none()) {
                    c.push(&place, format!("`size_figure` `{id}` must be a count figure"));
                }
            }
            (None, Some(words)) => c.required(&place, "size_words", words),
        }
    }
}

fn check_options(c: &mut Checker<'_>) {
    let options = &c.bundle.options;
    if options.len() < 2 {
        c.push("options.toml", "a decision needs at least two options");
    }
    let no_local = options
        .iter()
        .filter(|o| o.kind == OptionKind::NoLocalTherapyNow)
        .count();
    if no_local != 1 {
        c.push(
            "options.toml",
            format!(
                "there must be exactly one option of kind no_local_therapy_now (medicines now, breast later if \
                 needed); found {no_local}"
            ),
        );
    }
    for option in options {
        let place = format!("option `{}`", option.id);
        c.required(&place, "name", &option.name);
        c.required(&place, "summary_patient", &option.summary_patient);
        c.required(&place, "summary_clinician", &option.summary_clinician);
        for (field, points) in [
            ("what_happens", &option.what_happens),
            ("benefits", &option.benefits),
            ("harms", &option.harms),
            ("experience.physical", &option.experience.physical),
            ("experience.emotional", &option.experience.emotional),
            ("experience.practical", &option.experience.practical),
        ] {
            if points.is_empty() {
                c.push(
                    &place,
                    format!("`{field}` is empty: every option needs benefits, harms and what it is like, in equal detail"),
                );
            }
            for point in points {
                c.point(&format!("{place} {field}"), point);
            }
        }
    }
}

fn check_compare(c: &mut Checker<'_>) {
    let option_ids: BTreeSet<&str> = c.bundle.options.iter().map(|o| o.id.as_str()).collect();
    for row in &c.bundle.compare {
        let place = format!("compare row `{}`", row.id);
        c.required(&place, "question", &row.question);
        let mut seen = BTreeSet::new();
        for cell in &row.cells {
            if !option_ids.contains(cell.option.as_str()) {
                c.push(
                    &place,
                    format!("has a cell for unknown option `{}`", cell.option),
                );
            }
            if !seen.insert(cell.option.as_str()) {
                c.push(
                    &place,
                    format!("has two cells for option `{}`", cell.option),
                );
            }
            let cell_place = format!("{place} cell `{}`", cell.option);
            c.point(
                &cell_place,
                &Point {
                    patient: cell.patient,
                    clinician: cell.clinician,
                    figures: cell.figures,
                    sources: cell.sources,
                },
            );
        }
        for missing in option_ids.difference(&seen) {
            c.push(
                &place,
                format!("has no cell for option `{missing}`: every option must answer every question (equal detail)"),
            );
        }
    }
}

fn check_pages(c: &mut Checker<'_>) {
    let b = c.bundle;
    for panel in &b.panels {
        let place = format!("panel `{}`", panel.id);
        c.required(&place, "heading", &panel.heading);
        c.required(&place, "summary_patient", &panel.summary_patient);
        c.required(&place, "summary_clinician", &panel.summary_clinician);
        c.required(
            &place,
            "about_numbers_patient",
            &panel.about_numbers_patient,
        );
        c.patient_figures(&place, &panel.figures);
        c.shown_figures(&place, &panel.clinician_figures);
        c.sources(&place, &panel.sources);
        if panel.figures.is_empty()
            && panel.clinician_figures.is_empty()
            && panel.sources.is_empty()
        {
            c.push(
                &place,
                "has no figures and no sources: say where its words come from",
            );
        }
    }
    for step in &b.steps {
        let place = format!("step `{}`", step.id);
        c.required(&place, "title", &step.title);
        c.required(&place, "lead_patient", &step.lead_patient);
        c.required(&place, "lead_clinician", &step.lead_clinician);
        c.sources(&place, &step.sources);
    }
    for change in &b.seed_changes {
        let place = format!("seed change `{}`", change.id);
        c.required(&place, "topic", &change.topic);
        c.required(&place, "seed_said", &change.seed_said);
        c.required(&place, "published", &change.published);
        c.required(&place, "why_it_matters", &change.why_it_matters);
        c.shown_figures(&place, &change.figures);
        c.sources(&place, &change.sources);
        if change.sources.is_empty() {
            c.push(
                &place,
                "has no `sources`: cite the seed review and the published paper",
            );
        }
    }
    for card in &b.guidance {
        let place = format!("guidance card `{}`", card.id);
        c.required(&place, "heading", &card.heading);
        c.required(&place, "conclusion_patient", &card.conclusion_patient);
        c.required(&place, "conclusion_clinician", &card.conclusion_clinician);
        if card.situation != GuidanceSituation::ResponseNotKnown {
            c.required(&place, "quote", &card.quote);
        }
        if let Some(since) = &card.since_then_patient {
            c.required(&place, "since_then_patient", since);
        }
        c.shown_figures(&place, &card.figures);
        c.sources(&place, &card.sources);
    }
    for situation in GuidanceSituation::ALL {
        if !b.guidance.iter().any(|card| card.situation == situation) {
            c.push(
                "guidance.toml",
                format!(
                    "no card for situation `{situation:?}`: the situation form can select it, so add a [[cards]] \
                     record for it (or say in words that the review drew no conclusion for it)"
                ),
            );
        }
    }
    for feature in SituationFeature::ALL {
        if !b.situation_evidence.iter().any(|e| e.feature == feature) {
            c.push(
                "situation.toml",
                format!(
                    "no record for feature `{feature:?}`: the situation form can select it, so an answer would \
                     be silently ignored. Add an [[evidence]] record, and where no study reports on it, say so \
                     in words"
                ),
            );
        }
    }
    for evidence in &b.situation_evidence {
        let place = format!("situation evidence `{}`", evidence.id);
        c.required(&place, "heading", &evidence.heading);
        c.required(&place, "patient", &evidence.patient);
        c.required(&place, "clinician", &evidence.clinician);
        c.shown_figures(&place, &evidence.figures);
        c.sources(&place, &evidence.sources);
    }
    for term in &b.glossary {
        let place = format!("glossary term `{}`", term.id);
        c.required(&place, "term", &term.term);
        c.required(&place, "definition", &term.definition);
    }
}

fn check_exercises(c: &mut Checker<'_>) {
    let b = c.bundle;
    for item in &b.knowledge {
        let place = format!("knowledge item `{}`", item.id);
        c.required(&place, "question", &item.question);
        c.required(&place, "explanation", &item.explanation);
        if item.choices.len() < 2 {
            c.push(&place, "needs at least two choices");
        }
        if !item.choices.iter().any(|choice| choice.id == item.correct) {
            c.push(
                &place,
                format!(
                    "`correct` = `{}` is not one of its choice ids",
                    item.correct
                ),
            );
        }
        for dup in duplicates(item.choices.iter().map(|x| x.id.as_str())) {
            c.push(&place, format!("choice id `{dup}` is used twice"));
        }
        for choice in &item.choices {
            c.required(&place, "choices.text", &choice.text);
        }
        c.patient_figures(&place, &item.figures);
        c.sources(&place, &item.sources);
    }
    let values = &b.values;
    if values.items.is_empty() {
        c.push(
            "values.toml",
            "add the things that may matter to her (`[[items]]`)",
        );
    }
    for item in &values.items {
        let place = format!("value item `{}`", item.id);
        c.required(&place, "label", &item.label);
        c.required(&place, "help", &item.help);
    }
    if values.rating_labels.len() != 4 {
        c.push(
            "values.toml",
            "`rating_labels` needs exactly 4 labels, from not important to very important",
        );
    }
    if values.leaning_labels.len() != 5 {
        c.push(
            "values.toml",
            "`leaning_labels` needs exactly 5 positions, with \"unsure\" in the middle",
        );
    }
    c.required("values.toml", "leaning_help", &values.leaning_help);

    let sure = &b.sure;
    let expected = ["sure", "understand", "risk", "encouragement"];
    let ids: Vec<&str> = sure.questions.iter().map(|q| q.id.as_str()).collect();
    if ids != expected {
        c.push(
            "sure.toml",
            format!("the SURE test has exactly four questions with ids {expected:?}, in that order; found {ids:?}"),
        );
    }
    c.sources("sure.toml", std::slice::from_ref(&sure.source));
    c.required("sure.toml", "low_score_intro", &sure.low_score_intro);
    c.required("sure.toml", "full_score", &sure.full_score);
    c.required("sure.toml", "terms", &sure.terms);
    for help in &sure.help {
        if !expected.contains(&help.question.as_str()) {
            c.push(
                "sure.toml",
                format!(
                    "help item refers to unknown SURE question `{}`",
                    help.question
                ),
            );
        }
        c.required("sure.toml", "help.text", &help.text);
    }
    for question in &b.questions {
        c.required(
            &format!("question `{}`", question.id),
            "text",
            &question.text,
        );
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

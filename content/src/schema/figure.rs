//! `figures/*.toml`: every figure record, with its value, uncertainty, population, time frame,
//! design, certainty, source and the source's words. A figure is never a bare number.

use serde::{Deserialize, Deserializer};

use super::text::{ClinicianDetail, Id, List, Name, PatientLabel, Verbatim};
use super::{FigureRef, OptionKind, SituationFeature, SourceRef};
use crate::Decimal;

/// How far a figure was checked (see the display policy in the evidence review).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    /// Read on a primary page (journal or PubMed abstract, official statistics).
    #[default]
    Verified,
    /// Read in a verbatim copy of the abstract on a non-publisher site.
    VerifiedCopy,
    /// Read in a secondary source that quotes the paper's own abstract word for word.
    SecondaryQuotingAbstract,
    /// Read only in a secondary source (news, review table). Never displayed.
    Secondary,
    /// From memory or not found. Never displayed.
    Unverified,
    /// What a narrative review (the 2015 seed review) said another study found, in the review's
    /// own words. It is shown only as that review's report, with this status beside it, never as
    /// a checked figure: it may cite only `narrative_review` sources and stays out of the patient
    /// view (checked by `checks::validate`).
    ReportedByReview,
    /// No source printed this number: the aid's authors worked it out from figures that were
    /// read (a hazard ratio applied to a reported arm, the GRADE way). It needs a `derivation`,
    /// and the patient view says "worked out" beside it.
    WorkedOut,
    /// A review's summary-of-findings table printed this number, but modelled it (an assumed
    /// comparison-group risk with the pooled hazard ratio applied), so no trial counted it. It
    /// needs a `derivation`, and the patient view says "worked out" beside it.
    ModelledByReview,
}

impl Verification {
    /// Whether the display policy allows this figure on screen (a `ReportedByReview` figure only
    /// as the review's report, in the clinician view).
    pub fn displayable(self) -> bool {
        matches!(
            self,
            Self::Verified
                | Self::VerifiedCopy
                | Self::SecondaryQuotingAbstract
                | Self::ReportedByReview
                | Self::WorkedOut
                | Self::ModelledByReview
        )
    }

    /// Whether no source counted the figure's numbers: they were worked out, by the aid's authors
    /// or by a review's model.
    pub fn derived(self) -> bool {
        matches!(self, Self::WorkedOut | Self::ModelledByReview)
    }
}

/// Study design behind a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Design {
    /// A randomised controlled trial.
    #[default]
    Rct,
    /// A meta-analysis of randomised trials.
    MetaAnalysisRct,
    /// A meta-analysis of prospective studies that were not all randomised (or whose source does
    /// not say they were): not a randomised estimate.
    MetaAnalysisProspective,
    /// A meta-analysis of observational (non-randomised) studies.
    MetaAnalysisObservational,
    /// A single observational cohort or case series.
    Observational,
    /// A population registry or official statistics.
    Registry,
    /// A systematic review of population-based cohorts.
    SystematicReviewCohorts,
}

/// Certainty of the evidence (GRADE), or an honest "not graded".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// GRADE high.
    High,
    /// GRADE moderate.
    Moderate,
    /// GRADE low.
    Low,
    /// GRADE very low.
    VeryLow,
    /// No GRADE rating was published for this figure; the app does not invent one.
    #[default]
    NotGraded,
}

/// Whether a figure comes from a subgroup analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Subgroup {
    /// The whole study population.
    #[default]
    None,
    /// A subgroup planned before the results were known.
    PreSpecified,
    /// A subgroup looked at after the fact: a hypothesis only.
    Unplanned,
    /// A subgroup whose planning the source does not report: treated as a hypothesis too.
    Unstated,
}

/// Confidence level of an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum CiLevel {
    /// 90% confidence interval (E2108 and JCOG1017 report these).
    #[serde(rename = "90")]
    Ninety,
    /// 95% confidence interval.
    #[serde(rename = "95")]
    NinetyFive,
}

impl CiLevel {
    /// "90%" or "95%".
    pub fn label(self) -> &'static str {
        match self {
            Self::Ninety => "90%",
            Self::NinetyFive => "95%",
        }
    }
}

/// Kind of relative effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelativeMeasure {
    /// Hazard ratio.
    HazardRatio,
    /// Risk ratio.
    RiskRatio,
}

impl RelativeMeasure {
    /// "HR" or "RR".
    pub fn abbreviation(self) -> &'static str {
        match self {
            Self::HazardRatio => "HR",
            Self::RiskRatio => "RR",
        }
    }
}

/// What the arm of a worked-out figure counts, so the hazard ratio is applied the right way
/// round (to the chance of being alive, or of staying free of the event).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Counts {
    /// Women alive (or free of the event) at the time point: treated = control ^ HR.
    Survivors,
    /// Women who had the event by the time point: treated = 1 − (1 − control) ^ HR.
    Events,
}

/// What the events of a natural-frequency figure are, so that figures of the same women can be
/// checked against each other (an outcome that includes death can never be rarer than death).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The events are deaths.
    Died,
    /// The events are women alive (deaths are the rest).
    Alive,
    /// The events are an outcome that counts death as an event (progression or death).
    EventOrDeath,
    /// The events are women alive and free of an outcome (the rest had it or died).
    AliveWithoutEvent,
    /// An event that does not include death (arm swelling, a wound infection, growth in the
    /// breast as a review counted it). A figure that does not say is this.
    #[default]
    Other,
}

/// What a pooled estimate, or a step's picture, measures: estimates of the same endpoint are
/// compared when the build checks that a picture rests on the most complete one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Endpoint {
    /// Death from any cause.
    OverallSurvival,
    /// Growth of the cancer in the breast, chest wall or nearby nodes.
    LocalControl,
    /// Growth of the cancer elsewhere in the body.
    DistantProgression,
    /// Harms of treatment.
    Toxicity,
}

/// Which way a single trial's result points for an option.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// It favours the option.
    Benefit,
    /// It counts against the option.
    Harm,
}

reflect_choices!(
    Verification,
    Design,
    Certainty,
    Subgroup,
    CiLevel,
    RelativeMeasure,
    Counts,
    EventKind,
    Endpoint,
    Direction
);

record! {
    /// A single trial's result that favours or counts against an option (for example a survival
    /// gain seen in one trial only). Wherever an option shows such a signal, it shows the
    /// option's signals the other way of the same or better certainty too (checked).
    #[derive(Copy)]
    pub struct Signal {
        /// The option the result bears on.
        pub option: OptionKind,
        /// Which way it points for that option.
        pub direction: Direction,
    }
}

record! {
    /// How a number no source counted was made, in both views: what it was worked out from, and
    /// who worked it out. The patient view shows it, after "Worked out, not counted:".
    #[derive(Copy)]
    pub struct Derivation {
        /// The relative figure the number rests on (the hazard ratio applied).
        pub ratio: FigureRef,
        /// In plain words ("The aid's authors applied the result of all 5 trials to the women on
        /// medicines alone in E2108.").
        pub patient: PatientLabel,
        /// For clinicians: the method and its assumptions.
        pub clinician: ClinicianDetail,
    }
}

record! {
    /// Whose comparison-group risk an absolute figure rests on: the women, the trials and the
    /// years they were recruited (or that the years were not reported).
    #[derive(Copy)]
    pub struct Baseline {
        /// In plain words ("Women on medicines alone in the E2108 trial, USA and Canada,
        /// 2011 to 2015").
        pub patient: PatientLabel,
        /// For clinicians, with the years of recruitment.
        pub clinician: ClinicianDetail,
    }
}

record! {
    /// A caveat about time that a hazard ratio carries (curves that cross, or separate late), so
    /// that any number worked out from it shows the caveat too.
    #[derive(Copy)]
    pub struct TimeCaveat {
        /// In plain words.
        pub patient: PatientLabel,
        /// For clinicians.
        pub clinician: ClinicianDetail,
    }
}

record! {
    /// How an arm that no source reports was worked out: a hazard ratio applied to another arm's
    /// reported figure at the same time point, as GRADE summary-of-findings tables do (see
    /// `domain::effects`). The app labels such an arm "worked out from the hazard ratio, not
    /// reported by the trial", and the checks recompute it.
    pub struct WorkedOut {
        /// The hazard ratio (a relative figure with its interval).
        pub ratio: FigureRef,
        /// The arm of this figure the ratio is applied to (the comparison group).
        pub from_arm: Id,
        /// Whether the arms count survivors or events.
        pub counts: Counts,
    }
}

record! {
    /// Why a figure is indirect evidence for the options it is used for: its women differ from
    /// the women the aid is for (early breast cancer), or they had a different treatment (an
    /// operation before radiotherapy). Shown beside the figure in both views.
    #[derive(Default, Copy)]
    pub struct Indirect {
        /// In plain words ("These women had early breast cancer, not cancer that had spread.").
        pub patient: PatientLabel,
        /// For clinicians.
        pub clinician: ClinicianDetail,
    }
}

record! {
    /// A confidence interval with its level.
    #[derive(Copy)]
    pub struct Interval {
        /// Lower limit.
        pub low: Decimal,
        /// Upper limit.
        pub high: Decimal,
        /// 90 or 95, as reported.
        pub level: CiLevel,
    }
}

record! {
    /// The uncertainty of one value: an interval, or the reason none is shown.
    #[derive(Default)]
    pub struct Uncertainty {
        /// The interval as reported.
        #[serde(default)]
        pub ci: Option<Interval>,
        /// Why there is no interval ("not reported in the abstract").
        #[serde(default)]
        pub no_ci_reason: Option<ClinicianDetail>,
    }
}

record! {
    /// Time frame of a figure.
    #[derive(Default)]
    pub struct Horizon {
        /// Months, where the figure is at a fixed time; none for medians or "during the trial".
        #[serde(default)]
        pub months: Option<u16>,
        /// Clinician wording ("3-year cumulative incidence", "median follow-up 60 months").
        pub clinician: ClinicianDetail,
        /// Patient wording, completing a sentence ("within 3 years").
        pub patient: PatientLabel,
    }
}

record! {
    place = "arm", arm;
    /// One arm (or group) of a natural-frequency figure.
    #[derive(Default)]
    pub struct FrequencyArm {
        /// Arm id, unique within the figure (`local`, `systemic`, `slnb`).
        pub arm: Id,
        /// Clinician label ("LRT", "Sentinel-node biopsy alone").
        pub label: ClinicianDetail,
        /// Patient label, opening a sentence ("With an operation and radiotherapy to the breast").
        pub label_patient: PatientLabel,
        /// Events per the figure's denominator, as reported (16.3 out of 100).
        pub events: Decimal,
        /// Number of women in this arm, where reported.
        #[serde(default)]
        pub n: Option<u32>,
        /// Interval, or why none.
        #[serde(default)]
        pub uncertainty: Uncertainty,
        /// Set when no source reports this arm and it was worked out from a hazard ratio.
        #[serde(default)]
        pub worked_out: Option<WorkedOut>,
    }
}

record! {
    /// Events out of a denominator in each arm: the patient view's main currency.
    #[derive(Default)]
    pub struct Frequency {
        /// 100, or 1,000 for risks under about 1 in 100.
        pub denominator: u32,
        /// Who is counted ("women").
        pub people: PatientLabel,
        /// What happened to the counted ones, completing "16 out of 100 women …" ("had the cancer
        /// in the breast grow again").
        pub event_patient: PatientLabel,
        /// What the others did, completing "The other 84 …" ("did not").
        pub non_event_patient: PatientLabel,
        /// What the events are (deaths, women alive, an outcome that includes death, or another
        /// event), so that the build can refuse numbers that cannot all be true.
        /// Absent means `other`.
        #[serde(default)]
        pub events_are: Option<EventKind>,
        /// Whose comparison-group risk the numbers rest on (required for a figure shown).
        #[serde(default)]
        pub baseline: Option<Baseline>,
        /// The arms, in the source's order.
        pub arms: List<FrequencyArm>,
    }
}

record! {
    place = "arm", arm;
    /// One arm of a median.
    #[derive(Default)]
    pub struct MedianArm {
        /// Arm id, unique within the figure.
        pub arm: Id,
        /// Clinician label.
        pub label: ClinicianDetail,
        /// Patient label, opening a sentence.
        pub label_patient: PatientLabel,
        /// Median in months.
        pub months: Decimal,
        /// Interval, or why none.
        #[serde(default)]
        pub uncertainty: Uncertainty,
    }
}

record! {
    /// Median time to an event, per arm.
    #[derive(Default)]
    pub struct Median {
        /// What the median measures, for clinicians ("median overall survival").
        pub measure: ClinicianDetail,
        /// Completes "Half of the women …" before "about N months" ("were still alive after").
        pub phrase_patient: PatientLabel,
        /// The p-value as printed, if any.
        #[serde(default)]
        pub p: Option<Name>,
        /// True when the source reports that the difference between the arms was not
        /// statistically significant: the patient view then says the difference could be due to
        /// chance. Set it from the source's own words or p-value, never from the size of the gap.
        #[serde(default)]
        pub not_significant: bool,
        /// The arms.
        pub arms: List<MedianArm>,
    }
}

record! {
    /// A relative effect. Never shown in the patient view without an absolute figure beside it.
    pub struct Relative {
        /// HR or RR.
        pub measure: RelativeMeasure,
        /// Point estimate.
        pub estimate: Decimal,
        /// Interval, or why none.
        pub uncertainty: Uncertainty,
        /// The group the ratio describes ("local therapy").
        pub treatment: ClinicianDetail,
        /// The comparison group ("systemic therapy alone").
        pub reference: ClinicianDetail,
        /// What the outcome is ("death from any cause").
        pub outcome: ClinicianDetail,
        /// Direction in words, for clinicians ("below 1 favours local therapy").
        pub direction: ClinicianDetail,
        /// The p-value as printed.
        #[serde(default)]
        pub p: Option<Name>,
    }
}

record! {
    /// A count (trial size, number of events).
    #[derive(Default)]
    pub struct Count {
        /// The count.
        pub count: u32,
        /// Out of how many, if a part of a whole.
        #[serde(default)]
        pub of: Option<u32>,
        /// What was counted ("women randomised").
        pub what: ClinicianDetail,
    }
}

/// The value of a figure: exactly one kind, written in the TOML as one table under
/// `[figures.value]` (`[figures.value.frequency]`, `[figures.value.median]`,
/// `[figures.value.relative]` or `[figures.value.count]`).
#[derive(Clone, Debug, PartialEq)]
pub enum FigureValue {
    /// Natural frequencies per arm.
    Frequency(Frequency),
    /// Medians per arm.
    Median(Median),
    /// A relative effect.
    Relative(Relative),
    /// A count.
    Count(Count),
    /// What the loader read from a record with no value table or with several: the content
    /// checks report it (and check each table), so it never reaches the app.
    Malformed(List<FigureValue>),
}

impl Default for FigureValue {
    fn default() -> Self {
        Self::Malformed(List::default())
    }
}

impl<'de> Deserialize<'de> for FigureValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// The tables a `[figures.value]` may hold; exactly one is expected.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Tables {
            #[serde(default)]
            frequency: Option<Frequency>,
            #[serde(default)]
            median: Option<Median>,
            #[serde(default)]
            relative: Option<Relative>,
            #[serde(default)]
            count: Option<Count>,
        }
        let tables = Tables::deserialize(deserializer)?;
        let mut given: Vec<FigureValue> = [
            tables.frequency.map(Self::Frequency),
            tables.median.map(Self::Median),
            tables.relative.map(Self::Relative),
            tables.count.map(Self::Count),
        ]
        .into_iter()
        .flatten()
        .collect();
        Ok(match given.len() {
            1 => given.remove(0),
            _ => Self::Malformed(given.into()),
        })
    }
}

#[cfg(feature = "checks")]
impl super::reflect::Reflect for FigureValue {
    fn type_name() -> String {
        "crate::content::schema::FigureValue".into()
    }
    fn reflect(&self) -> super::reflect::Value<'_> {
        let (variant, key, inner) = match self {
            Self::Frequency(v) => ("Frequency", "frequency", v.reflect()),
            Self::Median(v) => ("Median", "median", v.reflect()),
            Self::Relative(v) => ("Relative", "relative", v.reflect()),
            Self::Count(v) => ("Count", "count", v.reflect()),
            Self::Malformed(v) => ("Malformed", "malformed", v.reflect()),
        };
        super::reflect::Value::Variant {
            type_name: "crate::content::schema::FigureValue",
            variant,
            key,
            inner: Box::new(inner),
        }
    }
}

#[cfg(feature = "checks")]
impl super::refs::Resolve for FigureValue {
    fn resolve(&mut self, targets: &super::Targets) {
        match self {
            Self::Frequency(v) => super::refs::Resolve::resolve(v, targets),
            Self::Median(v) => super::refs::Resolve::resolve(v, targets),
            Self::Relative(v) => super::refs::Resolve::resolve(v, targets),
            Self::Count(v) => super::refs::Resolve::resolve(v, targets),
            Self::Malformed(v) => super::refs::Resolve::resolve(v, targets),
        }
    }
}

record! {
    place = "figure", id, cites_itself;
    /// One figure: never a bare number.
    #[derive(Default)]
    pub struct Figure {
        /// Stable id, e.g. `e2108-locoregional-progression-3y`.
        pub id: Id,
        /// Short clinician label ("Locoregional progression at 3 years").
        pub label: ClinicianDetail,
        /// How far the figure was checked; only displayable statuses may be referenced by screens.
        pub status: Verification,
        /// Study design.
        pub design: Design,
        /// GRADE certainty, or not graded.
        #[serde(default)]
        pub certainty: Certainty,
        /// Who the number applies to, for clinicians.
        pub population: ClinicianDetail,
        /// Who the number applies to, in plain words (the reference class).
        pub population_patient: PatientLabel,
        /// Time frame.
        pub horizon: Horizon,
        /// Subgroup status: required (`none` for the whole study population), so that a subgroup
        /// result can never lose its "hypothesis only" label by omission.
        pub subgroup: Subgroup,
        /// Source ids (in `sources.toml`).
        pub sources: List<SourceRef>,
        /// The words of the source the figure rests on, verbatim.
        pub quote: Verbatim,
        /// A caveat for clinicians, if any.
        #[serde(default)]
        pub note: Option<ClinicianDetail>,
        /// The options whose women the figure's population is: women with breast cancer that had
        /// spread when it was found, given that option. A figure used for any other option must be
        /// marked `indirect` (checked).
        #[serde(default)]
        pub direct_for: List<OptionKind>,
        /// Why the figure is indirect evidence, where it is (shown in both views).
        #[serde(default)]
        pub indirect: Option<Indirect>,
        /// How its numbers were made, when no source counted them (status `worked_out` or
        /// `modelled_by_review`).
        #[serde(default)]
        pub derivation: Option<Derivation>,
        /// For a pooled estimate (`meta_analysis_rct`): how many trials it pools.
        #[serde(default)]
        pub pooled_trials: Option<u8>,
        /// For a pooled estimate whose source does not say how many trials this analysis pooled:
        /// why (it is then never ranked against other estimates).
        #[serde(default)]
        pub pooled_trials_unread: Option<ClinicianDetail>,
        /// What it measures: required for a pooled estimate and for a step's picture.
        #[serde(default)]
        pub endpoint: Option<Endpoint>,
        /// A single trial's result that favours or counts against an option.
        #[serde(default)]
        pub signals: List<Signal>,
        /// For a subgroup result: the features of her situation it bears on. A situation's
        /// evidence shows every subgroup result of its feature, whichever way it points.
        #[serde(default)]
        pub features: List<SituationFeature>,
        /// For a hazard ratio whose trials' curves cross or separate late: what that means for a
        /// number worked out from it (shown beside every such number).
        #[serde(default)]
        pub time_caveat: Option<TimeCaveat>,
        /// The value: natural frequencies, medians, a relative effect or a count.
        #[serde(default)]
        pub value: FigureValue,
    }
}

impl Figure {
    /// The natural frequencies, if that is the figure's value.
    pub fn frequency(&self) -> Option<&Frequency> {
        match &self.value {
            FigureValue::Frequency(v) => Some(v),
            _ => None,
        }
    }

    /// The medians, if that is the figure's value.
    pub fn median(&self) -> Option<&Median> {
        match &self.value {
            FigureValue::Median(v) => Some(v),
            _ => None,
        }
    }

    /// The relative effect, if that is the figure's value.
    pub fn relative(&self) -> Option<&Relative> {
        match &self.value {
            FigureValue::Relative(v) => Some(v),
            _ => None,
        }
    }

    /// The count, if that is the figure's value.
    pub fn count(&self) -> Option<&Count> {
        match &self.value {
            FigureValue::Count(v) => Some(v),
            _ => None,
        }
    }
}

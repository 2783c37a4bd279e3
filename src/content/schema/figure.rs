//! `figures/*.toml`: every figure record, with its value, uncertainty, population, time frame,
//! design, certainty, source and the source's words. A figure is never a bare number.

use serde::{Deserialize, Deserializer};

use super::text::{ClinicianDetail, Id, List, Name, PatientLabel, Verbatim};
use super::{FigureRef, OptionKind, SourceRef};
use crate::content::Decimal;

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
        )
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

reflect_choices!(
    Verification,
    Design,
    Certainty,
    Subgroup,
    CiLevel,
    RelativeMeasure,
    Counts
);

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

#[cfg(not(target_arch = "wasm32"))]
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

record! {
    place = "figure", id;
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

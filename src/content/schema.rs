//! The content schema: every clinical text and figure the app can show.
//!
//! These types are deserialized from the human-edited TOML files in `src/content/data/` (by
//! `build.rs` and by the native tests) and from the compact postcard bundle embedded in the app.
//! They are plain Rust with no UI types. This file is shared with `build.rs`, so it may use only
//! `serde`, `std` and its sibling content modules.
//!
//! Conventions for editors:
//! - Fields ending in `_patient` are shown in the patient view and must read at US grade 8 or
//!   below; fields ending in `_clinician` are shown in the clinician view.
//! - Prose may mark a glossary term as `{term-id}` or `{term-id|words shown}`.
//! - Every record that states a number lists the `figures` or `sources` that number comes from.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

use super::decimal::Decimal;

/// Text in the bundle. In the app it points into the binary (`build.rs` compiles the content into a
/// `static`). When the TOML is parsed (by `build.rs` and the native tests) the text is leaked to
/// get the same `'static` type: those are short-lived processes, and it keeps one type for both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(pub &'static str);

impl Text {
    /// The text, with the `'static` lifetime, so views can use it with no copy.
    pub const fn as_str(&self) -> &'static str {
        self.0
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Self(Box::leak(text.into_boxed_str()))
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Self {
        Self(text)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Text::from)
    }
}

/// A list in the bundle: a static slice (leaked when parsed from TOML, as for [`Text`]).
#[derive(Debug, PartialEq)]
pub struct List<T: 'static>(pub &'static [T]);

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<T> {}

impl<T> Default for List<T> {
    fn default() -> Self {
        Self(&[])
    }
}

impl<T> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0
    }
}

impl<T> IntoIterator for &List<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        Self(Box::leak(items.into_boxed_slice()))
    }
}

impl<T: Clone> List<T> {
    /// A changed copy (tests edit parsed bundles to check that mistakes are caught).
    pub fn edited(self, edit: impl FnOnce(&mut Vec<T>)) -> Self {
        let mut items = self.0.to_vec();
        edit(&mut items);
        items.into()
    }
}

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(deserializer).map(List::from)
    }
}

/// The whole evidence bundle, as assembled from all data files.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// Version, dates, authorship and policies (`bundle.toml`).
    pub meta: Meta,
    /// Citations (`sources.toml`).
    pub sources: List<Source>,
    /// Every figure record (`figures/*.toml`).
    pub figures: List<Figure>,
    /// Randomised trials, meta-analyses and the observational evidence (`studies.toml`).
    pub studies: List<Study>,
    /// Why observational studies and randomised trials disagree (`studies.toml`, `[bias]`).
    pub bias: SelectionBias,
    /// The treatment options (`options.toml`).
    pub options: List<TreatmentOption>,
    /// Option Grid rows (`compare.toml`).
    pub compare: List<CompareRow>,
    /// Sections of the outcome steps (`panels.toml`).
    pub panels: List<Panel>,
    /// Words for each step of the walk-through (`steps.toml`).
    pub steps: List<StepText>,
    /// Where the 2015 seed review differs from the published results (`seed_changes.toml`).
    pub seed_changes: List<SeedChange>,
    /// What the 2015 review concluded, by situation (`guidance.toml`).
    pub guidance: List<GuidanceCard>,
    /// Evidence shown for particular situations, such as bone-only spread (`situation.toml`).
    pub situation_evidence: List<SituationEvidence>,
    /// Plain definitions (`glossary.toml`).
    pub glossary: List<GlossaryTerm>,
    /// Knowledge-check items (`knowledge.toml`).
    pub knowledge: List<KnowledgeItem>,
    /// Values-clarification items and the leaning scale (`values.toml`).
    pub values: Values,
    /// The SURE test, verbatim (`sure.toml`).
    pub sure: Sure,
    /// The question prompt list (`questions.toml`).
    pub questions: List<PromptQuestion>,
}

/// Bundle identity, dates and the statements IPDAS asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Schema version of the data files; bump when the schema changes.
    pub format_version: u32,
    /// Evidence bundle version shown on every screen, e.g. `2026.1`.
    pub version: Text,
    /// ISO date (YYYY-MM-DD) the evidence was last reviewed.
    pub reviewed_on: Text,
    /// ISO date of the next scheduled review; after it the app warns that evidence may be out of date.
    pub next_review: Text,
    /// App title.
    pub title: Text,
    /// The decision in one plain sentence.
    pub decision_patient: Text,
    /// The decision as the clinician would state it.
    pub decision_clinician: Text,
    /// Who the numbers are about, in plain words.
    pub audience_patient: Text,
    /// Figures shown with "who the numbers are about" on the start page (how many women present
    /// with stage IV).
    pub background_figures: List<Text>,
    /// What this aid is for.
    pub purpose_patient: Text,
    /// How the evidence was found and chosen, for clinicians.
    pub method: Text,
    /// How the evidence was found and chosen, in plain words (the About screen, patient view).
    pub method_patient: Text,
    /// When and how the content is updated, for clinicians.
    pub update_policy: Text,
    /// When and how the content is updated, in plain words.
    pub update_policy_patient: Text,
    /// Who wrote the content and their role (shown in both views: plain words).
    pub authors: Text,
    /// Funding and conflicts of interest (shown in both views: plain words).
    pub funding: Text,
    /// Known limits of the evidence and of the aid, for clinicians.
    pub limitations: List<Text>,
    /// Known limits, in plain words (the About screen, patient view).
    pub limitations_patient: List<Text>,
    /// Privacy statement (shown in both views: plain words).
    pub privacy: Text,
    /// The "not medical advice" line for screens and the printout (both views: plain words).
    pub not_advice: Text,
    /// What "nothing leaves this device" means, in one line for the footer.
    pub device_line: Text,
}

/// A citation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id, e.g. `khan-2022-e2108`.
    pub id: Text,
    /// Authors as printed ("Khan SA, Zhao F, et al.").
    pub authors: Text,
    /// Title of the paper or page.
    pub title: Text,
    /// Journal or publisher.
    pub journal: Text,
    /// Year of publication.
    pub year: u16,
    /// Volume, issue and pages where known.
    #[serde(default)]
    pub details: Option<Text>,
    /// DOI without the `https://doi.org/` prefix.
    #[serde(default)]
    pub doi: Option<Text>,
    /// PubMed id.
    #[serde(default)]
    pub pmid: Option<Text>,
    /// Trial registration (NCT…, UMIN…).
    #[serde(default)]
    pub trial_id: Option<Text>,
    /// Address of the page read. Only sources of a kind that may lack a DOI and PMID have one
    /// (see [`SourceKind`]).
    #[serde(default)]
    pub url: Option<Text>,
    /// What kind of source it is; decides whether a DOI or PMID is required.
    #[serde(default)]
    pub kind: SourceKind,
    /// What was checked and what was not (for example "PMID not confirmed").
    #[serde(default)]
    pub note: Option<Text>,
}

/// What kind of source a citation is. Papers and reviews are cited by DOI and/or PMID; only the
/// kinds below that say so may be cited by a `url` alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A journal article, conference abstract or systematic review: needs a `doi` or `pmid`.
    #[default]
    Paper,
    /// A narrative review (the 2015 seed review), cited for what it said about other studies:
    /// needs a `doi` or `pmid`.
    NarrativeReview,
    /// An official statistics page: a `url` is enough.
    OfficialStatistics,
    /// A paper whose DOI and PMID could not be confirmed: the `url` is the verbatim copy of its
    /// abstract that was read, and `note` must say what was not confirmed.
    AbstractCopy,
}

impl SourceKind {
    /// Whether a source of this kind may be cited by a `url` alone.
    pub fn url_is_enough(self) -> bool {
        matches!(self, Self::OfficialStatistics | Self::AbstractCopy)
    }
}

/// How far a figure was checked (see the display policy in the evidence review).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
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
    /// view (checked by `validate`).
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// A confidence interval with its level.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interval {
    /// Lower limit.
    pub low: Decimal,
    /// Upper limit.
    pub high: Decimal,
    /// 90 or 95, as reported.
    pub level: CiLevel,
}

/// The uncertainty of one value: an interval, or the reason none is shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Uncertainty {
    /// The interval as reported.
    #[serde(default)]
    pub ci: Option<Interval>,
    /// Why there is no interval ("not reported in the abstract").
    #[serde(default)]
    pub no_ci_reason: Option<Text>,
}

/// Time frame of a figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Horizon {
    /// Months, where the figure is at a fixed time; none for medians or "during the trial".
    #[serde(default)]
    pub months: Option<u16>,
    /// Clinician wording ("3-year cumulative incidence", "median follow-up 60 months").
    pub clinician: Text,
    /// Patient wording, completing a sentence ("within 3 years").
    pub patient: Text,
}

/// One arm (or group) of a natural-frequency figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FrequencyArm {
    /// Arm id, unique within the figure (`local`, `systemic`, `slnb`).
    pub arm: Text,
    /// Clinician label ("LRT", "Sentinel-node biopsy alone").
    pub label: Text,
    /// Patient label, opening a sentence ("With an operation and radiotherapy to the breast").
    pub label_patient: Text,
    /// Events per the figure's denominator, as reported (16.3 out of 100).
    pub events: Decimal,
    /// Number of women in this arm, where reported.
    #[serde(default)]
    pub n: Option<u32>,
    /// Interval, or why none.
    #[serde(default)]
    pub uncertainty: Uncertainty,
}

/// Events out of a denominator in each arm: the patient view's main currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Frequency {
    /// 100, or 1,000 for risks under about 1 in 100.
    pub denominator: u32,
    /// Who is counted ("women").
    pub people: Text,
    /// What happened to the counted ones, completing "16 out of 100 women …" ("had the cancer in the breast grow again").
    pub event_patient: Text,
    /// What the others did, completing "The other 84 …" ("did not").
    pub non_event_patient: Text,
    /// The arms, in the source's order.
    pub arms: List<FrequencyArm>,
}

/// One arm of a median.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct MedianArm {
    /// Arm id, unique within the figure.
    pub arm: Text,
    /// Clinician label.
    pub label: Text,
    /// Patient label, opening a sentence.
    pub label_patient: Text,
    /// Median in months.
    pub months: Decimal,
    /// Interval, or why none.
    #[serde(default)]
    pub uncertainty: Uncertainty,
}

/// Median time to an event, per arm.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Median {
    /// What the median measures, for clinicians ("median overall survival").
    pub measure: Text,
    /// Completes "Half of the women …" before "about N months" ("were still alive after").
    pub phrase_patient: Text,
    /// The p-value as printed, if any.
    #[serde(default)]
    pub p: Option<Text>,
    /// True when the source reports that the difference between the arms was not statistically
    /// significant: the patient view then says the difference could be due to chance. Set it
    /// from the source's own words or p-value, never from the size of the gap.
    #[serde(default)]
    pub not_significant: bool,
    /// The arms.
    pub arms: List<MedianArm>,
}

/// Kind of relative effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// A relative effect. Never shown in the patient view without an absolute figure beside it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    /// HR or RR.
    pub measure: RelativeMeasure,
    /// Point estimate.
    pub estimate: Decimal,
    /// Interval, or why none.
    pub uncertainty: Uncertainty,
    /// The group the ratio describes ("local therapy").
    pub treatment: Text,
    /// The comparison group ("systemic therapy alone").
    pub reference: Text,
    /// What the outcome is ("death from any cause").
    pub outcome: Text,
    /// Direction in words, for clinicians ("below 1 favours local therapy").
    pub direction: Text,
    /// The p-value as printed.
    #[serde(default)]
    pub p: Option<Text>,
}

/// A count (trial size, number of events).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Count {
    /// The count.
    pub count: u32,
    /// Out of how many, if a part of a whole.
    #[serde(default)]
    pub of: Option<u32>,
    /// What was counted ("women randomised").
    pub what: Text,
}

/// One figure: never a bare number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable id, e.g. `e2108-locoregional-progression-3y`.
    pub id: Text,
    /// Short clinician label ("Locoregional progression at 3 years").
    pub label: Text,
    /// How far the figure was checked; only displayable statuses may be referenced by screens.
    pub status: Verification,
    /// Study design.
    pub design: Design,
    /// GRADE certainty, or not graded.
    #[serde(default)]
    pub certainty: Certainty,
    /// Who the number applies to, for clinicians.
    pub population: Text,
    /// Who the number applies to, in plain words (the reference class).
    pub population_patient: Text,
    /// Time frame.
    pub horizon: Horizon,
    /// Subgroup status: required (`none` for the whole study population), so that a subgroup
    /// result can never lose its "hypothesis only" label by omission.
    pub subgroup: Subgroup,
    /// Source ids (in `sources.toml`).
    pub sources: List<Text>,
    /// The words of the source the figure rests on, verbatim.
    pub quote: Text,
    /// A caveat for clinicians, if any.
    #[serde(default)]
    pub note: Option<Text>,
    /// Natural frequencies per arm (exactly one of the four value kinds is set).
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// Medians per arm.
    #[serde(default)]
    pub median: Option<Median>,
    /// A relative effect.
    #[serde(default)]
    pub relative: Option<Relative>,
    /// A count.
    #[serde(default)]
    pub count: Option<Count>,
}

/// The value of a figure, whichever kind it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FigureValue<'a> {
    /// Natural frequencies.
    Frequency(&'a Frequency),
    /// Medians.
    Median(&'a Median),
    /// A relative effect.
    Relative(&'a Relative),
    /// A count.
    Count(&'a Count),
}

impl Figure {
    /// The figure's value; `None` only for a record that fails validation.
    pub fn value(&self) -> Option<FigureValue<'_>> {
        let values = self.values();
        if values.len() == 1 {
            values.first().copied()
        } else {
            None
        }
    }

    /// All value kinds that are set (validation requires exactly one).
    pub fn values(&self) -> Vec<FigureValue<'_>> {
        let mut values = Vec::new();
        if let Some(v) = &self.frequency {
            values.push(FigureValue::Frequency(v));
        }
        if let Some(v) = &self.median {
            values.push(FigureValue::Median(v));
        }
        if let Some(v) = &self.relative {
            values.push(FigureValue::Relative(v));
        }
        if let Some(v) = &self.count {
            values.push(FigureValue::Count(v));
        }
        values
    }

    /// Whether this is an absolute figure (natural frequencies, medians or counts).
    pub fn is_absolute(&self) -> bool {
        self.relative.is_none()
    }
}

/// When randomisation happened relative to the first systemic therapy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    /// Randomised at diagnosis; local therapy came before medicines.
    BeforeSystemic,
    /// Randomised after a period of medicines, only if the cancer had not grown.
    AfterSystemic,
    /// No single timing: meta-analyses, observational studies, and a trial whose timing differed
    /// between women (Tata Memorial randomised resectable, endocrine-treatable primaries at
    /// diagnosis and the others after chemotherapy). Say how in `local_therapy` and the design.
    #[default]
    NotApplicable,
}

/// Kind of study.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum StudyKind {
    /// A randomised trial.
    #[default]
    Rct,
    /// A meta-analysis of the randomised trials.
    MetaAnalysisRct,
    /// Observational studies or their meta-analysis.
    Observational,
}

/// Whether results exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum StudyStatus {
    /// Results are published.
    #[default]
    Reported,
    /// The trial stopped early but reported.
    StoppedEarly,
    /// Closed before it could answer the question.
    Closed,
    /// No published results could be found.
    NoResultsFound,
}

/// A study or meta-analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Study {
    /// Stable id (`e2108`).
    pub id: Text,
    /// Name as clinicians know it ("ECOG-ACRIN E2108").
    pub name: Text,
    /// Kind.
    pub kind: StudyKind,
    /// Country or countries.
    pub country: Text,
    /// Years of recruitment (or search dates for a meta-analysis).
    pub years: Text,
    /// Registration id.
    #[serde(default)]
    pub registration: Option<Text>,
    /// Figure giving the number randomised (or pooled), if known.
    #[serde(default)]
    pub size_figure: Option<Text>,
    /// Size in words where no figure exists ("planned 476; no results found").
    #[serde(default)]
    pub size_words: Option<Text>,
    /// When randomisation happened.
    pub timing: Timing,
    /// What "local therapy" meant in this study.
    pub local_therapy: Text,
    /// Primary end point.
    pub primary_end_point: Text,
    /// How the study was designed (what chance decided between), in plain words; shown in the
    /// trials table. Trials should have it; meta-analyses and observational studies may not.
    #[serde(default)]
    pub design_patient: Option<Text>,
    /// How the study was designed, for clinicians ("Open-label randomised trial, 1:1: …").
    #[serde(default)]
    pub design_clinician: Option<Text>,
    /// Whether results exist.
    pub status: StudyStatus,
    /// The result in plain words.
    pub result_patient: Text,
    /// The result for clinicians.
    pub result_clinician: Text,
    /// Figures that carry this study's numbers.
    #[serde(default)]
    pub figures: List<Text>,
    /// Sources.
    pub sources: List<Text>,
}

/// Why observational studies favoured surgery: who was chosen for it (shown as a picture).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SelectionBias {
    /// Heading.
    pub heading: Text,
    /// The idea, in plain words.
    pub explain_patient: Text,
    /// The idea, for clinicians.
    pub explain_clinician: Text,
    /// Label over the list of how women chosen for surgery differed.
    pub chosen_label: Text,
    /// How they differed (short phrases).
    pub chosen: List<Text>,
    /// Label over the list for the women not chosen.
    pub others_label: Text,
    /// How they differed.
    pub others: List<Text>,
    /// What a randomised trial does instead, in plain words.
    pub trial_patient: Text,
    /// Sources.
    pub sources: List<Text>,
}

/// What an option is, so the app can check that "no local therapy now" is always offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum OptionKind {
    /// Medicines now; treat the breast later only if it causes problems.
    #[default]
    NoLocalTherapyNow,
    /// Surgery to the breast (with or without the armpit).
    Surgery,
    /// Radiotherapy to the breast.
    Radiotherapy,
    /// Joining a clinical trial.
    ClinicalTrial,
}

/// A point about an option, with what it rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// Plain words.
    pub patient: Text,
    /// Clinician words, if different.
    #[serde(default)]
    pub clinician: Option<Text>,
    /// Figures behind the point.
    #[serde(default)]
    pub figures: List<Text>,
    /// Sources behind the point where no figure exists.
    #[serde(default)]
    pub sources: List<Text>,
}

/// What an option is like to live through (IPDAS "what it is like").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Experience {
    /// Body: recovery, drains, tiredness, arm.
    pub physical: List<Point>,
    /// Feelings: worry, body image, peace of mind.
    pub emotional: List<Point>,
    /// Time, travel, cost, help needed at home.
    pub practical: List<Point>,
}

/// A treatment option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct TreatmentOption {
    /// Stable id (`medicines-first`).
    pub id: Text,
    /// Kind.
    pub kind: OptionKind,
    /// Name shown as a column heading.
    pub name: Text,
    /// One plain sentence on what it is.
    pub summary_patient: Text,
    /// Clinician description (procedures, variants).
    pub summary_clinician: Text,
    /// What happens, step by step, in plain words.
    pub what_happens: List<Point>,
    /// Good points.
    pub benefits: List<Point>,
    /// Bad points.
    pub harms: List<Point>,
    /// What it is like.
    pub experience: Experience,
}

/// One answer in a compare row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CompareCell {
    /// Option id.
    pub option: Text,
    /// The answer in plain words.
    pub patient: Text,
    /// The answer for clinicians, if different.
    #[serde(default)]
    pub clinician: Option<Text>,
    /// Figures behind the answer.
    #[serde(default)]
    pub figures: List<Text>,
    /// Sources behind the answer.
    #[serde(default)]
    pub sources: List<Text>,
}

/// A question patients ask, answered for each option (Option Grid).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CompareRow {
    /// Stable id.
    pub id: Text,
    /// The question.
    pub question: Text,
    /// Whether the row is printed on the summary (keep the summary to two pages).
    #[serde(default)]
    pub in_summary: bool,
    /// One cell per option.
    pub cells: List<CompareCell>,
}

/// Steps whose sections are content panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum PanelStep {
    /// Survival.
    #[default]
    Survival,
    /// Control of the breast tumour.
    BreastControl,
    /// Harms.
    Harms,
    /// Quality of life, time and cost.
    Life,
}

/// A section of an outcome step: prose plus the figures that carry its numbers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Panel {
    /// Stable id (`lymphoedema`).
    pub id: Text,
    /// The step it belongs to.
    pub step: PanelStep,
    /// Heading.
    pub heading: Text,
    /// What the numbers say, in plain words.
    pub summary_patient: Text,
    /// What the numbers say, for clinicians.
    pub summary_clinician: Text,
    /// Who the numbers come from, in plain words.
    pub about_numbers_patient: Text,
    /// Figures shown in this section, in order.
    #[serde(default)]
    pub figures: List<Text>,
    /// Figures shown only in the clinician view (relative effects, subgroups, counts).
    #[serde(default)]
    pub clinician_figures: List<Text>,
    /// Sources for prose with no figure ("described in words where no figure exists").
    #[serde(default)]
    pub sources: List<Text>,
}

/// Words for one step of the walk-through.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct StepText {
    /// The step's route id (`harms`).
    pub id: Text,
    /// Title in the navigation and heading.
    pub title: Text,
    /// Opening words in the patient view.
    pub lead_patient: Text,
    /// Opening words in the clinician view.
    pub lead_clinician: Text,
    /// Sources the leads rest on, if they state facts.
    #[serde(default)]
    pub sources: List<Text>,
}

/// A place where the 2015 review differs from what was later published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SeedChange {
    /// Stable id.
    pub id: Text,
    /// Topic ("Tata Memorial trial: survival").
    pub topic: Text,
    /// What the 2015 review said, verbatim.
    pub seed_said: Text,
    /// What the published papers report.
    pub published: Text,
    /// Why it matters for counselling.
    pub why_it_matters: Text,
    /// Published figures that replace the seed's (must be displayable).
    #[serde(default)]
    pub figures: List<Text>,
    /// Sources (include the seed review).
    pub sources: List<Text>,
}

/// The clinical situations for which the 2015 review drew a conclusion.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "snake_case")]
pub enum GuidanceSituation {
    /// The cancer elsewhere is growing despite medicines.
    #[default]
    DistantNotControlled,
    /// Both the breast and the cancer elsewhere are under control.
    BothControlled,
    /// The cancer elsewhere is controlled but the breast tumour is growing or causing problems.
    BreastProgressing,
    /// Few spots elsewhere that could all be treated away (oligometastatic).
    Oligometastatic,
    /// A clinical trial is available.
    TrialAvailable,
    /// If local therapy is chosen: what the review said about the kind of local therapy.
    IfLocalTherapyChosen,
    /// Not yet known how the cancer responds to medicines.
    ResponseNotKnown,
}

impl GuidanceSituation {
    /// Every situation (add a new variant here too: `validate` checks that each has a card).
    pub const ALL: [Self; 7] = [
        Self::DistantNotControlled,
        Self::BothControlled,
        Self::BreastProgressing,
        Self::Oligometastatic,
        Self::TrialAvailable,
        Self::IfLocalTherapyChosen,
        Self::ResponseNotKnown,
    ];
}

/// What the 2015 review concluded for one situation: never the app's own recommendation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct GuidanceCard {
    /// Stable id.
    pub id: Text,
    /// The situation.
    pub situation: GuidanceSituation,
    /// Heading ("If the cancer elsewhere is growing").
    pub heading: Text,
    /// The conclusion in plain words, framed as the review's.
    pub conclusion_patient: Text,
    /// The conclusion for clinicians.
    pub conclusion_clinician: Text,
    /// The review's words, verbatim (empty only for cards that are not from the review).
    pub quote: Text,
    /// What has been published since, if it changes the picture.
    #[serde(default)]
    pub since_then_patient: Option<Text>,
    /// Figures for "since then".
    #[serde(default)]
    pub figures: List<Text>,
    /// Sources (the seed review).
    pub sources: List<Text>,
}

/// A feature of the patient's situation that selects evidence to highlight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum SituationFeature {
    /// Spread to bone only.
    #[default]
    BoneOnly,
    /// Spread to organs (lung, liver, brain…).
    Organs,
    /// Spread to one or a few spots.
    FewSpots,
    /// Hormone receptor positive.
    HormonePositive,
    /// Hormone receptor negative.
    HormoneNegative,
    /// HER2 positive.
    Her2Positive,
    /// HER2 negative.
    Her2Negative,
    /// Triple negative (hormone receptor and HER2 negative).
    TripleNegative,
    /// The breast tumour is causing problems.
    BreastProblems,
}

impl SituationFeature {
    /// Every feature (add a new variant here too: `validate` checks that each has a record, so
    /// no answer is silently ignored).
    pub const ALL: [Self; 9] = [
        Self::BoneOnly,
        Self::Organs,
        Self::FewSpots,
        Self::HormonePositive,
        Self::HormoneNegative,
        Self::Her2Positive,
        Self::Her2Negative,
        Self::TripleNegative,
        Self::BreastProblems,
    ];
}

/// Evidence shown when her situation has a feature.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SituationEvidence {
    /// Stable id.
    pub id: Text,
    /// The feature that selects it.
    pub feature: SituationFeature,
    /// Heading.
    pub heading: Text,
    /// What the studies found, in plain words (no relative figures).
    pub patient: Text,
    /// What the studies found, for clinicians.
    pub clinician: Text,
    /// Figures (subgroup figures carry their own labels).
    #[serde(default)]
    pub figures: List<Text>,
    /// Sources.
    pub sources: List<Text>,
}

/// A glossary term.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    /// Stable id used in `{id}` markup.
    pub id: Text,
    /// The term as shown.
    pub term: Text,
    /// Other names and forms of the medical term (not everyday words): in patient text that
    /// explains terms inline, the first use of the term or any alias must be marked `{id}`.
    #[serde(default)]
    pub aliases: List<Text>,
    /// A plain definition.
    pub definition: Text,
}

/// Who a knowledge item is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Shown in the patient view.
    #[default]
    Patient,
    /// Shown in the clinician view (the seed's CME questions).
    Clinician,
}

/// One answer choice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id within the item.
    pub id: Text,
    /// The words.
    pub text: Text,
}

/// A knowledge-check item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeItem {
    /// Stable id.
    pub id: Text,
    /// Patient or clinician.
    pub audience: Audience,
    /// The question.
    pub question: Text,
    /// Choices.
    pub choices: List<Choice>,
    /// Id of the correct choice.
    pub correct: Text,
    /// Why, shown after answering.
    pub explanation: Text,
    /// Figures behind the explanation.
    #[serde(default)]
    pub figures: List<Text>,
    /// Sources.
    pub sources: List<Text>,
}

/// A values-clarification item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ValueItem {
    /// Stable id.
    pub id: Text,
    /// What might matter ("Avoiding an operation").
    pub label: Text,
    /// A short explanation of why it can matter in this decision.
    pub help: Text,
}

/// The values exercise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Values {
    /// Items to rate.
    pub items: List<ValueItem>,
    /// Rating labels from "not important" to "very important" (4 levels).
    pub rating_labels: List<Text>,
    /// Leaning scale positions, from one end to the other (5 positions, middle = unsure).
    pub leaning_labels: List<Text>,
    /// Words under the leaning scale: the app never chooses for her.
    pub leaning_help: Text,
}

/// The SURE test, reproduced verbatim with its citation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Sure {
    /// Source id of the SURE test paper.
    pub source: Text,
    /// The four questions, verbatim, in order (Sure, Understand, Risk–benefit, Encouragement).
    pub questions: List<SureQuestion>,
    /// Shown when the score is 3 or less.
    pub low_score_intro: Text,
    /// Things that might help, shown when the score is 3 or less.
    pub help: List<SureHelp>,
    /// Shown when the score is 4.
    pub full_score: Text,
    /// Terms of use, shown with the citation.
    pub terms: Text,
}

/// One SURE question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SureQuestion {
    /// Stable id (`sure`, `understand`, `risk`, `encouragement`).
    pub id: Text,
    /// The question, verbatim.
    pub text: Text,
}

/// A suggestion for a low SURE score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SureHelp {
    /// Id of the SURE question this helps with.
    pub question: Text,
    /// The suggestion.
    pub text: Text,
    /// Route id of the step that helps, if any.
    #[serde(default)]
    pub step: Option<Text>,
}

/// A question she may want to ask her care team.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PromptQuestion {
    /// Stable id.
    pub id: Text,
    /// The question.
    pub text: Text,
}

//! `guidance.toml` and `situation.toml`: what the 2015 review concluded by situation, and the
//! evidence shown for features of her situation. They highlight; they never predict.

use serde::Deserialize;

use super::text::{ClinicianText, Id, List, PatientLabel, PatientText, Verbatim};
use super::{FigureRef, SourceRef};

/// The clinical situations for which the 2015 review drew a conclusion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default, Hash, PartialOrd, Ord)]
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
    /// Every situation (`checks::validate` checks that each has a card; a test checks that this
    /// list has every variant).
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

/// A feature of the patient's situation that selects evidence to highlight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default, Hash)]
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
    /// Every feature (`checks::validate` checks that each has a record, so no answer is silently
    /// ignored; a test checks that this list has every variant).
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

reflect_choices!(GuidanceSituation, SituationFeature);

record! {
    place = "guidance card", id;
    /// What the 2015 review concluded for one situation: never the app's own recommendation.
    #[derive(Default)]
    pub struct GuidanceCard {
        /// Stable id.
        pub id: Id,
        /// The situation.
        pub situation: GuidanceSituation,
        /// Heading ("If the cancer elsewhere is growing").
        pub heading: PatientLabel,
        /// The conclusion in plain words, framed as the review's.
        pub conclusion_patient: PatientText,
        /// The conclusion for clinicians.
        pub conclusion_clinician: ClinicianText,
        /// The review's words, verbatim (empty only for cards that are not from the review).
        pub quote: Verbatim,
        /// What has been published since, if it changes the picture.
        #[serde(default)]
        pub since_then_patient: Option<PatientText>,
        /// Figures for "since then".
        #[serde(default)]
        pub figures: List<FigureRef>,
        /// Sources (the seed review).
        pub sources: List<SourceRef>,
    }
}

impl GuidanceCard {
    /// Whether the card is one of the 2015 review's conclusions (it quotes the review); the
    /// others say what the trials did where the review drew no conclusion.
    pub fn is_review_conclusion(&self) -> bool {
        !self.quote.is_empty()
    }
}

record! {
    place = "situation evidence", id;
    /// Evidence shown when her situation has a feature.
    #[derive(Default)]
    pub struct SituationEvidence {
        /// Stable id.
        pub id: Id,
        /// The feature that selects it.
        pub feature: SituationFeature,
        /// Heading.
        pub heading: PatientLabel,
        /// What the studies found, in plain words (no relative figures).
        pub patient: PatientText,
        /// What the studies found, for clinicians.
        pub clinician: ClinicianText,
        /// Figures (subgroup figures carry their own labels).
        #[serde(default)]
        pub figures: List<FigureRef>,
        /// Sources.
        pub sources: List<SourceRef>,
    }
}

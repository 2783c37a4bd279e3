//! `studies.toml`: the observational evidence, every randomised trial (with or without results),
//! the meta-analyses, and why observational studies and trials disagree.

use serde::Deserialize;

use super::text::{ClinicianDetail, ClinicianText, Id, List, Name, PatientLabel, PatientText};
use super::{FigureRef, SourceRef};

/// When randomisation happened relative to the first systemic therapy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum StudyKind {
    /// A randomised trial.
    #[default]
    Rct,
    /// A meta-analysis of the randomised trials.
    MetaAnalysisRct,
    /// A meta-analysis of prospective studies not all shown to be randomised.
    MetaAnalysisProspective,
    /// Observational studies or their meta-analysis.
    Observational,
}

/// Whether results exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
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

reflect_choices!(Timing, StudyKind, StudyStatus);

record! {
    place = "study", id;
    /// A study or meta-analysis.
    #[derive(Default)]
    pub struct Study {
        /// Stable id (`e2108`).
        pub id: Id,
        /// Name as clinicians know it ("ECOG-ACRIN E2108").
        pub name: Name,
        /// Kind.
        pub kind: StudyKind,
        /// Country or countries.
        pub country: Name,
        /// Years of recruitment (or search dates for a meta-analysis).
        pub years: Name,
        /// Registration id.
        #[serde(default)]
        pub registration: Option<Name>,
        /// Figure giving the number randomised (or pooled), if known.
        #[serde(default)]
        pub size_figure: Option<FigureRef>,
        /// Size as the registry states it where no figure exists ("planned 476; no results
        /// found").
        #[serde(default)]
        pub size_words: Option<Name>,
        /// When randomisation happened.
        pub timing: Timing,
        /// What "local therapy" meant in this study.
        pub local_therapy: ClinicianDetail,
        /// Primary end point.
        pub primary_end_point: ClinicianDetail,
        /// How the study was designed (what chance decided between), in plain words; shown in the
        /// trials table. Trials should have it; meta-analyses and observational studies may not.
        #[serde(default)]
        pub design_patient: Option<PatientText>,
        /// How the study was designed, for clinicians ("Open-label randomised trial, 1:1: …").
        #[serde(default)]
        pub design_clinician: Option<ClinicianText>,
        /// Whether results exist.
        pub status: StudyStatus,
        /// The result in plain words.
        pub result_patient: PatientText,
        /// The result for clinicians.
        pub result_clinician: ClinicianText,
        /// Figures that carry this study's numbers.
        #[serde(default)]
        pub figures: List<FigureRef>,
        /// Sources.
        pub sources: List<SourceRef>,
    }
}

record! {
    place = "studies.toml [bias]";
    /// Why observational studies favoured surgery: who was chosen for it (shown as a picture).
    #[derive(Default)]
    pub struct SelectionBias {
        /// Heading.
        pub heading: PatientLabel,
        /// The idea, in plain words.
        pub explain_patient: PatientText,
        /// The idea, for clinicians.
        pub explain_clinician: ClinicianText,
        /// Label over the list of how women chosen for surgery differed.
        pub chosen_label: PatientLabel,
        /// How they differed (short phrases).
        pub chosen: List<PatientLabel>,
        /// Label over the list for the women not chosen.
        pub others_label: PatientLabel,
        /// How they differed.
        pub others: List<PatientLabel>,
        /// What a randomised trial does instead, in plain words.
        pub trial_patient: PatientText,
        /// Sources.
        pub sources: List<SourceRef>,
    }
}

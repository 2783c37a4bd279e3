//! `options.toml` and `compare.toml`: the options in equal detail, and the Option Grid rows that
//! answer the same questions for every option.

use serde::Deserialize;

use super::text::{ClinicianText, Id, List, PatientLabel, PatientText};
use super::{FigureRef, Indirect, SourceRef};

/// What an option is, so the app can check that "no local therapy now" is always offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
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

reflect_choices!(OptionKind);

record! {
    /// A point about an option, with what it rests on.
    #[derive(Default)]
    pub struct Point {
        /// Plain words.
        pub patient: PatientText,
        /// Clinician words, if different.
        #[serde(default)]
        pub clinician: Option<ClinicianText>,
        /// Figures behind the point.
        #[serde(default)]
        pub figures: List<FigureRef>,
        /// Sources behind the point where no figure exists.
        #[serde(default)]
        pub sources: List<SourceRef>,
        /// Why the figures are indirect evidence for this option (their women had a different
        /// treatment or stage), where the figure itself does not already say so for every use.
        #[serde(default)]
        pub indirect: Option<Indirect>,
    }
}

record! {
    /// What an option is like to live through (IPDAS "what it is like").
    #[derive(Default)]
    pub struct Experience {
        /// Body: recovery, drains, tiredness, arm.
        pub physical: List<Point>,
        /// Feelings: worry, body image, peace of mind.
        pub emotional: List<Point>,
        /// Time, travel, cost, help needed at home.
        pub practical: List<Point>,
    }
}

record! {
    place = "option", id;
    /// A treatment option.
    #[derive(Default)]
    pub struct TreatmentOption {
        /// Stable id (`medicines-first`).
        pub id: Id,
        /// Kind.
        pub kind: OptionKind,
        /// Name shown as a column heading.
        pub name: PatientLabel,
        /// One plain sentence on what it is.
        pub summary_patient: PatientText,
        /// One plain sentence on its main downside, printed beside `summary_patient` on the
        /// take-home summary so no option is printed with its upside alone.
        pub downside_patient: PatientText,
        /// Clinician description (procedures, variants).
        pub summary_clinician: ClinicianText,
        /// What happens, step by step, in plain words.
        pub what_happens: List<Point>,
        /// Good points.
        pub benefits: List<Point>,
        /// Bad points.
        pub harms: List<Point>,
        /// What it is like.
        pub experience: Experience,
    }
}

record! {
    place = "cell", option;
    /// One answer in a compare row.
    #[derive(Default)]
    pub struct CompareCell {
        /// Option id.
        pub option: Id,
        /// The answer in plain words.
        pub patient: PatientText,
        /// The answer at a glance, in a few plain words with its key number: the first layer of
        /// the options step and the printed summary, for the rows `at_a_glance`. `patient` (or
        /// `clinician`) is the full answer, one tap away.
        #[serde(default)]
        pub glance: Option<PatientText>,
        /// The answer for clinicians, if different.
        #[serde(default)]
        pub clinician: Option<ClinicianText>,
        /// Figures behind the answer.
        #[serde(default)]
        pub figures: List<FigureRef>,
        /// Sources behind the answer.
        #[serde(default)]
        pub sources: List<SourceRef>,
        /// Why the figures are indirect evidence for this option, where the figure itself does
        /// not already say so for every use.
        #[serde(default)]
        pub indirect: Option<Indirect>,
        /// For this option, whether the answer is a gain or a harm, where that differs from its
        /// row's side (for medicines now, the breast-control answer is a harm): the balance
        /// table counts it on that side.
        #[serde(default)]
        pub side: Option<RowSide>,
    }
}

/// Which side of the balance a question of the options grid is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RowSide {
    /// A possible gain (living longer, control of the breast).
    Benefit,
    /// A possible harm (arm swelling, other problems).
    Harm,
    /// Neither (what happens, time, how sure the studies are).
    #[default]
    Neither,
}

reflect_choices!(RowSide);

record! {
    place = "compare row", id;
    /// A question patients ask, answered for each option (Option Grid).
    #[derive(Default)]
    pub struct CompareRow {
        /// Stable id.
        pub id: Id,
        /// The question.
        pub question: PatientLabel,
        /// Whether the row is one of the options at a glance: the first layer of the options step
        /// (with each cell's `glance`) and the rows printed on the summary (two pages at most).
        #[serde(default)]
        pub at_a_glance: bool,
        /// Whether the question is about a possible gain, a possible harm or neither: the
        /// benchmark's balance table counts the numbers each option gets on each side.
        #[serde(default)]
        pub side: RowSide,
        /// One cell per option.
        pub cells: List<CompareCell>,
    }
}

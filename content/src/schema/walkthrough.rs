//! `panels.toml`, `steps.toml` and `seed_changes.toml`: the words of the walk-through, the
//! sections of the outcome steps, and where the 2015 seed review differs from what was published.

use super::text::{
    ClinicianDetail, ClinicianText, Id, List, Name, PatientLabel, PatientText, Verbatim,
};
use super::{FigureRef, SourceRef, Step};

record! {
    place = "panel", id;
    /// A section of an outcome step: prose plus the figures that carry its numbers.
    #[derive(Default)]
    pub struct Panel {
        /// Stable id (`lymphoedema`).
        pub id: Id,
        /// The outcome step it belongs to (`survival`, `breast`, `harms`, `life`).
        pub step: Step,
        /// Heading.
        pub heading: PatientLabel,
        /// What the numbers say, in plain words.
        pub summary_patient: PatientText,
        /// What the numbers say, for clinicians.
        pub summary_clinician: ClinicianText,
        /// Who the numbers come from, in plain words.
        pub about_numbers_patient: PatientText,
        /// Figures shown in this section, in order.
        #[serde(default)]
        pub figures: List<FigureRef>,
        /// Figures shown only in the clinician view (relative effects, subgroups, counts).
        #[serde(default)]
        pub clinician_figures: List<FigureRef>,
        /// Sources for prose with no figure ("described in words where no figure exists").
        #[serde(default)]
        pub sources: List<SourceRef>,
    }
}

record! {
    place = "step", id;
    /// Words for one step of the walk-through.
    #[derive(Default)]
    pub struct StepText {
        /// The step, by its route id (`harms`); every step has exactly one.
        pub id: Step,
        /// Title in the navigation and heading.
        pub title: PatientLabel,
        /// The step's key points in the patient view: what the step answers, in one to three
        /// plain sentences (150 words at most). With `key_figure` they are the step's first
        /// layer; every study's detail and every further figure is one tap away.
        pub key_points_patient: List<PatientText>,
        /// The key points in the clinician view (one to three, 150 words at most; may be denser).
        pub key_points_clinician: List<ClinicianText>,
        /// The one picture that compares the options on this step's outcome, if there is one: a
        /// figure with two or more groups, a time frame and a range.
        #[serde(default)]
        pub key_figure: Option<FigureRef>,
        /// Figures the key points take their numbers from.
        #[serde(default)]
        pub figures: List<FigureRef>,
        /// Rows of the options grid (`compare.toml`, rows at a glance) shown with the key points,
        /// as a small table of each option's short answer: the harms step opens with its numbers.
        #[serde(default)]
        pub glance_rows: List<Id>,
        /// Sources the key points rest on, where no figure carries their facts.
        #[serde(default)]
        pub sources: List<SourceRef>,
    }
}

record! {
    place = "seed change", id;
    /// A place where the 2015 review differs from what was later published.
    #[derive(Default)]
    pub struct SeedChange {
        /// Stable id.
        pub id: Id,
        /// Topic ("Tata Memorial trial: survival").
        pub topic: ClinicianDetail,
        /// What the 2015 review said, verbatim.
        pub seed_said: Verbatim,
        /// What the published papers report.
        pub published: ClinicianText,
        /// Why it matters for counselling.
        pub why_it_matters: ClinicianText,
        /// Published figures that replace the seed's (must be displayable).
        #[serde(default)]
        pub figures: List<FigureRef>,
        /// Sources (include the seed review).
        pub sources: List<SourceRef>,
    }
}

record! {
    place = "changes.toml";
    /// What changed in this evidence version (`changes.toml`), shown on the About screen and in
    /// the clinician view. Every figure whose value, status or certainty changed since the previous
    /// version must be named here (checked against `content/history/<previous>.toml`).
    #[derive(Default)]
    pub struct ChangeLog {
        /// The version these changes made (the bundle's version).
        pub version: Name,
        /// The version before it.
        pub previous: Name,
        /// The changes, most important first.
        pub changes: List<Change>,
    }
}

record! {
    place = "change", id;
    /// One change, with why it was made and where that was read.
    #[derive(Default)]
    pub struct Change {
        /// Stable id.
        pub id: Id,
        /// The figures and texts it touched (figure ids, record ids).
        pub ids: List<Id>,
        /// What changed, for clinicians.
        pub what: ClinicianText,
        /// Why: what the source says.
        pub why: ClinicianText,
        /// The change in plain words, for the About screen in the patient view, if it matters to
        /// her.
        #[serde(default)]
        pub patient: Option<PatientText>,
        /// Figures the plain words take numbers from.
        #[serde(default)]
        pub figures: List<FigureRef>,
        /// Where the reason was read.
        pub sources: List<SourceRef>,
    }
}

record! {
    place = "guideline", id;
    /// What a guideline says about treating the breast (`guidelines.toml`): quoted only in words
    /// read at the source's address, on the date the source gives; otherwise it says the
    /// guideline is not quoted.
    #[derive(Default)]
    pub struct Guideline {
        /// Stable id.
        pub id: Id,
        /// The guideline's name, as its publisher gives it.
        pub name: Name,
        /// What it says, in plain words.
        pub patient: PatientText,
        /// What it says, for clinicians.
        pub clinician: ClinicianText,
        /// Its own words, where they were read; none where they were not.
        #[serde(default)]
        pub quote: Option<Verbatim>,
        /// The guideline's page (a `guideline` source with its address and the date it was read).
        pub sources: List<SourceRef>,
    }
}

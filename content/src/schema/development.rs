//! `development.toml`: how the aid was developed and tested: needs assessments, reviews, field
//! tests and usability tests, each with who took part, when, where, what was found and where it
//! is reported (IPDAS quality items 12 to 17). About lists them; with none, it says plainly that
//! none has been done. The build refuses a text that claims a review or test with no record of
//! its kind here (`checks::validate`, development claims).

use serde::Deserialize;

use super::SourceRef;
use super::text::{ClinicianDetail, ClinicianText, Id, List, Name, PatientLabel, PatientText};

/// What kind of development or testing a record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DevelopmentKind {
    /// Finding out what patients or clinicians need from the aid, before or while it is made.
    #[default]
    NeedsAssessment,
    /// People read the aid and said what they thought of it (outside a consultation).
    Review,
    /// The aid was used in real consultations with women facing the decision and their clinicians.
    FieldTest,
    /// People were watched using the aid, to find what is hard to use.
    UsabilityTest,
}

reflect_choices!(DevelopmentKind);

/// Who took part, by role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Women with de novo stage IV breast cancer, or other patients.
    #[default]
    Patients,
    /// Surgeons, oncologists, radiotherapists, nurses and other clinicians.
    Clinicians,
    /// Anyone else (family members, patient advocates, researchers).
    Others,
}

reflect_choices!(Role);

record! {
    /// One group of people who took part in a development record.
    #[derive(Default)]
    pub struct Participants {
        /// Their role.
        pub role: Role,
        /// How many took part.
        pub number: u32,
        /// Who they were, in a few words ("women with de novo stage IV breast cancer who had
        /// decided in the last year", "breast surgeons and clinical oncologists").
        pub described: ClinicianDetail,
        /// Whether they had no part in making the aid (IPDAS asks for review by people not
        /// involved in producing it).
        pub independent: bool,
    }
}

record! {
    place = "development record", id;
    /// One review or test of the aid.
    #[derive(Default)]
    pub struct DevelopmentRecord {
        /// Stable id.
        pub id: Id,
        /// What kind of review or test it was.
        pub kind: DevelopmentKind,
        /// Who took part.
        pub participants: List<Participants>,
        /// When, as a month or a span of months ("2027-03", "2027-03 to 2027-06"): no days.
        pub when: Name,
        /// Where, in plain words ("two breast clinics in the north of England").
        pub place_patient: PatientLabel,
        /// The aid version and evidence version it was done with ("aid 0.1.0, evidence 2026.3").
        pub versions: Name,
        /// What was found, in plain words (both views' first layer).
        pub found_patient: PatientText,
        /// What was found, for clinicians: numbers, methods, what changed in the aid because of it.
        pub found: ClinicianText,
        /// Where it is reported, if published.
        #[serde(default)]
        pub reported_in: Option<SourceRef>,
        /// Where the report is kept when it is not published (a report in the project's files, a
        /// thesis, a conference abstract not yet indexed).
        #[serde(default)]
        pub report_note: Option<ClinicianDetail>,
    }
}

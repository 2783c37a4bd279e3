//! `measures.toml`: the validated questionnaires the field test may offer at the end of a
//! consultation (CollaboRATE, the Preparation for Decision Making scale), word for word, each with
//! its citation, its terms of use, what was read where, and a fingerprint of its wording that the
//! build recomputes (`checks::validate`, measures): a validated measure's wording must not drift.

use serde::Deserialize;

use super::SourceRef;
use super::text::{ClinicianDetail, Id, List, Name, Verbatim};

/// Whether a measure's wording was read in its developers' own publication or page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum WordingStatus {
    /// Every word of the lead, items and scale labels was read in the developers' own paper,
    /// sample tool or page (`readings` names it).
    Verified,
    /// Some of it was read only in copies made by others, or not at all: `wording_note` says
    /// which parts. A measure in this state must not be shown to a patient until it is checked.
    #[default]
    NotVerified,
}

reflect_choices!(WordingStatus);

record! {
    place = "measure item", id;
    /// One item of a measure, word for word.
    #[derive(Default)]
    pub struct MeasureItem {
        /// Stable id within the measure (`1`, `2`, …, as the source numbers them).
        pub id: Id,
        /// The item, as the source prints it.
        pub text: Verbatim,
    }
}

record! {
    /// One point of a measure's answer scale.
    #[derive(Default)]
    pub struct ScalePoint {
        /// The value the answer scores (CollaboRATE 0 to 9, PrepDM 1 to 5).
        pub value: u8,
        /// Its label, as the source prints it; none where the source labels only some points
        /// (CollaboRATE labels its two ends).
        #[serde(default)]
        pub label: Option<Verbatim>,
    }
}

record! {
    /// One page or paper read for a measure: what was read there, where and when.
    #[derive(Default)]
    pub struct Reading {
        /// What was read there, and whether it is the developers' own.
        pub what: ClinicianDetail,
        /// The address of the page read (a detail for clinicians and editors: in the wasm it waits in
        /// the texts file, like every word of a measure).
        pub url: ClinicianDetail,
        /// When it was read (YYYY-MM-DD).
        pub read_on: Name,
        /// Whether it is the developers' own publication or page (a primary source).
        pub primary: bool,
    }
}

record! {
    place = "measure", id;
    /// A validated measure, reproduced word for word under its terms of use.
    #[derive(Default)]
    pub struct Measure {
        /// Stable id (`collaborate`, `prepdm`).
        pub id: Id,
        /// Its name as its developers write it ("CollaboRATE").
        pub name: Name,
        /// The papers to cite wherever it is used (its terms ask for the citation).
        pub sources: List<SourceRef>,
        /// The words shown before the items (an opening statement, instructions), as the source
        /// prints them; none where they were not read in a primary source (`wording_note` says so).
        #[serde(default)]
        pub lead: Option<Verbatim>,
        /// The items, in the source's order.
        pub items: List<MeasureItem>,
        /// The answer scale, lowest value first.
        pub scale: List<ScalePoint>,
        /// Whether the wording was read in the developers' own source.
        pub wording_status: WordingStatus,
        /// What was verified and what was not, and what to do before use.
        pub wording_note: ClinicianDetail,
        /// Every page and paper read for it.
        pub readings: List<Reading>,
        /// The terms of use, in the owner's words.
        pub terms: Verbatim,
        /// Where the terms were read (in the wasm, in the texts file).
        pub terms_url: ClinicianDetail,
        /// When the terms were read (YYYY-MM-DD).
        pub terms_read_on: Name,
        /// What the terms allow this aid to change (and what it changed: nothing, unless said).
        pub adaptation: ClinicianDetail,
        /// How its source scores it, and which part of that was read.
        pub scoring: ClinicianDetail,
        /// FNV-1a (64 bits, 16 hex digits) of the lead, items and scale, as
        /// `checks::validate::measure_fingerprint` writes them: the build refuses a wording that
        /// does not match it.
        pub fingerprint: Name,
    }
}

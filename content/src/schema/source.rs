//! `sources.toml`: every citation.

use serde::Deserialize;

use super::text::{Citation, ClinicianDetail, Id};

record! {
    place = "source", id;
    /// A citation.
    #[derive(Default)]
    pub struct Source {
        /// Stable id, e.g. `khan-2022-e2108`.
        pub id: Id,
        /// Authors as printed ("Khan SA, Zhao F, et al.").
        pub authors: Citation,
        /// Title of the paper or page.
        pub title: Citation,
        /// Journal or publisher.
        pub journal: Citation,
        /// Year of publication; absent only when it was not found on any page read (the citation
        /// then says so, and `note` says why).
        #[serde(default)]
        pub year: Option<u16>,
        /// Volume, issue and pages where known.
        #[serde(default)]
        pub details: Option<Citation>,
        /// DOI without the `https://doi.org/` prefix.
        #[serde(default)]
        pub doi: Option<Citation>,
        /// PubMed id.
        #[serde(default)]
        pub pmid: Option<Citation>,
        /// Trial registration (NCT…, UMIN…).
        #[serde(default)]
        pub trial_id: Option<Citation>,
        /// Address of the page read. Only sources of a kind that may lack a DOI and PMID have one
        /// (see [`SourceKind`]).
        #[serde(default)]
        pub url: Option<Citation>,
        /// What kind of source it is; decides whether a DOI or PMID is required.
        #[serde(default)]
        pub kind: SourceKind,
        /// What was checked and what was not (for example "PMID not confirmed").
        #[serde(default)]
        pub note: Option<ClinicianDetail>,
        /// When the page at `url` was read (YYYY-MM-DD): pages change, so a source read at an
        /// address says when.
        #[serde(default)]
        pub read_on: Option<Citation>,
    }
}

/// What kind of source a citation is. Papers and reviews are cited by DOI and/or PMID; only the
/// kinds below that say so may be cited by a `url` alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
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
    /// A guideline or an official summary of one, quoted only in words read at its `url`.
    Guideline,
}

impl SourceKind {
    /// Whether a source of this kind may be cited by a `url` alone.
    pub fn url_is_enough(self) -> bool {
        matches!(
            self,
            Self::OfficialStatistics | Self::AbstractCopy | Self::Guideline
        )
    }
}

reflect_choices!(SourceKind);

//! Her situation, as she and her clinician describe it (optional), and the form that asks it.
//!
//! The answers only select what is highlighted (see `tailoring`); they never compute a personal
//! prognosis or pick an option.

use serde::{Deserialize, Serialize};

use crate::content::{self, StatusQuestion};

// The form's answers are written as the changes they make.
use self::SituationChange as C;

/// Is the breast tumour causing problems (pain, bleeding, an open wound)?
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BreastProblems {
    /// Not answered.
    #[default]
    NotSaid,
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not sure.
    Unsure,
}

/// How the cancer elsewhere responds to medicines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    /// Not answered.
    #[default]
    NotSaid,
    /// Medicines not started yet.
    NotStarted,
    /// Shrinking or stable.
    RespondingOrStable,
    /// Growing despite medicines.
    Growing,
}

/// Where the cancer has spread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sites {
    /// Not answered.
    #[default]
    NotSaid,
    /// Bone only.
    BoneOnly,
    /// Organs such as lung, liver or brain.
    Organs,
    /// Bone and organs.
    Both,
}

/// How many spots.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Extent {
    /// Not answered.
    #[default]
    NotSaid,
    /// One or a few spots.
    OneOrFew,
    /// Many spots.
    Many,
}

/// A receptor status (hormone receptor or HER2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// Not answered.
    #[default]
    NotSaid,
    /// Positive.
    Positive,
    /// Negative.
    Negative,
    /// Answered "not known".
    NotKnown,
}

/// Is a clinical trial available to her?
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TrialAvailable {
    /// Not answered.
    #[default]
    NotSaid,
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not known.
    NotKnown,
}

/// Her situation, as she and her clinician describe it. Optional: every field may stay unsaid.
/// It only selects what is highlighted; it never computes a personal prognosis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    /// Breast tumour causing problems.
    pub breast_problems: BreastProblems,
    /// Response of the cancer elsewhere.
    pub response: Response,
    /// Where it has spread.
    pub sites: Sites,
    /// How many spots.
    pub extent: Extent,
    /// Hormone receptor status.
    pub hormone: Status,
    /// HER2 status.
    pub her2: Status,
    /// Clinical trial available.
    pub trial: TrialAvailable,
}

impl Situation {
    /// Whether anything has been said.
    pub fn is_empty(&self) -> bool {
        *self == Situation::default()
    }

    /// Changes one answer.
    pub fn apply(&mut self, change: SituationChange) {
        match change {
            SituationChange::BreastProblems(v) => self.breast_problems = v,
            SituationChange::Response(v) => self.response = v,
            SituationChange::Sites(v) => self.sites = v,
            SituationChange::Extent(v) => self.extent = v,
            SituationChange::Hormone(v) => self.hormone = v,
            SituationChange::Her2(v) => self.her2 = v,
            SituationChange::Trial(v) => self.trial = v,
        }
    }
}

/// One change to the situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SituationChange {
    /// Breast problems.
    BreastProblems(BreastProblems),
    /// Response.
    Response(Response),
    /// Sites.
    Sites(Sites),
    /// Extent.
    Extent(Extent),
    /// Hormone receptor status.
    Hormone(Status),
    /// HER2 status.
    Her2(Status),
    /// Trial availability.
    Trial(TrialAvailable),
}

/// One question of the optional situation form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Is the breast tumour causing problems?
    BreastProblems,
    /// How is the cancer elsewhere responding?
    Response,
    /// Where has it spread?
    Sites,
    /// How many spots?
    Extent,
    /// Hormone receptor status.
    Hormone,
    /// HER2 status.
    Her2,
    /// Is a trial open to her?
    Trial,
}

impl Field {
    /// Every question, in the order asked.
    pub const ALL: [Field; 7] = [
        Field::BreastProblems,
        Field::Response,
        Field::Sites,
        Field::Extent,
        Field::Hormone,
        Field::Her2,
        Field::Trial,
    ];

    /// A stable id for form controls.
    pub fn id(self) -> &'static str {
        match self {
            Field::BreastProblems => "breast-problems",
            Field::Response => "response",
            Field::Sites => "sites",
            Field::Extent => "extent",
            Field::Hormone => "hormone",
            Field::Her2 => "her2",
            Field::Trial => "trial",
        }
    }

    /// The question as shown on the form, with glossary terms marked (`{term}`) so they are
    /// explained where they appear (`situation.toml`, `[form]`).
    pub fn question_with_terms(self) -> &'static str {
        let form = &content::bundle().situation_form;
        match self {
            Field::BreastProblems => &form.breast_problems.question,
            Field::Response => &form.response.question,
            Field::Sites => &form.sites.question,
            Field::Extent => &form.extent.question,
            Field::Hormone => &form.hormone.question,
            Field::Her2 => &form.her2.question,
            Field::Trial => &form.trial.question,
        }
        .as_str()
    }

    /// The question, in plain words (for the printed summary).
    pub fn question(self) -> String {
        content::plain(self.question_with_terms())
    }

    /// The answers, each with the change it makes, in the order shown.
    pub fn choices(self) -> Vec<(&'static str, SituationChange)> {
        let form = &content::bundle().situation_form;
        let status = |words: &'static StatusQuestion, set: fn(Status) -> SituationChange| {
            vec![
                (words.positive.as_str(), set(Status::Positive)),
                (words.negative.as_str(), set(Status::Negative)),
                (words.not_known.as_str(), set(Status::NotKnown)),
            ]
        };
        match self {
            Field::BreastProblems => {
                let words = &form.breast_problems;
                vec![
                    (words.yes.as_str(), C::BreastProblems(BreastProblems::Yes)),
                    (words.no.as_str(), C::BreastProblems(BreastProblems::No)),
                    (
                        words.unsure.as_str(),
                        C::BreastProblems(BreastProblems::Unsure),
                    ),
                ]
            }
            Field::Response => {
                let words = &form.response;
                vec![
                    (
                        words.not_started.as_str(),
                        C::Response(Response::NotStarted),
                    ),
                    (
                        words.responding_or_stable.as_str(),
                        C::Response(Response::RespondingOrStable),
                    ),
                    (words.growing.as_str(), C::Response(Response::Growing)),
                ]
            }
            Field::Sites => {
                let words = &form.sites;
                vec![
                    (words.bone_only.as_str(), C::Sites(Sites::BoneOnly)),
                    (words.organs.as_str(), C::Sites(Sites::Organs)),
                    (words.both.as_str(), C::Sites(Sites::Both)),
                ]
            }
            Field::Extent => {
                let words = &form.extent;
                vec![
                    (words.one_or_few.as_str(), C::Extent(Extent::OneOrFew)),
                    (words.many.as_str(), C::Extent(Extent::Many)),
                ]
            }
            Field::Hormone => status(&form.hormone, C::Hormone),
            Field::Her2 => status(&form.her2, C::Her2),
            Field::Trial => {
                let words = &form.trial;
                vec![
                    (words.yes.as_str(), C::Trial(TrialAvailable::Yes)),
                    (words.no.as_str(), C::Trial(TrialAvailable::No)),
                    (words.not_known.as_str(), C::Trial(TrialAvailable::NotKnown)),
                ]
            }
        }
    }

    /// The answer given so far, as the change that would set it (None if unsaid).
    pub fn current(self, s: &Situation) -> Option<SituationChange> {
        match self {
            Field::BreastProblems => (s.breast_problems != BreastProblems::NotSaid)
                .then_some(C::BreastProblems(s.breast_problems)),
            Field::Response => (s.response != Response::NotSaid).then_some(C::Response(s.response)),
            Field::Sites => (s.sites != Sites::NotSaid).then_some(C::Sites(s.sites)),
            Field::Extent => (s.extent != Extent::NotSaid).then_some(C::Extent(s.extent)),
            Field::Hormone => (s.hormone != Status::NotSaid).then_some(C::Hormone(s.hormone)),
            Field::Her2 => (s.her2 != Status::NotSaid).then_some(C::Her2(s.her2)),
            Field::Trial => (s.trial != TrialAvailable::NotSaid).then_some(C::Trial(s.trial)),
        }
    }

    /// The answer in words, for the summary.
    pub fn answer(self, s: &Situation) -> Option<&'static str> {
        let current = self.current(s)?;
        self.choices()
            .into_iter()
            .find(|(_, c)| *c == current)
            .map(|(label, _)| label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::{Action, Session};

    #[test]
    fn each_question_has_its_own_form_id_made_of_letters_digits_and_hyphens() {
        // The id names the question's radio group: two questions sharing one would share their
        // answer.
        let ids: std::collections::BTreeSet<&str> = Field::ALL.iter().map(|f| f.id()).collect();
        assert_eq!(ids.len(), Field::ALL.len());
        for id in ids {
            assert!(
                id.len() >= 3
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{id:?}"
            );
        }
        assert_eq!(Field::BreastProblems.id(), "breast-problems");
    }

    #[test]
    fn every_choice_sets_its_own_answer() {
        for field in Field::ALL {
            for (label, change) in field.choices() {
                let mut session = Session::default();
                session.apply(Action::ChangeSituation(change));
                assert_eq!(field.answer(&session.situation), Some(label), "{field:?}");
            }
        }
    }

    #[test]
    fn marked_questions_read_the_same_as_the_plain_ones() {
        for field in Field::ALL {
            assert_eq!(
                crate::content::plain(field.question_with_terms()),
                field.question(),
                "{field:?}"
            );
        }
        assert!(
            Field::Hormone
                .question_with_terms()
                .contains("{hormone-receptor}")
        );
    }

    #[test]
    fn untouched_questions_have_no_answer() {
        for field in Field::ALL {
            assert_eq!(field.answer(&Situation::default()), None);
        }
    }
}

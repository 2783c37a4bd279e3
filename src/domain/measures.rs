//! Answers to the field test's optional end-of-consultation measures (`content::measures()`,
//! `measures.toml`), and their scores as their sources define them.
//!
//! - **CollaboRATE** (Elwyn et al. 2013; Barr et al. 2014, 2017): three items, each answered 0 to
//!   9. Its developers score it as a top score: the share of respondents who answer 9 on each of
//!   the three items (Barr et al. 2017, abstract). For one respondent that is whether all three
//!   answers are 9; the share is the study's to count. The plain mean of the three answers is
//!   given too, for description.
//! - **Preparation for Decision Making** (Bennett et al. 2010): ten items, each answered 1 to 5.
//!   The Ottawa User Manual's scoring was not read (see `measures.toml`): the sum of the ten
//!   answers (10 to 50) and its straight-line rescaling to 0 to 100 are given, to be checked
//!   against the manual before any analysis.
//!
//! Numbers are exact integers (a mean in hundredths, a rescaled score in tenths), so no float is
//! formatted and two exports of the same answers are equal. A score needs every item answered.

use serde::{Deserialize, Serialize};

/// The id of CollaboRATE in `measures.toml`.
pub const COLLABORATE: &str = "collaborate";
/// The id of the Preparation for Decision Making scale in `measures.toml`.
pub const PREPDM: &str = "prepdm";

/// CollaboRATE's number of items.
pub const COLLABORATE_ITEMS: usize = 3;
/// CollaboRATE's lowest and highest answers.
pub const COLLABORATE_RANGE: std::ops::RangeInclusive<u8> = 0..=9;
/// The Preparation for Decision Making scale's number of items.
pub const PREPDM_ITEMS: usize = 10;
/// The Preparation for Decision Making scale's lowest and highest answers.
pub const PREPDM_RANGE: std::ops::RangeInclusive<u8> = 1..=5;

/// A number that is not on a measure's answer scale (what reading a stored answer refuses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OffScale {
    /// The number read.
    pub value: u8,
    /// The scale's lowest and highest answers.
    pub scale: (u8, u8),
}

impl std::fmt::Display for OffScale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (lowest, highest) = self.scale;
        write!(f, "{} ∉ {lowest}..={highest}", self.value)
    }
}

/// One answer to a CollaboRATE item: 0 ("no effort was made") to 9 ("every effort was made").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct CollaborateAnswer(u8);

impl CollaborateAnswer {
    /// The answer `value`, if it is on the scale (0 to 9).
    pub fn new(value: u8) -> Option<Self> {
        COLLABORATE_RANGE.contains(&value).then_some(Self(value))
    }

    /// Its value, 0 to 9.
    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for CollaborateAnswer {
    type Error = OffScale;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or(OffScale {
            value,
            scale: (*COLLABORATE_RANGE.start(), *COLLABORATE_RANGE.end()),
        })
    }
}

impl From<CollaborateAnswer> for u8 {
    fn from(answer: CollaborateAnswer) -> u8 {
        answer.0
    }
}

/// One answer to a Preparation for Decision Making item: 1 ("Not at all") to 5 ("A great deal").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct PrepDmAnswer(u8);

impl PrepDmAnswer {
    /// The answer `value`, if it is on the scale (1 to 5).
    pub fn new(value: u8) -> Option<Self> {
        PREPDM_RANGE.contains(&value).then_some(Self(value))
    }

    /// Its value, 1 to 5.
    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for PrepDmAnswer {
    type Error = OffScale;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or(OffScale {
            value,
            scale: (*PREPDM_RANGE.start(), *PREPDM_RANGE.end()),
        })
    }
}

impl From<PrepDmAnswer> for u8 {
    fn from(answer: PrepDmAnswer) -> u8 {
        answer.0
    }
}

/// Her CollaboRATE answers, in the items' order; `None` = not answered (every item is optional).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollaborateAnswers(pub [Option<CollaborateAnswer>; COLLABORATE_ITEMS]);

impl CollaborateAnswers {
    /// Every answer, if every item was answered.
    pub fn complete(&self) -> Option<[CollaborateAnswer; COLLABORATE_ITEMS]> {
        let [a, b, c] = self.0;
        Some([a?, b?, c?])
    }

    /// Whether she gave the top answer, 9, on every item (the developers' top score counts the
    /// share of respondents for whom this is true); `None` unless every item was answered.
    pub fn top_score(&self) -> Option<bool> {
        self.complete().map(|answers| {
            answers
                .iter()
                .all(|a| a.value() == *COLLABORATE_RANGE.end())
        })
    }

    /// The sum of her answers (0 to 27), if every item was answered.
    pub fn sum(&self) -> Option<u8> {
        self.complete()
            .map(|answers| answers.iter().map(|a| a.value()).sum())
    }

    /// The mean of her answers in hundredths (0 to 900: 867 is 8.67), rounded half up, if every
    /// item was answered.
    pub fn mean_hundredths(&self) -> Option<u16> {
        let items = COLLABORATE_ITEMS as u16;
        self.sum()
            .map(|sum| (u16::from(sum) * 100 * 2 + items) / (2 * items))
    }
}

/// Her Preparation for Decision Making answers, in the items' order; `None` = not answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrepDmAnswers(pub [Option<PrepDmAnswer>; PREPDM_ITEMS]);

impl PrepDmAnswers {
    /// Every answer, if every item was answered.
    pub fn complete(&self) -> Option<[PrepDmAnswer; PREPDM_ITEMS]> {
        let mut answers = [PrepDmAnswer(*PREPDM_RANGE.start()); PREPDM_ITEMS];
        for (slot, answer) in answers.iter_mut().zip(self.0) {
            *slot = answer?;
        }
        Some(answers)
    }

    /// The sum of her ten answers (10 to 50), if every item was answered.
    pub fn sum(&self) -> Option<u8> {
        self.complete()
            .map(|answers| answers.iter().map(|a| a.value()).sum())
    }

    /// The sum rescaled in a straight line to 0 to 100, in tenths (0 to 1000: 725 is 72.5): 10
    /// (every answer "Not at all") is 0 and 50 (every answer "A great deal") is 100. Check it
    /// against the Ottawa User Manual before analysis (`measures.toml`, `scoring`).
    pub fn rescaled_tenths(&self) -> Option<u16> {
        let lowest = PREPDM_ITEMS as u16 * u16::from(*PREPDM_RANGE.start());
        let highest = PREPDM_ITEMS as u16 * u16::from(*PREPDM_RANGE.end());
        self.sum()
            .map(|sum| (u16::from(sum) - lowest) * 1000 / (highest - lowest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{WordingStatus, measure};

    /// The app's scales are the content's: the same number of items and the same answer values.
    #[test]
    fn the_scales_are_the_measures_in_the_content() {
        for (id, items, range) in [
            (COLLABORATE, COLLABORATE_ITEMS, COLLABORATE_RANGE),
            (PREPDM, PREPDM_ITEMS, PREPDM_RANGE),
        ] {
            let measure = measure(id).expect("the measure is in measures.toml");
            assert_eq!(measure.items.len(), items, "{id}");
            let values: Vec<u8> = measure.scale.iter().map(|p| p.value).collect();
            assert_eq!(values, range.collect::<Vec<_>>(), "{id}");
        }
    }

    /// Neither measure's wording could be read in its developers' own source (see
    /// `measures.toml`): the field test must not offer them until it is. This test fails the day
    /// one is verified, as a reminder to drop it.
    #[test]
    fn no_measure_is_marked_verified_yet() {
        for id in [COLLABORATE, PREPDM] {
            let measure = measure(id).expect("the measure is in measures.toml");
            assert_eq!(measure.wording_status, WordingStatus::NotVerified, "{id}");
        }
    }

    #[test]
    fn examples_score_as_worked_by_hand() {
        let c = |v: [u8; 3]| CollaborateAnswers(v.map(CollaborateAnswer::new));
        assert_eq!(c([9, 9, 9]).top_score(), Some(true));
        assert_eq!(c([9, 9, 8]).top_score(), Some(false));
        assert_eq!(c([9, 8, 9]).mean_hundredths(), Some(867));
        assert_eq!(c([0, 0, 1]).mean_hundredths(), Some(33));
        assert_eq!(c([0, 1, 1]).mean_hundredths(), Some(67));
        let p = |v: [u8; 10]| PrepDmAnswers(v.map(PrepDmAnswer::new));
        assert_eq!(p([1; 10]).rescaled_tenths(), Some(0));
        assert_eq!(p([5; 10]).rescaled_tenths(), Some(1000));
        assert_eq!(p([3; 10]).sum(), Some(30));
        assert_eq!(p([3; 10]).rescaled_tenths(), Some(500));
        assert_eq!(
            p([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]).rescaled_tenths(),
            Some(25)
        );
    }
}

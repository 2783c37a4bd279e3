//! The field test: for a study of the aid, and only with her consent, an anonymous record of how
//! one consultation went. It is kept on this device apart from the session and leaves it only as a
//! file that staff export by hand.
//!
//! What a record may hold is an allow-list, written once, as the export's columns
//! ([`Record::fields`]): the study code, a random participant number, the aid's and the evidence's
//! versions, the ISO week, minutes in the consultation and on each step (to the half minute), the
//! short or full way, the SURE scores at the start and at the end, each knowledge answer right or
//! wrong, each value rating and the leaning, whether the mismatch note showed, and whether
//! read-aloud and each print were used. Never her notes, her questions, her situation, her age, a
//! name or a date: [`Record::new`] takes those of the session's fields it may, one by one, and a
//! property test checks that nothing typed anywhere reaches an export.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::step::Step;

mod record;
pub use record::*;
// Natively only: the tests use proptest and serde_json, native dev-dependencies.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests;

/// The version of the export's layout (its columns and their meaning); it changes when they do.
pub const SCHEMA_VERSION: u32 = 1;

/// A study's code, as the research team gives it: 3 to 20 capital letters, digits and hyphens,
/// starting with a letter or a digit (no spaces, no names).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct StudyCode(String);

/// Why a study code was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StudyCodeProblem {
    /// Fewer than [`StudyCode::MIN`] or more than [`StudyCode::MAX`] characters.
    Length,
    /// A character other than A–Z, 0–9 and a hyphen, or a hyphen first.
    Characters,
}

impl fmt::Display for StudyCodeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = &crate::content::words().field_test;
        match self {
            Self::Length => f.write_str(&words.code_length.fill(&StudyCode::MIN, &StudyCode::MAX)),
            Self::Characters => f.write_str(&words.code_characters),
        }
    }
}

impl StudyCode {
    /// The fewest characters a code may have.
    pub const MIN: usize = 3;
    /// The most characters a code may have.
    pub const MAX: usize = 20;

    /// A checked code (spaces around it are ignored; nothing else is changed).
    pub fn parse(text: &str) -> Result<Self, StudyCodeProblem> {
        let text = text.trim();
        let length = text.chars().count();
        if !(Self::MIN..=Self::MAX).contains(&length) {
            return Err(StudyCodeProblem::Length);
        }
        let allowed = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-';
        if !text.chars().all(allowed) || text.starts_with('-') {
            return Err(StudyCodeProblem::Characters);
        }
        Ok(Self(text.to_owned()))
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for StudyCode {
    type Error = StudyCodeProblem;
    fn try_from(text: String) -> Result<Self, StudyCodeProblem> {
        Self::parse(&text)
    }
}

impl From<StudyCode> for String {
    fn from(code: StudyCode) -> String {
        code.0
    }
}

/// A participant number: eight characters from an alphabet without look-alikes (no 0/O, 1/I),
/// in two groups (`7KQ2-M4XD`), drawn at random for each consultation that takes part. It links
/// the record to the study's own forms; nothing on the device links it to her.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ParticipantNumber(String);

/// The characters of a participant number.
const PARTICIPANT_ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

impl ParticipantNumber {
    /// The number for 40 random bits (more are ignored).
    pub fn from_random(bits: u64) -> Self {
        let mut text = String::with_capacity(9);
        for place in 0..8 {
            if place == 4 {
                text.push('-');
            }
            let index = (bits >> (5 * place)) & 31;
            text.push(char::from(PARTICIPANT_ALPHABET[index as usize]));
        }
        Self(text)
    }

    /// The number as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ParticipantNumber {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, &'static str> {
        let bytes = text.as_bytes();
        let well_formed = bytes.len() == 9
            && bytes.iter().enumerate().all(|(at, byte)| {
                if at == 4 {
                    *byte == b'-'
                } else {
                    PARTICIPANT_ALPHABET.contains(byte)
                }
            });
        if well_formed {
            Ok(Self(text))
        } else {
            Err("not a participant number")
        }
    }
}

impl From<ParticipantNumber> for String {
    fn from(number: ParticipantNumber) -> String {
        number.0
    }
}

/// A week of the year by ISO 8601 (`2026-W49`): the only time a record holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IsoWeek {
    /// The ISO week-numbering year (it can differ from the calendar year around New Year).
    pub year: u16,
    /// 1 to 53.
    pub week: u8,
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-W{:02}", self.year, self.week)
    }
}

/// Days since 1970-01-01 of a date in the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Monday of ISO week 1 of `year`, in days since 1970 (the week that holds 4 January).
fn week_one_monday(year: i64) -> i64 {
    let fourth = days_from_civil(year, 1, 4);
    // 1970-01-01 was a Thursday: weekday 0 = Monday.
    fourth - (fourth + 3).rem_euclid(7)
}

impl IsoWeek {
    /// The week of a date written `YYYY-MM-DD` (as the device clock gives it), or `None` for
    /// anything else.
    pub fn of(date: &str) -> Option<Self> {
        let mut parts = date.split('-');
        let mut number = |digits: usize| {
            parts
                .next()
                .filter(|part| part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|part| part.parse::<i64>().ok())
        };
        let (year, month, day) = (number(4)?, number(2)?, number(2)?);
        if parts.next().is_some() || !(1..=12).contains(&month) {
            return None;
        }
        let month_days = days_from_civil(year + i64::from(month == 12), month % 12 + 1, 1)
            - days_from_civil(year, month, 1);
        if !(1..=month_days).contains(&day) {
            return None;
        }
        let today = days_from_civil(year, month, day);
        let year = [year + 1, year, year - 1]
            .into_iter()
            .find(|candidate| week_one_monday(*candidate) <= today)?;
        let week = (today - week_one_monday(year)) / 7 + 1;
        Some(Self {
            year: u16::try_from(year).ok()?,
            week: u8::try_from(week).ok()?,
        })
    }
}

/// What the aid offers that a study wants to know was used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    /// A page was read aloud.
    ReadAloud,
    /// The summary for the care team was printed.
    PrintSummary,
    /// The take-home summary was printed.
    PrintTakeHome,
}

/// Which of the [`Feature`]s were used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Used {
    /// Read-aloud.
    pub read_aloud: bool,
    /// The summary's print.
    pub printed_summary: bool,
    /// The take-home print.
    pub printed_take_home: bool,
}

/// A consultation that takes part: what it has gathered so far beyond the session itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    /// The study.
    pub study: StudyCode,
    /// Her participant number, shown on screen and on the care team's print.
    pub participant: ParticipantNumber,
    /// The week she said yes.
    pub week: IsoWeek,
    /// Seconds on each step, in [`Step::ALL`]'s order.
    pub seconds: Vec<u32>,
    /// Seconds on the screens that are not steps (take-home, privacy, settings).
    pub other_seconds: u32,
    /// What was used.
    pub used: Used,
}

/// Where a consultation stands in a field test.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Consent {
    /// Not asked (the mode is off, or the question is still to come).
    #[default]
    NotAsked,
    /// She said no: nothing is recorded.
    Declined,
    /// She said yes.
    Given(Participation),
}

/// Every way the field-test part of a consultation changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldTestAction {
    /// She agreed to take part in `study`, in `week`, as `participant`.
    Agree {
        /// The study.
        study: StudyCode,
        /// Her number.
        participant: ParticipantNumber,
        /// This week.
        week: IsoWeek,
    },
    /// She said no.
    Decline,
    /// Time on a screen (a step, or `None` for the other screens), in seconds.
    Spent(Option<Step>, u32),
    /// Something was used.
    Used(Feature),
}

impl Consent {
    /// Applies one action. Pure. Only a consultation that takes part counts time and use; the
    /// answer, once given, is kept until the session ends.
    pub fn apply(&mut self, action: FieldTestAction) {
        match (action, &mut *self) {
            (
                FieldTestAction::Agree {
                    study,
                    participant,
                    week,
                },
                Consent::NotAsked,
            ) => {
                *self = Consent::Given(Participation {
                    study,
                    participant,
                    week,
                    seconds: vec![0; Step::ALL.len()],
                    other_seconds: 0,
                    used: Used::default(),
                });
            }
            (FieldTestAction::Decline, Consent::NotAsked) => *self = Consent::Declined,
            (FieldTestAction::Spent(screen, seconds), Consent::Given(taking_part)) => {
                let slot = match screen.and_then(|step| Step::ALL.iter().position(|s| *s == step)) {
                    Some(index) => taking_part.seconds.get_mut(index),
                    None => Some(&mut taking_part.other_seconds),
                };
                if let Some(slot) = slot {
                    *slot = slot.saturating_add(seconds);
                }
            }
            (FieldTestAction::Used(feature), Consent::Given(taking_part)) => match feature {
                Feature::ReadAloud => taking_part.used.read_aloud = true,
                Feature::PrintSummary => taking_part.used.printed_summary = true,
                Feature::PrintTakeHome => taking_part.used.printed_take_home = true,
            },
            _ => {}
        }
    }

    /// The participation, if she agreed.
    pub fn participation(&self) -> Option<&Participation> {
        match self {
            Consent::Given(taking_part) => Some(taking_part),
            Consent::NotAsked | Consent::Declined => None,
        }
    }
}

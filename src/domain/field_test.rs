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

use std::fmt::{self, Write as _};

use serde::{Deserialize, Serialize};

use crate::content::bundle;

use super::session::Session;
use super::step::{Journey, Step};
use super::sure;
use super::values;

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
            (FieldTestAction::Agree { study, participant, week }, Consent::NotAsked) => {
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
                let slot = match screen.and_then(|step| Step::ALL.iter().position(|s| *s == step))
                {
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

/// Minutes to the half minute, as a count of half minutes (so a record holds no seconds).
fn half_minutes(seconds: u32) -> u32 {
    seconds.saturating_add(15) / 30
}

/// A knowledge answer as the record keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// Not answered.
    None,
    /// The right choice.
    Right,
    /// Another choice.
    Wrong,
}

/// One consultation's record: every field an allow-listed column, nothing else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The study.
    pub study: StudyCode,
    /// Her participant number.
    pub participant: ParticipantNumber,
    /// The aid's version.
    pub aid_version: String,
    /// The evidence's version.
    pub evidence_version: String,
    /// The week she took part.
    pub week: IsoWeek,
    /// The short way (else the full one).
    pub short_way: bool,
    /// Half minutes on each step, in [`Step::ALL`]'s order.
    pub half_minutes: Vec<u32>,
    /// Half minutes in the whole consultation (the steps and the other screens).
    pub total_half_minutes: u32,
    /// SURE score at the start (0–4), if all four were answered.
    pub sure_start: Option<u8>,
    /// SURE score at the end.
    pub sure_end: Option<u8>,
    /// Each knowledge item of the patient's check, in the content's order.
    pub knowledge: Vec<Answer>,
    /// Each value's rating (0 = not important … 3 = very important), in the content's order.
    pub ratings: Vec<Option<u8>>,
    /// The leaning (0 … 4 along the content's scale).
    pub leaning: Option<u8>,
    /// Whether the values step showed the note that her leaning and her top values seem to
    /// point different ways (she saw the step, and her answers at the end are ones it shows the
    /// note for).
    pub mismatch_note: bool,
    /// What was used.
    pub used: Used,
}

/// The versions a record names.
fn aid_version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

impl Record {
    /// The record of a consultation that takes part, from the session as it is now.
    pub fn new(session: &Session, taking_part: &Participation) -> Self {
        let content = bundle();
        let seen_values = Step::ALL
            .iter()
            .position(|step| *step == Step::Values)
            .and_then(|index| taking_part.seconds.get(index))
            .is_some_and(|seconds| *seconds > 0);
        let steps: u32 = taking_part.seconds.iter().sum();
        Self {
            study: taking_part.study.clone(),
            participant: taking_part.participant.clone(),
            aid_version: aid_version().to_owned(),
            evidence_version: content.meta.version.as_str().to_owned(),
            week: taking_part.week,
            short_way: session.journey == Journey::Short,
            half_minutes: taking_part.seconds.iter().map(|s| half_minutes(*s)).collect(),
            total_half_minutes: half_minutes(steps.saturating_add(taking_part.other_seconds)),
            sure_start: session.sure.start.as_ref().and_then(sure::score),
            sure_end: session.sure.end.as_ref().and_then(sure::score),
            knowledge: patient_items()
                .map(|item| match session.knowledge.get(&item.id) {
                    None => Answer::None,
                    Some(choice) if *choice == item.correct => Answer::Right,
                    Some(_) => Answer::Wrong,
                })
                .collect(),
            ratings: content
                .values
                .items
                .iter()
                .map(|item| session.ratings.get(&item.id).map(|r| r.index() as u8))
                .collect(),
            leaning: session.leaning.map(|leaning| leaning.index() as u8),
            mismatch_note: seen_values
                && values::disagreement(&content.values, &session.ratings, session.leaning)
                    .is_some(),
            used: taking_part.used,
        }
    }

    /// The record as named cells, in the export's column order. This is the allow-list: a
    /// column is added here or nowhere.
    pub fn fields(&self) -> Vec<(String, Cell)> {
        let yes_no = |flag: bool| Cell::Text(if flag { "yes" } else { "no" }.to_owned());
        let number = |value: Option<u8>| value.map_or(Cell::Empty, |v| Cell::Number(v.to_string()));
        let mut fields = vec![
            ("schema_version".to_owned(), Cell::Number(SCHEMA_VERSION.to_string())),
            ("study_code".to_owned(), Cell::Text(self.study.as_str().to_owned())),
            ("participant".to_owned(), Cell::Text(self.participant.as_str().to_owned())),
            ("aid_version".to_owned(), Cell::Text(self.aid_version.clone())),
            ("evidence_version".to_owned(), Cell::Text(self.evidence_version.clone())),
            ("week".to_owned(), Cell::Text(self.week.to_string())),
            (
                "way".to_owned(),
                Cell::Text(if self.short_way { "short" } else { "full" }.to_owned()),
            ),
            ("minutes_total".to_owned(), Cell::Number(minutes(self.total_half_minutes))),
        ];
        for (step, half) in Step::ALL.iter().zip(&self.half_minutes) {
            fields.push((format!("minutes_{}", step.id()), Cell::Number(minutes(*half))));
        }
        fields.push(("sure_start".to_owned(), number(self.sure_start)));
        fields.push(("sure_end".to_owned(), number(self.sure_end)));
        for (item, answer) in patient_items().zip(&self.knowledge) {
            let cell = match answer {
                Answer::None => Cell::Empty,
                Answer::Right => Cell::Text("right".to_owned()),
                Answer::Wrong => Cell::Text("wrong".to_owned()),
            };
            fields.push((format!("knowledge_{}", item.id.as_str()), cell));
        }
        for (item, rating) in bundle().values.items.iter().zip(&self.ratings) {
            fields.push((format!("rating_{}", item.id.as_str()), number(*rating)));
        }
        fields.push(("leaning".to_owned(), number(self.leaning)));
        fields.push(("mismatch_note_shown".to_owned(), yes_no(self.mismatch_note)));
        fields.push(("read_aloud_used".to_owned(), yes_no(self.used.read_aloud)));
        fields.push(("printed_summary".to_owned(), yes_no(self.used.printed_summary)));
        fields.push(("printed_take_home".to_owned(), yes_no(self.used.printed_take_home)));
        fields
    }
}

/// The knowledge items a patient answers (the clinician's items are not hers).
fn patient_items() -> impl Iterator<Item = &'static crate::content::KnowledgeItem> {
    bundle()
        .knowledge
        .iter()
        .filter(|item| item.audience == crate::content::Audience::Patient)
}

/// Half minutes as minutes: `3`, `3.5`.
fn minutes(half: u32) -> String {
    if half % 2 == 0 {
        (half / 2).to_string()
    } else {
        format!("{}.5", half / 2)
    }
}

/// One cell of the export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Nothing (not answered).
    Empty,
    /// A number, written as it is.
    Number(String),
    /// Words from the allow-list's own vocabulary (codes, ids, yes/no).
    Text(String),
}

/// The export's column names: those of any record (they do not depend on the answers).
pub fn columns() -> Vec<String> {
    let example = Participation {
        study: StudyCode("X".repeat(StudyCode::MIN)),
        participant: ParticipantNumber::from_random(0),
        week: IsoWeek { year: 2026, week: 1 },
        seconds: vec![0; Step::ALL.len()],
        other_seconds: 0,
        used: Used::default(),
    };
    Record::new(&Session::default(), &example)
        .fields()
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// A CSV cell: quoted when it holds a comma, a quote or a line break.
fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The records as CSV, for a spreadsheet: UTF-8 with a byte-order mark (so spreadsheets read it
/// as UTF-8), a header row, lines ended by CR LF.
pub fn csv(records: &[Record]) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = columns().iter().map(|name| csv_cell(name)).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for record in records {
        let row: Vec<String> = record
            .fields()
            .into_iter()
            .map(|(_, cell)| match cell {
                Cell::Empty => String::new(),
                Cell::Number(text) | Cell::Text(text) => csv_cell(&text),
            })
            .collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The records as JSON: `{"schema_version": 1, "columns": [...], "records": [{...}, ...]}`, each
/// record an object with every column (null where not answered).
pub fn json(records: &[Record]) -> String {
    let columns: Vec<String> = columns().iter().map(|name| json_string(name)).collect();
    let rows: Vec<String> = records
        .iter()
        .map(|record| {
            let cells: Vec<String> = record
                .fields()
                .into_iter()
                .map(|(name, cell)| {
                    let value = match cell {
                        Cell::Empty => "null".to_owned(),
                        Cell::Number(text) => text,
                        Cell::Text(text) => json_string(&text),
                    };
                    format!("{}: {value}", json_string(&name))
                })
                .collect();
            format!("    {{{}}}", cells.join(", "))
        })
        .collect();
    format!(
        "{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"columns\": [{}],\n  \"records\": [\n{}\n  ]\n}}\n",
        columns.join(", "),
        rows.join(",\n")
    )
}

/// The records kept on this device, at most [`RecordStore::CAP`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordStore {
    records: Vec<Record>,
}

/// Why a record was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotKept {
    /// The store holds [`RecordStore::CAP`] records: export and delete them first.
    Full,
}

impl RecordStore {
    /// The most records kept (a clinic's study, exported regularly; a bound on storage).
    pub const CAP: usize = 500;
    /// From this many records on, the settings screen and the frame warn that the cap is near.
    pub const WARN_AT: usize = 450;

    /// The records, oldest first.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// Keeps a consultation's record, replacing its earlier state (same participant).
    pub fn keep(&mut self, record: Record) -> Result<(), NotKept> {
        if let Some(kept) = self
            .records
            .iter_mut()
            .find(|kept| kept.participant == record.participant)
        {
            *kept = record;
            return Ok(());
        }
        if self.records.len() >= Self::CAP {
            return Err(NotKept::Full);
        }
        self.records.push(record);
        Ok(())
    }

    /// Whether the cap is near.
    pub fn nearly_full(&self) -> bool {
        self.records.len() >= Self::WARN_AT
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::{Action, Leaning, Rating};
    use crate::domain::sure::SurePhase;
    use proptest::prelude::*;

    fn study() -> StudyCode {
        StudyCode::parse("LTA-PILOT-1").unwrap()
    }

    fn agree(participant: u64) -> Action {
        Action::FieldTest(FieldTestAction::Agree {
            study: study(),
            participant: ParticipantNumber::from_random(participant),
            week: IsoWeek::of("2026-12-06").unwrap(),
        })
    }

    /// A consultation that agreed, went the full way, and used everything a record counts.
    fn scripted() -> Session {
        let content = bundle();
        let mut session = Session::default();
        session.apply(agree(0x1234_5678_9a));
        session.apply(Action::SetNotes("PRIVATE-NOTE her sister's name".into()));
        for step in [Step::Start, Step::Situation, Step::Values, Step::Summary] {
            session.apply(Action::FieldTest(FieldTestAction::Spent(Some(step), 95)));
        }
        session.apply(Action::FieldTest(FieldTestAction::Spent(None, 40)));
        let first = &content.values.items[0];
        session.apply(Action::Rate(first.id.as_str().into(), Rating::Very));
        session.apply(Action::SetLeaning(Some(Leaning::ALL[0])));
        for index in 0..4 {
            session.apply(Action::AnswerSure(SurePhase::Start, index, Some(index < 2)));
            session.apply(Action::AnswerSure(SurePhase::End, index, Some(true)));
        }
        let item = patient_items().next().unwrap();
        session.apply(Action::AnswerKnowledge(
            item.id.as_str().into(),
            item.correct.as_str().into(),
        ));
        session.apply(Action::FieldTest(FieldTestAction::Used(Feature::ReadAloud)));
        session.apply(Action::FieldTest(FieldTestAction::Used(Feature::PrintSummary)));
        session
    }

    fn record_of(session: &Session) -> Record {
        Record::new(session, session.field_test.participation().unwrap())
    }

    #[test]
    fn study_codes_follow_their_rule() {
        for good in ["ABC", "LTA-PILOT-1", "2026-ETHICS-0042", " ABC "] {
            assert!(StudyCode::parse(good).is_ok(), "{good}");
        }
        assert_eq!(StudyCode::parse("AB"), Err(StudyCodeProblem::Length));
        assert_eq!(StudyCode::parse(&"A".repeat(21)), Err(StudyCodeProblem::Length));
        for bad in ["abc", "AB C", "-ABC", "ÄBC", "AB;C", "JANE-DOE?"] {
            assert_eq!(StudyCode::parse(bad), Err(StudyCodeProblem::Characters), "{bad}");
        }
        assert_eq!(StudyCode::parse(" ABC ").unwrap().as_str(), "ABC");
    }

    #[test]
    fn participant_numbers_are_eight_unambiguous_characters_and_read_back() {
        let number = ParticipantNumber::from_random(0);
        assert_eq!(number.as_str(), "2222-2222");
        let number = ParticipantNumber::from_random(u64::MAX);
        assert_eq!(number.as_str(), "ZZZZ-ZZZZ");
        let text = String::from(ParticipantNumber::from_random(0x1234_5678_9a));
        assert_eq!(ParticipantNumber::try_from(text.clone()).unwrap().as_str(), text);
        for bad in ["2222-222O", "22222222", "2222-22220", "2222_2222"] {
            assert!(ParticipantNumber::try_from(bad.to_owned()).is_err(), "{bad}");
        }
    }

    #[test]
    fn weeks_follow_iso_8601() {
        for (date, week) in [
            ("2026-12-06", "2026-W49"),
            ("2026-01-01", "2026-W01"),
            ("2021-01-03", "2020-W53"),
            ("2024-12-30", "2025-W01"),
            ("2020-12-31", "2020-W53"),
            ("2027-01-01", "2026-W53"),
            ("2000-02-29", "2000-W09"),
        ] {
            assert_eq!(IsoWeek::of(date).unwrap().to_string(), week, "{date}");
        }
        for bad in ["", "2026-13-01", "2026-02-30", "2025-02-29", "26-12-06", "2026-12-06x", "2026/12/06"] {
            assert_eq!(IsoWeek::of(bad), None, "{bad}");
        }
    }

    proptest! {
        /// Week numbers run 1 to 53, and change only from a Sunday to a Monday.
        #[test]
        fn weeks_change_only_on_mondays(day in 0i64..80_000) {
            let civil = |days: i64| {
                // Days since 1970 back to a date (the inverse of `days_from_civil`).
                let z = days + 719_468;
                let era = z.div_euclid(146_097);
                let doe = z - era * 146_097;
                let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
                let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
                let mp = (5 * doy + 2) / 153;
                let d = doy - (153 * mp + 2) / 5 + 1;
                let m = if mp < 10 { mp + 3 } else { mp - 9 };
                let y = yoe + era * 400 + i64::from(m <= 2);
                format!("{y:04}-{m:02}-{d:02}")
            };
            let today = IsoWeek::of(&civil(day)).unwrap();
            let tomorrow = IsoWeek::of(&civil(day + 1)).unwrap();
            prop_assert!((1..=53).contains(&today.week));
            let monday = (day + 1 + 3).rem_euclid(7) == 0;
            prop_assert_eq!(today != tomorrow, monday);
        }

        /// Nothing typed anywhere reaches an export: her notes, and any text put where an answer
        /// could go, never appear in the CSV or the JSON.
        #[test]
        fn nothing_typed_reaches_an_export(typed in "[a-zA-Z0-9 ,.'\"]{0,40}", minutes in 0u32..100_000) {
            let marker = format!("TYPED-{typed}");
            let mut session = scripted();
            session.apply(Action::SetNotes(marker.clone()));
            session.apply(Action::ToggleQuestion(marker.as_str().into()));
            session.apply(Action::Rate(marker.as_str().into(), Rating::Very));
            session.apply(Action::AnswerKnowledge(marker.as_str().into(), marker.as_str().into()));
            session.apply(Action::FieldTest(FieldTestAction::Spent(Some(Step::Harms), minutes)));
            let records = [record_of(&session)];
            prop_assert!(!csv(&records).contains("TYPED-"));
            prop_assert!(!json(&records).contains("TYPED-"));
        }
    }

    #[test]
    fn only_a_consultation_that_agreed_counts_time_and_use() {
        let mut session = Session::default();
        session.apply(Action::FieldTest(FieldTestAction::Spent(Some(Step::Start), 30)));
        session.apply(Action::FieldTest(FieldTestAction::Used(Feature::ReadAloud)));
        assert_eq!(session, Session::default());
        session.apply(Action::FieldTest(FieldTestAction::Decline));
        assert_eq!(session.field_test, Consent::Declined);
        // Once answered, the answer stands until the session ends.
        session.apply(agree(1));
        assert_eq!(session.field_test, Consent::Declined);
        assert!(session.has_patient_data(), "the idle timeout must end it");
        session.apply(Action::EndSession);
        session.apply(agree(1));
        session.apply(Action::FieldTest(FieldTestAction::Decline));
        let taking_part = session.field_test.participation().unwrap();
        assert_eq!(taking_part.participant, ParticipantNumber::from_random(1));
        session.apply(Action::FieldTest(FieldTestAction::Spent(Some(Step::Harms), 20)));
        session.apply(Action::FieldTest(FieldTestAction::Spent(Some(Step::Harms), 25)));
        session.apply(Action::FieldTest(FieldTestAction::Spent(None, u32::MAX)));
        let taking_part = session.field_test.participation().unwrap();
        let harms = Step::ALL.iter().position(|s| *s == Step::Harms).unwrap();
        assert_eq!(taking_part.seconds[harms], 45);
        assert_eq!(taking_part.other_seconds, u32::MAX);
        assert_eq!(record_of(&session).total_half_minutes, u32::MAX / 30);
    }

    #[test]
    fn a_record_holds_the_allow_list_and_nothing_else() {
        let session = scripted();
        let record = record_of(&session);
        let names: Vec<String> = record.fields().into_iter().map(|(name, _)| name).collect();
        assert_eq!(names, columns());
        let golden = include_str!("../../tests/fixtures/field-test-columns.txt");
        assert_eq!(
            columns().join("\n") + "\n",
            golden,
            "the export's columns changed: if the change is meant (an allow-listed field), update \
             tests/fixtures/field-test-columns.txt, docs/evaluation.md and SCHEMA_VERSION"
        );
        let cell = |name: &str| {
            record
                .fields()
                .into_iter()
                .find(|(n, _)| n == name)
                .map(|(_, cell)| cell)
                .unwrap()
        };
        let text = |value: &str| Cell::Text(value.to_owned());
        let number = |value: &str| Cell::Number(value.to_owned());
        assert_eq!(cell("study_code"), text("LTA-PILOT-1"));
        assert_eq!(cell("week"), text("2026-W49"));
        assert_eq!(cell("way"), text("full"));
        // 95 s is 3 half minutes; four steps and 40 s elsewhere: 420 s, 14 half minutes.
        assert_eq!(cell("minutes_values"), number("1.5"));
        assert_eq!(cell("minutes_harms"), number("0"));
        assert_eq!(cell("minutes_total"), number("7"));
        assert_eq!(cell("sure_start"), number("2"));
        assert_eq!(cell("sure_end"), number("4"));
        assert_eq!(cell("leaning"), number("0"));
        assert_eq!(cell("read_aloud_used"), text("yes"));
        assert_eq!(cell("printed_summary"), text("yes"));
        assert_eq!(cell("printed_take_home"), text("no"));
        let first_item = patient_items().next().unwrap();
        assert_eq!(cell(&format!("knowledge_{}", first_item.id.as_str())), text("right"));
        let first_value = &bundle().values.items[0];
        assert_eq!(cell(&format!("rating_{}", first_value.id.as_str())), number("3"));
    }

    #[test]
    fn the_csv_opens_in_a_spreadsheet_and_the_json_reads_back() {
        let records = [record_of(&scripted())];
        let csv = csv(&records);
        assert!(csv.starts_with('\u{feff}'), "a byte-order mark first");
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines.len(), 3, "header, one row, and the last line's end");
        assert_eq!(lines[0], columns().join(","));
        assert_eq!(lines[1].split(',').count(), columns().len());
        assert_eq!(lines[2], "");
        let json: serde_json::Value = serde_json::from_str(&json(&records)).unwrap();
        assert_eq!(json["schema_version"], SCHEMA_VERSION);
        let record = json["records"][0].as_object().unwrap();
        let keys: Vec<&String> = record.keys().collect();
        let mut sorted = columns();
        sorted.sort();
        assert_eq!(keys, sorted.iter().collect::<Vec<_>>());
        assert_eq!(record["participant"], "U6YE-7UA4");
        assert_eq!(record["sure_end"], 4);
        assert_eq!(json["columns"].as_array().unwrap().len(), columns().len());
        // Not answered reads as empty, never as a wrong answer.
        assert_eq!(super::csv(&[]).trim_start_matches('\u{feff}'), columns().join(",") + "\r\n");
    }

    #[test]
    fn the_store_keeps_one_record_per_consultation_up_to_its_cap() {
        let mut store = RecordStore::default();
        let mut session = scripted();
        store.keep(record_of(&session)).unwrap();
        session.apply(Action::FieldTest(FieldTestAction::Used(Feature::PrintTakeHome)));
        store.keep(record_of(&session)).unwrap();
        assert_eq!(store.records().len(), 1, "the same consultation, kept again");
        assert!(store.records()[0].used.printed_take_home);
        for n in 1..RecordStore::CAP as u64 {
            let mut other = Session::default();
            other.apply(agree(n));
            store.keep(record_of(&other)).unwrap();
            assert_eq!(store.nearly_full(), store.records().len() >= RecordStore::WARN_AT);
        }
        assert_eq!(store.records().len(), RecordStore::CAP);
        let mut one_more = Session::default();
        one_more.apply(agree(RecordStore::CAP as u64 + 7));
        assert_eq!(store.keep(record_of(&one_more)), Err(NotKept::Full));
        // The ones already kept can still be brought up to date.
        store.keep(record_of(&session)).unwrap();
    }
}

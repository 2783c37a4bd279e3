//! A consultation's record ([`Record`]: the allow-list, as the export's named cells), the export
//! as CSV and JSON, and the store of records on the device ([`RecordStore`]).
//!
//! The store keeps each record as its CSV row, the export's own format: a text cell in quotes, a
//! number bare, an empty cell empty, so the row says which cell is which kind, the JSON export
//! follows from it, and reading a store back is a strict check of that format (no decoder to
//! ship beside the encoder).

use std::fmt::Write as _;

use crate::content::bundle;
use crate::domain::session::Session;
use crate::domain::step::{Journey, Step};
use crate::domain::sure;
use crate::domain::values;

use super::{Participation, SCHEMA_VERSION};

/// One cell of the export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Nothing (not answered).
    Empty,
    /// A number: digits, with `.5` for a half minute.
    Number(String),
    /// Words from the allow-list's own vocabulary: codes, ids, versions, yes/no (letters, digits,
    /// dots and hyphens only).
    Text(String),
}

impl Cell {
    /// The cell's words, as a table shows them.
    pub fn as_str(&self) -> &str {
        match self {
            Cell::Empty => "",
            Cell::Number(text) | Cell::Text(text) => text,
        }
    }

    /// The cell as CSV: text in quotes, a number bare, nothing for empty.
    fn csv(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Number(text) => text.clone(),
            Cell::Text(text) => format!("\"{text}\""),
        }
    }

    /// A CSV cell as [`Cell::csv`] writes it, or `None` for anything else.
    fn from_csv(text: &str) -> Option<Self> {
        let word = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
        if text.is_empty() {
            Some(Cell::Empty)
        } else if let Some(inner) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
            inner
                .chars()
                .all(word)
                .then(|| Cell::Text(inner.to_owned()))
        } else {
            let (whole, half) = text.split_once('.').unwrap_or((text, ""));
            let digits = !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit());
            (digits && (half.is_empty() || half == "5")).then(|| Cell::Number(text.to_owned()))
        }
    }
}

/// Half minutes as minutes, to the half minute (a record holds no seconds): `3`, `3.5`.
fn minutes(seconds: u32) -> Cell {
    let half = seconds.saturating_add(15) / 30;
    Cell::Number(if half.is_multiple_of(2) {
        (half / 2).to_string()
    } else {
        format!("{}.5", half / 2)
    })
}

/// The knowledge items a patient answers (the clinician's items are not hers).
pub(super) fn patient_items() -> impl Iterator<Item = &'static crate::content::KnowledgeItem> {
    bundle()
        .knowledge
        .iter()
        .filter(|item| item.audience == crate::content::Audience::Patient)
}

/// One consultation's record: named cells, in the export's column order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    fields: Vec<(String, Cell)>,
}

impl Record {
    /// The record of a consultation that takes part, from the session as it is now. This is the
    /// allow-list: a column is added here or nowhere.
    pub fn new(session: &Session, taking_part: &Participation) -> Self {
        let content = bundle();
        let text = |words: &str| Cell::Text(words.to_owned());
        let yes_no = |flag: bool| text(if flag { "yes" } else { "no" });
        let number =
            |value: Option<usize>| value.map_or(Cell::Empty, |v| Cell::Number(v.to_string()));
        let seconds_on = |step: Step| {
            Step::ALL
                .iter()
                .position(|s| *s == step)
                .and_then(|index| taking_part.seconds.get(index))
                .copied()
                .unwrap_or(0)
        };
        let steps: u32 = taking_part.seconds.iter().sum();
        let mut fields = vec![
            (
                "schema_version".to_owned(),
                Cell::Number(SCHEMA_VERSION.to_string()),
            ),
            ("study_code".to_owned(), text(taking_part.study.as_str())),
            (
                "participant".to_owned(),
                text(taking_part.participant.as_str()),
            ),
            ("aid_version".to_owned(), text(env!("CARGO_PKG_VERSION"))),
            (
                "evidence_version".to_owned(),
                text(content.meta.version.as_str()),
            ),
            ("week".to_owned(), text(&taking_part.week.to_string())),
            (
                "way".to_owned(),
                text(if session.journey == Journey::Short {
                    "short"
                } else {
                    "full"
                }),
            ),
            (
                "minutes_total".to_owned(),
                minutes(steps.saturating_add(taking_part.other_seconds)),
            ),
        ];
        for step in Step::ALL {
            fields.push((format!("minutes_{}", step.id()), minutes(seconds_on(step))));
        }
        let sure = |answers: Option<&sure::SureAnswers>| {
            number(answers.and_then(sure::score).map(usize::from))
        };
        fields.push(("sure_start".to_owned(), sure(session.sure.start.as_ref())));
        fields.push(("sure_end".to_owned(), sure(session.sure.end.as_ref())));
        for item in patient_items() {
            let cell = match session.knowledge.get(&item.id) {
                None => Cell::Empty,
                Some(choice) if *choice == item.correct => text("right"),
                Some(_) => text("wrong"),
            };
            fields.push((format!("knowledge_{}", item.id.as_str()), cell));
        }
        for item in content.values.items.iter() {
            let rating = session.ratings.get(&item.id).map(|r| r.index());
            fields.push((format!("rating_{}", item.id.as_str()), number(rating)));
        }
        fields.push((
            "leaning".to_owned(),
            number(session.leaning.map(|l| l.index())),
        ));
        // The note shows on the values step: she saw the step, and her answers at the end are
        // ones it shows the note for.
        let mismatch = seconds_on(Step::Values) > 0
            && values::disagreement(&content.values, &session.ratings, session.leaning).is_some();
        fields.push(("mismatch_note_shown".to_owned(), yes_no(mismatch)));
        let used = taking_part.used;
        fields.push(("read_aloud_used".to_owned(), yes_no(used.read_aloud)));
        fields.push(("printed_summary".to_owned(), yes_no(used.printed_summary)));
        fields.push((
            "printed_take_home".to_owned(),
            yes_no(used.printed_take_home),
        ));
        Self { fields }
    }

    /// The named cells, in the export's column order.
    pub fn fields(&self) -> &[(String, Cell)] {
        &self.fields
    }

    /// The cell of a column.
    pub fn cell(&self, column: &str) -> Option<&Cell> {
        self.fields
            .iter()
            .find(|(name, _)| name == column)
            .map(|(_, cell)| cell)
    }

    /// Her participant number.
    pub fn participant(&self) -> &str {
        self.cell("participant").map_or("", Cell::as_str)
    }

    /// The record as a CSV row.
    fn row(&self) -> String {
        let cells: Vec<String> = self.fields.iter().map(|(_, cell)| cell.csv()).collect();
        cells.join(",")
    }

    /// A record from its CSV row, if every cell is one [`Cell::csv`] writes, one per column.
    fn from_row(row: &str, columns: &[String]) -> Option<Self> {
        let cells: Vec<&str> = row.split(',').collect();
        if cells.len() != columns.len() {
            return None;
        }
        let fields = columns
            .iter()
            .zip(cells)
            .map(|(name, cell)| Some((name.clone(), Cell::from_csv(cell)?)))
            .collect::<Option<Vec<_>>>()?;
        let record = Self { fields };
        let participant = super::ParticipantNumber::try_from(record.participant().to_owned());
        participant.is_ok().then_some(record)
    }
}

/// The export's column names: those of any record (they do not depend on the answers).
pub fn columns() -> Vec<String> {
    let example = Participation {
        study: super::StudyCode("XXX".to_owned()),
        participant: super::ParticipantNumber::from_random(0),
        week: super::IsoWeek {
            year: 2026,
            week: 1,
        },
        seconds: vec![0; Step::ALL.len()],
        other_seconds: 0,
        used: super::Used::default(),
    };
    Record::new(&Session::default(), &example)
        .fields
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// The records as CSV, for a spreadsheet: UTF-8 with a byte-order mark (so spreadsheets read it
/// as UTF-8), a header row, lines ended by CR LF.
pub fn csv(records: &[Record]) -> String {
    let mut out = format!("\u{feff}{}\r\n", columns().join(","));
    for record in records {
        out.push_str(&record.row());
        out.push_str("\r\n");
    }
    out
}

/// The records as JSON: `{"schema_version": 1, "columns": [...], "records": [{...}, ...]}`, each
/// record an object with every column (null where not answered). Every name and text is from the
/// allow-list's vocabulary, so none needs escaping.
pub fn json(records: &[Record]) -> String {
    let quoted = |text: &str| format!("\"{text}\"");
    let columns: Vec<String> = columns().iter().map(|name| quoted(name)).collect();
    let mut rows = Vec::new();
    for record in records {
        let mut row = String::from("    {");
        for (at, (name, cell)) in record.fields.iter().enumerate() {
            let value = match cell {
                Cell::Empty => "null".to_owned(),
                Cell::Number(text) => text.clone(),
                Cell::Text(text) => quoted(text),
            };
            let _ = write!(
                row,
                "{}\"{name}\": {value}",
                if at == 0 { "" } else { ", " }
            );
        }
        row.push('}');
        rows.push(row);
    }
    format!(
        "{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"columns\": [{}],\n  \"records\": [\n{}\n  ]\n}}\n",
        columns.join(", "),
        rows.join(",\n")
    )
}

/// The records kept on this device, at most [`RecordStore::CAP`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
            .find(|kept| kept.participant() == record.participant())
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

    /// The store as text: the header, then a row per record (the CSV export without its
    /// byte-order mark and with plain line ends).
    pub fn to_text(&self) -> String {
        let mut out = columns().join(",");
        for record in &self.records {
            out.push('\n');
            out.push_str(&record.row());
        }
        out
    }

    /// A store from [`RecordStore::to_text`]'s text: all of it or nothing. A header of other
    /// columns (another version of the allow-list) or any row that is not exactly a record's
    /// refuses the whole text, so a store is never read in part or read wrong.
    pub fn from_text(text: &str) -> Option<Self> {
        let columns = columns();
        let mut lines = text.split('\n');
        if lines.next()? != columns.join(",") {
            return None;
        }
        let records = lines
            .map(|row| Record::from_row(row, &columns))
            .collect::<Option<Vec<_>>>()?;
        (records.len() <= Self::CAP).then_some(Self { records })
    }
}

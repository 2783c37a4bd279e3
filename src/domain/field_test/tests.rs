//! The field test's rules: codes, numbers, weeks, consent, the record's allow-list, the export
//! and the store.

use super::record::patient_items;
use super::*;
use crate::content::bundle;
use crate::domain::session::Session;
use crate::domain::session::{Action, Leaning, Rating};
use crate::domain::step::Step;
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
    session.apply(agree(0x0012_3456_789a));
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
    session.apply(Action::FieldTest(FieldTestAction::Used(
        Feature::PrintSummary,
    )));
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
    assert_eq!(
        StudyCode::parse(&"A".repeat(21)),
        Err(StudyCodeProblem::Length)
    );
    for bad in ["abc", "AB C", "-ABC", "ÄBC", "AB;C", "JANE-DOE?"] {
        assert_eq!(
            StudyCode::parse(bad),
            Err(StudyCodeProblem::Characters),
            "{bad}"
        );
    }
    assert_eq!(StudyCode::parse(" ABC ").unwrap().as_str(), "ABC");
    // The refusal says the rule, in the content's words.
    assert_eq!(
        StudyCodeProblem::Length.to_string(),
        "A study code has 3 to 20 characters."
    );
    assert!(
        StudyCodeProblem::Characters
            .to_string()
            .starts_with("Use only capital letters")
    );
}

#[test]
fn participant_numbers_are_eight_unambiguous_characters_and_read_back() {
    let number = ParticipantNumber::from_random(0);
    assert_eq!(number.as_str(), "2222-2222");
    let number = ParticipantNumber::from_random(u64::MAX);
    assert_eq!(number.as_str(), "ZZZZ-ZZZZ");
    let text = String::from(ParticipantNumber::from_random(0x0012_3456_789a));
    assert_eq!(
        ParticipantNumber::try_from(text.clone()).unwrap().as_str(),
        text
    );
    for bad in ["2222-222O", "22222222", "2222-22220", "2222_2222"] {
        assert!(
            ParticipantNumber::try_from(bad.to_owned()).is_err(),
            "{bad}"
        );
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
    for bad in [
        "",
        "2026-13-01",
        "2026-02-30",
        "2025-02-29",
        "26-12-06",
        "2026-12-06x",
        "2026/12/06",
    ] {
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
    session.apply(Action::FieldTest(FieldTestAction::Spent(
        Some(Step::Start),
        30,
    )));
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
    session.apply(Action::FieldTest(FieldTestAction::Spent(
        Some(Step::Harms),
        20,
    )));
    session.apply(Action::FieldTest(FieldTestAction::Spent(
        Some(Step::Harms),
        25,
    )));
    session.apply(Action::FieldTest(FieldTestAction::Spent(None, u32::MAX)));
    let taking_part = session.field_test.participation().unwrap();
    let harms = Step::ALL.iter().position(|s| *s == Step::Harms).unwrap();
    assert_eq!(taking_part.seconds[harms], 45);
    assert_eq!(taking_part.other_seconds, u32::MAX);
    // Saturated, never wrapped: u32::MAX seconds is 143,165,576 half minutes.
    assert_eq!(
        record_of(&session).cell("minutes_total"),
        Some(&Cell::Number("71582788".to_owned()))
    );
}

#[test]
fn a_record_holds_the_allow_list_and_nothing_else() {
    let session = scripted();
    let record = record_of(&session);
    let names: Vec<String> = record
        .fields()
        .iter()
        .map(|(name, _)| name.clone())
        .collect();
    assert_eq!(names, columns());
    let golden = include_str!("../../../tests/fixtures/field-test-columns.txt");
    assert_eq!(
        columns().join("\n") + "\n",
        golden,
        "the export's columns changed: if the change is meant (an allow-listed field), update \
         tests/fixtures/field-test-columns.txt, docs/evaluation.md and SCHEMA_VERSION"
    );
    let cell = |name: &str| record.cell(name).unwrap().clone();
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
    assert_eq!(
        cell(&format!("knowledge_{}", first_item.id.as_str())),
        text("right")
    );
    let first_value = &bundle().values.items[0];
    assert_eq!(
        cell(&format!("rating_{}", first_value.id.as_str())),
        number("3")
    );
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
    assert_eq!(
        super::csv(&[]).trim_start_matches('\u{feff}'),
        columns().join(",") + "\r\n"
    );
}

#[test]
fn the_store_keeps_one_record_per_consultation_up_to_its_cap() {
    let mut store = RecordStore::default();
    let mut session = scripted();
    store.keep(record_of(&session)).unwrap();
    session.apply(Action::FieldTest(FieldTestAction::Used(
        Feature::PrintTakeHome,
    )));
    store.keep(record_of(&session)).unwrap();
    assert_eq!(
        store.records().len(),
        1,
        "the same consultation, kept again"
    );
    assert_eq!(
        store.records()[0].cell("printed_take_home"),
        Some(&Cell::Text("yes".to_owned()))
    );
    for n in 1..RecordStore::CAP as u64 {
        let mut other = Session::default();
        other.apply(agree(n));
        store.keep(record_of(&other)).unwrap();
        assert_eq!(
            store.nearly_full(),
            store.records().len() >= RecordStore::WARN_AT
        );
    }
    assert_eq!(store.records().len(), RecordStore::CAP);
    let mut one_more = Session::default();
    one_more.apply(agree(RecordStore::CAP as u64 + 7));
    assert_eq!(store.keep(record_of(&one_more)), Err(NotKept::Full));
    // The ones already kept can still be brought up to date.
    store.keep(record_of(&session)).unwrap();
}

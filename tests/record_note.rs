//! The note for the medical record (native): a whole consultation, scripted as the browser tests
//! enter it (`web-tests/tests/helpers.js`, `fillSession`), gives exactly the golden text in
//! `tests/fixtures/record-note.txt`, which the Playwright test reads back from the clipboard too;
//! and the note holds nothing she typed and nothing of her situation.
//!
//! When the content changes what the note says (a short answer, the evidence version), review the
//! new text the failure prints and write it into the fixture, or run
//! `RECORD_NOTE_WRITE=1 cargo test --test record_note` and review the diff.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

use std::path::Path;

use local_therapy_aid::content::bundle;
use local_therapy_aid::domain::record_note::record_note;
use local_therapy_aid::domain::session::{Action, Leaning, Rating, Session};
use local_therapy_aid::domain::situation::{
    BreastProblems, Extent, Response, Sites, SituationChange, Status, TrialAvailable,
};
use local_therapy_aid::domain::sure::SurePhase;

/// What she typed in the notes box: her words, which the note must never hold.
const NOTES: &str = "Ask about <img src=x onerror=alert(1)> and <script>alert(2)</script>\nBring my daughter & my list. Zebra-tulip 4417";

fn fixture() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/record-note.txt"
    ))
}

/// The example consultation of the browser tests: SURE at the start all "yes", her situation,
/// four ratings, her leaning, SURE at the end (yes, no, yes, no), three questions, her notes.
fn consultation() -> Session {
    let mut session = Session::default();
    for question in 0..4 {
        session.apply(Action::AnswerSure(SurePhase::Start, question, Some(true)));
    }
    for change in [
        SituationChange::BreastProblems(BreastProblems::No),
        SituationChange::Response(Response::RespondingOrStable),
        SituationChange::Sites(Sites::BoneOnly),
        SituationChange::Extent(Extent::OneOrFew),
        SituationChange::Hormone(Status::Positive),
        SituationChange::Her2(Status::Negative),
        SituationChange::Trial(TrialAvailable::No),
    ] {
        session.apply(Action::ChangeSituation(change));
    }
    for (id, rating) in [
        ("avoid-operation", Rating::Very),
        ("avoid-arm-swelling", Rating::Important),
        ("live-longest", Rating::ALittle),
        ("time-and-cost", Rating::NotImportant),
    ] {
        session.apply(Action::Rate(id.into(), rating));
    }
    session.apply(Action::SetLeaning(Some(Leaning::TowardsMedicines)));
    for (question, yes) in [true, false, true, false].into_iter().enumerate() {
        session.apply(Action::AnswerSure(SurePhase::End, question, Some(yes)));
    }
    for id in ["armpit-surgery", "radiotherapy-instead", "talk-again"] {
        session.apply(Action::ToggleQuestion(id.into()));
    }
    session.apply(Action::SetNotes(NOTES.to_owned()));
    session
}

#[test]
fn the_note_of_a_whole_consultation_is_the_golden_text() {
    let note = record_note(&consultation(), bundle());
    if std::env::var_os("RECORD_NOTE_WRITE").is_some() {
        std::fs::write(fixture(), &note).unwrap();
    }
    let golden = std::fs::read_to_string(fixture()).unwrap();
    assert!(
        note == golden,
        "the note differs from {}: if the change is meant, review this text and write it there \
         (no line break at the end):\n{note}",
        fixture().display()
    );
}

#[test]
fn the_note_holds_nothing_she_typed_nor_her_situation() {
    let note = record_note(&consultation(), bundle());
    assert!(!note.is_empty());
    for typed in ["Zebra-tulip", "daughter", "<script>", "alert(", NOTES] {
        assert!(!note.contains(typed), "the note holds {typed:?}:\n{note}");
    }
    // Her situation's answers (the summary prints them; the note does not).
    for answer in [
        "Bone only",
        "One or a few",
        "It is shrinking or staying the same",
    ] {
        assert!(!note.contains(answer), "the note holds {answer:?}:\n{note}");
    }
    // And typing other notes changes nothing in it.
    let mut other = consultation();
    other.apply(Action::SetNotes("Something else entirely".to_owned()));
    assert_eq!(record_note(&other, bundle()), note);
}

#[test]
fn the_note_says_what_the_summary_shows_for_her_answers() {
    let session = consultation();
    let note = record_note(&session, bundle());
    for line in [
        "Most important to her (Very important): Avoiding an operation.",
        "Leaning: Leaning towards medicines now.",
        "SURE test at the start: 4 of 4.",
        "SURE test at the end: 2 of 4.",
    ] {
        assert!(
            note.lines().any(|l| l == line),
            "no line {line:?} in:\n{note}"
        );
    }
    // Her leaning and ratings are hers: change them and the note follows.
    let mut changed = session.clone();
    changed.apply(Action::SetLeaning(None));
    changed.apply(Action::Unrate("avoid-operation".into()));
    let note = record_note(&changed, bundle());
    assert!(note.lines().any(|l| l == "Leaning: not set."), "{note}");
    assert!(
        note.lines()
            .any(|l| l == "Most important to her (Important): Avoiding arm swelling."),
        "{note}"
    );
}

//! The reading grade (native): a patient text reads at Flesch–Kincaid grade 8 or below, grade 8
//! exactly passes and one syllable more fails; a text of twelve words or more is graded on its
//! own and shorter ones are graded together; a glossary term marked in the text does not raise
//! the grade, because it is explained where it stands; and the grade covers every patient-view
//! text.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::checks::{list, patient_prose};
use local_therapy_aid::checks::{lint, readability, texts};

#[test]
fn only_marked_terms_count_as_short_words_in_the_reading_grade() {
    let marked = readability::counts("Arm swelling after a {mastectomy} can last for years.");
    let unmarked = readability::counts("Arm swelling after a mastectomy can last for years.");
    assert_eq!(marked.words, unmarked.words);
    assert!(unmarked.syllables > marked.syllables);
}

/// A patient text of `words` words in `sentences` sentences with `syllables` syllables (words of
/// one and two syllables), checked with the counter before use.
fn text_with(words: u32, sentences: u32, syllables: u32) -> String {
    let two = syllables - words;
    let per_sentence = words.div_ceil(sentences);
    let all: Vec<&str> = (0..words)
        .map(|i| if i < two { "table" } else { "cat" })
        .collect();
    let text = all
        .chunks(per_sentence as usize)
        .map(|s| format!("{}.", s.join(" ")))
        .collect::<Vec<_>>()
        .join(" ");
    let counts = readability::counts(&text);
    assert_eq!(
        (counts.words, counts.sentences, counts.syllables),
        (words, sentences, syllables),
        "{text}"
    );
    text
}

#[test]
fn grade_eight_is_allowed_and_above_it_is_not() {
    // 204 words, 9 sentences, 255 syllables: Flesch–Kincaid exactly 8.0 (floating point included).
    let at_eight = text_with(204, 9, 255);
    assert_eq!(readability::grade(&at_eight), Some(8.0));
    assert!(lint::hard_to_read(&[patient_prose(&at_eight)]).is_empty());
    let above = text_with(204, 9, 256);
    assert_eq!(lint::hard_to_read(&[patient_prose(&above)]).len(), 1);

    // Short texts are graded together: 26 texts of one sentence (2 of 10 words, 24 of 9), 236
    // words and 401 syllables in all, is exactly 8.0 again; one syllable more is above it.
    let short = |extra: u32| {
        (0..26)
            .map(|i| match i {
                0..2 => text_with(10, 1, 18),
                2..7 => text_with(9, 1, 16),
                _ => text_with(9, 1, 15 + if i == 25 { extra } else { 0 }),
            })
            .collect::<Vec<_>>()
    };
    let pooled = short(0);
    let pooled: Vec<texts::Prose> = pooled.iter().map(|t| patient_prose(t)).collect();
    let total = pooled
        .iter()
        .fold(readability::Counts::default(), |sum, t| {
            sum.plus(readability::counts(t.text))
        });
    assert_eq!(total.grade(), Some(8.0), "{total:?}");
    let found = lint::hard_to_read(&pooled);
    assert!(found.is_empty(), "{}", list(&found));
    let above = short(1);
    let above: Vec<texts::Prose> = above.iter().map(|t| patient_prose(t)).collect();
    let found = list(&lint::hard_to_read(&above));
    assert!(found.contains("short patient texts"), "{found}");
}

#[test]
fn a_text_of_twelve_words_is_graded_on_its_own_and_eleven_are_pooled() {
    let hard = |words: u32| text_with(words, 1, words * 2);
    let own = hard(lint::MIN_WORDS_FOR_OWN_GRADE);
    let found = list(&lint::hard_to_read(&[patient_prose(&own)]));
    assert!(found.contains("- test text: reads at grade"), "{found}");
    let pooled = hard(lint::MIN_WORDS_FOR_OWN_GRADE - 1);
    let found = list(&lint::hard_to_read(&[patient_prose(&pooled)]));
    assert!(found.contains("- short patient texts"), "{found}");
}

#[test]
fn the_reading_level_counts_every_patient_view_text() {
    let bundle = common::bundle_from_toml();
    let patient = texts::all(&bundle)
        .iter()
        .filter(|t| t.reader == texts::Reader::Patient)
        .count();
    assert!(patient > 100);
    assert_eq!(lint::reading_level(&bundle).texts, patient);
}

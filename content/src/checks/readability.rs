//! Flesch–Kincaid grade level, for the plain-language check of patient-view text.
//!
//! Grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
//! Syllables are estimated from vowel groups (the usual heuristic of readability tools). A
//! glossary term marked in the prose (`{term}` or `{term|words}`) is explained inline where it
//! appears, so it counts as one short word: the check then measures the writing around it. The
//! same medical word written without the mark counts in full, because the reader gets no
//! explanation there.

use crate::markup::{self, Segment};

/// Word, sentence and syllable counts of a text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    /// Words.
    pub words: u32,
    /// Sentences (at least one for any text with words).
    pub sentences: u32,
    /// Estimated syllables.
    pub syllables: u32,
}

impl Counts {
    /// Adds another text's counts.
    pub fn plus(self, other: Self) -> Self {
        Self {
            words: self.words + other.words,
            sentences: self.sentences + other.sentences,
            syllables: self.syllables + other.syllables,
        }
    }

    /// The Flesch–Kincaid grade, or `None` for an empty text.
    pub fn grade(self) -> Option<f64> {
        if self.words == 0 || self.sentences == 0 {
            return None;
        }
        let words = f64::from(self.words);
        Some(
            0.39 * words / f64::from(self.sentences) + 11.8 * f64::from(self.syllables) / words
                - 15.59,
        )
    }
}

/// Estimated syllables in one word.
pub fn syllables(word: &str) -> u32 {
    let word: String = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if word.is_empty() {
        // A number or symbol: read as one short word.
        return 1;
    }
    let bytes = word.as_bytes();
    let is_vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let mut count = 0;
    let mut previous_vowel = false;
    for &b in bytes {
        let vowel = is_vowel(b);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    // A silent final "e" ("made", "centre"), but not "-le" after a consonant ("table").
    if word.len() > 2 && word.ends_with('e') && !word.ends_with("le") && !word.ends_with("ee") {
        count -= 1;
    }
    // "-es" is usually silent ("makes", "medicines"), but not after s, x, z, c, g, ch or sh
    // ("horses", "boxes", "changes").
    if word.len() > 3 && word.ends_with("es") {
        let before = &word[..word.len() - 2];
        let sounded = before.ends_with(['s', 'x', 'z', 'c', 'g'])
            || before.ends_with("ch")
            || before.ends_with("sh");
        if !sounded {
            count -= 1;
        }
    }
    // "-ed" is usually silent ("helped"), except after t or d ("started").
    if word.len() > 3 && word.ends_with("ed") && !word.ends_with("ted") && !word.ends_with("ded") {
        count -= 1;
    }
    count.max(1)
}

/// Counts a text with glossary markup: each marked term is one word of one syllable; every
/// other word counts as written. Text whose markup does not parse is counted as plain words.
pub fn counts(text: &str) -> Counts {
    counts_by(text, syllables, sentences)
}

/// Counts a text with glossary markup as [`counts`] does, with a language's own syllable and
/// sentence rules (the Spanish check's are in `readability_es`): words are parted the same way
/// in every language the aid speaks (spaces, slashes, dashes, hyphens).
pub fn counts_by(text: &str, syllables: fn(&str) -> u32, sentences: fn(&str) -> u32) -> Counts {
    let segments = markup::parse(text).unwrap_or_else(|_| vec![Segment::Text(text)]);
    let mut words = 0;
    let mut syllable_total = 0;
    let mut reading = String::new();
    for segment in segments {
        match segment {
            Segment::Term { .. } => {
                words += 1;
                syllable_total += 1;
                // A placeholder word keeps sentence ends in place for the sentence count.
                reading.push_str("term");
            }
            Segment::Text(part) => {
                reading.push_str(part);
                for word in
                    part.split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—')
                {
                    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                    if word.is_empty() {
                        continue;
                    }
                    words += 1;
                    syllable_total += word.split('-').map(syllables).sum::<u32>();
                }
            }
        }
    }
    Counts {
        words,
        sentences: if words == 0 { 0 } else { sentences(&reading) },
        syllables: syllable_total,
    }
}

/// Sentences: ends marked by `.`, `!`, `?` or `:` followed by a space or the end of the text; a
/// text with no end mark is one sentence (a heading, a list item).
pub fn sentences(text: &str) -> u32 {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut count = 0;
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '.' | '!' | '?' | ':' | ';') {
            let next = chars.get(i + 1);
            if next.is_none_or(|n| n.is_whitespace()) {
                count += 1;
            }
        }
    }
    let ends_marked = chars
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | ';'));
    if !ends_marked && !chars.is_empty() {
        count += 1;
    }
    count.max(1)
}

/// The grade of a text (with glossary markup), or `None` when it has no words.
pub fn grade(text: &str) -> Option<f64> {
    counts(text).grade()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_heuristic_on_common_words() {
        for (word, expected) in [
            ("cat", 1),
            ("table", 2),
            ("made", 1),
            ("surgery", 3),
            ("radiotherapy", 5),
            ("helped", 1),
            ("started", 2),
            ("the", 1),
            ("16", 1),
            ("medicines", 3),
            ("makes", 1),
            ("changes", 2),
            ("horses", 2),
            ("boxes", 2),
            ("riches", 2),
            ("wishes", 2),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    /// Flesch–Kincaid by hand: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    fn by_hand(words: u32, sentences: u32, syllables: u32) -> f64 {
        0.39 * f64::from(words) / f64::from(sentences)
            + 11.8 * f64::from(syllables) / f64::from(words)
            - 15.59
    }

    #[test]
    fn the_grade_is_the_flesch_kincaid_formula() {
        // 100 words in 5 sentences, 150 syllables: 0.39 × 20 + 11.8 × 1.5 − 15.59 = 9.91.
        let counts = Counts {
            words: 100,
            sentences: 5,
            syllables: 150,
        };
        assert!((counts.grade().unwrap() - 9.91).abs() < 1e-9);
        for (words, sentences, syllables) in [(12, 1, 15), (7, 3, 20), (40, 8, 41), (1, 1, 1)] {
            let counts = Counts {
                words,
                sentences,
                syllables,
            };
            let grade = counts.grade().unwrap();
            assert!(
                (grade - by_hand(words, sentences, syllables)).abs() < 1e-9,
                "{counts:?}"
            );
        }
        // Longer sentences and longer words each raise the grade.
        let base = Counts {
            words: 30,
            sentences: 3,
            syllables: 40,
        };
        let longer_sentences = Counts {
            sentences: 2,
            ..base
        };
        let longer_words = Counts {
            syllables: 45,
            ..base
        };
        assert!(longer_sentences.grade() > base.grade());
        assert!(longer_words.grade() > base.grade());
    }

    #[test]
    fn a_text_with_no_words_or_no_sentences_has_no_grade() {
        assert_eq!(
            Counts {
                words: 0,
                sentences: 1,
                syllables: 0
            }
            .grade(),
            None
        );
        assert_eq!(
            Counts {
                words: 5,
                sentences: 0,
                syllables: 6
            }
            .grade(),
            None
        );
        assert_eq!(grade("  "), None);
    }

    #[test]
    fn counts_of_two_texts_add_field_by_field() {
        let a = counts("The cat sat. It was a good day.");
        let b = counts("Surgery can help.");
        let both = a.plus(b);
        assert_eq!(both.words, a.words + b.words);
        assert_eq!(both.sentences, a.sentences + b.sentences);
        assert_eq!(both.syllables, a.syllables + b.syllables);
        assert_eq!((b.words, b.sentences, b.syllables), (3, 1, 5));
    }

    #[test]
    fn a_last_sentence_without_an_end_mark_still_counts() {
        assert_eq!(sentences("It rained. Then the sun came out"), 2);
        assert_eq!(sentences("A heading"), 1);
        assert_eq!(sentences("One. Two! Three? Four: five; six."), 6);
    }

    #[test]
    fn simple_text_scores_low_and_dense_text_scores_high() {
        let simple = "The cat sat on the mat. It was a good day.";
        let dense = "Locoregional therapy demonstrated statistically significant improvements in progression-free \
                     survival, notwithstanding considerable heterogeneity across heterogeneous populations.";
        assert!(grade(simple).unwrap() < 3.0);
        assert!(grade(dense).unwrap() > 16.0);
    }

    #[test]
    fn only_marked_glossary_terms_count_as_one_short_word() {
        let marked = counts("{lymphoedema} can last.");
        assert_eq!((marked.words, marked.syllables), (3, 3));
        let shown = counts("{lymphoedema|Arm swelling} can last.");
        assert_eq!((shown.words, shown.syllables), (3, 3));
        // The same word unmarked gets no inline explanation, so it counts in full.
        let unmarked = counts("Lymphoedema can last.");
        assert_eq!(
            (unmarked.words, unmarked.syllables),
            (3, syllables("lymphoedema") + 2)
        );
        assert!(unmarked.syllables > marked.syllables);
    }

    #[test]
    fn a_marked_term_does_not_hide_a_sentence_end() {
        assert_eq!(
            counts("It can cause {lymphoedema}. It can last.").sentences,
            2
        );
    }

    #[test]
    fn slashes_and_dashes_part_words() {
        let parted = counts("and/or 30–40 yes—no");
        assert_eq!((parted.words, parted.syllables), (6, 6));
    }

    #[test]
    fn decimals_do_not_end_sentences() {
        assert_eq!(sentences("It was 16.3 out of 100. Then it fell."), 2);
    }
}

//! Flesch–Kincaid grade level, for the plain-language check of patient-view text.
//!
//! Grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
//! Syllables are estimated from vowel groups (the usual heuristic of readability tools). Glossary
//! terms are explained inline where they appear, so each occurrence counts as one short word:
//! the check then measures the writing around them rather than penalising the medical words we
//! must use and explain.

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

/// Counts a text. `allowed` lists glossary phrases (lower case) that count as one short word.
pub fn counts(text: &str, allowed: &[String]) -> Counts {
    let mut lowered = text.to_lowercase();
    let mut allowed_hits = 0;
    // Longest phrases first, so "sentinel-node biopsy" wins over "biopsy".
    let mut phrases: Vec<&String> = allowed.iter().filter(|p| !p.is_empty()).collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    for phrase in phrases {
        let mut start = 0;
        while let Some(found) = lowered[start..].find(phrase.as_str()) {
            let at = start + found;
            let end = at + phrase.len();
            let before_ok = at == 0
                || !lowered[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            let after_ok = end == lowered.len()
                || !lowered[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if before_ok && after_ok {
                allowed_hits += 1;
                lowered.replace_range(at..end, " ");
                start = at + 1;
            } else {
                start = end;
            }
        }
    }
    let mut words = allowed_hits;
    let mut syllable_total = allowed_hits;
    for word in lowered.split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—') {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            continue;
        }
        words += 1;
        syllable_total += word.split('-').map(syllables).sum::<u32>();
    }
    Counts {
        words,
        sentences: if words == 0 { 0 } else { sentences(text) },
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

/// The grade of a text, or `None` when it has no words.
pub fn grade(text: &str, allowed: &[String]) -> Option<f64> {
    counts(text, allowed).grade()
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
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn simple_text_scores_low_and_dense_text_scores_high() {
        let simple = "The cat sat on the mat. It was a good day.";
        let dense = "Locoregional therapy demonstrated statistically significant improvements in progression-free \
                     survival, notwithstanding considerable heterogeneity across heterogeneous populations.";
        assert!(grade(simple, &[]).unwrap() < 3.0);
        assert!(grade(dense, &[]).unwrap() > 16.0);
    }

    #[test]
    fn glossary_terms_count_as_one_short_word() {
        let allowed = vec!["lymphoedema".to_owned()];
        let with = counts("Lymphoedema can last.", &allowed);
        assert_eq!((with.words, with.syllables), (3, 3));
    }

    #[test]
    fn decimals_do_not_end_sentences() {
        assert_eq!(sentences("It was 16.3 out of 100. Then it fell."), 2);
    }
}

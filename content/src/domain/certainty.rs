//! The words the aid uses for how sure the studies are, tied to the GRADE grades: a text may say
//! "fairly sure" only where a figure it cites is graded moderate, and so on (`checks::lint`).

use crate::schema::Certainty;

/// The plain words for each GRADE grade, and the clinician words that name the grade.
pub const WORDS: [(Certainty, &str, &str); 4] = [
    (Certainty::High, "very sure", "high certainty"),
    (Certainty::Moderate, "fairly sure", "moderate certainty"),
    (Certainty::Low, "not very sure", "low certainty"),
    (Certainty::VeryLow, "very unsure", "very low certainty"),
];

/// The plain words for a grade ("fairly sure"), or none for a figure no review graded.
pub fn plain(certainty: Certainty) -> Option<&'static str> {
    WORDS
        .iter()
        .find(|(grade, _, _)| *grade == certainty)
        .map(|(_, words, _)| *words)
}

/// The grades a text claims, by the words it uses (lower case, longest phrases first, so "not
/// very sure" is not also read as "very sure", nor "very low certainty" as "low certainty").
pub fn claimed(text: &str) -> Vec<(Certainty, &'static str)> {
    let mut rest = text.to_ascii_lowercase();
    let mut phrases: Vec<(Certainty, &'static str)> = WORDS
        .iter()
        .flat_map(|(grade, plain, clinician)| [(*grade, *plain), (*grade, *clinician)])
        // Other ways to say the same grades.
        .chain([
            (Certainty::VeryLow, "very uncertain"),
            (Certainty::VeryLow, "very low-certainty"),
            (Certainty::Low, "low-certainty"),
            (Certainty::Moderate, "moderate-certainty"),
            (Certainty::High, "high-certainty"),
        ])
        .collect();
    phrases.sort_by_key(|(_, phrase)| std::cmp::Reverse(phrase.len()));
    let mut found = Vec::new();
    for (grade, phrase) in phrases {
        while let Some(at) = find_words(&rest, phrase) {
            found.push((grade, phrase));
            rest.replace_range(at..at + phrase.len(), &" ".repeat(phrase.len()));
        }
    }
    found
}

/// Where `phrase` occurs in `text` as whole words.
fn find_words(text: &str, phrase: &str) -> Option<usize> {
    text.match_indices(phrase).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_grade_has_its_own_plain_words_and_they_read_back_as_that_grade() {
        let grades = [
            Certainty::High,
            Certainty::Moderate,
            Certainty::Low,
            Certainty::VeryLow,
        ];
        let words: Vec<&str> = grades.iter().map(|g| plain(*g).unwrap()).collect();
        assert_eq!(
            words,
            ["very sure", "fairly sure", "not very sure", "very unsure"]
        );
        for (grade, words) in grades.iter().zip(&words) {
            assert_eq!(claimed(&format!("We are {words}.")), [(*grade, *words)]);
        }
    }

    #[test]
    fn a_grade_phrase_counts_only_as_whole_words() {
        assert_eq!(claimed("They were very surely right."), []);
        assert_eq!(claimed("unfairly sure"), []);
        assert_eq!(
            claimed("(fairly sure)"),
            [(Certainty::Moderate, "fairly sure")]
        );
    }

    #[test]
    fn longer_phrases_win_and_every_use_counts() {
        assert_eq!(
            claimed("Not very sure about survival; fairly sure about the breast."),
            [
                (Certainty::Low, "not very sure"),
                (Certainty::Moderate, "fairly sure")
            ]
        );
        assert_eq!(
            claimed("Very low certainty; low-certainty evidence"),
            [
                (Certainty::VeryLow, "very low certainty"),
                (Certainty::Low, "low-certainty")
            ]
        );
        // Everyday "sure" claims nothing: only the grade phrases do.
        assert_eq!(
            claimed("Make sure you ask. Not sure yet. The SURE test."),
            []
        );
        assert_eq!(claimed("Very sure."), [(Certainty::High, "very sure")]);
    }
}

//! The SURE test: four yes/no questions, one point per "yes". A score of 3 or less suggests
//! decisional conflict (Légaré et al. 2010), and the aid offers what might help.

use super::session::SureAnswers;

/// The score, once all four questions are answered.
pub fn score(answers: &SureAnswers) -> Option<u8> {
    answers.iter().try_fold(0_u8, |total, answer| {
        answer.map(|yes| total + u8::from(yes))
    })
}

/// Whether a score suggests she is not yet sure (3 or less).
pub fn suggests_conflict(score: u8) -> bool {
    score <= 3
}

/// The questions answered "no" (0-based), for which help is offered.
pub fn answered_no(answers: &SureAnswers) -> Vec<usize> {
    answers
        .iter()
        .enumerate()
        .filter_map(|(i, a)| (*a == Some(false)).then_some(i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scoring_table() {
        let y = Some(true);
        let n = Some(false);
        for (answers, expected) in [
            ([y, y, y, y], Some(4)),
            ([y, y, y, n], Some(3)),
            ([n, n, n, n], Some(0)),
            ([y, None, y, y], None),
            ([None; 4], None),
        ] {
            assert_eq!(score(&answers), expected, "{answers:?}");
        }
        assert!(!suggests_conflict(4));
        assert!(suggests_conflict(3));
        assert_eq!(answered_no(&[y, n, None, n]), vec![1, 3]);
    }
}

//! The SURE test: four yes/no questions, one point per "yes". A score of 3 or less suggests
//! decisional conflict (Légaré et al. 2010), and the aid offers what might help.

use serde::{Deserialize, Serialize};

use crate::content::{Sure, SureHelp};

/// Number of SURE questions.
pub const QUESTIONS: usize = 4;

/// When a SURE test was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SurePhase {
    /// Optional check on the Start step.
    Start,
    /// The Check step near the end.
    End,
}

/// Answers to the four SURE questions, in order; `None` = not answered.
pub type SureAnswers = [Option<bool>; QUESTIONS];

/// SURE answers at the start and at the end (each absent until a question is answered).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SureTaken {
    /// Optional check on the Start step.
    pub start: Option<SureAnswers>,
    /// The Check step.
    pub end: Option<SureAnswers>,
}

impl SureTaken {
    /// The answers of a phase.
    pub fn get(&self, phase: SurePhase) -> Option<&SureAnswers> {
        match phase {
            SurePhase::Start => self.start.as_ref(),
            SurePhase::End => self.end.as_ref(),
        }
    }

    fn slot(&mut self, phase: SurePhase) -> &mut Option<SureAnswers> {
        match phase {
            SurePhase::Start => &mut self.start,
            SurePhase::End => &mut self.end,
        }
    }

    /// Answers one question (0..=3; any other index is ignored) in a phase; clearing the last
    /// answer of a phase removes the phase.
    pub fn answer(&mut self, phase: SurePhase, index: usize, answer: Option<bool>) {
        if index >= QUESTIONS {
            return;
        }
        let slot = self.slot(phase);
        let answers = slot.get_or_insert_default();
        answers[index] = answer;
        if answers.iter().all(Option::is_none) {
            *slot = None;
        }
    }

    /// Phases taken, start first.
    pub fn taken(&self) -> impl Iterator<Item = (SurePhase, &SureAnswers)> {
        [(SurePhase::Start, &self.start), (SurePhase::End, &self.end)]
            .into_iter()
            .filter_map(|(phase, answers)| answers.as_ref().map(|a| (phase, a)))
    }

    /// Whether no phase was started.
    pub fn is_empty(&self) -> bool {
        self.start.is_none() && self.end.is_none()
    }
}

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

/// What might help, for the questions answered "no", in question order.
pub fn help_for<'a>(answers: &SureAnswers, sure: &'a Sure) -> Vec<&'a SureHelp> {
    answered_no(answers)
        .into_iter()
        .filter_map(|i| sure.questions.get(i))
        .flat_map(|q| sure.help.iter().filter(move |h| h.question == q.id))
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

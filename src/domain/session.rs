//! The consultation: everything entered during one session, and every way it can change.
//!
//! `Session::apply` is the only way the session changes. It is pure (no storage, no clock, no
//! DOM), so every transition is tested natively. The app keeps the session in memory and in
//! tab-scoped storage so a refresh does not lose the consultation; `Action::EndSession` returns
//! it to the empty state.

use serde::{Deserialize, Serialize};

use super::field_test::{Consent, FieldTestAction};
use super::ids::{ChoiceId, KnowledgeId, QuestionId, ValueId};
use super::pairs::Pairs;
use super::situation::{Situation, SituationChange};
use super::step::Journey;
use super::sure::{SurePhase, SureTaken};

/// The values exercise's answer scales live with the content, whose labels they index (the
/// content checks count the labels against them).
pub use lta_content::domain::scales::{Leaning, Rating};

/// Which audience the screen is written for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    /// Plain words, out of 100, icon arrays.
    #[default]
    Patient,
    /// Adds hazard ratios, intervals with their level, design, certainty, status and citations.
    Clinician,
}

/// How figures are drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// Icon arrays of 100 (or 1,000).
    #[default]
    Icons,
    /// A table of numbers.
    Table,
    /// Sentences only.
    Text,
}

/// Order of the option columns: a fixed neutral order, or its reverse.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum OptionOrder {
    /// The order in `options.toml`.
    #[default]
    AsWritten,
    /// Reversed, so no option always comes first.
    Reversed,
}

/// Everything entered in one consultation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Current audience.
    pub view: View,
    /// How figures are drawn.
    pub format: Format,
    /// Option column order.
    pub order: OptionOrder,
    /// The full consultation or the short one.
    pub journey: Journey,
    /// Her situation.
    pub situation: Situation,
    /// How much each values item matters to her.
    pub ratings: Pairs<ValueId, Rating>,
    /// Where she puts herself on the leaning scale, if she has.
    pub leaning: Option<Leaning>,
    /// SURE answers at the start and at the end.
    pub sure: SureTaken,
    /// Questions she wants to ask.
    pub questions: Vec<QuestionId>,
    /// Free-text notes (shown and printed as text only).
    pub notes: String,
    /// Knowledge check: the choice she picked for each item.
    pub knowledge: Pairs<KnowledgeId, ChoiceId>,
    /// Whether this consultation takes part in a field test, and what it has gathered for it.
    pub field_test: Consent,
}

/// Every way the session can change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch between the patient and clinician views; nothing entered is lost.
    SetView(View),
    /// Draw figures as icons, a table or text.
    SetFormat(Format),
    /// Reverse the option order (or restore it).
    SwapOrder,
    /// Take the full consultation or the short one; nothing entered is lost.
    SetJourney(Journey),
    /// Change one answer about her situation.
    ChangeSituation(SituationChange),
    /// Forget her situation.
    ClearSituation,
    /// Rate how much a value matters.
    Rate(ValueId, Rating),
    /// Remove a rating.
    Unrate(ValueId),
    /// Set or clear the leaning.
    SetLeaning(Option<Leaning>),
    /// Answer one SURE question (index 0..=3) in a phase; other indexes are ignored.
    AnswerSure(SurePhase, usize, Option<bool>),
    /// Tick or untick a question for the care team.
    ToggleQuestion(QuestionId),
    /// Replace the notes.
    SetNotes(String),
    /// Answer a knowledge-check item.
    AnswerKnowledge(KnowledgeId, ChoiceId),
    /// A step of the field test (consent, time on a screen, a feature used).
    FieldTest(FieldTestAction),
    /// End the session: forget everything entered, keep nothing.
    EndSession,
}

/// Longest note kept, in characters; a guard against pasting a whole document.
pub const MAX_NOTES: usize = 5_000;

impl Session {
    /// Applies one action. Pure.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetView(view) => self.view = view,
            Action::SetFormat(format) => self.format = format,
            Action::SwapOrder => {
                self.order = match self.order {
                    OptionOrder::AsWritten => OptionOrder::Reversed,
                    OptionOrder::Reversed => OptionOrder::AsWritten,
                }
            }
            Action::SetJourney(journey) => self.journey = journey,
            Action::ChangeSituation(change) => self.situation.apply(change),
            Action::ClearSituation => self.situation = Situation::default(),
            Action::Rate(id, rating) => self.ratings.set(id, rating),
            Action::Unrate(id) => self.ratings.remove(&id),
            Action::SetLeaning(leaning) => self.leaning = leaning,
            Action::AnswerSure(phase, index, answer) => self.sure.answer(phase, index, answer),
            Action::ToggleQuestion(id) => {
                if self.questions.contains(&id) {
                    self.questions.retain(|q| *q != id);
                } else {
                    self.questions.push(id);
                }
            }
            Action::SetNotes(notes) => {
                self.notes = notes.chars().take(MAX_NOTES).collect();
            }
            Action::AnswerKnowledge(item, choice) => self.knowledge.set(item, choice),
            Action::FieldTest(action) => self.field_test.apply(action),
            Action::EndSession => *self = Session::default(),
        }
    }

    /// Whether the session holds anything the patient entered (used to decide whether a
    /// waiting update may apply, whether anything is stored, and by the privacy screen). Her
    /// answer to the field test counts: the idle timeout must end a consultation that took part.
    pub fn has_patient_data(&self) -> bool {
        let Session {
            view: _,
            format: _,
            order: _,
            journey: _,
            situation,
            ratings,
            leaning,
            sure,
            questions,
            notes,
            knowledge,
            field_test,
        } = self;
        !situation.is_empty()
            || !ratings.is_empty()
            || leaning.is_some()
            || !sure.is_empty()
            || !questions.is_empty()
            || !notes.is_empty()
            || !knowledge.is_empty()
            || *field_test != Consent::NotAsked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::situation::Sites;

    #[test]
    fn view_switch_keeps_answers() {
        let mut s = Session::default();
        s.apply(Action::Rate("avoid-operation".into(), Rating::Very));
        s.apply(Action::SetNotes("Ask about travel".into()));
        s.apply(Action::SetView(View::Clinician));
        assert_eq!(s.view, View::Clinician);
        assert_eq!(
            s.ratings.get(&ValueId::from("avoid-operation")),
            Some(&Rating::Very)
        );
        assert_eq!(s.notes, "Ask about travel");
    }

    #[test]
    fn end_session_forgets_everything() {
        let mut s = Session::default();
        s.apply(Action::ChangeSituation(SituationChange::Sites(
            Sites::BoneOnly,
        )));
        s.apply(Action::ToggleQuestion("q1".into()));
        s.apply(Action::AnswerSure(SurePhase::End, 0, Some(true)));
        assert!(s.has_patient_data());
        s.apply(Action::EndSession);
        assert_eq!(s, Session::default());
        assert!(!s.has_patient_data());
    }

    #[test]
    fn out_of_range_inputs_are_ignored() {
        let mut s = Session::default();
        s.apply(Action::AnswerSure(SurePhase::Start, 4, Some(true)));
        assert_eq!(s, Session::default());
    }

    #[test]
    fn toggling_twice_removes_question_and_clearing_sure_removes_phase() {
        let mut s = Session::default();
        s.apply(Action::ToggleQuestion("q".into()));
        s.apply(Action::ToggleQuestion("q".into()));
        s.apply(Action::AnswerSure(SurePhase::Start, 1, Some(false)));
        s.apply(Action::AnswerSure(SurePhase::Start, 1, None));
        assert_eq!(s, Session::default());
    }

    #[test]
    fn notes_are_capped() {
        let mut s = Session::default();
        s.apply(Action::SetNotes("a".repeat(MAX_NOTES + 10)));
        assert_eq!(s.notes.chars().count(), MAX_NOTES);
    }

    #[test]
    fn ratings_and_leanings_are_stored_as_their_old_numbers() {
        // Earlier versions stored ratings 0..=3 and leanings 0..=4 as numbers; the enums must
        // keep those bytes, so a stored session reads back the same.
        for (i, rating) in Rating::ALL.into_iter().enumerate() {
            assert_eq!(
                postcard::to_allocvec(&rating).unwrap(),
                postcard::to_allocvec(&(i as u8)).unwrap()
            );
            assert_eq!(rating.index(), i);
        }
        for (i, leaning) in Leaning::ALL.into_iter().enumerate() {
            assert_eq!(
                postcard::to_allocvec(&leaning).unwrap(),
                postcard::to_allocvec(&(i as u8)).unwrap()
            );
            assert_eq!(leaning.index(), i);
        }
    }
}

//! The consultation: everything entered during one session, and every way it can change.
//!
//! `Session::apply` is the only way the session changes. It is pure (no storage, no clock, no
//! DOM), so every transition is tested natively. The app keeps the session in memory and in
//! tab-scoped storage so a refresh does not lose the consultation; `Action::EndSession` returns
//! it to the empty state.

use serde::{Deserialize, Serialize};

/// A small map from text ids to values, kept in insertion order. The session holds a handful of
/// entries, and a vector costs far less wasm than a `BTreeMap` per key and value type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pairs<V>(Vec<(String, V)>);

impl<V> Default for Pairs<V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<V> Pairs<V> {
    /// The value for an id.
    pub fn get(&self, id: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == id).map(|(_, v)| v)
    }

    /// Sets the value for an id.
    pub fn set(&mut self, id: String, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == id) {
            Some(entry) => entry.1 = value,
            None => self.0.push((id, value)),
        }
    }

    /// Removes an id.
    pub fn remove(&mut self, id: &str) {
        self.0.retain(|(k, _)| k != id);
    }

    /// The values.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

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

/// Is the breast tumour causing problems (pain, bleeding, an open wound)?
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BreastProblems {
    /// Not answered.
    #[default]
    NotSaid,
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not sure.
    Unsure,
}

/// How the cancer elsewhere responds to medicines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    /// Not answered.
    #[default]
    NotSaid,
    /// Medicines not started yet.
    NotStarted,
    /// Shrinking or stable.
    RespondingOrStable,
    /// Growing despite medicines.
    Growing,
}

/// Where the cancer has spread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sites {
    /// Not answered.
    #[default]
    NotSaid,
    /// Bone only.
    BoneOnly,
    /// Organs such as lung, liver or brain.
    Organs,
    /// Bone and organs.
    Both,
}

/// How many spots.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Extent {
    /// Not answered.
    #[default]
    NotSaid,
    /// One or a few spots.
    OneOrFew,
    /// Many spots.
    Many,
}

/// A receptor status (hormone receptor or HER2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// Not answered.
    #[default]
    NotSaid,
    /// Positive.
    Positive,
    /// Negative.
    Negative,
    /// Answered "not known".
    NotKnown,
}

/// Is a clinical trial available to her?
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TrialAvailable {
    /// Not answered.
    #[default]
    NotSaid,
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not known.
    NotKnown,
}

/// Her situation, as she and her clinician describe it. Optional: every field may stay unsaid.
/// It only selects what is highlighted; it never computes a personal prognosis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    /// Breast tumour causing problems.
    pub breast_problems: BreastProblems,
    /// Response of the cancer elsewhere.
    pub response: Response,
    /// Where it has spread.
    pub sites: Sites,
    /// How many spots.
    pub extent: Extent,
    /// Hormone receptor status.
    pub hormone: Status,
    /// HER2 status.
    pub her2: Status,
    /// Clinical trial available.
    pub trial: TrialAvailable,
}

impl Situation {
    /// Whether anything has been said.
    pub fn is_empty(&self) -> bool {
        *self == Situation::default()
    }
}

/// One change to the situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SituationChange {
    /// Breast problems.
    BreastProblems(BreastProblems),
    /// Response.
    Response(Response),
    /// Sites.
    Sites(Sites),
    /// Extent.
    Extent(Extent),
    /// Hormone receptor status.
    Hormone(Status),
    /// HER2 status.
    Her2(Status),
    /// Trial availability.
    Trial(TrialAvailable),
}

/// When a SURE test was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SurePhase {
    /// Optional check on the Start step.
    Start,
    /// The Check step near the end.
    End,
}

/// Answers to the four SURE questions, in order; `None` = not answered.
pub type SureAnswers = [Option<bool>; 4];

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

/// Everything entered in one consultation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Current audience.
    pub view: View,
    /// How figures are drawn.
    pub format: Format,
    /// Option column order.
    pub order: OptionOrder,
    /// Her situation.
    pub situation: Situation,
    /// Importance ratings, value id → 0 (not important) ..= 3 (very important).
    pub ratings: Pairs<u8>,
    /// Leaning scale position 0..=4 (2 = unsure), if set.
    pub leaning: Option<u8>,
    /// SURE answers at the start and at the end.
    pub sure: SureTaken,
    /// Questions she wants to ask.
    pub questions: Vec<String>,
    /// Free-text notes (shown and printed as text only).
    pub notes: String,
    /// Knowledge check: item id → chosen choice id.
    pub knowledge: Pairs<String>,
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
    /// Change one answer about her situation.
    ChangeSituation(SituationChange),
    /// Forget her situation.
    ClearSituation,
    /// Rate how much a value matters (0..=3); out-of-range ratings are ignored.
    Rate(String, u8),
    /// Remove a rating.
    Unrate(String),
    /// Set or clear the leaning (0..=4); out-of-range positions are ignored.
    SetLeaning(Option<u8>),
    /// Answer one SURE question (index 0..=3) in a phase.
    AnswerSure(SurePhase, usize, Option<bool>),
    /// Tick or untick a question for the care team.
    ToggleQuestion(String),
    /// Replace the notes.
    SetNotes(String),
    /// Answer a knowledge-check item.
    AnswerKnowledge(String, String),
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
            Action::ChangeSituation(change) => {
                let s = &mut self.situation;
                match change {
                    SituationChange::BreastProblems(v) => s.breast_problems = v,
                    SituationChange::Response(v) => s.response = v,
                    SituationChange::Sites(v) => s.sites = v,
                    SituationChange::Extent(v) => s.extent = v,
                    SituationChange::Hormone(v) => s.hormone = v,
                    SituationChange::Her2(v) => s.her2 = v,
                    SituationChange::Trial(v) => s.trial = v,
                }
            }
            Action::ClearSituation => self.situation = Situation::default(),
            Action::Rate(id, rating) => {
                if rating <= 3 {
                    self.ratings.set(id, rating);
                }
            }
            Action::Unrate(id) => {
                self.ratings.remove(&id);
            }
            Action::SetLeaning(position) => {
                if position.is_none_or(|p| p <= 4) {
                    self.leaning = position;
                }
            }
            Action::AnswerSure(phase, index, answer) => {
                if index < 4 {
                    let slot = self.sure.slot(phase);
                    let answers = slot.get_or_insert_default();
                    answers[index] = answer;
                    if answers.iter().all(Option::is_none) {
                        *slot = None;
                    }
                }
            }
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
            Action::AnswerKnowledge(item, choice) => {
                self.knowledge.set(item, choice);
            }
            Action::EndSession => *self = Session::default(),
        }
    }

    /// Whether the session holds anything the patient entered (used to decide whether a
    /// waiting update may apply, and by the privacy screen).
    pub fn has_patient_data(&self) -> bool {
        let Session {
            view: _,
            format: _,
            order: _,
            situation,
            ratings,
            leaning,
            sure,
            questions,
            notes,
            knowledge,
        } = self;
        !situation.is_empty()
            || !ratings.is_empty()
            || leaning.is_some()
            || !sure.is_empty()
            || !questions.is_empty()
            || !notes.is_empty()
            || !knowledge.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_switch_keeps_answers() {
        let mut s = Session::default();
        s.apply(Action::Rate("avoid-operation".into(), 3));
        s.apply(Action::SetNotes("Ask about travel".into()));
        s.apply(Action::SetView(View::Clinician));
        assert_eq!(s.view, View::Clinician);
        assert_eq!(s.ratings.get("avoid-operation"), Some(&3));
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
        s.apply(Action::Rate("x".into(), 9));
        s.apply(Action::SetLeaning(Some(7)));
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
}

//! `glossary.toml`, `knowledge.toml`, `values.toml`, `sure.toml` and `questions.toml`: plain
//! definitions and the exercises she does (knowledge check, values, SURE test, questions).

use serde::Deserialize;

use super::text::{
    Id, List, Name, PatientLabel, PatientText, QuizExplanation, QuizWording, SureWording,
};
use super::{FigureRef, SourceRef};

/// Who a knowledge item is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Shown in the patient view.
    #[default]
    Patient,
    /// Shown in the clinician view (the seed's CME questions).
    Clinician,
}

// Reflects by hand, carrying its value (`schema::reflect`): it says who reads a knowledge item's
// words.
#[cfg(feature = "checks")]
impl super::refs::Resolve for Audience {}

record! {
    place = "glossary term", id;
    /// A glossary term.
    #[derive(Default)]
    pub struct GlossaryTerm {
        /// Stable id used in `{id}` markup.
        pub id: Id,
        /// The term as shown.
        pub term: Name,
        /// Other names and forms of the medical term (not everyday words): in patient text that
        /// explains terms inline, the first use of the term or any alias must be marked `{id}`.
        #[serde(default)]
        pub aliases: List<Name>,
        /// A plain definition.
        pub definition: PatientLabel,
    }
}

record! {
    place = "choice", id;
    /// One answer choice.
    #[derive(Default)]
    pub struct Choice {
        /// Stable id within the item.
        pub id: Id,
        /// The words.
        pub text: QuizWording,
    }
}

record! {
    place = "knowledge item", id;
    /// A knowledge-check item.
    #[derive(Default)]
    pub struct KnowledgeItem {
        /// Stable id.
        pub id: Id,
        /// Patient or clinician.
        pub audience: Audience,
        /// The question.
        pub question: QuizWording,
        /// Choices.
        pub choices: List<Choice>,
        /// Id of the correct choice.
        pub correct: Id,
        /// Why, shown after answering.
        pub explanation: QuizExplanation,
        /// Figures behind the explanation.
        #[serde(default)]
        pub figures: List<FigureRef>,
        /// Sources.
        pub sources: List<SourceRef>,
    }
}

/// Which way of the decision a value points to, if it points to one: the two ends of the leaning
/// scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Medicines now, the breast treated later if needed.
    #[default]
    MedicinesNow,
    /// The breast treated now, as well as medicines.
    BreastNow,
}

reflect_choices!(Side);

impl Side {
    /// The other end of the scale.
    pub fn other(self) -> Side {
        match self {
            Side::MedicinesNow => Side::BreastNow,
            Side::BreastNow => Side::MedicinesNow,
        }
    }
}

record! {
    place = "value item", id;
    /// A values-clarification item.
    #[derive(Default)]
    pub struct ValueItem {
        /// Stable id.
        pub id: Id,
        /// What might matter ("Avoiding an operation").
        pub label: PatientText,
        /// A short explanation of why it can matter in this decision.
        pub help: PatientText,
        /// The way of the decision this value points to, if it plainly points one way (avoiding an
        /// operation points to medicines now). Only to notice when her leaning and what she rates
        /// most important seem to disagree; never to choose for her.
        #[serde(default)]
        pub points_to: Option<Side>,
    }
}

record! {
    place = "values.toml";
    /// The values exercise.
    #[derive(Default)]
    pub struct Values {
        /// Items to rate.
        pub items: List<ValueItem>,
        /// Rating labels from "not important" to "very important" (4 levels).
        pub rating_labels: List<PatientLabel>,
        /// Leaning scale positions, from one end to the other (5 positions, middle = unsure).
        pub leaning_labels: List<PatientLabel>,
        /// Words under the leaning scale: the app never chooses for her.
        pub leaning_help: PatientText,
        /// Said when her leaning and what she rated most important seem to point different ways
        /// (the values step and the summary list both after it); neutral, never advice.
        pub disagreement: PatientText,
        /// What may help then: talking it through.
        pub disagreement_help: PatientText,
    }
}

record! {
    place = "question", id;
    /// One SURE question.
    #[derive(Default)]
    pub struct SureQuestion {
        /// Stable id (`sure`, `understand`, `risk`, `encouragement`).
        pub id: Id,
        /// The question, verbatim.
        pub text: SureWording,
    }
}

record! {
    place = "help", question;
    /// A suggestion for a low SURE score.
    #[derive(Default)]
    pub struct SureHelp {
        /// Id of the SURE question this helps with.
        pub question: Id,
        /// The suggestion.
        pub text: PatientLabel,
        /// Route id of the step that helps, if any.
        #[serde(default)]
        pub step: Option<Id>,
    }
}

record! {
    place = "sure.toml";
    /// The SURE test, reproduced verbatim with its citation.
    #[derive(Default)]
    pub struct Sure {
        /// Source id of the SURE test paper.
        pub source: SourceRef,
        /// The paper's citation as shown with the questions, whose terms require it wherever they
        /// are shown. The sources' own citations are in the texts file (the clinician view shows
        /// them), so this one is kept here, in the binary; the build checks that it holds every
        /// part of `source`'s record.
        pub citation: Name,
        /// The four questions, verbatim, in order (Sure, Understand, Risk–benefit,
        /// Encouragement).
        pub questions: List<SureQuestion>,
        /// Shown when the score is 3 or less.
        pub low_score_intro: PatientLabel,
        /// Things that might help, shown when the score is 3 or less.
        pub help: List<SureHelp>,
        /// Shown when the score is 4.
        pub full_score: PatientLabel,
        /// Terms of use, shown with the citation.
        pub terms: PatientLabel,
    }
}

record! {
    place = "question", id;
    /// A question she may want to ask her care team.
    #[derive(Default)]
    pub struct PromptQuestion {
        /// Stable id.
        pub id: Id,
        /// The question.
        pub text: PatientLabel,
    }
}

//! Tailoring: which of the 2015 review's conclusions and which evidence match her situation.
//!
//! These rules only choose what to highlight. They never compute a prognosis or pick an option:
//! every card says it is what the review concluded for situations like hers. Where the review drew
//! no conclusion (medicines not yet started), [`context`] picks a card that says what the trials
//! did instead; it is never shown as one of the review's conclusions.

use crate::content::{GuidanceSituation, SituationFeature};

use super::session::{BreastProblems, Extent, Response, Sites, Situation, Status, TrialAvailable};

/// The review's conclusions that match, in the order they should be read. Never includes
/// [`GuidanceSituation::ResponseNotKnown`], which is not a review conclusion (see [`context`]).
pub fn guidance(situation: &Situation) -> Vec<GuidanceSituation> {
    let mut cards = Vec::new();
    if situation.trial == TrialAvailable::Yes {
        cards.push(GuidanceSituation::TrialAvailable);
    }
    // Whether local therapy is being weighed even though no conclusion about timing applies.
    let mut weighing = false;
    match situation.response {
        Response::Growing => cards.push(GuidanceSituation::DistantNotControlled),
        Response::NotStarted => weighing = true,
        Response::RespondingOrStable => {
            if situation.breast_problems == BreastProblems::Yes {
                cards.push(GuidanceSituation::BreastProgressing);
            } else if situation.breast_problems == BreastProblems::No {
                cards.push(GuidanceSituation::BothControlled);
            }
            if situation.extent == Extent::OneOrFew {
                cards.push(GuidanceSituation::Oligometastatic);
            }
        }
        Response::NotSaid => {}
    }
    // What the review said about the kind of local therapy applies whenever local therapy is
    // being weighed, so it follows any other card.
    if (weighing || !cards.is_empty()) && !cards.contains(&GuidanceSituation::DistantNotControlled)
    {
        cards.push(GuidanceSituation::IfLocalTherapyChosen);
    }
    cards
}

/// Cards that are not review conclusions but say what the trials did for a situation the review
/// did not cover (medicines not yet started).
pub fn context(situation: &Situation) -> Vec<GuidanceSituation> {
    if situation.response == Response::NotStarted {
        vec![GuidanceSituation::ResponseNotKnown]
    } else {
        Vec::new()
    }
}

/// Features of her situation that select evidence to highlight.
pub fn features(situation: &Situation) -> Vec<SituationFeature> {
    let mut features = Vec::new();
    if situation.breast_problems == BreastProblems::Yes {
        features.push(SituationFeature::BreastProblems);
    }
    match situation.sites {
        Sites::BoneOnly => features.push(SituationFeature::BoneOnly),
        Sites::Organs | Sites::Both => features.push(SituationFeature::Organs),
        Sites::NotSaid => {}
    }
    if situation.extent == Extent::OneOrFew {
        features.push(SituationFeature::FewSpots);
    }
    let triple_negative =
        situation.hormone == Status::Negative && situation.her2 == Status::Negative;
    if triple_negative {
        features.push(SituationFeature::TripleNegative);
    } else {
        match situation.hormone {
            Status::Positive => features.push(SituationFeature::HormonePositive),
            Status::Negative => features.push(SituationFeature::HormoneNegative),
            Status::NotKnown | Status::NotSaid => {}
        }
        match situation.her2 {
            Status::Positive => features.push(SituationFeature::Her2Positive),
            Status::Negative => features.push(SituationFeature::Her2Negative),
            Status::NotKnown | Status::NotSaid => {}
        }
    }
    features
}

#[cfg(test)]
mod tests {
    use super::*;

    fn situation(response: Response, breast: BreastProblems) -> Situation {
        Situation {
            response,
            breast_problems: breast,
            ..Situation::default()
        }
    }

    #[test]
    fn nothing_said_shows_no_card() {
        assert!(guidance(&Situation::default()).is_empty());
        assert!(features(&Situation::default()).is_empty());
    }

    #[test]
    fn table_of_situations_to_cards() {
        use GuidanceSituation as G;
        let cases = [
            (
                situation(Response::Growing, BreastProblems::No),
                vec![G::DistantNotControlled],
            ),
            (
                situation(Response::Growing, BreastProblems::Yes),
                vec![G::DistantNotControlled],
            ),
            (
                situation(Response::RespondingOrStable, BreastProblems::No),
                vec![G::BothControlled, G::IfLocalTherapyChosen],
            ),
            (
                situation(Response::RespondingOrStable, BreastProblems::Yes),
                vec![G::BreastProgressing, G::IfLocalTherapyChosen],
            ),
            (
                situation(Response::RespondingOrStable, BreastProblems::Unsure),
                vec![],
            ),
            (
                situation(Response::NotStarted, BreastProblems::No),
                vec![G::IfLocalTherapyChosen],
            ),
        ];
        for (s, expected) in cases {
            assert_eq!(guidance(&s), expected, "{s:?}");
        }
    }

    #[test]
    fn not_started_gets_the_trials_context_never_as_a_review_conclusion() {
        let not_started = situation(Response::NotStarted, BreastProblems::NotSaid);
        assert_eq!(
            context(&not_started),
            vec![GuidanceSituation::ResponseNotKnown]
        );
        assert!(!guidance(&not_started).contains(&GuidanceSituation::ResponseNotKnown));
        for response in [
            Response::NotSaid,
            Response::Growing,
            Response::RespondingOrStable,
        ] {
            assert!(context(&situation(response, BreastProblems::No)).is_empty());
        }
    }

    #[test]
    fn answers_that_match_no_conclusion_give_no_card() {
        // Responding, but unsure whether the breast causes problems: the review drew no conclusion.
        let unsure = situation(Response::RespondingOrStable, BreastProblems::Unsure);
        assert!(!unsure.is_empty());
        assert!(guidance(&unsure).is_empty() && context(&unsure).is_empty());
        let only_sites = Situation {
            sites: Sites::Organs,
            ..Situation::default()
        };
        assert!(guidance(&only_sites).is_empty());
    }

    #[test]
    fn every_hormone_and_her2_answer_selects_a_feature() {
        for hormone in [Status::Positive, Status::Negative] {
            for her2 in [Status::Positive, Status::Negative] {
                let s = Situation {
                    hormone,
                    her2,
                    ..Situation::default()
                };
                assert!(!features(&s).is_empty(), "{hormone:?} {her2:?}");
            }
        }
        let negative_only = Situation {
            hormone: Status::Negative,
            ..Situation::default()
        };
        assert_eq!(
            features(&negative_only),
            vec![SituationFeature::HormoneNegative]
        );
    }

    #[test]
    fn few_spots_and_a_trial_add_their_cards() {
        let s = Situation {
            response: Response::RespondingOrStable,
            breast_problems: BreastProblems::No,
            extent: Extent::OneOrFew,
            trial: TrialAvailable::Yes,
            ..Situation::default()
        };
        assert_eq!(
            guidance(&s),
            vec![
                GuidanceSituation::TrialAvailable,
                GuidanceSituation::BothControlled,
                GuidanceSituation::Oligometastatic,
                GuidanceSituation::IfLocalTherapyChosen
            ]
        );
    }

    #[test]
    fn receptor_status_selects_evidence() {
        let s = Situation {
            sites: Sites::BoneOnly,
            hormone: Status::Positive,
            her2: Status::Negative,
            ..Situation::default()
        };
        assert_eq!(
            features(&s),
            vec![
                SituationFeature::BoneOnly,
                SituationFeature::HormonePositive,
                SituationFeature::Her2Negative
            ]
        );
        let triple = Situation {
            hormone: Status::Negative,
            her2: Status::Negative,
            sites: Sites::Both,
            ..Situation::default()
        };
        assert_eq!(
            features(&triple),
            vec![SituationFeature::Organs, SituationFeature::TripleNegative]
        );
    }
}

/// One question of the optional situation form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Is the breast tumour causing problems?
    BreastProblems,
    /// How is the cancer elsewhere responding?
    Response,
    /// Where has it spread?
    Sites,
    /// How many spots?
    Extent,
    /// Hormone receptor status.
    Hormone,
    /// HER2 status.
    Her2,
    /// Is a trial open to her?
    Trial,
}

use super::session::SituationChange as C;

impl Field {
    /// Every question, in the order asked.
    pub const ALL: [Field; 7] = [
        Field::BreastProblems,
        Field::Response,
        Field::Sites,
        Field::Extent,
        Field::Hormone,
        Field::Her2,
        Field::Trial,
    ];

    /// A stable id for form controls.
    pub fn id(self) -> &'static str {
        match self {
            Field::BreastProblems => "breast-problems",
            Field::Response => "response",
            Field::Sites => "sites",
            Field::Extent => "extent",
            Field::Hormone => "hormone",
            Field::Her2 => "her2",
            Field::Trial => "trial",
        }
    }

    /// The question as shown on the form, with glossary terms marked (`{term}`) so they are
    /// explained where they appear. [`Field::question`] is the same words without the marks.
    pub fn question_with_terms(self) -> &'static str {
        match self {
            Field::Hormone => "Is your cancer {hormone-receptor}?",
            Field::Her2 => "Is your cancer {her2}?",
            Field::Trial => "Is a {clinical-trial} about treating the breast open to you?",
            other => other.question(),
        }
    }

    /// The question, in plain words (for the printed summary).
    pub fn question(self) -> &'static str {
        match self {
            Field::BreastProblems => {
                "Is the lump in your breast causing problems, such as pain, bleeding or an open wound?"
            }
            Field::Response => "How is the cancer elsewhere in your body doing on medicines?",
            Field::Sites => "Where has the cancer spread?",
            Field::Extent => "How many spots of cancer are there outside the breast?",
            Field::Hormone => "Is your cancer hormone receptor positive?",
            Field::Her2 => "Is your cancer HER2 positive?",
            Field::Trial => "Is a clinical trial about treating the breast open to you?",
        }
    }

    /// The answers, each with the change it makes.
    pub fn choices(self) -> &'static [(&'static str, SituationChange)] {
        match self {
            Field::BreastProblems => &[
                ("Yes", C::BreastProblems(BreastProblems::Yes)),
                ("No", C::BreastProblems(BreastProblems::No)),
                ("Not sure", C::BreastProblems(BreastProblems::Unsure)),
            ],
            Field::Response => &[
                (
                    "I have not started medicines yet",
                    C::Response(Response::NotStarted),
                ),
                (
                    "It is shrinking or staying the same",
                    C::Response(Response::RespondingOrStable),
                ),
                ("It is growing", C::Response(Response::Growing)),
            ],
            Field::Sites => &[
                ("Bone only", C::Sites(Sites::BoneOnly)),
                (
                    "Organs, such as the lungs, liver or brain",
                    C::Sites(Sites::Organs),
                ),
                ("Both bone and organs", C::Sites(Sites::Both)),
            ],
            Field::Extent => &[
                ("One or a few", C::Extent(Extent::OneOrFew)),
                ("Many", C::Extent(Extent::Many)),
            ],
            Field::Hormone => &[
                ("Positive", C::Hormone(Status::Positive)),
                ("Negative", C::Hormone(Status::Negative)),
                ("Not known", C::Hormone(Status::NotKnown)),
            ],
            Field::Her2 => &[
                ("Positive", C::Her2(Status::Positive)),
                ("Negative", C::Her2(Status::Negative)),
                ("Not known", C::Her2(Status::NotKnown)),
            ],
            Field::Trial => &[
                ("Yes", C::Trial(TrialAvailable::Yes)),
                ("No", C::Trial(TrialAvailable::No)),
                ("Not known", C::Trial(TrialAvailable::NotKnown)),
            ],
        }
    }

    /// The answer given so far, as the change that would set it (None if unsaid).
    pub fn current(self, s: &Situation) -> Option<SituationChange> {
        match self {
            Field::BreastProblems => (s.breast_problems != BreastProblems::NotSaid)
                .then_some(C::BreastProblems(s.breast_problems)),
            Field::Response => (s.response != Response::NotSaid).then_some(C::Response(s.response)),
            Field::Sites => (s.sites != Sites::NotSaid).then_some(C::Sites(s.sites)),
            Field::Extent => (s.extent != Extent::NotSaid).then_some(C::Extent(s.extent)),
            Field::Hormone => (s.hormone != Status::NotSaid).then_some(C::Hormone(s.hormone)),
            Field::Her2 => (s.her2 != Status::NotSaid).then_some(C::Her2(s.her2)),
            Field::Trial => (s.trial != TrialAvailable::NotSaid).then_some(C::Trial(s.trial)),
        }
    }

    /// The answer in words, for the summary.
    pub fn answer(self, s: &Situation) -> Option<&'static str> {
        let current = self.current(s)?;
        self.choices()
            .iter()
            .find(|(_, c)| *c == current)
            .map(|(label, _)| *label)
    }
}

use super::session::SituationChange;

#[cfg(test)]
mod form_tests {
    use super::*;
    use crate::domain::session::{Action, Session};

    #[test]
    fn every_choice_sets_its_own_answer() {
        for field in Field::ALL {
            for (label, change) in field.choices() {
                let mut session = Session::default();
                session.apply(Action::ChangeSituation(*change));
                assert_eq!(field.answer(&session.situation), Some(*label), "{field:?}");
            }
        }
    }

    #[test]
    fn marked_questions_read_the_same_as_the_plain_ones() {
        for field in Field::ALL {
            assert_eq!(
                crate::content::plain(field.question_with_terms()),
                field.question(),
                "{field:?}"
            );
        }
        assert!(
            Field::Hormone
                .question_with_terms()
                .contains("{hormone-receptor}")
        );
    }

    #[test]
    fn untouched_questions_have_no_answer() {
        for field in Field::ALL {
            assert_eq!(field.answer(&Situation::default()), None);
        }
    }
}

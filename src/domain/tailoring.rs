//! Tailoring: which of the 2015 review's conclusions and which evidence match her situation.
//!
//! These rules only choose what to highlight. They never compute a prognosis or pick an option:
//! every card says it is what the review concluded for situations like hers. Where the review drew
//! no conclusion (medicines not yet started), [`context`] picks a card that says what the trials
//! did instead; it is never shown as one of the review's conclusions.

use crate::content::{Bundle, GuidanceCard, GuidanceSituation, SituationFeature};

use super::situation::{
    BreastProblems, Extent, Response, Sites, Situation, Status, TrialAvailable,
};

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

/// The cards for situations, in the same order.
pub fn cards<'a>(bundle: &'a Bundle, situations: &[GuidanceSituation]) -> Vec<&'a GuidanceCard> {
    situations
        .iter()
        .filter_map(|s| bundle.guidance.iter().find(|card| card.situation == *s))
        .collect()
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

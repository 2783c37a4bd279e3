//! The counselling journey: its steps, their order, the two ways through them (the full
//! consultation and the short one), and where Back and Next go.
//!
//! A step is declared here once. The content keys its words (`steps.toml`) and the outcome steps'
//! panels (`panels.toml`) by it, and the build checks that every step has its words; the pages,
//! the routes and the browser tests read the list from here (the browser tests through
//! `prerender steps`). Adding a step: its variant, `ALL` and `path` here, its words in
//! `steps.toml`, its page, and its arm in the page switch (`app/mod.rs`).

use serde::{Deserialize, Deserializer, Serialize};

/// A step of the walk-through, in the order a consultation usually takes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// What the aid is for; the decision; optional SURE check.
    #[default]
    Start,
    /// Her situation (optional): tailors what is highlighted.
    Situation,
    /// The options side by side.
    Options,
    /// What the studies show and why they disagree.
    Studies,
    /// Survival.
    Survival,
    /// Control of the breast tumour.
    BreastControl,
    /// Harms: arm swelling, wound problems, other complications, delay of medicines.
    Harms,
    /// Quality of life, time and cost.
    Life,
    /// What matters to her, and which way she is leaning.
    Values,
    /// The SURE test.
    Check,
    /// Questions for her care team, and notes.
    Questions,
    /// Check your understanding (before the summary, so it can say what she got right).
    Knowledge,
    /// The printable summary.
    Summary,
    /// Sources and about.
    About,
}

/// Which way through the steps a consultation takes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Journey {
    /// Every step, in order.
    #[default]
    Full,
    /// The short consultation (about 5 minutes): the decision, the options at a glance, what
    /// matters to her, the SURE test and the summary.
    Short,
}

impl Journey {
    /// The steps of this way through, in order.
    pub fn steps(self) -> &'static [Step] {
        match self {
            Journey::Full => &Step::ALL,
            Journey::Short => &[
                Step::Start,
                Step::Options,
                Step::Values,
                Step::Check,
                Step::Summary,
            ],
        }
    }

    /// Whether a step is part of this way through.
    pub fn includes(self, step: Step) -> bool {
        self.steps().contains(&step)
    }

    /// The other way through.
    pub fn other(self) -> Journey {
        match self {
            Journey::Full => Journey::Short,
            Journey::Short => Journey::Full,
        }
    }
}

impl Step {
    /// Every step, in journey order.
    pub const ALL: [Step; 14] = [
        Step::Start,
        Step::Situation,
        Step::Options,
        Step::Studies,
        Step::Survival,
        Step::BreastControl,
        Step::Harms,
        Step::Life,
        Step::Values,
        Step::Check,
        Step::Questions,
        Step::Knowledge,
        Step::Summary,
        Step::About,
    ];

    /// The step's address in the app (`/harms`; the start is `/`).
    pub fn path(self) -> &'static str {
        match self {
            Step::Start => "/",
            Step::Situation => "/situation",
            Step::Options => "/options",
            Step::Studies => "/studies",
            Step::Survival => "/survival",
            Step::BreastControl => "/breast",
            Step::Harms => "/harms",
            Step::Life => "/life",
            Step::Values => "/values",
            Step::Check => "/check",
            Step::Questions => "/questions",
            Step::Knowledge => "/knowledge",
            Step::Summary => "/summary",
            Step::About => "/about",
        }
    }

    /// The id used in `steps.toml` (and in content that links to a step): the address without
    /// its slash, and `start` for the start.
    pub fn id(self) -> &'static str {
        match self {
            Step::Start => "start",
            step => step.path().trim_start_matches('/'),
        }
    }

    /// The step with this id.
    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }

    /// 1-based position in the full journey (the number the step list shows).
    pub fn number(self) -> usize {
        Step::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i + 1)
    }

    /// Where this step is on a way through: its 1-based position and the number of steps, if the
    /// way through includes it.
    pub fn position_in(self, journey: Journey) -> Option<(usize, usize)> {
        let steps = journey.steps();
        steps
            .iter()
            .position(|s| *s == self)
            .map(|i| (i + 1, steps.len()))
    }

    /// The next step of a way through. From a step it does not include (she opened one from the
    /// step list), the next one it does include.
    pub fn next_in(self, journey: Journey) -> Option<Step> {
        journey.steps().iter().copied().find(|s| *s > self)
    }

    /// The step before this one on a way through (as for [`Step::next_in`]).
    pub fn previous_in(self, journey: Journey) -> Option<Step> {
        journey.steps().iter().rev().copied().find(|s| *s < self)
    }

    /// Whether the step is an outcome step, whose sections are content panels (`panels.toml`).
    pub fn has_panels(self) -> bool {
        matches!(
            self,
            Step::Survival | Step::BreastControl | Step::Harms | Step::Life
        )
    }

    /// The step after this one in the full journey.
    pub fn next(self) -> Option<Step> {
        self.next_in(Journey::Full)
    }

    /// The step before this one in the full journey.
    pub fn previous(self) -> Option<Step> {
        self.previous_in(Journey::Full)
    }
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// A step equals its id (`Step::Harms == "harms"`), as content and tests name it.
impl PartialEq<&str> for Step {
    fn eq(&self, id: &&str) -> bool {
        self.id() == *id
    }
}

/// Content names a step by its id (`"harms"`, `"start"`).
impl<'de> Deserialize<'de> for Step {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = String::deserialize(deserializer)?;
        Step::from_id(&id).ok_or_else(|| {
            let ids: Vec<&str> = Step::ALL.iter().map(|s| s.id()).collect();
            serde::de::Error::custom(format!(
                "no step has the id {id:?}: use one of {}",
                ids.join(", ")
            ))
        })
    }
}

reflect_choices!(Step);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_short_way_includes_its_five_steps_only_and_the_full_way_every_step() {
        let short: Vec<Step> = Step::ALL
            .into_iter()
            .filter(|step| Journey::Short.includes(*step))
            .collect();
        assert_eq!(short, Journey::Short.steps());
        assert!(!Journey::Short.includes(Step::Harms));
        assert!(Step::ALL.iter().all(|step| Journey::Full.includes(*step)));
    }

    #[test]
    fn the_other_way_through_is_the_other_one_and_back() {
        assert_eq!(Journey::Full.other(), Journey::Short);
        assert_eq!(Journey::Short.other(), Journey::Full);
    }

    #[test]
    fn order_and_neighbours() {
        assert_eq!(Step::Start.number(), 1);
        assert_eq!(Step::About.number(), Step::ALL.len());
        assert_eq!(Step::Start.previous(), None);
        assert_eq!(Step::Start.next(), Some(Step::Situation));
        assert_eq!(Step::About.next(), None);
        for step in Step::ALL {
            assert_eq!(Step::from_id(step.id()), Some(step));
            if let Some(next) = step.next() {
                assert_eq!(next.previous(), Some(step));
            }
        }
    }

    #[test]
    fn the_knowledge_check_comes_before_the_summary() {
        assert_eq!(Step::Knowledge.next(), Some(Step::Summary));
        assert!(Step::Knowledge.number() < Step::Summary.number());
    }

    #[test]
    fn the_short_consultation_goes_from_the_decision_to_the_summary_in_four_steps() {
        let mut step = Step::Start;
        let mut walked = vec![step];
        while let Some(next) = step.next_in(Journey::Short) {
            walked.push(next);
            step = next;
        }
        assert_eq!(walked, Journey::Short.steps());
        assert_eq!(
            walked,
            [
                Step::Start,
                Step::Options,
                Step::Values,
                Step::Check,
                Step::Summary
            ]
        );
        // From a step off the short path, Next rejoins it, and Back goes to the one before.
        assert_eq!(Step::Harms.next_in(Journey::Short), Some(Step::Values));
        assert_eq!(Step::Harms.previous_in(Journey::Short), Some(Step::Options));
        assert_eq!(Step::Summary.position_in(Journey::Short), Some((5, 5)));
        assert_eq!(Step::Harms.position_in(Journey::Short), None);
        assert!(
            Journey::Short
                .steps()
                .iter()
                .all(|s| Journey::Full.includes(*s))
        );
        assert_eq!(Journey::Short.other(), Journey::Full);
    }
}

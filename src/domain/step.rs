//! The counselling journey: its steps, their order, and where Back and Next go.

/// A step of the walk-through, in the order a consultation usually takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// What the aid is for; the decision; optional SURE check.
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
    /// The printable summary.
    Summary,
    /// Check your understanding.
    Knowledge,
    /// Sources and about.
    About,
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
        Step::Summary,
        Step::Knowledge,
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
            Step::Summary => "/summary",
            Step::Knowledge => "/knowledge",
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

    /// 1-based position in the journey.
    pub fn number(self) -> usize {
        Step::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i + 1)
    }

    /// The step after this one.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    /// The step before this one.
    pub fn previous(self) -> Option<Step> {
        self.number()
            .checked_sub(2)
            .and_then(|i| Step::ALL.get(i).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}

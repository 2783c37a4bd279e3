//! The rules the app and the content checks both apply to the content: rounding figures to whole
//! icons, working out an arm from a hazard ratio, the words for how sure the studies are, and the
//! answer scales of the values exercise. They live here so that the checks run the app's own rules
//! (the app's `domain` re-exports them).

pub mod certainty;
pub mod effects;
pub mod frequency;
pub mod scales;

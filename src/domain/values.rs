//! What matters to her: ratings grouped by importance, her leaning in words, and whether the two
//! seem to point different ways.
//!
//! The aid never turns ratings into a recommendation. It only shows them back, beside the leaning
//! she sets herself, so she and her clinician can see whether the two fit; where they seem not to,
//! it says so and suggests talking it through ([`disagreement`]), for either way alike.

use crate::content::{Side, ValueItem, Values};

use super::ids::ValueId;
use super::pairs::Pairs;
use super::session::{Leaning, Rating};

/// Items grouped by the rating she gave, most important first; unrated items are left out.
pub fn by_importance<'a>(
    values: &'a Values,
    ratings: &Pairs<ValueId, Rating>,
) -> Vec<(&'a str, Vec<&'a ValueItem>)> {
    Rating::ALL
        .into_iter()
        .rev()
        .filter_map(|rating| {
            let items: Vec<&ValueItem> = values
                .items
                .iter()
                .filter(|item| ratings.get(&item.id) == Some(&rating))
                .collect();
            let label = values.rating_labels.get(rating.index())?;
            (!items.is_empty()).then(|| (label.as_str(), items))
        })
        .collect()
}

/// The words for a rating (`values.toml` `rating_labels`).
pub fn rating_label(values: &Values, rating: Rating) -> &str {
    values
        .rating_labels
        .get(rating.index())
        .map_or("", |l| l.as_str())
}

/// Her leaning in words, if she set one.
pub fn leaning_label(values: &Values, leaning: Option<Leaning>) -> Option<&str> {
    leaning.and_then(|position| {
        values
            .leaning_labels
            .get(position.index())
            .map(|l| l.as_str())
    })
}

/// The way of the decision a leaning points to; none in the middle of the scale.
pub fn leaning_side(leaning: Leaning) -> Option<Side> {
    match leaning {
        Leaning::MedicinesNow | Leaning::TowardsMedicines => Some(Side::MedicinesNow),
        Leaning::Unsure => None,
        Leaning::TowardsBreast | Leaning::BreastNow => Some(Side::BreastNow),
    }
}

/// Her leaning and what she said matters most seem to point different ways: the values, rated
/// most important, that point away from her leaning.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement<'a> {
    /// The way she is leaning.
    pub leaning_to: Side,
    /// What she rated most important, all pointing the other way.
    pub values: Vec<&'a ValueItem>,
}

/// Whether her leaning and what she rated most important seem to point different ways. Only the
/// values she rated highest count, and only if that is "important" or more; they must all point
/// the other way (a value that points her way, among the top ones, means they do not plainly
/// disagree). No leaning, a leaning in the middle, or no top value that points a way: none. The
/// rule treats both ways alike: mirror every value and the leaning, and the answer mirrors.
pub fn disagreement<'a>(
    values: &'a Values,
    ratings: &Pairs<ValueId, Rating>,
    leaning: Option<Leaning>,
) -> Option<Disagreement<'a>> {
    let leaning_to = leaning.and_then(leaning_side)?;
    let top = values
        .items
        .iter()
        .filter_map(|item| ratings.get(&item.id).copied())
        .max()
        .filter(|top| *top >= Rating::Important)?;
    let pointing: Vec<&ValueItem> = values
        .items
        .iter()
        .filter(|item| ratings.get(&item.id) == Some(&top) && item.points_to.is_some())
        .collect();
    let all_other_way = pointing
        .iter()
        .all(|item| item.points_to == Some(leaning_to.other()));
    (!pointing.is_empty() && all_other_way).then_some(Disagreement {
        leaning_to,
        values: pointing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Values {
        Values {
            items: ["a", "b", "c"]
                .iter()
                .map(|id| ValueItem {
                    id: (*id).into(),
                    label: id.to_uppercase().into(),
                    ..ValueItem::default()
                })
                .collect::<Vec<_>>()
                .into(),
            rating_labels: vec![
                "Not".into(),
                "Little".into(),
                "Important".into(),
                "Very".into(),
            ]
            .into(),
            leaning_labels: (0..5)
                .map(|i| format!("L{i}").into())
                .collect::<Vec<_>>()
                .into(),
            leaning_help: Default::default(),
            disagreement: Default::default(),
            disagreement_help: Default::default(),
        }
    }

    /// `a` points to medicines now, `b` to the breast now, `c` neither way.
    fn pointing() -> Values {
        let mut v = values();
        v.items = v.items.edited(|items| {
            items[0].points_to = Some(Side::MedicinesNow);
            items[1].points_to = Some(Side::BreastNow);
        });
        v
    }

    fn rate(pairs: &[(&str, Rating)]) -> Pairs<ValueId, Rating> {
        let mut ratings = Pairs::default();
        for (id, rating) in pairs {
            ratings.set((*id).into(), *rating);
        }
        ratings
    }

    fn ids(d: Option<Disagreement<'_>>) -> Option<(Side, Vec<&str>)> {
        d.map(|d| {
            (
                d.leaning_to,
                d.values.iter().map(|v| v.id.as_str()).collect(),
            )
        })
    }

    #[test]
    fn a_top_value_pointing_the_other_way_is_noticed_for_either_way() {
        let v = pointing();
        // "Avoiding an operation" very important, leaning to treat the breast.
        let ratings = rate(&[("a", Rating::Very), ("c", Rating::Important)]);
        assert_eq!(
            ids(disagreement(&v, &ratings, Some(Leaning::TowardsBreast))),
            Some((Side::BreastNow, vec!["a"]))
        );
        assert_eq!(
            ids(disagreement(&v, &ratings, Some(Leaning::BreastNow))).map(|d| d.0),
            Some(Side::BreastNow)
        );
        // The mirror image.
        let ratings = rate(&[("b", Rating::Very)]);
        assert_eq!(
            ids(disagreement(&v, &ratings, Some(Leaning::MedicinesNow))),
            Some((Side::MedicinesNow, vec!["b"]))
        );
    }

    #[test]
    fn no_prompt_when_they_agree_are_mixed_unsure_or_only_a_little_important() {
        let v = pointing();
        let agree = rate(&[("a", Rating::Very)]);
        assert_eq!(
            ids(disagreement(&v, &agree, Some(Leaning::TowardsMedicines))),
            None
        );
        let mixed = rate(&[("a", Rating::Very), ("b", Rating::Very)]);
        assert_eq!(
            ids(disagreement(&v, &mixed, Some(Leaning::BreastNow))),
            None
        );
        let little = rate(&[("a", Rating::ALittle)]);
        assert_eq!(
            ids(disagreement(&v, &little, Some(Leaning::BreastNow))),
            None
        );
        let neither = rate(&[("c", Rating::Very), ("a", Rating::Important)]);
        assert_eq!(
            ids(disagreement(&v, &neither, Some(Leaning::BreastNow))),
            None,
            "only the top rating counts, and its value points neither way"
        );
        let strong = rate(&[("a", Rating::Very)]);
        assert_eq!(ids(disagreement(&v, &strong, Some(Leaning::Unsure))), None);
        assert_eq!(ids(disagreement(&v, &strong, None)), None);
    }

    #[test]
    fn groups_most_important_first_and_skips_unrated() {
        let v = values();
        let mut ratings = Pairs::default();
        ratings.set("a".into(), Rating::ALittle);
        ratings.set("b".into(), Rating::Very);
        ratings.set("c".into(), Rating::Very);
        let groups = by_importance(&v, &ratings);
        let shape: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|(l, items)| (*l, items.iter().map(|i| i.id.as_str()).collect()))
            .collect();
        assert_eq!(shape, vec![("Very", vec!["b", "c"]), ("Little", vec!["a"])]);
        assert!(by_importance(&v, &Pairs::default()).is_empty());
    }

    #[test]
    fn leaning_in_words() {
        let v = values();
        assert_eq!(leaning_label(&v, Some(Leaning::Unsure)), Some("L2"));
        assert_eq!(leaning_label(&v, None), None);
    }
}

//! What matters to her: ratings grouped by importance, and her leaning in words.
//!
//! The aid never turns ratings into a recommendation. It only shows them back, beside the leaning
//! she sets herself, so she and her clinician can see whether the two fit.

use crate::content::{ValueItem, Values};

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
        }
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

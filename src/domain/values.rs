//! What matters to her: ratings grouped by importance, and her leaning in words.
//!
//! The aid never turns ratings into a recommendation. It only shows them back, beside the leaning
//! she sets herself, so she and her clinician can see whether the two fit.

use crate::content::{ValueItem, Values};

use super::session::Pairs;

/// Items grouped by the rating she gave, most important first; unrated items are left out.
pub fn by_importance<'a>(
    values: &'a Values,
    ratings: &Pairs<u8>,
) -> Vec<(&'a str, Vec<&'a ValueItem>)> {
    (0..values.rating_labels.len())
        .rev()
        .filter_map(|level| {
            let items: Vec<&ValueItem> = values
                .items
                .iter()
                .filter(|item| {
                    ratings
                        .get(item.id.as_str())
                        .is_some_and(|r| usize::from(*r) == level)
                })
                .collect();
            (!items.is_empty()).then(|| (values.rating_labels[level].as_str(), items))
        })
        .collect()
}

/// Her leaning in words, if she set one.
pub fn leaning_label(values: &Values, leaning: Option<u8>) -> Option<&str> {
    leaning.and_then(|position| {
        values
            .leaning_labels
            .get(usize::from(position))
            .map(crate::content::Text::as_str)
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
        ratings.set("a".to_owned(), 1);
        ratings.set("b".to_owned(), 3);
        ratings.set("c".to_owned(), 3);
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
        assert_eq!(leaning_label(&v, Some(2)), Some("L2"));
        assert_eq!(leaning_label(&v, None), None);
        assert_eq!(leaning_label(&v, Some(9)), None);
    }
}

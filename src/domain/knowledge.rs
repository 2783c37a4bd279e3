//! The knowledge check: which answers were right.

use crate::content::KnowledgeItem;

use super::session::Pairs;

/// Right answers out of answered items, among the given items.
pub fn tally<'a>(
    items: impl IntoIterator<Item = &'a KnowledgeItem>,
    answers: &Pairs<String>,
) -> (usize, usize) {
    items.into_iter().fold((0, 0), |(right, answered), item| {
        match answers.get(item.id.as_str()) {
            Some(choice) => (
                right + usize::from(item.correct == choice.as_str()),
                answered + 1,
            ),
            None => (right, answered),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Audience, Choice};

    fn item(id: &str, correct: &str) -> KnowledgeItem {
        KnowledgeItem {
            id: id.to_owned().into(),
            audience: Audience::Patient,
            choices: vec![Choice {
                id: correct.to_owned().into(),
                ..Choice::default()
            }]
            .into(),
            correct: correct.to_owned().into(),
            ..KnowledgeItem::default()
        }
    }

    #[test]
    fn counts_right_and_answered() {
        let items = [item("a", "x"), item("b", "y"), item("c", "z")];
        let mut answers = Pairs::default();
        answers.set("a".to_owned(), "x".to_owned());
        answers.set("b".to_owned(), "n".to_owned());
        assert_eq!(tally(&items, &answers), (1, 2));
    }
}

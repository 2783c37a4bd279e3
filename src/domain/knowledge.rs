//! The knowledge check: which answers were right.

use crate::content::KnowledgeItem;

use super::ids::{ChoiceId, KnowledgeId};
use super::pairs::Pairs;

/// Right answers out of answered items, among the given items.
pub fn tally<'a>(
    items: impl IntoIterator<Item = &'a KnowledgeItem>,
    answers: &Pairs<KnowledgeId, ChoiceId>,
) -> (usize, usize) {
    items.into_iter().fold((0, 0), |(right, answered), item| {
        match answers.get(&item.id) {
            Some(choice) => (right + usize::from(*choice == item.correct), answered + 1),
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
        answers.set("a".into(), "x".into());
        answers.set("b".into(), "n".into());
        assert_eq!(tally(&items, &answers), (1, 2));
    }
}

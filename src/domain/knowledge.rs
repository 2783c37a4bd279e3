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

/// One answered item, for the summary: the question, whether she got it right, and the right
/// answer's words (so the summary can say what to talk about).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answered<'a> {
    /// The question.
    pub question: &'a str,
    /// Whether her answer was the right one.
    pub right: bool,
    /// The words of the right answer.
    pub right_answer: &'a str,
}

/// The items she answered, in list order.
pub fn answered<'a>(
    items: impl IntoIterator<Item = &'a KnowledgeItem>,
    answers: &Pairs<KnowledgeId, ChoiceId>,
) -> Vec<Answered<'a>> {
    items
        .into_iter()
        .filter_map(|item| {
            let choice = answers.get(&item.id)?;
            let right_answer = item
                .choices
                .iter()
                .find(|c| c.id == item.correct)
                .map_or("", |c| c.text.as_str());
            Some(Answered {
                question: item.question.as_str(),
                right: *choice == item.correct,
                right_answer,
            })
        })
        .collect()
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
    fn each_answer_line_gives_the_right_choice_in_words() {
        let mut question = item("a", "x");
        question.choices = vec![
            Choice {
                id: "w".to_owned().into(),
                text: "Wrong words".to_owned().into(),
            },
            Choice {
                id: "x".to_owned().into(),
                text: "Right words".to_owned().into(),
            },
        ]
        .into();
        let mut answers = Pairs::default();
        answers.set("a".into(), "w".into());
        let lines = answered([&question], &answers);
        assert_eq!(lines.len(), 1);
        assert!(!lines[0].right);
        assert_eq!(lines[0].right_answer, "Right words");
    }

    #[test]
    fn counts_right_and_answered() {
        let items = [item("a", "x"), item("b", "y"), item("c", "z")];
        let mut answers = Pairs::default();
        answers.set("a".into(), "x".into());
        answers.set("b".into(), "n".into());
        assert_eq!(tally(&items, &answers), (1, 2));
        let lines = answered(&items, &answers);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].right);
        assert!(!lines[1].right);
        assert_eq!(
            lines.iter().filter(|l| l.right).count(),
            tally(&items, &answers).0
        );
    }
}

//! The note of the discussion for the medical record, which the summary copies when the clinician
//! presses "Copy a note for the record": plain text, built from what the summary shows
//! ([`summary::build`]) and the words of `ui.toml` `[record_note]`.
//!
//! It holds the options discussed, the key numbers as the summary's short answers give them (the
//! rows at a glance whose answers rest on numbers out of 100 or 1,000, each with its time frame),
//! what she rated most important, her leaning, her SURE scores and the evidence version. It never
//! holds her situation, her notes or anything else she typed, a name or a date of birth: the
//! session holds no name or date, and this function reads no free text from it.

use crate::content::{Bundle, CompareRow, FigureRef, plain};

use super::phrasing::evidence_line;
use super::session::Session;
use super::summary::{self, Summary};
use super::sure::{QUESTIONS, SurePhase};

/// The note for the record, one line a statement, with no line break at its end.
pub fn record_note(session: &Session, bundle: &Bundle) -> String {
    let words = &bundle.ui.record_note;
    let model = summary::build(session, bundle);
    let mut lines = vec![words.heading.fill(&bundle.meta.title)];
    let names: Vec<String> = model.options.iter().map(|o| plain(&o.name)).collect();
    lines.push(words.options.fill(&names.join("; ")));
    lines.push(words.key_numbers.as_str().to_owned());
    for row in model.rows.iter().filter(|row| gives_numbers(row)) {
        lines.push(plain(&row.question));
        for option in &model.options {
            if let Some(cell) = row.cells.iter().find(|c| c.option == option.id) {
                // The short answer the summary prints (every row at a glance has one; the build
                // checks it), else the patient's full answer, as the summary would show.
                let answer = cell
                    .glance
                    .as_ref()
                    .map_or(cell.patient.as_str(), |g| g.as_str());
                lines.push(words.answer.fill(&plain(&option.name), &plain(answer)));
            }
        }
    }
    lines.push(most_important(&model, bundle));
    let leaning = model.leaning.unwrap_or(words.not_set.as_str());
    lines.push(words.leaning.fill(&leaning));
    lines.push(
        words
            .sure_start
            .fill(&sure_score(&model, SurePhase::Start, bundle)),
    );
    lines.push(
        words
            .sure_end
            .fill(&sure_score(&model, SurePhase::End, bundle)),
    );
    lines.push(evidence_line(&bundle.meta));
    lines.join("\n")
}

/// Whether a row's short answers give numbers: a cell rests on a natural frequency (the summary
/// picks the sources of its printed numbers by the same rule).
fn gives_numbers(row: &CompareRow) -> bool {
    row.cells.iter().any(|cell| {
        cell.figures
            .iter()
            .filter_map(FigureRef::get)
            .any(|f| f.frequency().is_some())
    })
}

/// What she rated most important: the first group of the summary's list (the highest level she
/// gave), with that level in words.
fn most_important(model: &Summary<'_>, bundle: &Bundle) -> String {
    let words = &bundle.ui.record_note;
    match model.values.first() {
        Some((level, items)) => {
            let labels: Vec<String> = items.iter().map(|i| plain(&i.label)).collect();
            words.most_important.fill(level, &labels.join("; "))
        }
        None => words.nothing_rated.as_str().to_owned(),
    }
}

/// A SURE score as the summary shows it ("3 of 4", "not all answered"), or "not taken".
fn sure_score(model: &Summary<'_>, phase: SurePhase, bundle: &Bundle) -> String {
    let words = &bundle.ui;
    match model.sure.iter().find(|r| r.phase == phase) {
        Some(result) => result.score.map_or_else(
            || words.summary.not_all_answered.as_str().to_owned(),
            |score| words.record_note.sure_score.fill(&score, &QUESTIONS),
        ),
        None => words.record_note.not_taken.as_str().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::bundle;
    use crate::domain::session::{Action, Leaning, Rating};

    fn line_starting<'a>(note: &'a str, start: &str) -> &'a str {
        note.lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("no line starts with {start:?} in\n{note}"))
    }

    #[test]
    fn an_empty_session_says_what_was_not_done() {
        let note = record_note(&Session::default(), bundle());
        assert_eq!(
            line_starting(&note, "Most important"),
            "Most important to her: nothing rated."
        );
        assert_eq!(line_starting(&note, "Leaning"), "Leaning: not set.");
        assert_eq!(
            line_starting(&note, "SURE test at the start"),
            "SURE test at the start: not taken."
        );
        assert_eq!(
            line_starting(&note, "SURE test at the end"),
            "SURE test at the end: not taken."
        );
        assert!(note.ends_with(&evidence_line(&bundle().meta)), "{note}");
        assert!(!note.ends_with('\n'));
    }

    #[test]
    fn only_the_top_level_of_importance_is_listed_with_its_words() {
        let mut session = Session::default();
        session.apply(Action::Rate("keep-breast".into(), Rating::Important));
        session.apply(Action::Rate("avoid-operation".into(), Rating::Important));
        session.apply(Action::Rate("time-and-cost".into(), Rating::ALittle));
        let note = record_note(&session, bundle());
        assert_eq!(
            line_starting(&note, "Most important"),
            "Most important to her (Important): Avoiding an operation; Keeping my breast and how my body looks."
        );
        assert!(!note.contains("Keeping hospital time"), "{note}");
    }

    #[test]
    fn a_sure_test_not_finished_reads_as_on_the_summary() {
        let mut session = Session::default();
        session.apply(Action::AnswerSure(SurePhase::End, 0, Some(true)));
        session.apply(Action::SetLeaning(Some(Leaning::Unsure)));
        let note = record_note(&session, bundle());
        assert_eq!(
            line_starting(&note, "SURE test at the end"),
            "SURE test at the end: not all answered."
        );
        assert_eq!(line_starting(&note, "Leaning"), "Leaning: Not sure yet.");
    }

    #[test]
    fn the_rows_without_numbers_are_left_out_and_markup_is_plain() {
        let note = record_note(&Session::default(), bundle());
        assert!(note.contains("\nWill it help me live longer?\n"), "{note}");
        assert!(!note.contains("How sure are the studies?"), "{note}");
        assert!(!note.contains('{') && !note.contains('}'), "{note}");
        // Every option's answer under each question with numbers, in the order she saw them.
        let answers = note.lines().filter(|l| l.starts_with("- ")).count();
        assert_eq!(answers, 4 * 4, "{note}");
    }

    #[test]
    fn the_options_follow_the_order_she_saw() {
        let mut session = Session::default();
        let first = record_note(&session, bundle());
        session.apply(Action::SwapOrder);
        let swapped = record_note(&session, bundle());
        let options = |note: &str| line_starting(note, "Options discussed").to_owned();
        let mut names: Vec<String> = options(&first)
            .trim_start_matches("Options discussed: ")
            .trim_end_matches('.')
            .split("; ")
            .map(str::to_owned)
            .collect();
        names.reverse();
        assert_eq!(
            options(&swapped),
            format!("Options discussed: {}.", names.join("; "))
        );
    }
}

//! The summary: everything the printout shows, built from the session and the content.

use std::collections::BTreeSet;

use crate::content::{
    Bundle, CompareRow, FigureRef, GuidanceCard, Meta, Source, TreatmentOption, ValueItem,
};

use super::knowledge;
use super::session::{OptionOrder, Session};
use super::situation::Field;
use super::step::Journey;
use super::sure::{self, SurePhase};
use super::tailoring;
use super::values;

/// One SURE result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SureResult {
    /// When it was taken.
    pub phase: SurePhase,
    /// Score out of 4, if all four were answered.
    pub score: Option<u8>,
}

/// What the printed summary shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary<'a> {
    /// The decision she is making, in the patient's words (the printout is hers in either view).
    pub decision: &'a str,
    /// Funding and conflicts of interest of the aid (IPDAS asks for them on what she takes home).
    pub funding: &'a str,
    /// Her situation, as question and answer, for the questions she answered.
    pub situation: Vec<(String, &'static str)>,
    /// The 2015 review's conclusions for situations like hers.
    pub guidance: Vec<&'a GuidanceCard>,
    /// The options, in the order she saw them.
    pub options: Vec<&'a TreatmentOption>,
    /// The compare rows chosen for the printout.
    pub rows: Vec<&'a CompareRow>,
    /// What matters to her, grouped from most to least important.
    pub values: Vec<(&'a str, Vec<&'a ValueItem>)>,
    /// Her leaning, in words.
    pub leaning: Option<&'a str>,
    /// Whether her leaning and what she rated most important seem to point different ways.
    pub disagreement: Option<values::Disagreement<'a>>,
    /// SURE results, start then end.
    pub sure: Vec<SureResult>,
    /// Suggestions for SURE questions answered "no" at the latest check.
    pub sure_help: Vec<&'a str>,
    /// Questions she ticked, in list order.
    pub questions: Vec<&'a str>,
    /// Her notes, as typed.
    pub notes: &'a str,
    /// Knowledge check: right answers, answered items.
    pub knowledge: (usize, usize),
    /// Knowledge check: each answered item, right or not, with the right answer.
    pub knowledge_answers: Vec<knowledge::Answered<'a>>,
    /// Which way through the steps she took.
    pub journey: Journey,
    /// Sources behind what is printed.
    pub sources: Vec<&'a Source>,
    /// Evidence version and dates.
    pub meta: &'a Meta,
}

/// Options in the order the session shows them.
pub fn ordered_options(bundle: &Bundle, order: OptionOrder) -> Vec<&TreatmentOption> {
    let mut options: Vec<&TreatmentOption> = bundle.options.iter().collect();
    if order == OptionOrder::Reversed {
        options.reverse();
    }
    options
}

/// Builds the summary.
pub fn build<'a>(session: &'a Session, bundle: &'a Bundle) -> Summary<'a> {
    let situation_lines = Field::ALL
        .iter()
        .filter_map(|field| {
            field
                .answer(&session.situation)
                .map(|answer| (field.question(), answer))
        })
        .collect();
    let guidance = tailoring::cards(bundle, &tailoring::guidance(&session.situation));
    let rows: Vec<&CompareRow> = bundle
        .compare
        .iter()
        .filter(|row| row.at_a_glance)
        .collect();
    let sure_results: Vec<SureResult> = session
        .sure
        .taken()
        .map(|(phase, answers)| SureResult {
            phase,
            score: sure::score(answers),
        })
        .collect();
    let latest = session.sure.taken().last().map(|(_, answers)| answers);
    let sure_help = latest
        .map(|answers| {
            sure::help_for(answers, &bundle.sure)
                .into_iter()
                .map(|h| h.text.as_str())
                .collect()
        })
        .unwrap_or_default();
    let questions = bundle
        .questions
        .iter()
        .filter(|q| session.questions.iter().any(|id| *id == q.id))
        .map(|q| q.text.as_str())
        .collect();

    // Sources of what is printed: the sources of the numbers in the rows' short answers (counts
    // out of 100, from the cells' natural-frequency figures; the ratios and words behind the full
    // answers are on screen), the cards, the SURE test.
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    for row in &rows {
        for cell in &row.cells {
            for figure in cell
                .figures
                .iter()
                .filter_map(FigureRef::get)
                .filter(|f| f.frequency().is_some())
            {
                ids.extend(figure.sources.iter().map(|s| &**s));
            }
        }
    }
    for card in &guidance {
        ids.extend(card.sources.iter().map(|s| &**s));
    }
    if !sure_results.is_empty() {
        ids.insert(&bundle.sure.source);
    }
    let sources = bundle
        .sources
        .iter()
        .filter(|s| ids.contains(s.id.as_str()))
        .collect();

    Summary {
        decision: bundle.meta.decision_patient.as_str(),
        funding: bundle.meta.funding.as_str(),
        situation: situation_lines,
        guidance,
        options: ordered_options(bundle, session.order),
        rows,
        values: values::by_importance(&bundle.values, &session.ratings),
        leaning: values::leaning_label(&bundle.values, session.leaning),
        disagreement: values::disagreement(&bundle.values, &session.ratings, session.leaning),
        sure: sure_results,
        sure_help,
        questions,
        notes: &session.notes,
        knowledge: knowledge::tally(&bundle.knowledge, &session.knowledge),
        knowledge_answers: knowledge::answered(&bundle.knowledge, &session.knowledge),
        journey: session.journey,
        sources,
        meta: &bundle.meta,
    }
}

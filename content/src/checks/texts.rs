//! Every piece of prose in the bundle, labelled by where it is and who reads it.
//!
//! The walk reads every field of every record through the schema's reflection (one definition of
//! each record, `content::schema`), and each string field's type says who reads it
//! (`PatientText`, `ClinicianText`, …). So a field added to the schema is checked by every lint
//! the moment it is declared. The plain-language check (grade 8 or below for the patient view),
//! the "1 in X" and relative-wording lints, the number-traceability lint and the markup check all
//! walk this list.

use crate::schema::reflect::{RefKind, Value, WordsKind};
use crate::schema::{Audience, Bundle, Reflect};

/// Who reads a piece of prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// Shown in the patient view (must read at grade 8 or below).
    Patient,
    /// Shown in the clinician view only.
    Clinician,
    /// A clinician-view detail in the source's terms (a figure's label or population): checked
    /// for wording, not for numbers.
    Detail,
    /// Quoted verbatim from a source (the seed review, the SURE test, a paper): never rewritten.
    Verbatim,
}

/// One piece of prose and what it may cite.
#[derive(Clone, Debug)]
pub struct Prose<'a> {
    /// Where it is ("option `surgery` benefits[0].patient").
    pub place: String,
    /// Who reads it.
    pub reader: Reader,
    /// The prose, with glossary markup.
    pub text: &'a str,
    /// Figures the text may take its numbers from.
    pub figures: Vec<&'a str>,
    /// Sources the text rests on.
    pub sources: Vec<&'a str>,
    /// Whether the screen shows this text with glossary terms explained inline (its type is a
    /// `…Text`, rendered with `rich`). Labels (`…Label`) are shown as plain words: they may not be
    /// able to explain a term where it appears.
    pub inline_terms: bool,
}

/// A piece of prose with the record it belongs to and its field, for checks that word their
/// fixes per field ("figure `x`: `population_patient` uses …").
#[derive(Clone, Debug)]
pub struct Located<'a> {
    /// The record ("figure `e2108-os-3y`", "bundle.toml").
    pub record: String,
    /// The field inside it ("population_patient", "frequency.arms[0].label_patient").
    pub field: String,
    /// The prose.
    pub prose: Prose<'a>,
    /// The words as the data file holds them: the prose, or a template's words with its
    /// `{slot}`s (which the prose reads as words).
    pub raw: &'a str,
    /// Its string type (`None` for a template).
    pub kind: Option<WordsKind>,
}

/// All prose in the bundle.
pub fn all(bundle: &Bundle) -> Vec<Prose<'_>> {
    located(bundle).into_iter().map(|l| l.prose).collect()
}

/// All prose in the bundle, with its record and field.
pub fn located(bundle: &Bundle) -> Vec<Located<'_>> {
    let mut out = Vec::new();
    replaced(bundle, &mut |text| {
        // Names are walked for a second language only: they are not prose.
        if text.kind != Some(WordsKind::Name) {
            out.push(text.clone());
        }
        None
    });
    out
}

/// The bundle as the baker reads it (`checks::bake::value`), with each piece of prose, and each
/// [`Name`](crate::schema::Name) (as [`Reader::Verbatim`]: a name a language may translate, such
/// as a glossary term's), replaced by what `replace` returns for it (`None` keeps it): how a
/// second language is laid over the English (`checks::language`). The walk is the one every lint
/// reads, so each piece of prose has the same record and field here as in every check's message.
pub fn replaced<'a>(
    bundle: &'a Bundle,
    replace: &mut dyn FnMut(&Located<'a>) -> Option<&'a str>,
) -> Value<'a> {
    let mut value = bundle.reflect();
    visit(
        &mut value,
        &Where::default(),
        &Cites::default(),
        false,
        replace,
    );
    value
}

impl Located<'_> {
    /// The prose's key: its record and field ("option `surgery` benefits[0].patient"), whole
    /// even where the record's only prose leaves the field out of its `place`. A translation is
    /// keyed by it (`checks::language`).
    pub fn key(&self) -> String {
        match (self.record.is_empty(), self.field.is_empty()) {
            (true, _) => self.field.clone(),
            (false, true) => self.record.clone(),
            (false, false) => format!("{} {}", self.record, self.field),
        }
    }
}

/// Where the walk is: the innermost record that names itself, and the field path inside it.
#[derive(Clone, Default)]
struct Where {
    record: String,
    path: String,
}

impl Where {
    fn field(&self, name: &str) -> Self {
        Self {
            record: self.record.clone(),
            path: if self.path.is_empty() {
                name.to_owned()
            } else {
                format!("{}.{name}", self.path)
            },
        }
    }

    fn item(&self, index: usize) -> Self {
        Self {
            record: self.record.clone(),
            path: format!("{}[{index}]", self.path),
        }
    }

    /// "figure `x` population_patient"; the field is left out where it is the record's only prose.
    fn place(&self, only_prose: bool) -> String {
        match (self.record.is_empty(), self.path.is_empty() || only_prose) {
            (true, _) => self.path.clone(),
            (false, true) => self.record.clone(),
            (false, false) => format!("{} {}", self.record, self.path),
        }
    }
}

/// What the prose in a record may cite: the figures and sources its record (or an enclosing one)
/// lists, and the audience of a knowledge item.
#[derive(Clone, Default)]
struct Cites<'a> {
    figures: Vec<&'a str>,
    sources: Vec<&'a str>,
    clinician_item: bool,
}

impl<'a> Cites<'a> {
    /// The citations of a record's own fields, added to those it inherits.
    fn with_record(
        &self,
        cites_itself: Option<(RefKind, &'a str)>,
        fields: &[(&'static str, Value<'a>)],
    ) -> Self {
        let mut cites = self.clone();
        // A figure's own words may use its own numbers.
        if let Some((kind, id)) = cites_itself {
            cites.add(kind, id);
        }
        for (_, value) in fields {
            refs(value, &mut cites);
            if let Value::Choice {
                audience: Some(audience),
                ..
            } = value
            {
                cites.clinician_item = *audience == Audience::Clinician;
            }
        }
        cites
    }

    /// A record the prose may take its numbers from, or rest on.
    fn add(&mut self, kind: RefKind, id: &'a str) {
        match kind {
            RefKind::Figure => self.figures.push(id),
            RefKind::Source => self.sources.push(id),
        }
    }
}

/// The references in a field (a reference, an optional one, or a list of them).
fn refs<'a>(value: &Value<'a>, cites: &mut Cites<'a>) {
    match value {
        Value::Ref(kind, id) => cites.add(*kind, id),
        Value::Optional(Some(inner)) => refs(inner, cites),
        Value::List { items, .. } => {
            for item in items {
                if matches!(item, Value::Ref(..)) {
                    refs(item, cites);
                }
            }
        }
        _ => {}
    }
}

/// Who reads a string field of this kind, and whether it is shown with terms explained inline;
/// `None` for ids and names, which are not prose.
fn reader(kind: WordsKind, clinician_item: bool) -> Option<(Reader, bool)> {
    Some(match kind {
        WordsKind::Id | WordsKind::Name | WordsKind::Citation => return None,
        WordsKind::PatientText => (Reader::Patient, true),
        WordsKind::PatientLabel | WordsKind::PatientAside | WordsKind::StudyLabel => {
            (Reader::Patient, false)
        }
        WordsKind::ClinicianText => (Reader::Clinician, true),
        WordsKind::ClinicianLabel => (Reader::Clinician, false),
        WordsKind::ClinicianDetail => (Reader::Detail, false),
        WordsKind::Verbatim | WordsKind::SureWording => (Reader::Verbatim, false),
        // The 2015 review's CME questions and choices are quoted as published.
        WordsKind::QuizWording if clinician_item => (Reader::Verbatim, false),
        WordsKind::QuizWording => (Reader::Patient, false),
        WordsKind::QuizExplanation if clinician_item => (Reader::Clinician, true),
        WordsKind::QuizExplanation => (Reader::Patient, true),
    })
}

/// A template's words with each `{slot}` read as the word "some", so the prose lints see a
/// sentence (the walk's texts live as long as the bundle: the process is a short-lived check).
pub(crate) fn with_slots_as_words(text: &str) -> &'static str {
    let mut words = String::with_capacity(text.len());
    let mut rest = text;
    for slot in crate::schema::slots_in(text) {
        let marked = format!("{{{slot}}}");
        if let Some(at) = rest.find(&marked) {
            words.push_str(&rest[..at]);
            words.push_str("some");
            rest = &rest[at + marked.len()..];
        }
    }
    words.push_str(rest);
    Box::leak(words.into_boxed_str())
}

/// Whether a field is a prose string (directly or optional), for the "only prose field" rule.
fn is_prose(value: &Value<'_>) -> bool {
    match value {
        Value::Words(kind, _) => kind.is_prose(),
        Value::Template { .. } => true,
        Value::Optional(Some(inner)) => is_prose(inner),
        _ => false,
    }
}

/// What the walk does with each piece of prose: it may return other words to put in its place.
type Replace<'r, 'a> = dyn FnMut(&Located<'a>) -> Option<&'a str> + 'r;

fn visit<'a>(
    value: &mut Value<'a>,
    at: &Where,
    cites: &Cites<'a>,
    only_prose: bool,
    replace: &mut Replace<'_, 'a>,
) {
    match value {
        Value::Words(kind, text) => {
            let read = match kind {
                WordsKind::Name => Some((Reader::Verbatim, false)),
                _ => reader(*kind, cites.clinician_item),
            };
            if let Some((reader, inline_terms)) = read
                && !text.trim().is_empty()
            {
                let located = Located {
                    record: at.record.clone(),
                    field: at.path.clone(),
                    prose: Prose {
                        place: at.place(only_prose),
                        reader,
                        text,
                        figures: cites.figures.clone(),
                        sources: cites.sources.clone(),
                        inline_terms,
                    },
                    raw: text,
                    kind: Some(*kind),
                };
                if let Some(words) = replace(&located) {
                    *text = words;
                }
            }
        }
        // Screen words with slots are read as patient words, each slot as a plain word (what
        // fills it is the screen's: a number, a date, a title, checked where it comes from).
        Value::Template {
            text, clinician, ..
        } if !text.trim().is_empty() => {
            let located = Located {
                record: at.record.clone(),
                field: at.path.clone(),
                prose: Prose {
                    place: at.place(only_prose),
                    reader: if *clinician {
                        Reader::Clinician
                    } else {
                        Reader::Patient
                    },
                    text: with_slots_as_words(text),
                    figures: cites.figures.clone(),
                    sources: cites.sources.clone(),
                    inline_terms: false,
                },
                raw: text,
                kind: None,
            };
            if let Some(words) = replace(&located) {
                *text = words;
            }
        }
        Value::Template { .. } => {}
        Value::Optional(Some(inner)) => visit(inner, at, cites, only_prose, replace),
        Value::List { items, .. } => {
            for (index, item) in items.iter_mut().enumerate() {
                visit(item, &at.item(index), cites, false, replace);
            }
        }
        Value::Variant { inner, .. } => visit(inner, at, cites, only_prose, replace),
        Value::Record {
            place,
            cites_itself,
            fields,
            ..
        } => {
            let at = match place {
                Some(own) if at.record.is_empty() => Where {
                    record: own.clone(),
                    path: String::new(),
                },
                Some(own) => Where {
                    record: format!("{} {own}", at.record),
                    path: String::new(),
                },
                None => at.clone(),
            };
            let cites = cites.with_record(*cites_itself, fields);
            let only_one = fields.iter().filter(|(_, v)| is_prose(v)).count() == 1;
            for (name, field) in fields.iter_mut() {
                // A figure's value is named by its kind ("frequency.event_patient").
                let name = match field {
                    Value::Variant { key, .. } => *key,
                    _ => *name,
                };
                visit(field, &at.field(name), &cites, only_one, replace);
            }
        }
        Value::Optional(None)
        | Value::Number(..)
        | Value::Bool(_)
        | Value::Decimal(_)
        | Value::Choice { .. }
        | Value::Ref(..) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{Choice, Figure, GlossaryTerm, KnowledgeItem, List, Panel, PromptQuestion};

    #[test]
    fn a_figures_own_words_may_cite_the_figure_and_a_clinician_items_words_are_quoted() {
        let bundle = Bundle {
            figures: List::from(vec![Figure {
                id: "f".into(),
                sources: List::from(vec!["s".into()]),
                population_patient: "Women like her.".into(),
                ..Figure::default()
            }]),
            knowledge: List::from(vec![
                KnowledgeItem {
                    id: "patient".into(),
                    question: "Is it so?".into(),
                    ..KnowledgeItem::default()
                },
                KnowledgeItem {
                    id: "clinician".into(),
                    audience: Audience::Clinician,
                    question: "As the review asked it?".into(),
                    choices: List::from(vec![Choice {
                        id: "a".into(),
                        text: "As the review put it.".into(),
                    }]),
                    ..KnowledgeItem::default()
                },
            ]),
            ..Bundle::default()
        };
        let found: Vec<(String, Reader, Vec<&str>, Vec<&str>)> = all(&bundle)
            .into_iter()
            .map(|p| (p.place, p.reader, p.figures, p.sources))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "figure `f` population_patient".to_owned(),
                    Reader::Patient,
                    vec!["f"],
                    vec!["s"]
                ),
                (
                    "knowledge item `patient` question".to_owned(),
                    Reader::Patient,
                    vec![],
                    vec![]
                ),
                (
                    "knowledge item `clinician` question".to_owned(),
                    Reader::Verbatim,
                    vec![],
                    vec![]
                ),
                (
                    "knowledge item `clinician` choice `a`".to_owned(),
                    Reader::Verbatim,
                    vec![],
                    vec![]
                ),
            ]
        );
    }

    #[test]
    fn every_prose_field_is_walked_with_its_reader_and_place() {
        let bundle = Bundle {
            panels: List::from(vec![Panel {
                id: "p".into(),
                heading: "Heading".into(),
                summary_patient: "Plain words.".into(),
                summary_clinician: "Clinician words.".into(),
                figures: List::from(vec!["f".into()]),
                ..Panel::default()
            }]),
            glossary: List::from(vec![GlossaryTerm {
                id: "t".into(),
                term: "Term".into(),
                definition: "What it means.".into(),
                ..GlossaryTerm::default()
            }]),
            questions: List::from(vec![PromptQuestion {
                id: "q".into(),
                text: "Ask this?".into(),
            }]),
            ..Bundle::default()
        };
        let found: Vec<(String, Reader, bool, Vec<&str>)> = all(&bundle)
            .into_iter()
            .map(|p| (p.place, p.reader, p.inline_terms, p.figures))
            .collect();
        let expected = [
            ("panel `p` heading", Reader::Patient, false, vec!["f"]),
            (
                "panel `p` summary_patient",
                Reader::Patient,
                true,
                vec!["f"],
            ),
            (
                "panel `p` summary_clinician",
                Reader::Clinician,
                true,
                vec!["f"],
            ),
            ("glossary term `t`", Reader::Patient, false, vec![]),
            ("question `q`", Reader::Patient, false, vec![]),
        ];
        assert_eq!(
            found,
            expected
                .into_iter()
                .map(|(p, r, i, f)| (p.to_owned(), r, i, f))
                .collect::<Vec<_>>()
        );
    }
}

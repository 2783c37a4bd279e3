//! Every piece of prose in the bundle, labelled by where it is and who reads it.
//!
//! The plain-language check (grade 8 or below for the patient view), the "1 in X" and
//! relative-wording lints, and the number-traceability lint all walk this list, so a new content
//! field is checked as soon as it is listed here. The About screen uses it to show the measured
//! reading grade.

use super::schema::{self, Audience, Bundle, Point};

/// Who reads a piece of prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// Shown in the patient view (must read at grade 8 or below).
    Patient,
    /// Shown in the clinician view only.
    Clinician,
    /// Quoted verbatim from a source (the seed review, the SURE test, a paper): never rewritten.
    Verbatim,
}

/// One piece of prose and what it may cite.
#[derive(Clone, Debug)]
pub struct Prose<'a> {
    /// Where it is ("option `surgery` benefits").
    pub place: String,
    /// Who reads it.
    pub reader: Reader,
    /// The prose, with glossary markup.
    pub text: &'a str,
    /// Figures the text may take its numbers from.
    pub figures: Vec<&'a str>,
    /// Sources the text rests on.
    pub sources: Vec<&'a str>,
    /// Whether the screen shows this text with glossary terms explained inline (rendered with
    /// `rich`). Headings, labels and texts built into sentences are shown as plain words: they
    /// may not be able to explain a term where it appears.
    pub inline_terms: bool,
}

fn ids(list: &[schema::Text]) -> Vec<&str> {
    list.iter().map(schema::Text::as_str).collect()
}

struct Collector<'a> {
    texts: Vec<Prose<'a>>,
}

impl<'a> Collector<'a> {
    /// A text the screen shows with glossary terms explained inline.
    fn add(
        &mut self,
        place: String,
        reader: Reader,
        text: &'a str,
        figures: Vec<&'a str>,
        sources: Vec<&'a str>,
    ) {
        self.push(place, reader, text, figures, sources, true);
    }

    /// A text the screen shows as plain words (a heading, a label, part of a built sentence).
    fn add_raw(
        &mut self,
        place: String,
        reader: Reader,
        text: &'a str,
        figures: Vec<&'a str>,
        sources: Vec<&'a str>,
    ) {
        self.push(place, reader, text, figures, sources, false);
    }

    fn push(
        &mut self,
        place: String,
        reader: Reader,
        text: &'a str,
        figures: Vec<&'a str>,
        sources: Vec<&'a str>,
        inline_terms: bool,
    ) {
        if !text.trim().is_empty() {
            self.texts.push(Prose {
                place,
                reader,
                text,
                figures,
                sources,
                inline_terms,
            });
        }
    }

    fn point(&mut self, place: String, point: &'a Point) {
        self.add(
            place.clone(),
            Reader::Patient,
            &point.patient,
            ids(&point.figures),
            ids(&point.sources),
        );
        if let Some(c) = &point.clinician {
            self.add(
                place,
                Reader::Clinician,
                c,
                ids(&point.figures),
                ids(&point.sources),
            );
        }
    }
}

/// All prose in the bundle.
pub fn all(bundle: &Bundle) -> Vec<Prose<'_>> {
    let mut c = Collector { texts: Vec::new() };
    let m = &bundle.meta;
    for (field, text) in [
        ("decision_patient", &m.decision_patient),
        ("purpose_patient", &m.purpose_patient),
        ("audience_patient", &m.audience_patient),
        ("method_patient", &m.method_patient),
        ("update_policy_patient", &m.update_policy_patient),
        ("authors", &m.authors),
        ("funding", &m.funding),
    ] {
        c.add(
            format!("bundle.toml {field}"),
            Reader::Patient,
            text,
            vec![],
            vec![],
        );
    }
    for (i, text) in m.limitations_patient.iter().enumerate() {
        c.add(
            format!("bundle.toml limitations_patient[{i}]"),
            Reader::Patient,
            text,
            vec![],
            vec![],
        );
    }
    // Shown in both views, on screens and the printout, as plain words.
    for (field, text) in [
        ("privacy", &m.privacy),
        ("not_advice", &m.not_advice),
        ("device_line", &m.device_line),
    ] {
        c.add_raw(
            format!("bundle.toml {field}"),
            Reader::Patient,
            text,
            vec![],
            vec![],
        );
    }
    for (field, text) in [
        ("decision_clinician", &m.decision_clinician),
        ("method", &m.method),
        ("update_policy", &m.update_policy),
    ] {
        c.add(
            format!("bundle.toml {field}"),
            Reader::Clinician,
            text,
            vec![],
            vec![],
        );
    }
    for (i, text) in m.limitations.iter().enumerate() {
        c.add(
            format!("bundle.toml limitations[{i}]"),
            Reader::Clinician,
            text,
            vec![],
            vec![],
        );
    }
    for figure in &bundle.figures {
        let place = format!("figure `{}`", figure.id);
        let me = vec![figure.id.as_str()];
        c.add_raw(
            format!("{place} population_patient"),
            Reader::Patient,
            &figure.population_patient,
            me.clone(),
            vec![],
        );
        c.add_raw(
            format!("{place} horizon.patient"),
            Reader::Patient,
            &figure.horizon.patient,
            me.clone(),
            vec![],
        );
        if let Some(f) = &figure.frequency {
            c.add_raw(
                format!("{place} event_patient"),
                Reader::Patient,
                &f.event_patient,
                me.clone(),
                vec![],
            );
            c.add_raw(
                format!("{place} non_event_patient"),
                Reader::Patient,
                &f.non_event_patient,
                me.clone(),
                vec![],
            );
            for arm in &f.arms {
                c.add_raw(
                    format!("{place} arm `{}` label_patient", arm.arm),
                    Reader::Patient,
                    &arm.label_patient,
                    me.clone(),
                    vec![],
                );
            }
        }
        if let Some(md) = &figure.median {
            c.add_raw(
                format!("{place} phrase_patient"),
                Reader::Patient,
                &md.phrase_patient,
                me.clone(),
                vec![],
            );
            for arm in &md.arms {
                c.add_raw(
                    format!("{place} arm `{}` label_patient", arm.arm),
                    Reader::Patient,
                    &arm.label_patient,
                    me.clone(),
                    vec![],
                );
            }
        }
    }
    let bias = &bundle.bias;
    let bias_sources = ids(&bias.sources);
    for (field, text) in [
        ("explain_patient", &bias.explain_patient),
        ("trial_patient", &bias.trial_patient),
    ] {
        c.add(
            format!("studies.toml [bias] {field}"),
            Reader::Patient,
            text,
            vec![],
            bias_sources.clone(),
        );
    }
    for (field, text) in [
        ("heading", &bias.heading),
        ("chosen_label", &bias.chosen_label),
        ("others_label", &bias.others_label),
    ] {
        c.add_raw(
            format!("studies.toml [bias] {field}"),
            Reader::Patient,
            text,
            vec![],
            bias_sources.clone(),
        );
    }
    for (i, text) in bias.chosen.iter().chain(bias.others.iter()).enumerate() {
        c.add_raw(
            format!("studies.toml [bias] item {i}"),
            Reader::Patient,
            text,
            vec![],
            bias_sources.clone(),
        );
    }
    c.add(
        "studies.toml [bias] explain_clinician".into(),
        Reader::Clinician,
        &bias.explain_clinician,
        vec![],
        bias_sources.clone(),
    );
    for study in &bundle.studies {
        let place = format!("study `{}`", study.id);
        let figures: Vec<&str> = study
            .figures
            .iter()
            .chain(study.size_figure.iter())
            .map(schema::Text::as_str)
            .collect();
        c.add(
            format!("{place} result_patient"),
            Reader::Patient,
            &study.result_patient,
            figures.clone(),
            ids(&study.sources),
        );
        c.add(
            format!("{place} result_clinician"),
            Reader::Clinician,
            &study.result_clinician,
            figures.clone(),
            ids(&study.sources),
        );
        if let Some(design) = &study.design_patient {
            c.add(
                format!("{place} design_patient"),
                Reader::Patient,
                design,
                figures.clone(),
                ids(&study.sources),
            );
        }
        if let Some(design) = &study.design_clinician {
            c.add(
                format!("{place} design_clinician"),
                Reader::Clinician,
                design,
                figures.clone(),
                ids(&study.sources),
            );
        }
    }
    for option in &bundle.options {
        let place = format!("option `{}`", option.id);
        c.add(
            format!("{place} summary_patient"),
            Reader::Patient,
            &option.summary_patient,
            vec![],
            vec![],
        );
        c.add(
            format!("{place} summary_clinician"),
            Reader::Clinician,
            &option.summary_clinician,
            vec![],
            vec![],
        );
        for (field, points) in [
            ("what_happens", &option.what_happens),
            ("benefits", &option.benefits),
            ("harms", &option.harms),
            ("experience.physical", &option.experience.physical),
            ("experience.emotional", &option.experience.emotional),
            ("experience.practical", &option.experience.practical),
        ] {
            for (i, point) in points.iter().enumerate() {
                c.point(format!("{place} {field}[{i}]"), point);
            }
        }
    }
    for row in &bundle.compare {
        let place = format!("compare row `{}`", row.id);
        c.add_raw(
            format!("{place} question"),
            Reader::Patient,
            &row.question,
            vec![],
            vec![],
        );
        for cell in &row.cells {
            let cell_place = format!("{place} cell `{}`", cell.option);
            c.add(
                cell_place.clone(),
                Reader::Patient,
                &cell.patient,
                ids(&cell.figures),
                ids(&cell.sources),
            );
            if let Some(text) = &cell.clinician {
                c.add(
                    cell_place,
                    Reader::Clinician,
                    text,
                    ids(&cell.figures),
                    ids(&cell.sources),
                );
            }
        }
    }
    for panel in &bundle.panels {
        let place = format!("panel `{}`", panel.id);
        let figures: Vec<&str> = panel
            .figures
            .iter()
            .chain(&panel.clinician_figures)
            .map(schema::Text::as_str)
            .collect();
        c.add_raw(
            format!("{place} heading"),
            Reader::Patient,
            &panel.heading,
            figures.clone(),
            ids(&panel.sources),
        );
        c.add(
            format!("{place} summary_patient"),
            Reader::Patient,
            &panel.summary_patient,
            figures.clone(),
            ids(&panel.sources),
        );
        c.add(
            format!("{place} about_numbers_patient"),
            Reader::Patient,
            &panel.about_numbers_patient,
            figures.clone(),
            ids(&panel.sources),
        );
        c.add(
            format!("{place} summary_clinician"),
            Reader::Clinician,
            &panel.summary_clinician,
            figures,
            ids(&panel.sources),
        );
    }
    for step in &bundle.steps {
        let place = format!("step `{}`", step.id);
        c.add(
            format!("{place} lead_patient"),
            Reader::Patient,
            &step.lead_patient,
            vec![],
            ids(&step.sources),
        );
        c.add(
            format!("{place} lead_clinician"),
            Reader::Clinician,
            &step.lead_clinician,
            vec![],
            ids(&step.sources),
        );
    }
    for change in &bundle.seed_changes {
        let place = format!("seed change `{}`", change.id);
        c.add(
            format!("{place} seed_said"),
            Reader::Verbatim,
            &change.seed_said,
            ids(&change.figures),
            ids(&change.sources),
        );
        c.add(
            format!("{place} published"),
            Reader::Clinician,
            &change.published,
            ids(&change.figures),
            ids(&change.sources),
        );
        c.add(
            format!("{place} why_it_matters"),
            Reader::Clinician,
            &change.why_it_matters,
            ids(&change.figures),
            ids(&change.sources),
        );
    }
    for card in &bundle.guidance {
        let place = format!("guidance card `{}`", card.id);
        c.add_raw(
            format!("{place} heading"),
            Reader::Patient,
            &card.heading,
            ids(&card.figures),
            ids(&card.sources),
        );
        c.add(
            format!("{place} conclusion_patient"),
            Reader::Patient,
            &card.conclusion_patient,
            ids(&card.figures),
            ids(&card.sources),
        );
        c.add(
            format!("{place} conclusion_clinician"),
            Reader::Clinician,
            &card.conclusion_clinician,
            ids(&card.figures),
            ids(&card.sources),
        );
        c.add(
            format!("{place} quote"),
            Reader::Verbatim,
            &card.quote,
            ids(&card.figures),
            ids(&card.sources),
        );
        if let Some(since) = &card.since_then_patient {
            c.add(
                format!("{place} since_then_patient"),
                Reader::Patient,
                since,
                ids(&card.figures),
                ids(&card.sources),
            );
        }
    }
    for evidence in &bundle.situation_evidence {
        let place = format!("situation evidence `{}`", evidence.id);
        c.add_raw(
            format!("{place} heading"),
            Reader::Patient,
            &evidence.heading,
            ids(&evidence.figures),
            ids(&evidence.sources),
        );
        c.add(
            format!("{place} patient"),
            Reader::Patient,
            &evidence.patient,
            ids(&evidence.figures),
            ids(&evidence.sources),
        );
        c.add(
            format!("{place} clinician"),
            Reader::Clinician,
            &evidence.clinician,
            ids(&evidence.figures),
            ids(&evidence.sources),
        );
    }
    for term in &bundle.glossary {
        c.add_raw(
            format!("glossary term `{}`", term.id),
            Reader::Patient,
            &term.definition,
            vec![],
            vec![],
        );
    }
    for item in &bundle.knowledge {
        let place = format!("knowledge item `{}`", item.id);
        let reader = match item.audience {
            Audience::Patient => Reader::Patient,
            Audience::Clinician => Reader::Clinician,
        };
        // The 2015 review's CME questions and choices are quoted as published.
        let asked = if item.audience == Audience::Clinician {
            Reader::Verbatim
        } else {
            reader
        };
        c.add_raw(
            format!("{place} question"),
            asked,
            &item.question,
            ids(&item.figures),
            ids(&item.sources),
        );
        c.add(
            format!("{place} explanation"),
            reader,
            &item.explanation,
            ids(&item.figures),
            ids(&item.sources),
        );
        for choice in &item.choices {
            c.add_raw(
                format!("{place} choice `{}`", choice.id),
                asked,
                &choice.text,
                ids(&item.figures),
                ids(&item.sources),
            );
        }
    }
    for item in &bundle.values.items {
        let place = format!("value item `{}`", item.id);
        c.add(
            format!("{place} label"),
            Reader::Patient,
            &item.label,
            vec![],
            vec![],
        );
        c.add(
            format!("{place} help"),
            Reader::Patient,
            &item.help,
            vec![],
            vec![],
        );
    }
    c.add(
        "values.toml leaning_help".into(),
        Reader::Patient,
        &bundle.values.leaning_help,
        vec![],
        vec![],
    );
    let sure = &bundle.sure;
    for question in &sure.questions {
        c.add_raw(
            format!("sure.toml question `{}`", question.id),
            Reader::Verbatim,
            &question.text,
            vec![],
            vec![sure.source.as_str()],
        );
    }
    c.add_raw(
        "sure.toml low_score_intro".into(),
        Reader::Patient,
        &sure.low_score_intro,
        vec![],
        vec![],
    );
    c.add_raw(
        "sure.toml full_score".into(),
        Reader::Patient,
        &sure.full_score,
        vec![],
        vec![],
    );
    for help in &sure.help {
        c.add_raw(
            format!("sure.toml help `{}`", help.question),
            Reader::Patient,
            &help.text,
            vec![],
            vec![],
        );
    }
    for question in &bundle.questions {
        c.add_raw(
            format!("question `{}`", question.id),
            Reader::Patient,
            &question.text,
            vec![],
            vec![],
        );
    }
    c.texts
}

//! The checks of each data file's records (other than figures): required words, references, and
//! every situation and feature having its record (checks across records are in `across`).

use std::collections::BTreeSet;

use crate::domain::scales::{Leaning, Rating};
use crate::schema::{
    GuidanceSituation, OptionKind, Point, SituationFeature, SourceKind, StudyKind,
};

use super::{Checker, FORMAT_VERSION, duplicates, is_iso_date};

/// Which browsers run the aid: at least one, each named once, each line naming its own oldest
/// version (the README and the guard are tied to these by `tests/tooling.rs`).
fn check_support(c: &mut Checker<'_>) {
    let support = &c.bundle.meta.support;
    let place = "bundle.toml [support]";
    if support.browsers.is_empty() {
        c.push(
            place,
            "lists no browsers: add a `[[support.browsers]]` for each browser the aid runs in, with its oldest version",
        );
    }
    if support.guard_checks.is_empty() {
        c.push(
            place,
            "`guard_checks` is empty: list the names web/guard.js checks before it loads the app",
        );
    }
    for name in duplicates(support.browsers.iter().map(|b| b.name.as_str())) {
        c.push(
            place,
            format!("lists the browser `{name}` twice: keep one entry per browser"),
        );
    }
    for name in duplicates(support.guard_checks.iter().map(|n| n.as_str())) {
        c.push(place, format!("`guard_checks` lists `{name}` twice"));
    }
    for browser in support.browsers.iter() {
        let minimum = browser.minimum.to_string();
        let names_it = browser
            .line_patient
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|word| word == minimum);
        if browser.minimum == 0 || !names_it {
            c.push(
                format!("{place} browser `{}`", browser.name),
                format!(
                    "`line_patient` must name its oldest version ({minimum}) as a number: \"{} {minimum} or newer\"",
                    browser.name
                ),
            );
        }
        c.required(
            &format!("{place} browser `{}`", browser.name),
            "line_patient",
            &browser.line_patient,
        );
    }
    for (field, value) in [
        ("heading", support.heading.as_str()),
        ("why_patient", support.why_patient.as_str()),
        ("ruled_out_patient", support.ruled_out_patient.as_str()),
        ("notice_heading", support.notice_heading.as_str()),
        ("too_old_patient", support.too_old_patient.as_str()),
        ("failed_patient", support.failed_patient.as_str()),
        ("works_in_patient", support.works_in_patient.as_str()),
        ("care_team_patient", support.care_team_patient.as_str()),
        ("details_label", support.details_label.as_str()),
    ] {
        c.required(place, field, value);
    }
}

pub(super) fn check_meta(c: &mut Checker<'_>) {
    let m = &c.bundle.meta;
    let place = "bundle.toml";
    if m.format_version != FORMAT_VERSION {
        c.push(
            place,
            format!(
                "format_version is {} but this app reads {FORMAT_VERSION}: update the data to the current schema",
                m.format_version
            ),
        );
    }
    for (field, value) in [
        ("version", m.version.as_str()),
        ("title", m.title.as_str()),
        ("decision_clinician", m.decision_clinician.as_str()),
        ("method", m.method.as_str()),
        ("update_policy", m.update_policy.as_str()),
        ("device_line", m.device_line.as_str()),
    ] {
        c.required(place, field, value);
    }
    for (field, value) in [
        ("decision_patient", m.decision_patient.as_str()),
        ("audience_patient", m.audience_patient.as_str()),
        ("purpose_patient", m.purpose_patient.as_str()),
        ("method_patient", m.method_patient.as_str()),
        ("update_policy_patient", m.update_policy_patient.as_str()),
        ("authors", m.authors.as_str()),
        ("funding", m.funding.as_str()),
        ("privacy", m.privacy.as_str()),
        ("not_advice", m.not_advice.as_str()),
        ("hosting_web", m.hosting_web.as_str()),
        ("hosting_file", m.hosting_file.as_str()),
    ] {
        c.required(place, field, value);
    }
    for text in m.limitations_patient.iter() {
        c.required(place, "limitations_patient", text);
    }
    for (field, value) in [
        ("reviewed_on", &m.reviewed_on),
        ("next_review", &m.next_review),
    ] {
        if !is_iso_date(value) {
            c.push(
                place,
                format!(
                    "`{field}` = \"{value}\" is not a date: write it as YYYY-MM-DD, with a real month (01–12) \
                     and day (01–31), for example \"2026-11-27\""
                ),
            );
        }
    }
    if is_iso_date(&m.reviewed_on) && is_iso_date(&m.next_review) && m.next_review <= m.reviewed_on
    {
        c.push(
            place,
            format!(
                "`next_review` ({}) must be after `reviewed_on` ({}): set it to the date of the next scheduled \
                 review, at most 12 months after `reviewed_on`",
                m.next_review, m.reviewed_on
            ),
        );
    }
    c.patient_figures(place, &m.background_figures);
    check_support(c);
    if m.limitations.is_empty() {
        c.push(
            place,
            "`limitations` is empty: state the known limits (IPDAS asks for them)",
        );
    }
    if m.limitations_patient.is_empty() {
        c.push(
            place,
            "`limitations_patient` is empty: state the known limits in plain words for the patient view",
        );
    }
    if m.decision_patient.split_whitespace().count() > 40 {
        c.push(
            place,
            "`decision_patient` is over 40 words: state the decision in one short sentence",
        );
    }
}

pub(super) fn check_sources(c: &mut Checker<'_>) {
    for source in &c.bundle.sources {
        let place = format!("source `{}`", source.id);
        c.required(&place, "authors", &source.authors);
        c.required(&place, "title", &source.title);
        c.required(&place, "journal", &source.journal);
        let identified = source.doi.is_some() || source.pmid.is_some();
        if !identified && !source.kind.url_is_enough() {
            c.push(
                &place,
                format!(
                    "has no `doi` or `pmid`, and a {:?} source needs one: add the DOI or PMID (confirmed on the \
                     publisher's or PubMed's page). Only kind = \"official_statistics\" pages, or kind = \
                     \"abstract_copy\" papers whose identifiers could not be confirmed, may be cited by a `url` alone",
                    source.kind
                ),
            );
        }
        if source.kind.url_is_enough() && !identified && source.url.is_none() {
            c.push(
                &place,
                "has no `doi`, `pmid` or `url`: add the address of the page that was read",
            );
        }
        if identified && source.url.is_some() {
            c.push(
                &place,
                "has a `doi` or `pmid` and also a `url`: remove the `url` (addresses are only for sources that \
                 have neither)",
            );
        }
        if source.kind == SourceKind::Guideline && !source.read_on.is_some_and(|d| is_iso_date(&d))
        {
            c.push(
                &place,
                "is a `guideline`: give `read_on = \"YYYY-MM-DD\"`, the day its words were read at its `url` (guidelines \
                 change)",
            );
        }
        if let Some(date) = &source.read_on
            && !is_iso_date(date)
        {
            c.push(
                &place,
                format!("`read_on` = \"{date}\" is not a date: write it as YYYY-MM-DD"),
            );
        }
        if source.kind == SourceKind::AbstractCopy
            && source.note.as_ref().is_none_or(|n| n.trim().is_empty())
        {
            c.push(
                &place,
                "is an `abstract_copy`: say in `note` which identifiers could not be confirmed and where the \
                 abstract was read",
            );
        }
        if let Some(doi) = &source.doi
            && !doi.starts_with("10.")
        {
            c.push(
                &place,
                format!("doi `{doi}` should start with `10.` (no https://doi.org/ prefix)"),
            );
        }
        if let Some(pmid) = &source.pmid
            && (pmid.is_empty() || !pmid.bytes().all(|b| b.is_ascii_digit()))
        {
            c.push(&place, format!("pmid `{pmid}` must be digits only"));
        }
        match source.year {
            Some(year) if !(1950..=2100).contains(&year) => {
                c.push(&place, format!("year {year} looks wrong"));
            }
            None if source.note.as_deref().is_none_or(|n| !n.contains("not found")) => c.push(
                &place,
                "has no `year`: add the year of publication, or, if no page read gives it, say in `note` that it \
                 was not found",
            ),
            _ => {}
        }
    }
}

pub(super) fn check_studies(c: &mut Checker<'_>) {
    let bias = &c.bundle.bias;
    for (field, text) in [
        ("heading", bias.heading.as_str()),
        ("explain_patient", bias.explain_patient.as_str()),
        ("explain_clinician", bias.explain_clinician.as_str()),
        ("chosen_label", bias.chosen_label.as_str()),
        ("others_label", bias.others_label.as_str()),
        ("trial_patient", bias.trial_patient.as_str()),
    ] {
        c.required("studies.toml [bias]", field, text);
    }
    if bias.chosen.is_empty() || bias.chosen.len() != bias.others.len() {
        c.push(
            "studies.toml [bias]",
            "`chosen` and `others` must list the same number of differences, pairwise, so the picture lines up",
        );
    }
    if bias.sources.is_empty() {
        c.push(
            "studies.toml [bias]",
            "cite where the differences come from (`sources`)",
        );
    }
    c.sources("studies.toml [bias]", &bias.sources);
    for study in &c.bundle.studies {
        let place = format!("study `{}`", study.id);
        for (field, value) in [
            ("name", study.name.as_str()),
            ("country", study.country.as_str()),
            ("years", study.years.as_str()),
            ("local_therapy", study.local_therapy.as_str()),
            ("primary_end_point", study.primary_end_point.as_str()),
        ] {
            c.required(&place, field, value);
        }
        if study.kind == StudyKind::Rct {
            // The trials table has a Design column in both views.
            match (&study.design_patient, &study.design_clinician) {
                (Some(patient), Some(clinician)) => {
                    c.required(&place, "design_patient", patient);
                    c.required(&place, "design_clinician", clinician);
                }
                _ => c.push(
                    &place,
                    "is a randomised trial: give `design_patient` and `design_clinician` (how it was \
                     run: e.g. open-label, multicentre, phase 3) for the trials table",
                ),
            }
        }
        c.required(&place, "result_patient", &study.result_patient);
        c.required(&place, "result_clinician", &study.result_clinician);
        if study.sources.is_empty() {
            c.push(&place, "has no `sources`");
        }
        c.sources(&place, &study.sources);
        c.shown_figures(&place, &study.figures);
        match (&study.size_figure, &study.size_words) {
            (None, None) => c.push(
                &place,
                "give its size: `size_figure` (a count figure) or `size_words` where no figure exists",
            ),
            (Some(id), _) => {
                c.shown_figures(&place, std::slice::from_ref(id));
                if c.figures.get(id.as_str()).is_some_and(|f| f.count().is_none()) {
                    c.push(&place, format!("`size_figure` `{id}` must be a count figure"));
                }
            }
            (None, Some(words)) => c.required(&place, "size_words", words),
        }
    }
}

pub(super) fn check_options(c: &mut Checker<'_>) {
    let options = &c.bundle.options;
    if options.len() < 2 {
        c.push("options.toml", "a decision needs at least two options");
    }
    let no_local = options
        .iter()
        .filter(|o| o.kind == OptionKind::NoLocalTherapyNow)
        .count();
    if no_local != 1 {
        c.push(
            "options.toml",
            format!(
                "there must be exactly one option of kind no_local_therapy_now (medicines now, breast later if \
                 needed); found {no_local}"
            ),
        );
    }
    for option in options {
        let place = format!("option `{}`", option.id);
        c.required(&place, "name", &option.name);
        c.required(&place, "summary_patient", &option.summary_patient);
        c.required(&place, "downside_patient", &option.downside_patient);
        c.required(&place, "summary_clinician", &option.summary_clinician);
        for (field, points) in [
            ("what_happens", &option.what_happens),
            ("benefits", &option.benefits),
            ("harms", &option.harms),
            ("experience.physical", &option.experience.physical),
            ("experience.emotional", &option.experience.emotional),
            ("experience.practical", &option.experience.practical),
        ] {
            if points.is_empty() {
                c.push(
                    &place,
                    format!("`{field}` is empty: every option needs benefits, harms and what it is like, in equal detail"),
                );
            }
            for point in points {
                c.point(&format!("{place} {field}"), point);
            }
        }
    }
}

pub(super) fn check_compare(c: &mut Checker<'_>) {
    let option_ids: BTreeSet<&str> = c.bundle.options.iter().map(|o| o.id.as_str()).collect();
    for row in &c.bundle.compare {
        let place = format!("compare row `{}`", row.id);
        c.required(&place, "question", &row.question);
        let mut seen = BTreeSet::new();
        for cell in &row.cells {
            if !option_ids.contains(cell.option.as_str()) {
                c.push(
                    &place,
                    format!("has a cell for unknown option `{}`", cell.option),
                );
            }
            if !seen.insert(cell.option.as_str()) {
                c.push(
                    &place,
                    format!("has two cells for option `{}`", cell.option),
                );
            }
            let cell_place = format!("{place} cell `{}`", cell.option);
            c.point(
                &cell_place,
                &Point {
                    patient: cell.patient,
                    clinician: cell.clinician,
                    figures: cell.figures,
                    sources: cell.sources,
                    indirect: cell.indirect,
                },
            );
        }
        for missing in option_ids.difference(&seen) {
            c.push(
                &place,
                format!("has no cell for option `{missing}`: every option must answer every question (equal detail)"),
            );
        }
    }
}

pub(super) fn check_pages(c: &mut Checker<'_>) {
    let b = c.bundle;
    for panel in &b.panels {
        let place = format!("panel `{}`", panel.id);
        c.required(&place, "heading", &panel.heading);
        c.required(&place, "summary_patient", &panel.summary_patient);
        c.required(&place, "summary_clinician", &panel.summary_clinician);
        c.required(
            &place,
            "about_numbers_patient",
            &panel.about_numbers_patient,
        );
        c.patient_figures(&place, &panel.figures);
        c.shown_figures(&place, &panel.clinician_figures);
        c.sources(&place, &panel.sources);
        if panel.figures.is_empty()
            && panel.clinician_figures.is_empty()
            && panel.sources.is_empty()
        {
            c.push(
                &place,
                "has no figures and no sources: say where its words come from",
            );
        }
    }
    for step in &b.steps {
        let place = format!("step `{}`", step.id);
        c.required(&place, "title", &step.title);
        c.sources(&place, &step.sources);
    }
    for change in &b.seed_changes {
        let place = format!("seed change `{}`", change.id);
        c.required(&place, "topic", &change.topic);
        c.required(&place, "seed_said", &change.seed_said);
        c.required(&place, "published", &change.published);
        c.required(&place, "why_it_matters", &change.why_it_matters);
        c.shown_figures(&place, &change.figures);
        c.sources(&place, &change.sources);
        if change.sources.is_empty() {
            c.push(
                &place,
                "has no `sources`: cite the seed review and the published paper",
            );
        }
    }
    for card in &b.guidance {
        let place = format!("guidance card `{}`", card.id);
        c.required(&place, "heading", &card.heading);
        c.required(&place, "conclusion_patient", &card.conclusion_patient);
        c.required(&place, "conclusion_clinician", &card.conclusion_clinician);
        if card.situation != GuidanceSituation::ResponseNotKnown {
            c.required(&place, "quote", &card.quote);
        }
        if let Some(since) = &card.since_then_patient {
            c.required(&place, "since_then_patient", since);
        }
        c.shown_figures(&place, &card.figures);
        c.sources(&place, &card.sources);
    }
    for situation in GuidanceSituation::ALL {
        if !b.guidance.iter().any(|card| card.situation == situation) {
            c.push(
                "guidance.toml",
                format!(
                    "no card for situation `{situation:?}`: the situation form can select it, so add a [[cards]] \
                     record for it (or say in words that the review drew no conclusion for it)"
                ),
            );
        }
    }
    for feature in SituationFeature::ALL {
        if !b.situation_evidence.iter().any(|e| e.feature == feature) {
            c.push(
                "situation.toml",
                format!(
                    "no record for feature `{feature:?}`: the situation form can select it, so an answer would \
                     be silently ignored. Add an [[evidence]] record, and where no study reports on it, say so \
                     in words"
                ),
            );
        }
    }
    for evidence in &b.situation_evidence {
        let place = format!("situation evidence `{}`", evidence.id);
        c.required(&place, "heading", &evidence.heading);
        c.required(&place, "patient", &evidence.patient);
        c.required(&place, "clinician", &evidence.clinician);
        c.shown_figures(&place, &evidence.figures);
        c.sources(&place, &evidence.sources);
    }
    for term in &b.glossary {
        let place = format!("glossary term `{}`", term.id);
        c.required(&place, "term", &term.term);
        c.required(&place, "definition", &term.definition);
    }
}

pub(super) fn check_exercises(c: &mut Checker<'_>) {
    let b = c.bundle;
    for item in &b.knowledge {
        let place = format!("knowledge item `{}`", item.id);
        c.required(&place, "question", &item.question);
        c.required(&place, "explanation", &item.explanation);
        if item.choices.len() < 2 {
            c.push(&place, "needs at least two choices");
        }
        if !item.choices.iter().any(|choice| choice.id == item.correct) {
            c.push(
                &place,
                format!(
                    "`correct` = `{}` is not one of its choice ids",
                    item.correct
                ),
            );
        }
        for dup in duplicates(item.choices.iter().map(|x| x.id.as_str())) {
            c.push(&place, format!("choice id `{dup}` is used twice"));
        }
        for choice in &item.choices {
            c.required(&place, "choices.text", &choice.text);
        }
        c.patient_figures(&place, &item.figures);
        c.sources(&place, &item.sources);
    }
    let values = &b.values;
    if values.items.is_empty() {
        c.push(
            "values.toml",
            "add the things that may matter to her (`[[items]]`)",
        );
    }
    for item in &values.items {
        let place = format!("value item `{}`", item.id);
        c.required(&place, "label", &item.label);
        c.required(&place, "help", &item.help);
    }
    // One label for each position of the app's scales, in order.
    if values.rating_labels.len() != Rating::ALL.len() {
        c.push(
            "values.toml",
            format!(
                "`rating_labels` needs exactly {} labels, from not important to very important",
                Rating::ALL.len()
            ),
        );
    }
    if values.leaning_labels.len() != Leaning::ALL.len() {
        c.push(
            "values.toml",
            format!(
                "`leaning_labels` needs exactly {} positions, with \"unsure\" in the middle",
                Leaning::ALL.len()
            ),
        );
    }
    c.required("values.toml", "leaning_help", &values.leaning_help);

    let sure = &b.sure;
    let expected = ["sure", "understand", "risk", "encouragement"];
    let ids: Vec<&str> = sure.questions.iter().map(|q| q.id.as_str()).collect();
    if ids != expected {
        c.push(
            "sure.toml",
            format!("the SURE test has exactly four questions with ids {expected:?}, in that order; found {ids:?}"),
        );
    }
    c.sources("sure.toml", std::slice::from_ref(&sure.source));
    if let Some(source) = sure.source.get() {
        let year = source.year.map(|year| year.to_string());
        let parts = [
            ("authors", Some(source.authors.trim_end_matches('.'))),
            ("title", Some(source.title.trim_end_matches('.'))),
            ("journal", Some(source.journal.as_str())),
            ("year", year.as_deref()),
            ("details", source.details.as_deref()),
            ("doi", source.doi.as_deref()),
            ("pmid", source.pmid.as_deref()),
        ];
        for (field, part) in parts {
            if let Some(part) = part.filter(|part| !sure.citation.contains(part)) {
                c.push(
                    "sure.toml",
                    format!(
                        "`citation` lacks the source's {field} ({part:?}, from sources.toml `{}`): \
                         write the citation from that record, as the clinician view prints it",
                        source.id
                    ),
                );
            }
        }
    }
    c.required("sure.toml", "low_score_intro", &sure.low_score_intro);
    c.required("sure.toml", "full_score", &sure.full_score);
    c.required("sure.toml", "terms", &sure.terms);
    for help in &sure.help {
        if !expected.contains(&help.question.as_str()) {
            c.push(
                "sure.toml",
                format!(
                    "help item refers to unknown SURE question `{}`",
                    help.question
                ),
            );
        }
        c.required("sure.toml", "help.text", &help.text);
    }
    for question in &b.questions {
        c.required(
            &format!("question `{}`", question.id),
            "text",
            &question.text,
        );
    }
}

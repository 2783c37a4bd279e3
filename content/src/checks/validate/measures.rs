//! The validated measures of `measures.toml`: each is complete (items, a scale that counts up in
//! ones, its citation, its terms and where they were read), and its wording is the wording its
//! fingerprint was taken of. CollaboRATE and the Preparation for Decision Making scale were
//! validated with their exact words: a changed word, a dropped item or a relabelled answer makes
//! another questionnaire, whose answers cannot be compared with the published ones. So the build
//! recomputes each measure's fingerprint and refuses one that does not match.

use crate::deferred;
use crate::schema::Measure;

use super::{Checker, duplicates, is_iso_date};

/// The words of a measure that must stay verbatim, one line each, in a fixed form: the lead, each
/// item with its id, each scale point with its value and label. Its FNV-1a is the fingerprint.
pub fn measure_wording(measure: &Measure) -> String {
    let mut text = format!("lead:{}\n", measure.lead.map_or("", |lead| lead.as_str()));
    for item in &measure.items {
        text.push_str(&format!("item {}:{}\n", item.id, item.text));
    }
    for point in &measure.scale {
        text.push_str(&format!(
            "scale {}:{}\n",
            point.value,
            point.label.map_or("", |label| label.as_str())
        ));
    }
    text
}

/// The fingerprint of a measure's wording, as `measures.toml` writes it: FNV-1a (64 bits) of
/// [`measure_wording`], in 16 lower-case hex digits.
pub fn measure_fingerprint(measure: &Measure) -> String {
    format!("{:016x}", deferred::fingerprint(&measure_wording(measure)))
}

pub(super) fn check_measures(c: &mut Checker<'_>) {
    let measures = c.bundle.measures;
    for dup in duplicates(measures.iter().map(|m| m.id.as_str())) {
        c.push(
            format!("measure `{dup}`"),
            "this id is used twice: make each id unique",
        );
    }
    for measure in measures.iter() {
        check_measure(c, measure);
    }
}

fn check_measure(c: &mut Checker<'_>, measure: &Measure) {
    let place = format!("measure `{}`", measure.id);
    c.required(&place, "name", &measure.name);
    if measure.sources.is_empty() {
        c.push(
            &place,
            "cites no source: its terms of use ask for its citation wherever it is used; add the developers' paper to `sources`",
        );
    }
    c.sources(&place, &measure.sources);
    if measure.items.is_empty() {
        c.push(
            &place,
            "has no items: copy them from its source, word for word",
        );
    }
    for item in measure.items.iter() {
        c.required(&place, "items.text", &item.text);
    }
    for dup in duplicates(measure.items.iter().map(|i| i.id.as_str())) {
        c.push(&place, format!("item id `{dup}` is used twice"));
    }
    check_scale(c, &place, measure);
    c.required(&place, "wording_note", &measure.wording_note);
    c.required(&place, "terms", &measure.terms);
    c.required(&place, "terms_url", &measure.terms_url);
    c.required(&place, "adaptation", &measure.adaptation);
    c.required(&place, "scoring", &measure.scoring);
    let mut dates = vec![("terms_read_on", measure.terms_read_on.as_str())];
    dates.extend(
        measure
            .readings
            .iter()
            .map(|reading| ("readings.read_on", reading.read_on.as_str())),
    );
    for (field, date) in dates {
        if !is_iso_date(date) {
            c.push(
                &place,
                format!(
                    "`{field}` = \"{date}\" is not a date: write the day it was read as YYYY-MM-DD"
                ),
            );
        }
    }
    if measure.readings.is_empty() {
        c.push(
            &place,
            "lists no `readings`: say where its wording was read (address, date, and whether it is the developers' own)",
        );
    }
    for reading in measure.readings.iter() {
        c.required(&place, "readings.what", &reading.what);
        c.required(&place, "readings.url", &reading.url);
    }
    let found = measure_fingerprint(measure);
    if measure.fingerprint.as_str() != found {
        c.push(
            &place,
            format!(
                "its wording does not match its fingerprint (`fingerprint` = \"{}\", the wording gives \"{found}\"). \
                 {} is a validated measure: its items, answer labels and lead must stay word for word as its source \
                 prints them, or its answers cannot be compared with the published ones. Put the source's words back. \
                 Only if the source itself changed (a new version from its developers): copy the new words exactly, \
                 record the page and date read in `readings`, and set `fingerprint = \"{found}\"`",
                measure.fingerprint, measure.name
            ),
        );
    }
}

/// The answer scale counts up in ones from its first value, and labels at least its two ends.
fn check_scale(c: &mut Checker<'_>, place: &str, measure: &Measure) {
    let scale = &measure.scale;
    if scale.len() < 2 {
        c.push(
            place,
            "its `scale` needs at least two points, lowest value first",
        );
        return;
    }
    if scale
        .windows(2)
        .any(|pair| pair[1].value != pair[0].value + 1)
    {
        c.push(
            place,
            "its `scale` values must count up in ones, lowest first, with no gap (0, 1, …, 9 or 1, …, 5)",
        );
    }
    let ends = [scale.first(), scale.last()];
    if ends
        .into_iter()
        .flatten()
        .any(|point| point.label.is_none_or(|label| label.trim().is_empty()))
    {
        c.push(
            place,
            "its `scale` must label its lowest and highest points, as the source does",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{MeasureItem, ScalePoint, Verbatim};

    fn measure() -> Measure {
        Measure {
            id: "m".into(),
            lead: Some(Verbatim::from("Lead")),
            items: vec![MeasureItem {
                id: "1".into(),
                text: "Item one?".into(),
            }]
            .into(),
            scale: vec![
                ScalePoint {
                    value: 0,
                    label: Some("none".into()),
                },
                ScalePoint {
                    value: 1,
                    label: None,
                },
            ]
            .into(),
            ..Measure::default()
        }
    }

    #[test]
    fn the_wording_is_the_lead_the_items_and_the_scale_one_a_line() {
        assert_eq!(
            measure_wording(&measure()),
            "lead:Lead\nitem 1:Item one?\nscale 0:none\nscale 1:\n"
        );
    }

    #[test]
    fn any_change_of_a_word_a_label_or_an_item_changes_the_fingerprint() {
        let original = measure_fingerprint(&measure());
        assert_eq!(original.len(), 16);
        let mut changed = measure();
        changed.items = changed
            .items
            .edited(|items| items[0].text = "Item 1?".into());
        assert_ne!(measure_fingerprint(&changed), original);
        let mut relabelled = measure();
        relabelled.scale = relabelled
            .scale
            .edited(|scale| scale[1].label = Some("some".into()));
        assert_ne!(measure_fingerprint(&relabelled), original);
        let mut no_lead = measure();
        no_lead.lead = None;
        assert_ne!(measure_fingerprint(&no_lead), original);
    }
}

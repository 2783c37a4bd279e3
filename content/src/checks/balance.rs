//! The balance table the benchmark prints: for each option, the numbers it gets on the side of
//! gains and on the side of harms in the first layer and on each print, the single-trial results
//! shown for it each way, and the words of its short answers; and the values list by direction.
//! It measures what the rules in `validate` enforce, so a reviewer can see the balance at once.

use std::collections::BTreeSet;

use crate::markup;
use crate::schema::{Bundle, Direction, RowSide, Side, TreatmentOption};

/// One option's line of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionBalance {
    /// The option's name.
    pub name: String,
    /// First layer (the options at a glance, also printed on the clinician's summary): rows about
    /// gains whose short answer gives a number out of 100 or 1,000.
    pub first_layer_gains: usize,
    /// The same for rows about harms.
    pub first_layer_harms: usize,
    /// First-layer rows where the short answer says no number was found (gains, harms).
    pub no_number: (usize, usize),
    /// Take-home print: key pictures that show this option's group.
    pub take_home_pictures: usize,
    /// Take-home print: harm rows with a number for this option, and whether its main downside is
    /// printed beside its summary.
    pub take_home_harms: usize,
    /// Whether the take-home print gives its main downside in words.
    pub take_home_downside: bool,
    /// Figure-backed points on its own page (benefits, harms).
    pub detail_points: (usize, usize),
    /// Single-trial results shown for it in the first layer (its grid cells and the steps' key
    /// points), in its favour and against it.
    pub single_trials: (usize, usize),
    /// Single-trial results on its own page (its benefits and harms), in its favour and against it.
    pub page_single_trials: (usize, usize),
    /// Words of its short answers in the first layer.
    pub first_layer_words: usize,
}

/// The whole table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BalanceTable {
    /// One line per option, in the content's order.
    pub options: Vec<OptionBalance>,
    /// Items of the values list pointing to medicines now, to treating the breast now, and
    /// neither way.
    pub values: (usize, usize, usize),
}

/// Whether a short answer states a count out of 100 or 1,000.
fn has_count(text: &str) -> bool {
    text.contains(" out of 100") || text.contains(" out of 1,000")
}

fn option_line(bundle: &Bundle, option: &TreatmentOption) -> OptionBalance {
    let glances: Vec<(RowSide, String)> = bundle
        .compare
        .iter()
        .filter(|row| row.at_a_glance)
        .filter_map(|row| {
            let cell = row.cells.iter().find(|c| c.option == option.id.as_str())?;
            Some((
                cell.side.unwrap_or(row.side),
                markup::plain(&cell.glance?, |_| None),
            ))
        })
        .collect();
    let count = |side: RowSide, with_number: bool| {
        glances
            .iter()
            .filter(|(s, text)| {
                *s == side
                    && if with_number {
                        has_count(text)
                    } else {
                        text.to_lowercase().contains("no number was found")
                    }
            })
            .count()
    };
    let take_home_pictures = bundle
        .steps
        .iter()
        .filter_map(|s| s.key_figure.and_then(|f| f.get()))
        .filter(|f| f.direct_for.contains(&option.kind))
        .count();
    let figured =
        |points: &[crate::schema::Point]| points.iter().filter(|p| !p.figures.is_empty()).count();
    // The figures shown in the first layer for this option: its grid cells, and every step's key
    // points and picture.
    let mut shown: BTreeSet<&str> = bundle
        .compare
        .iter()
        .flat_map(|row| row.cells.iter())
        .filter(|cell| cell.option == option.id.as_str())
        .flat_map(|cell| cell.figures.iter().map(|f| f.as_str()))
        .collect();
    for step in bundle.steps.iter() {
        shown.extend(step.figures.iter().map(|f| f.as_str()));
        shown.extend(step.key_figure.iter().map(|f| f.as_str()));
    }
    let on_page: BTreeSet<&str> = option
        .benefits
        .iter()
        .chain(option.harms.iter())
        .flat_map(|p| p.figures.iter().map(|f| f.as_str()))
        .collect();
    // Results, not figures: figures that share a source report one trial's result (its ratio,
    // and the numbers worked out from it), so they count once.
    let signals = |direction: Direction, shown: &BTreeSet<&str>| {
        let figures: Vec<&crate::schema::Figure> = bundle
            .figures
            .iter()
            .filter(|f| shown.contains(f.id.as_str()))
            .filter(|f| {
                f.signals
                    .iter()
                    .any(|s| s.option == option.kind && s.direction == direction)
            })
            .collect();
        crate::checks::validate::findings(&figures).len()
    };
    OptionBalance {
        name: option.name.to_string(),
        first_layer_gains: count(RowSide::Benefit, true),
        first_layer_harms: count(RowSide::Harm, true),
        no_number: (count(RowSide::Benefit, false), count(RowSide::Harm, false)),
        take_home_pictures,
        take_home_harms: count(RowSide::Harm, true),
        take_home_downside: !option.downside_patient.trim().is_empty(),
        detail_points: (figured(&option.benefits), figured(&option.harms)),
        single_trials: (
            signals(Direction::Benefit, &shown),
            signals(Direction::Harm, &shown),
        ),
        page_single_trials: (
            signals(Direction::Benefit, &on_page),
            signals(Direction::Harm, &on_page),
        ),
        first_layer_words: glances
            .iter()
            .map(|(_, text)| text.split_whitespace().count())
            .sum(),
    }
}

/// The balance of the bundle.
pub fn table(bundle: &Bundle) -> BalanceTable {
    let items = &bundle.values.items;
    let side = |to: Option<Side>| items.iter().filter(|i| i.points_to == to).count();
    BalanceTable {
        options: bundle
            .options
            .iter()
            .map(|o| option_line(bundle, o))
            .collect(),
        values: (
            side(Some(Side::MedicinesNow)),
            side(Some(Side::BreastNow)),
            side(None),
        ),
    }
}

impl BalanceTable {
    /// The table as Markdown, for the benchmark's output and the README.
    pub fn markdown(&self) -> String {
        let mut out = String::from(
            "| option | first layer and clinician print: gains / harms with a number | … saying no number was found | take-home: pictures / harms with a number / downside | own page: figure-backed gains / harms | single-trial results, first layer: for / against | … own page: for / against | first-layer words |\n\
             | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
        );
        for o in &self.options {
            out.push_str(&format!(
                "| {} | {} / {} | {} / {} | {} / {} / {} | {} / {} | {} / {} | {} / {} | {} |\n",
                o.name,
                o.first_layer_gains,
                o.first_layer_harms,
                o.no_number.0,
                o.no_number.1,
                o.take_home_pictures,
                o.take_home_harms,
                if o.take_home_downside { "yes" } else { "no" },
                o.detail_points.0,
                o.detail_points.1,
                o.single_trials.0,
                o.single_trials.1,
                o.page_single_trials.0,
                o.page_single_trials.1,
                o.first_layer_words,
            ));
        }
        out.push_str(&format!(
            "\nValues list: {} item(s) point to medicines now, {} to treating the breast now, {} neither way.\n",
            self.values.0, self.values.1, self.values.2
        ));
        out
    }
}

//! The outcome steps (survival, breast control, harms, quality of life): first the step's lead,
//! key points and its one picture comparing the options; then each content panel one tap away,
//! with its figures in the chosen format.

use yew::prelude::*;

use crate::components::disclosure::more;
use crate::components::option_grid::grid_table;
use crate::components::rich_text::rich;
use crate::components::switches::format_switch;
use crate::components::ui::{figures, pick, sources_for};
use crate::content::{self, CompareRow, FigureRef, FigureValue, Panel};
use crate::domain::session::{Format, View};
use crate::domain::step::Step;
use crate::domain::summary::ordered_options;
use crate::state::SessionHandle;

use super::{key_figure, step_header};
use crate::content::words;

/// An outcome step (survival, breast control, harms, quality of life): its title and lead, then
/// its panels.
pub fn outcome_page(session: &SessionHandle, step: Step) -> Html {
    let view = session.view();
    let format = session.get().format;
    if !step.has_panels() {
        return Html::default();
    }
    let drawn = has_drawn_figure(step, view);
    let pictured = content::step_text(step).is_some_and(|w| w.key_figure.is_some());
    html! {
        <article>
            { step_header(step, view) }
            // The switch only where it changes something: a step whose figures in this view are
            // all counts or ratios (or that has none) is the same in every format. With a picture
            // it sits above the picture; without one, above the details it changes.
            if drawn && pictured { { format_switch(session) } }
            { key_figure(step, view, format) }
            { step_glance(step, session) }
            if drawn && !pictured { { format_switch(session) } }
            { for content::panels(step).map(|panel| {
                more(&panel.id, &words().outcome.more_about.fill(&panel.heading), panel_view(panel, view, format))
            }) }
        </article>
    }
}

/// The rows of the options grid the step opens with (`glance_rows` in `steps.toml`): each
/// option's short answer, in the order she chose, so the harms step opens with its numbers.
fn step_glance(step: Step, session: &SessionHandle) -> Html {
    let content = content::bundle();
    let rows: Vec<&'static CompareRow> = content::step_text(step)
        .map(|words| {
            words
                .glance_rows
                .iter()
                .filter_map(|id| content.compare.iter().find(|row| row.id == id.as_str()))
                .collect()
        })
        .unwrap_or_default();
    if rows.is_empty() {
        return Html::default();
    }
    let options = ordered_options(content, session.get().order);
    html! {
        <section class="key-figure" aria-labelledby="glance-heading">
            <h2 id="glance-heading" class="key-figure__heading">{ words().numbers.glance_heading.as_str() }</h2>
            { grid_table(&rows, &options, session.view(), true, words().numbers.glance_heading.as_str()) }
        </section>
    }
}

/// Whether any panel of the step shows, in this view, a figure that pictures, a table or words
/// can show (natural frequencies or medians).
pub fn has_drawn_figure(step: Step, view: View) -> bool {
    content::panels(step)
        .flat_map(|panel| {
            let extra: &'static [FigureRef] = match view {
                View::Clinician => &panel.clinician_figures,
                View::Patient => &[],
            };
            panel.figures.iter().chain(extra)
        })
        .filter_map(FigureRef::get)
        .any(|figure| {
            matches!(
                figure.value,
                FigureValue::Frequency(_) | FigureValue::Median(_)
            )
        })
}

/// One section: what the numbers say, who they come from, and the figures.
fn panel_view(panel: &'static Panel, view: View, format: Format) -> Html {
    let heading_id = format!("panel-{}", panel.id);
    html! {
        <section class="panel" aria-labelledby={heading_id.clone()} data-panel={panel.id.as_str()}>
            <h2 id={heading_id}>{ panel.heading.as_str() }</h2>
            <p>{ rich(pick(view, panel.summary_patient, panel.summary_clinician)) }</p>
            <p class="panel__about">{ rich(panel.about_numbers_patient.as_str()) }</p>
            { figures(&panel.figures, view, format) }
            if view == View::Clinician { { figures(&panel.clinician_figures, view, format) } }
            { sources_for(view, &panel.sources) }
        </section>
    }
}

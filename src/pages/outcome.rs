//! The outcome steps (survival, breast control, harms, quality of life): the step's lead, then
//! one section per content panel, each with its figures in the chosen format.

use yew::prelude::*;

use crate::components::rich_text::rich;
use crate::components::switches::format_switch;
use crate::components::ui::{figures, pick, sources_for};
use crate::content::{self, Panel, PanelStep};
use crate::domain::session::{Format, View};
use crate::hooks::SessionHandle;
use crate::route::Route;

use super::step_header;

/// An outcome step: `step` chooses the panels, `route` the title and lead.
pub fn outcome_page(session: &SessionHandle, step: PanelStep, route: Route) -> Html {
    let view = session.view();
    let format = session.get().format;
    html! {
        <article class="page page--outcome">
            { step_header(route, view) }
            { format_switch(session) }
            { for content::panels(step).map(|panel| panel_view(panel, view, format)) }
        </article>
    }
}

/// One section: what the numbers say, who they come from, and the figures.
fn panel_view(panel: &'static Panel, view: View, format: Format) -> Html {
    let heading_id = format!("panel-{}", panel.id);
    html! {
        <section class="panel" aria-labelledby={heading_id.clone()} data-panel={panel.id.as_str()}>
            <h2 id={heading_id}>{ panel.heading.as_str() }</h2>
            <p class="panel__summary">{ rich(pick(view, panel.summary_patient, panel.summary_clinician)) }</p>
            <p class="panel__about">{ rich(panel.about_numbers_patient.as_str()) }</p>
            { figures(&panel.figures, view, format) }
            if view == View::Clinician { { figures(&panel.clinician_figures, view, format) } }
            { sources_for(view, &panel.sources) }
        </section>
    }
}

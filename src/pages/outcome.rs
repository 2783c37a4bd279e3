//! The outcome steps (survival, breast control, harms, quality of life): the step's lead, then
//! one section per content panel, each with its figures in the chosen format.

use yew::prelude::*;

use crate::components::citation::Citations;
use crate::components::figure_view::FigureView;
use crate::components::rich_text::RichText;
use crate::components::switches::FormatSwitch;
use crate::content::{self, Panel, PanelStep};
use crate::domain::session::View;
use crate::hooks::use_session;
use crate::route::Route;

use super::main_heading;

/// Props of [`OutcomePage`].
#[derive(Properties, PartialEq)]
pub struct OutcomePageProps {
    /// Which step's panels to show.
    pub step: PanelStep,
    /// The route (for the title and lead).
    pub route: Route,
}

/// An outcome step.
#[component]
pub fn OutcomePage(props: &OutcomePageProps) -> Html {
    let session = use_session();
    let view = session.view();
    let lead = props
        .route
        .step()
        .and_then(|s| content::step_text(s.id()))
        .map(|t| {
            if view == View::Clinician {
                t.lead_clinician.as_str()
            } else {
                t.lead_patient.as_str()
            }
        });
    html! {
        <article class="page page--outcome">
            { main_heading(props.route.title()) }
            if let Some(lead) = lead { <p class="page__lead"><RichText text={lead} /></p> }
            <FormatSwitch />
            { for content::panels(props.step).map(|panel| html! { <PanelView {panel} /> }) }
        </article>
    }
}

/// Props of [`PanelView`].
#[derive(Properties, PartialEq)]
pub struct PanelViewProps {
    /// The panel.
    pub panel: &'static Panel,
}

/// One section: what the numbers say, who they come from, and the figures.
#[component]
pub fn PanelView(props: &PanelViewProps) -> Html {
    let session = use_session();
    let view = session.view();
    let format = session.get().format;
    let panel = props.panel;
    let heading_id = format!("panel-{}", panel.id);
    let summary = if view == View::Clinician {
        &panel.summary_clinician
    } else {
        &panel.summary_patient
    };
    let figures = panel
        .figures
        .iter()
        .chain(
            panel
                .clinician_figures
                .iter()
                .filter(|_| view == View::Clinician),
        )
        .filter_map(|id| content::figure(id));
    html! {
        <section class="panel" aria-labelledby={heading_id.clone()} data-panel={panel.id.clone()}>
            <h2 id={heading_id}>{ panel.heading.clone() }</h2>
            <p class="panel__summary"><RichText text={summary.as_str()} /></p>
            <p class="panel__about"><RichText text={panel.about_numbers_patient.as_str()} /></p>
            { for figures.map(|figure| html! { <FigureView {figure} {view} {format} /> }) }
            if view == View::Clinician && !panel.sources.is_empty() {
                <div class="panel__sources">
                    <h3>{ "Also cited" }</h3>
                    <Citations ids={panel.sources.clone()} />
                </div>
            }
        </section>
    }
}

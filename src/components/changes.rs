//! What changed in this evidence version (`changes.toml`), on About and, for clinicians, on the
//! studies step.

use yew::prelude::*;

use crate::components::rich_text::rich;
use crate::components::ui::sources_for;
use crate::content::{bundle, words};
use crate::domain::session::View;

/// "What changed in 2026.2": every change for clinicians (what, why, sources); for patients the
/// changes that say something to her in plain words.
pub fn changes_section(view: View) -> Html {
    let log = &bundle().changes;
    let heading = words().about.changes_heading.fill(&log.version);
    let items: Html = log
        .changes
        .iter()
        .filter_map(|change| match view {
            View::Patient => change
                .patient
                .map(|words| html! { <li>{ rich(words.as_str()) }</li> }),
            View::Clinician => Some(html! {
                <li class="change">
                    <p>{ rich(change.what.as_str()) }</p>
                    <p><strong>{ words().about.why.as_str() }</strong>{ rich(change.why.as_str()) }</p>
                    { sources_for(View::Clinician, &change.sources) }
                </li>
            }),
        })
        .collect();
    let empty = match view {
        View::Patient => log.changes.iter().all(|c| c.patient.is_none()),
        View::Clinician => log.changes.is_empty(),
    };
    html! {
        <section aria-labelledby="about-changes">
            <h2 id="about-changes">{ heading }</h2>
            if empty {
                <p>{ words().about.nothing_changed.fill(&log.previous) }</p>
            } else {
                <ul class="changes">{ items }</ul>
            }
        </section>
    }
}

//! Citations, printed as text (the app makes no network requests, so nothing is a live link).

use yew::prelude::*;

use crate::content::{Source, Text, source};

/// A citation in one line: authors, title, journal, year, details, DOI, PMID, trial id.
pub fn citation_text(source: &Source) -> String {
    let mut parts = vec![format!(
        "{}. {}. {} {}",
        // "Soran A, et al." already ends with its full stop.
        source.authors.trim_end_matches('.'),
        source.title.trim_end_matches('.'),
        source.journal,
        source.year
    )];
    if let Some(details) = &source.details {
        parts[0].push_str(&format!(";{details}"));
    }
    if let Some(doi) = &source.doi {
        parts.push(format!("doi:{doi}"));
    }
    if let Some(pmid) = &source.pmid {
        parts.push(format!("PMID {pmid}"));
    }
    if let Some(trial) = &source.trial_id {
        parts.push(trial.to_string());
    }
    if source.doi.is_none()
        && source.pmid.is_none()
        && let Some(url) = &source.url
    {
        parts.push(format!("Read at {url}"));
    }
    format!("{}.", parts.join(". "))
}

/// A list of citations by source id.
pub fn citations(ids: &[Text]) -> Html {
    html! {
        <ul class="citations">
            { for ids.iter().filter_map(|id| source(id)).map(|s| html! {
                <li class="citation" data-source={s.id.as_str()}>{ citation_text(s) }</li>
            }) }
        </ul>
    }
}

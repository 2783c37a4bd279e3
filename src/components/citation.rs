//! Citations, printed as text (the app makes no network requests, so nothing is a live link).
//! Their bibliographic data is in the texts file, loaded after the first paint: until it is in,
//! a list of citations is one line that says so, not a row of gaps per source.

use yew::prelude::*;

use crate::content::deferred::{self, Readiness};
use crate::content::{SourceRef, texts_readiness};
use crate::domain::phrasing::citation_text;

/// While the texts file is not in, the one line that stands for a list of citations.
pub fn citations_waiting() -> Option<Html> {
    let line = match texts_readiness() {
        Readiness::Ready => return None,
        Readiness::Loading => deferred::loading(),
        Readiness::Failed => deferred::not_loaded(),
    };
    Some(html! { <p class="citations-waiting">{ line }</p> })
}

/// A list of citations.
pub fn citations(refs: &[SourceRef]) -> Html {
    if let Some(waiting) = citations_waiting() {
        return waiting;
    }
    html! {
        <ul class="citations">
            { for refs.iter().filter_map(SourceRef::get).map(|s| html! {
                <li class="citation" data-source={s.id.as_str()}>{ citation_text(s) }</li>
            }) }
        </ul>
    }
}

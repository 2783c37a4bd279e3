//! Citations, printed as text (the app makes no network requests, so nothing is a live link).

use yew::prelude::*;

use crate::content::SourceRef;
use crate::domain::phrasing::citation_text;

/// A list of citations.
pub fn citations(refs: &[SourceRef]) -> Html {
    html! {
        <ul class="citations">
            { for refs.iter().filter_map(SourceRef::get).map(|s| html! {
                <li class="citation" data-source={s.id.as_str()}>{ citation_text(s) }</li>
            }) }
        </ul>
    }
}

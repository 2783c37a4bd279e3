//! Content prose, with glossary terms explained inline.

use yew::prelude::*;

use crate::content::markup::{self, Segment};
use crate::content::term;

use super::glossary_term::GlossaryTerm;

/// Prose as text nodes only (never as HTML), with each `{term}` turned into an inline explanation.
pub fn rich(text: &'static str) -> Html {
    // Validation guarantees the markup parses; if it ever did not, show the words as they are.
    let Ok(segments) = markup::parse(text) else {
        return html! { { text } };
    };
    segments
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => html! { { text } },
            Segment::Term { id, shown } => match term(id) {
                Some(entry) => html! { <GlossaryTerm term={entry} shown={shown} /> },
                None => html! { { shown.unwrap_or(id) } },
            },
        })
        .collect()
}

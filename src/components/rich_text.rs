//! Content prose, with glossary terms explained inline.

use yew::prelude::*;

use crate::content::markup::{self, Segment};
use crate::content::term;

use super::glossary_term::GlossaryTerm;

/// Props of [`RichText`].
#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    /// Content prose (may hold `{term}` markup).
    pub text: &'static str,
}

/// Renders prose as text nodes only (never as HTML), turning `{term}` into an inline explanation.
#[component]
pub fn RichText(props: &RichTextProps) -> Html {
    // Validation guarantees the markup parses; if it ever did not, show the words as they are.
    let Ok(segments) = markup::parse(props.text) else {
        return html! { { props.text } };
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

/// A paragraph of content prose.
pub fn paragraph(text: &'static str) -> Html {
    html! { <p><RichText {text} /></p> }
}

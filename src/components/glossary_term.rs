//! A glossary term in running text: press it to read a plain definition right there.

use yew::prelude::*;

use crate::content::words;
use crate::content::{GlossaryTerm as Term, plain};
use crate::state::use_texts;

/// Props of [`GlossaryTerm`].
#[derive(Properties, PartialEq)]
pub struct GlossaryTermProps {
    /// The glossary entry.
    pub term: &'static Term,
    /// Words to show instead of the term's name.
    #[prop_or_default]
    pub shown: Option<&'static str>,
}

/// A toggle button (announced as expanded or collapsed) followed by the definition when open.
#[component]
pub fn GlossaryTerm(props: &GlossaryTermProps) -> Html {
    // Drawn again when the texts file arrives, like every component below its provider.
    use_texts();
    let open = use_state(|| false);
    let id = use_memo(props.term.id.as_str(), |id| {
        format!("def-{id}-{}", next_instance())
    });
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let shown = props.shown.unwrap_or(props.term.term.as_str());
    html! {
        <>
            <button type="button" class="term" aria-expanded={(*open).to_string()} aria-controls={(*id).clone()}
                onclick={toggle} title={ words().glossary_term.what_does_mean.as_str() }>
                { shown }
            </button>
            <span id={(*id).clone()} class="term__definition" role="note" hidden={!*open}>
                <span class="visually-hidden">{ format!("{}: ", props.term.term) }</span>
                { plain(&props.term.definition) }
            </span>
        </>
    }
}

/// Unique suffix for element ids, so the same term can appear twice on a page.
fn next_instance() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

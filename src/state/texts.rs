//! Whether the texts file is in (see `content::deferred`): the provider that loads it after the
//! first paint, and the hook that screens showing its words call, so that they are drawn again
//! when it arrives (a component whose props did not change would otherwise keep "Loading…").

use yew::prelude::*;

use crate::content::{self, deferred::Readiness};
use crate::platform::texts;

/// Props of [`TextsProvider`].
#[derive(Properties, PartialEq)]
pub struct TextsProviderProps {
    /// The app.
    pub children: Html,
}

/// Starts loading the texts file once the first screen is drawn (effects run after the paint),
/// and shares how far it got.
#[component]
pub fn TextsProvider(props: &TextsProviderProps) -> Html {
    let readiness = use_state(content::texts_readiness);
    {
        let readiness = readiness.clone();
        use_effect_with((), move |()| {
            texts::load(move |outcome| readiness.set(outcome))
        });
    }
    html! {
        <ContextProvider<Readiness> context={*readiness}>
            { props.children.clone() }
        </ContextProvider<Readiness>>
    }
}

/// Whether the texts file is in; a component that shows its words calls this to be drawn again
/// when it arrives.
#[hook]
pub fn use_texts() -> Readiness {
    use_context::<Readiness>().unwrap_or_else(content::texts_readiness)
}

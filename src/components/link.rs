//! A link to a screen of the app. A real `<a href="#/harms">`, so it can be opened in a new tab,
//! copied and read as a link; a plain click goes there in the page itself. The click is handled
//! here rather than by the browser because a `<base>` element (a GitHub Pages sub-path, the
//! single-file edition) would resolve `#/harms` against another address and load a new page.

use yew::prelude::*;

use crate::platform::address;
use crate::route::Route;

/// A link to `route`, with its classes and contents.
pub fn link(route: Route, class: &'static str, contents: Html) -> Html {
    let onclick = Callback::from(move |event: MouseEvent| {
        // A click with a modifier (new tab, new window) or another button is the browser's.
        if event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        event.prevent_default();
        address::go(route.path());
    });
    html! {
        <a href={route.href()} class={(!class.is_empty()).then_some(class)} {onclick}>{ contents }</a>
    }
}

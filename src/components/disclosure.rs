//! "More about …": details one tap away. A native `<details>` element, so it opens with a click,
//! a tap, Enter or Space, and screen readers announce it as expanded or collapsed; opening or
//! closing it changes nothing entered (the body stays in the page, only hidden).

use yew::prelude::*;

/// A closed disclosure: `summary` is what the control says ("More about arm swelling"), `body`
/// what it shows. `id` names it for tests and links (`data-more`).
pub fn more(id: &str, summary: &str, body: Html) -> Html {
    html! {
        <details class="more" data-more={id.to_owned()}>
            <summary class="more__summary">{ summary.to_owned() }</summary>
            <div class="more__body">{ body }</div>
        </details>
    }
}

//! Yew floor: the counter from ../shared/toolchain.md §1, as one binary.
use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Counter" }</h1>
            <p id="count" aria-live="polite">{ format!("Count: {}", *count) }</p>
            <button id="inc" type="button" {onclick}>{ "Increment" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}

//! The wasm entry point: install the friendly panic screen, then start the app.

fn main() {
    local_therapy_aid::platform::panic::install();
    local_therapy_aid::platform::dom::remove_loading_shell();
    yew::Renderer::<local_therapy_aid::App>::new().render();
}

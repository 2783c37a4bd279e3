//! The wasm entry point: install the friendly panic screen, refuse to run inside another page,
//! then start the app.

fn main() {
    use local_therapy_aid::platform::{dom, panic};
    panic::install();
    local_therapy_aid::content::use_edition_words();
    if dom::is_framed() {
        dom::show_framed_notice();
        return;
    }
    yew::Renderer::<local_therapy_aid::App>::new().render();
    dom::remove_loading_shell_after_paint();
}

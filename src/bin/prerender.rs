//! Build step: prints the start screen, rendered by the app itself, as static HTML.
//!
//! `scripts/postbuild.py` puts it into `index.html`, so the first screen is on the page before the
//! WebAssembly has arrived (on a slow clinic network that is a second or more). It is inert until
//! the app starts and replaces it with the live screen; see `platform::dom::remove_loading_shell_after_paint`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use local_therapy_aid::app::{AppAt, AppAtProps};
    use local_therapy_aid::domain::session::View;
    use local_therapy_aid::domain::step::Step;
    use local_therapy_aid::route::Route;

    let props = AppAtProps {
        route: Route::Step(Step::Start),
        view: View::Patient,
    };
    // Not hydratable: the app replaces this markup rather than adopting it, so no markers needed.
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<AppAt>::with_props(props)
            .hydratable(false)
            .render(),
    );
    print!("{html}");
}

/// The build step never runs in the browser; this keeps `cargo build --target wasm32` working.
#[cfg(target_arch = "wasm32")]
fn main() {}

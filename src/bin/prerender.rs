//! Build step: prints the start screen (or, given `unsupported`, the notice for a browser that
//! cannot run the aid), rendered by the app itself, as static HTML. Given `steps`, prints the
//! journey as JSON instead (each step's id, address and title, and the short way's ids), which
//! the browser tests read so that no test keeps a copy of the step list.
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

    // Not hydratable: the app replaces this markup rather than adopting it, so no markers needed.
    let html = match std::env::args().nth(1).as_deref() {
        None | Some("start") => {
            let props = AppAtProps {
                route: Route::Step(Step::Start),
                view: View::Patient,
            };
            futures::executor::block_on(
                yew::LocalServerRenderer::<AppAt>::with_props(props)
                    .hydratable(false)
                    .render(),
            )
        }
        // The notice for a browser that cannot run the aid (`web/guard.js` shows it).
        Some("unsupported") => futures::executor::block_on(
            yew::LocalServerRenderer::<Notice>::new()
                .hydratable(false)
                .render(),
        ),
        Some("steps") => steps_json(),
        Some(other) => {
            eprintln!("prerender: unknown screen `{other}`: use `start`, `unsupported` or `steps`");
            std::process::exit(2);
        }
    };
    print!("{html}");
}

/// The journey as JSON: `{"steps": [{"id", "hash", "title"}, …], "short": [id, …]}`.
#[cfg(not(target_arch = "wasm32"))]
fn steps_json() -> String {
    use local_therapy_aid::domain::step::{Journey, Step};
    use local_therapy_aid::route::Route;

    let quoted = |text: &str| {
        let mut json = String::from('"');
        for c in text.chars() {
            match c {
                '"' => json.push_str("\\\""),
                '\\' => json.push_str("\\\\"),
                c if u32::from(c) < 0x20 => json.push_str(&format!("\\u{:04x}", u32::from(c))),
                c => json.push(c),
            }
        }
        json.push('"');
        json
    };
    let steps: Vec<String> = Step::ALL
        .iter()
        .map(|&step| {
            format!(
                "{{\"id\": {}, \"hash\": {}, \"title\": {}}}",
                quoted(step.id()),
                quoted(&format!("#{}", step.path())),
                quoted(Route::Step(step).title())
            )
        })
        .collect();
    let short: Vec<String> = Journey::Short
        .steps()
        .iter()
        .map(|step| quoted(step.id()))
        .collect();
    format!(
        "{{\"steps\": [{}], \"short\": [{}]}}\n",
        steps.join(", "),
        short.join(", ")
    )
}

/// The notice as a component, so the server renderer can draw it.
#[cfg(not(target_arch = "wasm32"))]
#[yew::component]
fn Notice() -> yew::Html {
    local_therapy_aid::pages::unsupported::unsupported_notice()
}

/// The build step never runs in the browser; this keeps `cargo build --target wasm32` working.
#[cfg(target_arch = "wasm32")]
fn main() {}

//! Loading the texts file after the first paint (see `content::deferred`).
//!
//! The single-file edition carries the file inside the page (`<script type="text/plain"
//! id="lta-texts">`, which the browser never runs), because it may open no connection; the site
//! fetches it from its own origin, next to index.html (the service worker answers from its cache
//! when offline). Either way the file is checked against this build's manifest before any text of
//! it is shown.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::content::{self, deferred::Readiness};

/// Id of the element the single-file edition holds the texts file in.
pub const INLINE_ID: &str = "lta-texts";

/// Loads and installs the texts file, then calls `done` with the outcome. Does nothing when there
/// is nothing to load (or outside a browser); `done` is then not called.
pub fn load(done: impl FnOnce(Readiness) + 'static) {
    let manifest = content::texts_file();
    if content::texts_readiness() != Readiness::Loading {
        return;
    }
    let Some(window) = super::window() else {
        return;
    };
    super::tasks::spawn(async move {
        let file = match inline(&window) {
            Some(file) => Some(file),
            None => fetched(&window, manifest.file).await,
        };
        match file {
            // Leaked once: the texts live as long as the page, like the content in the binary.
            Some(file) => {
                if let Err(problem) =
                    content::deferred::install(manifest, Box::leak(file.into_boxed_str()))
                {
                    web_sys::console::warn_1(&problem.into());
                }
            }
            None => content::deferred::fail(),
        }
        done(content::texts_readiness());
    });
}

/// The file held in the page (single-file edition), if it is there.
fn inline(window: &web_sys::Window) -> Option<String> {
    window
        .document()?
        .get_element_by_id(INLINE_ID)?
        .text_content()
}

/// The file fetched from the aid's own origin (relative to the page's base address).
async fn fetched(window: &web_sys::Window, file: &str) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(file))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

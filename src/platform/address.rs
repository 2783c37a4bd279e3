//! The address bar's fragment, where the routes live (`#/harms`): reading it, going to a route,
//! and hearing when it changes (a link, Back, Forward, or a fragment typed in). The app's own
//! router is this and `Route::parse`: no router crate (its history layer and pattern matcher
//! would ship for five static addresses).
//!
//! A fragment that is not a route (`index.html#main`, a skip-link target, a hand-typed `#harms`)
//! is rewritten in place (no new history entry) to the route it most likely means, before it is
//! read: so the app only ever sees routes, the step or "Page not found".

use gloo::events::EventListener;

/// The route fragment to use instead of `hash` (`location.hash`, with its `#`), or `None` when
/// it is already a route or empty. `#main` (the skip link's target) means the page itself: the
/// start. Anything else gains the missing `/`: `#harms` is `#/harms`, and an unknown name
/// reaches the router's "Page not found".
pub fn route_fragment(hash: &str) -> Option<String> {
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    if fragment.is_empty() || fragment.starts_with('/') {
        return None;
    }
    if fragment == "main" {
        return Some("#/".to_owned());
    }
    Some(format!("#/{fragment}"))
}

/// Rewrites the current fragment if it is not a route (see [`route_fragment`]).
pub fn normalise() {
    let Some(window) = super::window() else {
        return;
    };
    let location = window.location();
    let (Ok(hash), Ok(href), Ok(history)) = (location.hash(), location.href(), window.history())
    else {
        return;
    };
    if let Some(fragment) = route_fragment(&hash) {
        // The full address, so a <base> element cannot send a relative "#/" elsewhere; replaced
        // in the history entry, which fires no event (location.replace would fire `popstate`
        // inside this listener).
        let without = href.split('#').next().unwrap_or(&href);
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{without}{fragment}")),
        );
    }
}

/// The route's path in the address (`/harms`; empty for none), after [`normalise`].
pub fn current() -> String {
    normalise();
    super::window()
        .and_then(|w| w.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Goes to a route's path (`/harms`): a new history entry, so Back returns. The change is heard
/// by [`on_change`].
pub fn go(path: &str) {
    if let Some(window) = super::window() {
        let _ = window.location().set_hash(path);
    }
}

/// Calls `changed` with the new path whenever the fragment changes, for as long as the returned
/// listener lives.
pub fn on_change(changed: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = super::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        changed(current())
    }))
}

/// The address this copy of the aid is served from (`https://host/path/`, without the query or
/// the route fragment), when it is a web address: the default the QR code carries. `None` for
/// a file opened from disk, and outside a browser.
pub fn served() -> Option<String> {
    let location = super::window()?.location();
    let protocol = location.protocol().ok()?;
    if protocol != "https:" && protocol != "http:" {
        return None;
    }
    let origin = location.origin().ok()?;
    let path = location.pathname().ok()?;
    Some(format!("{origin}{path}"))
}

/// Whether this copy of the aid is a file opened from disk (the single-file edition), which
/// fetches nothing from anywhere. False over the web, and outside a browser.
pub fn opened_from_disk() -> bool {
    super::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|protocol| protocol == "file:")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_and_empty_fragments_are_left_alone() {
        for hash in ["", "#", "#/", "#/harms", "#/nope"] {
            assert_eq!(route_fragment(hash), None, "{hash}");
        }
    }

    #[test]
    fn other_fragments_become_routes() {
        assert_eq!(route_fragment("#main").as_deref(), Some("#/"));
        assert_eq!(route_fragment("#harms").as_deref(), Some("#/harms"));
        assert_eq!(route_fragment("#nope").as_deref(), Some("#/nope"));
        assert_eq!(route_fragment("harms").as_deref(), Some("#/harms"));
    }
}

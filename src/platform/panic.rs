//! The friendly failure screen.
//!
//! If the app ever panics, the page would otherwise freeze mid-consultation. Instead the hook
//! removes the whole app from the page (so no answer stays on screen), and shows a plain message
//! with a "Start again" link that reloads the app from its start page. The panic message itself is
//! never shown, because it could echo something the patient typed; only its source location is
//! written to the browser console for the developers.

use std::panic::PanicHookInfo;

/// Installs the hook. Call once, before the app starts.
pub fn install() {
    std::panic::set_hook(Box::new(on_panic));
}

fn on_panic(info: &PanicHookInfo<'_>) {
    if let (Some(location), Some(_)) = (info.location(), super::window()) {
        web_sys::console::error_1(
            &format!("Local Therapy Decision Aid stopped at {location}").into(),
        );
    }
    show_failure_screen();
}

/// Replaces the whole page with the failure screen.
pub fn show_failure_screen() {
    if let Some(body) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        show_failure_screen_in(&body);
    }
}

/// Replaces everything inside `root` with the failure screen (the page body in the app; a test
/// node in the browser tests).
pub fn show_failure_screen_in(root: &web_sys::Element) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let body = root;
    while let Some(child) = body.first_child() {
        let _ = body.remove_child(&child);
    }
    let build = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let Some(main) = document.create_element("main").ok() else {
        return;
    };
    let _ = main.set_attribute("class", "failure");
    let _ = main.set_attribute("role", "alert");
    let restart = super::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "./".to_owned());
    let parts = [
        build("h1", "Something went wrong"),
        build(
            "p",
            "The app stopped working. Nothing you entered has left this device. Your answers in this tab are \
             kept; press Start again to carry on from the first step.",
        ),
        build("a", "Start again").inspect(|link| {
            let _ = link.set_attribute("href", &restart);
            let _ = link.set_attribute("class", "button button--primary");
        }),
    ];
    for part in parts.into_iter().flatten() {
        let _ = main.append_child(&part);
    }
    let _ = body.append_child(&main);
}

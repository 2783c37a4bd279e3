//! The document: its title, focus on the main heading, the text size, printing, modal dialogs,
//! the loading shell's removal, the text of an input, and the frame check with the plain screens
//! drawn without the app (the framed-page notice, and the failure screen's body).

use crate::domain::settings::TextSize;

/// Id of each page's main heading, which receives focus when the step changes.
pub const MAIN_HEADING_ID: &str = "main-heading";

/// Sets the document title ("Harms · Local Therapy Decision Aid").
pub fn set_title(title: &str) {
    if let Some(document) = super::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Moves focus to the page's main heading and scrolls to the top, so keyboard and screen-reader
/// users start reading the new step from its beginning.
pub fn focus_main_heading() {
    let Some(window) = super::window() else {
        return;
    };
    window.scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(element) = window
        .document()
        .and_then(|d| d.get_element_by_id(MAIN_HEADING_ID))
        && let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element)
    {
        let _ = heading.focus();
    }
}

/// Applies the clinic's text size to the whole document.
pub fn apply_text_size(size: TextSize) {
    let Some(root) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let value = match size {
        TextSize::Standard => "standard",
        TextSize::Large => "large",
        TextSize::Larger => "larger",
    };
    let _ = root.set_attribute("data-text-size", value);
}

/// Opens the browser's print dialog (Print / Save as PDF). Every disclosure of the page is opened
/// first: paper has no taps, and browsers without `::details-content` (print.css) would print
/// them closed.
pub fn print() {
    let Some(window) = super::window() else {
        return;
    };
    if let Some(document) = window.document()
        && let Ok(disclosures) = document.query_selector_all("main details")
    {
        for index in 0..disclosures.length() {
            if let Some(element) = disclosures
                .item(index)
                .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
            {
                let _ = element.set_attribute("open", "");
            }
        }
    }
    let _ = window.print();
}

/// Opens a `<dialog>` as a modal: the browser makes the rest of the page inert (focus stays in
/// the dialog) and returns focus to the button that opened it when it closes.
pub fn show_modal(id: &str) {
    if let Some(dialog) = dialog(id) {
        let _ = dialog.show_modal();
    }
}

/// Closes a `<dialog>`.
pub fn close_dialog(id: &str) {
    if let Some(dialog) = dialog(id) {
        dialog.close();
    }
}

fn dialog(id: &str) -> Option<web_sys::HtmlDialogElement> {
    let element = super::window()?.document()?.get_element_by_id(id)?;
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDialogElement>(element).ok()
}

/// Removes the static shell of `index.html` ("Loading…", or the pre-rendered start screen) once
/// the app has drawn itself underneath it: two animation frames after the app starts, so the
/// hand-over is never a blank frame or a jump (styles/loading.css lays the shell on top).
pub fn remove_loading_shell_after_paint() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    fn remove() {
        if let Some(shell) = super::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("loading-shell"))
        {
            shell.remove();
        }
    }
    let Some(window) = super::window() else {
        return;
    };
    let second = Closure::once_into_js(remove);
    let first = Closure::once_into_js(move || {
        let scheduled = super::window()
            .map(|w| w.request_animation_frame(second.unchecked_ref()).is_ok())
            .unwrap_or(false);
        if !scheduled {
            remove();
        }
    });
    if window
        .request_animation_frame(first.unchecked_ref())
        .is_err()
    {
        remove();
    }
}

/// The text in the input or textarea an event came from.
pub fn event_text(event: &yew::events::InputEvent) -> String {
    use wasm_bindgen::JsCast;
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else {
        String::new()
    }
}

/// Whether the app is shown inside another page (an `<iframe>`). A meta Content-Security-Policy
/// cannot set `frame-ancestors`, and GitHub Pages sends no header for it, so the app checks for
/// itself: a page that frames the aid could overlay it or trick the clinician into clicks.
pub fn is_framed() -> bool {
    let Some(window) = super::window() else {
        return false;
    };
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        // No top, or not allowed to look: assume the worst.
        _ => true,
    }
}

/// Replaces the page with a short message instead of the app (used when it is framed).
pub fn show_framed_notice() {
    let Some(window) = super::window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let href = window.location().href().unwrap_or_default();
    let frame = &crate::content::words().frame;
    show_plain_screen(
        &body,
        PlainScreen {
            alert: false,
            heading: &frame.framed_heading,
            text: &frame.framed_text,
            link: &frame.framed_link,
            link_attributes: &[
                ("href", &href),
                ("target", "_blank"),
                ("rel", "noopener noreferrer"),
            ],
        },
    );
}

/// A screen drawn without the app (it may have failed, or must not run): a heading, one
/// paragraph and one link styled as the main button.
pub struct PlainScreen<'a> {
    /// Announced at once (`role="alert"`).
    pub alert: bool,
    /// The `h1`.
    pub heading: &'a str,
    /// The paragraph under it.
    pub text: &'a str,
    /// The link's words.
    pub link: &'a str,
    /// The link's attributes (`href` and any others).
    pub link_attributes: &'a [(&'a str, &'a str)],
}

/// Replaces everything inside `root` with `screen`, using plain DOM calls only (no Yew), so it
/// works when the app cannot.
pub fn show_plain_screen(root: &web_sys::Element, screen: PlainScreen<'_>) {
    let Some(document) = root.owner_document() else {
        return;
    };
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
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
    if screen.alert {
        let _ = main.set_attribute("role", "alert");
    }
    let parts = [
        build("h1", screen.heading),
        build("p", screen.text),
        build("a", screen.link).inspect(|link| {
            for (name, value) in screen.link_attributes {
                let _ = link.set_attribute(name, value);
            }
            let _ = link.set_attribute("class", "button button--primary");
        }),
    ];
    for part in parts.into_iter().flatten() {
        let _ = main.append_child(&part);
    }
    let _ = root.append_child(&main);
}

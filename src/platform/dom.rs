//! Small document-level effects: title, focus, text size, printing.

use crate::domain::persist::TextSize;

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

/// Opens the browser's print dialog (Print / Save as PDF).
pub fn print() {
    if let Some(window) = super::window() {
        let _ = window.print();
    }
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

/// Removes the static "Loading…" shell from `index.html` once the app is about to render.
pub fn remove_loading_shell() {
    if let Some(shell) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading-shell"))
    {
        shell.remove();
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

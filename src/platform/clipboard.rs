//! The clipboard: writing the note for the record on a press (browsers allow it only then), and
//! selecting a text box's words to copy by hand where they refuse. Nothing is ever read from it.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The browser did not take the text: it has no clipboard here (an old browser, a page that is
/// not a secure context, natively), or it refused (no permission, the page not focused).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// Puts `text` on the clipboard as plain text.
pub async fn write(text: &str) -> Result<(), Refused> {
    let window = super::window().ok_or(Refused)?;
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(Refused);
    }
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| Refused)
}

/// Moves focus to the text box `id` and selects all its words, ready to copy by hand.
pub fn select_all(id: &str) {
    if let Some(area) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = area.focus();
        area.select();
    }
}

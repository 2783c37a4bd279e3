//! The only code that touches browser APIs: the address fragment, storage, the document (title, focus, text size,
//! printing, dialogs, the loading shell, the frame check), the clock and the idle timer, the
//! offline cache, reading aloud (on-device voices only), the privacy self-test, the panic screen, the channel between tabs,
//! the clipboard (written on a press only, never read), async tasks and loading the texts file.
//! Everything here degrades gracefully when an API is missing, and does nothing at all
//! outside a browser (so components can be rendered natively in tests). It holds no words for
//! users: the screens say what a status means.

pub mod address;
pub mod channel;
pub mod clipboard;
pub mod clock;
pub mod dom;
pub mod field_test;
pub mod idle;
pub mod offline;
pub mod panic;
pub mod privacy;
pub mod speech;
pub mod storage;
pub mod tasks;
pub mod texts;

/// The browser window, if there is one. Natively (server-side rendering in tests) there is none.
pub(crate) fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

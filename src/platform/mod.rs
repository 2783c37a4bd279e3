//! The only code that touches browser APIs: storage, printing, focus, the panic screen, the
//! idle timer, the offline cache, the frame check and the channel between tabs. Everything here degrades gracefully when an API is missing,
//! and does nothing at all outside a browser (so components can be rendered natively in tests).

pub mod channel;
pub mod clock;
pub mod dom;
pub mod idle;
pub mod offline;
pub mod panic;
pub mod privacy;
pub mod storage;

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

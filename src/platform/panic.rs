//! The friendly failure screen.
//!
//! If the app ever panics, the page would otherwise freeze mid-consultation. Release builds abort
//! on a panic, so after one nothing of the app runs any more: no idle timeout, no End session.
//! The hook therefore clears the session from this tab's storage at once (a frozen tablet must
//! not keep the patient's answers, and "Start again" must not bring them back), removes the whole
//! app from the page (so no answer stays on screen), and shows a plain message with a "Start
//! again" link that reloads the app from its start page. The panic message itself is never shown,
//! because it could echo something the patient typed; only its source location is written to the
//! browser console for the developers.
//!
//! The end-to-end test makes the real release build panic without any hook in the app: it makes
//! the browser refuse one DOM insertion, which Yew treats as a fatal error.

use std::panic::PanicHookInfo;

/// Installs the hook. Call once, before the app starts.
pub fn install() {
    // Through Yew, not `std::panic::set_hook`: Yew's renderer replaces any hook not set this way
    // with its own console logger when the app starts, and the failure screen would never show.
    yew::set_custom_panic_hook(Box::new(on_panic));
}

fn on_panic(info: &PanicHookInfo<'_>) {
    if let (Some(location), Some(_)) = (info.location(), super::window()) {
        web_sys::console::error_1(
            &format!("Local Therapy Decision Aid stopped at {location}").into(),
        );
    }
    show_failure_screen();
}

/// Clears the session and replaces the whole page with the failure screen.
pub fn show_failure_screen() {
    if let Some(body) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        show_failure_screen_in(&body);
    }
}

/// Clears the session from this tab's storage, then replaces everything inside `root` with the
/// failure screen (the page body in the app; a test node in the browser tests).
pub fn show_failure_screen_in(root: &web_sys::Element) {
    // First, before anything else can fail: the answers must not outlive the app.
    super::storage::clear_session();
    let restart = super::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "./".to_owned());
    let frame = &crate::content::words().frame;
    super::dom::show_plain_screen(
        root,
        super::dom::PlainScreen {
            alert: true,
            heading: &frame.failed_heading,
            text: &frame.failed_text,
            link: &frame.failed_link,
            link_attributes: &[("href", &restart)],
        },
    );
}

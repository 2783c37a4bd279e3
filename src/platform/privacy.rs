//! The privacy self-test: try to contact another website and report whether the app's Content
//! Security Policy blocked it.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen_futures::JsFuture;

/// What happened when the app tried to reach another website.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutsideRequest {
    /// The browser refused it because of the app's security policy: the expected result.
    BlockedByPolicy,
    /// It failed, but not because of the policy (for example, no network).
    FailedOtherwise,
    /// It went through. This should never happen.
    Sent,
}

/// Address used for the test. Nothing is sent to it: the policy stops the request first.
pub const TEST_ADDRESS: &str = "https://example.org/local-therapy-aid-privacy-check";

/// Tries to fetch [`TEST_ADDRESS`] and reports what happened.
pub async fn try_outside_request() -> OutsideRequest {
    let Some(window) = super::window() else {
        return OutsideRequest::FailedOtherwise;
    };
    let violated = Rc::new(Cell::new(false));
    let _listener = window.document().map(|document| {
        let violated = violated.clone();
        EventListener::new(&document, "securitypolicyviolation", move |_| {
            violated.set(true)
        })
    });
    let result = JsFuture::from(window.fetch_with_str(TEST_ADDRESS)).await;
    // The browser reports the violation just after it rejects the request: give it a moment.
    gloo_timers::future::TimeoutFuture::new(200).await;
    match result {
        Ok(_) => OutsideRequest::Sent,
        Err(_) if violated.get() => OutsideRequest::BlockedByPolicy,
        Err(_) => OutsideRequest::FailedOtherwise,
    }
}

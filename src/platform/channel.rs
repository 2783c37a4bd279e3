//! End session in every open tab of the aid.
//!
//! Each tab keeps its own copy of the consultation (in memory and in its own `sessionStorage`).
//! When End session is pressed in one tab, a `BroadcastChannel` message tells every other tab of
//! the aid in this browser (same site) to end its session too, so no answers stay on screen in a
//! tab someone forgot. The message is a fixed word: no patient data ever goes through it.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::BroadcastChannel;

/// Name of the channel every tab of the aid listens on.
const CHANNEL: &str = "local-therapy-aid";
/// The one message sent on it.
const END_SESSION: &str = "end-session";

/// This tab's end of the channel. Keep it alive while the app runs; dropping it stops listening.
pub struct EndSessionChannel {
    channel: Option<BroadcastChannel>,
    _listener: Option<EventListener>,
}

impl EndSessionChannel {
    /// Starts listening: `on_end` runs when End session is pressed in another tab of the aid.
    pub fn open(on_end: impl Fn() + 'static) -> Self {
        let channel = super::window().and_then(|_| BroadcastChannel::new(CHANNEL).ok());
        let listener = channel.as_ref().map(|channel| {
            EventListener::new(channel, "message", move |event| {
                let data = js_sys::Reflect::get(event, &JsValue::from_str("data"))
                    .ok()
                    .and_then(|d| d.as_string());
                if data.as_deref() == Some(END_SESSION) {
                    on_end();
                }
            })
        });
        Self {
            channel,
            _listener: listener,
        }
    }

    /// Tells every other tab of the aid to end its session (a channel never hears itself).
    pub fn announce_end(&self) {
        if let Some(channel) = &self.channel {
            let _ = channel.post_message(&JsValue::from_str(END_SESSION));
        }
    }
}

impl Drop for EndSessionChannel {
    fn drop(&mut self) {
        if let Some(channel) = &self.channel {
            channel.close();
        }
    }
}

//! Idle detection for the session timeout: when anyone last touched the screen or pressed a key.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;

use super::clock::now_ms;

/// Tracks the time of the last touch, click, key press or scroll. Keep it alive while watching.
pub struct Activity {
    last: Rc<Cell<f64>>,
    _listeners: Vec<EventListener>,
}

impl Activity {
    /// Starts watching the whole document.
    pub fn watch() -> Self {
        let last = Rc::new(Cell::new(now_ms()));
        let mut listeners = Vec::new();
        if let Some(document) = super::window().and_then(|w| w.document()) {
            for event in ["pointerdown", "keydown", "touchstart", "wheel", "input"] {
                let last = last.clone();
                listeners.push(EventListener::new(&document, event, move |_| {
                    last.set(now_ms())
                }));
            }
        }
        Self {
            last,
            _listeners: listeners,
        }
    }

    /// Milliseconds since the last activity.
    pub fn idle_ms(&self) -> f64 {
        now_ms() - self.last.get()
    }

    /// When the last activity was, in ms since 1970.
    pub fn last_ms(&self) -> f64 {
        self.last.get()
    }
}

/// Calls a function every `ms` milliseconds until dropped (dropping the timer cancels it).
pub struct Ticker {
    _interval: Interval,
}

impl Ticker {
    /// Starts ticking.
    pub fn every(ms: u32, tick: impl FnMut() + 'static) -> Self {
        Self {
            _interval: Interval::new(ms, tick),
        }
    }
}

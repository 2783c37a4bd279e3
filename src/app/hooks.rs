//! The frame's effects, each as a named hook: the title and focus on a change of screen, the
//! offline status and a waiting update, the idle timeout, End session from another tab, and the
//! time spent on each screen (for a consultation in a field test).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::content::bundle;
use crate::domain::field_test::FieldTestAction;
use crate::domain::session::Action;
use crate::domain::settings::IdleTimeout;
use crate::platform::channel::EndSessionChannel;
use crate::platform::idle::{Activity, Ticker};
use crate::platform::offline::{self, OfflineStatus};
use crate::platform::{clock, dom, storage, tasks};
use crate::route::Route;
use crate::state::{SessionHandle, use_effect_on_change};

/// Warning before an idle session ends, in milliseconds.
const IDLE_WARNING_MS: f64 = 60_000.0;

/// Where the idle timer is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    /// Someone touched the aid within the limit.
    Active,
    /// A minute or less is left.
    Warning,
    /// The limit has passed.
    Expired,
}

/// Sets the document title for every screen, and on every change of screen (not the first load)
/// moves focus to the new heading, so keyboard and screen-reader users start reading there.
#[hook]
pub fn use_title_and_focus(route: Route) {
    use_effect_with(route, |route| {
        dom::set_title(&format!("{} · {}", route.title(), bundle().meta.title));
    });
    use_effect_on_change(route, |_| dom::focus_main_heading());
}

/// Registers the offline copy once, checks it (again whenever the page comes back into view, as
/// the browser may have evicted it meanwhile), and listens for a waiting update. Returns the
/// status and whether an update is waiting.
#[hook]
pub fn use_offline_status() -> (OfflineStatus, bool) {
    let status = use_state(|| OfflineStatus::Checking);
    let update_waiting = use_state(|| false);
    {
        let status = status.clone();
        let update_waiting = update_waiting.clone();
        use_effect_with((), move |_| {
            offline::register();
            let recheck = status.clone();
            tasks::spawn(async move {
                offline::watch_status(move |s| status.set(s)).await;
            });
            let visible = offline::on_visible(move || {
                let status = recheck.clone();
                tasks::spawn(async move {
                    status.set(offline::status().await);
                });
            });
            // The update listeners arrive later; they are kept until the frame goes.
            let update_listeners = Rc::new(RefCell::new(Vec::new()));
            let kept = update_listeners.clone();
            tasks::spawn(async move {
                let listeners = offline::watch_for_update(move || update_waiting.set(true)).await;
                kept.borrow_mut().extend(listeners);
            });
            move || drop((update_listeners, visible))
        });
    }
    ((*status).clone(), *update_waiting)
}

/// The idle timeout (a clinic setting; there is no "never"): a warning a minute before, then
/// "expired". When the page is hidden or left, the stored session is stamped with the time of the
/// last touch, so a closed tab the browser brings back later is judged by the same limit.
#[hook]
pub fn use_idle_timeout(timeout: IdleTimeout) -> UseStateHandle<Idle> {
    let idle = use_state(|| Idle::Active);
    {
        let idle = idle.clone();
        use_effect_with(timeout, move |&timeout| {
            let activity = Rc::new(Activity::watch());
            let seen = Rc::new(Cell::new(Idle::Active));
            let ticker = {
                let activity = activity.clone();
                Ticker::every(1_000, move || {
                    let limit = timeout.millis() as f64;
                    let idle_ms = activity.idle_ms();
                    let next = if idle_ms >= limit {
                        Idle::Expired
                    } else if idle_ms >= limit - IDLE_WARNING_MS {
                        Idle::Warning
                    } else {
                        Idle::Active
                    };
                    if seen.get() != next {
                        seen.set(next);
                        idle.set(next);
                    }
                })
            };
            let stamp = {
                let activity = activity.clone();
                storage::stamp_session_when_hidden(move || activity.last_ms())
            };
            move || drop((ticker, stamp, activity))
        });
    }
    idle
}

/// This tab's end of the channel between tabs: when End session is pressed in another tab of the
/// aid, `on_end` runs here (after the render, so it sees the current session).
#[hook]
pub fn use_end_session_broadcast(on_end: Callback<()>) -> Rc<EndSessionChannel> {
    let ended_elsewhere = use_state(|| false);
    let channel = {
        let ended_elsewhere = ended_elsewhere.clone();
        use_memo((), move |_| {
            EndSessionChannel::open(move || ended_elsewhere.set(true))
        })
    };
    {
        let ended_now = *ended_elsewhere;
        use_effect_with(ended_now, move |ended| {
            if *ended {
                on_end.emit(());
                ended_elsewhere.set(false);
            }
        });
    }
    channel
}

/// The clock of the screen on show: which screen, and since when (ms since 1970).
#[derive(Clone)]
pub struct ScreenTime(Rc<Cell<(Route, f64)>>);

impl ScreenTime {
    /// The time on the screen on show, as a field-test action; the clock starts again for `next`.
    pub fn lap(&self, next: Route) -> FieldTestAction {
        let (shown, since) = self.0.get();
        let now = clock::now_ms();
        self.0.set((next, now));
        // `as` saturates: a clock moved back reads as no time at all.
        FieldTestAction::Spent(shown.step(), ((now - since) / 1000.0).round() as u32)
    }
}

/// Counts the time on each screen: on every change of screen, the time on the one left goes to
/// the consultation (which keeps it only if it takes part in a field test).
#[hook]
pub fn use_screen_time(route: Route, session: SessionHandle) -> ScreenTime {
    let time = use_memo((), move |_| {
        ScreenTime(Rc::new(Cell::new((route, clock::now_ms()))))
    });
    {
        let time = (*time).clone();
        use_effect_on_change(route, move |route| {
            session.dispatch(Action::FieldTest(time.lap(*route)));
        });
    }
    (*time).clone()
}

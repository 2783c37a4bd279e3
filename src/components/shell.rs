//! The page shell: skip link, header (title, view switch, End session), step navigation, notices
//! (storage, settings, stale evidence, idle timeout, waiting update), the page, Back / Next, and the
//! footer with the evidence version, the privacy line and the offline indicator.
//!
//! End session here also ends the session in every other open tab of the aid.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::{Link, use_navigator};

use crate::components::step_nav::{back_next, step_nav};
use crate::components::switches::view_switch;
use crate::content::bundle;
use crate::domain::session::View;
use crate::hooks::{use_session, use_settings, use_settings_notice};
use crate::pages;
use crate::platform::channel::EndSessionChannel;
use crate::platform::idle::{Activity, Ticker};
use crate::platform::offline::{self, OfflineStatus};
use crate::platform::{clock, dom, storage};
use crate::route::Route;

const END_DIALOG_ID: &str = "end-session-dialog";

/// Seconds of warning before an idle session ends.
const IDLE_WARNING_MS: f64 = 60_000.0;

/// Where the idle timer is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Idle {
    Active,
    Warning,
    Expired,
}

/// Props of [`Shell`].
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The screen on show.
    pub route: Route,
}

/// The frame around every page.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let session = use_session();
    let settings = use_settings();
    let settings_notice = use_settings_notice();
    let navigator = use_navigator();
    let meta = &bundle().meta;
    let route = props.route;
    let offline = use_state(|| OfflineStatus::Checking);
    let update_waiting = use_state(|| false);
    let idle = use_state(|| Idle::Active);
    let ended_elsewhere = use_state(|| false);
    // This tab's end of the channel between tabs: hearing "end session" from another tab ends
    // this one too (through the effect below, so it uses the current session).
    let channel = {
        let ended_elsewhere = ended_elsewhere.clone();
        use_memo((), move |_| {
            EndSessionChannel::open(move || ended_elsewhere.set(true))
        })
    };

    // On every change of screen (not the first load): title, then focus on the new heading.
    let first = use_mut_ref(|| true);
    use_effect_with(route, move |route| {
        dom::set_title(&format!("{} · {}", route.title(), bundle().meta.title));
        let mut first = first.borrow_mut();
        if *first {
            *first = false;
        } else {
            dom::focus_main_heading();
        }
    });

    // Once: register the offline copy, check it, and listen for a waiting update.
    {
        let offline = offline.clone();
        let update_waiting = update_waiting.clone();
        use_effect_with((), move |_| {
            offline::register();
            let keep = Rc::new(std::cell::RefCell::new(Vec::new()));
            let kept = keep.clone();
            let recheck = offline.clone();
            wasm_bindgen_futures::spawn_local(async move {
                offline::watch_status(move |status| offline.set(status)).await;
            });
            // Check again whenever the page comes back into view: the browser may have evicted
            // the offline copy meanwhile (the first-visit re-checks above only cover saving).
            let visible = offline::on_visible(move || {
                let offline = recheck.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    offline.set(offline::status().await);
                });
            });
            wasm_bindgen_futures::spawn_local(async move {
                let listeners = offline::watch_for_update(move || update_waiting.set(true)).await;
                kept.borrow_mut().extend(listeners);
            });
            move || drop((keep, visible))
        });
    }

    // The idle timeout (a clinic setting; there is no "never"): a warning a minute before, then
    // End session. When the page is hidden or left, the stored session is stamped with the time
    // of the last touch, so a closed tab the browser brings back later is judged by the same
    // limit (storage.rs).
    {
        let idle = idle.clone();
        use_effect_with(settings.idle_minutes, move |&minutes| {
            let activity = Rc::new(Activity::watch());
            let seen = Rc::new(Cell::new(Idle::Active));
            let ticker = {
                let activity = activity.clone();
                Ticker::every(1_000, move || {
                    let limit = f64::from(minutes) * 60_000.0;
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

    // Ends the session in this tab only (the idle timeout, or a message from another tab).
    let end_session = {
        let session = session.clone();
        let default_view = settings.default_view;
        let update_waiting = *update_waiting;
        Callback::from(move |_: ()| {
            session.end_session(default_view);
            dom::close_dialog(END_DIALOG_ID);
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Start);
            }
            // A new version waits for the end of a consultation; this is it.
            if update_waiting {
                offline::apply_waiting_update();
            }
        })
    };
    {
        let end_session = end_session.clone();
        let ended_now = *ended_elsewhere;
        let ended_elsewhere = ended_elsewhere.clone();
        use_effect_with(ended_now, move |ended| {
            if *ended {
                end_session.emit(());
                ended_elsewhere.set(false);
            }
        });
    }
    {
        let end_session = end_session.clone();
        let has_data = session.get().has_patient_data();
        let idle_now = *idle;
        let idle = idle.clone();
        use_effect_with(idle_now, move |state| {
            if *state == Idle::Expired {
                if has_data {
                    end_session.emit(());
                }
                idle.set(Idle::Active);
            }
        });
    }

    let open_end = Callback::from(|_: MouseEvent| dom::show_modal(END_DIALOG_ID));
    let cancel_end = Callback::from(|_: MouseEvent| dom::close_dialog(END_DIALOG_ID));
    // End session pressed here: every other open tab of the aid ends its session too.
    let confirm_end = end_session.reform(move |_: MouseEvent| channel.announce_end());
    let keep_going = {
        let idle = idle.clone();
        Callback::from(move |_: MouseEvent| idle.set(Idle::Active))
    };
    let skip = Callback::from(|event: MouseEvent| {
        // A plain "#main" link would change the hash route, so move focus directly.
        event.prevent_default();
        dom::focus_main_heading();
    });
    let view_announcement = match session.view() {
        View::Patient => "Patient view: plain words and pictures.",
        View::Clinician => {
            "Clinician view: adds hazard ratios, intervals, design, certainty and sources."
        }
    };
    let today = clock::today();
    let stale = !today.is_empty() && today.as_str() > meta.next_review.as_str();

    html! {
        <div class={classes!("shell", (session.view() == View::Clinician).then_some("shell--clinician"))}>
            <a class="skip-link" href="#main" onclick={skip}>{ "Skip to the page content" }</a>
            <header class="shell__header">
                <p class="shell__title">{ meta.title.as_str() }</p>
                <div class="shell__controls">
                    { view_switch(&session) }
                    <button type="button" class="button button--end" onclick={open_end}>{ "End session" }</button>
                </div>
                <p class="visually-hidden" aria-live="polite">{ view_announcement }</p>
            </header>
            <div class="shell__body">
                { step_nav(route.step()) }
                <main id="main" class="shell__main">
                    if stale {
                        <p class="notice notice--warning notice--stale" role="note">
                            { format!("The evidence in this aid was due for review on {}. It may be out of date: check for a newer version before relying on it.", meta.next_review) }
                        </p>
                    }
                    if let Some(notice) = session.notice() {
                        <p class="notice notice--warning no-print" role="status">{ notice.message() }</p>
                    }
                    if let Some(notice) = settings_notice {
                        <p class="notice notice--warning no-print" role="status">{ notice.message() }</p>
                    }
                    if *idle == Idle::Warning {
                        <div class="notice notice--warning no-print" role="alert">
                            <p>{ "To protect privacy, this session will end in one minute and the answers will be cleared." }</p>
                            <button type="button" class="button" onclick={keep_going}>{ "Keep going" }</button>
                        </div>
                    }
                    if *update_waiting {
                        <p class="notice no-print" role="status">{ "A new version of this aid is ready. It will be used the next time the aid is opened, or after End session." }</p>
                    }
                    { pages::page(route, &session) }
                    if let Some(step) = route.step() { { back_next(step) } }
                </main>
            </div>
            <footer class="shell__footer">
                <p>
                    { format!("Evidence version {} · reviewed {} · next review due {}", meta.version, meta.reviewed_on, meta.next_review) }
                </p>
                <p class="shell__privacy-line">{ meta.device_line.as_str() }</p>
                <p class={classes!("shell__offline", offline.is_warning().then_some("shell__offline--warning"))} role="status">
                    { offline.message() }
                </p>
                <p class="shell__links">
                    <Link<Route> to={Route::About}>{ "Sources and about" }</Link<Route>>
                    <Link<Route> to={Route::Privacy}>{ "Privacy check" }</Link<Route>>
                    <Link<Route> to={Route::Settings}>{ "Clinic settings" }</Link<Route>>
                </p>
            </footer>
            <dialog id={END_DIALOG_ID} class="dialog" aria-labelledby="end-session-title">
                <h2 id="end-session-title">{ "End this session?" }</h2>
                <p>{ "Everything entered in this session will be cleared from this device, and the aid goes back to the start. Print the summary first if she wants to keep it." }</p>
                <div class="dialog__actions">
                    <button type="button" class="button" onclick={cancel_end}>{ "Keep going" }</button>
                    <button type="button" class="button button--danger" onclick={confirm_end}>{ "End session and clear answers" }</button>
                </div>
            </dialog>
        </div>
    }
}

//! The offline edition: service-worker registration, the "ready to use offline" check, and
//! updates that wait for the end of a consultation.
//!
//! The service worker (`sw.js`, generated at build time with the list of every built file) answers
//! two messages: `{type: "status"}` with `{version, total, missing}`, and `{type: "skip-waiting"}`,
//! which lets a waiting update take over. A new version never takes over by itself mid-session: it
//! waits until every tab of the aid is closed (the browser's rule) or until End session.

use gloo::events::EventListener;
use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageChannel, MessageEvent, ServiceWorkerContainer, ServiceWorkerRegistration};

/// Whether every file of the app is in this browser's offline cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfflineStatus {
    /// Not checked yet.
    Checking,
    /// Every file is cached: the aid works with no network.
    Ready,
    /// Some files are missing from the cache (for example, the browser evicted it).
    Missing {
        /// Files missing.
        missing: u32,
        /// Files expected.
        total: u32,
    },
    /// The offline copy is still being saved (first visit).
    NotYet,
    /// No service worker here: opened from a file, or the browser does not support it.
    Unsupported,
}

impl OfflineStatus {
    /// Whether this is a warning.
    pub fn is_warning(&self) -> bool {
        matches!(self, OfflineStatus::Missing { .. })
    }
}

fn container() -> Option<ServiceWorkerContainer> {
    let window = super::window()?;
    // Service workers need http(s); a file opened from disk has none.
    let protocol = window.location().protocol().ok()?;
    if protocol != "https:" && protocol != "http:" {
        return None;
    }
    let navigator = window.navigator();
    let has = Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !has {
        return None;
    }
    Some(navigator.service_worker())
}

/// Registers the service worker (relative to the page, so it works under a sub-path).
pub fn register() {
    if let Some(container) = container() {
        let promise = container.register("sw.js");
        super::tasks::spawn(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// A promise that rejects after `ms` milliseconds.
fn timeout(ms: i32) -> Promise {
    Promise::new(&mut |_, reject| {
        if let Some(window) = super::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, ms);
        }
    })
}

/// How often, and how many times, a first visit re-checks while the offline copy is being saved.
const RECHECK_MS: i32 = 3000;
const RECHECKS: u32 = 40;

async fn registration() -> Option<ServiceWorkerRegistration> {
    let ready = container()?.ready().ok()?;
    let race = Promise::race(&Array::of2(&ready, &timeout(5000)));
    JsFuture::from(race).await.ok()?.dyn_into().ok()
}

/// Asks the active service worker whether every file is cached.
pub async fn status() -> OfflineStatus {
    if container().is_none() {
        return OfflineStatus::Unsupported;
    }
    let Some(registration) = registration().await else {
        return OfflineStatus::NotYet;
    };
    let Some(active) = registration.active() else {
        return OfflineStatus::NotYet;
    };
    let Ok(channel) = MessageChannel::new() else {
        return OfflineStatus::NotYet;
    };
    let reply = Promise::new(&mut |resolve, _| {
        let on_message = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        channel
            .port1()
            .set_onmessage(Some(on_message.unchecked_ref()));
    });
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"status".into());
    if active
        .post_message_with_transferable(&message, &Array::of1(&channel.port2()))
        .is_err()
    {
        return OfflineStatus::NotYet;
    }
    let Ok(data) = JsFuture::from(Promise::race(&Array::of2(&reply, &timeout(5000)))).await else {
        return OfflineStatus::NotYet;
    };
    let number = |key: &str| {
        Reflect::get(&data, &key.into())
            .ok()
            .and_then(|v| v.as_f64())
            .map_or(0, |v| v as u32)
    };
    let (missing, total) = (number("missing"), number("total"));
    if total > 0 && missing == 0 {
        OfflineStatus::Ready
    } else {
        OfflineStatus::Missing { missing, total }
    }
}

/// Checks the offline copy, and keeps checking while it is still being saved (a first visit),
/// calling `on_status` with each answer, so the footer never sticks at "Saving a copy…".
pub async fn watch_status(on_status: impl Fn(OfflineStatus)) {
    for _ in 0..RECHECKS {
        let status = status().await;
        let saving = status == OfflineStatus::NotYet;
        on_status(status);
        if !saving {
            return;
        }
        // The timeout promise rejects when the time is up: that is the wake-up, not an error.
        let _ = JsFuture::from(timeout(RECHECK_MS)).await;
    }
}

/// Calls `on_waiting` once a new version is installed and waiting (now, or when it arrives).
/// Returns the listeners, which must be kept alive.
pub async fn watch_for_update(on_waiting: impl Fn() + Clone + 'static) -> Vec<EventListener> {
    let mut listeners = Vec::new();
    let Some(registration) = registration().await else {
        return listeners;
    };
    if registration.waiting().is_some() {
        on_waiting();
    }
    let reg = registration.clone();
    listeners.push(EventListener::new(
        &registration,
        "updatefound",
        move |_| {
            let Some(installing) = reg.installing() else {
                return;
            };
            let reg = reg.clone();
            let on_waiting = on_waiting.clone();
            // Kept alive by leaking: one listener per update found, for the life of the page.
            EventListener::new(&installing, "statechange", move |_| {
                if reg.waiting().is_some() {
                    on_waiting();
                }
            })
            .forget();
        },
    ));
    // Ask the server for a newer sw.js (a no-op offline).
    if let Ok(promise) = registration.update() {
        super::tasks::spawn(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
    listeners
}

/// Lets a waiting update take over and reloads the page when it has (used after End session, and
/// only when an update is known to be waiting).
pub fn apply_waiting_update() {
    let Some(container) = container() else { return };
    super::tasks::spawn(async move {
        let Some(registration) = registration().await else {
            return;
        };
        let Some(waiting) = registration.waiting() else {
            // The update was waiting, and is no longer: the browser has already activated it
            // (for example after a reload), while this page still runs the old code. Reload.
            if let Some(window) = super::window() {
                let _ = window.location().reload();
            }
            return;
        };
        EventListener::once(&container, "controllerchange", |_| {
            if let Some(window) = super::window() {
                let _ = window.location().reload();
            }
        })
        .forget();
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &"skip-waiting".into());
        let _ = waiting.post_message(&message);
    });
}

/// Calls `on_visible` each time the page becomes visible again (the clinician comes back to the
/// tab, or wakes the tablet), so that a cache the browser evicted meanwhile shows as a warning.
/// Keep the listener alive while watching.
pub fn on_visible(on_visible: impl Fn() + 'static) -> Option<EventListener> {
    let document = super::window()?.document()?;
    let watched = document.clone();
    Some(EventListener::new(
        &document,
        "visibilitychange",
        move |_| {
            if !watched.hidden() {
                on_visible();
            }
        },
    ))
}

/// The start of the name of every cache the app's service worker makes (`PREFIX` in
/// `web/sw.template.js`; `tests/architecture.rs` checks that they agree).
pub const CACHE_PREFIX: &str = "lta-";

/// One cache in this site's offline storage, for the privacy screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheInfo {
    /// The cache's name (`lta-<version>` for the app's offline copy).
    pub name: String,
    /// Whether the app's service worker made it.
    pub ours: bool,
    /// How many files it holds.
    pub files: u32,
    /// Whether every file is one of this site's own (no other origin).
    pub own_files_only: bool,
}

async fn call_promise(target: &JsValue, method: &str, args: &Array) -> Option<JsValue> {
    let function: js_sys::Function = Reflect::get(target, &method.into()).ok()?.dyn_into().ok()?;
    let promise: Promise = function.apply(target, args).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()
}

/// Everything in this site's Cache Storage (the offline copy), or `None` where the browser has no
/// Cache Storage (a file opened from disk, or an insecure address).
pub async fn cached_files() -> Option<Vec<CacheInfo>> {
    let window = super::window()?;
    let origin = window.location().origin().ok()?;
    let caches = Reflect::get(&window, &"caches".into()).ok()?;
    if caches.is_undefined() || caches.is_null() {
        return None;
    }
    let names: Array = call_promise(&caches, "keys", &Array::new())
        .await?
        .dyn_into()
        .ok()?;
    let mut found = Vec::new();
    for name in names.iter() {
        let Some(text) = name.as_string() else {
            continue;
        };
        let Some(cache) = call_promise(&caches, "open", &Array::of1(&name)).await else {
            continue;
        };
        let Some(requests) = call_promise(&cache, "keys", &Array::new())
            .await
            .and_then(|r| r.dyn_into::<Array>().ok())
        else {
            continue;
        };
        let own_files_only = requests.iter().all(|request| {
            Reflect::get(&request, &"url".into())
                .ok()
                .and_then(|u| u.as_string())
                .is_some_and(|url| url.starts_with(&format!("{origin}/")))
        });
        found.push(CacheInfo {
            ours: text.starts_with(CACHE_PREFIX),
            name: text,
            files: requests.length(),
            own_files_only,
        });
    }
    Some(found)
}

//! The privacy check: what this app has stored on this device (web storage and the offline copy),
//! and proof that it cannot send anything to another website.

use yew::prelude::*;

use crate::components::ui::hosting_line;
use crate::content::bundle;
use crate::platform::offline::{self, CacheInfo};
use crate::platform::privacy::{self, OutsideRequest};
use crate::platform::storage::{self, StoredItem, StoredKind};
use crate::platform::tasks;
use crate::route::Route;
use crate::state::{use_session, use_settings};

use super::screen_heading;

/// The privacy check screen.
#[component]
pub fn PrivacyPage() -> Html {
    let session = use_session();
    let minutes = use_settings().idle_timeout.minutes();
    let result = use_state(|| None::<OutsideRequest>);
    let items = storage::stored_items();
    // The offline copy (Cache Storage) is read asynchronously, once.
    let caches = use_state(|| None::<Vec<CacheInfo>>);
    {
        let caches = caches.clone();
        use_effect_with((), move |_| {
            tasks::spawn(async move {
                caches.set(Some(offline::cached_files().await.unwrap_or_default()));
            });
        });
    }
    let cached: &[CacheInfo] = caches.as_deref().unwrap_or_default();
    let run = {
        let result = result.clone();
        Callback::from(move |_: MouseEvent| {
            let result = result.clone();
            tasks::spawn(async move {
                result.set(Some(privacy::try_outside_request().await));
            });
        })
    };
    let explain = |item: &StoredItem| match item.kind {
        StoredKind::Session => format!(
            "Answers from this session (cleared by End session, or after {minutes} minutes without use)"
        ),
        StoredKind::Settings => {
            "Clinic settings: default view, text size, idle timeout (no patient information)".into()
        }
        StoredKind::Other => "Not written by this app".into(),
    };
    let explain_cache = |cache: &CacheInfo| match (cache.ours, cache.own_files_only) {
        (true, true) => {
            "Offline copy: only this app's own files (page, code, styles, icons), so it works without the internet. No answers."
        }
        (true, false) => {
            "Offline copy of this app, with files from somewhere else as well. Report this to whoever set up the app."
        }
        (false, _) => "Not written by this app",
    };
    let outcome = result.map(|r| match r {
        OutsideRequest::BlockedByPolicy => html! {
            <p class="notice notice--ok" role="status">{ "Blocked. The browser refused to contact another website, because this app's security policy allows no outside connections." }</p>
        },
        OutsideRequest::FailedOtherwise => html! {
            <p class="notice notice--warning" role="status">{ "The request failed, but not because of the app's policy (there may be no network). Ask your IT team to check how the app is served." }</p>
        },
        OutsideRequest::Sent => html! {
            <p class="notice notice--danger" role="alert">{ "Warning: the request was not blocked. Do not enter patient information; report this to whoever set up the app." }</p>
        },
    });
    html! {
        <article class="page--privacy">
            { screen_heading(Route::Privacy) }
            <p>{ bundle().meta.privacy.as_str() }</p>
            <p>{ hosting_line() }</p>
            <section aria-labelledby="stored-heading">
                <h2 id="stored-heading">{ "What is stored on this device" }</h2>
                if items.is_empty() && cached.is_empty() {
                    <p>{ "Nothing. This app has no data stored in this browser." }</p>
                } else {
                    <table>
                        <thead><tr><th scope="col">{ "Where" }</th><th scope="col">{ "Name" }</th><th scope="col">{ "What it is" }</th><th scope="col">{ "Size" }</th></tr></thead>
                        <tbody>
                            { for items.iter().map(|item| html! {
                                <tr><td>{ item.area }</td><td>{ item.key.clone() }</td><td>{ explain(item) }</td><td>{ format!("{} characters", item.size) }</td></tr>
                            }) }
                            { for cached.iter().map(|cache| html! {
                                <tr><td>{ "This device (offline cache)" }</td><td>{ cache.name.clone() }</td><td>{ explain_cache(cache) }</td><td>{ format!("{} files", cache.files) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                }
                <p>{ if session.get().has_patient_data() { "This session holds answers. End session clears them." } else { "This session holds no answers." } }</p>
                <p>{ format!("Closing this tab does not always clear the answers at once: the browser may keep them so that a closed tab can be opened again. If that happens after more than {minutes} minutes, the app clears them before it shows anything.") }</p>
            </section>
            <section aria-labelledby="send-heading">
                <h2 id="send-heading">{ "Can this app send anything?" }</h2>
                <p>{ "Press the button to make the app try to contact another website. It should be blocked." }</p>
                <button type="button" class="button" onclick={run}>{ "Try to contact another website" }</button>
                <div aria-live="polite">{ outcome }</div>
            </section>
        </article>
    }
}

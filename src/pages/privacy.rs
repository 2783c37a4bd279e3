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
use crate::state::{use_session, use_settings, use_texts};

use super::screen_heading;
use crate::content::words;

/// The privacy check screen.
#[component]
pub fn PrivacyPage() -> Html {
    // Drawn again when the texts file arrives, like every component below its provider.
    use_texts();
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
        StoredKind::Session => words().privacy.session_item.fill(&minutes),
        StoredKind::Settings => words().privacy.settings_item.as_str().into(),
        StoredKind::FieldTestStudy => words().privacy.study_item.as_str().into(),
        StoredKind::FieldTestRecords => words().privacy.records_item.as_str().into(),
        StoredKind::FieldTestSetAside => words().privacy.records_set_aside.as_str().into(),
        StoredKind::Other => words().privacy.not_ours.as_str().into(),
    };
    let explain_cache = |cache: &CacheInfo| match (cache.ours, cache.own_files_only) {
        (true, true) => words().privacy.cache_ours.as_str(),
        (true, false) => words().privacy.cache_mixed.as_str(),
        (false, _) => words().privacy.not_ours.as_str(),
    };
    let outcome = result.map(|r| match r {
        OutsideRequest::BlockedByPolicy => html! {
            <p class="notice notice--ok" role="status">{ words().privacy.blocked.as_str() }</p>
        },
        OutsideRequest::FailedOtherwise => html! {
            <p class="notice notice--warning" role="status">{ words().privacy.failed_otherwise.as_str() }</p>
        },
        OutsideRequest::Sent => html! {
            <p class="notice notice--danger" role="alert">{ words().privacy.not_blocked.as_str() }</p>
        },
    });
    html! {
        <article class="page--privacy">
            { screen_heading(Route::Privacy) }
            <p>{ bundle().meta.privacy.as_str() }</p>
            <p>{ hosting_line() }</p>
            <section aria-labelledby="stored-heading">
                <h2 id="stored-heading">{ words().privacy.stored_heading.as_str() }</h2>
                if items.is_empty() && cached.is_empty() {
                    <p>{ words().privacy.nothing_stored.as_str() }</p>
                } else {
                    <table>
                        <thead><tr><th scope="col">{ words().privacy.place_column.as_str() }</th><th scope="col">{ words().privacy.name_column.as_str() }</th><th scope="col">{ words().privacy.what_column.as_str() }</th><th scope="col">{ words().privacy.size_column.as_str() }</th></tr></thead>
                        <tbody>
                            { for items.iter().map(|item| html! {
                                <tr><td>{ item.area }</td><td>{ item.key.clone() }</td><td>{ explain(item) }</td><td>{ words().privacy.characters.fill(&item.size) }</td></tr>
                            }) }
                            { for cached.iter().map(|cache| html! {
                                <tr><td>{ words().privacy.offline_cache.as_str() }</td><td>{ cache.name.clone() }</td><td>{ explain_cache(cache) }</td><td>{ words().privacy.files.fill(&cache.files) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                }
                <p>{ if session.get().has_patient_data() { words().privacy.holds_answers.as_str() } else { words().privacy.holds_no_answers.as_str() } }</p>
                <p>{ words().privacy.closing_tab.fill(&minutes) }</p>
            </section>
            <section aria-labelledby="send-heading">
                <h2 id="send-heading">{ words().privacy.send_heading.as_str() }</h2>
                <p>{ words().privacy.send_explained.as_str() }</p>
                <button type="button" class="button" onclick={run}>{ words().privacy.send_button.as_str() }</button>
                <div aria-live="polite">{ outcome }</div>
            </section>
        </article>
    }
}

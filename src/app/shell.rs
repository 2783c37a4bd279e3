//! The frame around every page: skip link, header (title, view switch, End session), step
//! navigation, notices (storage, settings, stale evidence, idle timeout, texts not loaded,
//! waiting update), the
//! page, Back / Next, and the footer with the evidence version, the privacy line and the offline
//! indicator. Its effects are the named hooks in `app::hooks`.
//!
//! End session here also ends the session in every other open tab of the aid.

use yew::prelude::*;

use crate::components::edition::{clinician_view_language, translation_status};
#[cfg(feature = "field-test")]
use crate::components::field_test::field_test_banner;
use crate::components::link::link;
use crate::components::step_nav::{back_next, step_nav};
#[cfg(not(feature = "field-test"))]
use crate::components::study_edition::study_edition_notice;
use crate::components::switches::{text_size_switch, view_switch};
use crate::content::bundle;
use crate::content::deferred::Readiness;
use crate::domain::phrasing;
use crate::domain::session::{Action, View};
use crate::domain::step::Step;
use crate::platform::offline::{self, OfflineStatus};
use crate::platform::storage::{SettingsNotice, StorageNotice};
use crate::platform::{address, clock, dom, speech};
use crate::route::Route;
#[cfg(feature = "field-test")]
use crate::state::use_field_test;
use crate::state::{use_session, use_settings, use_settings_notice, use_texts};

#[cfg(feature = "field-test")]
use super::hooks::use_screen_time;
use super::hooks::{
    Idle, use_end_session_broadcast, use_idle_timeout, use_offline_status, use_title_and_focus,
};
use crate::content::words;

const END_DIALOG_ID: &str = "end-session-dialog";

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
    // Drawn again when the texts file arrives, and with it the page.
    let texts = use_texts();
    let meta = &bundle().meta;
    let route = props.route;
    use_title_and_focus(route);
    let (offline, update_waiting) = use_offline_status();
    let idle = use_idle_timeout(settings.idle_timeout);
    // The study edition times each screen and keeps a record of a consultation that agreed.
    #[cfg(feature = "field-test")]
    let (screen_time, field_test) = (use_screen_time(route, session.clone()), use_field_test());

    // Ends the session in this tab only (the idle timeout, or a message from another tab).
    let end_session = {
        let session = session.clone();
        let default_view = settings.default_view;
        Callback::from(move |_: ()| {
            speech::stop();
            session.end_session(default_view);
            dom::close_dialog(END_DIALOG_ID);
            address::go(Route::Step(Step::Start).path());
            // A new version waits for the end of a consultation; this is it.
            if update_waiting {
                offline::apply_waiting_update();
            }
        })
    };
    let channel = use_end_session_broadcast(end_session.clone());
    {
        let end_session = end_session.clone();
        let has_data = session.get().has_patient_data();
        let idle = idle.clone();
        use_effect_with(*idle, move |state| {
            if *state == Idle::Expired {
                // The screen is left alone: whatever it was reading aloud stops.
                speech::stop();
                if has_data {
                    end_session.emit(());
                }
                idle.set(Idle::Active);
            }
        });
    }

    let open_end = Callback::from(|_: MouseEvent| dom::show_modal(END_DIALOG_ID));
    let cancel_end = Callback::from(|_: MouseEvent| dom::close_dialog(END_DIALOG_ID));
    // End session pressed here: every other open tab of the aid ends its session too. A
    // consultation in a field test keeps its record, with the time on this last screen, first.
    let confirm_end = {
        #[cfg(feature = "field-test")]
        let (session, field_test) = (session.clone(), field_test.clone());
        end_session.reform(move |_: MouseEvent| {
            #[cfg(feature = "field-test")]
            {
                let mut last = session.get().clone();
                last.apply(Action::FieldTest(screen_time.lap(route)));
                field_test.keep_now(&last);
            }
            channel.announce_end()
        })
    };
    #[cfg(feature = "field-test")]
    let (banner, page) = (
        field_test_banner(&field_test, &session),
        super::page(route, &session, &field_test),
    );
    #[cfg(not(feature = "field-test"))]
    let (banner, page) = (study_edition_notice(), super::page(route, &session));
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
        View::Patient => words().frame.patient_view_hint.as_str(),
        View::Clinician => words().frame.clinician_view_hint.as_str(),
    };
    let on_journey = session.callback(Action::SetJourney);
    let on_text_size = {
        let settings = settings.clone();
        Callback::from(move |size| {
            let mut next = (*settings).clone();
            next.text_size = size;
            settings.set(next);
        })
    };
    // On a phone the view and text-size switches fold behind one button that says how the
    // screen is set, so the page starts near the top even in the largest text (styles/layout.css
    // shows them unfolded on wider screens, where the button goes).
    let display_open = use_state_eq(|| false);
    let toggle_display = {
        let display_open = display_open.clone();
        Callback::from(move |_: MouseEvent| display_open.set(!*display_open))
    };
    let display_summary = words().frame.display_summary.fill(
        &match session.view() {
            View::Patient => words().frame.patient_view.as_str(),
            View::Clinician => words().frame.clinician_view.as_str(),
        },
        &settings.text_size.label(),
    );
    let today = clock::today();
    let stale = !today.is_empty() && today.as_str() > meta.next_review.as_str();

    html! {
        <div>
            <header class="shell__header">
                <a class="skip-link" href="#main" onclick={skip}>{ words().frame.skip_page_content.as_str() }</a>
                <p class="shell__title">{ meta.title.as_str() }</p>
                <div class="shell__controls">
                    <button type="button" class="button shell__display-toggle" aria-expanded={display_open.to_string()}
                        aria-controls="display-settings" onclick={toggle_display}>{ display_summary }</button>
                    <div id="display-settings" class={classes!("shell__display", display_open.then_some("shell__display--open"))}>
                        { view_switch(&session) }
                        { text_size_switch(settings.text_size, on_text_size) }
                    </div>
                    <button type="button" class="button button--end" onclick={open_end}>{ words().frame.end_session.as_str() }</button>
                </div>
                <p class="visually-hidden" aria-live="polite">{ view_announcement }</p>
            </header>
            <div class="shell__body">
                { step_nav(route.step(), session.get().journey) }
                <main id="main" class="shell__main">
                    { banner }
                    { clinician_view_language(session.view()) }
                    if stale {
                        <p class="notice notice--warning" role="note">
                            { words().frame.evidence_due.fill(&meta.next_review) }
                        </p>
                    }
                    if let Some(notice) = session.notice() {
                        <p class="notice notice--warning no-print" role="status">{ storage_message(notice) }</p>
                    }
                    if let Some(notice) = settings_notice {
                        <p class="notice notice--warning no-print" role="status">{ settings_message(notice) }</p>
                    }
                    if *idle == Idle::Warning {
                        <div class="notice notice--warning no-print" role="alert">
                            <p>{ words().frame.idle_warning.as_str() }</p>
                            <button type="button" class="button" onclick={keep_going}>{ words().frame.keep_going.as_str() }</button>
                        </div>
                    }
                    if texts == Readiness::Failed {
                        <p class="notice notice--warning" role="status">{ words().frame.texts_failed.as_str() }</p>
                    }
                    if update_waiting {
                        <p class="notice no-print" role="status">{ words().frame.update_ready.as_str() }</p>
                    }
                    { page }
                    if let Some(step) = route.step() { { back_next(step, session.get().journey, on_journey) } }
                </main>
            </div>
            <footer class="shell__footer">
                <p>{ phrasing::evidence_line(meta) }</p>
                { translation_status() }
                <p class="shell__privacy-line">{ meta.device_line.as_str() }</p>
                <p class={classes!("shell__offline", offline.is_warning().then_some("shell__offline--warning"))} role="status">
                    { offline_message(&offline) }
                </p>
                <p class="shell__links">
                    { link(Route::Step(Step::About), "", html! { { Route::Step(Step::About).title() } }) }
                    { link(Route::Privacy, "", html! { { Route::Privacy.title() } }) }
                    { link(Route::Settings, "", html! { { Route::Settings.title() } }) }
                </p>
            </footer>
            <dialog id={END_DIALOG_ID} class="dialog" aria-labelledby="end-session-title">
                <h2 id="end-session-title">{ words().frame.end_session_question.as_str() }</h2>
                <p>{ words().frame.end_session_explained.as_str() }</p>
                <div class="dialog__actions">
                    <button type="button" class="button" onclick={cancel_end}>{ words().frame.keep_going.as_str() }</button>
                    <button type="button" class="button button--danger" onclick={confirm_end}>{ words().frame.end_session_clear_answers.as_str() }</button>
                </div>
            </dialog>
        </div>
    }
}

/// What to tell the user about a storage problem.
fn storage_message(notice: StorageNotice) -> &'static str {
    match notice {
        StorageNotice::Unavailable => words().frame.storage_refused.as_str(),
        StorageNotice::Full => words().frame.storage_full.as_str(),
        StorageNotice::Unreadable => words().frame.saved_answers_unreadable.as_str(),
        StorageNotice::OldFormat => words().frame.saved_answers_older_version.as_str(),
        StorageNotice::Expired => words().frame.earlier_session_expired.as_str(),
    }
}

/// What to tell the clinic about a problem with its settings.
fn settings_message(notice: SettingsNotice) -> &'static str {
    match notice {
        SettingsNotice::Unreadable => words().frame.settings_unreadable.as_str(),
        SettingsNotice::NotSaved => words().frame.settings_not_saved.as_str(),
    }
}

/// The footer's offline indicator.
fn offline_message(status: &OfflineStatus) -> String {
    match status {
        OfflineStatus::Checking => words().frame.offline_checking.as_str().into(),
        OfflineStatus::Ready => words().frame.offline_ready.as_str().into(),
        OfflineStatus::Missing { missing, total } => {
            words().frame.offline_missing.fill(&missing, &total)
        }
        OfflineStatus::NotYet => words().frame.offline_saving.as_str().into(),
        OfflineStatus::Unsupported => words().frame.offline_not_available.as_str().into(),
    }
}

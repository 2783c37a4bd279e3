//! The page shell: skip link, header (title, view switch, End session), step navigation, notices,
//! the page itself, Back / Next, and the footer with the evidence version and the privacy line.

use yew::prelude::*;
use yew_router::prelude::{Link, use_navigator};

use crate::components::step_nav::{back_next, step_nav};
use crate::components::switches::view_switch;
use crate::content::bundle;
use crate::domain::session::View;
use crate::hooks::{use_session, use_settings};
use crate::pages;
use crate::platform::dom;
use crate::route::Route;

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
    let navigator = use_navigator();
    let meta = &bundle().meta;
    let route = props.route;

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

    let open_end = Callback::from(|_: MouseEvent| dom::show_modal(END_DIALOG_ID));
    let cancel_end = Callback::from(|_: MouseEvent| dom::close_dialog(END_DIALOG_ID));
    let confirm_end = {
        let session = session.clone();
        let default_view = settings.default_view;
        Callback::from(move |_: MouseEvent| {
            session.end_session(default_view);
            dom::close_dialog(END_DIALOG_ID);
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Start);
            }
        })
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
                    if let Some(notice) = session.notice() {
                        <p class="notice notice--warning" role="status">{ notice.message() }</p>
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
                <p class="shell__links">
                    <Link<Route> to={Route::About}>{ "Sources and about" }</Link<Route>>
                    <Link<Route> to={Route::Privacy}>{ "Privacy check" }</Link<Route>>
                    <Link<Route> to={Route::Settings}>{ "Clinic settings" }</Link<Route>>
                </p>
            </footer>
            <dialog id={END_DIALOG_ID} class="dialog" aria-labelledby="end-session-title">
                <h2 id="end-session-title">{ "End this session?" }</h2>
                <p>{ "Everything entered in this session will be cleared from this device, and the app goes back to the start. Print the summary first if she wants to keep it." }</p>
                <div class="dialog__actions">
                    <button type="button" class="button" onclick={cancel_end}>{ "Keep going" }</button>
                    <button type="button" class="button button--danger" onclick={confirm_end}>{ "End session and clear answers" }</button>
                </div>
            </dialog>
        </div>
    }
}

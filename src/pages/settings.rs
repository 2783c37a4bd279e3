//! Clinic settings: kept on this device, apart from patient data.

use yew::prelude::*;

use crate::components::ui::{Choice, choice_group};
use crate::domain::session::View;
use crate::domain::settings::{IdleTimeout, Settings, TextSize};
use crate::route::Route;
use crate::state::use_settings;

use super::screen_heading;

/// The clinic settings screen.
#[component]
pub fn SettingsPage() -> Html {
    let settings = use_settings();
    let current = *settings;
    html! {
        <article>
            { screen_heading(Route::Settings) }
            <p>{ "These settings are kept on this device for the clinic. They hold no patient information, and End session does not clear them." }</p>
            { choice_group("default-view", html! { { "Which view should a new session start in?" } },
                [Choice { label: "Patient view", value: View::Patient }, Choice { label: "Clinician view", value: View::Clinician }],
                Some(current.default_view), &setter(&settings, |s, v| s.default_view = v)) }
            { choice_group("text-size", html! { { "Text size" } },
                TextSize::ALL.map(|size| Choice { label: size.label(), value: size }),
                Some(current.text_size), &setter(&settings, |s, v| s.text_size = v)) }
            // There is no "never": on a shared device nothing may linger.
            { choice_group("idle", html! { { "End the session by itself when no one has touched the screen" } },
                IdleTimeout::ALL.map(|timeout| Choice { label: idle_label(timeout), value: timeout }),
                Some(current.idle_timeout), &setter(&settings, |s, v| s.idle_timeout = v)) }
        </article>
    }
}

/// A callback that changes one setting (and so saves them all).
fn setter<T: 'static>(
    settings: &UseStateHandle<Settings>,
    edit: fn(&mut Settings, T),
) -> Callback<T> {
    let settings = settings.clone();
    Callback::from(move |value| {
        let mut next = *settings;
        edit(&mut next, value);
        settings.set(next);
    })
}

/// "After 20 minutes".
fn idle_label(timeout: IdleTimeout) -> &'static str {
    match timeout {
        IdleTimeout::Five => "After 5 minutes",
        IdleTimeout::Ten => "After 10 minutes",
        IdleTimeout::Twenty => "After 20 minutes",
        IdleTimeout::Thirty => "After 30 minutes",
    }
}

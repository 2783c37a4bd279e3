//! Clinic settings: kept on this device, apart from patient data.

use yew::prelude::*;

use crate::components::ui::{Choice, choice_group};
use crate::domain::persist::{IDLE_CHOICES, Settings, TextSize};
use crate::domain::session::View;
use crate::hooks::use_settings;

use super::main_heading;

/// The clinic settings screen.
#[component]
pub fn SettingsPage() -> Html {
    let settings = use_settings();
    let current = *settings;
    let update = |change: fn(Settings, u16) -> Settings| {
        let settings = settings.clone();
        Callback::from(move |value: u16| settings.set(change(*settings, value)))
    };
    let on_view = update(|s, v| Settings {
        default_view: if v == 1 {
            View::Clinician
        } else {
            View::Patient
        },
        ..s
    });
    let on_size = update(|s, v| Settings {
        text_size: match v {
            1 => TextSize::Large,
            2 => TextSize::Larger,
            _ => TextSize::Standard,
        },
        ..s
    });
    let on_idle = update(|s, v| Settings {
        idle_minutes: v,
        ..s
    });
    // There is no "never": on a shared device nothing may linger.
    let idle_label = |minutes: u16| -> &'static str {
        match minutes {
            5 => "After 5 minutes",
            10 => "After 10 minutes",
            30 => "After 30 minutes",
            _ => "After 20 minutes",
        }
    };
    html! {
        <article class="page page--settings">
            { main_heading("Clinic settings") }
            <p>{ "These settings are kept on this device for the clinic. They hold no patient information, and End session does not clear them." }</p>
            { choice_group("default-view", html! { { "Which view should a new session start in?" } },
                [Choice { label: "Patient view", value: 0 }, Choice { label: "Clinician view", value: 1 }],
                Some(u16::from(current.default_view == View::Clinician)), &on_view) }
            { choice_group("text-size", html! { { "Text size" } },
                [Choice { label: "Standard", value: 0 }, Choice { label: "Large", value: 1 }, Choice { label: "Larger", value: 2 }],
                Some(match current.text_size { TextSize::Standard => 0, TextSize::Large => 1, TextSize::Larger => 2 }), &on_size) }
            { choice_group("idle", html! { { "End the session by itself when no one has touched the screen" } },
                IDLE_CHOICES.iter().map(|m| Choice { label: idle_label(*m), value: *m }),
                Some(current.idle_minutes), &on_idle) }
        </article>
    }
}

//! Clinic settings: default view, text size, idle timeout. Kept apart from patient data.

use yew::prelude::*;

use crate::domain::persist::Settings;
use crate::platform::{dom, storage};

/// What the settings provider shares.
#[derive(Clone, PartialEq)]
pub struct SettingsContext {
    /// Current settings; setting it saves them on this device.
    pub settings: UseStateHandle<Settings>,
}

/// Props of [`SettingsProvider`].
#[derive(Properties, PartialEq)]
pub struct SettingsProviderProps {
    /// The app.
    pub children: Html,
}

/// Loads the clinic settings once, applies the text size, and saves every change.
#[component]
pub fn SettingsProvider(props: &SettingsProviderProps) -> Html {
    let settings = use_state(storage::load_settings);
    use_effect_with(*settings, |settings| {
        dom::apply_text_size(settings.text_size);
        let _ = storage::save_settings(settings);
    });
    html! {
        <ContextProvider<SettingsContext> context={SettingsContext { settings }}>
            { props.children.clone() }
        </ContextProvider<SettingsContext>>
    }
}

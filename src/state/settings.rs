//! Clinic settings (default view, text size, idle timeout), kept apart from patient data: the
//! provider that loads and saves them, and the hooks that read them.

use yew::prelude::*;

use crate::domain::settings::Settings;
use crate::platform::storage::SettingsNotice;
use crate::platform::{dom, storage};

use super::on_change::use_effect_on_change;

/// What the settings provider shares.
#[derive(Clone, PartialEq)]
pub struct SettingsContext {
    /// Current settings; setting it saves them on this device.
    pub settings: UseStateHandle<Settings>,
    /// A problem reading or saving them that the clinic should know about.
    pub notice: Option<SettingsNotice>,
}

/// Props of [`SettingsProvider`].
#[derive(Properties, PartialEq)]
pub struct SettingsProviderProps {
    /// The app.
    pub children: Html,
}

/// Loads the clinic settings once, applies the text size, and saves every change the clinic
/// makes (nothing is written until then). A problem loading or saving becomes a notice.
#[component]
pub fn SettingsProvider(props: &SettingsProviderProps) -> Html {
    let loaded = use_memo((), |_| storage::load_settings());
    let settings = use_state(|| loaded.0.clone());
    let notice = use_state(|| loaded.1);
    use_effect_with(settings.text_size, |size| dom::apply_text_size(*size));
    // The settings as loaded are not written back: only a change is saved.
    {
        let notice = notice.clone();
        use_effect_on_change(
            (*settings).clone(),
            move |settings| match storage::save_settings(settings) {
                Ok(()) => {
                    if notice.is_some() {
                        notice.set(None);
                    }
                }
                Err(problem) => notice.set(Some(problem)),
            },
        );
    }
    let context = SettingsContext {
        settings,
        notice: *notice,
    };
    html! {
        <ContextProvider<SettingsContext> {context}>
            { props.children.clone() }
        </ContextProvider<SettingsContext>>
    }
}

/// The clinic settings handle; `.set(..)` saves them on this device.
#[hook]
pub fn use_settings() -> UseStateHandle<Settings> {
    use_context::<SettingsContext>()
        .expect("use_settings() must be called inside <SettingsProvider> (see app/mod.rs)")
        .settings
}

/// A problem reading or saving the clinic settings, to show the clinic.
#[hook]
pub fn use_settings_notice() -> Option<SettingsNotice> {
    use_context::<SettingsContext>()
        .expect("use_settings_notice() must be called inside <SettingsProvider> (see app/mod.rs)")
        .notice
}

//! Clinic settings: default view, text size, idle timeout. Kept apart from patient data.

use yew::prelude::*;

use crate::domain::persist::Settings;
use crate::platform::storage::SettingsNotice;
use crate::platform::{dom, storage};

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
    let settings = use_state(|| loaded.0);
    let notice = use_state(|| loaded.1);
    let first = use_mut_ref(|| true);
    {
        let notice = notice.clone();
        use_effect_with(*settings, move |settings| {
            dom::apply_text_size(settings.text_size);
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            match storage::save_settings(settings) {
                Ok(()) => {
                    if notice.is_some() {
                        notice.set(None);
                    }
                }
                Err(problem) => notice.set(Some(problem)),
            }
        });
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

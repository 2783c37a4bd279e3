//! `use_settings()`: the clinic settings; `use_settings_notice()`: a problem storing them.

use yew::prelude::*;

use crate::domain::persist::Settings;
use crate::platform::storage::SettingsNotice;
use crate::state::settings::SettingsContext;

/// The clinic settings handle; `.set(..)` saves them on this device.
#[hook]
pub fn use_settings() -> UseStateHandle<Settings> {
    use_context::<SettingsContext>()
        .expect("use_settings() must be called inside <SettingsProvider> (see app.rs)")
        .settings
}

/// A problem reading or saving the clinic settings, to show the clinic.
#[hook]
pub fn use_settings_notice() -> Option<SettingsNotice> {
    use_context::<SettingsContext>()
        .expect("use_settings_notice() must be called inside <SettingsProvider> (see app.rs)")
        .notice
}

//! `use_settings()`: the clinic settings.

use yew::prelude::*;

use crate::domain::persist::Settings;
use crate::state::settings::SettingsContext;

/// The clinic settings handle; `.set(..)` saves them on this device.
#[hook]
pub fn use_settings() -> UseStateHandle<Settings> {
    use_context::<SettingsContext>()
        .expect("use_settings() must be called inside <SettingsProvider> (see app.rs)")
        .settings
}

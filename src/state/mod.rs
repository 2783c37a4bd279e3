//! Yew-facing state: the session reducer and the clinic settings, each with its provider and the
//! hook components use to reach it (`use_session`, `use_settings`).

pub mod on_change;
pub mod session;
pub mod settings;

pub use on_change::use_effect_on_change;
pub use session::{SessionHandle, SessionProvider, use_session};
pub use settings::{SettingsProvider, use_settings, use_settings_notice};

//! Yew-facing state: the session reducer, the clinic settings and whether the texts file is in,
//! each with its provider and the hook components use to reach it (`use_session`,
//! `use_settings`, `use_texts`).

pub mod on_change;
pub mod session;
pub mod settings;
pub mod texts;

pub use on_change::use_effect_on_change;
pub use session::{SessionHandle, SessionProvider, use_session};
pub use settings::{SettingsProvider, use_settings, use_settings_notice};
pub use texts::{TextsProvider, use_texts};

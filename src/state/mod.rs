//! Yew-facing state: the session reducer, the clinic settings, the field test and whether the
//! texts file is in, each with its provider and the hook components use to reach it
//! (`use_session`, `use_settings`, `use_field_test`, `use_texts`).

pub mod field_test;
pub mod on_change;
pub mod session;
pub mod settings;
pub mod texts;

pub use field_test::{FieldTestHandle, FieldTestProvider, use_field_test};
pub use on_change::use_effect_on_change;
pub use session::{SessionHandle, SessionProvider, use_session};
pub use settings::{SettingsProvider, use_settings, use_settings_notice};
pub use texts::{TextsProvider, use_texts};

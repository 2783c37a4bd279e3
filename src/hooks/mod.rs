//! Hooks components use to reach shared state.

pub mod use_session;
pub mod use_settings;

pub use use_session::{SessionHandle, use_session};
pub use use_settings::{use_settings, use_settings_notice};

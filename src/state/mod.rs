//! Yew-facing state: the session reducer and the clinic settings, each behind a provider.

pub mod session;
pub mod settings;

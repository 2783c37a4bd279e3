//! Tab-scoped storage for the session and device storage for clinic settings.
//!
//! Patient data goes only to `sessionStorage`, which the browser scopes to this tab and drops when
//! the tab closes; End session removes it at once. Clinic settings (default view, text size, idle
//! timeout) go to `localStorage`. If storage is disabled, full, or holds unreadable data, the app
//! keeps working in memory and says so.

use web_sys::Storage;

use crate::domain::persist::{self, DecodeError, Settings};
use crate::domain::session::Session;

/// Key of the session in `sessionStorage`.
pub const SESSION_KEY: &str = "lta.session";
/// Key of the clinic settings in `localStorage`.
pub const SETTINGS_KEY: &str = "lta.settings";

/// Something the user should know about storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// Storage is switched off (private mode, blocked cookies): answers live only on this page.
    Unavailable,
    /// Storage is full: answers are kept on this page but would be lost on a refresh.
    Full,
    /// Stored answers could not be read and were cleared.
    Unreadable,
    /// Stored answers came from an older version of the app and were cleared.
    OldFormat,
}

impl StorageNotice {
    /// What to tell the user.
    pub fn message(self) -> &'static str {
        match self {
            StorageNotice::Unavailable => {
                "This browser does not allow the app to keep answers in this tab. Your answers are kept only while \
                 this page stays open."
            }
            StorageNotice::Full => {
                "This browser's storage is full. Your answers are kept while this page stays open, but a refresh \
                 would lose them."
            }
            StorageNotice::Unreadable => {
                "Saved answers in this tab could not be read, so the app started afresh."
            }
            StorageNotice::OldFormat => {
                "Saved answers in this tab came from an older version of the app, so the app started afresh."
            }
        }
    }
}

fn session_storage() -> Option<Storage> {
    super::window()?.session_storage().ok().flatten()
}

fn local_storage() -> Option<Storage> {
    super::window()?.local_storage().ok().flatten()
}

fn decode_notice(error: DecodeError) -> StorageNotice {
    match error {
        DecodeError::OldFormat => StorageNotice::OldFormat,
        DecodeError::Corrupt => StorageNotice::Unreadable,
    }
}

/// The session saved in this tab, or a new one (with the reason, if something was wrong).
pub fn load_session() -> (Option<Session>, Option<StorageNotice>) {
    let Some(storage) = session_storage() else {
        return (None, Some(StorageNotice::Unavailable));
    };
    match storage.get_item(SESSION_KEY) {
        Ok(None) => (None, None),
        Ok(Some(text)) => match persist::decode_session(&text) {
            Ok(session) => (Some(session), None),
            Err(error) => {
                let _ = storage.remove_item(SESSION_KEY);
                (None, Some(decode_notice(error)))
            }
        },
        Err(_) => (None, Some(StorageNotice::Unavailable)),
    }
}

/// Saves the session in this tab. An empty session is removed rather than stored.
pub fn save_session(session: &Session) -> Result<(), StorageNotice> {
    let storage = session_storage().ok_or(StorageNotice::Unavailable)?;
    if *session == Session::default() {
        return storage
            .remove_item(SESSION_KEY)
            .map_err(|_| StorageNotice::Unavailable);
    }
    storage
        .set_item(SESSION_KEY, &persist::encode_session(session))
        .map_err(|_| StorageNotice::Full)
}

/// Removes every trace of the session from this tab's storage.
pub fn clear_session() {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(SESSION_KEY);
    }
}

/// Clinic settings saved on this device, or the defaults.
pub fn load_settings() -> Settings {
    local_storage()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten())
        .and_then(|text| persist::decode_settings(&text).ok())
        .unwrap_or_default()
}

/// Saves clinic settings on this device; silently kept in memory if storage is unavailable.
pub fn save_settings(settings: &Settings) -> Result<(), StorageNotice> {
    let storage = local_storage().ok_or(StorageNotice::Unavailable)?;
    storage
        .set_item(SETTINGS_KEY, &persist::encode_settings(settings))
        .map_err(|_| StorageNotice::Full)
}

/// One stored item, for the privacy screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredItem {
    /// "This tab" or "This device".
    pub area: &'static str,
    /// The key.
    pub key: String,
    /// Size in characters.
    pub size: usize,
}

/// Everything this app's origin has in web storage.
pub fn stored_items() -> Vec<StoredItem> {
    let mut items = Vec::new();
    for (area, storage) in [
        ("This tab (sessionStorage)", session_storage()),
        ("This device (localStorage)", local_storage()),
    ] {
        let Some(storage) = storage else { continue };
        let length = storage.length().unwrap_or(0);
        for index in 0..length {
            if let Ok(Some(key)) = storage.key(index) {
                let size = storage
                    .get_item(&key)
                    .ok()
                    .flatten()
                    .map_or(0, |v| v.chars().count());
                items.push(StoredItem { area, key, size });
            }
        }
    }
    items
}

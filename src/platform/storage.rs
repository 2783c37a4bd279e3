//! Tab-scoped storage for the session and device storage for clinic settings.
//!
//! Patient data goes only to `sessionStorage`, which the browser scopes to this tab; End session
//! removes it at once. Closing the tab does not always remove it: Chromium brings a tab's
//! `sessionStorage` back with "reopen closed tab" and session restore. So the session is stored
//! with the time it was last used, and a session left for longer than the clinic's idle timeout
//! is discarded when it is read back. Clinic settings (default view, text size, idle timeout) go
//! to `localStorage`. If storage is disabled, full, or holds unreadable data, the app keeps
//! working in memory and says so.

use gloo::events::EventListener;
use web_sys::Storage;

use crate::domain::persist::{self, DecodeError};
use crate::domain::session::Session;
use crate::domain::settings::{IdleTimeout, Settings};

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
    /// Stored answers had been left longer than the idle timeout (a closed tab that the browser
    /// brought back) and were cleared.
    Expired,
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

fn now_ms() -> u64 {
    // `as` saturates: a clock before 1970 reads as 0.
    super::clock::now_ms() as u64
}

/// The session saved in this tab, or a new one (with the reason, if something was wrong). A
/// session left unused for longer than the idle timeout is removed, not restored.
pub fn load_session(idle: IdleTimeout) -> (Option<Session>, Option<StorageNotice>) {
    // Outside a browser (the build step that pre-renders the start screen, native tests) there is
    // no storage and nothing to tell the user about it.
    if super::window().is_none() {
        return (None, None);
    }
    let Some(storage) = session_storage() else {
        return (None, Some(StorageNotice::Unavailable));
    };
    match storage.get_item(SESSION_KEY) {
        Ok(None) => (None, None),
        Ok(Some(text)) => match persist::decode_session(&text) {
            Ok(stored) if !persist::is_expired(stored.saved_at_ms, now_ms(), idle) => {
                (Some(stored.session), None)
            }
            Ok(_) => {
                let _ = storage.remove_item(SESSION_KEY);
                (None, Some(StorageNotice::Expired))
            }
            Err(error) => {
                let _ = storage.remove_item(SESSION_KEY);
                (None, Some(decode_notice(error)))
            }
        },
        Err(_) => (None, Some(StorageNotice::Unavailable)),
    }
}

/// Saves the session in this tab, stamped with the time now. An empty session is removed rather
/// than stored.
pub fn save_session(session: &Session) -> Result<(), StorageNotice> {
    let storage = session_storage().ok_or(StorageNotice::Unavailable)?;
    if *session == Session::default() {
        return storage
            .remove_item(SESSION_KEY)
            .map_err(|_| StorageNotice::Unavailable);
    }
    storage
        .set_item(SESSION_KEY, &persist::encode_session(session, now_ms()))
        .map_err(|_| StorageNotice::Full)
}

/// Re-stamps the stored session with the time of the last touch or key press, so that its age
/// when read back is the time since anyone last used the aid (not since the last answer).
fn stamp_session(last_used_ms: f64) {
    let Some(storage) = session_storage() else {
        return;
    };
    let Ok(Some(text)) = storage.get_item(SESSION_KEY) else {
        return;
    };
    if let Ok(stored) = persist::decode_session(&text) {
        let at = (last_used_ms as u64).max(stored.saved_at_ms);
        let _ = storage.set_item(SESSION_KEY, &persist::encode_session(&stored.session, at));
    }
}

/// Whenever the page is hidden or left (tab switched, closed or reloaded), stamps the stored
/// session with the time the aid was last used (`last_used` gives it, in ms since 1970). Keep the
/// listeners alive while the app runs.
pub fn stamp_session_when_hidden(
    last_used: impl Fn() -> f64 + Clone + 'static,
) -> Vec<EventListener> {
    let Some(window) = super::window() else {
        return Vec::new();
    };
    let mut listeners = Vec::new();
    let stamp = last_used.clone();
    listeners.push(EventListener::new(&window, "pagehide", move |_| {
        stamp_session(stamp())
    }));
    if let Some(document) = window.document() {
        let watched = document.clone();
        listeners.push(EventListener::new(
            &document,
            "visibilitychange",
            move |_| {
                if watched.hidden() {
                    stamp_session(last_used());
                }
            },
        ));
    }
    listeners
}

/// Removes every trace of the session from this tab's storage.
pub fn clear_session() {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(SESSION_KEY);
    }
}

/// Something the clinic should know about its settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsNotice {
    /// The saved settings could not be read (corrupted, or from another version) and were removed.
    Unreadable,
    /// The settings could not be saved (storage off or full): they last only while the page is open.
    NotSaved,
}

/// Clinic settings saved on this device, or the defaults (with the reason, if the saved ones
/// could not be read; unreadable settings are removed).
pub fn load_settings() -> (Settings, Option<SettingsNotice>) {
    let Some(storage) = local_storage() else {
        // Storage off: the session's notice already says so; a change of settings will too.
        return (Settings::default(), None);
    };
    match storage.get_item(SETTINGS_KEY) {
        Ok(Some(text)) => match persist::decode_settings(&text) {
            Ok(settings) => (settings, None),
            Err(_) => {
                let _ = storage.remove_item(SETTINGS_KEY);
                (Settings::default(), Some(SettingsNotice::Unreadable))
            }
        },
        Ok(None) | Err(_) => (Settings::default(), None),
    }
}

/// Saves clinic settings on this device.
pub fn save_settings(settings: &Settings) -> Result<(), SettingsNotice> {
    let storage = local_storage().ok_or(SettingsNotice::NotSaved)?;
    storage
        .set_item(SETTINGS_KEY, &persist::encode_settings(settings))
        .map_err(|_| SettingsNotice::NotSaved)
}

/// What a stored item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoredKind {
    /// This session's answers.
    Session,
    /// The clinic settings.
    Settings,
    /// The field test's study code.
    FieldTestStudy,
    /// The field test's records.
    FieldTestRecords,
    /// Field-test records that could not be read, set aside.
    FieldTestSetAside,
    /// Something this app did not write.
    Other,
}

/// One stored item, for the privacy screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredItem {
    /// "This tab" or "This device".
    pub area: &'static str,
    /// What it is.
    pub kind: StoredKind,
    /// The key.
    pub key: String,
    /// Size in characters.
    pub size: usize,
}

/// Everything this app's origin has in web storage.
pub fn stored_items() -> Vec<StoredItem> {
    let mut items = Vec::new();
    let privacy = &crate::content::words().privacy;
    for (area, storage) in [
        (privacy.tab_storage.as_str(), session_storage()),
        (privacy.device_storage.as_str(), local_storage()),
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
                let kind = match key.as_str() {
                    SESSION_KEY => StoredKind::Session,
                    SETTINGS_KEY => StoredKind::Settings,
                    super::field_test::STUDY_KEY => StoredKind::FieldTestStudy,
                    super::field_test::RECORDS_KEY => StoredKind::FieldTestRecords,
                    super::field_test::SET_ASIDE_KEY => StoredKind::FieldTestSetAside,
                    _ => StoredKind::Other,
                };
                items.push(StoredItem {
                    area,
                    kind,
                    key,
                    size,
                });
            }
        }
    }
    items
}

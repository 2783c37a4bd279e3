//! Turning the session and the clinic settings into storage text and back, defensively.
//!
//! Stored text can be missing, from an older version, truncated or tampered with. Decoding never
//! panics: it returns what went wrong so the app can start empty and say so.

use serde::{Deserialize, Serialize};

use super::session::{MAX_NOTES, Session, View};

/// Prefix of the current session format. Bump the digit when `Session` changes shape.
pub const SESSION_PREFIX: &str = "lta-session-3:";
/// Prefix of the current settings format.
pub const SETTINGS_PREFIX: &str = "lta-settings-1:";

/// Why stored text could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Written by another version of the app.
    OldFormat,
    /// Not readable (truncated, edited or corrupted).
    Corrupt,
}

fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    bytes
        .chunks(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

fn encode<T: Serialize>(prefix: &str, value: &T) -> String {
    match postcard::to_allocvec(value) {
        Ok(bytes) => format!("{prefix}{}", to_hex(&bytes)),
        // Serialising plain data cannot fail; an empty string reads back as "nothing stored".
        Err(_) => String::new(),
    }
}

fn decode<T: for<'de> Deserialize<'de>>(prefix: &str, text: &str) -> Result<T, DecodeError> {
    let Some(body) = text.strip_prefix(prefix) else {
        return Err(if text.starts_with("lta-") {
            DecodeError::OldFormat
        } else {
            DecodeError::Corrupt
        });
    };
    let bytes = from_hex(body).ok_or(DecodeError::Corrupt)?;
    postcard::from_bytes(&bytes).map_err(|_| DecodeError::Corrupt)
}

/// The session as storage text.
pub fn encode_session(session: &Session) -> String {
    encode(SESSION_PREFIX, session)
}

/// A session from storage text; rejects values the app could never have written.
pub fn decode_session(text: &str) -> Result<Session, DecodeError> {
    let session: Session = decode(SESSION_PREFIX, text)?;
    let sane = session.ratings.values().all(|r| *r <= 3)
        && session.leaning.is_none_or(|l| l <= 4)
        && session.notes.chars().count() <= MAX_NOTES;
    if sane {
        Ok(session)
    } else {
        Err(DecodeError::Corrupt)
    }
}

/// Text size, a clinic setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    /// The browser's default size.
    #[default]
    Standard,
    /// 125%.
    Large,
    /// 150%.
    Larger,
}

/// Clinic settings: kept apart from patient data, and allowed to persist on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The view a new session starts in.
    pub default_view: View,
    /// Text size.
    pub text_size: TextSize,
    /// Minutes without a touch or key press before the session ends by itself (0 = never).
    pub idle_minutes: u16,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            default_view: View::Patient,
            text_size: TextSize::Standard,
            idle_minutes: 20,
        }
    }
}

/// Idle timeouts a clinic can choose, in minutes (0 = never).
pub const IDLE_CHOICES: [u16; 5] = [5, 10, 20, 30, 0];

/// Settings as storage text.
pub fn encode_settings(settings: &Settings) -> String {
    encode(SETTINGS_PREFIX, settings)
}

/// Settings from storage text.
pub fn decode_settings(text: &str) -> Result<Settings, DecodeError> {
    let settings: Settings = decode(SETTINGS_PREFIX, text)?;
    if settings.idle_minutes <= 240 {
        Ok(settings)
    } else {
        Err(DecodeError::Corrupt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::Action;

    #[test]
    fn session_round_trips() {
        let mut s = Session::default();
        s.apply(Action::Rate("a".into(), 2));
        s.apply(Action::SetNotes("<script>alert(1)</script>".into()));
        assert_eq!(decode_session(&encode_session(&s)), Ok(s));
    }

    #[test]
    fn bad_text_is_reported_not_panicked_on() {
        assert_eq!(decode_session(""), Err(DecodeError::Corrupt));
        assert_eq!(decode_session("{\"view\":1}"), Err(DecodeError::Corrupt));
        assert_eq!(
            decode_session("lta-session-1:00"),
            Err(DecodeError::OldFormat)
        );
        assert_eq!(
            decode_session(&format!("{SESSION_PREFIX}zz")),
            Err(DecodeError::Corrupt)
        );
        assert_eq!(
            decode_session(&format!("{SESSION_PREFIX}0")),
            Err(DecodeError::Corrupt)
        );
    }

    #[test]
    fn settings_round_trip() {
        let s = Settings {
            default_view: View::Clinician,
            text_size: TextSize::Larger,
            idle_minutes: 5,
        };
        assert_eq!(decode_settings(&encode_settings(&s)), Ok(s));
    }
}

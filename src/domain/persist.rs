//! Turning the session and the clinic settings into storage text and back, defensively.
//!
//! Stored text can be missing, from an older version, truncated or tampered with. Decoding never
//! panics: it returns what went wrong so the app can start empty and say so.
//!
//! The session is stored with the time it was last used (`saved_at`), because the browser can bring
//! a tab's storage back after the tab was closed ("reopen closed tab", session restore): a session
//! left for longer than the clinic's idle timeout must then be discarded, not shown.

use serde::{Deserialize, Serialize};

use super::session::{MAX_NOTES, Session, View};

/// Prefix of the current session format. Bump the digit when `Session` or the layout changes:
/// `lta-session-4:<saved_at, ms since 1970>:<hex of the postcard bytes>`.
pub const SESSION_PREFIX: &str = "lta-session-4:";
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

/// The text after `prefix`, or why there is none.
fn body<'a>(prefix: &str, text: &'a str) -> Result<&'a str, DecodeError> {
    text.strip_prefix(prefix)
        .ok_or(if text.starts_with("lta-") {
            DecodeError::OldFormat
        } else {
            DecodeError::Corrupt
        })
}

fn decode_hex<T: for<'de> Deserialize<'de>>(hex: &str) -> Result<T, DecodeError> {
    let bytes = from_hex(hex).ok_or(DecodeError::Corrupt)?;
    postcard::from_bytes(&bytes).map_err(|_| DecodeError::Corrupt)
}

/// The session as storage text, stamped with the time it was saved (ms since 1970).
pub fn encode_session(session: &Session, saved_at_ms: u64) -> String {
    encode(&format!("{SESSION_PREFIX}{saved_at_ms}:"), session)
}

/// A session read back from storage, with the time it was saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredSession {
    /// The consultation.
    pub session: Session,
    /// When it was saved (or last used), in ms since 1970 by the device clock.
    pub saved_at_ms: u64,
}

/// A session from storage text; rejects values the app could never have written.
pub fn decode_session(text: &str) -> Result<StoredSession, DecodeError> {
    let (stamp, hex) = body(SESSION_PREFIX, text)?
        .split_once(':')
        .ok_or(DecodeError::Corrupt)?;
    // Plain digits only (no sign, no spaces), and no more than a u64 can hold.
    if stamp.is_empty() || stamp.len() > 19 || !stamp.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DecodeError::Corrupt);
    }
    let saved_at_ms = stamp.parse().map_err(|_| DecodeError::Corrupt)?;
    let session: Session = decode_hex(hex)?;
    let sane = session.ratings.values().all(|r| *r <= 3)
        && session.leaning.is_none_or(|l| l <= 4)
        && session.notes.chars().count() <= MAX_NOTES;
    if sane {
        Ok(StoredSession {
            session,
            saved_at_ms,
        })
    } else {
        Err(DecodeError::Corrupt)
    }
}

/// How far in the future a stored time may be (clocks drift; two tabs may disagree slightly).
pub const CLOCK_SLACK_MS: u64 = 60_000;

/// Whether a session saved at `saved_at_ms` must be discarded at `now_ms`: it was left unused for
/// longer than the idle timeout (for example a closed tab that the browser brought back), or its
/// time is in the future (the clock was moved back), so its age cannot be trusted.
pub fn is_expired(saved_at_ms: u64, now_ms: u64, idle_minutes: u16) -> bool {
    let limit = u64::from(idle_minutes) * 60_000;
    saved_at_ms > now_ms.saturating_add(CLOCK_SLACK_MS)
        || now_ms.saturating_sub(saved_at_ms) > limit
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
    /// Minutes without a touch or key press before the session ends by itself (one of
    /// [`IDLE_CHOICES`]; there is no "never": nothing may linger on a shared device).
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

/// Idle timeouts a clinic can choose, in minutes.
pub const IDLE_CHOICES: [u16; 4] = [5, 10, 20, 30];

/// Settings as storage text.
pub fn encode_settings(settings: &Settings) -> String {
    encode(SETTINGS_PREFIX, settings)
}

/// Settings from storage text. A stored 0 ("never", offered by earlier versions) becomes the
/// default timeout; any other value the settings screen never offered is rejected.
pub fn decode_settings(text: &str) -> Result<Settings, DecodeError> {
    let mut settings: Settings = decode_hex(body(SETTINGS_PREFIX, text)?)?;
    if settings.idle_minutes == 0 {
        settings.idle_minutes = Settings::default().idle_minutes;
    }
    if IDLE_CHOICES.contains(&settings.idle_minutes) {
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
        let text = encode_session(&s, 1_790_000_000_123);
        assert!(text.starts_with("lta-session-4:1790000000123:"), "{text}");
        assert_eq!(
            decode_session(&text),
            Ok(StoredSession {
                session: s,
                saved_at_ms: 1_790_000_000_123
            })
        );
    }

    #[test]
    fn the_previous_format_is_old_not_corrupt() {
        let mut s = Session::default();
        s.apply(Action::SetNotes("kept".into()));
        // What version 3 wrote: the same bytes with no time.
        let v3 = encode("lta-session-3:", &s);
        assert_eq!(decode_session(&v3), Err(DecodeError::OldFormat));
    }

    #[test]
    fn bad_times_are_corrupt() {
        let hex = encode("", &Session::default());
        for stamp in ["", "-5", "+5", " 5", "1.5", "99999999999999999999", "12a"] {
            assert_eq!(
                decode_session(&format!("{SESSION_PREFIX}{stamp}:{hex}")),
                Err(DecodeError::Corrupt),
                "{stamp:?}"
            );
        }
        assert_eq!(
            decode_session(&format!("{SESSION_PREFIX}{hex}")),
            Err(DecodeError::Corrupt),
            "no time at all"
        );
    }

    #[test]
    fn a_session_left_longer_than_the_idle_timeout_expires() {
        let minute = 60_000;
        let saved = 1_790_000_000_000;
        assert!(!is_expired(saved, saved, 20));
        assert!(
            !is_expired(saved, saved + 20 * minute, 20),
            "exactly the limit"
        );
        assert!(is_expired(saved, saved + 20 * minute + 1, 20));
        assert!(is_expired(saved, saved + 6 * minute, 5));
        assert!(!is_expired(saved, saved + 4 * minute, 5));
        // The clock went back: the age cannot be trusted.
        assert!(is_expired(saved + 2 * minute, saved, 20));
        assert!(
            !is_expired(saved + 30_000, saved, 20),
            "small drift is fine"
        );
        assert!(is_expired(u64::MAX, 0, 30));
        assert!(!is_expired(0, 0, 5));
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
            decode_session(&format!("{SESSION_PREFIX}1:zz")),
            Err(DecodeError::Corrupt)
        );
        assert_eq!(
            decode_session(&format!("{SESSION_PREFIX}1:0")),
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

    #[test]
    fn a_stored_never_becomes_the_default_timeout() {
        let never = Settings {
            default_view: View::Clinician,
            text_size: TextSize::Large,
            idle_minutes: 0,
        };
        assert_eq!(
            decode_settings(&encode_settings(&never)),
            Ok(Settings {
                idle_minutes: Settings::default().idle_minutes,
                ..never
            })
        );
    }

    #[test]
    fn timeouts_never_offered_are_rejected() {
        for minutes in [1, 15, 241, u16::MAX] {
            let s = Settings {
                idle_minutes: minutes,
                ..Settings::default()
            };
            assert_eq!(
                decode_settings(&encode_settings(&s)),
                Err(DecodeError::Corrupt),
                "{minutes}"
            );
        }
        for minutes in IDLE_CHOICES {
            let s = Settings {
                idle_minutes: minutes,
                ..Settings::default()
            };
            assert_eq!(decode_settings(&encode_settings(&s)), Ok(s));
        }
        assert!(IDLE_CHOICES.contains(&Settings::default().idle_minutes));
        assert!(!IDLE_CHOICES.contains(&0), "there is no \"never\"");
    }
}

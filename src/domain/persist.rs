//! Turning the session and the clinic settings into storage text and back, defensively.
//!
//! Stored text can be missing, from an older version, truncated or tampered with. Decoding never
//! panics: it returns what went wrong so the app can start empty and say so.
//!
//! The session is stored with the time it was last used (`saved_at`), because the browser can bring
//! a tab's storage back after the tab was closed ("reopen closed tab", session restore): a session
//! left for longer than the clinic's idle timeout must then be discarded, not shown.

use serde::{Deserialize, Serialize};

use super::field_test::{RecordStore, StudyCode};
use super::session::{MAX_NOTES, Session};
use super::settings::{IdleTimeout, Settings};

/// Prefix of the current session format. Bump the digit when `Session` or the layout changes:
/// `lta-session-6:<saved_at, ms since 1970>:<hex of the postcard bytes>`. (Version 5 added the
/// journey: full or short consultation; version 6 the field test's consent and timing.)
pub const SESSION_PREFIX: &str = "lta-session-6:";
/// Prefix of the field test's settings (its study code): present only while the mode is on.
pub const FIELD_TEST_PREFIX: &str = "lta-field-test-1:";
/// Prefix of the field test's records: `lta-records-1:` and the records as CSV text (see
/// `field_test::RecordStore::to_text`).
pub const RECORDS_PREFIX: &str = "lta-records-1:";
/// Prefix of the current settings format. (Version 2 added the clinic's contact block and the
/// public address; version 1 is still read, and keeps the clinic's choices.)
pub const SETTINGS_PREFIX: &str = "lta-settings-2:";
/// Prefix of the settings as version 1 wrote them.
const SETTINGS_PREFIX_1: &str = "lta-settings-1:";

/// Settings as version 1 wrote them.
#[derive(Deserialize)]
struct SettingsVersion1 {
    default_view: super::session::View,
    text_size: super::settings::TextSize,
    idle_timeout: IdleTimeout,
}

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
    // Plain digits only (no sign, no spaces: `parse` alone would take "+5"); `parse` refuses an
    // empty time and one too large for a u64.
    if !stamp.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DecodeError::Corrupt);
    }
    let saved_at_ms = stamp.parse().map_err(|_| DecodeError::Corrupt)?;
    // Ratings and leanings outside their scales do not decode (they are enums); notes longer
    // than the app ever keeps mean the text was not written by it.
    let session: Session = decode_hex(hex)?;
    if session.notes.chars().count() <= MAX_NOTES {
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
pub fn is_expired(saved_at_ms: u64, now_ms: u64, idle: IdleTimeout) -> bool {
    let limit = idle.millis();
    saved_at_ms > now_ms.saturating_add(CLOCK_SLACK_MS)
        || now_ms.saturating_sub(saved_at_ms) > limit
}

/// Settings as storage text.
pub fn encode_settings(settings: &Settings) -> String {
    encode(SETTINGS_PREFIX, settings)
}

/// Settings from storage text. A stored 0 ("never", offered by earlier versions) becomes the
/// default timeout; any other timeout the settings screen never offered is rejected (see
/// [`IdleTimeout`]).
pub fn decode_settings(text: &str) -> Result<Settings, DecodeError> {
    if let Ok(hex) = body(SETTINGS_PREFIX_1, text) {
        let old: SettingsVersion1 = decode_hex(hex)?;
        return Ok(Settings {
            default_view: old.default_view,
            text_size: old.text_size,
            idle_timeout: old.idle_timeout,
            ..Settings::default()
        });
    }
    let settings: Settings = decode_hex(body(SETTINGS_PREFIX, text)?)?;
    // Lines over their limits (or an address that is not one: refused while decoding) were not
    // written by the app.
    if settings.contact.is_within_limits() {
        Ok(settings)
    } else {
        Err(DecodeError::Corrupt)
    }
}

/// The field test's study code as storage text.
pub fn encode_field_test(study: &StudyCode) -> String {
    encode(FIELD_TEST_PREFIX, study)
}

/// The field test's study code from storage text (a code outside its pattern is refused).
pub fn decode_field_test(text: &str) -> Result<StudyCode, DecodeError> {
    decode_hex(body(FIELD_TEST_PREFIX, text)?)
}

/// The field test's records as storage text.
pub fn encode_records(store: &RecordStore) -> String {
    format!("{RECORDS_PREFIX}{}", store.to_text())
}

/// The field test's records from storage text: all of them or none (a store that does not read
/// back whole is never read in part).
pub fn decode_records(text: &str) -> Result<RecordStore, DecodeError> {
    RecordStore::from_text(body(RECORDS_PREFIX, text)?).ok_or(DecodeError::Corrupt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::{Action, Rating, View};
    use crate::domain::settings::TextSize;

    /// Settings as earlier versions wrote them: the timeout as a plain number of minutes.
    #[derive(Serialize)]
    struct WrittenSettings {
        default_view: View,
        text_size: TextSize,
        idle_minutes: u16,
    }

    #[test]
    fn session_round_trips() {
        let mut s = Session::default();
        s.apply(Action::Rate("a".into(), Rating::Important));
        s.apply(Action::SetNotes("<script>alert(1)</script>".into()));
        let text = encode_session(&s, 1_790_000_000_123);
        assert!(text.starts_with("lta-session-6:1790000000123:"), "{text}");
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
        // What version 3 wrote: the same bytes with no time; and version 4, without the journey.
        let v3 = encode("lta-session-3:", &s);
        assert_eq!(decode_session(&v3), Err(DecodeError::OldFormat));
        let v4 = format!("lta-session-4:1:{}", encode("", &s));
        assert_eq!(decode_session(&v4), Err(DecodeError::OldFormat));
        let v5 = format!("lta-session-5:1:{}", encode("", &s));
        assert_eq!(decode_session(&v5), Err(DecodeError::OldFormat));
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
        // Every time a u64 holds reads back, the longest included.
        for stamp in [0, 1_790_000_000_000, 1_000_000_000_000_000_000, u64::MAX] {
            let stored = decode_session(&encode_session(&Session::default(), stamp));
            assert_eq!(stored.map(|s| s.saved_at_ms), Ok(stamp));
        }
    }

    #[test]
    fn a_session_left_longer_than_the_idle_timeout_expires() {
        let minute = 60_000;
        let saved = 1_790_000_000_000;
        let (five, twenty, thirty) = (IdleTimeout::Five, IdleTimeout::Twenty, IdleTimeout::Thirty);
        assert!(!is_expired(saved, saved, twenty));
        assert!(
            !is_expired(saved, saved + 20 * minute, twenty),
            "exactly the limit"
        );
        assert!(is_expired(saved, saved + 20 * minute + 1, twenty));
        assert!(is_expired(saved, saved + 6 * minute, five));
        assert!(!is_expired(saved, saved + 4 * minute, five));
        // The clock went back: the age cannot be trusted.
        assert!(is_expired(saved + 2 * minute, saved, twenty));
        assert!(
            !is_expired(saved + 30_000, saved, twenty),
            "small drift is fine"
        );
        assert!(
            !is_expired(saved + CLOCK_SLACK_MS, saved, twenty),
            "drift up to the slack is fine"
        );
        assert!(is_expired(saved + CLOCK_SLACK_MS + 1, saved, twenty));
        assert!(is_expired(u64::MAX, 0, thirty));
        assert!(!is_expired(0, 0, five));
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
        use crate::domain::settings::{ContactField, PublicAddress};
        let mut s = Settings {
            default_view: View::Clinician,
            text_size: TextSize::Larger,
            idle_timeout: IdleTimeout::Five,
            ..Settings::default()
        };
        s.contact.set(ContactField::Phone, "0123 456").unwrap();
        s.public_address = PublicAddress::parse("https://example.org/aid/").ok();
        assert_eq!(decode_settings(&encode_settings(&s)), Ok(s));
    }

    #[test]
    fn settings_of_version_1_are_read_and_keep_the_clinics_choices() {
        for timeout in IdleTimeout::ALL {
            let written = WrittenSettings {
                default_view: View::Clinician,
                text_size: TextSize::Large,
                idle_minutes: timeout.minutes(),
            };
            assert_eq!(
                decode_settings(&encode(SETTINGS_PREFIX_1, &written)),
                Ok(Settings {
                    default_view: View::Clinician,
                    text_size: TextSize::Large,
                    idle_timeout: timeout,
                    ..Settings::default()
                })
            );
        }
    }

    #[test]
    fn stored_settings_with_an_overlong_line_or_a_bad_address_are_refused() {
        #[derive(Serialize)]
        struct Forged {
            default_view: View,
            text_size: TextSize,
            idle_minutes: u16,
            contact: [String; 4],
            public_address: Option<String>,
        }
        let forged = |contact: [String; 4], address: Option<&str>| Forged {
            default_view: View::Patient,
            text_size: TextSize::Standard,
            idle_minutes: 20,
            contact,
            public_address: address.map(str::to_owned),
        };
        let fine = || [String::new(), "0123".into(), String::new(), String::new()];
        assert!(
            decode_settings(&encode(
                SETTINGS_PREFIX,
                &forged(fine(), Some("https://example.org/"))
            ))
            .is_ok()
        );
        let long = [String::new(), "9".repeat(41), String::new(), String::new()];
        assert_eq!(
            decode_settings(&encode(SETTINGS_PREFIX, &forged(long, None))),
            Err(DecodeError::Corrupt)
        );
        assert_eq!(
            decode_settings(&encode(
                SETTINGS_PREFIX,
                &forged(fine(), Some("javascript:alert(1)"))
            )),
            Err(DecodeError::Corrupt)
        );
    }

    #[test]
    fn a_stored_never_becomes_the_default_timeout() {
        let never = WrittenSettings {
            default_view: View::Clinician,
            text_size: TextSize::Large,
            idle_minutes: 0,
        };
        assert_eq!(
            decode_settings(&encode(SETTINGS_PREFIX_1, &never)),
            Ok(Settings {
                default_view: View::Clinician,
                text_size: TextSize::Large,
                idle_timeout: IdleTimeout::default(),
                ..Settings::default()
            })
        );
    }

    #[test]
    fn timeouts_never_offered_are_rejected() {
        for minutes in [1, 15, 241, u16::MAX] {
            let s = WrittenSettings {
                idle_minutes: minutes,
                default_view: View::Patient,
                text_size: TextSize::Standard,
            };
            assert_eq!(
                decode_settings(&encode(SETTINGS_PREFIX_1, &s)),
                Err(DecodeError::Corrupt),
                "{minutes}"
            );
        }
        assert!(IdleTimeout::ALL.contains(&Settings::default().idle_timeout));
    }

    #[test]
    fn ratings_outside_the_scale_do_not_decode() {
        // A session whose first rating was written as 9 (as if tampered with).
        let mut s = Session::default();
        s.apply(Action::Rate("a".into(), Rating::Very));
        let text = encode_session(&s, 1);
        let hex = text.rsplit(':').next().unwrap();
        let mut bytes = from_hex(hex).unwrap();
        let at = bytes.iter().rposition(|b| *b == 3).unwrap();
        bytes[at] = 9;
        let tampered = format!("{SESSION_PREFIX}1:{}", to_hex(&bytes));
        assert_eq!(decode_session(&tampered), Err(DecodeError::Corrupt));
    }

    #[test]
    fn field_test_records_read_back_whole_or_not_at_all() {
        use crate::domain::field_test::{FieldTestAction, IsoWeek, ParticipantNumber, Record};
        let mut session = Session::default();
        session.apply(Action::FieldTest(FieldTestAction::Agree {
            study: StudyCode::parse("LTA-1").unwrap(),
            participant: ParticipantNumber::from_random(9),
            week: IsoWeek::of("2026-12-06").unwrap(),
        }));
        let mut store = RecordStore::default();
        let record = Record::new(&session, session.field_test.participation().unwrap());
        store.keep(record).unwrap();
        let text = encode_records(&store);
        assert!(text.starts_with(RECORDS_PREFIX));
        assert_eq!(decode_records(&text), Ok(store));
        assert_eq!(
            decode_records(&text[..text.len() - 2]),
            Err(DecodeError::Corrupt)
        );
        assert_eq!(
            decode_records("{\"records\": []}"),
            Err(DecodeError::Corrupt)
        );
        assert_eq!(
            decode_records("lta-records-0:00"),
            Err(DecodeError::OldFormat)
        );
        // A cell that is not one the app writes (words typed into the store), or a row too many.
        let forged = text.replacen("\"no\"", "\"no, her name\"", 1);
        assert_eq!(decode_records(&forged), Err(DecodeError::Corrupt));
        assert_eq!(
            decode_records(&format!("{text}\n")),
            Err(DecodeError::Corrupt)
        );
    }

    #[test]
    fn the_study_code_reads_back_and_a_code_outside_its_rule_does_not() {
        let study = StudyCode::parse("LTA-PILOT-1").unwrap();
        assert_eq!(decode_field_test(&encode_field_test(&study)), Ok(study));
        let forged = encode(FIELD_TEST_PREFIX, &"jane doe".to_owned());
        assert_eq!(decode_field_test(&forged), Err(DecodeError::Corrupt));
    }
}

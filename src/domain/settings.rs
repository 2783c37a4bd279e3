//! Clinic settings: the view a session starts in, the text size, and the idle timeout. Kept on
//! the device, apart from patient data (see `persist` for how they are stored).

use serde::{Deserialize, Serialize};

use super::session::View;

/// Text size, a clinic setting (and one tap away on every screen).
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

impl TextSize {
    /// Every size, smallest first.
    pub const ALL: [Self; 3] = [Self::Standard, Self::Large, Self::Larger];

    /// The size's name on screen.
    pub fn label(self) -> &'static str {
        match self {
            Self::Standard => "Standard",
            Self::Large => "Large",
            Self::Larger => "Larger",
        }
    }
}

/// How long the aid may go untouched before the session ends by itself. There is no "never":
/// on a shared device nothing may linger.
///
/// Stored as its number of minutes, as earlier versions stored it; a stored 0 (the "never" that
/// earlier versions offered) reads as the default, and any other number the settings screen never
/// offered is refused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub enum IdleTimeout {
    /// 5 minutes.
    Five,
    /// 10 minutes.
    Ten,
    /// 20 minutes.
    #[default]
    Twenty,
    /// 30 minutes.
    Thirty,
}

impl IdleTimeout {
    /// Every timeout a clinic can choose, shortest first.
    pub const ALL: [Self; 4] = [Self::Five, Self::Ten, Self::Twenty, Self::Thirty];

    /// The timeout in minutes.
    pub const fn minutes(self) -> u16 {
        match self {
            Self::Five => 5,
            Self::Ten => 10,
            Self::Twenty => 20,
            Self::Thirty => 30,
        }
    }

    /// The timeout in milliseconds.
    pub const fn millis(self) -> u64 {
        self.minutes() as u64 * 60_000
    }
}

impl From<IdleTimeout> for u16 {
    fn from(timeout: IdleTimeout) -> u16 {
        timeout.minutes()
    }
}

/// A stored timeout that no version of the settings screen offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotOffered(pub u16);

impl std::fmt::Display for NotOffered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "an idle timeout of {} minutes was never offered", self.0)
    }
}

impl TryFrom<u16> for IdleTimeout {
    type Error = NotOffered;

    fn try_from(minutes: u16) -> Result<Self, NotOffered> {
        if minutes == 0 {
            return Ok(Self::default());
        }
        Self::ALL
            .into_iter()
            .find(|t| t.minutes() == minutes)
            .ok_or(NotOffered(minutes))
    }
}

/// Clinic settings: kept apart from patient data, and allowed to persist on the device.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The view a new session starts in.
    pub default_view: View,
    /// Text size.
    pub text_size: TextSize,
    /// How long the aid may go untouched before the session ends by itself.
    pub idle_timeout: IdleTimeout,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_offered_timeout_reads_back_and_never_becomes_the_default() {
        for timeout in IdleTimeout::ALL {
            assert_eq!(IdleTimeout::try_from(timeout.minutes()), Ok(timeout));
        }
        assert_eq!(IdleTimeout::try_from(0), Ok(IdleTimeout::Twenty));
        for minutes in [1, 15, 241, u16::MAX] {
            assert_eq!(IdleTimeout::try_from(minutes), Err(NotOffered(minutes)));
        }
        assert_eq!(IdleTimeout::Five.millis(), 300_000);
    }
}

//! Clinic settings: the view a session starts in, the text size, the idle timeout, the clinic's
//! contact block for the take-home print, and the aid's public address for its QR code. Kept on
//! the device, apart from patient data (see `persist` for how they are stored). Nothing here is
//! about a patient: the contact block and the address are the clinic's, set once.

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
        let settings = &crate::content::words().settings;
        match self {
            Self::Standard => settings.size_standard.as_str(),
            Self::Large => settings.size_large.as_str(),
            Self::Larger => settings.size_larger.as_str(),
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The view a new session starts in.
    pub default_view: View,
    /// Text size.
    pub text_size: TextSize,
    /// How long the aid may go untouched before the session ends by itself.
    pub idle_timeout: IdleTimeout,
    /// Who to call, printed on the take-home summary.
    pub contact: ClinicContact,
    /// The aid's public address for the QR code, if the clinic set one (otherwise the address it
    /// is served from, when that is a web address).
    pub public_address: Option<PublicAddress>,
}

/// One line of the clinic's contact block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContactField {
    /// The clinic's name.
    Clinic,
    /// Its phone number.
    Phone,
    /// Who to ask (a nurse specialist, the breast care team).
    Who,
    /// When to call (opening hours, what to call about).
    When,
}

impl ContactField {
    /// Every line, in the order they are printed.
    pub const ALL: [Self; 4] = [Self::Clinic, Self::Phone, Self::Who, Self::When];

    /// The most characters the line may hold (a contact block, not a letter).
    pub const fn limit(self) -> usize {
        match self {
            Self::Clinic | Self::Who => 80,
            Self::Phone => 40,
            Self::When => 160,
        }
    }

    /// A short name for the line (element ids).
    pub fn key(self) -> &'static str {
        match self {
            Self::Clinic => "clinic",
            Self::Phone => "phone",
            Self::Who => "who",
            Self::When => "when",
        }
    }

    /// The line's label, on the settings screen and on the print.
    pub fn label(self) -> &'static str {
        let settings = &crate::content::words().settings;
        match self {
            Self::Clinic => settings.contact_clinic.as_str(),
            Self::Phone => settings.contact_phone.as_str(),
            Self::Who => settings.contact_who.as_str(),
            Self::When => settings.contact_when.as_str(),
        }
    }
}

/// The clinic's contact block: plain text, each line within its limit (checked when it is set,
/// and again when stored settings are read). Empty by default; the take-home print then says to
/// ask the care team.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinicContact {
    clinic: String,
    phone: String,
    who: String,
    when: String,
}

/// A line of text over its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLong {
    /// The limit, in characters.
    pub limit: usize,
    /// How many characters were given.
    pub given: usize,
}

impl ClinicContact {
    /// A line of the block.
    pub fn get(&self, field: ContactField) -> &str {
        match field {
            ContactField::Clinic => &self.clinic,
            ContactField::Phone => &self.phone,
            ContactField::Who => &self.who,
            ContactField::When => &self.when,
        }
    }

    /// Sets a line, trimmed, if it is within its limit; otherwise nothing changes.
    pub fn set(&mut self, field: ContactField, text: &str) -> Result<(), TooLong> {
        let text = text.trim();
        let given = text.chars().count();
        if given > field.limit() {
            return Err(TooLong {
                limit: field.limit(),
                given,
            });
        }
        let line = match field {
            ContactField::Clinic => &mut self.clinic,
            ContactField::Phone => &mut self.phone,
            ContactField::Who => &mut self.who,
            ContactField::When => &mut self.when,
        };
        *line = text.to_owned();
        Ok(())
    }

    /// Whether no line is filled in.
    pub fn is_empty(&self) -> bool {
        ContactField::ALL.iter().all(|f| self.get(*f).is_empty())
    }

    /// Whether every line is within its limit (stored settings that are not are refused).
    pub fn is_within_limits(&self) -> bool {
        ContactField::ALL
            .iter()
            .all(|f| self.get(*f).chars().count() <= f.limit())
    }

    /// The filled-in lines with their labels, in print order.
    pub fn lines(&self) -> Vec<(&'static str, &str)> {
        ContactField::ALL
            .iter()
            .map(|f| (f.label(), self.get(*f)))
            .filter(|(_, text)| !text.is_empty())
            .collect()
    }
}

/// A web address (http or https) that the QR code may carry: the aid's public page, nothing
/// else (no answers, notes or settings go in it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PublicAddress(String);

/// Why an address cannot go in the QR code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressProblem {
    /// Not an http or https address (a file, a mail address, a script).
    NotWeb,
    /// Longer than [`PublicAddress::LIMIT`] characters.
    TooLong,
    /// It holds spaces or other characters an address cannot.
    BadCharacters,
    /// No host after the scheme.
    NoHost,
}

impl std::fmt::Display for AddressProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let settings = &crate::content::words().settings;
        match self {
            AddressProblem::NotWeb => f.write_str(&settings.address_not_web),
            AddressProblem::TooLong => {
                f.write_str(&settings.address_too_long.fill(&PublicAddress::LIMIT))
            }
            AddressProblem::BadCharacters => f.write_str(&settings.address_bad_characters),
            AddressProblem::NoHost => f.write_str(&settings.address_no_host),
        }
    }
}

impl PublicAddress {
    /// The most characters an address may have (a QR code a phone reads easily).
    pub const LIMIT: usize = 200;

    /// A checked address, trimmed. A fragment (`#/summary`) is dropped: the code opens the start.
    pub fn parse(text: &str) -> Result<Self, AddressProblem> {
        let text = text.trim();
        let text = text.split('#').next().unwrap_or(text);
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or(AddressProblem::NotWeb)?;
        if text.chars().count() > Self::LIMIT {
            return Err(AddressProblem::TooLong);
        }
        if text.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`')
        }) {
            return Err(AddressProblem::BadCharacters);
        }
        if rest.split('/').next().is_none_or(str::is_empty) {
            return Err(AddressProblem::NoHost);
        }
        Ok(Self(text.to_owned()))
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PublicAddress {
    type Error = AddressProblem;
    fn try_from(text: String) -> Result<Self, AddressProblem> {
        Self::parse(&text)
    }
}

impl From<PublicAddress> for String {
    fn from(address: PublicAddress) -> String {
        address.0
    }
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

    #[test]
    fn every_setting_has_its_own_words_and_names() {
        assert_eq!(
            TextSize::ALL.map(TextSize::label),
            ["Standard", "Large", "Larger"]
        );
        assert_eq!(
            ContactField::ALL.map(ContactField::key),
            ["clinic", "phone", "who", "when"]
        );
        assert_eq!(
            ContactField::ALL.map(ContactField::label),
            ["Clinic", "Phone", "Who to ask", "When to call"]
        );
        assert_eq!(
            NotOffered(15).to_string(),
            "an idle timeout of 15 minutes was never offered"
        );
    }

    #[test]
    fn a_refused_address_says_why_in_words() {
        let why = |text: &str| PublicAddress::parse(text).map_err(|p| p.to_string());
        assert_eq!(
            why("ftp://example.org/"),
            Err("The address must start with https:// or http://.".into())
        );
        assert_eq!(
            why(&format!("https://example.org/{}", "a".repeat(200))),
            Err("The address is too long: at most 200 characters.".into())
        );
        assert_eq!(
            why("https://example.org/a b"),
            Err("The address cannot hold spaces or quotes.".into())
        );
        assert_eq!(
            why("https:///aid/"),
            Err("The address needs a site name after https://.".into())
        );
    }

    #[test]
    fn a_line_of_exactly_its_limit_is_kept_and_fills_the_block() {
        for field in ContactField::ALL {
            let mut contact = ClinicContact::default();
            let full = "x".repeat(field.limit());
            assert_eq!(contact.set(field, &full), Ok(()), "{field:?}");
            assert_eq!(contact.get(field), full);
            assert!(!contact.is_empty(), "{field:?} alone fills the block");
            assert_eq!(contact.lines(), vec![(field.label(), full.as_str())]);
            assert!(contact.is_within_limits());
        }
    }

    #[test]
    fn a_contact_line_over_its_limit_is_refused_and_nothing_changes() {
        let mut contact = ClinicContact::default();
        assert!(contact.is_empty());
        assert_eq!(contact.set(ContactField::Phone, "  0123 456 789 "), Ok(()));
        assert_eq!(contact.get(ContactField::Phone), "0123 456 789");
        let long = "9".repeat(41);
        assert_eq!(
            contact.set(ContactField::Phone, &long),
            Err(TooLong {
                limit: 40,
                given: 41
            })
        );
        assert_eq!(contact.get(ContactField::Phone), "0123 456 789");
        // Markup is text like any other.
        assert_eq!(
            contact.set(ContactField::Clinic, "<b>Breast clinic</b>"),
            Ok(())
        );
        assert_eq!(
            contact.lines(),
            vec![
                ("Clinic", "<b>Breast clinic</b>"),
                ("Phone", "0123 456 789")
            ]
        );
        assert!(contact.is_within_limits());
    }

    #[test]
    fn only_web_addresses_go_in_the_qr_code() {
        assert_eq!(
            PublicAddress::parse(" https://example.org/aid/#/summary ")
                .map(|a| a.as_str().to_owned()),
            Ok("https://example.org/aid/".to_owned())
        );
        assert!(PublicAddress::parse("http://127.0.0.1:8080/").is_ok());
        for (text, problem) in [
            ("file:///C:/aid.html", AddressProblem::NotWeb),
            ("javascript:alert(1)", AddressProblem::NotWeb),
            ("example.org", AddressProblem::NotWeb),
            ("https://", AddressProblem::NoHost),
            ("https:///path", AddressProblem::NoHost),
            ("https://exa mple.org", AddressProblem::BadCharacters),
            (
                "https://example.org/\"><script>",
                AddressProblem::BadCharacters,
            ),
        ] {
            assert_eq!(PublicAddress::parse(text), Err(problem), "{text}");
        }
        let long = format!("https://example.org/{}", "a".repeat(190));
        assert_eq!(PublicAddress::parse(&long), Err(AddressProblem::TooLong));
    }
}

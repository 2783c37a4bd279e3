//! An exact decimal number for clinical figures.
//!
//! Figures are written in the TOML as ordinary numbers (`16.3`, `0.691`, `5`). They are kept as
//! an integer plus a count of decimal places, so that a figure prints exactly as the paper printed
//! it ("0.691", not "0.69100001"), rounding to icons is exact (4.5 out of 100 is exactly half), and
//! the app ships no floating-point formatting code. This file is shared with `build.rs`.

use std::cmp::Ordering;
use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The most decimal places a figure may carry; published figures never need more.
const MAX_SCALE: u8 = 6;

/// An exact decimal: `units / 10^scale`.
#[derive(Clone, Copy, Debug, Default, Eq)]
pub struct Decimal {
    // i32 keeps a figure to 8 bytes in the compiled content; published figures need far less.
    units: i32,
    scale: u8,
}

impl Decimal {
    /// A whole number.
    pub const fn from_int(value: i64) -> Self {
        Self {
            units: value as i32,
            scale: 0,
        }
    }

    /// A decimal from its parts (used by the generated content code).
    pub const fn from_parts(units: i32, scale: u8) -> Self {
        Self { units, scale }
    }

    /// The parts: `units` and the number of decimal places.
    pub const fn parts(self) -> (i32, u8) {
        (self.units, self.scale)
    }

    /// Parses a plain decimal such as `16.3`, `-0.5` or `12`. No exponent, no grouping.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, fraction) = match digits.split_once('.') {
            Some((whole, fraction)) => (whole, fraction),
            None => (digits, ""),
        };
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !fraction.bytes().all(|b| b.is_ascii_digit())
            || (digits.contains('.') && fraction.is_empty())
        {
            return None;
        }
        let scale = u8::try_from(fraction.len())
            .ok()
            .filter(|s| *s <= MAX_SCALE)?;
        let mut units: i64 = 0;
        for b in whole.bytes().chain(fraction.bytes()) {
            units = units.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
        }
        let units = i32::try_from(units).ok()?;
        Some(Self {
            units: if negative { -units } else { units },
            scale,
        })
    }

    /// Number of decimal places as written.
    pub const fn scale(self) -> u8 {
        self.scale
    }

    /// `units` at a larger scale, for exact comparison and arithmetic.
    fn units_at(self, scale: u8) -> i128 {
        i128::from(self.units) * 10_i128.pow(u32::from(scale - self.scale))
    }

    /// Rounds to a whole number, halves away from zero (4.5 → 5, 16.3 → 16, 39.8 → 40).
    ///
    /// Why half away from zero: it is what readers expect from "about N out of 100", and it is
    /// the rule our clinical reviewers agreed for icon counts.
    pub fn round_half_away(self) -> i64 {
        let units = i64::from(self.units);
        let divisor = 10_i64.pow(u32::from(self.scale));
        let quotient = units / divisor;
        let remainder = (units % divisor).abs();
        if remainder * 2 >= divisor {
            quotient + units.signum()
        } else {
            quotient
        }
    }

    /// Whether the value is a whole number.
    pub fn is_whole(self) -> bool {
        i64::from(self.units) % 10_i64.pow(u32::from(self.scale)) == 0
    }

    /// Whole part and the fractional remainder in units of `10^-scale`, for apportioning icons.
    pub fn split(self) -> (i64, i64, i64) {
        let units = i64::from(self.units);
        let divisor = 10_i64.pow(u32::from(self.scale));
        (units / divisor, units % divisor, divisor)
    }

    /// The value as a float, for geometry only (never for display or rounding).
    pub fn to_f64(self) -> f64 {
        f64::from(self.units) / 10_f64.powi(i32::from(self.scale))
    }

    /// `self * factor`, exact (for example a percentage scaled to a denominator of 1,000).
    pub fn times_int(self, factor: i32) -> Self {
        Self {
            units: self.units.saturating_mul(factor),
            scale: self.scale,
        }
    }

    /// `self - other`, exact.
    pub fn minus(self, other: Self) -> Self {
        let scale = self.scale.max(other.scale);
        let units = self.units_at(scale) - other.units_at(scale);
        Self {
            units: i32::try_from(units).unwrap_or(i32::MAX),
            scale,
        }
    }

    /// Whether the value is zero or more.
    pub fn is_non_negative(self) -> bool {
        self.units >= 0
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        self.units_at(scale).cmp(&other.units_at(scale))
    }
}

impl fmt::Display for Decimal {
    /// Prints exactly the digits that were written, with integer formatting only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.units < 0 {
            f.write_str("−")?;
        }
        let magnitude = u64::from(self.units.unsigned_abs());
        if self.scale == 0 {
            return write!(f, "{magnitude}");
        }
        let divisor = 10_u64.pow(u32::from(self.scale));
        let whole = magnitude / divisor;
        let mut fraction = magnitude % divisor;
        write!(f, "{whole}.")?;
        // Leading zeros of the fraction, written without width formatting.
        let mut place = divisor / 10;
        while place > 0 {
            let digit = fraction / place;
            write!(f, "{digit}")?;
            fraction %= place;
            place /= 10;
        }
        Ok(())
    }
}

impl From<i64> for Decimal {
    fn from(value: i64) -> Self {
        Self::from_int(value)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(&self.to_plain_string())
        } else {
            (self.units, self.scale).serialize(serializer)
        }
    }
}

impl Decimal {
    /// ASCII form used in TOML/debug output (`-` rather than the typographic minus).
    fn to_plain_string(self) -> String {
        self.to_string().replace('−', "-")
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            // TOML: a number as written by a content editor (or a string holding one).
            deserializer.deserialize_any(HumanDecimal)
        } else {
            // The embedded bundle (postcard): the exact pair.
            let (units, scale) = <(i32, u8)>::deserialize(deserializer)?;
            if scale > MAX_SCALE {
                return Err(de::Error::custom("decimal scale too large"));
            }
            Ok(Self { units, scale })
        }
    }
}

/// Accepts the ways TOML can hold a number.
struct HumanDecimal;

impl Visitor<'_> for HumanDecimal {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number such as 16.3 or 0.691 (at most 6 decimal places)")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from_int(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        i64::try_from(v)
            .map(Decimal::from_int)
            .map_err(|_| E::custom("number too large"))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        // Rust prints the shortest string that reads back as the same float, which is the
        // number the editor typed (16.3 stays "16.3").
        Decimal::parse(&format!("{v}"))
            .ok_or_else(|| E::custom(format!("cannot use {v} as a figure")))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        Decimal::parse(v).ok_or_else(|| E::custom(format!("`{v}` is not a plain decimal number")))
    }
}

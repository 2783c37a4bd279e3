//! An exact decimal number for clinical figures.
//!
//! Figures are written in the TOML as ordinary numbers (`16.3`, `0.691`, `5`). They are kept as
//! an integer plus a count of decimal places, so that a figure prints exactly as the paper printed
//! it ("0.691", not "0.69100001"), rounding to icons is exact (4.5 out of 100 is exactly half), and
//! the app ships no floating-point formatting code. This file is shared with `build.rs`.

use std::cmp::Ordering;
use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};

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
    pub const fn from_int(value: i32) -> Self {
        Self {
            units: value,
            scale: 0,
        }
    }

    /// A count (a denominator, a number of women): whole, and at most `i32::MAX` (no figure is
    /// anywhere near it; a larger count would be capped, not wrapped).
    pub const fn from_count(count: u32) -> Self {
        Self {
            units: if count > i32::MAX as u32 {
                i32::MAX
            } else {
                count as i32
            },
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

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // TOML: a number as written by a content editor (or a string holding one).
        deserializer.deserialize_any(HumanDecimal)
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
        i32::try_from(v)
            .map(Decimal::from_int)
            .map_err(|_| E::custom(format!("{v} is too large for a figure")))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        i32::try_from(v)
            .map(Decimal::from_int)
            .map_err(|_| E::custom(format!("{v} is too large for a figure")))
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

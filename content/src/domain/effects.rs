//! Anticipated absolute effects from a hazard ratio, the way GRADE summary-of-findings tables work
//! them out: the proportion alive (or free of the event) in the treated group is the comparison
//! group's proportion raised to the power of the hazard ratio, `S_treated = S_control ^ HR`, and
//! the interval comes from the ratio's interval. It assumes proportional hazards; the app says
//! so, and labels every such number as worked out, not reported.
//!
//! The content checks recompute every worked-out arm with these functions (so a number in the
//! data cannot drift from the formula); nothing here formats a float.

use crate::{Decimal, schema::Counts};

/// A worked-out arm: the estimate and the interval, per the denominator, to one decimal place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anticipated {
    /// The estimate.
    pub estimate: Decimal,
    /// The interval's lower end.
    pub low: Decimal,
    /// The interval's upper end.
    pub high: Decimal,
}

/// A proportion (0 to 1) per `denominator`, rounded half away from zero to one decimal place.
fn per(proportion: f64, denominator: u32) -> Decimal {
    let tenths = (proportion.clamp(0.0, 1.0) * f64::from(denominator) * 10.0).round();
    // Within 0 ..= 10 × denominator, so it fits.
    Decimal::from_parts(tenths as i32, 1)
}

/// The treated group's figure per `denominator`, from the comparison group's figure (`control`
/// out of `denominator`, counting survivors or events) and a hazard ratio.
pub fn treated(
    control: Decimal,
    denominator: u32,
    counts: Counts,
    hazard_ratio: Decimal,
) -> Decimal {
    per(
        treated_proportion(control, denominator, counts, hazard_ratio),
        denominator,
    )
}

fn treated_proportion(
    control: Decimal,
    denominator: u32,
    counts: Counts,
    hazard_ratio: Decimal,
) -> f64 {
    let share = (control.to_f64() / f64::from(denominator)).clamp(0.0, 1.0);
    let hr = hazard_ratio.to_f64().max(0.0);
    match counts {
        Counts::Survivors => share.powf(hr),
        Counts::Events => 1.0 - (1.0 - share).powf(hr),
    }
}

/// The treated group's figure and interval, from the comparison group's figure and a hazard
/// ratio with its interval (`ratio_low` to `ratio_high`). A higher ratio means fewer survivors
/// (more events), so the ends of the interval swap for survivors.
pub fn anticipated(
    control: Decimal,
    denominator: u32,
    counts: Counts,
    ratio: Decimal,
    ratio_low: Decimal,
    ratio_high: Decimal,
) -> Anticipated {
    let at = |hr| treated(control, denominator, counts, hr);
    let (low, high) = match counts {
        Counts::Survivors => (at(ratio_high), at(ratio_low)),
        Counts::Events => (at(ratio_low), at(ratio_high)),
    };
    Anticipated {
        estimate: at(ratio),
        low,
        high,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap()
    }

    #[test]
    fn reproduces_the_cochrane_summary_of_findings_table() {
        // Cochrane 2018, overall survival at 2 years: 511 per 1,000 died with systemic treatment;
        // HR 0.83 (0.53 to 1.31); the table prints 448 (318 to 608) per 1,000 with surgery.
        let died = anticipated(
            d("511"),
            1000,
            Counts::Events,
            d("0.83"),
            d("0.53"),
            d("1.31"),
        );
        assert_eq!(died.estimate, d("447.8"));
        assert_eq!(died.high, d("608.3"));
        // The table's lower end (318) comes from an unrounded ratio; ours is within 3 in 1,000.
        assert!((died.low.to_f64() - 318.0).abs() < 3.0, "{:?}", died.low);
        // The same numbers counted as survivors.
        let alive = anticipated(
            d("48.9"),
            100,
            Counts::Survivors,
            d("0.83"),
            d("0.53"),
            d("1.31"),
        );
        assert_eq!(alive.estimate, d("55.2"));
        assert_eq!((alive.low, alive.high), (d("39.2"), d("68.4")));
    }

    #[test]
    fn a_ratio_of_one_changes_nothing_and_the_ends_are_fixed_points() {
        for counts in [Counts::Survivors, Counts::Events] {
            assert_eq!(treated(d("43.0"), 100, counts, d("1")), d("43.0"));
            assert_eq!(treated(d("0"), 100, counts, d("0.7")), d("0"));
            assert_eq!(treated(d("100"), 100, counts, d("1.4")), d("100"));
        }
    }
}

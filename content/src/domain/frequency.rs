//! Natural frequencies: from reported figures to whole icons that add up exactly.

use crate::Decimal;

/// Splits `total` whole icons between categories in proportion to `shares` (which should add up to
/// `total`), so that the counts add up to exactly `total` and each count is within one of its
/// exact share (largest-remainder method).
///
/// Ties in the remainders go to the earlier category. Callers list the affected category first, so
/// a single share of 4.5 out of 100 shows as 5 icons, as "round half up" would.
pub fn apportion(shares: &[Decimal], total: u32) -> Vec<u32> {
    if shares.is_empty() {
        return Vec::new();
    }
    // Work at the largest scale so that every remainder is an exact integer.
    let mut floors: Vec<i64> = Vec::with_capacity(shares.len());
    let mut remainders: Vec<(i128, usize)> = Vec::with_capacity(shares.len());
    let scale = shares.iter().map(|s| s.scale()).max().unwrap_or(0);
    let unit = 10_i128.pow(u32::from(scale));
    for (index, share) in shares.iter().enumerate() {
        let (whole, fraction, divisor) = share.max(&Decimal::from_int(0)).split();
        floors.push(whole);
        // fraction / divisor expressed at `scale`.
        let remainder = i128::from(fraction) * (unit / i128::from(divisor));
        remainders.push((remainder, index));
    }
    let assigned: i64 = floors.iter().sum();
    let mut left = i64::from(total) - assigned;
    // Largest remainder first; the stable sort keeps earlier categories first on ties.
    remainders.sort_by_key(|r| std::cmp::Reverse(r.0));
    let mut counts: Vec<i64> = floors;
    let mut cursor = 0;
    while left > 0 && !remainders.is_empty() {
        let (_, index) = remainders[cursor % remainders.len()];
        counts[index] += 1;
        left -= 1;
        cursor += 1;
    }
    // Shares that add up to more than the total (bad input) are trimmed from the end. (Every
    // count is at least 0 and they add up to total − left, so the excess is always there to take.)
    for count in counts.iter_mut().rev() {
        if left >= 0 {
            break;
        }
        let take = (*count).min(-left);
        *count -= take;
        left += take;
    }
    counts
        .into_iter()
        .map(|c| u32::try_from(c.max(0)).unwrap_or(0))
        .collect()
}

/// Icons for one arm: how many are affected, and the uncertainty band if there is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArmIcons {
    /// Icons drawn as affected (the best estimate).
    pub affected: u32,
    /// The confidence band in whole icons, `(low, high)` inclusive counts, if reported.
    pub band: Option<(u32, u32)>,
    /// Icons in the whole array.
    pub denominator: u32,
}

impl ArmIcons {
    /// Rounds a reported figure (events per `denominator`) to icons.
    pub fn from_events(
        events: Decimal,
        band: Option<(Decimal, Decimal)>,
        denominator: u32,
    ) -> Self {
        let affected = count_of(events, denominator);
        let band =
            band.map(|(low, high)| (count_of(low, denominator), count_of(high, denominator)));
        Self {
            affected,
            band,
            denominator,
        }
    }

    /// Icons not affected.
    pub fn unaffected(self) -> u32 {
        self.denominator - self.affected
    }
}

/// The whole icons for a share of `denominator`, via [`apportion`] so it agrees with the
/// complement ("16 had it, 84 did not" always adds up).
pub fn count_of(events: Decimal, denominator: u32) -> u32 {
    let rest = Decimal::from_count(denominator).minus(events);
    apportion(&[events, rest], denominator)
        .first()
        .copied()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap()
    }

    #[test]
    fn rounds_single_shares_half_up() {
        assert_eq!(count_of(d("16.3"), 100), 16);
        assert_eq!(count_of(d("39.8"), 100), 40);
        assert_eq!(count_of(d("4.5"), 100), 5);
        assert_eq!(count_of(d("8.4"), 100), 8);
        assert_eq!(count_of(d("0"), 100), 0);
        assert_eq!(count_of(d("100"), 100), 100);
        assert_eq!(count_of(d("2.4"), 1000), 2);
    }

    #[test]
    fn several_categories_add_up() {
        let counts = apportion(&[d("33.3"), d("33.3"), d("33.4")], 100);
        assert_eq!(counts.iter().sum::<u32>(), 100);
        assert_eq!(counts, vec![33, 33, 34]);
    }
}

//! Icon-array layout: which icon is drawn how, in a fixed reading order.
//!
//! Affected icons come first, as one contiguous block filled row by row from the top left (the
//! order a person reads, and the order a screen reader would list them), because grouped icons
//! are judged more accurately than scattered ones. The uncertainty band is the run of icons from
//! the lower to the upper limit of the interval, so it straddles the edge of the affected block.

use super::frequency::ArmIcons;

/// How one icon is drawn. Shape and fill differ, never colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Icon {
    /// Drawn filled (the event happened to this person, on the best estimate).
    pub affected: bool,
    /// Drawn with a dashed ring: inside the confidence band.
    pub in_band: bool,
}

/// Grid geometry for a denominator: 10 columns for 100, 40 for 1,000 (so it fits a tablet).
pub fn columns(denominator: u32) -> u32 {
    if denominator > 100 { 40 } else { 10 }
}

/// The icons of one arm, in reading order.
pub fn layout(arm: ArmIcons) -> Vec<Icon> {
    let (band_low, band_high) = arm.band.unwrap_or((arm.affected, arm.affected));
    (0..arm.denominator)
        .map(|index| Icon {
            affected: index < arm.affected,
            // Icons numbered 1..=n: the band covers icons band_low+1 ..= band_high.
            in_band: arm.band.is_some() && index >= band_low && index < band_high,
        })
        .collect()
}

/// Counts by kind, for the legend and for tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Filled icons.
    pub affected: u32,
    /// Empty icons.
    pub unaffected: u32,
    /// Icons with the dashed band ring.
    pub in_band: u32,
}

/// Counts the icons of a layout.
pub fn tally(icons: &[Icon]) -> Tally {
    icons.iter().fold(Tally::default(), |mut t, icon| {
        if icon.affected {
            t.affected += 1;
        } else {
            t.unaffected += 1;
        }
        if icon.in_band {
            t.in_band += 1;
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affected_block_comes_first() {
        let icons = layout(ArmIcons {
            affected: 3,
            band: None,
            denominator: 10,
        });
        let filled: Vec<bool> = icons.iter().map(|i| i.affected).collect();
        assert_eq!(
            filled,
            [
                true, true, true, false, false, false, false, false, false, false
            ]
        );
        assert!(icons.iter().all(|i| !i.in_band));
    }

    #[test]
    fn band_spans_low_to_high() {
        let icons = layout(ArmIcons {
            affected: 19,
            band: Some((13, 28)),
            denominator: 100,
        });
        let t = tally(&icons);
        assert_eq!((t.affected, t.unaffected, t.in_band), (19, 81, 15));
        assert!(!icons[12].in_band && icons[13].in_band && icons[27].in_band && !icons[28].in_band);
    }
}

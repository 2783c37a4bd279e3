//! The values exercise's two answer scales: how much each item matters to her, and which way she
//! is leaning. `values.toml` labels each position, in order, so the content checks hold the number
//! of labels to the number of positions here; the app stores her answers as these (the session's
//! stored form keeps each position's number, see the app's `domain::session`).

use serde::{Deserialize, Serialize};

/// How much something matters to her, in the order of `values.toml`'s `rating_labels`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rating {
    /// Not important.
    NotImportant,
    /// A little important.
    ALittle,
    /// Important.
    Important,
    /// Very important.
    Very,
}

impl Rating {
    /// Every rating, least important first (the order of the labels).
    pub const ALL: [Self; 4] = [
        Self::NotImportant,
        Self::ALittle,
        Self::Important,
        Self::Very,
    ];

    /// Position in [`Rating::ALL`] (and in `rating_labels`).
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Where she puts herself on the leaning scale, in the order of `values.toml`'s
/// `leaning_labels`: from "medicines now, breast later if needed" to "treat the breast now".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Leaning {
    /// Medicines now, breast later if needed.
    MedicinesNow,
    /// Leaning towards medicines now.
    TowardsMedicines,
    /// Not sure yet.
    Unsure,
    /// Leaning towards treating the breast now.
    TowardsBreast,
    /// Treat the breast now.
    BreastNow,
}

impl Leaning {
    /// Every position, from one end of the scale to the other.
    pub const ALL: [Self; 5] = [
        Self::MedicinesNow,
        Self::TowardsMedicines,
        Self::Unsure,
        Self::TowardsBreast,
        Self::BreastNow,
    ];

    /// Position in [`Leaning::ALL`] (and in `leaning_labels`).
    pub fn index(self) -> usize {
        self as usize
    }
}

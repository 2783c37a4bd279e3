//! The content checks and the baker: build-time and test-time tooling, never in the app (the
//! crate's `checks` feature, which the app's build script and its native tests turn on).
//!
//! `load` reads the TOML, `validate` checks structure and references, `lint` checks how the
//! content reads (over the prose walk in `texts`, with `readability`), and `bake` writes the
//! checked bundle as Rust source for the app. The app's `build.rs` runs them before every build,
//! and `tests/content.rs` runs them with broken fixtures.

pub mod bake;
pub mod balance;
pub mod history;
pub mod language;
pub mod lint;
pub mod load;
pub mod readability;
pub mod readability_es;
pub mod reading;
pub mod texts;
pub mod validate;

/// Every folder the checks read: a build that bakes the content re-runs when one changes.
pub const INPUTS: [&str; 2] = [load::DATA_DIR, history::HISTORY_DIR];

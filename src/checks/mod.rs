//! The content checks and the baker: build-time and test-time tooling, never in the app.
//!
//! `load` reads the TOML, `validate` checks structure and references, `lint` checks how the
//! content reads (over the prose walk in `texts`, with `readability`), and `bake` writes the
//! checked bundle as Rust source for the app. `build.rs` runs them before every build (it mounts
//! this folder with `#[path]`), and `tests/content.rs` runs them with broken fixtures. Compiled
//! natively only: the app ships none of it.

pub mod bake;
pub mod balance;
pub mod history;
pub mod lint;
pub mod load;
pub mod readability;
pub mod reading;
pub mod texts;
pub mod validate;

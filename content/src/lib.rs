//! The decision aid's clinical content: the TOML data (`data/`), its schema, the rules the app and
//! the checks share, and (with the `checks` feature) the checks and the baker.
//!
//! The app's build script depends on this crate with `checks`: it loads the data, checks it
//! and bakes it into Rust source that the app compiles in (`checks::bake`). The app depends on it
//! without `checks`, for the schema the baked bundle is made of; so the wasm holds no parser and
//! no check. The crate knows nothing of the app: it names no yew, no browser API and no module of
//! the app (`tests/architecture.rs` holds it to that).
//!
//! # Rooms, bottom floor first
//!
//! Each room may name only the rooms listed after it (`tests/architecture.rs` reads this table, as
//! it reads the app's in the app's `src/lib.rs`):
//!
//! | room | holds | may name |
//! | --- | --- | --- |
//! | `decimal` | exact decimals, as the sources print them | |
//! | `deferred` | the texts file the wasm loads after the first screen | |
//! | `markup` | glossary markup in prose | |
//! | `schema` | every record, its reflection and its references | decimal, deferred, markup |
//! | `domain` | the rules the app and the checks share: icons, worked-out arms, certainty words, answer scales | decimal, schema |
//! | `checks` | the loader, the checks and the baker (feature `checks`, never in the app) | decimal, deferred, markup, schema, domain |

#[cfg(feature = "checks")]
pub mod checks;
pub mod decimal;
pub mod deferred;
pub mod domain;
pub mod markup;
pub mod schema;

pub use decimal::Decimal;

//! Domain logic in plain Rust: no yew, web_sys, gloo or wasm_bindgen (checked by
//! `tests/architecture.rs`). Everything that can be stated without a browser lives here and is
//! tested with native `cargo test`.

// The rules the content checks apply too live with the content, so that the checks run the app's
// own rules; the app names them here as before.
pub use lta_content::domain::{certainty, effects, frequency};
pub mod field_test;
pub mod icon_array;
pub mod ids;
pub mod knowledge;
pub mod measures;
pub mod pairs;
pub mod persist;
pub mod phrasing;
pub mod qr;
pub mod record_note;
pub mod session;
pub mod settings;
pub mod situation;
pub mod step;
pub mod summary;
pub mod sure;
pub mod tailoring;
pub mod values;
pub mod voice;

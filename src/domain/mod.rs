//! Domain logic in plain Rust: no yew, web_sys, gloo or wasm_bindgen (checked by
//! `tests/architecture.rs`). Everything that can be stated without a browser lives here and is
//! tested with native `cargo test`.

pub mod certainty;
pub mod effects;
pub mod frequency;
pub mod icon_array;
pub mod ids;
pub mod knowledge;
pub mod pairs;
pub mod persist;
pub mod phrasing;
pub mod qr;
pub mod session;
pub mod settings;
pub mod situation;
pub mod step;
pub mod summary;
pub mod sure;
pub mod tailoring;
pub mod values;
pub mod voice;

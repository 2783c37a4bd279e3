//! Domain logic in plain Rust: no yew, web_sys, gloo or wasm_bindgen (checked by
//! `tests/architecture.rs`). Everything that can be stated without a browser lives here and is
//! tested with native `cargo test`.

pub mod frequency;
pub mod icon_array;
pub mod persist;
pub mod phrasing;
pub mod readability;
pub mod session;
pub mod step;

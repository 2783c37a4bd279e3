//! Local Therapy Decision Aid: an offline counselling aid for women with breast cancer that has
//! spread at diagnosis (de novo stage IV), on whether to add surgery or radiotherapy to the breast.
//!
//! # Rooms, bottom floor first
//!
//! Each room may name only the rooms listed after it (`tests/architecture.rs` reads this table and
//! fails on any other import, naming the file and line):
//!
//! | room | holds | may name |
//! | --- | --- | --- |
//! | `content` | the schema and the bundle compiled into the app | |
//! | `domain` | plain-Rust logic: rounding, sentences, session, settings, tailoring, summary | content |
//! | `checks` | content checks and the baker (build and tests only, never in the app) | content, domain |
//! | `platform` | the only code that touches browser APIs | content, domain |
//! | `route` | the screens and their addresses | content, domain |
//! | `state` | the session and settings behind providers, and their hooks | content, domain, platform |
//! | `components` | shared view pieces | content, domain, platform, route, state |
//! | `pages` | one file per screen | content, domain, platform, route, state, components |
//! | `app` | the providers, the router, the frame and the page switch | content, domain, platform, route, state, components, pages |

pub mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod checks;
pub mod components;
pub mod content;
pub mod domain;
pub mod pages;
pub mod platform;
pub mod route;
pub mod state;

pub use app::App;

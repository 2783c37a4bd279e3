//! Local Therapy Decision Aid: an offline counselling aid for women with breast cancer that has
//! spread at diagnosis (de novo stage IV), on whether to add surgery or radiotherapy to the breast.
//!
//! # Rooms, bottom floor first
//!
//! Under them all is the content crate (`content/`, `lta-content`): the data, the schema, the
//! rules the checks share with the app, and the checks. Any room may use it; it uses none of them
//! (it cannot: it does not depend on the app, and `tests/architecture.rs` holds its own rooms to
//! the table in `content/src/lib.rs`).
//!
//! Each room may name only the rooms listed after it (`tests/architecture.rs` reads this table and
//! fails on any other import, naming the file and line):
//!
//! | room | holds | may name |
//! | --- | --- | --- |
//! | `content` | the bundle compiled into the app, over the content crate's schema | |
//! | `domain` | plain-Rust logic: rounding, sentences, session, settings, tailoring, summary | content |
//! | `platform` | the only code that touches browser APIs | content, domain |
//! | `route` | the screens and their addresses | content, domain |
//! | `state` | the session and settings behind providers, and their hooks | content, domain, platform |
//! | `components` | shared view pieces | content, domain, platform, route, state |
//! | `pages` | one file per screen | content, domain, platform, route, state, components |
//! | `app` | the providers, the router, the frame and the page switch | content, domain, platform, route, state, components, pages |

pub mod app;
pub mod components;
pub mod content;
pub mod domain;
pub mod pages;
pub mod platform;
pub mod route;
pub mod state;

pub use app::App;
/// The content checks, the loader and the baker, from the content crate (`lta-content`, whose
/// `checks` feature the native build turns on): for the tests and the native tools, never in the
/// wasm.
#[cfg(not(target_arch = "wasm32"))]
pub use lta_content::checks;

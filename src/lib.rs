//! Local Therapy Decision Aid: an offline counselling aid for women with breast cancer that has
//! spread at diagnosis (de novo stage IV), on whether to add surgery or radiotherapy to the breast.
//!
//! Layout: `content` (clinical data and its checks), `domain` (plain-Rust logic), `state` and
//! `hooks` (the session reducer behind a provider), `components` and `pages` (thin views),
//! `platform` (the only code that touches browser APIs), `route` and `app` (the shell).

pub mod app;
pub mod components;
pub mod content;
pub mod domain;
pub mod hooks;
pub mod pages;
pub mod platform;
pub mod route;
pub mod state;
pub mod testing;

pub use app::App;

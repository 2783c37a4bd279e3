//! Shared view pieces. Most are pure: they take `&'static` content and small values as props.

pub mod citation;
pub mod figure_view;
pub mod glossary_term;
pub mod icon_array;
pub mod rich_text;
pub mod shell;
pub mod step_nav;
pub mod sure_form;
pub mod switches;
pub mod ui;

//! Shared view pieces used by more than one page. Most are plain functions of `&'static` content
//! and small values; the few with hooks are components.

pub mod bias_picture;
pub mod changes;
pub mod citation;
pub mod disclosure;
pub mod edition;
pub mod field_test;
pub mod figure_view;
pub mod glossary_term;
pub mod icon_array;
pub mod link;
pub mod option_grid;
pub mod qr_code;
pub mod read_aloud;
pub mod record_note;
pub mod rich_text;
pub mod step_nav;
pub mod study_edition;
pub mod summary_pieces;
pub mod sure_form;
pub mod switches;
pub mod ui;

//! Shared helpers for the native tests: the content as parsed from the TOML (with the loader the
//! build uses), a scratch copy of the data for broken-fixture tests, and server-side rendering of
//! one figure or one whole screen; in `checks`, the helpers of the content-check tests.
#![allow(dead_code)]

pub mod checks;

use std::path::{Path, PathBuf};

use futures::executor::block_on;
use local_therapy_aid::app::{AppAt, AppAtProps};
pub use local_therapy_aid::checks::load;
use local_therapy_aid::components::figure_view::figure_view;
pub use local_therapy_aid::content::schema;
use local_therapy_aid::domain::session::{Format, View};
use local_therapy_aid::route::Route;
use yew::LocalServerRenderer;
use yew::prelude::*;

/// The real content data directory.
pub fn data_dir() -> PathBuf {
    PathBuf::from(local_therapy_aid::checks::load::DATA_DIR)
}

/// The bundle parsed straight from the TOML files.
pub fn bundle_from_toml() -> schema::Bundle {
    match load::load_dir(&data_dir()) {
        Ok(bundle) => bundle,
        Err(errors) => panic!(
            "the content does not parse:\n{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// A fresh copy of the data directory in the target folder, for tests that break it on purpose.
pub fn scratch_copy(name: &str) -> PathBuf {
    let to = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&to);
    copy_dir(&data_dir(), &to);
    to
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create scratch dir");
    for entry in std::fs::read_dir(from).expect("read data dir") {
        let entry = entry.expect("dir entry");
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("copy data file");
        }
    }
}

#[derive(Properties, PartialEq)]
struct FigureHostProps {
    id: &'static str,
    view: View,
    format: Format,
}

/// Renders one figure, as a page would.
#[component]
fn FigureHost(props: &FigureHostProps) -> Html {
    let figure = local_therapy_aid::content::figure(props.id)
        .unwrap_or_else(|| panic!("no figure {}", props.id));
    figure_view(figure, props.view, props.format)
}

/// The HTML of one figure in a view and format.
pub fn figure_html(id: &'static str, view: View, format: Format) -> String {
    block_on(
        LocalServerRenderer::<FigureHost>::with_props(FigureHostProps { id, view, format })
            .render(),
    )
}

/// The HTML of a whole screen, with the frame, in a view.
pub fn page_html(route: Route, view: View) -> String {
    block_on(LocalServerRenderer::<AppAt>::with_props(AppAtProps { route, view }).render())
}

//! Shared helpers for the native tests: the TOML loader (the same file build.rs uses), the data
//! directory, a scratch copy of the data for broken-fixture tests, and server-side rendering.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub use local_therapy_aid::content::schema;

#[path = "../../src/content/load.rs"]
pub mod load;

/// The real content data directory.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/data")
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

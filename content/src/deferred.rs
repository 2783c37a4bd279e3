//! Words the first screen does not need, loaded after it: the texts file.
//!
//! The clinician view's prose, the details of figures and trials, quoted sources and the
//! knowledge check (the string types marked `later` in `schema::text`) are most of the content's
//! bytes and none of the first screen's. In the wasm, `build.rs` leaves them out of the binary
//! and writes them, in order, into one plain text file (`texts-<fingerprint>.txt`, same origin,
//! precached by the service worker, inlined in the single-file edition); a record then holds the
//! index of its text. The app loads the file after the first paint (`platform::texts`) and
//! installs it here, once, after checking that it is the file this build was made with: its
//! fingerprint and its number of texts must match. Until then a text reads as [`LOADING`]; if it
//! cannot load, as [`NOT_LOADED`] (and the frame says why). Native builds (the tests, the
//! pre-render) keep every word in the binary, so there is nothing to load.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

/// Between two texts in the file (the content checks refuse it inside a text).
pub const SEPARATOR: char = '\u{1e}';

/// What a text reads as until the file is in.
pub const LOADING: &str = "Loading…";

/// What a text reads as when the file could not load (the frame explains).
pub const NOT_LOADED: &str = "Not loaded on this device yet.";

/// The texts file this build was made with (written by `build.rs`).
#[derive(Debug, PartialEq, Eq)]
pub struct Manifest {
    /// Its file name, next to index.html (`texts-<fingerprint>.txt`); empty when there is none.
    pub file: &'static str,
    /// How many texts it holds.
    pub count: u32,
    /// [`fingerprint`] of the whole file.
    pub fingerprint: u64,
}

/// Whether the texts are there to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    /// On their way: texts read as [`LOADING`].
    Loading,
    /// Every text can be read.
    Ready,
    /// The file could not load (offline before it was saved, or a file of another build): texts
    /// read as [`NOT_LOADED`].
    Failed,
}

/// What a text reads as until the file is in, and when it could not load, in the edition's
/// language (English, [`LOADING`] and [`NOT_LOADED`], until [`set_notes`]).
static NOTES: OnceLock<(&'static str, &'static str)> = OnceLock::new();

/// Sets what a text reads as until the file is in, and when it could not load (a translated
/// edition's words; once, at start).
pub fn set_notes(loading: &'static str, not_loaded: &'static str) {
    let _ = NOTES.set((loading, not_loaded));
}

/// What a text reads as until the file is in.
pub fn loading() -> &'static str {
    NOTES.get().map_or(LOADING, |notes| notes.0)
}

/// What a text reads as when the file could not load.
pub fn not_loaded() -> &'static str {
    NOTES.get().map_or(NOT_LOADED, |notes| notes.1)
}

/// The installed texts, in file order.
static TEXTS: OnceLock<Vec<&'static str>> = OnceLock::new();
/// Set when the file could not load.
static FAILED: AtomicBool = AtomicBool::new(false);

/// FNV-1a (64 bits) of the file: enough to tell this build's file from another's (it guards
/// against a stale or mixed-up file, not against an attacker, who could change the wasm too).
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The texts of a file, if it is the one `manifest` describes; otherwise what is wrong with it.
pub fn split<'a>(manifest: &Manifest, file: &'a str) -> Result<Vec<&'a str>, String> {
    if fingerprint(file) != manifest.fingerprint {
        return Err(format!(
            "the texts file is not the one this build was made with (fingerprint {:016x}, expected {:016x})",
            fingerprint(file),
            manifest.fingerprint
        ));
    }
    let texts: Vec<&str> = file.split(SEPARATOR).collect();
    if texts.len() != manifest.count as usize {
        return Err(format!(
            "the texts file holds {} texts, expected {}",
            texts.len(),
            manifest.count
        ));
    }
    Ok(texts)
}

/// Installs the texts file (once: a second install changes nothing). Refuses a file that is not
/// the one `manifest` describes, and then counts as failed.
pub fn install(manifest: &Manifest, file: &'static str) -> Result<(), String> {
    match split(manifest, file) {
        Ok(texts) => {
            let _ = TEXTS.set(texts);
            Ok(())
        }
        Err(problem) => {
            fail();
            Err(problem)
        }
    }
}

/// Records that the file could not load.
pub fn fail() {
    FAILED.store(true, Ordering::Relaxed);
}

/// Whether the texts can be read (a build with no texts file is always ready).
pub fn readiness(manifest: &Manifest) -> Readiness {
    if manifest.count == 0 || TEXTS.get().is_some() {
        Readiness::Ready
    } else if FAILED.load(Ordering::Relaxed) {
        Readiness::Failed
    } else {
        Readiness::Loading
    }
}

/// The text at `index`: [`LOADING`] until the file is in, [`NOT_LOADED`] if it failed.
pub fn text(index: u32) -> &'static str {
    match TEXTS.get().and_then(|texts| texts.get(index as usize)) {
        Some(text) => text,
        None if FAILED.load(Ordering::Relaxed) => not_loaded(),
        None => loading(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest_of(file: &str, count: u32) -> Manifest {
        Manifest {
            file: "texts.txt",
            count,
            fingerprint: fingerprint(file),
        }
    }

    #[test]
    fn the_fingerprint_is_fnv_1a() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fingerprint("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn the_file_of_this_build_splits_into_its_texts() {
        let file = "one\u{1e}two, with\nlines\u{1e}";
        assert_eq!(
            split(&manifest_of(file, 3), file),
            Ok(vec!["one", "two, with\nlines", ""])
        );
    }

    #[test]
    fn a_file_of_another_build_or_count_is_refused() {
        let file = "one\u{1e}two";
        let other = manifest_of("one\u{1e}tw0", 2);
        assert!(split(&other, file).unwrap_err().contains("not the one"));
        assert!(
            split(&manifest_of(file, 3), file)
                .unwrap_err()
                .contains("holds 2 texts, expected 3")
        );
    }

    /// The only test that installs into the store (it is global: once per page, once per process).
    #[test]
    fn texts_read_as_loading_then_as_not_loaded_then_as_installed() {
        let file = "first\u{1e}second";
        let manifest = manifest_of(file, 2);
        assert_eq!(readiness(&manifest), Readiness::Loading);
        assert_eq!(text(1), LOADING);
        // A file of another build is refused, and the texts then say they did not load.
        assert!(install(&manifest, "first\u{1e}other").is_err());
        assert_eq!(readiness(&manifest), Readiness::Failed);
        assert_eq!(text(1), NOT_LOADED);
        assert_eq!(install(&manifest, file), Ok(()));
        assert_eq!(readiness(&manifest), Readiness::Ready);
        assert_eq!((text(0), text(1)), ("first", "second"));
    }

    #[test]
    fn a_build_with_no_texts_file_is_ready() {
        let none = Manifest {
            file: "",
            count: 0,
            fingerprint: fingerprint(""),
        };
        assert_eq!(readiness(&none), Readiness::Ready);
    }
}

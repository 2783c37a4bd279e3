//! Files of the repository and of a build: reading and writing them with messages that name the
//! file, listing a build, and the content hashes in built file names.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The repository's root (the app's package), whatever folder the command runs in.
pub fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// A text file's contents.
pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// A file's bytes.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Writes a file, replacing it.
pub fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Every file of the site in `dir` (in its sub-folders too, hidden files included), as paths
/// relative to it with `/` between folders, sorted. A sub-folder with a page of its own
/// (`index.html`) is another site, with its own service worker and precache list (the study
/// edition in `study/`), so its files are not this site's.
pub fn relative_files(dir: &Path) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    collect(dir, "", &mut found)?;
    found.sort();
    Ok(found)
}

fn collect(dir: &Path, prefix: &str, found: &mut Vec<String>) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = entry
            .file_type()
            .map_err(|e| format!("cannot read {}: {e}", entry.path().display()))?;
        if kind.is_dir() && entry.path().join("index.html").is_file() {
            continue;
        } else if kind.is_dir() {
            collect(&entry.path(), &format!("{prefix}{name}/"), found)?;
        } else if kind.is_file() {
            found.push(format!("{prefix}{name}"));
        }
    }
    Ok(())
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The first 16 hexadecimal digits of the SHA-256 of `bytes`: the hash in a built file's name.
pub fn hash16(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))[..16].to_owned()
}

/// The SHA-256 of `bytes`.
pub fn sha256(bytes: &[u8]) -> Vec<u8> {
    Sha256::digest(bytes).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_in_a_sub_folder_is_not_part_of_the_site_around_it() {
        let dir = std::env::temp_dir().join(format!("lta-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for file in [
            "index.html",
            "a.js",
            "icons/i.png",
            "study/index.html",
            "study/b.js",
        ] {
            let path = dir.join(file);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("folder");
            std::fs::write(&path, "x").expect("file");
        }
        let files = relative_files(&dir).expect("listed");
        std::fs::remove_dir_all(&dir).expect("removed");
        assert_eq!(files, ["a.js", "icons/i.png", "index.html"]);
    }
}

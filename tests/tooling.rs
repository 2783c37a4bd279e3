//! Tooling test (native): the pinned tool versions are written once, in `scripts/versions.env`,
//! and every other file that must name them says the same.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

use std::collections::BTreeMap;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn versions() -> BTreeMap<String, String> {
    read("scripts/versions.env")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (name, value) = line.split_once('=').unwrap();
            (name.to_owned(), value.to_owned())
        })
        .collect()
}

fn says(file: &str, expected: &str) {
    assert!(
        read(file).contains(expected),
        "{file} must say `{expected}` (the version in scripts/versions.env): change one to match the other"
    );
}

#[test]
fn every_pin_agrees_with_the_versions_file() {
    let v = versions();
    let get = |name: &str| {
        v.get(name)
            .unwrap_or_else(|| panic!("scripts/versions.env has no {name}"))
            .as_str()
    };
    let rust = get("RUST_VERSION");
    says("rust-toolchain.toml", &format!("channel = \"{rust}\""));
    let minor = rust.rsplit_once('.').unwrap().0;
    says(
        ".github/workflows/pages.yml",
        &format!("image: rust:{minor}-bookworm"),
    );
    let wasm_bindgen = get("WASM_BINDGEN_VERSION");
    says("Cargo.toml", &format!("wasm-bindgen = \"={wasm_bindgen}\""));
    says("Trunk.toml", &format!("wasm_bindgen = \"{wasm_bindgen}\""));
    says(
        "Cargo.lock",
        &format!("name = \"wasm-bindgen\"\nversion = \"{wasm_bindgen}\""),
    );
    let binaryen = get("BINARYEN_VERSION");
    says("Trunk.toml", &format!("wasm_opt = \"version_{binaryen}\""));
    says(
        "web-tests/package.json",
        &format!("\"binaryen\": \"{binaryen}.0.0\""),
    );
    says(
        "web-tests/package.json",
        &format!("\"@playwright/test\": \"{}\"", get("PLAYWRIGHT_VERSION")),
    );
    says(
        "web-tests/package.json",
        &format!(
            "\"@axe-core/playwright\": \"{}\"",
            get("AXE_PLAYWRIGHT_VERSION")
        ),
    );
    says(
        "web-tests/package.json",
        &format!("\"lighthouse\": \"{}\"", get("LIGHTHOUSE_VERSION")),
    );
    // The README's toolchain table.
    for (tool, name) in [
        ("rust", "RUST_VERSION"),
        ("trunk", "TRUNK_VERSION"),
        ("wasm-bindgen-cli", "WASM_BINDGEN_VERSION"),
    ] {
        says("README.md", &format!("| {tool} | {} |", get(name)));
    }
    says("README.md", &format!("| wasm-opt | binaryen {binaryen} |"));
    says(
        "README.md",
        &format!("| cargo-mutants | {} |", get("CARGO_MUTANTS_VERSION")),
    );
    // The mutation script reads the pin rather than repeating it.
    says("scripts/mutants.sh", ". scripts/versions.env");
    // The scripts read the file rather than repeating it.
    says("scripts/setup.sh", ". scripts/versions.env");
    says(".github/workflows/pages.yml", "scripts/versions.env");
    for file in ["scripts/setup.sh", ".github/workflows/pages.yml"] {
        assert!(
            !read(file).contains(get("TRUNK_VERSION")),
            "{file} writes the trunk version itself: read it from scripts/versions.env"
        );
    }
}

//! Tooling test (native): the pinned tool versions are written once, in `scripts/versions.env`,
//! and every other file that must name them says the same; the README, the About screen and the
//! start-up guard name the same browsers; and the build and the tests need no Python.
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
    // The other engines' drivers and the standards checkers, from npm.
    for (package, name) in [
        ("puppeteer-core", "PUPPETEER_CORE_VERSION"),
        ("accessibility-checker-engine", "IBM_ACE_VERSION"),
        ("vnu-jar", "VNU_JAR_VERSION"),
        ("acorn", "ACORN_VERSION"),
    ] {
        says(
            "web-tests/package.json",
            &format!("\"{package}\": \"{}\"", get(name)),
        );
        says("README.md", &format!("| {package} | {} |", get(name)));
    }
    // Debian's engines for the walks in WebKit and Firefox.
    for (package, name) in [
        ("firefox-esr", "FIREFOX_ESR_VERSION"),
        ("webkit2gtk-driver", "WEBKIT2GTK_DRIVER_VERSION"),
    ] {
        says("README.md", &format!("| {package} | {} |", get(name)));
    }
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

/// The words of `text` between the heading `## {title}` and the next `## ` heading.
fn section<'a>(text: &'a str, title: &str) -> &'a str {
    let start = text
        .find(&format!("\n## {title}\n"))
        .unwrap_or_else(|| panic!("README.md has no `## {title}` section"));
    let rest = &text[start + 4..];
    rest.find("\n## ").map_or(rest, |end| &rest[..end])
}

/// The names `web/guard.js` checks: its checks (`['name', function`) and its tiny WebAssembly
/// modules (`'name': [`).
fn guard_checks() -> Vec<String> {
    let guard = read("web/guard.js");
    let mut names = Vec::new();
    for line in guard.lines().map(str::trim) {
        let name = if let Some(rest) = line.strip_prefix("['") {
            rest.split_once("', function").map(|(name, _)| name)
        } else if let Some(rest) = line.strip_prefix('\'') {
            rest.split_once("': [").map(|(name, _)| name)
        } else {
            None
        };
        names.extend(name.map(str::to_owned));
    }
    names
}

#[test]
fn the_readme_the_about_screen_and_the_guard_name_the_same_browsers_and_checks() {
    let support = &local_therapy_aid::content::bundle().meta.support;
    let readme = read("README.md");
    let supported = section(&readme, "Supported browsers");
    // Each browser the aid names to patients, with its oldest version, is a row of the table.
    for browser in support.browsers.iter() {
        let row = supported
            .lines()
            .find(|line| line.starts_with(&format!("| {}", browser.name)))
            .unwrap_or_else(|| {
                panic!(
                    "README.md `## Supported browsers` has no row for {} (bundle.toml [support]): add one",
                    browser.name
                )
            });
        assert!(
            row.contains(&format!("| {} |", browser.minimum)),
            "README.md says another oldest version of {} than bundle.toml ({}): make them agree\n{row}",
            browser.name,
            browser.minimum
        );
    }
    // The guard checks exactly what bundle.toml lists, and the README explains each.
    let mut in_guard = guard_checks();
    let mut listed: Vec<String> = support
        .guard_checks
        .iter()
        .map(|n| n.as_str().to_owned())
        .collect();
    in_guard.sort();
    listed.sort();
    assert_eq!(
        in_guard, listed,
        "web/guard.js checks other things than bundle.toml's support.guard_checks lists: make them agree"
    );
    for name in &listed {
        assert!(
            supported.contains(&format!("| `{name}` |")),
            "README.md `## Supported browsers` does not explain the guard's check `{name}`: add a row"
        );
    }
    let rows = supported
        .lines()
        .filter(|line| line.starts_with("| `"))
        .count();
    assert_eq!(
        rows,
        listed.len(),
        "README.md explains checks the guard does not make: remove them, or add them to web/guard.js"
    );
}

/// The files under `dir` (one level), as paths from the repository root.
fn files_in(dir: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .map(|path| format!("{dir}/{}", path.file_name().unwrap().to_string_lossy()))
        .collect();
    files.sort();
    files
}

/// Python is needed only by the benchmark (its wasm breakdown and its uncompressed server): the
/// build, the tests, CI and the run command use Rust (xtask), bash and Node, and the browser tests'
/// static server is `web-tests/serve.mjs`. So a fresh machine needs no Python to build or test.
/// (`web-tests/serve.mjs` is not read: its comments compare it with Python's server.)
#[test]
fn the_build_and_the_tests_run_without_python() {
    let benchmark_only = ["scripts/bench.sh", "scripts/wasm_sizes.py"];
    let scripts = files_in("scripts");
    let python_files: Vec<&String> = scripts.iter().filter(|f| f.ends_with(".py")).collect();
    assert_eq!(
        python_files,
        ["scripts/wasm_sizes.py"],
        "only the benchmark may have a Python script: write build and test steps in xtask or Node"
    );
    let mut files: Vec<String> = scripts
        .into_iter()
        .filter(|file| !benchmark_only.contains(&file.as_str()))
        .collect();
    for dir in [
        "web-tests/tests",
        "web-tests/engines",
        "web-tests/standards",
    ] {
        files.extend(files_in(dir));
    }
    files.extend(
        [
            ".ci/run",
            ".github/workflows/pages.yml",
            "web-tests/playwright.config.js",
            "web-tests/run-command-check.mjs",
            "web-tests/package.json",
            "Trunk.toml",
            "build.rs",
        ]
        .map(str::to_owned),
    );
    let mentions: Vec<String> = files
        .iter()
        .flat_map(|file| {
            read(file)
                .lines()
                .enumerate()
                .filter(|(_, line)| line.to_ascii_lowercase().contains("python"))
                .map(|(number, line)| format!("{file}:{}: {}", number + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        mentions.is_empty(),
        "the build and test path must not need Python (serve files with web-tests/serve.mjs, \
         rewrite them in xtask):\n{}",
        mentions.join("\n")
    );
}

//! Architecture test (native): domain and content code stays plain Rust, and browser APIs are
//! used only in platform/ (so everything else can be tested without a browser).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

use std::path::Path;

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

fn check(dir: &str, forbidden: &[&str], why: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = rust_files(&root.join(dir));
    assert!(!files.is_empty(), "no Rust files in {dir}");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in forbidden {
                assert!(
                    !code.contains(word),
                    "{}:{} uses `{word}`: {why}",
                    file.strip_prefix(root).unwrap().display(),
                    number + 1
                );
            }
        }
    }
}

#[test]
fn domain_and_content_are_plain_rust() {
    let ui = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];
    check(
        "src/domain",
        &ui,
        "domain logic must be plain Rust, testable natively (move browser code to src/platform)",
    );
    check(
        "src/content",
        &ui,
        "content must be plain Rust, shared with build.rs",
    );
}

#[test]
fn browser_apis_only_in_platform() {
    let browser = ["web_sys::", "gloo::", "js_sys::", "wasm_bindgen::"];
    for dir in ["src/components", "src/pages", "src/state", "src/hooks"] {
        check(
            dir,
            &browser,
            "browser APIs belong in src/platform, behind a small function",
        );
    }
}

#[test]
fn no_raw_html_anywhere() {
    check(
        "src",
        &["set_inner_html", "inner_html", "Html::from_html_unchecked"],
        "content is structured data; never inject HTML",
    );
}

#[test]
fn the_panic_hook_is_installed_through_yew() {
    // Yew's renderer replaces any panic hook set with `std::panic::set_hook` by its own console
    // logger when the app starts: the failure screen (which clears the session) would never show.
    check(
        "src",
        &["std::panic::set_hook", "panic::set_hook("],
        "install the panic hook with yew::set_custom_panic_hook (see platform/panic.rs)",
    );
}

//! Architecture test (native): every room of `src/` names only the rooms below it, as the table
//! in `src/lib.rs` says, and so does every room of the content crate (`content/src/lib.rs`); the
//! content crate does not depend on the app; plain-Rust rooms and the content crate use no UI or
//! browser crate; browser APIs only in `platform/`; no raw HTML; the panic hook goes through Yew.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_owned()];
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The app's code.
fn app_src() -> PathBuf {
    root().join("src")
}

/// The content crate's code.
fn content_src() -> PathBuf {
    root().join("content/src")
}

/// The app's rooms and what each may name, read from the table in `src/lib.rs` (the one place the
/// order is written).
fn rooms() -> BTreeMap<String, Vec<String>> {
    let rooms = rooms_of(&app_src());
    assert!(
        rooms.len() >= 8,
        "the rooms table in src/lib.rs was not found"
    );
    rooms
}

/// The content crate's rooms, read from the table in `content/src/lib.rs`.
fn content_rooms() -> BTreeMap<String, Vec<String>> {
    let rooms = rooms_of(&content_src());
    assert!(
        rooms.len() >= 5,
        "the rooms table in content/src/lib.rs was not found"
    );
    rooms
}

/// The rooms table in the `lib.rs` of a crate's `src`.
fn rooms_of(src: &Path) -> BTreeMap<String, Vec<String>> {
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let mut rooms = BTreeMap::new();
    for line in lib.lines() {
        let Some(row) = line.strip_prefix("//! | `") else {
            continue;
        };
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let name = cells[0].trim_end_matches('`').to_owned();
        let may_name = cells[2]
            .split(',')
            .map(|room| room.trim().to_owned())
            .filter(|room| !room.is_empty())
            .collect();
        rooms.insert(name, may_name);
    }
    rooms
}

/// Where an app room's code is: `src/<room>/` or `src/<room>.rs`.
fn room_path(room: &str) -> PathBuf {
    room_path_in(&app_src(), room)
}

/// Where a room's code is in a crate's `src`: `<room>/` (with `<room>.rs` beside it, if any) or
/// `<room>.rs`.
fn room_files(src: &Path, room: &str) -> Vec<PathBuf> {
    let mut files = rust_files(&room_path_in(src, room));
    let beside = src.join(format!("{room}.rs"));
    if src.join(room).is_dir() && beside.is_file() {
        files.push(beside);
    }
    files
}

fn room_path_in(src: &Path, room: &str) -> PathBuf {
    let dir = src.join(room);
    if dir.is_dir() {
        dir
    } else {
        src.join(format!("{room}.rs"))
    }
}

/// Code of each line, without comments and string contents (so a doc example or a message that
/// mentions a room does not count).
fn code_lines(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let code = line.split("//").next().unwrap_or("");
            let mut out = String::new();
            let mut in_string = false;
            for c in code.chars() {
                if c == '"' {
                    in_string = !in_string;
                } else if !in_string {
                    out.push(c);
                }
            }
            (i + 1, out)
        })
        .collect()
}

/// The rooms a line of code names: `crate::pages::…` and `use crate::{pages, state::…}`.
fn rooms_named(code: &str, rooms: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut named = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let group = match rest.strip_prefix('{') {
            Some(inside) => inside.split('}').next().unwrap_or(""),
            None => rest,
        };
        for part in group.split(',') {
            let name: String = part
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if rooms.contains_key(&name) {
                named.push(name);
            }
        }
    }
    named
}

/// Every import that runs against the table: "file:line names `room`, which is above `own`".
fn backward_imports(rooms: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    backward_imports_in(&app_src(), rooms)
}

/// The same for the rooms of a crate's `src`, with the table of its `lib.rs`.
fn backward_imports_in(src: &Path, rooms: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut found = Vec::new();
    for (room, may_name) in rooms {
        for file in room_files(src, room) {
            let text = std::fs::read_to_string(&file).unwrap();
            for (number, code) in code_lines(&text) {
                if code.contains("super::super::") {
                    found.push(format!(
                        "{}:{number} reaches out of its room with `super::super`: name the room by its path",
                        file.strip_prefix(root()).unwrap().display()
                    ));
                }
                for named in rooms_named(&code, rooms) {
                    if named != *room && !may_name.contains(&named) {
                        found.push(format!(
                            "{}:{number} names `{named}`, which room `{room}` may not use ({}: it may name {}). \
                             Move the code to the room it belongs in, or pass what it needs in from above",
                            file.strip_prefix(root()).unwrap().display(),
                            src.join("lib.rs").strip_prefix(root()).unwrap().display(),
                            if may_name.is_empty() { "nothing".to_owned() } else { may_name.join(", ") }
                        ));
                    }
                }
            }
        }
    }
    found
}

/// The modules a crate's `lib.rs` declares are all in its rooms table: no room is left out of the
/// order.
fn every_module_is_a_room(src: &Path, rooms: &BTreeMap<String, Vec<String>>) {
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    for line in lib.lines() {
        if let Some(module) = line
            .trim()
            .trim_start_matches("pub ")
            .strip_prefix("mod ")
            .and_then(|m| m.strip_suffix(';'))
        {
            assert!(
                rooms.contains_key(module),
                "{}/lib.rs declares `{module}` but its rooms table does not list it: add a row saying what it may name",
                src.strip_prefix(root()).unwrap().display()
            );
        }
    }
}

#[test]
fn every_room_names_only_the_rooms_below_it() {
    let rooms = rooms();
    every_module_is_a_room(&app_src(), &rooms);
    let found = backward_imports(&rooms);
    assert!(
        found.is_empty(),
        "imports against the layer order:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_room_of_the_content_crate_names_only_the_rooms_below_it() {
    let rooms = content_rooms();
    every_module_is_a_room(&content_src(), &rooms);
    let found = backward_imports_in(&content_src(), &rooms);
    assert!(
        found.is_empty(),
        "imports against the layer order of the content crate:\n{}",
        found.join("\n")
    );
    // The check sees the crate's rooms: the checks sit above the schema, not below it.
    assert!(rooms["checks"].contains(&"schema".to_owned()));
    assert!(!rooms["schema"].contains(&"checks".to_owned()));
    assert_eq!(rooms_named("use crate::checks::texts;", &rooms), ["checks"]);
}

/// The content crate stands on its own: the app depends on it, never the other way (cargo would
/// refuse the cycle, and a dependency on the app would pull the UI into the build script).
#[test]
fn the_content_crate_does_not_depend_on_the_app() {
    let manifest = std::fs::read_to_string(root().join("content/Cargo.toml")).unwrap();
    for line in manifest.lines() {
        let line = line.split('#').next().unwrap_or("");
        assert!(
            !line.contains("local-therapy-aid") && !line.contains("path = \"..\""),
            "content/Cargo.toml names the app (`{line}`): the content crate may not depend on it"
        );
    }
    check_files(
        &rust_files(&content_src()),
        &["local_therapy_aid"],
        "the content crate may not name the app: move the code into the app, or what it needs into the crate",
    );
    // And the app does depend on it, so these paths are the ones in use.
    let app = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    assert!(app.contains("lta-content = { path = \"content\""));
}

#[test]
fn a_backward_import_is_caught() {
    // The check itself: a line in `domain` naming `pages` must be reported.
    let rooms = rooms();
    assert_eq!(
        rooms_named("use crate::{content::Decimal, pages::start};", &rooms),
        ["content", "pages"]
    );
    assert_eq!(
        rooms_named("let x = crate::pages::main_heading(\"\");", &rooms),
        ["pages"]
    );
    assert!(!rooms["domain"].contains(&"pages".to_owned()));
    assert!(rooms_named("\"crate::pages\"", &rooms).len() == 1);
    let (_, code) = &code_lines("let s = \"crate::pages\"; // crate::app")[0];
    assert!(
        rooms_named(code, &rooms).is_empty(),
        "strings and comments do not count"
    );
}

fn check(room: &str, forbidden: &[&str], why: &str) {
    let files = rust_files(&room_path(room));
    assert!(!files.is_empty(), "no Rust files in {room}");
    check_files(&files, forbidden, why);
}

fn check_files(files: &[PathBuf], forbidden: &[&str], why: &str) {
    assert!(!files.is_empty(), "no Rust files to check");
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        for (number, code) in code_lines(&text) {
            for word in forbidden {
                assert!(
                    !code.contains(word),
                    "{}:{number} uses `{word}`: {why}",
                    file.strip_prefix(root()).unwrap().display(),
                );
            }
        }
    }
}

#[test]
fn domain_content_and_checks_are_plain_rust() {
    let ui = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];
    for room in ["domain", "content"] {
        check(
            room,
            &ui,
            "this room is plain Rust, testable natively and shared with build.rs (move browser code to src/platform, views to components or pages)",
        );
    }
    // The content crate, the checks with it, is built for build.rs too.
    let crate_files = rust_files(&content_src());
    assert!(crate_files.iter().any(|f| f.ends_with("checks.rs")));
    check_files(
        &crate_files,
        &ui,
        "the content crate is plain Rust, shared with build.rs (move browser code to src/platform, views to components or pages)",
    );
}

#[test]
fn browser_apis_only_in_platform() {
    let browser = [
        "web_sys::",
        "gloo::",
        "gloo_timers::",
        "js_sys::",
        "wasm_bindgen::",
        "wasm_bindgen_futures::",
    ];
    for room in rooms().keys().filter(|room| *room != "platform") {
        check(
            room,
            &browser,
            "browser APIs belong in src/platform, behind a small function",
        );
    }
    check_files(
        &rust_files(&content_src()),
        &browser,
        "browser APIs belong in src/platform, behind a small function",
    );
}

#[test]
fn no_raw_html_anywhere() {
    for src in [app_src(), content_src()] {
        check_files(
            &rust_files(&src),
            &["set_inner_html", "inner_html", "Html::from_html_unchecked"],
            "content is structured data; never inject HTML",
        );
    }
}

#[test]
fn the_panic_hook_is_installed_through_yew() {
    // Yew's renderer replaces any panic hook set with `std::panic::set_hook` by its own console
    // logger when the app starts: the failure screen (which clears the session) would never show.
    check(
        "",
        &["std::panic::set_hook", "panic::set_hook("],
        "install the panic hook with yew::set_custom_panic_hook (see platform/panic.rs)",
    );
}

#[test]
fn the_service_worker_and_the_privacy_screen_agree_on_the_cache_name() {
    let worker = std::fs::read_to_string(root().join("web/sw.template.js")).unwrap();
    assert!(
        worker.contains(&format!(
            "const PREFIX = '{}';",
            local_therapy_aid::platform::offline::CACHE_PREFIX
        )),
        "web/sw.template.js must name its caches with platform::offline::CACHE_PREFIX"
    );
}

/// Longest a file of the app's code may grow: past it, a file holds more than one idea,
/// so split it by idea (see `content/src/checks/lint/` and `content/src/checks/validate/`). Test
/// files are lists of cases and are not held to it.
const MOST_LINES: usize = 700;

/// The source files over `MOST_LINES`, with their length.
fn overlong(files: &[PathBuf]) -> Vec<String> {
    files
        .iter()
        .filter_map(|file| {
            let lines = std::fs::read_to_string(file).ok()?.lines().count();
            (lines > MOST_LINES).then(|| {
                format!(
                    "{} has {lines} lines, more than {MOST_LINES}: split it by what its parts do",
                    file.strip_prefix(root()).unwrap_or(file).display()
                )
            })
        })
        .collect()
}

#[test]
fn no_source_file_is_longer_than_the_limit() {
    let mut files = rust_files(&app_src());
    files.extend(rust_files(&content_src()));
    files.push(root().join("build.rs"));
    // The build steps around the app keep to the same limit.
    files.extend(rust_files(&root().join("xtask/src")));
    assert!(files.len() > 50, "only {} files found", files.len());
    assert_eq!(overlong(&files), Vec::<String>::new());
    // And the check sees a long file.
    let long = std::env::temp_dir().join("lta-architecture-long.rs");
    std::fs::write(&long, "//\n".repeat(MOST_LINES + 1)).unwrap();
    let found = overlong(std::slice::from_ref(&long));
    std::fs::remove_file(&long).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("701 lines, more than 700"), "{found:?}");
}

/// Comments say why, in the code's own words: a comment that cites "issue N" points at a tracker
/// the repository does not hold, and says nothing to whoever reads it later.
#[test]
fn no_code_or_test_cites_an_issue_number() {
    let mut found = Vec::new();
    let mut files = Vec::new();
    for dir in [
        "src",
        "content",
        "tests",
        "styles",
        "web",
        "scripts",
        "xtask",
        "web-tests/tests",
        "web-tests/engines",
        "web-tests/standards",
        "web-tests/bench",
    ] {
        files.extend(all_files(&root().join(dir)));
    }
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for (number, line) in text.lines().enumerate() {
            let lower = line.to_ascii_lowercase();
            let cites = lower.match_indices("issue ").any(|(at, word)| {
                lower[at + word.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
            });
            if cites {
                found.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "say why in the comment's own words instead of citing an issue number:\n{}",
        found.join("\n")
    );
}

/// Every file under `path` (fixtures and the like included), skipping build output.
fn all_files(path: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(path) else {
        return files;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !path.ends_with("node_modules") {
                files.extend(all_files(&path));
            }
        } else {
            files.push(path);
        }
    }
    files
}

/// Where a page names another page (`super::summary::…`, `pages::values::…`): each such line,
/// as "file:line: page". Pages share pieces through `components`, and the helpers every page uses
/// through `pages/mod.rs`.
fn pages_naming_pages(pages_dir: &Path) -> Vec<String> {
    let pages: Vec<String> = rust_files(pages_dir)
        .iter()
        .filter_map(|f| f.file_stem().and_then(|s| s.to_str()).map(str::to_owned))
        .filter(|stem| stem != "mod")
        .collect();
    let mut found = Vec::new();
    for file in rust_files(pages_dir) {
        let own = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let text = std::fs::read_to_string(&file).unwrap();
        for (line, code) in code_lines(&text) {
            for page in pages.iter().filter(|p| p.as_str() != own) {
                let named = [
                    format!("super::{page}::"),
                    format!("super::{page};"),
                    format!("super::{{{page}"),
                    format!("pages::{page}::"),
                ];
                if named.iter().any(|n| code.contains(n.as_str())) {
                    let name = file.strip_prefix(root()).unwrap_or(&file).display();
                    found.push(format!("{name}:{line}: {page}"));
                }
            }
        }
    }
    found
}

#[test]
fn no_page_imports_another_page() {
    let found = pages_naming_pages(&app_src().join("pages"));
    assert!(
        found.is_empty(),
        "a page names another page: move what they share into a component (src/components/), \
         or into pages/mod.rs if every page uses it:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_page_naming_another_page_is_caught() {
    let dir = std::env::temp_dir().join(format!("lta-pages-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("summary.rs"), "pub fn rated() {}\n").unwrap();
    std::fs::write(
        dir.join("take_home.rs"),
        "use super::summary::rated;\n// super::summary:: in a comment is not an import\n",
    )
    .unwrap();
    std::fs::write(dir.join("mod.rs"), "pub fn step_header() {}\n").unwrap();
    std::fs::write(dir.join("values.rs"), "use super::step_header;\n").unwrap();
    let found = pages_naming_pages(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].ends_with("take_home.rs:1: summary"), "{found:?}");
}

/// Each `#[component]` function in `files` whose body does not call `use_texts()`, as
/// "file: name". A component whose props do not change is not drawn again when its parent is, so
/// one that showed a word of the texts file (loaded after the first paint) would keep showing
/// "Loading…": every component below the texts provider subscribes, whether or not it shows
/// such words today.
fn components_not_redrawn_by_texts(files: &[PathBuf]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        for part in text.split("#[component]").skip(1) {
            let Some(open) = part.find('{') else { continue };
            let name = part[..open]
                .split("fn ")
                .nth(1)
                .and_then(|s| s.split('(').next())
                .unwrap_or("?")
                .trim()
                .to_owned();
            let mut depth = 0usize;
            let mut end = part.len();
            for (i, c) in part[open..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = open + i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            if !part[open..end].contains("use_texts()") {
                let shown = file.strip_prefix(root()).unwrap_or(file).display();
                found.push(format!("{shown}: {name}"));
            }
        }
    }
    found
}

#[test]
fn every_component_below_the_texts_provider_is_drawn_again_when_the_texts_arrive() {
    let src = app_src();
    let mut files = rust_files(&src.join("components"));
    files.extend(rust_files(&src.join("pages")));
    files.push(src.join("app/shell.rs"));
    let found = components_not_redrawn_by_texts(&files);
    assert!(
        found.is_empty(),
        "these components do not call use_texts(), so they would not be drawn again when the texts \
         file arrives: call it first thing in each:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_component_that_does_not_subscribe_to_the_texts_is_caught() {
    let file = std::env::temp_dir().join(format!("lta-component-{}.rs", std::process::id()));
    std::fs::write(
        &file,
        "#[component]\npub fn Fine() -> Html {\n    use_texts();\n    html! {}\n}\n\
         #[component]\nfn Stale(props: &P) -> Html {\n    if true { html! {} } else { html! {} }\n}\n",
    )
    .unwrap();
    let found = components_not_redrawn_by_texts(std::slice::from_ref(&file));
    std::fs::remove_file(&file).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].ends_with(": Stale"), "{found:?}");
}

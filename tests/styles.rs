//! Styles test (native): every CSS class the app writes has a rule in `styles/`, so no class name
//! in the code is dead weight or a style that was meant and never written.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path, extension));
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
    found
}

/// Class names defined by the stylesheets (every `.name` in a selector).
fn defined() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut names = BTreeSet::new();
    for file in files(&root.join("styles"), "css") {
        let css = std::fs::read_to_string(file).unwrap();
        let mut rest = css.as_str();
        while let Some(at) = rest.find('.') {
            rest = &rest[at + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                names.insert(name);
            }
        }
    }
    names
}

/// Whether a word is shaped like a class name of this app (BEM: block, `__element`, `--modifier`).
fn is_class_shaped(word: &str) -> bool {
    !word.is_empty()
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// The class names a piece of Rust writes: the words of `class="…"` and `classes="…"`
/// attributes, of string literals inside `classes!(…)`, and of any literal shaped like an element
/// or a modifier (`icon-array__person--affected`), which helpers pass on as class names.
fn used_in(code: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let literals = |text: &str| -> Vec<String> {
        text.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    for marker in ["class=\"", "classes=\"", "(\"class\", \""] {
        for (at, _) in code.match_indices(marker) {
            let rest = &code[at + marker.len()..];
            let value = rest.split('"').next().unwrap_or("");
            used.extend(value.split_whitespace().map(str::to_owned));
        }
    }
    for (at, _) in code.match_indices("classes!(") {
        let inside = code[at..].split(')').next().unwrap_or("");
        for literal in literals(inside) {
            used.extend(literal.split_whitespace().map(str::to_owned));
        }
    }
    for literal in literals(code) {
        let words: Vec<&str> = literal.split_whitespace().collect();
        if !words.is_empty()
            && words
                .iter()
                .all(|w| is_class_shaped(w) && (w.contains("__") || w.contains("--")))
        {
            used.extend(words.into_iter().map(str::to_owned));
        }
    }
    used.retain(|name| is_class_shaped(name));
    used
}

#[test]
fn every_class_the_app_writes_has_a_rule() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let defined = defined();
    let mut missing = Vec::new();
    for file in files(&root.join("src"), "rs") {
        let code = std::fs::read_to_string(&file).unwrap();
        for name in used_in(&code) {
            if !defined.contains(&name) {
                missing.push(format!(
                    "{}: class `{name}`",
                    file.strip_prefix(root).unwrap().display()
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "classes written in Rust with no rule in styles/ (add the rule, or remove the class):\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_class_finder_sees_attributes_macros_and_helpers() {
    let code = r#"html! { <p class="a b--c">{ "Some words." }</p> <div class={classes!("d", x.then_some("d--e"))}/> }
        swatch("icon-array__person icon-array__person--affected"); let s = "not a class";"#;
    let used: Vec<String> = used_in(code).into_iter().collect();
    assert_eq!(
        used,
        [
            "a",
            "b--c",
            "d",
            "d--e",
            "icon-array__person",
            "icon-array__person--affected"
        ]
    );
}

/// The build strips comments from the shipped stylesheet (`xtask/src/postbuild.rs`) with a plain
/// pattern, so no stylesheet may hold `/*` or `*/` inside a string, and every comment must end:
/// otherwise the rules after it would vanish from the build.
#[test]
fn comments_can_be_stripped_safely() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in files(&root.join("styles"), "css") {
        let css = std::fs::read_to_string(&file).unwrap();
        let (mut in_comment, mut quote) = (false, None::<char>);
        let chars: Vec<char> = css.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let (c, next) = (chars[i], chars.get(i + 1).copied());
            if in_comment {
                if c == '*' && next == Some('/') {
                    in_comment = false;
                    i += 1;
                }
            } else if let Some(q) = quote {
                assert!(
                    !((c == '/' && next == Some('*')) || (c == '*' && next == Some('/'))),
                    "{}: a string holds `/*` or `*/`: write it another way (the build strips comments)",
                    file.display()
                );
                if c == q {
                    quote = None;
                }
            } else if c == '/' && next == Some('*') {
                in_comment = true;
                i += 1;
            } else if c == '"' || c == '\'' {
                quote = Some(c);
            }
            i += 1;
        }
        assert!(!in_comment, "{}: a comment never ends", file.display());
    }
}

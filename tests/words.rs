//! Every word a person sees is content: no page, component or frame file (nor any other file of
//! the app: its domain, state, routes and platform code) holds an English sentence in a string
//! literal. Screen words live in `content/data/ui.toml` (read through `content::words()`),
//! where the clinician edits them and every prose lint reads them.
//!
//! What counts as a sentence: a literal with a capitalised word ("Keep going") or with two or
//! more plain lower-case words ("doctors and women chose"), slots such as `{id}` aside. CSS
//! classes, ids, attribute values and format patterns with no words pass. The few literals that
//! look like words but are not prose are listed in [`NOT_PROSE`], each with its reason.

use std::fs;
use std::path::{Path, PathBuf};

/// The app's rooms (every room but `content`, whose words are the data, and `checks`, whose
/// messages are for the content's editors).
const APP_ROOMS: [&str; 7] = [
    "src/pages",
    "src/components",
    "src/app",
    "src/route.rs",
    "src/state",
    "src/platform",
    "src/domain",
];

/// Literals that read like words but are not prose a person sees on a screen, and why.
const NOT_PROSE: [(&str, &str); 18] = [
    ("trials stacks", "CSS classes of the trials table"),
    ("grid stacks", "CSS classes of the options grid"),
    ("crispEdges", "an SVG rendering hint of the QR code"),
    ("main details", "a CSS selector"),
    (
        "h1, h2, h3, h4, p, li, dt, dd, th, td, caption, figcaption, legend",
        "a CSS selector",
    ),
    (
        "nav, button:not(.term), a.button, input, select, textarea, summary, label, dialog, svg, .read-aloud, .skip-link, [aria-hidden='true']",
        "a CSS selector",
    ),
    ("noopener noreferrer", "a link's rel attribute"),
    ("speechSynthesis", "a browser API's name"),
    ("checkVisibility", "a browser API's name"),
    ("serviceWorker", "a browser API's name"),
    ("String", "a serde attribute"),
    ("treated = control ^ HR", "a formula"),
    (
        "Local Therapy Decision Aid stopped at {location}",
        "the console's line for whoever debugs a failure",
    ),
    (
        "use_settings() must be called inside <SettingsProvider> (see app/mod.rs)",
        "a programming error's message",
    ),
    (
        "use_settings_notice() must be called inside <SettingsProvider> (see app/mod.rs)",
        "a programming error's message",
    ),
    (
        "use_session() must be called inside <SessionProvider> (see app/mod.rs)",
        "a programming error's message",
    ),
    (
        "use_field_test() must be called inside <FieldTestProvider> (see app/mod.rs)",
        "a programming error's message",
    ),
    (
        "an idle timeout of {} minutes was never offered",
        "the reason stored settings are refused, read by serde, never shown",
    ),
];

/// Every string literal of a Rust source, with its line, outside comments and `#[cfg(test)]`.
fn literals(source: &str) -> Vec<(usize, String)> {
    let source = source.split("#[cfg(test)]").next().unwrap_or("");
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let (mut i, mut line) = (0, 1);
    let at = |i: usize, text: &str| {
        text.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + k) == Some(&c))
    };
    while i < chars.len() {
        let c = chars[i];
        if at(i, "//") {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if at(i, "/*") {
            while i < chars.len() && !at(i, "*/") {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == 'r'
            && matches!(chars.get(i + 1), Some('"' | '#'))
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
        {
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            let open = i + 1 + hashes;
            if chars.get(open) != Some(&'"') {
                i += 1;
                continue;
            }
            let close: String = std::iter::once('"')
                .chain("#".repeat(hashes).chars())
                .collect();
            let mut j = open + 1;
            while j < chars.len() && !at(j, &close) {
                j += 1;
            }
            let text: String = chars[open + 1..j].iter().collect();
            found.push((line, text.clone()));
            line += text.matches('\n').count();
            i = j + close.chars().count();
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{2014}'), or a lifetime ('static), which has no close.
            if chars.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == '"' {
            let mut j = i + 1;
            let mut text = String::new();
            while j < chars.len() && chars[j] != '"' {
                if chars[j] == '\\' {
                    text.push(chars[j]);
                    j += 1;
                }
                text.push(chars[j]);
                j += 1;
            }
            found.push((line, text.clone()));
            line += text.matches('\n').count();
            i = j + 1;
        } else {
            line += usize::from(c == '\n');
            i += 1;
        }
    }
    found
}

/// Whether a literal reads as English words (see the module comment).
fn is_prose(literal: &str) -> bool {
    let mut words = String::new();
    let mut in_slot = false;
    for c in literal.chars() {
        match c {
            '{' => in_slot = true,
            '}' => in_slot = false,
            _ if !in_slot => words.push(c),
            _ => {}
        }
    }
    let capitalised = words
        .chars()
        .zip(words.chars().skip(1))
        .any(|(a, b)| a.is_uppercase() && b.is_lowercase());
    let plain_words = words
        .split_whitespace()
        .filter(|w| {
            let w = w.trim_end_matches(['.', ',', ':', ';', '!', '?']);
            !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase())
        })
        .count();
    capitalised || plain_words >= 2
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            // A module's tests in a file of their own (`#[cfg(test)] mod tests;`) are tests, like
            // the `#[cfg(test)]` part of a file, which `literals` leaves out.
            && path.file_name().is_some_and(|name| name != "tests.rs")
        {
            out.push(path);
        }
    }
}

/// Every English sentence literal in the screen rooms, as "file:line: text".
fn sentences_in(rooms: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for room in rooms {
        rust_files(&root.join(room), &mut files);
    }
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("a source file reads");
        for (line, text) in literals(&source) {
            if is_prose(&text) && !NOT_PROSE.iter().any(|(allowed, _)| *allowed == text) {
                let name = file
                    .strip_prefix(root)
                    .unwrap_or(&file)
                    .display()
                    .to_string();
                found.push(format!("{name}:{line}: {text:?}"));
            }
        }
    }
    found
}

#[test]
fn no_page_component_frame_or_other_app_file_holds_an_english_sentence() {
    let found = sentences_in(&APP_ROOMS);
    assert!(
        found.is_empty(),
        "{} English literal(s) in the app's code: move each into content/data/ui.toml (a field of its \
         screen's section, declared in content/src/schema/screen.rs; a sentence with a part the screen \
         fills is a Template with named slots) and read it with content::words(). If a literal is not \
         prose (a CSS class, an SVG value), add it to NOT_PROSE in tests/words.rs with its reason.\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_sentence_finder_finds_sentences_and_passes_code() {
    let source = r##"
        //! "Doc comments are not literals"
        fn view() -> Html {
            let class = "notice notice--ok";
            let id = format!("source-{}", id);
            let life: &'static str = "x";
            let quote = '"';
            html! { <p class={class}>{ "Keep going" }</p> }
        }
        fn other() { let _ = "doctors and women chose"; let _ = r#"Raw words"#; }
        fn slots() { let _ = "{at} {of}"; let _ = "Step {at} of {of}"; }
        #[cfg(test)]
        mod tests { const T: &str = "Tests may say anything"; }
    "##;
    let prose: Vec<String> = literals(source)
        .into_iter()
        .filter(|(_, text)| is_prose(text))
        .map(|(line, text)| format!("{line}: {text}"))
        .collect();
    assert_eq!(
        prose,
        [
            "8: Keep going",
            "10: doctors and women chose",
            "10: Raw words",
            "11: Step {at} of {of}",
        ]
    );
}

#[test]
fn every_allowed_literal_is_still_there() {
    // An entry that no longer matches anything would let the same words back in unseen.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for room in APP_ROOMS {
        rust_files(&root.join(room), &mut files);
    }
    let all: Vec<String> = files
        .iter()
        .flat_map(|f| literals(&fs::read_to_string(f).expect("a source file reads")))
        .map(|(_, text)| text)
        .collect();
    for (allowed, why) in NOT_PROSE {
        assert!(
            all.iter().any(|t| t == allowed),
            "NOT_PROSE lists {allowed:?} ({why}), which no screen file holds any more: remove it"
        );
    }
}

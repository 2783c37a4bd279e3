//! Compiles the clinical content at build time.
//!
//! Reads the content crate's data (`content/data/**/*.toml`), checks it (validation and the
//! figure-quote lint, as in `tests/content.rs`), and writes it as Rust source for a `static`
//! (`$OUT_DIR/bundle.rs`, see `content/src/checks/bake.rs`), which the app compiles in. So the app
//! ships no parser and no invalid content, and reads its content with no start-up cost: a content
//! mistake stops the build with a message that says how to fix it.
//!
//! The schema and the checks are the content crate's (`lta-content`, a build dependency with its
//! `checks` feature): cargo rebuilds and re-runs this script when the crate's code changes, and
//! the crate names the folders it reads (`checks::INPUTS`), which this script watches.

use std::path::Path;

use lta_content::checks;

fn main() {
    for input in checks::INPUTS {
        println!("cargo::rerun-if-changed={input}");
    }
    let bundle = match checks::load::load_dir(Path::new(checks::load::DATA_DIR)) {
        Ok(bundle) => bundle,
        Err(errors) => fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>()),
    };
    // The bundle's structure, then the figure values against their sources' words (a mistyped
    // number must stop the build, not only fail a test). The other lints run in the tests.
    let mut problems = checks::validate::problems(&bundle);
    problems.extend(checks::lint::values_missing_from_quotes(&bundle));
    // Every figure that changed since the previous version is in the change log.
    match checks::history::read(
        Path::new(checks::history::HISTORY_DIR),
        bundle.changes.previous.as_str(),
    ) {
        Ok(previous) => problems.extend(checks::history::unlogged_changes(&bundle, &previous)),
        Err(problem) => fail(&[problem]),
    }
    if !problems.is_empty() {
        fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>());
    }
    // The wasm leaves the words the first screen does not need to the texts file, loaded after
    // the first paint (content::deferred); native builds (tests, pre-render) keep every word.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    // The edition's language: English, the source, unless LTA_LANGUAGE names a language file
    // (content/data/languages/<code>.toml) to lay over it (scripts/build-language.sh).
    println!("cargo::rerun-if-env-changed=LTA_LANGUAGE");
    let language = std::env::var("LTA_LANGUAGE").unwrap_or_default();
    let build = checks::language::build(&bundle, &language, wasm).unwrap_or_else(|e| fail(&e));
    // Missing and stale translations do not stop a build: the edition shows the English, marked
    // as awaiting review, and says how many (the content tests refuse them).
    if let Some(first) = build.awaiting.first() {
        println!(
            "cargo::warning={} text(s) of languages/{language}.toml await translation or review and are shown in English; the first: {first}",
            build.awaiting.len()
        );
    }
    let (baked, edition, level) = (build.baked, build.edition, build.level);
    let mut source = baked.source;
    source.push_str(&edition);
    // The reading level is measured here, so the app shows it without shipping the measuring
    // code: Flesch-Kincaid grades for English, INFLESZ (Szigriszt-Pazos) for Spanish.
    source.push_str(&format!(
        "/// The reading level of all patient-view text, measured at build time.\npub const READING_GRADE: &str = \"{:.1}\";\n\
         /// The level of the hardest single text (English) or group of texts (other languages).\npub const READING_WORST: &str = \"{:.1}\";\n\
         /// Number of patient-view texts measured.\npub const READING_TEXTS: usize = {};\n",
        level.0, level.1, level.2
    ));
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR is not set".to_owned()]));
    if let Err(e) = std::fs::write(Path::new(&out).join("bundle.rs"), source) {
        fail(&[format!("cannot write the bundle: {e}")]);
    }
    // The texts file, under its own name (the post-build hook, xtask/src/postbuild.rs, bakes the
    // same file into the site and checks the wasm names it) and as texts.txt (the browser tests install it from there; empty natively).
    for name in [baked.texts_file.as_str(), "texts.txt"] {
        if name.is_empty() {
            continue;
        }
        if let Err(e) = std::fs::write(Path::new(&out).join(name), &baked.texts) {
            fail(&[format!("cannot write the texts file {name}: {e}")]);
        }
    }
}

fn fail(problems: &[String]) -> ! {
    eprintln!(
        "\nThe clinical content has {} problem(s); the app was not built:\n",
        problems.len()
    );
    for problem in problems {
        eprintln!("  - {problem}");
    }
    eprintln!(
        "\nEdit the files in content/data/ and build again (see README, \"Editing content\").\n"
    );
    std::process::exit(1);
}

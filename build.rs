//! Compiles the clinical content at build time.
//!
//! Reads `src/content/data/**/*.toml`, checks it (validation and the figure-quote lint, as in
//! `tests/content.rs`), and writes it as Rust source for a `static` (`$OUT_DIR/bundle.rs`, see
//! `src/content/bake.rs`), which the app compiles in. So the app ships no parser and no invalid
//! content, and reads its content with no start-up cost: a content mistake stops the build with a
//! message that says how to fix it.

use std::path::Path;

#[allow(dead_code, missing_docs)]
#[path = "src/content"]
mod content {
    pub mod bake;
    pub mod decimal;
    pub mod lint;
    pub mod load;
    pub mod markup;
    pub mod schema;
    pub mod texts;
    pub mod validate;
    pub use decimal::Decimal;
}

/// The plain-language measurements need the readability and rounding code.
#[allow(dead_code, missing_docs)]
#[path = "src/domain"]
mod domain {
    pub mod frequency;
    pub mod readability;
}

const SHARED: [&str; 10] = [
    "content/bake.rs",
    "content/decimal.rs",
    "content/lint.rs",
    "content/load.rs",
    "content/markup.rs",
    "content/schema.rs",
    "content/texts.rs",
    "content/validate.rs",
    "domain/frequency.rs",
    "domain/readability.rs",
];

fn main() {
    let data = Path::new("src/content/data");
    println!("cargo::rerun-if-changed=src/content/data");
    for file in SHARED {
        println!("cargo::rerun-if-changed=src/{file}");
    }
    for file in content::load::DATA_FILES {
        println!("cargo::rerun-if-changed={}", data.join(file).display());
    }
    for file in content::load::figure_files(data) {
        println!("cargo::rerun-if-changed={}", file.display());
    }

    let bundle = match content::load::load_dir(data) {
        Ok(bundle) => bundle,
        Err(errors) => fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>()),
    };
    // The bundle's structure, then the figure values against their sources' words (a mistyped
    // number must stop the build, not only fail a test). The other lints run in the tests.
    let mut problems = content::validate::problems(&bundle);
    problems.extend(content::lint::values_missing_from_quotes(&bundle));
    if !problems.is_empty() {
        fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>());
    }
    let mut source = content::bake::Baker::bundle(&bundle);
    // The reading level is measured here, so the app shows it without shipping the measuring code.
    let level = content::lint::reading_level(&bundle);
    source.push_str(&format!(
        "/// Flesch-Kincaid grade of all patient-view text, measured at build time.\npub const READING_GRADE: &str = \"{:.1}\";\n\
         /// Highest grade of any single patient-view text.\npub const READING_WORST: &str = \"{:.1}\";\n\
         /// Number of patient-view texts measured.\npub const READING_TEXTS: usize = {};\n",
        level.overall, level.worst, level.texts
    ));
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR is not set".to_owned()]));
    if let Err(e) = std::fs::write(Path::new(&out).join("bundle.rs"), source) {
        fail(&[format!("cannot write the bundle: {e}")]);
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
        "\nEdit the files in src/content/data/ and build again (see README, \"Editing content\").\n"
    );
    std::process::exit(1);
}

//! Compiles the clinical content at build time.
//!
//! Reads `src/content/data/**/*.toml`, checks it (the same checks as `tests/content.rs`), and
//! writes the bundle as compact postcard bytes to `$OUT_DIR/bundle.bin`, which the app embeds.
//! So the app ships neither the TOML parser nor invalid content: a content mistake stops the
//! build with a message that says how to fix it.

use std::path::Path;

#[allow(dead_code, missing_docs)]
#[path = "src/content"]
mod content {
    pub mod decimal;
    pub mod load;
    pub mod markup;
    pub mod schema;
    pub mod validate;
}

fn main() {
    let data = Path::new("src/content/data");
    println!("cargo::rerun-if-changed=src/content/data");
    for file in [
        "decimal.rs",
        "load.rs",
        "markup.rs",
        "schema.rs",
        "validate.rs",
    ] {
        println!("cargo::rerun-if-changed=src/content/{file}");
    }
    for file in content::load::DATA_FILES {
        println!("cargo::rerun-if-changed={}", data.join(file).display());
    }
    for file in content::load::figure_files(data) {
        println!("cargo::rerun-if-changed={}", file.display());
    }

    let bundle = match content::load::load_dir(data) {
        Ok(bundle) => bundle,
        Err(errors) => {
            for error in &errors {
                println!("cargo::warning={}", error.to_string().replace('\n', " "));
            }
            fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>());
        }
    };
    let problems = content::validate::problems(&bundle);
    if !problems.is_empty() {
        fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>());
    }
    let bytes = match postcard::to_allocvec(&bundle) {
        Ok(bytes) => bytes,
        Err(e) => fail(&[format!("cannot encode the bundle: {e}")]),
    };
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR is not set".to_owned()]));
    if let Err(e) = std::fs::write(Path::new(&out).join("bundle.bin"), &bytes) {
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

//! Tells the content crate whether this build lays a language over the English (the
//! `LTA_LANGUAGE` the app's build.rs reads, set by scripts/build-language.sh): only then do
//! templates and event phrases resolve plural choices (`schema::template`), so the English
//! edition's first load carries no code for them. English text never holds one.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(plural_choices)");
    println!("cargo::rerun-if-env-changed=LTA_LANGUAGE");
    let language = std::env::var("LTA_LANGUAGE").unwrap_or_default();
    if !language.is_empty() && language != "en" {
        println!("cargo::rustc-cfg=plural_choices");
    }
}

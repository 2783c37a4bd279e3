//! Clinical content: the schema, its checks, and the bundle embedded in the app.
//!
//! The TOML in `src/content/data/` is compiled by `build.rs` into postcard bytes, which are decoded
//! once, on first use, into [`Bundle`]. Screens read `&'static` records from here; nothing in the
//! app holds a figure of its own.

pub mod decimal;
pub mod lint;
pub mod markup;
pub mod schema;
pub mod texts;
pub mod validate;

use std::sync::LazyLock;

pub use decimal::Decimal;
pub use schema::*;

/// The bundle as compiled by `build.rs` (validated there; the build fails on any problem).
static BUNDLE_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

static BUNDLE: LazyLock<Bundle> = LazyLock::new(|| {
    postcard::from_bytes(BUNDLE_BYTES).expect("build.rs writes a bundle that this schema can read")
});

/// The embedded evidence bundle.
pub fn bundle() -> &'static Bundle {
    &BUNDLE
}

/// Size of the embedded bundle in bytes (reported by the benchmark and the About screen).
pub fn bundle_size() -> usize {
    BUNDLE_BYTES.len()
}

/// A figure by id.
pub fn figure(id: &str) -> Option<&'static Figure> {
    bundle().figures.iter().find(|f| f.id == id)
}

/// A source by id.
pub fn source(id: &str) -> Option<&'static Source> {
    bundle().sources.iter().find(|s| s.id == id)
}

/// A glossary term by id.
pub fn term(id: &str) -> Option<&'static GlossaryTerm> {
    bundle().glossary.iter().find(|t| t.id == id)
}

/// The words of a walk-through step by its route id.
pub fn step_text(id: &str) -> Option<&'static StepText> {
    bundle().steps.iter().find(|s| s.id == id)
}

/// An option by id.
pub fn option(id: &str) -> Option<&'static TreatmentOption> {
    bundle().options.iter().find(|o| o.id == id)
}

/// A study by id.
pub fn study(id: &str) -> Option<&'static Study> {
    bundle().studies.iter().find(|s| s.id == id)
}

/// The panels of an outcome step, in file order.
pub fn panels(step: PanelStep) -> impl Iterator<Item = &'static Panel> {
    bundle().panels.iter().filter(move |p| p.step == step)
}

/// Prose with glossary markup turned into plain words (for aria labels, the printout, readability).
pub fn plain(text: &str) -> String {
    markup::plain(text, |id| term(id).map(|t| t.term.as_str()))
}

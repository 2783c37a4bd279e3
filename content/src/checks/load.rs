//! Reads the TOML data files into a [`Bundle`].
//!
//! Used by `build.rs` (which then validates the bundle and compiles it into the app, see
//! `checks::bake`) and by the native content tests (which also load broken fixtures). It is not
//! compiled into the app, so the app ships no TOML parser. Paths and the file list live here and
//! nowhere else.
//!
//! Files can be read in any order: a reference is read as an id, and every reference is pointed
//! at its target in one pass once every file is read (`schema::resolve`).

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::schema::{
    Bundle, CompareRow, DevelopmentRecord, Figure, GlossaryTerm, GuidanceCard, Guideline,
    KnowledgeItem, Measure, Panel, PromptQuestion, SeedChange, SelectionBias, SituationEvidence,
    SituationForm, Source, StepText, Study, TreatmentOption, resolve,
};

/// The data directory: what content editors edit (see the README, "Editing content").
pub const DATA_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");

/// Every data file the bundle is made of, relative to the data directory. `figures/` holds any
/// number of `*.toml` files, each with `[[figures]]`.
pub const DATA_FILES: &[&str] = &[
    "bundle.toml",
    "sources.toml",
    "studies.toml",
    "options.toml",
    "compare.toml",
    "panels.toml",
    "steps.toml",
    "seed_changes.toml",
    "guidance.toml",
    "situation.toml",
    "glossary.toml",
    "knowledge.toml",
    "values.toml",
    "sure.toml",
    "questions.toml",
    "guidelines.toml",
    "changes.toml",
    "development.toml",
    "measures.toml",
    "ui.toml",
];

/// The folder of figure files inside the data directory.
pub const FIGURES_DIR: &str = "figures";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<Source>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FiguresFile {
    figures: Vec<Figure>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StudiesFile {
    bias: SelectionBias,
    studies: Vec<Study>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionsFile {
    options: Vec<TreatmentOption>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompareFile {
    rows: Vec<CompareRow>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PanelsFile {
    panels: Vec<Panel>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepsFile {
    steps: Vec<StepText>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedChangesFile {
    changes: Vec<SeedChange>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuidanceFile {
    cards: Vec<GuidanceCard>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SituationFile {
    form: SituationForm,
    evidence: Vec<SituationEvidence>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    terms: Vec<GlossaryTerm>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KnowledgeFile {
    items: Vec<KnowledgeItem>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    questions: Vec<PromptQuestion>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuidelinesFile {
    guidelines: Vec<Guideline>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DevelopmentFile {
    records: Vec<DevelopmentRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasuresFile {
    measures: Vec<Measure>,
}

/// A file that could not be read or parsed, with the parser's message (which names the line and
/// the field) and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file.
    pub file: PathBuf,
    /// What went wrong and how to fix it.
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

/// The text of one data file, or why it cannot be read.
fn read(dir: &Path, name: &str) -> Result<String, LoadError> {
    let file = dir.join(name);
    fs::read_to_string(&file).map_err(|e| LoadError {
        message: format!("cannot read the file ({e}). Every file in DATA_FILES must exist."),
        file,
    })
}

/// Parses one data file, named as in [`DATA_FILES`] (or `figures/<name>.toml`), into its place in
/// `bundle`. Each file fills its own fields (figure files add to the figures), so the files can
/// be parsed in any order.
fn place(bundle: &mut Bundle, name: &str, text: &str) -> Result<(), toml::de::Error> {
    fn parse<T: DeserializeOwned>(text: &str) -> Result<T, toml::de::Error> {
        toml::from_str(text)
    }
    match name {
        "bundle.toml" => bundle.meta = parse(text)?,
        "sources.toml" => bundle.sources = parse::<SourcesFile>(text)?.sources.into(),
        "studies.toml" => {
            let file: StudiesFile = parse(text)?;
            bundle.bias = file.bias;
            bundle.studies = file.studies.into();
        }
        "options.toml" => bundle.options = parse::<OptionsFile>(text)?.options.into(),
        "compare.toml" => bundle.compare = parse::<CompareFile>(text)?.rows.into(),
        "panels.toml" => bundle.panels = parse::<PanelsFile>(text)?.panels.into(),
        "steps.toml" => bundle.steps = parse::<StepsFile>(text)?.steps.into(),
        "seed_changes.toml" => {
            bundle.seed_changes = parse::<SeedChangesFile>(text)?.changes.into();
        }
        "guidance.toml" => bundle.guidance = parse::<GuidanceFile>(text)?.cards.into(),
        "situation.toml" => {
            let file: SituationFile = parse(text)?;
            bundle.situation_form = file.form;
            bundle.situation_evidence = file.evidence.into();
        }
        "glossary.toml" => bundle.glossary = parse::<GlossaryFile>(text)?.terms.into(),
        "knowledge.toml" => bundle.knowledge = parse::<KnowledgeFile>(text)?.items.into(),
        "values.toml" => bundle.values = parse(text)?,
        "sure.toml" => bundle.sure = parse(text)?,
        "questions.toml" => bundle.questions = parse::<QuestionsFile>(text)?.questions.into(),
        "guidelines.toml" => {
            bundle.guidelines = parse::<GuidelinesFile>(text)?.guidelines.into();
        }
        "changes.toml" => bundle.changes = parse(text)?,
        "development.toml" => {
            bundle.development = parse::<DevelopmentFile>(text)?.records.into();
        }
        "measures.toml" => bundle.measures = parse::<MeasuresFile>(text)?.measures.into(),
        "ui.toml" => bundle.ui = parse(text)?,
        figures if figures.starts_with(FIGURES_DIR) => {
            let file: FiguresFile = parse(text)?;
            bundle.figures = bundle.figures.edited(|all| all.extend(file.figures));
        }
        other => {
            return Err(serde::de::Error::custom(format!(
                "no place in the bundle for `{other}`: add it to `place` in content/src/checks/load.rs"
            )));
        }
    }
    Ok(())
}

/// The figure files in `dir/figures`, sorted by name so the bundle is reproducible.
pub fn figure_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir.join(FIGURES_DIR))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Loads every data file in `dir` into one bundle, or returns every file that failed.
pub fn load_dir(dir: &Path) -> Result<Bundle, Vec<LoadError>> {
    let figures = figure_files(dir);
    let mut errors = Vec::new();
    if figures.is_empty() {
        errors.push(LoadError {
            file: dir.join(FIGURES_DIR),
            message:
                "no figure files found: add at least one figures/*.toml with [[figures]] records"
                    .into(),
        });
    }
    let names = DATA_FILES
        .iter()
        .map(|name| (*name).to_owned())
        .chain(figures.iter().map(|file| {
            format!(
                "{FIGURES_DIR}/{}",
                file.file_name().and_then(|n| n.to_str()).unwrap_or("")
            )
        }));
    load_files(dir, names, errors)
}

/// Loads the named files of `dir` in the order given, then resolves the bundle's references; or
/// returns every file that failed, after the `errors` found before.
fn load_files(
    dir: &Path,
    names: impl IntoIterator<Item = String>,
    mut errors: Vec<LoadError>,
) -> Result<Bundle, Vec<LoadError>> {
    let mut bundle = Bundle::default();
    for name in names {
        let parsed = read(dir, &name).and_then(|text| {
            place(&mut bundle, &name, &text).map_err(|e| LoadError {
                message: format!(
                    "{e}\nFix the TOML at the line shown. An \"unknown field\" is usually a typo: the \
                     allowed fields are documented in content/src/schema.rs and, one file per data file, in content/src/schema/."
                ),
                file: dir.join(&name),
            })
        });
        if let Err(error) = parsed {
            errors.push(error);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    resolve(&mut bundle);
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{FigureRef, SourceRef};

    /// The figure and source references of the records that cite, from records of another kind
    /// (a reference between two figures reaches the figure as read: see `schema::resolve`).
    fn references(bundle: &Bundle) -> (Vec<FigureRef>, Vec<SourceRef>) {
        let mut figures = Vec::new();
        let mut sources: Vec<SourceRef> = Vec::new();
        for figure in &bundle.figures {
            sources.extend(figure.sources.iter());
        }
        for study in &bundle.studies {
            figures.extend(study.figures.iter().chain(study.size_figure.iter()));
            sources.extend(study.sources.iter());
        }
        for step in &bundle.steps {
            figures.extend(step.figures.iter().chain(step.key_figure.iter()));
            sources.extend(step.sources.iter());
        }
        for panel in &bundle.panels {
            figures.extend(panel.figures.iter());
            sources.extend(panel.sources.iter());
        }
        for item in &bundle.knowledge {
            figures.extend(item.figures.iter());
            sources.extend(item.sources.iter());
        }
        figures.extend(bundle.meta.background_figures.iter());
        (figures, sources)
    }

    /// Asserts that every reference reaches the record of its id in the bundle's own list (and
    /// that a reference between two figures reaches a figure of its id).
    fn every_reference_is_resolved(bundle: &Bundle) {
        for figure in &bundle.figures {
            if let Some(derivation) = figure.derivation {
                let ratio = derivation.ratio.get().expect("a hazard ratio is resolved");
                assert_eq!(ratio.id, derivation.ratio.id());
            }
        }
        let (figures, sources) = references(bundle);
        assert!(
            figures.len() > 50 && sources.len() > 50,
            "too few references: {} figures, {} sources",
            figures.len(),
            sources.len()
        );
        for reference in figures {
            let target = reference.get().expect("every figure reference is resolved");
            assert_eq!(target.id, reference.id());
            assert!(bundle.figures.iter().any(|f| std::ptr::eq(f, target)));
        }
        for reference in sources {
            let target = reference.get().expect("every source reference is resolved");
            assert_eq!(target.id, reference.id());
            assert!(bundle.sources.iter().any(|s| std::ptr::eq(s, target)));
        }
    }

    #[test]
    fn the_data_loads_with_every_reference_resolved() {
        let bundle = load_dir(Path::new(DATA_DIR)).expect("the data loads");
        every_reference_is_resolved(&bundle);
    }

    #[test]
    fn the_files_can_be_read_in_any_order() {
        let dir = Path::new(DATA_DIR);
        let as_listed = load_dir(dir).expect("the data loads");
        // The figures first and the sources they cite last, the bundle's own file at the very end:
        // an order in which no reference could find its target while it was parsed.
        let names: Vec<String> = figure_files(dir)
            .iter()
            .map(|file| {
                format!(
                    "{FIGURES_DIR}/{}",
                    file.file_name().and_then(|n| n.to_str()).unwrap_or("")
                )
            })
            .chain(DATA_FILES.iter().rev().map(|name| (*name).to_owned()))
            .collect();
        assert_eq!(names.last().map(String::as_str), Some("bundle.toml"));
        let reversed = load_files(dir, names, Vec::new()).expect("the data loads");
        assert!(reversed == as_listed, "the same bundle, whatever the order");
        every_reference_is_resolved(&reversed);
    }

    #[test]
    fn a_file_with_no_place_in_the_bundle_is_an_error_that_says_where_to_add_it() {
        let mut bundle = Bundle::default();
        let error = place(&mut bundle, "notes.toml", "").expect_err("no place for it");
        assert!(error.to_string().contains("add it to `place`"), "{error}");
    }
}

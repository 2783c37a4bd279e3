//! Reads the TOML data files into a [`Bundle`].
//!
//! Used by `build.rs` (which then validates the bundle and compiles it into the app, see
//! `checks::bake`) and by the native content tests (which also load broken fixtures). It is not
//! compiled into the app, so the app ships no TOML parser. Paths and the file list live here and
//! nowhere else.
//!
//! Files are read in an order that lets references find their targets as they are parsed:
//! sources first, then the figures (which cite sources), then everything that cites either.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::content::schema::{
    Bundle, ChangeLog, CompareRow, Figure, GlossaryTerm, GuidanceCard, Guideline, KnowledgeItem,
    List, Meta, Panel, PromptQuestion, Screens, SeedChange, SelectionBias, SituationEvidence,
    SituationForm, Source, StepText, Study, Sure, TreatmentOption, Values, loading,
};

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

fn read<T: DeserializeOwned>(dir: &Path, name: &str, errors: &mut Vec<LoadError>) -> Option<T> {
    let file = dir.join(name);
    let text = match fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) => {
            errors.push(LoadError {
                message: format!(
                    "cannot read the file ({e}). Every file in DATA_FILES must exist."
                ),
                file,
            });
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            errors.push(LoadError {
                message: format!(
                    "{e}\nFix the TOML at the line shown. An \"unknown field\" is usually a typo: the \
                     allowed fields are documented in src/content/schema.rs and, one file per data file, in src/content/schema/."
                ),
                file,
            });
            None
        }
    }
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
    let mut errors = Vec::new();
    // Sources first, then figures: references find their targets while they are read.
    let sources: List<Source> = read::<SourcesFile>(dir, "sources.toml", &mut errors)
        .map(|file| file.sources.into())
        .unwrap_or_default();
    loading::set_sources(sources.0);
    let mut figures = Vec::new();
    let files = figure_files(dir);
    if files.is_empty() {
        errors.push(LoadError {
            file: dir.join(FIGURES_DIR),
            message:
                "no figure files found: add at least one figures/*.toml with [[figures]] records"
                    .into(),
        });
    }
    for file in files {
        let name = format!(
            "{FIGURES_DIR}/{}",
            file.file_name().and_then(|n| n.to_str()).unwrap_or("")
        );
        if let Some(part) = read::<FiguresFile>(dir, &name, &mut errors) {
            figures.extend(part.figures);
        }
    }
    let figures: List<Figure> = figures.into();
    loading::set_figures(figures.0);

    let meta: Option<Meta> = read(dir, "bundle.toml", &mut errors);
    let studies: Option<StudiesFile> = read(dir, "studies.toml", &mut errors);
    let options: Option<OptionsFile> = read(dir, "options.toml", &mut errors);
    let compare: Option<CompareFile> = read(dir, "compare.toml", &mut errors);
    let panels: Option<PanelsFile> = read(dir, "panels.toml", &mut errors);
    let steps: Option<StepsFile> = read(dir, "steps.toml", &mut errors);
    let seed: Option<SeedChangesFile> = read(dir, "seed_changes.toml", &mut errors);
    let guidance: Option<GuidanceFile> = read(dir, "guidance.toml", &mut errors);
    let situation: Option<SituationFile> = read(dir, "situation.toml", &mut errors);
    let glossary: Option<GlossaryFile> = read(dir, "glossary.toml", &mut errors);
    let knowledge: Option<KnowledgeFile> = read(dir, "knowledge.toml", &mut errors);
    let values: Option<Values> = read(dir, "values.toml", &mut errors);
    let sure: Option<Sure> = read(dir, "sure.toml", &mut errors);
    let questions: Option<QuestionsFile> = read(dir, "questions.toml", &mut errors);
    let guidelines: Option<GuidelinesFile> = read(dir, "guidelines.toml", &mut errors);
    let changes: Option<ChangeLog> = read(dir, "changes.toml", &mut errors);
    let ui: Option<Screens> = read(dir, "ui.toml", &mut errors);
    // References read from now on (tests edit bundles by id) find nothing.
    loading::set_sources(&[]);
    loading::set_figures(&[]);

    match (
        meta, studies, options, compare, panels, steps, seed, guidance, situation, glossary,
        knowledge, values, sure, questions, guidelines, changes, ui,
    ) {
        (
            Some(meta),
            Some(studies),
            Some(options),
            Some(compare),
            Some(panels),
            Some(steps),
            Some(seed),
            Some(guidance),
            Some(situation),
            Some(glossary),
            Some(knowledge),
            Some(values),
            Some(sure),
            Some(questions),
            Some(guidelines),
            Some(changes),
            Some(ui),
        ) if errors.is_empty() => Ok(Bundle {
            meta,
            sources,
            figures,
            bias: studies.bias,
            studies: studies.studies.into(),
            options: options.options.into(),
            compare: compare.rows.into(),
            panels: panels.panels.into(),
            steps: steps.steps.into(),
            seed_changes: seed.changes.into(),
            guidance: guidance.cards.into(),
            situation_evidence: situation.evidence.into(),
            situation_form: situation.form,
            glossary: glossary.terms.into(),
            knowledge: knowledge.items.into(),
            values,
            sure,
            questions: questions.questions.into(),
            guidelines: guidelines.guidelines.into(),
            changes,
            ui,
        }),
        _ => Err(errors),
    }
}

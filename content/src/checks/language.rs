//! A second language laid over the English content (`data/languages/<code>.toml`).
//!
//! English stays the source. Every piece of patient-view prose (the walk every lint reads,
//! `checks::texts`, with reader [`Reader::Patient`]: steps, options, panels, values, questions,
//! the knowledge check's patient items, take-home words, screen words and sentence templates) has
//! its translation keyed by its place in the content ([`Located::key`]), carrying a hash of the
//! English it translates and a review [`Level`]. When an English text changes, its hash no longer
//! matches: the translation is stale. The edition then shows the English words behind a marker
//! that says, in the language, that the translation awaits review, never the old words silently;
//! a text with no translation is shown the same way. The build lists each such text
//! ([`Overlay::awaiting`]); the content tests refuse them in the shipped files.
//!
//! Figures are shared: a translation holds words only, and its numbers are checked against the
//! figures its English cites, like the English's. Quoted words (the SURE test, the 2015 review)
//! and clinician-view words are not translated here: the clinician view stays in English.
//!
//! Here: the file, its levels, which texts a language translates, where each translation stands
//! and the overlay the baker bakes. The rules a file must keep are in `rules`; what a build of an
//! edition writes (its `EDITION`, and the whole build `build.rs` and the post-build step share)
//! is in `edition`. The review sheet that reads and writes these files is `xtask review_sheet`.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

mod edition;
mod rules;

pub use edition::{EditionBuild, build, english_edition, language_edition};
pub use rules::{awaiting, problems};

use super::load::DATA_DIR;
use super::readability_es;
use super::texts::{self, Located, Reader};
use crate::deferred;
use crate::markup;
use crate::schema::reflect::WordsKind;
use crate::schema::{Bundle, Value};

/// The folder of language files inside the data directory.
pub const LANGUAGES_DIR: &str = "languages";

/// How far a translation has been reviewed, lowest first (ISPOR and TRAPD steps). A text's level
/// may not be above what the file's review records show (see [`problems`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// One translation, not yet checked against another.
    #[default]
    Draft,
    /// Two independent forward translations, reconciled into one.
    Reconciled,
    /// Reconciled, then translated back into English by someone who had not seen the English,
    /// and every difference resolved.
    BackTranslated,
    /// Read and approved by a bilingual clinician.
    ClinicianReviewed,
    /// Tried with patients who read the language, and changed where they stumbled.
    PatientTested,
}

impl Level {
    /// Every level, lowest first.
    pub const ALL: [Self; 5] = [
        Self::Draft,
        Self::Reconciled,
        Self::BackTranslated,
        Self::ClinicianReviewed,
        Self::PatientTested,
    ];

    /// As the data file writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Reconciled => "reconciled",
            Self::BackTranslated => "back-translated",
            Self::ClinicianReviewed => "clinician-reviewed",
            Self::PatientTested => "patient-tested",
        }
    }

    /// The level a data file names, if any.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|level| level.as_str() == text)
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A language file: the language, its review records and its translations.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    /// The language and the edition's words about its own translation.
    pub language: Language,
    /// Who reviewed the translation, when, how far, and against which evidence version.
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// One translation per piece of patient-view prose.
    #[serde(default)]
    pub texts: Vec<Translation>,
}

/// The language, and the words its edition says about its translation (in the language).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Its BCP 47 code, as `lang=` and the voices name it (`es`).
    pub code: String,
    /// Its name in itself, as the language link shows it ("Español").
    pub name: String,
    /// The folder of its edition inside the site (`es/`).
    pub folder: String,
    /// The file name of its single-file edition (`local-therapy-aid-es.html`).
    pub single_file: String,
    /// The English edition's name in this language's edition's link back ("English").
    pub source_name: String,
    /// Put before the English words of a text whose translation is missing or stale.
    pub awaiting_review: String,
    /// The footer's line when some texts are shown in English, with `{count}`.
    pub awaiting_line: String,
    /// The footer's and the prints' line on the translation, with `{level}` and `{version}`.
    pub status: String,
    /// That the clinician view stays in English for now.
    pub clinician_in_english: String,
    /// Why the SURE questions are shown in English.
    pub sure_in_english: String,
    /// About's heading for the reviews.
    pub reviews_heading: String,
    /// Each level's name in the language.
    pub levels: LevelNames,
    /// The page's words before the app starts.
    pub page: PageText,
}

/// Each review level's name in the language.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelNames {
    /// [`Level::Draft`].
    pub draft: String,
    /// [`Level::Reconciled`].
    pub reconciled: String,
    /// [`Level::BackTranslated`].
    pub back_translated: String,
    /// [`Level::ClinicianReviewed`].
    pub clinician_reviewed: String,
    /// [`Level::PatientTested`].
    pub patient_tested: String,
}

impl LevelNames {
    /// The name of `level`.
    pub fn of(&self, level: Level) -> &str {
        match level {
            Level::Draft => &self.draft,
            Level::Reconciled => &self.reconciled,
            Level::BackTranslated => &self.back_translated,
            Level::ClinicianReviewed => &self.clinician_reviewed,
            Level::PatientTested => &self.patient_tested,
        }
    }
}

/// The page's words before the app starts (its title and device line are the translated
/// bundle's own).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageText {
    /// `<meta name="description">`, and the installed app's description.
    pub description: String,
    /// The installed app's short name, under its icon (12 characters or fewer show whole).
    pub short_name: String,
    /// "Loading…", also what a text reads as until the texts file is in.
    pub loading: String,
    /// What a text reads as when the texts file could not load.
    pub not_loaded: String,
    /// The note for a browser with scripts switched off.
    pub noscript: String,
}

/// A review of the translation: what the records show, and what the edition says of itself.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The level the review reached (for the whole file).
    pub level: String,
    /// Who did it, by role (never by name): "two independent forward translators".
    pub role: String,
    /// When it ended (YYYY-MM-DD).
    pub date: String,
    /// The evidence version (`bundle.toml` `version`) the words reviewed were written for.
    pub evidence_version: String,
    /// What was done, in the language (About shows it).
    pub summary: String,
}

/// The translation of one piece of patient-view prose.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Where the English is ([`Located::key`]).
    pub key: String,
    /// [`hash`] of the English it translates.
    pub english: String,
    /// How far it has been reviewed.
    pub level: String,
    /// The words, with the same glossary marks and template slots as the English.
    pub text: String,
    /// The back translation into English, made without sight of the English (from
    /// "back-translated" on).
    #[serde(default)]
    pub back: String,
    /// The reviewers' notes: a difference the back translation found and how it was resolved.
    #[serde(default)]
    pub comment: String,
}

/// The hash a translation carries of the English it translates: FNV-1a, 64 bits, in hex (it
/// tells a changed text from the one translated; it is not a security measure).
pub fn hash(english: &str) -> String {
    format!("{:016x}", deferred::fingerprint(english))
}

/// The names a language translates, by record kind and field: a glossary term as the patient
/// view names it, a study's name as the patient view shows it ("Tata Memorial Centre trial") and
/// its country, the aid's title. Every other name (an author's, a journal's, a DOI, a date) is
/// printed as its source prints it.
pub const TRANSLATED_NAMES: [(&str, &str); 4] = [
    ("glossary term", "term"),
    ("study", "name"),
    ("study", "country"),
    ("bundle.toml", "title"),
];

/// Every piece of prose a language translates, in the walk's order: the patient view's, and the
/// [`TRANSLATED_NAMES`].
pub fn sources(bundle: &Bundle) -> Vec<Located<'_>> {
    let mut found = Vec::new();
    texts::replaced(bundle, &mut |text| {
        if translates(text) {
            found.push(text.clone());
        }
        None
    });
    found
}

/// Whether a language translates this piece of the walk.
fn translates(text: &Located<'_>) -> bool {
    if text.kind == Some(WordsKind::Name) {
        TRANSLATED_NAMES
            .iter()
            .any(|(kind, field)| group(text) == *kind && text.field == *field)
    } else {
        text.prose.reader == Reader::Patient
    }
}

/// Reads every language file in `data/languages/`, in file-name order.
pub fn read_all() -> Result<Vec<LanguageFile>, String> {
    let folder = Path::new(DATA_DIR).join(LANGUAGES_DIR);
    let mut paths: Vec<PathBuf> = fs::read_dir(&folder)
        .map_err(|e| format!("{}: cannot list it ({e})", folder.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths.iter().map(|path| read_file(path)).collect()
}

/// Reads `data/languages/<code>.toml`.
pub fn read(code: &str) -> Result<LanguageFile, String> {
    read_file(&path(code))
}

/// The path of a language's file.
pub fn path(code: &str) -> PathBuf {
    Path::new(DATA_DIR)
        .join(LANGUAGES_DIR)
        .join(format!("{code}.toml"))
}

/// Reads a language file (a fixture, or one of `data/languages/`).
pub fn read_file(path: &Path) -> Result<LanguageFile, String> {
    let text = fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read it ({e})", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Where a translation stands against the English it must translate now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// It translates the English as it is now.
    Current,
    /// The English changed since it was translated.
    Stale,
    /// There is no translation.
    Missing,
}

/// One piece of patient prose, its translation and where that stands.
#[derive(Clone, Debug)]
pub struct Pair<'a> {
    /// The English, where it is and what it may cite.
    pub english: Located<'a>,
    /// Its translation, if any.
    pub translation: Option<&'a Translation>,
    /// Where the translation stands.
    pub standing: Standing,
}

impl Pair<'_> {
    /// The translation's level ([`Level::Draft`] where it names none it knows).
    pub fn level(&self) -> Option<Level> {
        self.translation
            .map(|t| Level::parse(&t.level).unwrap_or_default())
    }
}

/// Each piece of patient prose with its translation.
pub fn pairs<'a>(bundle: &'a Bundle, file: &'a LanguageFile) -> Vec<Pair<'a>> {
    let by_key: BTreeMap<&str, &Translation> =
        file.texts.iter().map(|t| (t.key.as_str(), t)).collect();
    sources(bundle)
        .into_iter()
        .map(|english| {
            let translation = by_key.get(english.key().as_str()).copied();
            let standing = match translation {
                None => Standing::Missing,
                Some(t) if t.english == hash(english.raw) => Standing::Current,
                Some(_) => Standing::Stale,
            };
            Pair {
                english,
                translation,
                standing,
            }
        })
        .collect()
}

/// The bundle in the language, ready for the baker, and what it leaves awaiting review.
pub struct Overlay<'a> {
    /// The bundle's reflection with each current translation in place of its English, and each
    /// missing or stale one as the English behind the "awaiting review" marker.
    pub value: Value<'a>,
    /// The keys of the texts shown in English, awaiting review, with why.
    pub awaiting: Vec<(String, Standing)>,
    /// The lowest level of any current translation (the edition's level), if there is one.
    pub level: Option<Level>,
}

/// Lays the language over the bundle.
pub fn overlay<'a>(bundle: &'a Bundle, file: &'a LanguageFile) -> Overlay<'a> {
    let pairs: BTreeMap<String, Pair<'a>> = pairs(bundle, file)
        .into_iter()
        .map(|pair| (pair.english.key(), pair))
        .collect();
    let mut awaiting = Vec::new();
    let mut level: Option<Level> = None;
    let value = texts::replaced(bundle, &mut |located| {
        if !translates(located) {
            return None;
        }
        let pair = pairs.get(&located.key())?;
        match (pair.standing, pair.translation) {
            (Standing::Current, Some(translation)) => {
                let this = pair.level().unwrap_or_default();
                level = Some(level.map_or(this, |lowest| lowest.min(this)));
                Some(translation.text.as_str())
            }
            _ => {
                awaiting.push((located.key(), pair.standing));
                let marked = format!("{}{}", file.language.awaiting_review, located.raw);
                Some(Box::leak(marked.into_boxed_str()))
            }
        }
    });
    Overlay {
        value,
        awaiting,
        level,
    }
}

/// The lowest INFLESZ (Szigriszt–Pazos perspicuity) a group of patient texts may score: 55,
/// "normal" or easier (`readability_es`).
pub const MINIMUM_PERSPICUITY: f64 = readability_es::MINIMUM_PERSPICUITY;

/// The group a piece of prose is scored in: its record's kind ("option", "panel", "glossary
/// term"), or the top-level field for records that do not name themselves ("ui.start").
pub fn group(located: &Located<'_>) -> String {
    if located.record.is_empty() {
        let mut parts = located.field.split('.');
        let first = parts.next().unwrap_or_default();
        match parts.next() {
            Some(second) => format!("{first}.{}", second.split('[').next().unwrap_or_default()),
            None => first.split('[').next().unwrap_or_default().to_owned(),
        }
    } else {
        located
            .record
            .split(" `")
            .next()
            .unwrap_or_default()
            .to_owned()
    }
}

/// The reading level of a language's current translations: INFLESZ of them all pooled, the
/// lowest group's, and how many texts were scored (what About shows in that edition).
pub fn reading_level(pairs: &[Pair<'_>]) -> (f64, f64, usize) {
    let groups = perspicuity_by_group(pairs);
    let mut pooled = String::new();
    let mut count = 0;
    for pair in pairs {
        if pair.english.kind == Some(WordsKind::Name) {
            continue;
        }
        if let (Standing::Current, Some(translation)) = (pair.standing, pair.translation) {
            pooled.push_str(&readable_words(&translation.text));
            pooled.push_str(". ");
            count += 1;
        }
    }
    let overall = readability_es::text_perspicuity(&pooled).unwrap_or_default();
    let worst = groups
        .values()
        .map(|(score, _)| *score)
        .fold(None, |lowest: Option<f64>, score| {
            Some(lowest.map_or(score, |l| l.min(score)))
        })
        .unwrap_or_default();
    (overall, worst, count)
}

/// INFLESZ of each group's current translations, pooled, with the number of texts.
pub fn perspicuity_by_group(pairs: &[Pair<'_>]) -> BTreeMap<String, (f64, usize)> {
    let mut pooled: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for pair in pairs {
        // A name (a glossary term's, a country) is not a sentence to score.
        if pair.english.kind == Some(WordsKind::Name) {
            continue;
        }
        if let (Standing::Current, Some(translation)) = (pair.standing, pair.translation) {
            let entry = pooled.entry(group(&pair.english)).or_default();
            entry.0.push_str(&readable_words(&translation.text));
            // Each text ends a sentence: a heading or label counts as one.
            entry.0.push_str(". ");
            entry.1 += 1;
        }
    }
    pooled
        .into_iter()
        .filter_map(|(group, (text, count))| {
            readability_es::text_perspicuity(&text).map(|score| (group, (score, count)))
        })
        .collect()
}

/// A text's words as a reader sees them: a glossary mark as its shown words (or its id's words),
/// a slot as a word.
fn readable_words(text: &str) -> String {
    let plain = crate::schema::plural(&markup::plain(text, |_| None), false).replace('-', " ");
    texts::with_slots_as_words(&plain)
        .trim_end_matches(['.', ' '])
        .to_owned()
}

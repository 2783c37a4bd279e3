//! What a build of an edition writes: the Rust source of its `EDITION`, and the whole build of
//! an edition ([`build`]) that `build.rs` and the post-build step share.

use super::{
    Language, LanguageFile, Level, Overlay, awaiting, overlay, pairs, problems, read, read_all,
    reading_level,
};
use crate::checks::validate::Problem;
use crate::schema::Bundle;

/// The Rust source of this build's [`Edition`](crate::schema::Edition) for the English source
/// edition: its links to the editions of `languages`.
pub fn english_edition(languages: &[LanguageFile]) -> String {
    let links: Vec<String> = languages
        .iter()
        .map(|file| {
            link(
                &file.language.code,
                &file.language.name,
                &file.language.folder,
                &file.language.single_file,
            )
        })
        .collect();
    edition_source(&EditionWords {
        code: "en",
        links,
        ..EditionWords::default()
    })
}

/// The Rust source of this build's [`Edition`](crate::schema::Edition) for a language laid over
/// the English: its words, its level, its reviews and its link back to the English edition.
pub fn language_edition(bundle: &Bundle, file: &LanguageFile, overlay: &Overlay<'_>) -> String {
    let words = &file.language;
    let latest = file.reviews.iter().max_by(|a, b| a.date.cmp(&b.date));
    let status = match (overlay.level, latest) {
        (Some(level), Some(review)) => words
            .status
            .replace("{level}", words.levels.of(level))
            .replace("{version}", &review.evidence_version),
        (Some(level), None) => words
            .status
            .replace("{level}", words.levels.of(level))
            .replace("{version}", bundle.meta.version.as_str()),
        (None, _) => String::new(),
    };
    let reviews = file
        .reviews
        .iter()
        .map(|review| {
            format!(
                "crate::content::schema::EditionReview {{ level: {:?}, role: {:?}, date: {:?}, evidence_version: {:?}, summary: {:?} }}",
                Level::parse(&review.level).map_or(review.level.as_str(), |l| words.levels.of(l)),
                review.role,
                review.date,
                review.evidence_version,
                review.summary
            )
        })
        .collect();
    let back = "../".repeat(words.folder.trim_end_matches('/').split('/').count());
    edition_source(&EditionWords {
        code: &words.code,
        name: &words.name,
        status,
        awaiting: overlay.awaiting.len(),
        awaiting_line: words.awaiting_line.clone(),
        clinician_in_english: &words.clinician_in_english,
        sure_in_english: &words.sure_in_english,
        reviews_heading: &words.reviews_heading,
        reviews,
        links: vec![link(
            "en",
            &words.source_name,
            &back,
            "local-therapy-aid.html",
        )],
        page: Some((
            words,
            translated(file, "bundle.toml title", bundle.meta.title.as_str()),
            translated(
                file,
                "bundle.toml device_line",
                bundle.meta.device_line.as_str(),
            ),
        )),
    })
}

/// The translation at `key`, or the English.
fn translated(file: &LanguageFile, key: &str, english: &str) -> String {
    file.texts
        .iter()
        .find(|t| t.key == key && !t.text.trim().is_empty())
        .map_or(english, |t| t.text.as_str())
        .to_owned()
}

fn link(code: &str, name: &str, href: &str, single_file: &str) -> String {
    format!(
        "crate::content::schema::EditionLink {{ code: {code:?}, name: {name:?}, href: {href:?}, single_file: {single_file:?} }}"
    )
}

#[derive(Default)]
struct EditionWords<'a> {
    code: &'a str,
    name: &'a str,
    status: String,
    awaiting: usize,
    awaiting_line: String,
    clinician_in_english: &'a str,
    sure_in_english: &'a str,
    reviews_heading: &'a str,
    reviews: Vec<String>,
    links: Vec<String>,
    page: Option<(&'a Language, String, String)>,
}

fn edition_source(edition: &EditionWords<'_>) -> String {
    let page = edition.page.as_ref().map_or_else(
        || "crate::content::schema::PageWords { title: \"\", description: \"\", short_name: \"\", loading: \"\", not_loaded: \"\", device_line: \"\", noscript: \"\" }".to_owned(),
        |(language, title, device_line)| {
            format!(
                "crate::content::schema::PageWords {{ title: {title:?}, description: {:?}, short_name: {:?}, loading: {:?}, not_loaded: {:?}, device_line: {device_line:?}, noscript: {:?} }}",
                language.page.description,
                language.page.short_name,
                language.page.loading,
                language.page.not_loaded,
                language.page.noscript
            )
        },
    );
    format!(
        "/// This build's language edition (`checks::language`): a constant, so that the English\n/// edition's code leaves out what only a translated edition shows.\npub const EDITION: crate::content::schema::Edition = crate::content::schema::Edition {{ code: {:?}, name: {:?}, status: {:?}, awaiting: {}, awaiting_line: {:?}, clinician_in_english: {:?}, sure_in_english: {:?}, reviews_heading: {:?}, reviews: &[{}], links: &[{}], page: {page} }};\n",
        edition.code,
        edition.name,
        edition.status,
        edition.awaiting,
        edition
            .awaiting_line
            .replace("{count}", &edition.awaiting.to_string()),
        edition.clinician_in_english,
        edition.sure_in_english,
        edition.reviews_heading,
        edition.reviews.join(", "),
        edition.links.join(", "),
    )
}

/// A build of one edition: the baked bundle, the source of its [`Edition`](crate::schema::Edition),
/// its reading level, and the texts it shows in English awaiting review.
pub struct EditionBuild {
    /// The bundle baked in the edition's language.
    pub baked: crate::checks::bake::Baked,
    /// The Rust source of `EDITION`.
    pub edition: String,
    /// Reading level: overall, the hardest text or group, and how many texts (Flesch–Kincaid
    /// grades for English, INFLESZ for another language).
    pub level: (f64, f64, usize),
    /// Missing and stale translations ([`awaiting`]).
    pub awaiting: Vec<Problem>,
}

/// Builds the edition in `language` (empty or `en`: the English source), for `build.rs` and the
/// post-build step (which writes the same texts file). Fails with the language file's problems.
pub fn build(
    bundle: &Bundle,
    language: &str,
    leave_out_later: bool,
) -> Result<EditionBuild, Vec<String>> {
    let listed =
        |problems: Vec<Problem>| problems.iter().map(ToString::to_string).collect::<Vec<_>>();
    if language.is_empty() || language == "en" {
        let languages = read_all().map_err(|e| vec![e])?;
        let level = crate::checks::lint::reading_level(bundle);
        return Ok(EditionBuild {
            baked: crate::checks::bake::bundle(bundle, leave_out_later).map_err(|e| vec![e])?,
            edition: english_edition(&languages),
            level: (level.overall, level.worst, level.texts),
            awaiting: Vec::new(),
        });
    }
    let file: &'static LanguageFile = Box::leak(Box::new(read(language).map_err(|e| vec![e])?));
    let found = problems(bundle, file);
    if !found.is_empty() {
        return Err(listed(found));
    }
    let overlay = overlay(bundle, file);
    Ok(EditionBuild {
        baked: crate::checks::bake::value(&overlay.value, bundle, leave_out_later)
            .map_err(|e| vec![e])?,
        edition: language_edition(bundle, file, &overlay),
        level: reading_level(&pairs(bundle, file)),
        awaiting: awaiting(bundle, file),
    })
}

//! The rules a language file must keep, each with its fix: see [`problems`] and [`awaiting`].

use std::collections::BTreeSet;

use super::{
    LanguageFile, Level, MINIMUM_PERSPICUITY, Standing, hash, pairs, perspicuity_by_group,
};
use crate::checks::texts::{self, Located, Prose};
use crate::checks::validate::{Problem, is_iso_date};
use crate::markup;
use crate::schema::{Bundle, slots_in};

/// The texts a language shows in English, awaiting review, each with its fix: missing
/// translations, and stale ones (the English changed since). The build lists them and still
/// builds (the edition marks each); the content tests refuse them in the shipped files.
pub fn awaiting(bundle: &Bundle, file: &LanguageFile) -> Vec<Problem> {
    let code = &file.language.code;
    pairs(bundle, file)
        .iter()
        .filter_map(|pair| {
            let place = format!("languages/{code}.toml text `{}`", pair.english.key());
            let english = pair.english.raw;
            let what = match pair.standing {
                Standing::Current => return None,
                Standing::Missing => format!(
                    "is missing: translate the English \"{english}\" (english = \"{}\"); until then the edition shows the English, marked as awaiting review",
                    hash(english)
                ),
                Standing::Stale => format!(
                    "is stale: the English is now \"{english}\" (english = \"{}\"). Translate it again, set `english` to the new hash and its level to what the new words have had; until then the edition shows the English, marked as awaiting review",
                    hash(english)
                ),
            };
            Some(problem(&place, what))
        })
        .collect()
}

/// Everything wrong with a language file against the bundle, each with its fix: unknown or
/// repeated keys, levels above what the reviews show, marks and slots that differ from the
/// English, plural choices where no number decides them, untraceable numbers, "1 de cada X", and
/// groups that read below INFLESZ 55. (Missing and stale translations: [`awaiting`].)
pub fn problems(bundle: &Bundle, file: &LanguageFile) -> Vec<Problem> {
    let code = &file.language.code;
    let place = |key: &str| format!("languages/{code}.toml text `{key}`");
    let mut found = Vec::new();
    let pairs = pairs(bundle, file);
    let known: BTreeSet<String> = pairs.iter().map(|p| p.english.key()).collect();
    let mut seen = BTreeSet::new();
    for translation in &file.texts {
        if !seen.insert(translation.key.as_str()) {
            found.push(problem(
                &place(&translation.key),
                "is translated twice: keep one of the two",
            ));
        }
        if !known.contains(&translation.key) {
            found.push(problem(
                &place(&translation.key),
                "names no patient text of the English content (it moved or was removed): find the English text's key with `cargo run -p xtask -- language-sheet`, or delete the translation",
            ));
        }
        if Level::parse(&translation.level).is_none() {
            found.push(problem(
                &place(&translation.key),
                format!(
                    "has level `{}`: use one of {}",
                    translation.level,
                    levels_list()
                ),
            ));
        }
    }
    let reached = reviewed_level(bundle, file, &mut found);
    let mut prose: Vec<Prose<'_>> = Vec::new();
    for pair in &pairs {
        let key = pair.english.key();
        let Some(translation) = pair.translation else {
            continue;
        };
        let level = pair.level().unwrap_or_default();
        if reached.is_none_or(|reached| level > reached) {
            found.push(problem(
                &place(&key),
                format!(
                    "is at level `{level}`, above what the review records show ({}): add the review record, or lower the level",
                    reached.map_or("none".to_owned(), |r| format!("`{r}`"))
                ),
            ));
        }
        if level >= Level::BackTranslated && translation.back.trim().is_empty() {
            found.push(problem(
                &place(&key),
                "is at level `back-translated` or above but has no `back`: add the back translation",
            ));
        }
        if translation.text.trim().is_empty() {
            found.push(problem(&place(&key), "is empty: write the translation"));
            continue;
        }
        let slots = |text: &str| {
            slots_in(text)
                .into_iter()
                .map(str::to_owned)
                .collect::<BTreeSet<_>>()
        };
        if is_template(&pair.english) && slots(pair.english.raw) != slots(&translation.text) {
            found.push(problem(
                &place(&key),
                format!(
                    "fills the slots {:?}, the English {:?}: use exactly the English's slots, each once or more",
                    slots(&translation.text),
                    slots(pair.english.raw)
                ),
            ));
        }
        // A template's braces are its slots; only prose marks glossary terms.
        let marks = |text: &str| {
            if is_template(&pair.english) {
                Ok(BTreeSet::new())
            } else {
                terms(text)
            }
        };
        match (marks(pair.english.raw), marks(&translation.text)) {
            (_, Err(mistake)) => found.push(problem(&place(&key), mistake)),
            (Ok(english), Ok(translated)) if english != translated => found.push(problem(
                &place(&key),
                format!(
                    "marks the glossary terms {translated:?}, the English {english:?}: mark the same terms (`{{term-id|palabras}}`), at their first use"
                ),
            )),
            _ => {}
        }
        if let Some(fix) = plural_mistake(&pair.english, &translation.text) {
            found.push(problem(&place(&key), fix));
        }
        for number in ["1 de cada ", "una de cada ", "uno de cada "] {
            if let Some(at) = translation.text.to_lowercase().find(number) {
                let rest = &translation.text.to_lowercase()[at + number.len()..];
                let denominator: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if !denominator.is_empty() && denominator != "100" && denominator != "1000" {
                    found.push(problem(
                        &place(&key),
                        format!(
                            "says \"{number}{denominator}\": write natural frequencies out of 100 instead (\"5 de cada 100\")"
                        ),
                    ));
                }
            }
        }
        // The English's place: the number check exempts the aid's own statements by it.
        let mut spanish = pair.english.prose.clone();
        spanish.text = Box::leak(
            if is_template(&pair.english) {
                texts::with_slots_as_words(&translation.text).to_owned()
            } else {
                translation.text.clone()
            }
            .into_boxed_str(),
        );
        prose.push(spanish);
    }
    found.extend(
        crate::checks::lint::untraceable_numbers(bundle, &prose)
            .into_iter()
            .map(|number| {
                problem(
                    &format!("languages/{code}.toml text `{}`", number.place),
                    number.fix,
                )
            }),
    );
    for (group, (score, count)) in perspicuity_by_group(&pairs) {
        if score < MINIMUM_PERSPICUITY {
            found.push(problem(
                &format!("languages/{code}.toml group `{group}`"),
                format!(
                    "reads at INFLESZ {score:.1} over {count} texts, below {MINIMUM_PERSPICUITY} (\"normal\"): use shorter sentences and shorter words"
                ),
            ));
        }
    }
    found.sort();
    found
}

/// What is wrong with a text's plural choices `((one|other))`, if anything: each needs both forms,
/// and only a template (agreeing with its `{count}`) or a figure's event phrase (agreeing with the
/// women counted) may hold one, because only there does the screen know the number.
fn plural_mistake(english: &Located<'_>, text: &str) -> Option<String> {
    use crate::schema::{PLURAL_CLOSE, PLURAL_OPEN};
    if !text.contains(PLURAL_OPEN) && !text.contains(PLURAL_CLOSE) {
        return None;
    }
    let decided = is_template(english)
        || english.field.ends_with("event_patient")
        || english.field.ends_with("non_event_patient");
    if !decided {
        return Some(format!(
            "has a plural choice `{PLURAL_OPEN}…|…{PLURAL_CLOSE}` where no number decides it (only screen words with a `{{count}}` and a figure's event phrases may hold one): write one form"
        ));
    }
    let mut rest = text;
    while let Some(open) = rest.find(PLURAL_OPEN) {
        let after = &rest[open + PLURAL_OPEN.len()..];
        let Some(close) = after.find(PLURAL_CLOSE) else {
            return Some(format!(
                "opens a plural choice `{PLURAL_OPEN}` it does not close"
            ));
        };
        if after[..close].split('|').count() != 2 {
            return Some(format!(
                "has the plural choice `{PLURAL_OPEN}{}{PLURAL_CLOSE}`: write exactly two forms, one and many, as `{PLURAL_OPEN}tuvo|tuvieron{PLURAL_CLOSE}`",
                &after[..close]
            ));
        }
        rest = &after[close + PLURAL_CLOSE.len()..];
    }
    rest.contains(PLURAL_CLOSE)
        .then(|| format!("closes a plural choice `{PLURAL_CLOSE}` it did not open"))
}

/// Whether the English is a template (its raw words hold slots the prose reads as words).
fn is_template(english: &Located<'_>) -> bool {
    english.raw != english.prose.text
}

/// The glossary terms a text marks, or what is wrong with its marks.
fn terms(text: &str) -> Result<BTreeSet<String>, String> {
    markup::parse(text)
        .map(|_| {
            markup::term_ids(text)
                .into_iter()
                .map(str::to_owned)
                .collect()
        })
        .map_err(|e| e.0)
}

/// The highest level the review records show, if any; a record that names an unknown level, or
/// an evidence version other than this bundle's or an earlier one, is a problem. (A text whose
/// English changed since is stale, whatever the records show.)
fn reviewed_level(bundle: &Bundle, file: &LanguageFile, found: &mut Vec<Problem>) -> Option<Level> {
    let mut reached = None;
    for (index, review) in file.reviews.iter().enumerate() {
        let place = format!("languages/{}.toml reviews[{index}]", file.language.code);
        let Some(level) = Level::parse(&review.level) else {
            found.push(problem(
                &place,
                format!("has level `{}`: use one of {}", review.level, levels_list()),
            ));
            continue;
        };
        if review.role.trim().is_empty() || review.summary.trim().is_empty() {
            found.push(problem(&place, "needs a `role` and a `summary`"));
        }
        if !is_iso_date(&review.date) {
            found.push(problem(&place, "needs its `date` as YYYY-MM-DD"));
        }
        if review.evidence_version.as_str() > bundle.meta.version.as_str() {
            found.push(problem(
                &place,
                format!(
                    "names evidence version `{}`, newer than this bundle's `{}`",
                    review.evidence_version, bundle.meta.version
                ),
            ));
            continue;
        }
        reached = reached.max(Some(level));
    }
    reached
}

fn levels_list() -> String {
    Level::ALL
        .iter()
        .map(|level| format!("`{level}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn problem(place: &str, fix: impl Into<String>) -> Problem {
    Problem {
        place: place.to_owned(),
        fix: fix.into(),
    }
}

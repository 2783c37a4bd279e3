//! The language layer (`checks::language`): the shipped Spanish file is whole, current and
//! within its rules, and each rule catches its broken fixture.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::bundle_from_toml;
use local_therapy_aid::checks::language::{
    self, LanguageFile, Level, Review, Standing, Translation, hash,
};
use local_therapy_aid::checks::validate::Problem;
use local_therapy_aid::content::schema::Bundle;

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The shipped Spanish file.
fn spanish() -> LanguageFile {
    language::read("es").expect("languages/es.toml reads")
}

/// A file that translates the texts at `keys` (their English as they are now) with `text`.
fn file_with(bundle: &Bundle, translations: &[(&str, &str)], level: Level) -> LanguageFile {
    let sources = language::sources(bundle);
    let texts = translations
        .iter()
        .map(|(key, text)| {
            let english = sources
                .iter()
                .find(|s| s.key() == *key)
                .unwrap_or_else(|| panic!("no patient text at {key}"));
            Translation {
                key: (*key).to_owned(),
                english: hash(english.raw),
                level: level.as_str().to_owned(),
                text: (*text).to_owned(),
                back: "Back.".to_owned(),
                comment: String::new(),
            }
        })
        .collect();
    LanguageFile {
        language: spanish().language,
        reviews: vec![Review {
            level: Level::BackTranslated.as_str().to_owned(),
            role: "Prueba".to_owned(),
            date: "2026-12-06".to_owned(),
            evidence_version: bundle.meta.version.as_str().to_owned(),
            summary: "Prueba.".to_owned(),
        }],
        texts,
    }
}

#[test]
fn every_patient_text_has_its_current_spanish_text_within_the_rules() {
    let bundle = bundle_from_toml();
    let file = spanish();
    let problems = language::problems(&bundle, &file);
    assert!(
        problems.is_empty(),
        "languages/es.toml:\n{}",
        list(&problems)
    );
    let awaiting = language::awaiting(&bundle, &file);
    assert!(
        awaiting.is_empty(),
        "{} Spanish texts are missing or stale:\n{}",
        awaiting.len(),
        list(&awaiting[..awaiting.len().min(20)])
    );
}

#[test]
fn a_changed_english_text_makes_its_translation_stale_and_the_edition_marks_it() {
    let mut bundle = bundle_from_toml();
    let file = spanish();
    let key = "bundle.toml decision_patient";
    assert!(
        file.texts.iter().any(|t| t.key == key),
        "the fixture needs {key} translated"
    );
    bundle.meta.decision_patient = "Should the breast be treated now, or later if needed?".into();
    let pair = language::pairs(&bundle, &file)
        .into_iter()
        .find(|p| p.english.key() == key)
        .expect("the text is there");
    assert_eq!(pair.standing, Standing::Stale);
    let awaiting = list(&language::awaiting(&bundle, &file));
    assert!(
        awaiting.contains(&format!("text `{key}`: is stale: the English is now")),
        "{awaiting}"
    );
    let overlay = language::overlay(&bundle, &file);
    assert!(
        overlay
            .awaiting
            .contains(&(key.to_owned(), Standing::Stale))
    );
    // The edition shows the new English behind the marker, never the old Spanish.
    let baked =
        local_therapy_aid::checks::bake::value(&overlay.value, &bundle, false).expect("bakes");
    let shown = format!(
        "{:?}",
        format!(
            "{}{}",
            file.language.awaiting_review, "Should the breast be treated now, or later if needed?"
        )
    );
    assert!(
        baked.source.contains(&shown),
        "the marked English is not in the bundle"
    );
}

#[test]
fn a_current_translation_replaces_its_english_and_the_rest_await_review() {
    let bundle = bundle_from_toml();
    let file = file_with(
        &bundle,
        &[(
            "bundle.toml decision_patient",
            "¿Tratar la mama ahora, o después si hace falta?",
        )],
        Level::Reconciled,
    );
    let overlay = language::overlay(&bundle, &file);
    assert_eq!(overlay.level, Some(Level::Reconciled));
    assert_eq!(overlay.awaiting.len(), language::sources(&bundle).len() - 1);
    let baked =
        local_therapy_aid::checks::bake::value(&overlay.value, &bundle, false).expect("bakes");
    assert!(
        baked
            .source
            .contains("¿Tratar la mama ahora, o después si hace falta?")
    );
    assert!(
        !baked
            .source
            .contains("Should you have the breast treated now")
    );
    // The clinician view stays in English, unmarked.
    assert!(
        baked
            .source
            .contains(&format!("{:?}", bundle.meta.decision_clinician.as_str()))
    );
}

#[test]
fn marks_slots_plurals_numbers_and_one_in_x_are_checked_in_the_translation() {
    let bundle = bundle_from_toml();
    let term_text = language::sources(&bundle)
        .into_iter()
        .find(|s| s.raw.contains("{lymphoedema|") && s.key().starts_with("bundle.toml"))
        .expect("a bundle text marks lymphoedema");
    let term_key = term_text.key();
    let template_key = "ui.toml numbers.range";
    let file = file_with(
        &bundle,
        &[
            // The glossary mark dropped.
            (
                term_key.as_str(),
                "Los números vienen de mujeres en estudios.",
            ),
            // A slot renamed, and a plural choice where no number decides it.
            (
                template_key,
                "Podría ser de {bajo} a {high} de cada {denominator}.",
            ),
            (
                "bundle.toml decision_patient",
                "((Trate|Traten)) la mama ahora.",
            ),
            // "1 in 20", and a number no figure gives.
            (
                "bundle.toml purpose_patient",
                "Es para 1 de cada 20 mujeres; 37 lo usan.",
            ),
        ],
        Level::Reconciled,
    );
    let problems = list(&language::problems(&bundle, &file));
    for expected in [
        format!(
            "text `{term_key}`: marks the glossary terms {{}}, the English {{\"lymphoedema\"}}"
        ),
        format!("text `{template_key}`: fills the slots"),
        "text `bundle.toml decision_patient`: has a plural choice".to_owned(),
        "text `bundle.toml purpose_patient`: says \"1 de cada 20\"".to_owned(),
    ] {
        assert!(
            problems.contains(&expected),
            "missing {expected:?} in:\n{problems}"
        );
    }
}

#[test]
fn a_level_above_the_review_records_and_an_unknown_key_are_refused() {
    let bundle = bundle_from_toml();
    let mut file = file_with(
        &bundle,
        &[(
            "bundle.toml decision_patient",
            "¿Tratar la mama ahora, o después si hace falta?",
        )],
        Level::ClinicianReviewed,
    );
    file.texts.push(Translation {
        key: "option `surgery` nowhere".to_owned(),
        level: "reconciled".to_owned(),
        text: "Nada.".to_owned(),
        ..Translation::default()
    });
    let problems = list(&language::problems(&bundle, &file));
    assert!(
        problems.contains("text `bundle.toml decision_patient`: is at level `clinician-reviewed`, above what the review records show (`back-translated`)"),
        "{problems}"
    );
    assert!(
        problems.contains("text `option `surgery` nowhere`: names no patient text"),
        "{problems}"
    );
    file.reviews.clear();
    let problems = list(&language::problems(&bundle, &file));
    assert!(
        problems.contains("above what the review records show (none)"),
        "{problems}"
    );
}

#[test]
fn a_group_that_reads_hard_is_refused() {
    let bundle = bundle_from_toml();
    let hard = "La administración concomitante de inmunoterapia neoadyuvante condiciona \
                modificaciones farmacocinéticas considerablemente significativas e \
                interindividualmente heterogéneas, independientemente de características \
                anatomopatológicas preexistentes.";
    let keys: Vec<String> = language::sources(&bundle)
        .into_iter()
        .filter(|s| language::group(s) == "guidance card")
        .map(|s| s.key())
        .collect();
    let translations: Vec<(&str, &str)> = keys.iter().map(|k| (k.as_str(), hard)).collect();
    let file = file_with(&bundle, &translations, Level::Reconciled);
    let problems = list(&language::problems(&bundle, &file));
    assert!(
        problems.contains("group `guidance card`: reads at INFLESZ"),
        "{problems}"
    );
}

//! The wording lints (native): no "1 in X" (natural frequencies instead); no relative wording
//! ("twice as") without a natural frequency or a median beside it; a glossary term is marked where
//! it is first used; words of certainty match the grade of the figures cited; and the situation
//! form reads plainly and explains its terms. Also the walk over every text that the lints read,
//! which names each text by its record and field and knows who reads it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::checks::{assert_reports, list, patient_prose};
use local_therapy_aid::checks::{lint, texts};
use local_therapy_aid::content::{self, Audience, List};
use local_therapy_aid::domain::situation::Field;

#[test]
fn lints_catch_bad_wording_and_untraceable_numbers() {
    let mut bundle = common::bundle_from_toml();
    bundle.questions = bundle.questions.edited(|questions| {
        questions[0].text =
            "About 1 in 20 women had it, and it was twice as common after surgery.".into();
    });
    bundle.steps = bundle.steps.edited(|steps| {
        steps[0].key_points_patient =
            List::from(vec!["This happened to 37 out of 100 women.".into()])
    });
    bundle.panels = bundle.panels.edited(|panels| {
        let panel = panels.iter_mut().find(|p| p.id == "lymphoedema").unwrap();
        panel.summary_patient = "Arm swelling happened to 23 out of 100 women.".into();
        panel.figures = panel
            .figures
            .edited(|f| f.push("tsai-lymphoedema-rr-radiotherapy".into()));
    });
    bundle.glossary = bundle.glossary.edited(|terms| {
        terms[0].definition = "Notwithstanding considerable heterogeneity, locoregional interventions demonstrated \
                               statistically significant improvements in progression-free intervals across populations."
            .into();
    });
    let text = list(&lint::problems(&bundle));
    for expected in [
        "question `breast-if-wait`: says \"1 in 20\": write natural frequencies",
        "question `breast-if-wait`: uses relative wording (\"twice as\") with no absolute figure",
        "step `start` key_points_patient[0]: states 37 but cites nothing",
        "panel `lymphoedema` summary_patient: states 23, which is not in any figure it cites",
        "panel `lymphoedema`: shows relative figure `tsai-lymphoedema-rr-radiotherapy` in the patient view",
        "glossary term `metastasis`: reads at grade",
    ] {
        assert!(
            text.contains(expected),
            "expected a lint problem containing:\n  {expected}\nbut got:\n{text}"
        );
    }
}

#[test]
fn glossary_terms_must_be_explained_at_their_first_use() {
    let mut bundle = common::bundle_from_toml();
    bundle.panels = bundle.panels.edited(|panels| {
        let panel = panels
            .iter_mut()
            .find(|p| p.id == "wound-problems")
            .unwrap();
        panel.summary_patient =
            "A mastectomy can cause a wound infection. A {mastectomy} can also leave a {seroma}."
                .into();
        let other = panels.iter_mut().find(|p| p.id == "lymphoedema").unwrap();
        other.summary_patient =
            "After a {lumpectomy}, a lumpectomy scar heals. HER2 negative cancer too.".into();
    });
    let text = list(&lint::unmarked_terms(&bundle, &texts::all(&bundle)));
    assert_reports(
        &text,
        &[
            "panel `wound-problems` summary_patient: uses \"mastectomy\" (glossary term `mastectomy`) without explaining it: mark its first use as {mastectomy}",
            "panel `lymphoedema` summary_patient: uses \"HER2 negative\" (glossary term `her2`)",
        ],
    );
    // A term marked at its first use may be repeated plainly.
    assert!(!text.contains("`lumpectomy`"), "{text}");
    // Headings are shown as plain words, so they are not asked to carry marks.
    assert!(!text.contains("heading"), "{text}");
}

/// The situation form's questions (as shown, with glossary marks) and answers, as patient prose.
fn form_texts() -> Vec<texts::Prose<'static>> {
    let mut prose = Vec::new();
    for field in Field::ALL {
        prose.push(texts::Prose {
            place: format!("situation form {field:?} question"),
            reader: texts::Reader::Patient,
            text: field.question_with_terms(),
            figures: vec![],
            sources: vec![],
            inline_terms: true,
        });
        for (answer, _) in field.choices() {
            prose.push(texts::Prose {
                place: format!("situation form {field:?} answer"),
                reader: texts::Reader::Patient,
                text: answer,
                figures: vec![],
                sources: vec![],
                inline_terms: false,
            });
        }
    }
    prose
}

#[test]
fn only_one_in_a_number_is_a_one_in_x() {
    for text in [
        "About 1 in 20 women had it.",
        "One in twenty had it.",
        "It was 1 in 1,000.",
        "A 1-in-5 chance.",
    ] {
        assert_eq!(lint::one_in_x(&[patient_prose(text)]).len(), 1, "{text}");
    }
    for text in [
        "The lump was 1 in the breast.",
        "She was the one in her family who asked.",
        "One in every way.",
    ] {
        let found = lint::one_in_x(&[patient_prose(text)]);
        assert!(found.is_empty(), "{text}: {}", list(&found));
    }
}

#[test]
fn relative_wording_needs_a_natural_frequency_or_a_median_beside_it() {
    let bundle = common::bundle_from_toml();
    let first = |kind: fn(&content::Figure) -> bool| {
        bundle.figures.iter().find(|f| kind(f)).unwrap().id.as_str()
    };
    let frequency = first(|f| f.frequency().is_some());
    let median = first(|f| f.median().is_some());
    let relative = first(|f| f.relative().is_some());
    let citing = |figures: Vec<&'static str>| texts::Prose {
        figures,
        ..patient_prose("Pain was twice as common after surgery.")
    };
    for figures in [vec![frequency], vec![median], vec![relative, frequency]] {
        let found = lint::relative_without_absolute(&bundle, &[citing(figures.clone())]);
        assert!(found.is_empty(), "{figures:?}: {}", list(&found));
    }
    for figures in [vec![], vec![relative]] {
        let found = lint::relative_without_absolute(&bundle, &[citing(figures.clone())]);
        assert_eq!(found.len(), 1, "{figures:?}");
    }
}

#[test]
fn the_walk_names_each_text_by_its_record_and_field_and_knows_its_reader() {
    let bundle = common::bundle_from_toml();
    let located = texts::located(&bundle);
    let find = |text: &str| {
        located
            .iter()
            .find(|l| std::ptr::eq(l.prose.text, text))
            .unwrap_or_else(|| panic!("{text} is walked"))
    };
    // A record inside another is named inside it.
    let row = &bundle.compare[0];
    let cell = &row.cells[0];
    let walked = find(cell.patient.as_str());
    assert_eq!(
        walked.record,
        format!("compare row `{}` cell `{}`", row.id, cell.option)
    );
    // A figure's value is named by its kind.
    let figure = bundle
        .figures
        .iter()
        .find(|f| f.frequency().is_some())
        .unwrap();
    let walked = find(figure.frequency().unwrap().event_patient.as_str());
    assert_eq!(walked.field, "frequency.event_patient");
    // A point with clinician words as well has two prose fields: each is named.
    let (option, point) = bundle
        .options
        .iter()
        .flat_map(|o| o.benefits.iter().map(move |p| (o, p)))
        .find(|(_, p)| p.clinician.is_some())
        .unwrap();
    let index = option
        .benefits
        .iter()
        .position(|p| std::ptr::eq(p, point))
        .unwrap();
    assert_eq!(
        find(point.patient.as_str()).prose.place,
        format!("option `{}` benefits[{index}].patient", option.id)
    );
    // The knowledge check: the patient items are patient text (graded for reading level), the
    // 2015 review's clinician items are quoted as published, with clinician explanations.
    for item in &bundle.knowledge {
        let patient = item.audience == Audience::Patient;
        let question = find(item.question.as_str()).prose.reader;
        let explanation = find(item.explanation.as_str()).prose.reader;
        if patient {
            assert_eq!(
                (question, explanation),
                (texts::Reader::Patient, texts::Reader::Patient)
            );
        } else {
            assert_eq!(
                (question, explanation),
                (texts::Reader::Verbatim, texts::Reader::Clinician)
            );
        }
    }
    assert!(
        bundle
            .knowledge
            .iter()
            .any(|k| k.audience == Audience::Patient)
    );
    assert!(
        bundle
            .knowledge
            .iter()
            .any(|k| k.audience != Audience::Patient)
    );
}

#[test]
fn the_situation_form_reads_plainly_and_explains_its_terms() {
    let bundle = common::bundle_from_toml();
    let form = form_texts();
    let problems = [
        lint::hard_to_read(&form),
        lint::unmarked_terms(&bundle, &form),
        lint::one_in_x(&form),
    ]
    .concat();
    assert!(problems.is_empty(), "{}", list(&problems));
    // Every term the form marks is in the glossary.
    for field in Field::ALL {
        for id in content::markup::term_ids(field.question_with_terms()) {
            assert!(content::term(id).is_some(), "{field:?}: {id}");
        }
    }
    // The check can fail: the same question without its mark is reported.
    let plain_question = Field::Her2.question();
    let unmarked = vec![texts::Prose {
        text: &plain_question,
        ..form[0].clone()
    }];
    assert!(!lint::unmarked_terms(&bundle, &unmarked).is_empty());
}

#[test]
fn certainty_words_must_follow_the_grade_of_the_figures_cited() {
    let mut bundle = common::bundle_from_toml();
    bundle.panels = bundle.panels.edited(|panels| {
        let panel = panels
            .iter_mut()
            .find(|p| p.id == "survival-all-trials")
            .unwrap();
        panel.summary_patient = "We are fairly sure about this.".into();
        panel.figures = List::from(vec!["cochrane-os-hr".into()]);
        panel.clinician_figures = List::default();
        let other = panels.iter_mut().find(|p| p.id == "lymphoedema").unwrap();
        other.summary_clinician = "Very low certainty evidence.".into();
    });
    let text = list(&lint::certainty_without_grade(
        &bundle,
        &texts::all(&bundle),
    ));
    assert_reports(
        &text,
        &[
            "panel `survival-all-trials` summary_patient: says \"fairly sure\" (GRADE Moderate), but its figures are graded VeryLow (cochrane-os-hr)",
        ],
    );
    assert!(
        text.contains("panel `lymphoedema` summary_clinician: says \"very low certainty\""),
        "{text}"
    );
    // The words that match the grade pass.
    bundle.panels = bundle.panels.edited(|panels| {
        let panel = panels
            .iter_mut()
            .find(|p| p.id == "survival-all-trials")
            .unwrap();
        panel.summary_patient = "We are very unsure about this.".into();
    });
    let text = list(&lint::certainty_without_grade(
        &bundle,
        &texts::all(&bundle),
    ));
    assert!(!text.contains("survival-all-trials"), "{text}");
    // The screen's words for a grade are the vocabulary: exactly the words tied to that grade.
    assert!(!text.contains("ui.toml numbers.sure_"), "{text}");
    bundle.ui.numbers.sure_moderate = "Quite sure".into();
    let text = list(&lint::certainty_without_grade(
        &bundle,
        &texts::all(&bundle),
    ));
    assert!(
        text.contains("ui.toml numbers.sure_moderate: says \"Quite sure\": write \"fairly sure\" in sentence case"),
        "{text}"
    );
}

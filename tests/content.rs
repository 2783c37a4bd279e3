//! The shipped content (native): the data parses, validates and passes every lint; the app's
//! embedded bundle is the data; every data file and every step of the journey has its words; the
//! patient view reads at grade 8 or below; every option gets equal detail; what the seed claimed
//! and what the papers say are kept as data; and key sentences are exactly right. That each check
//! refuses its mistake, with a broken fixture, is tested in `tests/checks_*.rs` (and the balance
//! rules in `tests/balance.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use std::collections::BTreeSet;

use common::checks::list;
use local_therapy_aid::checks::{lint, readability, texts, validate};
use local_therapy_aid::content::{self, Audience, Verification};
use local_therapy_aid::domain::phrasing;
use local_therapy_aid::domain::step::Step;

#[test]
fn content_parses_and_validates() {
    let bundle = common::bundle_from_toml();
    let problems = validate::problems(&bundle);
    assert!(
        problems.is_empty(),
        "content problems:\n{}",
        list(&problems)
    );
}

#[test]
fn embedded_bundle_is_the_toml() {
    assert!(
        *content::bundle() == common::bundle_from_toml(),
        "the embedded bundle differs from content/data: rebuild (build.rs compiles the data)"
    );
}

#[test]
fn content_passes_every_lint() {
    let bundle = common::bundle_from_toml();
    let problems = lint::problems(&bundle);
    assert!(
        problems.is_empty(),
        "content lint problems ({}):\n{}",
        problems.len(),
        list(&problems)
    );
}

#[test]
fn every_data_file_is_registered() {
    let dir = common::data_dir();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().to_string();
        if entry.path().is_dir() {
            assert!(
                [
                    common::load::FIGURES_DIR,
                    local_therapy_aid::checks::language::LANGUAGES_DIR
                ]
                .contains(&name.as_str()),
                "unexpected folder content/data/{name}: only figures/ and languages/ are read"
            );
            continue;
        }
        assert!(
            common::load::DATA_FILES.contains(&name.as_str()),
            "content/data/{name} is not read by the app: add it to DATA_FILES in content/src/checks/load.rs or remove it"
        );
    }
    for entry in std::fs::read_dir(dir.join("figures")).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml"),
            "{} is in figures/ but is not a .toml file, so it is ignored",
            path.display()
        );
    }
}

#[test]
fn every_step_has_words_and_no_stray_steps() {
    let bundle = common::bundle_from_toml();
    let written: BTreeSet<&str> = bundle.steps.iter().map(|s| s.id.id()).collect();
    let journey: BTreeSet<&str> = Step::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(
        written, journey,
        "steps.toml must have exactly one entry per step of the journey (content/schema/step.rs)"
    );
}

#[test]
fn patient_view_reads_at_grade_eight_or_below() {
    let bundle = common::bundle_from_toml();
    let level = lint::reading_level(&bundle);
    println!(
        "patient view: {} texts, overall Flesch-Kincaid grade {:.1}, worst single text {:.1}",
        level.texts, level.overall, level.worst
    );
    assert!(
        level.overall <= lint::MAX_GRADE,
        "overall grade {:.1}",
        level.overall
    );
    assert!(
        level.worst <= lint::MAX_GRADE,
        "worst text grade {:.1}",
        level.worst
    );
}

#[test]
fn unverified_seed_claims_are_kept_on_record_but_never_shown() {
    let bundle = common::bundle_from_toml();
    let unverified: Vec<&str> = bundle
        .figures
        .iter()
        .filter(|f| !f.status.displayable())
        .map(|f| f.id.as_str())
        .collect();
    assert!(unverified.contains(&"seed-tata-local-pfs-5y"));
    // validate() already refuses any reference; check the seed change explains it in words.
    let change = bundle
        .seed_changes
        .iter()
        .find(|c| c.id == "tata-local-control")
        .unwrap();
    assert!(
        change
            .published
            .contains("not found in any published source")
    );
    assert!(
        !change
            .figures
            .iter()
            .any(|id| unverified.contains(&id.as_str()))
    );
}

#[test]
fn seed_corrections_are_data() {
    let bundle = common::bundle_from_toml();
    let change = |id: &str| bundle.seed_changes.iter().find(|c| c.id == id).unwrap();
    assert!(
        change("tata-survival-mislabelled")
            .published
            .contains("median overall survival in months")
    );
    let mf = change("mf0701-survival");
    assert!(
        mf.seed_said.contains("HR, 0.76")
            && mf.published.contains("HR 0.66")
            && mf.published.contains("HR 0.71")
    );
    let bone = change("mf0701-bone-only");
    assert!(
        bone.seed_said.contains("HR, 0.23")
            && bone.published.contains("HR 0.47")
            && bone.published.contains("unplanned")
    );
}

#[test]
fn every_option_gets_equal_detail() {
    let bundle = common::bundle_from_toml();
    let problems = validate::equal_detail_problems(&bundle.options, &bundle.glossary);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for row in &bundle.compare {
        assert_eq!(
            row.cells.len(),
            bundle.options.len(),
            "compare row `{}`",
            row.id
        );
    }
}

#[test]
fn knowledge_check_has_the_seed_questions_and_three_to_five_patient_items() {
    let bundle = common::bundle_from_toml();
    let count = |audience| {
        bundle
            .knowledge
            .iter()
            .filter(|i| i.audience == audience)
            .count()
    };
    assert_eq!(
        count(Audience::Clinician),
        3,
        "the 2015 review's three post-test questions"
    );
    let patient = count(Audience::Patient);
    assert!(
        (3..=5).contains(&patient),
        "{patient} patient items: keep 3 to 5"
    );
}

#[test]
fn the_decision_is_one_sentence() {
    let meta = common::bundle_from_toml().meta;
    assert_eq!(
        readability::sentences(&content::plain(&meta.decision_patient)),
        1,
        "{}",
        meta.decision_patient
    );
}

#[test]
fn ninety_percent_intervals_stay_ninety_percent() {
    let bundle = common::bundle_from_toml();
    for id in ["e2108-os-hr", "jcog1017-os-hr"] {
        let figure = bundle.figures.iter().find(|f| f.id == id).unwrap();
        let ci = figure.relative().unwrap().uncertainty.ci.unwrap();
        assert_eq!(ci.level.label(), "90%", "{id} reports a 90% CI");
    }
}

/// The exact sentences the patient view renders for key figures (golden tests).
#[test]
fn golden_patient_sentences() {
    let figure = |id: &str| content::figure(id).unwrap_or_else(|| panic!("figure {id}"));
    let e2108 = figure("e2108-locoregional-progression-3y");
    let f = e2108.frequency().unwrap();
    assert_eq!(
        phrasing::frequency_comparison_heading(e2108, f),
        "Out of 100 women in each group, the number who had the cancer in the breast area grow again within 3 \
         years: about 16 who were offered an operation and radiotherapy; about 40 who kept to \
         medicines alone."
    );
    assert_eq!(
        phrasing::frequency_arm_patient(e2108, f, &f.arms[1]),
        "Out of 100 women who kept to medicines alone, about 40 had the cancer in the breast area grow again \
         within 3 years. The other 60 did not."
    );

    let lymph = figure("mclaughlin-lymphoedema-5y");
    let f = lymph.frequency().unwrap();
    assert_eq!(
        phrasing::frequency_arm_patient(lymph, f, &f.arms[0]),
        "Out of 100 women who had a sentinel-node biopsy, 5 had arm swelling about 5 years after surgery. The \
         other 95 did not."
    );
    assert_eq!(
        phrasing::frequency_arm_patient(lymph, f, &f.arms[1]),
        "Out of 100 women who had an armpit clearance, 16 had arm swelling about 5 years after surgery. The other \
         84 did not."
    );

    let mf = figure("mf0701-os-10y");
    let f = mf.frequency().unwrap();
    assert_eq!(
        phrasing::range_patient(&f.arms[0].uncertainty, 100),
        "The true number could be as low as 13 or as high as 28 out of 100."
    );

    let os = figure("e2108-os-median");
    let m = os.median().unwrap();
    assert_eq!(
        phrasing::median_arm_patient(m, &m.arms[1]),
        "Women who kept to medicines alone. Half of them were still alive after about 53 months."
    );

    let mortality = figure("el-tamer-30-day-mortality");
    let f = mortality.frequency().unwrap();
    assert_eq!(
        phrasing::frequency_arm_patient(mortality, f, &f.arms[0]),
        "Out of 1,000 women who had a mastectomy, about 2 died within 30 days of the operation. The other 998 did not."
    );

    let hr = figure("e2108-os-hr");
    assert_eq!(
        phrasing::relative_clinician(hr.relative().unwrap()),
        "HR 1.11 (90% CI 0.82–1.52; P = .57) for death from any cause, early locoregional therapy vs continued \
         systemic therapy. Below 1 would favour local therapy; the interval includes 1, so no survival difference \
         was shown."
    );
}

#[test]
fn report_content_counts() {
    let bundle = content::bundle();
    let shown = bundle
        .figures
        .iter()
        .filter(|f| f.status.displayable())
        .count();
    let held_back: Vec<&str> = bundle
        .figures
        .iter()
        .filter(|f| matches!(f.status, Verification::Secondary | Verification::Unverified))
        .map(|f| f.id.as_str())
        .collect();
    println!(
        "content: {} sources, {} studies, {} figure records ({} displayable; not shown: {:?}), {} texts",
        bundle.sources.len(),
        bundle.studies.len(),
        bundle.figures.len(),
        shown,
        held_back,
        texts::all(bundle).len(),
    );
    assert!(bundle.sources.len() >= 20 && bundle.studies.len() >= 10 && bundle.figures.len() >= 40);
}

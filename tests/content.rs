//! Content tests (native): the data parses, validates and passes every lint; the embedded bundle
//! is the data; broken content fails with fix-it messages; key sentences are exactly right.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use std::collections::BTreeSet;

use local_therapy_aid::content::{self, Verification, lint, texts, validate};
use local_therapy_aid::domain::phrasing;
use local_therapy_aid::domain::step::Step;

fn list(problems: &[validate::Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

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
        "the embedded bundle differs from src/content/data: rebuild (build.rs compiles the data)"
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
            assert_eq!(
                name,
                common::load::FIGURES_DIR,
                "unexpected folder src/content/data/{name}: only figures/ is read"
            );
            continue;
        }
        assert!(
            common::load::DATA_FILES.contains(&name.as_str()),
            "src/content/data/{name} is not read by the app: add it to DATA_FILES in src/content/load.rs or remove it"
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
    let written: BTreeSet<&str> = bundle.steps.iter().map(|s| s.id.as_str()).collect();
    let journey: BTreeSet<&str> = Step::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(
        written, journey,
        "steps.toml must have exactly one entry per step of the journey (domain/step.rs)"
    );
}

#[test]
fn broken_figures_are_reported_with_fixes() {
    let dir = common::scratch_copy("broken-figures");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/broken_figures.toml"
        ),
        dir.join("figures/zz_broken.toml"),
    )
    .unwrap();
    // A screen that shows an unverified figure must be refused too.
    let panels = std::fs::read_to_string(dir.join("panels.toml")).unwrap();
    std::fs::write(
        dir.join("panels.toml"),
        panels.replacen(
            "figures = [\"mclaughlin-lymphoedema-5y\",",
            "figures = [\"seed-tata-local-pfs-5y\", \"mclaughlin-lymphoedema-5y\",",
            1,
        ),
    )
    .unwrap();
    let bundle = common::load::load_dir(&dir).expect("the broken fixture is still valid TOML");
    let problems = validate::problems(&bundle);
    let text = list(&problems);
    for expected in [
        "figure `broken-ci-misses-estimate`: HR: the 95% CI 0.8–1.2 does not contain the estimate 1.3",
        "figure `broken-too-many-events`: arm `a`: 120 events cannot be shown out of 100",
        "figure `broken-too-many-events`: cites source `no-such-paper`, which is not in sources.toml",
        "figure `broken-too-many-events`: arm `a`: no uncertainty. Add `ci = ",
        "figure `broken-two-values`: has 2 value tables: give exactly one of",
        "figure `broken-two-values`: count 20 is larger than its total 10",
        "figure `broken-two-values`: arm `a`: give either `ci` or `no_ci_reason`, not both",
        "figure `broken-two-values`: `population_patient` uses glossary term `{unknown-term}`, which is not in glossary.toml",
        "figure `Broken Id`: ids must be lower-case letters, digits and hyphens",
        "figure `Broken Id`: denominator 50 is not allowed: use 100 (or 1000",
        "panel `lymphoedema`: shows figure `seed-tata-local-pfs-5y`, whose status is Unverified: the display policy forbids",
    ] {
        assert!(
            text.contains(expected),
            "expected a problem containing:\n  {expected}\nbut got:\n{text}"
        );
    }
}

#[test]
fn a_misspelled_field_is_a_load_error_naming_file_line_and_field() {
    let dir = common::scratch_copy("typo-figures");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/typo_figures.toml"
        ),
        dir.join("figures/zz_typo.toml"),
    )
    .unwrap();
    let errors = common::load::load_dir(&dir).expect_err("a misspelled field must not load");
    let text: String = errors.iter().map(ToString::to_string).collect();
    assert!(
        text.contains("zz_typo.toml"),
        "error should name the file: {text}"
    );
    assert!(
        text.contains("unknown field `populaton`"),
        "error should name the field: {text}"
    );
    assert!(
        text.contains("line 7"),
        "error should give the line: {text}"
    );
    assert!(
        text.contains("src/content/schema.rs"),
        "error should say where the fields are documented: {text}"
    );
}

#[test]
fn lints_catch_bad_wording_and_untraceable_numbers() {
    let mut bundle = common::bundle_from_toml();
    bundle.questions = bundle.questions.edited(|questions| {
        questions[0].text =
            "About 1 in 20 women had it, and it was twice as common after surgery.".into();
    });
    bundle.steps = bundle
        .steps
        .edited(|steps| steps[0].lead_patient = "This happened to 37 out of 100 women.".into());
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
        "step `start` lead_patient: states 37 but cites nothing",
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
fn number_extraction_ignores_trial_names() {
    assert_eq!(
        lint::numbers_in("E2108 and MF07-01 (ABCSG-28): HR 1.11 (90% CI 0.82–1.52), 1,832 women"),
        ["1.11", "90", "0.82", "1.52", "1832"]
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
    let shape = |o: &content::TreatmentOption| {
        [
            o.what_happens.len(),
            o.benefits.len().min(3),
            o.harms.len().min(3),
            o.experience.physical.len(),
            o.experience.emotional.len(),
            o.experience.practical.len(),
        ]
    };
    let first = shape(&bundle.options[0]);
    for option in &bundle.options {
        assert_eq!(
            shape(option),
            first,
            "option `{}` has less or more detail than the others",
            option.id
        );
    }
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
fn ninety_percent_intervals_stay_ninety_percent() {
    let bundle = common::bundle_from_toml();
    for id in ["e2108-os-hr", "jcog1017-os-hr"] {
        let figure = bundle.figures.iter().find(|f| f.id == id).unwrap();
        let ci = figure.relative.as_ref().unwrap().uncertainty.ci.unwrap();
        assert_eq!(ci.level.label(), "90%", "{id} reports a 90% CI");
    }
}

/// The exact sentences the patient view renders for key figures (golden tests).
#[test]
fn golden_patient_sentences() {
    let figure = |id: &str| content::figure(id).unwrap_or_else(|| panic!("figure {id}"));
    let e2108 = figure("e2108-locoregional-progression-3y");
    let f = e2108.frequency.as_ref().unwrap();
    assert_eq!(
        phrasing::frequency_comparison_patient(e2108, f),
        "About 16 out of 100 women who had an operation and radiotherapy to the breast and about 40 out of 100 \
         women who kept to medicines alone had the cancer in the breast area grow again within 3 years."
    );
    assert_eq!(
        phrasing::frequency_arm_patient(e2108, f, &f.arms[1]),
        "Out of 100 women who kept to medicines alone, about 40 had the cancer in the breast area grow again \
         within 3 years. The other 60 did not."
    );

    let lymph = figure("mclaughlin-lymphoedema-5y");
    let f = lymph.frequency.as_ref().unwrap();
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
    let f = mf.frequency.as_ref().unwrap();
    assert_eq!(
        phrasing::range_patient(&f.arms[0].uncertainty, 100),
        "The true number could be as low as 13 or as high as 28 out of 100."
    );

    let os = figure("e2108-os-median");
    let m = os.median.as_ref().unwrap();
    assert_eq!(
        phrasing::median_arm_patient(m, &m.arms[1]),
        "Half of the women who kept to medicines alone were still alive after about 53 months."
    );

    let mortality = figure("el-tamer-30-day-mortality");
    let f = mortality.frequency.as_ref().unwrap();
    assert_eq!(
        phrasing::frequency_arm_patient(mortality, f, &f.arms[0]),
        "Out of 1,000 women who had a mastectomy, about 2 died within 30 days of the operation. The other 998 did not."
    );

    let hr = figure("e2108-os-hr");
    assert_eq!(
        phrasing::relative_clinician(hr.relative.as_ref().unwrap()),
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

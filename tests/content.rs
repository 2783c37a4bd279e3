//! Content tests (native): the data parses, validates and passes every lint; the embedded bundle
//! is the data; broken content fails with fix-it messages; key sentences are exactly right.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use std::collections::BTreeSet;

use local_therapy_aid::checks::{lint, readability, texts, validate};
use local_therapy_aid::content::{self, Audience, List, Verification};
use local_therapy_aid::domain::phrasing;
use local_therapy_aid::domain::situation::Field;
use local_therapy_aid::domain::step::Step;

fn list(problems: &[validate::Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The lines of a problem list that `wanted` picks (the problems of one record or one check).
fn lines_where(text: &str, wanted: impl Fn(&str) -> bool) -> String {
    text.lines()
        .filter(|line| wanted(line))
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
            assert_eq!(
                name,
                common::load::FIGURES_DIR,
                "unexpected folder content/data/{name}: only figures/ is read"
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
            "figures = [\"disipio-lymphoedema-alnd\",",
            "figures = [\"seed-tata-local-pfs-5y\", \"disipio-lymphoedema-alnd\",",
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
        text.contains("content/src/schema.rs"),
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
fn the_equal_detail_check_catches_a_padded_option() {
    // An extra harm, and a first benefit four times as long, for the second option.
    let bundle = common::bundle_from_toml();
    let options = bundle.options.edited(|options| {
        let option = &mut options[1];
        option.harms = option.harms.edited(|h| h.push(h[0].clone()));
        let longer = [option.benefits[0].patient.as_str(); 4].join(" ");
        option.benefits = option.benefits.edited(|b| b[0].patient = longer.into());
    });
    let text = validate::equal_detail_problems(&options, &bundle.glossary).join("\n");
    let id = &options[1].id;
    assert!(
        text.contains(&format!("option `{id}` has 4 harms points")),
        "{text}"
    );
    assert!(
        text.contains(&format!("option `{id}` benefits: ")) && text.contains("from the mean"),
        "{text}"
    );
}

/// The options with their benefits rewritten: the first benefit of option `i` reads `texts[i]`,
/// the others read nothing (the number of points stays as it is).
fn with_first_benefits(
    options: List<content::TreatmentOption>,
    texts: &[String],
) -> List<content::TreatmentOption> {
    options.edited(|options| {
        for (option, text) in options.iter_mut().zip(texts) {
            option.benefits = option.benefits.edited(|points| {
                for (n, point) in points.iter_mut().enumerate() {
                    point.patient = if n == 0 {
                        text.clone().into()
                    } else {
                        "".into()
                    };
                }
            });
        }
    })
}

fn words(n: usize) -> String {
    vec!["word"; n].join(" ")
}

#[test]
fn a_section_exactly_at_the_word_tolerance_passes_and_one_word_more_fails() {
    // Mean 20 words: 27 and 13 are 35% off it (the tolerance), 28 is 40% off.
    let bundle = common::bundle_from_toml();
    let n = bundle.options.len();
    let at_limit: Vec<String> = (0..n)
        .map(|i| words([27, 13].get(i).copied().unwrap_or(20)))
        .collect();
    let options = with_first_benefits(bundle.options, &at_limit);
    let text = validate::equal_detail_problems(&options, &bundle.glossary).join("\n");
    assert!(!text.contains("benefits:"), "{text}");

    let beyond: Vec<String> = (0..n)
        .map(|i| words([28, 12].get(i).copied().unwrap_or(20)))
        .collect();
    let options = with_first_benefits(bundle.options, &beyond);
    let text = validate::equal_detail_problems(&options, &bundle.glossary).join("\n");
    for option in &options[..2] {
        assert!(
            text.contains(&format!("option `{}` benefits: ", option.id)),
            "{text}"
        );
    }
}

#[test]
fn a_glossary_mark_counts_as_the_words_of_its_own_term() {
    // Option 0 says a three-word term ten times (30 words shown), the others 30 plain words. If
    // the mark were counted as another term's one word, option 0 would be 20 words short.
    let bundle = common::bundle_from_toml();
    let glossary = bundle.glossary.edited(|terms| {
        let mut short = terms[0].clone();
        short.id = "short-term".into();
        short.term = "short".into();
        let mut long = terms[0].clone();
        long.id = "long-term".into();
        long.term = "three word term".into();
        *terms = vec![short, long];
    });
    let texts: Vec<String> = (0..bundle.options.len())
        .map(|i| {
            if i == 0 {
                ["{long-term}"; 10].join(" ")
            } else {
                words(30)
            }
        })
        .collect();
    let options = with_first_benefits(bundle.options, &texts);
    let problems = validate::equal_detail_problems(&options, &glossary);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_compare_cell_is_judged_by_the_option_it_is_for() {
    // A figure whose women had only the first option's treatment, shown only in one compare row:
    // in that option's cell it is direct; in another option's cell it must say it is indirect.
    let mut bundle = common::bundle_from_toml();
    let first = bundle.options[0].clone();
    let other = bundle
        .options
        .iter()
        .find(|o| o.kind != first.kind)
        .unwrap()
        .clone();
    bundle.figures = bundle.figures.edited(|figures| {
        let mut only_first = figures[0].clone();
        only_first.id = "only-first-option".into();
        only_first.indirect = None;
        only_first.direct_for = List::from(vec![first.kind]);
        figures.push(only_first);
    });
    let use_in_cell_of = |bundle: &mut content::Bundle, option: &str| {
        bundle.compare = bundle.compare.edited(|rows| {
            rows[0].cells = rows[0].cells.edited(|cells| {
                for cell in cells.iter_mut().filter(|c| c.option == option) {
                    cell.indirect = None;
                    cell.figures = List::from(vec!["only-first-option".into()]);
                }
            });
        });
    };
    let directness = |bundle: &content::Bundle| {
        lines_where(&list(&validate::problems(bundle)), |l| {
            l.contains("`only-first-option`") && l.contains("is used for option")
        })
    };
    let mut in_first = bundle.clone();
    use_in_cell_of(&mut in_first, first.id.as_str());
    assert_eq!(directness(&in_first), "");

    let mut in_other = bundle.clone();
    use_in_cell_of(&mut in_other, other.id.as_str());
    let text = directness(&in_other);
    assert!(
        text.contains(&format!("is used for option `{}`", other.id)),
        "{text}"
    );
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

/// Copies a fixture into a scratch copy of the data and returns the validation problems.
fn problems_with(name: &str, edit: impl FnOnce(&std::path::Path)) -> String {
    let dir = common::scratch_copy(name);
    edit(&dir);
    let bundle = common::load::load_dir(&dir).expect("the fixture is still valid TOML");
    list(&validate::problems(&bundle))
}

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn assert_reports(text: &str, expected: &[&str]) {
    for expected in expected {
        assert!(
            text.contains(expected),
            "expected a problem containing:\n  {expected}\nbut got:\n{text}"
        );
    }
}

#[test]
fn a_figure_without_population_or_time_frame_is_refused() {
    let text = problems_with("empty-fields", |dir| {
        std::fs::copy(
            fixture("empty_fields_figures.toml"),
            dir.join("figures/zz_empty.toml"),
        )
        .unwrap();
    });
    let place = "figure `broken-empty-population-and-horizon`";
    assert_reports(
        &text,
        &[
            &format!("{place}: `population` is empty: write it"),
            &format!("{place}: `population_patient` is empty: write it"),
            &format!("{place}: `horizon.clinician` is empty: write it"),
            &format!("{place}: `horizon.patient` is empty: write it"),
        ],
    );
}

#[test]
fn bad_review_dates_are_refused() {
    let set_dates = |reviewed: &str, next: &str| {
        let (reviewed, next) = (reviewed.to_owned(), next.to_owned());
        move |dir: &std::path::Path| {
            let path = dir.join("bundle.toml");
            let text = std::fs::read_to_string(&path).unwrap();
            let text: String = text
                .lines()
                .map(|line| {
                    if line.starts_with("reviewed_on = ") {
                        format!("reviewed_on = \"{reviewed}\"")
                    } else if line.starts_with("next_review = ") {
                        format!("next_review = \"{next}\"")
                    } else {
                        line.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            std::fs::write(path, text).unwrap();
        }
    };
    let text = problems_with("bad-date", set_dates("2026-13-40", "2027-11-27"));
    assert_reports(
        &text,
        &["bundle.toml: `reviewed_on` = \"2026-13-40\" is not a date: write it as YYYY-MM-DD"],
    );
    let text = problems_with(
        "next-before-reviewed",
        set_dates("2026-11-27", "2026-11-27"),
    );
    assert_reports(
        &text,
        &[
            "bundle.toml: `next_review` (2026-11-27) must be after `reviewed_on` (2026-11-27): set it to",
        ],
    );
    let text = problems_with("next-earlier", set_dates("2026-11-27", "2025-01-01"));
    assert_reports(
        &text,
        &["`next_review` (2025-01-01) must be after `reviewed_on`"],
    );
}

#[test]
fn an_option_with_no_harms_is_refused() {
    let text = problems_with("no-harms", |dir| {
        std::fs::copy(
            fixture("option_without_harms.toml"),
            dir.join("options.toml"),
        )
        .unwrap();
    });
    assert_reports(
        &text,
        &[
            "option `medicines-first`: `harms` is empty: every option needs benefits, harms and what it is like",
        ],
    );
}

#[test]
fn a_figure_that_does_not_say_whether_it_is_a_subgroup_does_not_load() {
    let dir = common::scratch_copy("no-subgroup");
    std::fs::copy(
        fixture("no_subgroup_figures.toml"),
        dir.join("figures/zz_no_subgroup.toml"),
    )
    .unwrap();
    let errors =
        common::load::load_dir(&dir).expect_err("a figure without `subgroup` must not load");
    let text: String = errors.iter().map(ToString::to_string).collect();
    assert!(
        text.contains("zz_no_subgroup.toml") && text.contains("missing field `subgroup`"),
        "{text}"
    );
}

#[test]
fn figure_values_must_be_in_their_quotes() {
    let dir = common::scratch_copy("misquoted");
    std::fs::copy(
        fixture("misquoted_figures.toml"),
        dir.join("figures/zz_misquoted.toml"),
    )
    .unwrap();
    let bundle = common::load::load_dir(&dir).unwrap();
    let text = list(&lint::values_missing_from_quotes(&bundle));
    assert_reports(
        &text,
        &[
            "figure `broken-misquoted-hr`: estimate is 1.17, but the quote does not print it: copy the sentence",
            "figure `broken-misquoted-hr`: CI high is 1.57, but the quote does not print it",
            "figure `broken-misquoted-count`: count is 91, but the quote does not print it",
        ],
    );
    // The values that are in the quotes are not reported ("Ninety" is read as 90 elsewhere).
    assert!(!text.contains("CI low"), "{text}");
    assert!(
        lint::values_missing_from_quotes(&common::bundle_from_toml()).is_empty(),
        "the real figures all print their values in their quotes"
    );
}

#[test]
fn quote_numbers_read_digits_middle_dots_and_words() {
    let numbers = |q: &str| -> Vec<String> {
        lint::quote_numbers(q)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(numbers("41·9% (95% CI 1,832)"), ["41.9", "95", "1832"]);
    assert_eq!(
        numbers("Five hundred seventy patients; Ninety patients"),
        ["570", "90"]
    );
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

#[test]
fn only_marked_terms_count_as_short_words_in_the_reading_grade() {
    let marked = readability::counts("Arm swelling after a {mastectomy} can last for years.");
    let unmarked = readability::counts("Arm swelling after a mastectomy can last for years.");
    assert_eq!(marked.words, unmarked.words);
    assert!(unmarked.syllables > marked.syllables);
}

#[test]
fn sources_need_a_doi_or_pmid_unless_their_kind_allows_a_url() {
    let mut bundle = common::bundle_from_toml();
    bundle.sources = bundle.sources.edited(|sources| {
        let paper = sources.iter_mut().find(|s| s.id == "tsai-2009").unwrap();
        paper.doi = None;
        paper.pmid = None;
        paper.url = Some("https://example.org/tsai".into());
        let both = sources
            .iter_mut()
            .find(|s| s.id == "mclaughlin-2008")
            .unwrap();
        both.url = Some("https://example.org/mclaughlin".into());
    });
    let text = list(&validate::problems(&bundle));
    assert_reports(
        &text,
        &[
            "source `tsai-2009`: has no `doi` or `pmid`, and a Paper source needs one",
            "source `mclaughlin-2008`: has a `doi` or `pmid` and also a `url`: remove the `url`",
        ],
    );
    // The official statistics page and the unconfirmed abstract copy are allowed a url alone.
    assert!(!text.contains("source `cdc-stat-bite`") && !text.contains("source `lohrisch-2006`"));
    for source in common::bundle_from_toml().sources.iter() {
        if source.doi.is_none() && source.pmid.is_none() {
            assert!(source.kind.url_is_enough(), "{}", source.id);
        }
    }
}

#[test]
fn what_a_review_reported_is_never_shown_as_a_checked_figure() {
    let bundle = common::bundle_from_toml();
    let petrelli = bundle
        .figures
        .iter()
        .find(|f| f.id == "petrelli-observational-hr")
        .unwrap();
    assert_eq!(petrelli.status, Verification::ReportedByReview);
    assert_eq!(
        phrasing::status_label(petrelli.status),
        "As reported by the 2015 review; not checked against the original study"
    );
    let mut broken = bundle.clone();
    broken.panels = broken.panels.edited(|panels| {
        let panel = panels
            .iter_mut()
            .find(|p| p.id == "survival-all-trials")
            .unwrap();
        panel.figures = List::from(vec!["petrelli-observational-hr".into()]);
    });
    broken.figures = broken.figures.edited(|figures| {
        let f = figures
            .iter_mut()
            .find(|f| f.id == "petrelli-observational-hr")
            .unwrap();
        f.sources = List::from(vec!["patrick-khan-2015".into(), "reinhorn-2021".into()]);
    });
    let text = list(&validate::problems(&broken));
    assert_reports(
        &text,
        &[
            "panel `survival-all-trials`: shows figure `petrelli-observational-hr`, which is only what the 2015 review reported, in the patient view",
            "figure `petrelli-observational-hr`: is `reported_by_review` but cites `reinhorn-2021`, which is not a narrative review",
        ],
    );
}

#[test]
fn every_situation_answer_has_a_record() {
    let bundle = common::bundle_from_toml();
    for feature in content::SituationFeature::ALL {
        assert!(
            bundle
                .situation_evidence
                .iter()
                .any(|e| e.feature == feature),
            "{feature:?}"
        );
    }
    let mut broken = bundle.clone();
    broken.situation_evidence = broken
        .situation_evidence
        .edited(|e| e.retain(|e| e.id != "hormone-negative"));
    broken.guidance = broken
        .guidance
        .edited(|cards| cards.retain(|c| c.id != "oligometastatic"));
    let text = list(&validate::problems(&broken));
    assert_reports(
        &text,
        &[
            "situation.toml: no record for feature `HormoneNegative`: the situation form can select it, so an answer would be silently ignored",
            "guidance.toml: no card for situation `Oligometastatic`",
        ],
    );
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

/// One patient-view text with no figures, for the lints that read words only.
fn patient_prose(text: &str) -> texts::Prose<'_> {
    texts::Prose {
        place: "test text".into(),
        reader: texts::Reader::Patient,
        text,
        figures: vec![],
        sources: vec![],
        inline_terms: true,
    }
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

/// A patient text of `words` words in `sentences` sentences with `syllables` syllables (words of
/// one and two syllables), checked with the counter before use.
fn text_with(words: u32, sentences: u32, syllables: u32) -> String {
    let two = syllables - words;
    let per_sentence = words.div_ceil(sentences);
    let all: Vec<&str> = (0..words)
        .map(|i| if i < two { "table" } else { "cat" })
        .collect();
    let text = all
        .chunks(per_sentence as usize)
        .map(|s| format!("{}.", s.join(" ")))
        .collect::<Vec<_>>()
        .join(" ");
    let counts = readability::counts(&text);
    assert_eq!(
        (counts.words, counts.sentences, counts.syllables),
        (words, sentences, syllables),
        "{text}"
    );
    text
}

#[test]
fn grade_eight_is_allowed_and_above_it_is_not() {
    // 204 words, 9 sentences, 255 syllables: Flesch–Kincaid exactly 8.0 (floating point included).
    let at_eight = text_with(204, 9, 255);
    assert_eq!(readability::grade(&at_eight), Some(8.0));
    assert!(lint::hard_to_read(&[patient_prose(&at_eight)]).is_empty());
    let above = text_with(204, 9, 256);
    assert_eq!(lint::hard_to_read(&[patient_prose(&above)]).len(), 1);

    // Short texts are graded together: 26 texts of one sentence (2 of 10 words, 24 of 9), 236
    // words and 401 syllables in all, is exactly 8.0 again; one syllable more is above it.
    let short = |extra: u32| {
        (0..26)
            .map(|i| match i {
                0..2 => text_with(10, 1, 18),
                2..7 => text_with(9, 1, 16),
                _ => text_with(9, 1, 15 + if i == 25 { extra } else { 0 }),
            })
            .collect::<Vec<_>>()
    };
    let pooled = short(0);
    let pooled: Vec<texts::Prose> = pooled.iter().map(|t| patient_prose(t)).collect();
    let total = pooled
        .iter()
        .fold(readability::Counts::default(), |sum, t| {
            sum.plus(readability::counts(t.text))
        });
    assert_eq!(total.grade(), Some(8.0), "{total:?}");
    let found = lint::hard_to_read(&pooled);
    assert!(found.is_empty(), "{}", list(&found));
    let above = short(1);
    let above: Vec<texts::Prose> = above.iter().map(|t| patient_prose(t)).collect();
    let found = list(&lint::hard_to_read(&above));
    assert!(found.contains("short patient texts"), "{found}");
}

#[test]
fn a_text_of_twelve_words_is_graded_on_its_own_and_eleven_are_pooled() {
    let hard = |words: u32| text_with(words, 1, words * 2);
    let own = hard(lint::MIN_WORDS_FOR_OWN_GRADE);
    let found = list(&lint::hard_to_read(&[patient_prose(&own)]));
    assert!(found.contains("- test text: reads at grade"), "{found}");
    let pooled = hard(lint::MIN_WORDS_FOR_OWN_GRADE - 1);
    let found = list(&lint::hard_to_read(&[patient_prose(&pooled)]));
    assert!(found.contains("- short patient texts"), "{found}");
}

#[test]
fn the_reading_level_counts_every_patient_view_text() {
    let bundle = common::bundle_from_toml();
    let patient = texts::all(&bundle)
        .iter()
        .filter(|t| t.reader == texts::Reader::Patient)
        .count();
    assert!(patient > 100);
    assert_eq!(lint::reading_level(&bundle).texts, patient);
}

#[test]
fn a_single_trial_of_the_decision_never_stands_alone() {
    use content::Design;
    let bundle = common::bundle_from_toml();
    let find = |design: Design, direct: bool| {
        bundle
            .figures
            .iter()
            .find(|f| f.design == design && f.direct_for.is_empty() != direct)
            .unwrap_or_else(|| panic!("a {design:?} figure, direct: {direct}"))
            .id
            .as_str()
    };
    let trial = find(Design::Rct, true);
    let pooled = find(Design::MetaAnalysisRct, true);
    let cohort = bundle
        .figures
        .iter()
        .find(|f| {
            f.design != Design::Rct
                && f.design != Design::MetaAnalysisRct
                && !f.direct_for.is_empty()
        })
        .unwrap()
        .id
        .as_str();
    let option = bundle.options[0].id.as_str();
    let row = bundle.compare[0].id.as_str();
    let resting_on = |figures: &[&'static str]| {
        let mut edited = bundle.clone();
        let figures = List::from(figures.iter().map(|&f| f.into()).collect::<Vec<_>>());
        edited.options = edited.options.edited(|options| {
            options[0].benefits = options[0].benefits.edited(|b| b[0].figures = figures);
        });
        edited.compare = edited.compare.edited(|rows| {
            rows[0].cells = rows[0].cells.edited(|cells| cells[0].figures = figures);
        });
        lint::single_trials_without_the_pooled_figure(&edited)
            .iter()
            .map(|p| p.place.clone())
            .filter(|place| {
                *place == format!("option `{option}` benefits[0]")
                    || place.starts_with(&format!("compare row `{row}` cell "))
            })
            .count()
    };
    assert_eq!(
        resting_on(&[trial]),
        2,
        "a trial alone, in a point and a cell"
    );
    assert_eq!(resting_on(&[trial, pooled]), 0, "with the pooled figure");
    assert_eq!(resting_on(&[pooled]), 0);
    assert_eq!(resting_on(&[cohort]), 0, "not a trial");
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
fn an_option_point_is_checked_for_words_references_and_traceable_numbers() {
    let bundle = common::bundle_from_toml();
    let option = bundle.options[0].id.as_str();
    let with_point = |edit: &dyn Fn(&mut content::Point)| {
        let mut edited = bundle.clone();
        edited.options = edited.options.edited(|options| {
            options[0].benefits = options[0].benefits.edited(|b| edit(&mut b[0]));
        });
        list(&validate::problems(&edited))
    };
    let untraced = with_point(&|p| {
        p.patient = "It helped 5 women.".into();
        p.figures = List::default();
        p.sources = List::default();
    });
    assert!(
        untraced.contains("states a number but lists no `figures` or `sources`"),
        "{untraced}"
    );
    let words_only = with_point(&|p| {
        p.patient = "It helped some women.".into();
        p.figures = List::default();
        p.sources = List::default();
    });
    assert!(!words_only.contains("states a number"), "{words_only}");
    let unknown = with_point(&|p| p.figures = List::from(vec!["no-such-figure".into()]));
    assert!(
        unknown.contains("refers to figure `no-such-figure`"),
        "{unknown}"
    );
    let empty = with_point(&|p| p.patient = "".into());
    assert!(
        empty.contains(&format!(
            "option `{option}` benefits: `patient` is empty: write it"
        )),
        "{empty}"
    );
}

/// The problems of the bundle after one edit, as text.
fn problems_after(edit: impl FnOnce(&mut content::Bundle)) -> String {
    let mut bundle = common::bundle_from_toml();
    edit(&mut bundle);
    list(&validate::problems(&bundle))
}

#[test]
fn word_limits_allow_their_limit_and_refuse_one_word_more() {
    // A step's key points: 150 words (BUDGET.key_points).
    let key_points = |n: usize| {
        problems_after(|b| {
            b.steps = b.steps.edited(|steps| {
                steps[0].key_points_patient = List::from(vec![words(n).into()]);
            });
        })
    };
    assert!(
        !key_points(150).contains("key_points_patient have"),
        "{}",
        key_points(150)
    );
    assert!(key_points(151).contains("key_points_patient have 151 words, over the limit of 150"));
    // An answer at a glance: 30 words.
    let glance = |n: usize| {
        problems_after(|b| {
            b.compare = b.compare.edited(|rows| {
                let row = rows.iter_mut().find(|r| r.at_a_glance).unwrap();
                row.cells = row
                    .cells
                    .edited(|cells| cells[0].glance = Some(words(n).into()));
            });
        })
    };
    assert!(!glance(30).contains("glance has"), "{}", glance(30));
    assert!(glance(31).contains("glance has 31 words, over 30"));
    // The decision in one sentence: 40 words.
    let decision = |n: usize| problems_after(|b| b.meta.decision_patient = words(n).into());
    assert!(
        !decision(40).contains("decision_patient"),
        "{}",
        decision(40)
    );
    assert!(decision(41).contains("`decision_patient` is over 40 words"));
}

#[test]
fn a_step_picture_compares_two_or_more_groups_that_the_evidence_covers() {
    let bundle = common::bundle_from_toml();
    let step = bundle
        .steps
        .iter()
        .position(|s| s.key_figure.is_some())
        .unwrap();
    let key = bundle.steps[step].key_figure.unwrap();
    let shown = |edit: &dyn Fn(&mut content::Figure)| {
        let text = problems_after(|b| {
            b.figures = b.figures.edited(|figures| {
                edit(figures.iter_mut().find(|f| f.id == key.as_str()).unwrap());
            });
        });
        lines_where(&text, |l| l.contains("key_figure"))
    };
    assert_eq!(shown(&|_| {}), "");
    // Groups: three are fine, one is not.
    let arms = |keep: usize| {
        move |f: &mut content::Figure| match &mut f.value {
            content::FigureValue::Frequency(q) => {
                q.arms = q.arms.edited(|a| a.resize(keep, a[0].clone()))
            }
            content::FigureValue::Median(q) => {
                q.arms = q.arms.edited(|a| a.resize(keep, a[0].clone()))
            }
            _ => unreachable!(),
        }
    };
    assert_eq!(shown(&arms(3)), "");
    assert!(
        shown(&arms(1)).contains("has one group"),
        "{}",
        shown(&arms(1))
    );
    // Options the women had: two are enough, one is not.
    let direct = |kinds: usize| {
        move |f: &mut content::Figure| {
            f.direct_for = f.direct_for.edited(|d| d.truncate(kinds));
        }
    };
    assert!(
        bundle
            .figures
            .iter()
            .find(|f| f.id == key.as_str())
            .unwrap()
            .direct_for
            .len()
            >= 2
    );
    assert_eq!(shown(&direct(2)), "");
    assert!(shown(&direct(1)).contains("is direct evidence for 1 option(s)"));

    // A median with two groups and a range is a picture as good as a frequency.
    let median = bundle
        .figures
        .iter()
        .find(|f| {
            f.median().is_some_and(|m| {
                m.arms.len() >= 2 && m.arms.iter().any(|a| a.uncertainty.ci.is_some())
            }) && f.direct_for.len() >= 2
                && f.status.displayable()
                && f.status != Verification::ReportedByReview
        })
        .expect("a median figure fit for a picture")
        .id;
    let endpoint = bundle
        .figures
        .iter()
        .find(|f| f.id == key.as_str())
        .and_then(|f| f.endpoint);
    let text = problems_after(|b| {
        b.steps = b
            .steps
            .edited(|steps| steps[step].key_figure = Some(median.as_str().into()));
        b.figures = b.figures.edited(|figures| {
            figures
                .iter_mut()
                .find(|f| f.id == median.as_str())
                .unwrap()
                .endpoint = endpoint;
        });
    });
    // (Whether one trial's median may stand for the step is the most-complete rule's question,
    // tested on its own.)
    let text = lines_where(&text, |l| {
        l.contains("key_figure") && !l.contains("most complete")
    });
    assert!(text.is_empty(), "{text}");
}

#[test]
fn sources_need_an_identifier_or_an_address_and_well_formed_ids() {
    let bundle = common::bundle_from_toml();
    let source = |edit: &dyn Fn(&mut content::Source)| {
        let mut edited = bundle.clone();
        edited.sources = edited.sources.edited(|sources| edit(&mut sources[0]));
        let id = edited.sources[0].id;
        let place = format!("source `{id}`");
        lines_where(&list(&validate::problems(&edited)), |l| l.contains(&place))
    };
    let statistics_page = |url: Option<&'static str>| {
        move |s: &mut content::Source| {
            s.kind = content::SourceKind::OfficialStatistics;
            s.doi = None;
            s.pmid = None;
            s.url = url.map(Into::into);
        }
    };
    assert_eq!(
        source(&statistics_page(Some("https://example.org/table"))),
        ""
    );
    assert!(source(&statistics_page(None)).contains("has no `doi`, `pmid` or `url`"));
    let pmid = |pmid: &'static str| {
        move |s: &mut content::Source| {
            s.doi = None;
            s.url = None;
            s.pmid = Some(pmid.into());
        }
    };
    assert_eq!(source(&pmid("12345678")), "");
    for bad in ["1234a678", "PMID 1", ""] {
        assert!(source(&pmid(bad)).contains("must be digits only"), "{bad}");
    }
}

#[test]
fn studies_and_the_selection_picture_are_checked() {
    let text = problems_after(|b| {
        b.studies = b.studies.edited(|studies| studies[0].name = "".into());
    });
    assert!(text.contains("`name` is empty"), "{text}");
    let text = problems_after(|b| {
        b.bias.chosen = b.bias.chosen.edited(|c| c.push("One more".into()));
    });
    assert!(
        text.contains("`chosen` and `others` must list the same number"),
        "{text}"
    );
    let text = problems_after(|b| b.bias.chosen = List::default());
    assert!(
        text.contains("`chosen` and `others` must list the same number"),
        "{text}"
    );
}

#[test]
fn a_decision_needs_two_options_and_compare_cells_name_real_ones() {
    let options = |keep: usize| {
        problems_after(|b| {
            b.options = b.options.edited(|o| {
                // Keep the one of kind no_local_therapy_now among those kept.
                o.sort_by_key(|o| o.kind != content::OptionKind::NoLocalTherapyNow);
                o.truncate(keep);
            });
        })
    };
    assert!(
        !options(2).contains("at least two options"),
        "{}",
        options(2)
    );
    assert!(options(1).contains("a decision needs at least two options"));
    let text = problems_after(|b| {
        b.compare = b.compare.edited(|rows| {
            rows[0].cells = rows[0]
                .cells
                .edited(|c| c[0].option = "no-such-option".into());
        });
    });
    assert!(
        text.contains("has a cell for unknown option `no-such-option`"),
        "{text}"
    );
}

#[test]
fn a_knowledge_item_has_two_choices_with_unique_ids_one_of_them_correct() {
    let item = |edit: &dyn Fn(&mut content::KnowledgeItem)| {
        problems_after(|b| b.knowledge = b.knowledge.edited(|k| edit(&mut k[0])))
    };
    assert_eq!(item(&|_| {}), "");
    let text = item(&|k| k.correct = "no-such-choice".into());
    assert!(
        text.contains("`correct` = `no-such-choice` is not one of its choice ids"),
        "{text}"
    );
    let text = item(&|k| k.choices = k.choices.edited(|c| c.truncate(1)));
    assert!(text.contains("needs at least two choices"), "{text}");
    let text = item(&|k| {
        k.choices = k.choices.edited(|c| {
            let first = c[0].id;
            c[1].id = first;
        });
    });
    assert!(text.contains("is used twice"), "{text}");
    let text = item(&|k| k.question = "".into());
    assert!(text.contains("`question` is empty"), "{text}");
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
    let unmarked = vec![texts::Prose {
        text: Field::Her2.question(),
        ..form[0].clone()
    }];
    assert!(!lint::unmarked_terms(&bundle, &unmarked).is_empty());
}

/// Writes `content/history/<version>.toml`, the figures of this evidence version, for the
/// next version's change-log check. Run it once when a version is released:
/// `cargo test --test content -- --ignored record_the_figures_of_this_version`.
#[test]
#[ignore = "writes a file; run by hand when a version is released"]
fn record_the_figures_of_this_version() {
    let bundle = common::bundle_from_toml();
    let dir = std::path::PathBuf::from(local_therapy_aid::checks::history::HISTORY_DIR);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{}.toml", bundle.meta.version));
    std::fs::write(
        &file,
        local_therapy_aid::checks::history::history_toml(&bundle),
    )
    .unwrap();
    println!("wrote {}", file.display());
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
}

#[test]
fn a_figure_used_for_an_option_its_women_did_not_have_must_say_it_is_indirect() {
    let mut bundle = common::bundle_from_toml();
    bundle.figures = bundle.figures.edited(|figures| {
        let f = figures
            .iter_mut()
            .find(|f| f.id == "mclaughlin-lymphoedema-5y")
            .unwrap();
        f.indirect = None;
        f.direct_for = List::from(vec![content::OptionKind::NoLocalTherapyNow]);
    });
    let text = list(&validate::problems(&bundle));
    assert_reports(
        &text,
        &[
            "figure `mclaughlin-lymphoedema-5y`: is used for option `surgery`, but its women did not have that option: if they did, add \"surgery\" to `direct_for`; if not, add `indirect = ",
        ],
    );
    bundle.figures = bundle.figures.edited(|figures| {
        let f = figures
            .iter_mut()
            .find(|f| f.id == "mclaughlin-lymphoedema-5y")
            .unwrap();
        f.direct_for = List::default();
    });
    let text = list(&validate::problems(&bundle));
    assert_reports(
        &text,
        &[
            "figure `mclaughlin-lymphoedema-5y`: is shown on the `lymphoedema` panel but does not say whom it applies to",
        ],
    );
}

#[test]
fn a_figure_that_changes_without_a_change_log_entry_is_refused() {
    let bundle = common::bundle_from_toml();
    let history = local_therapy_aid::checks::history::read(
        std::path::Path::new(local_therapy_aid::checks::history::HISTORY_DIR),
        bundle.changes.previous.as_str(),
    )
    .unwrap();
    assert!(
        local_therapy_aid::checks::history::unlogged_changes(&bundle, &history).is_empty(),
        "every change since the previous version is in the change log"
    );
    // A changed value, a new figure and a removed one, none of them logged.
    let mut broken = bundle.clone();
    broken.figures = broken.figures.edited(|figures| {
        let f = figures.iter_mut().find(|f| f.id == "e2108-os-hr").unwrap();
        if let content::FigureValue::Relative(r) = &mut f.value {
            r.estimate = content::Decimal::parse("1.12").unwrap();
        }
        let mut new = figures[0].clone();
        new.id = "a-new-figure".into();
        figures.push(new);
        figures.retain(|f| f.id != "lord-5y-os-population");
    });
    broken.changes.changes = List::default();
    let text = list(&local_therapy_aid::checks::history::unlogged_changes(
        &broken, &history,
    ));
    assert_reports(
        &text,
        &[
            "figure `e2108-os-hr`: changed (was `status=",
            "but changes.toml does not say so: add a [[changes]] entry naming `e2108-os-hr`",
            "figure `a-new-figure`: is new since evidence version",
            "figure `lord-5y-os-population`: was removed since evidence version",
        ],
    );
    // Naming it in the log is enough: the version's own entries, and one for these three.
    let mut logged: Vec<content::Change> = common::bundle_from_toml().changes.changes.to_vec();
    logged.push(content::Change {
        id: "fix".into(),
        ids: List::from(vec![
            "e2108-os-hr".into(),
            "a-new-figure".into(),
            "lord-5y-os-population".into(),
        ]),
        ..content::Change::default()
    });
    broken.changes.changes = List::from(logged);
    assert!(local_therapy_aid::checks::history::unlogged_changes(&broken, &history).is_empty());
}

#[test]
fn a_worked_out_number_must_be_what_the_formula_gives() {
    let dir = common::scratch_copy("worked-out");
    std::fs::copy(
        fixture("worked_out_figures.toml"),
        dir.join("figures/zz_worked_out.toml"),
    )
    .unwrap();
    let bundle = common::load::load_dir(&dir).unwrap();
    let text = list(&validate::problems(&bundle));
    assert_reports(
        &text,
        &[
            "figure `broken-worked-out`: arm `surgery`: worked out from `cochrane-os-hr` (HR 0.83, 95% CI 0.53–1.31) applied to arm `systemic` (51.1), it is 44.8 with a 95% range of 31.6 to 60.8: write `events = 44.8`",
        ],
    );
    assert!(
        !text.contains("figure `right-worked-out`"),
        "the figure that says what the formula gives passes:\n{text}"
    );
}

// --- The first layer: key points, the step's picture, the options at a glance ------------------

#[test]
fn key_points_are_one_to_three_and_at_most_150_words() {
    let mut bundle = common::bundle_from_toml();
    // Text fields hold `&'static str` (the app's content is a static): leak the test's text.
    let long: &'static str = Box::leak(
        "This sentence has exactly ten words in it for you. "
            .repeat(6)
            .trim()
            .to_owned()
            .into_boxed_str(),
    );
    bundle.steps = bundle.steps.edited(|steps| {
        let harms = steps.iter_mut().find(|s| s.id == "harms").unwrap();
        harms.key_points_patient = List::from(vec![long.into(), long.into(), long.into()]);
        let options = steps.iter_mut().find(|s| s.id == "options").unwrap();
        options.key_points_clinician = List::default();
        let life = steps.iter_mut().find(|s| s.id == "life").unwrap();
        life.key_points_patient = List::from(vec![
            "One.".into(),
            "Two.".into(),
            "Three.".into(),
            "Four.".into(),
        ]);
    });
    let text = list(&validate::problems(&bundle));
    assert_reports(
        &text,
        &[
            "step `harms`: key_points_patient have 180 words, over the limit of 150",
            "step `options`: has 0 key_points_clinician: write one to three",
            "step `life`: has 4 key_points_patient: write one to three",
        ],
    );
    // The real content keeps within the limits.
    let real = list(&validate::problems(&common::bundle_from_toml()));
    assert!(!real.contains("key_points"), "{real}");
}

#[test]
fn a_step_picture_compares_groups_with_a_time_frame_and_a_range() {
    let mut bundle = common::bundle_from_toml();
    bundle.steps = bundle.steps.edited(|steps| {
        // A hazard ratio is not a picture of absolute numbers; a figure with no range is not
        // enough either.
        steps
            .iter_mut()
            .find(|s| s.id == "survival")
            .unwrap()
            .key_figure = Some("cochrane-os-hr".into());
        steps
            .iter_mut()
            .find(|s| s.id == "harms")
            .unwrap()
            .key_figure = Some("mclaughlin-lymphoedema-5y".into());
    });
    let text = list(&validate::problems(&bundle));
    assert_reports(
        &text,
        &[
            "step `survival`: key_figure `cochrane-os-hr` is not a natural frequency or a median",
            "step `harms`: key_figure `mclaughlin-lymphoedema-5y` has no range for any group",
        ],
    );
}

#[test]
fn every_answer_at_a_glance_is_short_and_every_option_has_one() {
    let mut bundle = common::bundle_from_toml();
    bundle.compare = bundle.compare.edited(|rows| {
        let live = rows.iter_mut().find(|r| r.id == "live-longer").unwrap();
        live.cells = live.cells.edited(|cells| {
            cells[0].glance = None;
            let words: &'static str =
                Box::leak("word ".repeat(31).trim().to_owned().into_boxed_str());
            cells[1].glance = Some(words.into());
        });
        let time = rows.iter_mut().find(|r| r.id == "time").unwrap();
        time.cells = time
            .cells
            .edited(|cells| cells[0].glance = Some("Short.".into()));
    });
    let text = list(&validate::problems(&bundle));
    assert_reports(
        &text,
        &[
            "compare row `live-longer` cell `medicines-first`: has no `glance`",
            "compare row `live-longer` cell `surgery`: glance has 31 words, over 30",
            "compare row `time` cell `medicines-first`: has a `glance`, but its row is not `at_a_glance`",
        ],
    );
}

/// The string of `text` as the baker writes it (a Rust string literal).
fn literal(text: &str) -> String {
    format!("{text:?}")
}

#[test]
fn the_wasm_leaves_the_words_the_first_screen_does_not_need_to_the_texts_file() {
    use local_therapy_aid::checks::bake;
    use local_therapy_aid::content::deferred;
    let bundle = common::bundle_from_toml();

    // Native builds keep every word in the binary.
    let native = bake::bundle(&bundle, false).unwrap();
    assert!(native.texts.is_empty() && native.texts_file.is_empty());
    assert!(!native.source.contains("::later("));
    assert!(native.source.contains(&literal(&bundle.meta.method)));

    let wasm = bake::bundle(&bundle, true).unwrap();
    let texts: Vec<&str> = wasm.texts.split(deferred::SEPARATOR).collect();
    let fingerprint = deferred::fingerprint(&wasm.texts);
    assert_eq!(wasm.texts_file, format!("texts-{fingerprint:016x}.txt"));
    assert!(wasm.source.contains(&format!(
        "file: {:?}, count: {}, fingerprint: {fingerprint:#x}",
        wasm.texts_file,
        texts.len()
    )));
    // Each text of the file is named once, by its place in the file.
    for index in 0..texts.len() {
        assert_eq!(
            wasm.source.matches(&format!("::later({index})")).count(),
            1,
            "text {index} of the texts file is not named exactly once"
        );
    }
    assert_eq!(wasm.source.matches("::later(").count(), texts.len());
    // Clinician prose and quoted sources go to the file; the patient's words, and the SURE
    // questions she answers on a patient step, stay in the binary.
    for clinician in [
        bundle.meta.method.as_str(),
        bundle.meta.decision_clinician.as_str(),
    ] {
        assert!(texts.contains(&clinician));
        assert!(!wasm.source.contains(&literal(clinician)));
    }
    for patient in [
        bundle.meta.decision_patient.as_str(),
        bundle.sure.questions[0].text.as_str(),
    ] {
        assert!(
            wasm.source.contains(&literal(patient)),
            "{patient:?} left the binary"
        );
        assert!(!texts.contains(&patient));
    }
    assert!(texts.len() > 500, "only {} texts left out", texts.len());
}

#[test]
fn a_text_holding_the_texts_file_separator_is_refused() {
    use local_therapy_aid::checks::bake;
    let mut bundle = common::bundle_from_toml();
    bundle.meta.method = "Searched\u{1e}twice".to_owned().into();
    let problem = bake::bundle(&bundle, true).err().expect("refused");
    assert!(problem.contains("U+001E"), "{problem}");
    // Natively nothing is split, so nothing is refused.
    assert!(bake::bundle(&bundle, false).is_ok());
}

#[test]
fn the_history_written_for_a_version_reads_back_with_every_figure_unchanged() {
    use local_therapy_aid::checks::history;
    let bundle = common::bundle_from_toml();
    let dir = common::scratch_copy("history-roundtrip");
    let version = bundle.meta.version.as_str();
    std::fs::write(
        dir.join(format!("{version}.toml")),
        history::history_toml(&bundle),
    )
    .unwrap();
    let read = history::read(&dir, version).expect("the written history reads back");
    assert_eq!(read.version, version);
    assert_eq!(read.figures.len(), bundle.figures.len());
    // Against itself nothing changed, so nothing needs a change-log entry; one changed value does.
    assert_eq!(history::unlogged_changes(&bundle, &read), vec![]);
    let mut changed = bundle.clone();
    changed.figures = changed.figures.edited(|figures| {
        figures[0].certainty = if figures[0].certainty == content::Certainty::High {
            content::Certainty::Low
        } else {
            content::Certainty::High
        };
    });
    changed.changes.changes = List::default();
    assert_eq!(history::unlogged_changes(&changed, &read).len(), 1);
}

#[test]
fn a_horizon_in_whole_years_justifies_its_years_and_no_other_number() {
    let mut figure = content::Figure::default();
    figure.horizon.months = Some(36);
    let numbers = lint::figure_numbers(&figure);
    assert!(
        numbers.contains("36") && numbers.contains("3"),
        "{numbers:?}"
    );
    figure.horizon.months = Some(30);
    let numbers = lint::figure_numbers(&figure);
    assert!(numbers.contains("30"), "{numbers:?}");
    assert!(
        !numbers.contains("2") && !numbers.contains("3") && !numbers.contains("0"),
        "{numbers:?}"
    );
}

#[test]
fn numbers_written_in_words_are_read_as_their_values() {
    let values = |quote: &str| -> Vec<String> {
        lint::quote_numbers(quote)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(values("Ninety patients were randomised"), ["90"]);
    assert_eq!(values("five hundred seventy-two women"), ["572"]);
    assert_eq!(values("two thousand and twelve women"), ["2012"]);
    assert_eq!(values("one hundred and five; then three"), ["105", "3"]);
    // Words that only make sense inside a number make none on their own.
    assert!(values("the hundred and the thousand").is_empty());
}

/// The validation problems of `figure` after giving its relative estimate and interval these values.
fn interval_problems(estimate: &str, low: &str, high: &str) -> Vec<String> {
    let d = |t: &str| content::Decimal::parse(t).unwrap();
    let mut bundle = common::bundle_from_toml();
    bundle.figures = bundle.figures.edited(|figures| {
        let figure = figures
            .iter_mut()
            .find(|f| f.id == "cochrane-os-hr")
            .unwrap();
        let content::FigureValue::Relative(relative) = &mut figure.value else {
            panic!("cochrane-os-hr is a relative effect");
        };
        relative.estimate = d(estimate);
        let level = relative.uncertainty.ci.unwrap().level;
        relative.uncertainty.ci = Some(content::Interval {
            low: d(low),
            high: d(high),
            level,
        });
    });
    validate::problems(&bundle)
        .into_iter()
        .filter(|p| p.place.contains("cochrane-os-hr") && p.fix.contains("CI"))
        .map(|p| p.fix)
        .collect()
}

#[test]
fn an_interval_may_touch_its_estimate_but_must_hold_it_and_run_low_to_high() {
    for (estimate, low, high) in [
        ("1.00", "1.00", "1.00"),
        ("1.00", "1.00", "1.20"),
        ("1.00", "0.80", "1.00"),
    ] {
        assert_eq!(
            interval_problems(estimate, low, high),
            Vec::<String>::new(),
            "{estimate} in {low}–{high}"
        );
    }
    for (estimate, low, high) in [("1.00", "1.01", "1.20"), ("1.00", "0.80", "0.99")] {
        let problems = interval_problems(estimate, low, high);
        assert!(
            problems
                .iter()
                .any(|p| p.contains("does not contain the estimate")),
            "{problems:?}"
        );
    }
    let problems = interval_problems("1.00", "1.20", "0.80");
    assert!(
        problems.iter().any(|p| p.contains("swap them")),
        "{problems:?}"
    );
}

#[test]
fn clinician_prose_that_cites_a_figure_may_state_only_its_numbers() {
    let mut bundle = common::bundle_from_toml();
    bundle.panels = bundle.panels.edited(|panels| {
        let panel = panels.iter_mut().find(|p| !p.figures.is_empty()).unwrap();
        panel.summary_clinician = "Deaths fell by 7,777 in the trials.".into();
    });
    let problems = lint::problems(&bundle);
    assert!(
        problems
            .iter()
            .any(|p| p.fix.contains("7,777") || p.fix.contains("7777")),
        "{}",
        list(&problems)
    );
}

#[test]
fn the_change_log_must_be_this_versions_with_unique_entries_that_name_what_and_where() {
    let mut bundle = common::bundle_from_toml();
    bundle.changes.version = "1999.1".into();
    bundle.changes.changes = bundle.changes.changes.edited(|changes| {
        let mut twin = changes[0].clone();
        twin.ids = List::default();
        twin.sources = List::default();
        changes.push(twin);
    });
    let problems = list(&validate::problems(&bundle));
    for expected in [
        "`version` is 1999.1 but the bundle is version",
        "appears twice: change ids must be unique",
        "names nothing in `ids`",
        "has no `sources`",
    ] {
        assert!(
            problems.contains(expected),
            "{expected:?} not in:\n{problems}"
        );
    }
}

/// The validation problems of the first figure of a kind after `edit`, and its id.
fn figure_problems(
    is_kind: impl Fn(&content::FigureValue) -> bool,
    edit: impl FnOnce(&mut content::FigureValue),
) -> Vec<String> {
    let mut bundle = common::bundle_from_toml();
    let mut id = String::new();
    bundle.figures = bundle.figures.edited(|figures| {
        let figure = figures.iter_mut().find(|f| is_kind(&f.value)).unwrap();
        id = figure.id.as_str().to_owned();
        edit(&mut figure.value);
    });
    validate::problems(&bundle)
        .into_iter()
        .filter(|p| p.place.contains(&format!("`{id}`")))
        .map(|p| p.fix)
        .collect()
}

#[test]
fn events_and_their_interval_may_reach_the_denominator_but_not_pass_it_or_zero() {
    let d = |t: &str| content::Decimal::parse(t).unwrap();
    let frequency = |v: &content::FigureValue| matches!(v, content::FigureValue::Frequency(_));
    let set = |events: &'static str, low: &'static str, high: &'static str| {
        move |value: &mut content::FigureValue| {
            let content::FigureValue::Frequency(f) = value else {
                unreachable!()
            };
            f.arms = f.arms.edited(|arms| {
                let level = arms[0]
                    .uncertainty
                    .ci
                    .map_or(content::CiLevel::NinetyFive, |ci| ci.level);
                arms[0].events = d(events);
                arms[0].worked_out = None;
                arms[0].uncertainty = content::Uncertainty {
                    ci: Some(content::Interval {
                        low: d(low),
                        high: d(high),
                        level,
                    }),
                    no_ci_reason: None,
                };
            });
        }
    };
    // The first figure's denominator is 100 or 1,000; use its own.
    let denominator = common::bundle_from_toml()
        .figures
        .iter()
        .find_map(|f| f.frequency().map(|q| q.denominator))
        .unwrap();
    let whole: &'static str = Box::leak(denominator.to_string().into_boxed_str());
    let over: &'static str = Box::leak(format!("{denominator}.1").into_boxed_str());
    assert_eq!(
        figure_problems(frequency, set(whole, "0", whole)),
        Vec::<String>::new()
    );
    let problems = figure_problems(frequency, set(whole, "0", over));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("the CI must lie between 0 and")),
        "{problems:?}"
    );
    let problems = figure_problems(frequency, set("0", "-0.1", "1"));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("the CI must lie between 0 and")),
        "{problems:?}"
    );
    let problems = figure_problems(frequency, set(over, "0", over));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("events must be between 0 and the denominator")),
        "{problems:?}"
    );
}

#[test]
fn a_count_may_equal_its_total_and_chance_needs_two_groups() {
    let count =
        |v: &content::FigureValue| matches!(v, content::FigureValue::Count(c) if c.of.is_some());
    let equal = figure_problems(count, |value| {
        let content::FigureValue::Count(c) = value else {
            unreachable!()
        };
        c.count = c.of.unwrap();
    });
    assert_eq!(equal, Vec::<String>::new());
    let over = figure_problems(count, |value| {
        let content::FigureValue::Count(c) = value else {
            unreachable!()
        };
        c.count = c.of.unwrap() + 1;
    });
    assert!(
        over.iter().any(|p| p.contains("is larger than its total")),
        "{over:?}"
    );

    let median = |v: &content::FigureValue| matches!(v, content::FigureValue::Median(m) if m.arms.len() >= 2);
    let two = figure_problems(median, |value| {
        let content::FigureValue::Median(m) = value else {
            unreachable!()
        };
        m.not_significant = true;
    });
    assert_eq!(two, Vec::<String>::new());
    let one = figure_problems(median, |value| {
        let content::FigureValue::Median(m) = value else {
            unreachable!()
        };
        m.not_significant = true;
        m.arms = m.arms.edited(|arms| arms.truncate(1));
    });
    assert!(
        one.iter().any(|p| p.contains("fewer than two arms")),
        "{one:?}"
    );
}

#[test]
fn a_worked_out_arm_must_start_from_a_reported_arm_of_its_figure() {
    let worked = |v: &content::FigureValue| matches!(v, content::FigureValue::Frequency(f) if f.arms.iter().any(|a| a.worked_out.is_some()));
    let problems = figure_problems(worked, |value| {
        let content::FigureValue::Frequency(f) = value else {
            unreachable!()
        };
        f.arms = f.arms.edited(|arms| {
            for arm in arms.iter_mut() {
                if let Some(w) = &mut arm.worked_out {
                    w.from_arm = "no-such-arm".into();
                }
            }
        });
    });
    assert!(
        problems
            .iter()
            .any(|p| p.contains("is not a reported arm of this figure")),
        "{problems:?}"
    );
}

#[test]
fn the_supported_browsers_each_name_their_oldest_version_once() {
    let mut bundle = common::bundle_from_toml();
    let support = &mut bundle.meta.support;
    support.browsers = support.browsers.edited(|browsers| {
        let chrome = browsers.iter_mut().find(|b| b.name == "Chrome").unwrap();
        chrome.line_patient = "Chrome or newer, on a computer.".into();
        let edge = browsers.iter_mut().find(|b| b.name == "Edge").unwrap();
        edge.minimum = 0;
        let firefox = browsers
            .iter()
            .find(|b| b.name == "Firefox")
            .unwrap()
            .clone();
        browsers.push(firefox);
    });
    support.guard_checks = List::from(Vec::new());
    let text = list(&validate::problems(&bundle));
    for expected in [
        "bundle.toml [support] browser `Chrome`: `line_patient` must name its oldest version (97) as a number",
        "bundle.toml [support] browser `Edge`: `line_patient` must name its oldest version (0) as a number",
        "bundle.toml [support]: lists the browser `Firefox` twice",
        "bundle.toml [support]: `guard_checks` is empty",
    ] {
        assert!(
            text.contains(expected),
            "expected a problem containing:\n  {expected}\nbut got:\n{text}"
        );
    }
    // The shipped lines pass, Safari's and Firefox's among them.
    assert!(!text.contains("browser `Safari`"), "{text}");
    bundle.meta.support.browsers = List::from(Vec::new());
    assert!(
        list(&validate::problems(&bundle))
            .contains("bundle.toml [support]: lists no browsers: add a `[[support.browsers]]`")
    );
}

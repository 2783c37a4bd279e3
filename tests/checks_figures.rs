//! Figures and their values (native): a figure says whom it describes and over what time; its
//! interval holds its estimate and runs low to high; events and counts stay within their totals;
//! a chance result compares two groups or more; a number worked out from another figure starts
//! from a reported arm and is what the formula gives; and a figure that is unverified, or only
//! what a review reported, is never shown as a checked one. Each check refuses its broken fixture,
//! and a value exactly at a limit passes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::checks::{assert_reports, fixture, list, problems_with};
use local_therapy_aid::checks::validate;
use local_therapy_aid::content::{self, List, Verification};
use local_therapy_aid::domain::phrasing;

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

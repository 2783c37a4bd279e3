//! Balance by rule (native): each rule that keeps the aid from leaning toward one option passes
//! on the shipped content and refuses its broken fixture, with a message that says how to fix it.
//! The fixtures are the mistakes an audit of evidence version 2026.2 found.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use local_therapy_aid::checks::{lint, validate};
use local_therapy_aid::content::schema::{
    Bundle, Certainty, Endpoint, EventKind, Figure, Side, Verification,
};

/// Every problem of a bundle, validation and lints, one a line.
fn problems(bundle: &Bundle) -> String {
    validate::problems(bundle)
        .into_iter()
        .chain(lint::problems(bundle))
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The problems after one edit of the shipped content.
fn after(edit: impl FnOnce(&mut Bundle)) -> String {
    let mut bundle = common::bundle_from_toml();
    edit(&mut bundle);
    problems(&bundle)
}

/// Edits one figure of the bundle by id.
fn figure(bundle: &mut Bundle, id: &str, edit: impl FnOnce(&mut Figure)) {
    bundle.figures = bundle.figures.edited(|figures| {
        edit(figures.iter_mut().find(|f| f.id == id).expect(id));
    });
}

fn assert_has(text: &str, expected: &str) {
    assert!(
        text.contains(expected),
        "expected a problem containing:\n  {expected}\nbut got:\n{text}"
    );
}

#[test]
fn the_shipped_content_is_balanced_by_every_rule() {
    let text = problems(&common::bundle_from_toml());
    assert!(text.is_empty(), "{text}");
}

#[test]
fn a_number_out_of_100_must_say_whose_baseline_it_rests_on() {
    let text = after(|b| {
        figure(b, "survival-3y-women-like-her", |f| {
            if let local_therapy_aid::content::FigureValue::Frequency(q) = &mut f.value {
                q.baseline = None;
            }
        })
    });
    assert_has(
        &text,
        "figure `survival-3y-women-like-her`: shows numbers out of a denominator but does not say whose baseline \
         they rest on: add `baseline = { patient = \"…\", clinician = \"…\" }` naming the women, the trials or \
         studies and the years they were recruited",
    );
    let text = after(|b| {
        figure(b, "e2108-os-3y", |f| {
            if let local_therapy_aid::content::FigureValue::Frequency(q) = &mut f.value {
                let mut baseline = q.baseline.unwrap();
                baseline.clinician = "E2108 continued-systemic-therapy arm".into();
                q.baseline = Some(baseline);
            }
        })
    });
    assert_has(
        &text,
        "figure `e2108-os-3y`: `baseline.clinician` names no years: add the years the women were recruited \
         (\"2011–2015\"), or say the years were not reported",
    );
}

#[test]
fn the_picture_rests_on_the_most_complete_randomised_estimate() {
    // The 2026.2 picture: Cochrane 2018's 2 trials, while the step shows all 5 (Villacampa 2024).
    let text = after(|b| {
        b.steps = b.steps.edited(|steps| {
            let survival = steps.iter_mut().find(|s| s.id == "survival").unwrap();
            survival.key_figure = Some("cochrane-os-2y".into());
        });
    });
    assert_has(
        &text,
        "step `survival`: key_figure `cochrane-os-2y` rests on `cochrane-os-hr` (2 trial(s)), but the step shows \
         `villacampa-os-hr`, which pools 5 randomised trials of the same endpoint: rest the picture on the most \
         complete randomised estimate",
    );
    // A pooled estimate must say how many trials it pools, or why that is not known.
    let text = after(|b| figure(b, "villacampa-os-hr", |f| f.pooled_trials = None));
    assert_has(
        &text,
        "figure `villacampa-os-hr`: is a meta-analysis of randomised trials but does not say how many it pools",
    );
}

#[test]
fn every_answer_at_a_glance_in_a_row_of_numbers_has_the_same_parts() {
    let glance = |row: &'static str, option: &'static str, words: &'static str| {
        move |b: &mut Bundle| {
            b.compare = b.compare.edited(|rows| {
                let row = rows.iter_mut().find(|r| r.id == row).unwrap();
                row.cells = row.cells.edited(|cells| {
                    cells
                        .iter_mut()
                        .find(|c| c.option == option)
                        .unwrap()
                        .glance = Some(words.into());
                });
            });
        }
    };
    // The 2026.2 glance: a number and a time frame, no range.
    let text = after(glance(
        "live-longer",
        "medicines-first",
        "About 51 out of 100 had died within 2 years.",
    ));
    assert_has(
        &text,
        "compare row `live-longer` cell `medicines-first`: glance lacks its range (\"range 14 to 28\", or \"no range \
         was reported\"): another option's answer in this row gives a number, so every answer gives the same parts",
    );
    // Words where the other options have numbers.
    let text = after(glance(
        "other-problems",
        "medicines-first",
        "The breast tumour may grow and cause pain.",
    ));
    assert_has(
        &text,
        "compare row `other-problems` cell `medicines-first`: glance lacks a number out of 100 (or \"no number was \
         found\")",
    );
    // A number with no time frame.
    let text = after(glance(
        "arm-swelling",
        "surgery",
        "Yes: about 20 out of 100 (range 14 to 28).",
    ));
    assert_has(
        &text,
        "compare row `arm-swelling` cell `surgery`: glance lacks its time frame",
    );
}

#[test]
fn a_number_no_source_counted_says_it_was_worked_out() {
    // The 2026.2 status of the worked-out survival figure.
    let text = after(|b| {
        figure(b, "survival-3y-women-like-her", |f| {
            f.status = Verification::VerifiedCopy;
        })
    });
    assert_has(
        &text,
        "figure `survival-3y-women-like-her`: has an arm worked out from a hazard ratio, but its status is \
         VerifiedCopy: no source printed that number, so set `status = \"worked_out\"`",
    );
    let text = after(|b| figure(b, "cochrane-os-2y", |f| f.derivation = None));
    assert_has(
        &text,
        "figure `cochrane-os-2y`: is worked out or modelled but has no `derivation`",
    );
    // Patient prose that states a modelled number as if it were counted (2026.2's words).
    let text = after(|b| {
        b.options = b.options.edited(|options| {
            let surgery = options.iter_mut().find(|o| o.id == "surgery").unwrap();
            surgery.harms = surgery.harms.edited(|harms| {
                harms[0].patient =
                    "In two trials put together, about 45 out of 100 women who had an operation \
                                    had died within 2 years."
                        .into();
                harms[0].figures = harms[0].figures.edited(|f| f.push("cochrane-os-2y".into()));
            });
        });
    });
    assert_has(
        &text,
        "option `surgery` harms[0].patient: states 45 from `cochrane-os-2y`, which no source counted \
         (ModelledByReview): say in the same text that the number was \"worked out\" and from what",
    );
}

#[test]
fn an_outcome_that_counts_death_can_never_be_rarer_than_death() {
    // Cochrane's distant "PFS" read as progression or death: 54.8 in 100, below the 57 in 100 who
    // had died by 2 years in the same Tata arm.
    let text = after(|b| {
        figure(b, "cochrane-distant-pfs-2y", |f| {
            if let local_therapy_aid::content::FigureValue::Frequency(q) = &mut f.value {
                q.events_are = Some(EventKind::EventOrDeath);
            }
        })
    });
    assert_has(
        &text,
        "figure `cochrane-distant-pfs-2y`: arm `none`: its outcome counts death, yet 54.8 in 100 had it, fewer than \
         the 57.0 in 100 who died in `tata-os-2y` (the same women and time): these cannot both be true",
    );
    // The same with the survivors' side of the outcome (alive and free of it).
    let text = after(|b| {
        figure(b, "cochrane-local-pfs-2y", |f| {
            if let local_therapy_aid::content::FigureValue::Frequency(q) = &mut f.value {
                q.events_are = Some(EventKind::AliveWithoutEvent);
            }
        })
    });
    assert_has(
        &text,
        "figure `cochrane-local-pfs-2y`: arm `systemic`: its outcome counts death, yet 50.0 in 100 had it, fewer \
         than the 51.1 in 100 who died in `cochrane-os-2y`",
    );
}

#[test]
fn one_trials_benefit_for_an_option_stands_beside_its_harm_and_the_reverse() {
    // The 2026.2 surgery option: MF07-01's 10-year gain, without Tata's faster distant progression.
    let text = after(|b| {
        b.options = b.options.edited(|options| {
            let surgery = options.iter_mut().find(|o| o.id == "surgery").unwrap();
            surgery.harms = surgery.harms.edited(|harms| {
                for harm in harms.iter_mut() {
                    harm.figures = harm.figures.edited(|f| {
                        f.retain(|id| !id.as_str().starts_with("cochrane-distant-pfs"))
                    });
                }
            });
        });
    });
    assert_has(
        &text,
        "option `surgery` (benefits and harms): shows `mf0701-os-10y`, one trial's benefit for the `surgery` \
         option, but not `cochrane-distant-pfs-2y` or `cochrane-distant-pfs-hr`, one trial's harm for it of the \
         same or better certainty: show both at this layer",
    );
    // A graded harm shown alone needs no ungraded benefit beside it (same or better certainty only).
    let survival_without = |figure: &'static str| {
        after(move |b| {
            b.steps = b.steps.edited(|steps| {
                let survival = steps.iter_mut().find(|s| s.id == "survival").unwrap();
                survival.figures = survival
                    .figures
                    .edited(|f| f.retain(|id| id.as_str() != figure));
            });
        })
    };
    let text = survival_without("mf0701-os-10y");
    assert!(!text.contains("step `survival` (key points)"), "{text}");
    let text = survival_without("cochrane-distant-pfs-hr");
    assert_has(
        &text,
        "step `survival` (key points): shows `mf0701-os-10y`, one trial's benefit for the `surgery` option",
    );
}

#[test]
fn a_situation_shows_its_subgroup_results_whichever_way_they_point() {
    let text = after(|b| {
        b.situation_evidence = b.situation_evidence.edited(|all| {
            let bone = all.iter_mut().find(|e| e.id == "bone-only").unwrap();
            bone.figures = bone
                .figures
                .edited(|f| f.retain(|id| id.as_str() != "reinhorn-bone-only-hr"));
        });
    });
    assert_has(
        &text,
        "situation evidence `bone-only`: does not show `reinhorn-bone-only-hr`, a subgroup result for this feature \
         (null: the interval includes 1): show every subgroup result of the feature, favourable, null and \
         unfavourable alike",
    );
    let text = after(|b| {
        figure(b, "mf0701-solitary-bone-hr", |f| {
            f.features = Default::default()
        })
    });
    assert_has(
        &text,
        "figure `mf0701-solitary-bone-hr`: is a subgroup result shown for her situation but names no `features`",
    );
}

#[test]
fn the_values_list_gives_each_direction_the_same_number_of_items() {
    // The 2026.2 list leaned four to two.
    let text = after(|b| {
        b.values.items = b.values.items.edited(|items| {
            items
                .iter_mut()
                .find(|i| i.points_to == Some(Side::BreastNow))
                .unwrap()
                .points_to = Some(Side::MedicinesNow);
        });
    });
    assert_has(
        &text,
        "values.toml: 4 item(s) point to medicines now and 2 to treating the breast now: give each direction the same \
         number of items, worded alike, so the list does not lean",
    );
}

#[test]
fn a_subgroup_points_the_way_its_interval_says() {
    let bundle = common::bundle_from_toml();
    let direction = |id: &str| {
        validate::subgroup_direction(bundle.figures.iter().find(|f| f.id == id).unwrap())
    };
    assert_eq!(
        direction("mf0701-solitary-bone-hr"),
        "favourable to local therapy"
    );
    assert_eq!(
        direction("reinhorn-bone-only-hr"),
        "null: the interval includes 1"
    );
    assert_eq!(direction("yu-solitary-bone-hr"), "no interval");
    assert_eq!(direction("e2108-os-3y"), "no ratio");
}

#[test]
fn the_balance_table_shows_harms_beside_gains_for_every_option() {
    use local_therapy_aid::checks::balance;
    let table = balance::table(&common::bundle_from_toml());
    assert_eq!(table.options.len(), 4);
    for option in &table.options {
        assert!(
            option.first_layer_harms + option.no_number.1 >= 1,
            "{}: no harm in the first layer, in numbers or as no number found",
            option.name
        );
        assert!(
            option.first_layer_gains + option.no_number.0 >= 1,
            "{}: no gain in the first layer",
            option.name
        );
        assert!(option.take_home_downside, "{}", option.name);
        assert_eq!(
            option.single_trials.0 > 0,
            option.single_trials.1 > 0,
            "{}: single-trial results shown one way only",
            option.name
        );
        assert_eq!(
            option.page_single_trials.0 > 0,
            option.page_single_trials.1 > 0,
            "{}: single-trial results on its own page one way only",
            option.name
        );
    }
    assert_eq!(table.values.0, table.values.1, "{:?}", table.values);
    // The whole table of this version (README, "Balance"): a change of the content that moves a
    // number here is a change of balance to look at, and to write in the README.
    let markdown = table.markdown();
    let lines: Vec<&str> = markdown.lines().skip(2).collect();
    assert_eq!(
        lines,
        [
            "| Medicines now, breast later if needed | 1 / 1 | 1 / 1 | 2 / 1 / yes | 1 / 3 | 1 / 1 | 1 / 1 | 65 |",
            "| Add an operation on the breast | 2 / 2 | 0 / 0 | 2 / 2 / yes | 2 / 3 | 1 / 1 | 1 / 1 | 76 |",
            "| Add radiotherapy to the breast | 0 / 2 | 2 / 0 | 0 / 2 / yes | 0 / 1 | 0 / 0 | 0 / 0 | 62 |",
            "| Join a clinical trial, if one is open | 2 / 0 | 0 / 2 | 2 / 0 / yes | 1 / 1 | 0 / 0 | 0 / 0 | 54 |",
            "",
            "Values list: 3 item(s) point to medicines now, 3 to treating the breast now, 2 neither way.",
        ],
        "{markdown}"
    );
}

#[test]
fn every_option_prints_its_main_downside() {
    let text = after(|b| {
        b.options = b
            .options
            .edited(|options| options[1].downside_patient = " ".into());
    });
    assert_has(
        &text,
        "option `surgery`: `downside_patient` is empty: write it (it is shown to users)",
    );
}

// --- Each branch of the rules, on its own fixture -------------------------------------------------

#[test]
fn a_derived_number_names_a_ratio_that_is_a_figure_and_the_same_one_its_arms_use() {
    use local_therapy_aid::content::schema::FigureRef;
    // Worked out, but no arm says how.
    let text = after(|b| figure(b, "cochrane-os-2y", |f| f.status = Verification::WorkedOut));
    assert_has(
        &text,
        "figure `cochrane-os-2y`: is `worked_out` but no arm says how (`worked_out = { ratio, from_arm, counts }`)",
    );
    // A derivation on a counted number.
    let text = after(|b| {
        let derivation = b
            .figures
            .iter()
            .find(|f| f.id == "cochrane-os-2y")
            .unwrap()
            .derivation;
        figure(b, "e2108-os-3y", |f| f.derivation = derivation);
    });
    assert_has(
        &text,
        "figure `e2108-os-3y`: has a `derivation` but its status is Verified: a counted number needs none",
    );
    let ratio = |id: &'static str| {
        move |b: &mut Bundle| {
            figure(b, "cochrane-os-2y", |f| {
                let mut derivation = f.derivation.unwrap();
                derivation.ratio = FigureRef::from(id);
                f.derivation = Some(derivation);
            })
        }
    };
    assert_has(
        &after(ratio("no-such-figure")),
        "figure `cochrane-os-2y`: `derivation.ratio` names `no-such-figure`, which is not a figure",
    );
    assert_has(
        &after(ratio("e2108-os-3y")),
        "figure `cochrane-os-2y`: `derivation.ratio` = `e2108-os-3y` is not a relative figure",
    );
    // The picture's arm is worked out from one ratio, its derivation names another.
    let text = after(|b| {
        figure(b, "survival-3y-women-like-her", |f| {
            let mut derivation = f.derivation.unwrap();
            derivation.ratio = FigureRef::from("cochrane-os-hr");
            f.derivation = Some(derivation);
        })
    });
    assert_has(
        &text,
        "figure `survival-3y-women-like-her`: an arm is worked out from `villacampa-os-hr` but `derivation.ratio` is \
         `cochrane-os-hr`: name the same figure in both",
    );
}

#[test]
fn a_pooled_estimate_says_how_many_trials_and_what_it_measures_and_nothing_else_does() {
    let text = after(|b| figure(b, "villacampa-os-hr", |f| f.pooled_trials = Some(1)));
    assert_has(
        &text,
        "figure `villacampa-os-hr`: `pooled_trials` is 1: a pooled estimate pools two or more trials",
    );
    // Two is a pool.
    let text = after(|b| figure(b, "villacampa-os-hr", |f| f.pooled_trials = Some(2)));
    assert!(!text.contains("`pooled_trials` is"), "{text}");
    let text = after(|b| {
        figure(b, "villacampa-os-hr", |f| {
            f.pooled_trials_unread = Some("Not said.".into());
        })
    });
    assert_has(
        &text,
        "figure `villacampa-os-hr`: has both `pooled_trials` and `pooled_trials_unread`: keep the one that is true",
    );
    let text = after(|b| figure(b, "e2108-os-hr", |f| f.pooled_trials = Some(5)));
    assert_has(
        &text,
        "figure `e2108-os-hr`: has `pooled_trials` but is not a meta-analysis of randomised trials",
    );
    let text = after(|b| {
        figure(b, "e2108-os-hr", |f| {
            f.pooled_trials_unread = Some("Not said.".into());
        })
    });
    assert_has(
        &text,
        "figure `e2108-os-hr`: has `pooled_trials` but is not a meta-analysis of randomised trials",
    );
    let text = after(|b| figure(b, "villacampa-os-hr", |f| f.endpoint = None));
    assert_has(
        &text,
        "figure `villacampa-os-hr`: is a meta-analysis of randomised trials but has no `endpoint`",
    );
    // A picture must say what it measures.
    let text = after(|b| figure(b, "survival-3y-women-like-her", |f| f.endpoint = None));
    assert_has(
        &text,
        "step `survival`: key_figure `survival-3y-women-like-her` has no `endpoint`: say what the picture measures",
    );
    // An estimate whose trial count was not read is never ranked above the picture's.
    let text = after(|b| {
        figure(b, "cochrane-os-hr", |f| {
            f.pooled_trials = None;
            f.pooled_trials_unread = Some("Not said.".into());
        });
        b.steps = b.steps.edited(|steps| {
            let survival = steps.iter_mut().find(|s| s.id == "survival").unwrap();
            survival.key_figure = Some("cochrane-os-2y".into());
        });
    });
    assert_has(
        &text,
        "key_figure `cochrane-os-2y` rests on `cochrane-os-hr` (0 trial(s)), but the step shows `villacampa-os-hr`",
    );
    // The most complete estimate of another endpoint does not count.
    let text = after(|b| {
        figure(b, "villacampa-os-hr", |f| {
            f.endpoint = Some(Endpoint::LocalControl)
        })
    });
    assert!(!text.contains("rests on"), "{text}");
}

#[test]
fn only_one_trials_result_carries_signals_and_only_for_its_option() {
    let text = after(|b| {
        let signals = b
            .figures
            .iter()
            .find(|f| f.id == "mf0701-os-10y")
            .unwrap()
            .signals;
        figure(b, "villacampa-os-hr", |f| f.signals = signals);
    });
    assert_has(
        &text,
        "figure `villacampa-os-hr`: has `signals` but is not a single trial's result",
    );
    // The radiotherapy option may show a trial's result for surgery without its counterpart.
    let text = after(|b| {
        b.options = b.options.edited(|options| {
            let radiotherapy = options.iter_mut().find(|o| o.id == "radiotherapy").unwrap();
            radiotherapy.benefits = radiotherapy
                .benefits
                .edited(|p| p[0].figures = p[0].figures.edited(|f| f.push("mf0701-os-10y".into())));
        });
    });
    assert!(
        !text.contains("option `radiotherapy` (benefits and harms)"),
        "{text}"
    );
    // Certainty decides which way the duty runs: graded high, MF07-01's gain would have to stand
    // wherever Tata's moderate harm stands (the breast step's key points), while the gain itself
    // would no longer need the lower-graded harm beside it.
    let text = after(|b| {
        for id in [
            "mf0701-os-10y",
            "mf0701-os-hr-10y",
            "mf0701-os-hr-2018",
            "mf0701-os-median-10y",
        ] {
            figure(b, id, |f| f.certainty = Certainty::High);
        }
    });
    assert_has(
        &text,
        "step `breast` (key points): shows `cochrane-distant-pfs-hr`, one trial's harm for the `surgery` option, \
         but not `mf0701-os-",
    );
    assert!(
        !text.contains("one trial's benefit for the `surgery` option, but not"),
        "{text}"
    );
}

#[test]
fn a_step_opens_only_with_rows_at_a_glance() {
    let text = after(|b| {
        b.steps = b.steps.edited(|steps| {
            let harms = steps.iter_mut().find(|s| s.id == "harms").unwrap();
            harms.glance_rows = harms.glance_rows.edited(|rows| rows.push("time".into()));
        });
    });
    assert_has(
        &text,
        "step `harms`: `glance_rows` names `time`, which is not a row at a glance in compare.toml",
    );
}

#[test]
fn baselines_are_asked_only_of_figures_shown_as_numbers_out_of_100() {
    // A figure the display policy keeps off the screen needs none.
    let text = after(|b| {
        figure(b, "e2108-os-3y", |f| {
            f.status = Verification::Unverified;
            if let local_therapy_aid::content::FigureValue::Frequency(q) = &mut f.value {
                q.baseline = None;
            }
        })
    });
    assert!(!text.contains("whose baseline"), "{text}");
}

#[test]
fn outcomes_are_compared_only_for_the_same_time_and_women() {
    let composite = |b: &mut Bundle| {
        figure(b, "cochrane-distant-pfs-2y", |f| {
            if let local_therapy_aid::content::FigureValue::Frequency(q) = &mut f.value {
                q.events_are = Some(EventKind::EventOrDeath);
            }
        })
    };
    // Another time point: no comparison.
    let text = after(|b| {
        composite(b);
        figure(b, "cochrane-distant-pfs-2y", |f| {
            f.horizon.months = Some(36)
        });
    });
    assert!(!text.contains("cannot both be true"), "{text}");
    // No time point: no comparison.
    let text = after(|b| {
        composite(b);
        figure(b, "cochrane-distant-pfs-2y", |f| f.horizon.months = None);
        figure(b, "tata-os-2y", |f| f.horizon.months = None);
    });
    assert!(!text.contains("cannot both be true"), "{text}");
    // Other women (no shared source): no comparison.
    let text = after(|b| {
        composite(b);
        figure(b, "cochrane-distant-pfs-2y", |f| {
            f.sources = f
                .sources
                .edited(|s| s.retain(|id| id.as_str() != "badwe-2015-tata"));
        });
    });
    assert!(!text.contains("cannot both be true"), "{text}");
    // Equal is possible (everyone who had the outcome died).
    let text = after(|b| {
        composite(b);
        figure(b, "cochrane-distant-pfs-2y", |f| {
            if let local_therapy_aid::content::FigureValue::Frequency(q) = &mut f.value {
                q.arms = q.arms.edited(|arms| {
                    arms[0].events = local_therapy_aid::content::Decimal::parse("57.0").unwrap()
                });
            }
        });
    });
    assert!(!text.contains("cannot both be true"), "{text}");
}

#[test]
fn a_subgroup_that_no_situation_shows_needs_no_features() {
    let text = after(|b| figure(b, "mf0701-under-55-hr", |f| f.features = Default::default()));
    assert!(!text.contains("mf0701-under-55-hr"), "{text}");
}

#[test]
fn the_table_counts_each_options_own_cells_and_each_result_its_own_way() {
    use local_therapy_aid::checks::balance;
    // Without the steps' key points, the first layer's single-trial results are those of each
    // option's own cells: medicines now shows Tata's result (in its favour), and nothing else.
    let mut bundle = common::bundle_from_toml();
    bundle.steps = bundle.steps.edited(|steps| {
        for step in steps.iter_mut() {
            step.figures = step.figures.edited(|f| {
                f.retain(|id| {
                    !id.as_str().starts_with("mf0701")
                        && !id.as_str().starts_with("cochrane-distant")
                })
            });
        }
    });
    let table = balance::table(&bundle);
    let medicines = &table.options[0];
    assert_eq!(medicines.single_trials, (1, 0), "{medicines:?}");
    let surgery = &table.options[1];
    assert_eq!(surgery.single_trials, (1, 1), "{surgery:?}");
    assert_eq!(table.options[2].single_trials, (0, 0));
}

#[test]
fn the_most_complete_estimate_is_looked_for_in_the_key_points_and_the_panels_alike() {
    let key = |id: &'static str| {
        move |b: &mut Bundle| {
            b.steps = b.steps.edited(|steps| {
                let survival = steps.iter_mut().find(|s| s.id == "survival").unwrap();
                survival.key_figure = Some(id.into());
            });
        }
    };
    // A single trial's numbers as the picture count as one trial.
    let text = after(|b| {
        key("e2108-os-3y")(b);
        figure(b, "e2108-os-3y", |f| {
            f.endpoint = Some(Endpoint::OverallSurvival)
        });
    });
    assert_has(
        &text,
        "step `survival`: key_figure `e2108-os-3y` rests on `e2108-os-3y` (1 trial(s)), but the step shows \
         `villacampa-os-hr`, which pools 5 randomised trials",
    );
    // The more complete estimate shown only by the key points (no panel) still counts.
    let text = after(|b| {
        key("cochrane-os-2y")(b);
        b.panels = b.panels.edited(|panels| {
            for panel in panels.iter_mut() {
                panel.figures = panel
                    .figures
                    .edited(|f| f.retain(|id| id.as_str() != "villacampa-os-hr"));
                panel.clinician_figures = panel
                    .clinician_figures
                    .edited(|f| f.retain(|id| id.as_str() != "villacampa-os-hr"));
            }
        });
    });
    assert_has(
        &text,
        "key_figure `cochrane-os-2y` rests on `cochrane-os-hr` (2 trial(s)), but the step shows `villacampa-os-hr`",
    );
}

#[test]
fn the_most_complete_estimate_shown_only_in_a_panel_counts_too() {
    let text = after(|b| {
        b.steps = b.steps.edited(|steps| {
            let survival = steps.iter_mut().find(|s| s.id == "survival").unwrap();
            survival.key_figure = Some("cochrane-os-2y".into());
            survival.figures = survival
                .figures
                .edited(|f| f.retain(|id| id.as_str() != "villacampa-os-hr"));
        });
    });
    assert_has(
        &text,
        "key_figure `cochrane-os-2y` rests on `cochrane-os-hr` (2 trial(s)), but the step shows `villacampa-os-hr`",
    );
}

#[test]
fn an_options_cells_are_judged_by_their_own_figures_and_only_results_the_other_way_count() {
    // The 2026.2 grid: the operation's cells show MF07-01's gain but not Tata's harm (the other
    // options' cells show Tata's result; they do not count for the operation).
    let text = after(|b| {
        b.compare = b.compare.edited(|rows| {
            for row in rows.iter_mut() {
                row.cells = row.cells.edited(|cells| {
                    for cell in cells.iter_mut().filter(|c| c.option == "surgery") {
                        cell.figures = cell.figures.edited(|f| {
                            f.retain(|id| !id.as_str().starts_with("cochrane-distant"))
                        });
                    }
                });
            }
        });
    });
    assert_has(
        &text,
        "option `surgery` (its cells of the options grid): shows `mf0701-os-10y`, one trial's benefit for the \
         `surgery` option",
    );
    // Another single trial's gain for the operation, shown nowhere, is not asked for beside
    // MF07-01's gain: only results the other way are.
    let text = after(|b| {
        figure(b, "jcog1017-os-hr", |f| {
            f.signals = f.signals.edited(|s| {
                s.push(local_therapy_aid::content::schema::Signal {
                    option: local_therapy_aid::content::schema::OptionKind::Surgery,
                    direction: local_therapy_aid::content::schema::Direction::Benefit,
                })
            });
        })
    });
    assert!(
        !text.contains("option `surgery` (benefits and harms)"),
        "{text}"
    );
}

#[test]
fn a_subgroup_points_the_way_its_whole_interval_lies_and_one_touching_1_is_null() {
    let direction_with = |low: &str, high: &str| {
        let mut bundle = common::bundle_from_toml();
        bundle.figures = bundle.figures.edited(|figures| {
            let f = figures
                .iter_mut()
                .find(|f| f.id == "reinhorn-bone-only-hr")
                .unwrap();
            if let local_therapy_aid::content::FigureValue::Relative(r) = &mut f.value {
                let mut ci = r.uncertainty.ci.unwrap();
                ci.low = local_therapy_aid::content::Decimal::parse(low).unwrap();
                ci.high = local_therapy_aid::content::Decimal::parse(high).unwrap();
                r.uncertainty.ci = Some(ci);
            }
        });
        let figure = bundle
            .figures
            .iter()
            .find(|f| f.id == "reinhorn-bone-only-hr")
            .unwrap();
        validate::subgroup_direction(figure)
    };
    assert_eq!(
        direction_with("0.5", "1.00"),
        "null: the interval includes 1"
    );
    assert_eq!(
        direction_with("1.00", "1.5"),
        "null: the interval includes 1"
    );
    assert_eq!(direction_with("0.5", "0.99"), "favourable to local therapy");
    assert_eq!(
        direction_with("1.01", "1.5"),
        "unfavourable to local therapy"
    );
}

#[test]
fn a_citation_without_a_year_says_why_and_a_year_must_be_plausible() {
    let source = |edit: fn(&mut local_therapy_aid::content::schema::Source)| {
        after(move |b| {
            b.sources = b.sources.edited(|sources| {
                edit(
                    sources
                        .iter_mut()
                        .find(|s| s.id == "cochrane-update-pls")
                        .unwrap(),
                );
            });
        })
    };
    assert!(!source(|_| {}).contains("source `cochrane-update-pls`"));
    assert_has(
        &source(|s| s.note = None),
        "has no `year`: add the year of publication, or, if no page read gives it, say in `note` that it was not found",
    );
    assert_has(&source(|s| s.year = Some(1900)), "year 1900 looks wrong");
}

//! The options compared on equal terms (native): every option is told in equal detail (as many
//! points, and words within a tolerance of the mean, a glossary term counted as the words it
//! shows); a figure used for an option that its women did not have says that it is indirect,
//! judged cell by cell in the comparison; and a single trial's result for the decision never
//! stands without the pooled estimate of all the trials. Each check passes at its limit and
//! refuses one step beyond.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::checks::{assert_reports, lines_where, list, words};
use local_therapy_aid::checks::{lint, validate};
use local_therapy_aid::content::{self, List};

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

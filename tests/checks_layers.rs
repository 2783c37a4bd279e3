//! The first layer of every step (native): one to three key points of at most 150 words; one
//! picture that compares two or more groups over a time frame, with a range, on evidence that is
//! direct for two options or more; an answer at a glance of at most 30 words for every option of
//! a row marked `at_a_glance`, and none elsewhere; and the decision in one sentence of at most 40
//! words. Each limit passes and one word more fails.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::checks::{assert_reports, lines_where, list, problems_after, words};
use local_therapy_aid::checks::validate;
use local_therapy_aid::content::{self, List, Verification};

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

/// Every step of the journey has its words: a step with none would show no title and no key
/// points, so the build refuses it and says which step to write.
#[test]
fn a_step_with_no_words_is_refused_with_the_step_to_write() {
    let text = problems_after(|b| {
        b.steps = b.steps.edited(|steps| steps.retain(|s| s.id != "harms"));
    });
    assert_reports(
        &text,
        &["steps.toml: step `harms` has no words: add a [[steps]] entry with id = \"harms\""],
    );
    assert!(!problems_after(|_| {}).contains("has no words"));
}

/// A screen template must use exactly the slots its screen fills: a dropped slot would lose a
/// number from the sentence, an unknown one would show its braces.
#[test]
fn a_screen_template_with_the_wrong_slots_is_refused() {
    use content::Template;
    let text = problems_after(|b| b.ui.step_nav.step_of = Template::here("Step {at}"));
    assert_reports(
        &text,
        &[
            "ui.toml step_nav.step_of: leaves out {of}, which the screen fills: write each of {at}, {of} once",
        ],
    );
    let text = problems_after(|b| b.ui.step_nav.step_of = Template::here("Step {at} of {total}"));
    assert_reports(
        &text,
        &["ui.toml step_nav.step_of: uses {total}, which the screen does not fill"],
    );
}

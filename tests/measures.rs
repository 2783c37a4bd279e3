//! The field test's measures as answers (native, property-tested): an answer exists only on its
//! scale; a score needs every item answered; CollaboRATE's top score is "9 on every item" and its
//! mean lies between the lowest and highest answer; PrepDM's sum is 10 to 50 and its rescaling is
//! 0 to 100, rises with every answer and ends at 0 and 100. The measures' words, citation and terms
//! come from the content, for the screens that show them.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

use local_therapy_aid::content;
use local_therapy_aid::domain::measures::{
    COLLABORATE, COLLABORATE_ITEMS, CollaborateAnswer, CollaborateAnswers, PREPDM, PREPDM_ITEMS,
    PrepDmAnswer, PrepDmAnswers,
};
use proptest::prelude::*;

fn collaborate(values: [u8; COLLABORATE_ITEMS]) -> CollaborateAnswers {
    CollaborateAnswers(values.map(|v| Some(CollaborateAnswer::new(v).unwrap())))
}

fn prepdm(values: [u8; PREPDM_ITEMS]) -> PrepDmAnswers {
    PrepDmAnswers(values.map(|v| Some(PrepDmAnswer::new(v).unwrap())))
}

#[test]
fn an_answer_exists_only_on_its_scale() {
    for value in 0..=u8::MAX {
        assert_eq!(
            CollaborateAnswer::new(value).is_some(),
            value <= 9,
            "{value}"
        );
        assert_eq!(
            PrepDmAnswer::new(value).is_some(),
            (1..=5).contains(&value),
            "{value}"
        );
    }
}

#[test]
fn an_answer_off_the_scale_is_refused_when_read_back() {
    // Stored answers are plain numbers; one off the scale does not come back as an answer.
    let nine = postcard::to_allocvec(&CollaborateAnswer::new(9).unwrap()).unwrap();
    assert_eq!(postcard::from_bytes::<u8>(&nine).unwrap(), 9);
    let ten = postcard::to_allocvec(&10u8).unwrap();
    assert!(postcard::from_bytes::<CollaborateAnswer>(&ten).is_err());
    let six = postcard::to_allocvec(&6u8).unwrap();
    assert!(postcard::from_bytes::<PrepDmAnswer>(&six).is_err());
    let answers = collaborate([9, 8, 9]);
    let stored = postcard::to_allocvec(&answers).unwrap();
    assert_eq!(
        postcard::from_bytes::<CollaborateAnswers>(&stored).unwrap(),
        answers
    );
}

#[test]
fn the_measures_words_come_from_the_content() {
    for id in [COLLABORATE, PREPDM] {
        let measure = content::measure(id).expect("in measures.toml");
        assert!(!measure.items.is_empty());
        assert!(!measure.sources.is_empty());
        for source in measure.sources.iter() {
            assert!(source.get().is_some(), "{id}: {} resolves", source.id());
        }
    }
    assert_eq!(content::measures().len(), 2);
}

proptest! {
    #[test]
    fn collaborate_top_score_is_nine_on_every_item(values in prop::array::uniform3(0u8..=9)) {
        let answers = collaborate(values);
        prop_assert_eq!(answers.top_score(), Some(values.iter().all(|&v| v == 9)));
        let sum: u8 = values.iter().sum();
        prop_assert_eq!(answers.sum(), Some(sum));
        let mean = answers.mean_hundredths().unwrap();
        let (low, high) = (*values.iter().min().unwrap(), *values.iter().max().unwrap());
        prop_assert!(u16::from(low) * 100 <= mean && mean <= u16::from(high) * 100);
        // Rounded half up from the exact mean: within half a hundredth.
        let exact_times_six = u32::from(sum) * 200;
        prop_assert!((u32::from(mean) * 6).abs_diff(exact_times_six) <= 3);
    }

    #[test]
    fn collaborate_needs_every_item(values in prop::array::uniform3(0u8..=9), missing in 0usize..3) {
        let mut answers = collaborate(values);
        answers.0[missing] = None;
        prop_assert_eq!(answers.top_score(), None);
        prop_assert_eq!(answers.mean_hundredths(), None);
        prop_assert_eq!(answers.sum(), None);
    }

    #[test]
    fn prepdm_sum_and_rescaling_stay_in_range_and_rise(
        values in prop::array::uniform10(1u8..=5),
        raise in 0usize..10,
    ) {
        let answers = prepdm(values);
        let sum = answers.sum().unwrap();
        prop_assert!((10..=50).contains(&sum));
        let scaled = answers.rescaled_tenths().unwrap();
        prop_assert!(scaled <= 1000);
        prop_assert_eq!(u32::from(scaled), (u32::from(sum) - 10) * 25);
        if values[raise] < 5 {
            let mut higher = values;
            higher[raise] += 1;
            prop_assert!(prepdm(higher).rescaled_tenths().unwrap() > scaled);
        }
    }

    #[test]
    fn prepdm_needs_every_item(values in prop::array::uniform10(1u8..=5), missing in 0usize..10) {
        let mut answers = prepdm(values);
        answers.0[missing] = None;
        prop_assert_eq!(answers.sum(), None);
        prop_assert_eq!(answers.rescaled_tenths(), None);
    }
}

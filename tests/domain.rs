//! Domain tests (native): icon rounding, layout and alt text, readability, session transitions and
//! the defensive decoding of stored data. Property tests cover every input, not just examples.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

use local_therapy_aid::content::{self, Decimal};
use local_therapy_aid::domain::frequency::{ArmIcons, apportion, count_of};
use local_therapy_aid::domain::icon_array::{layout, tally};
use local_therapy_aid::domain::persist::{self, DecodeError};
use local_therapy_aid::domain::phrasing;
use local_therapy_aid::domain::session::{Action, Leaning, Rating, Session, View};
use local_therapy_aid::domain::settings::IdleTimeout;
use local_therapy_aid::domain::situation::{Sites, SituationChange};
use local_therapy_aid::domain::sure::SurePhase;
use proptest::prelude::*;

fn decimal(units: i64, scale: u8) -> Decimal {
    let text = if scale == 0 {
        units.to_string()
    } else {
        let divisor = 10_i64.pow(u32::from(scale));
        format!(
            "{}.{:0width$}",
            units / divisor,
            units % divisor,
            width = usize::from(scale)
        )
    };
    Decimal::parse(&text).unwrap()
}

proptest! {
    /// Icons always add up exactly to the denominator, and each count is within one icon of its
    /// exact share, whatever the shares.
    #[test]
    fn apportioned_icons_add_up(cuts in prop::collection::vec(0_i64..=10_000, 0..5), total in prop::sample::select(vec![100_u32, 1000])) {
        // Random shares, in hundredths, that add up exactly to the total (as reported shares do).
        let whole = i64::from(total) * 100;
        let mut points: Vec<i64> = cuts.iter().map(|c| c * whole / 10_000).collect();
        points.push(0);
        points.push(whole);
        points.sort_unstable();
        let shares: Vec<Decimal> = points.windows(2).map(|w| decimal(w[1] - w[0], 2)).collect();
        let counts = apportion(&shares, total);
        prop_assert_eq!(counts.iter().sum::<u32>(), total);
        for (count, share) in counts.iter().zip(&shares) {
            prop_assert!((f64::from(*count) - share.to_f64()).abs() < 1.0 + 1e-9, "{} vs {}", count, share);
        }
    }

    /// One arm: affected and unaffected icons add up, the band contains the best estimate, and
    /// the layout draws exactly those counts.
    #[test]
    fn one_arm_layout_is_consistent(events in 0_i64..=1000, low_gap in 0_i64..=300, high_gap in 0_i64..=300) {
        let events = decimal(events, 1);
        let low = decimal((events.to_f64() * 10.0) as i64 - low_gap.min((events.to_f64() * 10.0) as i64), 1);
        let high = decimal(((events.to_f64() * 10.0) as i64 + high_gap).min(1000), 1);
        let arm = ArmIcons::from_events(events, Some((low, high)), 100);
        prop_assert_eq!(arm.affected + arm.unaffected(), 100);
        let (band_low, band_high) = arm.band.unwrap();
        prop_assert!(band_low <= arm.affected && arm.affected <= band_high);
        let t = tally(&layout(arm));
        prop_assert_eq!((t.affected, t.unaffected, t.in_band), (arm.affected, 100 - arm.affected, band_high - band_low));
    }

    /// Stored text of any shape never crashes the app; it is either a session or a reported error.
    #[test]
    fn decoding_any_stored_text_never_panics(text in ".{0,300}") {
        let _ = persist::decode_session(&text);
        let _ = persist::decode_settings(&text);
        let prefixed = format!("{}{}", persist::SESSION_PREFIX, text);
        let _ = persist::decode_session(&prefixed);
    }

    /// Random bytes behind a valid prefix and time reach the postcard decoder itself (random text
    /// almost never gets past the hex check): it never panics, and anything it accepts is a
    /// session the app could have written.
    #[test]
    fn decoding_random_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400), stamp in any::<u64>()) {
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        if let Ok(stored) = persist::decode_session(&format!("{}{stamp}:{hex}", persist::SESSION_PREFIX)) {
            prop_assert_eq!(stored.saved_at_ms, stamp);
            prop_assert!(stored.session.notes.chars().count() <= local_therapy_aid::domain::session::MAX_NOTES);
        }
        if let Ok(settings) = persist::decode_settings(&format!("{}{hex}", persist::SETTINGS_PREFIX)) {
            prop_assert!(IdleTimeout::ALL.contains(&settings.idle_timeout));
        }
    }

    /// Bytes close to a real session (one byte changed, or cut short) are decoded or rejected,
    /// never a panic: the cases random bytes rarely hit.
    #[test]
    fn decoding_damaged_sessions_never_panics(notes in ".{0,40}", at in 0_usize..200, value in any::<u8>(), cut in any::<bool>()) {
        let mut session = Session::default();
        session.apply(Action::SetNotes(notes));
        session.apply(Action::Rate("avoid-operation".into(), Rating::Important));
        session.apply(Action::ToggleQuestion("q".into()));
        let text = persist::encode_session(&session, 1_790_000_000_000);
        let (head, hex) = text.rsplit_once(':').unwrap();
        let mut bytes: Vec<u8> = (0..hex.len() / 2).map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap()).collect();
        let i = at % bytes.len();
        if cut { bytes.truncate(i) } else { bytes[i] = value }
        let damaged: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let _ = persist::decode_session(&format!("{head}:{damaged}"));
    }

    /// Any sequence of actions keeps the session within what the app could write, and survives a
    /// round trip through storage.
    #[test]
    fn any_action_sequence_round_trips(ops in prop::collection::vec((0_u8..9, 0_u8..8, ".{0,20}"), 0..30)) {
        let mut session = Session::default();
        for (kind, n, text) in ops {
            let action = match kind {
                0 => Action::SetView(if n % 2 == 0 { View::Patient } else { View::Clinician }),
                1 => Action::Rate(text.as_str().into(), Rating::ALL[usize::from(n) % 4]),
                2 => Action::SetLeaning(Some(Leaning::ALL[usize::from(n) % 5])),
                3 => Action::AnswerSure(SurePhase::End, usize::from(n), Some(n % 2 == 0)),
                4 => Action::ToggleQuestion(text.as_str().into()),
                5 => Action::SetNotes(text),
                6 => Action::AnswerKnowledge(text.as_str().into(), n.to_string().as_str().into()),
                7 => Action::ChangeSituation(SituationChange::Sites(Sites::BoneOnly)),
                _ => Action::SwapOrder,
            };
            session.apply(action);
        }
        let stored = persist::decode_session(&persist::encode_session(&session, 1_790_000_000_000)).map(|s| s.session);
        prop_assert_eq!(stored, Ok(session));
    }
}

#[test]
fn every_icon_array_label_adds_up_to_its_denominator() {
    for figure in &content::bundle().figures {
        let Some(frequency) = figure.frequency() else {
            continue;
        };
        for arm in &frequency.arms {
            let sentence = phrasing::frequency_arm_patient(figure, frequency, arm);
            let affected = count_of(arm.events, frequency.denominator);
            let other = frequency.denominator - affected;
            assert!(
                sentence.contains(&format!("The other {} ", phrasing::grouped(other))),
                "{}: {sentence}",
                figure.id
            );
            assert!(sentence.starts_with(&format!(
                "Out of {} ",
                phrasing::grouped(frequency.denominator)
            )));
        }
    }
}

#[test]
fn old_and_corrupted_sessions_are_reported() {
    assert_eq!(
        persist::decode_session("lta-session-1:abcd"),
        Err(DecodeError::OldFormat)
    );
    assert_eq!(
        persist::decode_session("{\"notes\":\"x\"}"),
        Err(DecodeError::Corrupt)
    );
    let good = persist::encode_session(&Session::default(), 1_790_000_000_000);
    let truncated = &good[..good.len() - 1];
    assert_eq!(
        persist::decode_session(truncated),
        Err(DecodeError::Corrupt)
    );
}

#[test]
fn decimals_print_exactly_as_written() {
    for text in ["0.691", "43.0", "16.3", "0", "1000", "0.0014"] {
        assert_eq!(Decimal::parse(text).unwrap().to_string(), text);
    }
    assert!(Decimal::parse("1e5").is_none());
    assert!(Decimal::parse("1.").is_none());
    assert!(Decimal::parse("").is_none());
}

#[test]
fn the_summary_model_carries_everything_entered() {
    use local_therapy_aid::content::GuidanceSituation;
    use local_therapy_aid::domain::session::OptionOrder;
    use local_therapy_aid::domain::situation::{BreastProblems, Response};
    use local_therapy_aid::domain::summary;

    let bundle = content::bundle();
    let mut s = Session::default();
    s.apply(Action::ChangeSituation(SituationChange::Response(
        Response::RespondingOrStable,
    )));
    s.apply(Action::ChangeSituation(SituationChange::BreastProblems(
        BreastProblems::No,
    )));
    s.apply(Action::ChangeSituation(SituationChange::Sites(
        Sites::BoneOnly,
    )));
    s.apply(Action::Rate("breast-control".into(), Rating::Very));
    s.apply(Action::Rate("avoid-operation".into(), Rating::Very));
    s.apply(Action::Rate("time-and-cost".into(), Rating::ALittle));
    s.apply(Action::SetLeaning(Some(Leaning::TowardsMedicines)));
    for (i, yes) in [true, false, true, true].into_iter().enumerate() {
        s.apply(Action::AnswerSure(SurePhase::End, i, Some(yes)));
    }
    s.apply(Action::ToggleQuestion("clinical-trial".into()));
    s.apply(Action::SetNotes("Bring my daughter".into()));
    s.apply(Action::AnswerKnowledge("live-longer".into(), "no".into()));
    s.apply(Action::SwapOrder);

    let model = summary::build(&s, bundle);
    assert_eq!(model.situation.len(), 3);
    assert!(
        model
            .situation
            .contains(&("Where has the cancer spread?".to_owned(), "Bone only"))
    );
    let cards: Vec<GuidanceSituation> = model.guidance.iter().map(|c| c.situation).collect();
    assert_eq!(
        cards,
        vec![
            GuidanceSituation::BothControlled,
            GuidanceSituation::IfLocalTherapyChosen
        ]
    );
    assert_eq!(model.values[0].0, "Very important");
    let very: Vec<&str> = model.values[0].1.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(
        very,
        vec!["avoid-operation", "breast-control"],
        "in values.toml order"
    );
    assert_eq!(model.leaning, Some("Leaning towards medicines now"));
    assert_eq!(model.sure.len(), 1);
    assert_eq!(model.sure[0].score, Some(3));
    assert_eq!(
        model.sure_help.len(),
        1,
        "help for the one question answered no"
    );
    assert_eq!(
        model.questions,
        vec!["Is there a clinical trial I could join?"]
    );
    assert_eq!(model.notes, "Bring my daughter");
    assert_eq!(model.knowledge, (1, 1));
    assert_eq!(
        model.options.first().map(|o| o.id.as_str()),
        Some("clinical-trial"),
        "reversed order"
    );
    assert_eq!(s.order, OptionOrder::Reversed);
    assert!(model.rows.iter().all(|r| r.at_a_glance) && !model.rows.is_empty());
    assert!(
        model.sources.iter().any(|src| src.id == "legare-2010-sure"),
        "SURE is cited when used"
    );
}

proptest! {
    /// Anticipated absolute effects (GRADE's method): a higher hazard ratio never means more
    /// survivors or fewer events; a ratio of 1 changes nothing; the result stays within the
    /// denominator; the interval holds the estimate; counting events is the mirror of counting
    /// survivors; and the estimate is the control's share raised to the ratio.
    #[test]
    fn anticipated_effects_follow_the_hazard_ratio(control in 0_i64..=1000, low in 1_i64..=300, mid in 0_i64..=300, high in 0_i64..=300) {
        use local_therapy_aid::content::Counts;
        use local_therapy_aid::domain::effects::{anticipated, treated};
        let control = decimal(control, 1); // 0.0 to 100.0 out of 100
        let (lo, est, hi) = (decimal(low, 2), decimal(low + mid, 2), decimal(low + mid + high, 2));
        for counts in [Counts::Survivors, Counts::Events] {
            let a = anticipated(control, 100, counts, est, lo, hi);
            prop_assert!(a.low <= a.estimate && a.estimate <= a.high, "{:?}", a);
            prop_assert!(a.low.is_non_negative() && a.high <= Decimal::from_int(100));
            prop_assert_eq!(treated(control, 100, counts, Decimal::from_int(1)), treated(control, 100, counts, decimal(100, 2)));
        }
        let survivors = treated(control, 100, Counts::Survivors, est).to_f64();
        let expected = (control.to_f64() / 100.0).powf(est.to_f64()) * 100.0;
        prop_assert!((survivors - expected).abs() <= 0.05 + 1e-9, "{} vs {}", survivors, expected);
        let events = treated(Decimal::from_int(100).minus(control), 100, Counts::Events, est).to_f64();
        prop_assert!((events + survivors - 100.0).abs() <= 0.1 + 1e-9, "{} + {}", events, survivors);
        let more = treated(control, 100, Counts::Survivors, hi).to_f64();
        prop_assert!(more <= survivors, "a higher ratio, more survivors: {} > {}", more, survivors);
    }
}

// --- Values and leaning that disagree ------------------------------------------------------------

mod disagreement {
    use super::*;
    use local_therapy_aid::content::{Side, ValueItem, Values};
    use local_therapy_aid::domain::ids::ValueId;
    use local_therapy_aid::domain::pairs::Pairs;
    use local_therapy_aid::domain::values::{disagreement, leaning_side};

    const IDS: [&str; 6] = ["v0", "v1", "v2", "v3", "v4", "v5"];

    fn values(points: &[Option<Side>]) -> Values {
        Values {
            items: points
                .iter()
                .zip(IDS)
                .map(|(points_to, id)| ValueItem {
                    id: id.into(),
                    points_to: *points_to,
                    ..ValueItem::default()
                })
                .collect::<Vec<_>>()
                .into(),
            ..Values::default()
        }
    }

    fn mirror_leaning(leaning: Leaning) -> Leaning {
        Leaning::ALL[Leaning::ALL.len() - 1 - leaning.index()]
    }

    fn side() -> impl Strategy<Value = Option<Side>> {
        prop::sample::select(vec![None, Some(Side::MedicinesNow), Some(Side::BreastNow)])
    }

    fn rating() -> impl Strategy<Value = Option<Rating>> {
        prop::option::of(prop::sample::select(Rating::ALL.to_vec()))
    }

    fn case() -> impl Strategy<Value = (Vec<Option<Side>>, Vec<Option<Rating>>, Option<Leaning>)> {
        (
            prop::collection::vec(side(), 6),
            prop::collection::vec(rating(), 6),
            prop::option::of(prop::sample::select(Leaning::ALL.to_vec())),
        )
    }

    fn ratings(of: &[Option<Rating>]) -> Pairs<ValueId, Rating> {
        let mut pairs = Pairs::default();
        for (id, rating) in IDS.iter().zip(of) {
            if let Some(rating) = rating {
                pairs.set((*id).into(), *rating);
            }
        }
        pairs
    }

    /// The result as plain data: the side she leans to and the ids of the values that disagree.
    fn found(
        points: &[Option<Side>],
        rated: &[Option<Rating>],
        leaning: Option<Leaning>,
    ) -> Option<(Side, Vec<String>)> {
        let v = values(points);
        disagreement(&v, &ratings(rated), leaning).map(|d| {
            (
                d.leaning_to,
                d.values.iter().map(|i| i.id.to_string()).collect(),
            )
        })
    }

    proptest! {
        /// Both ways alike: mirror every value's direction and the leaning, and the prompt is the
        /// mirror image (the same values, the other side).
        #[test]
        fn the_rule_treats_both_ways_alike((points, rated, leaning) in case()) {
            let mirrored: Vec<Option<Side>> = points.iter().map(|p| p.map(Side::other)).collect();
            let here = found(&points, &rated, leaning);
            let there = found(&mirrored, &rated, leaning.map(mirror_leaning));
            prop_assert_eq!(here.map(|(s, ids)| (s.other(), ids)), there);
        }

        /// When it speaks, it is right: she leans one way, and every value she rated highest
        /// (important or more) that points a way points the other way, and it names exactly those.
        #[test]
        fn the_prompt_names_exactly_the_top_values_pointing_the_other_way((points, rated, leaning) in case()) {
            let result = found(&points, &rated, leaning);
            let top = rated.iter().flatten().max().copied();
            let side = leaning.and_then(leaning_side);
            let expected = match (side, top) {
                (Some(side), Some(top)) if top >= Rating::Important => {
                    let pointing: Vec<(String, Side)> = IDS.iter().zip(&points).zip(&rated)
                        .filter(|((_, p), r)| p.is_some() && **r == Some(top))
                        .map(|((id, p), _)| ((*id).to_owned(), p.unwrap()))
                        .collect();
                    (!pointing.is_empty() && pointing.iter().all(|(_, p)| *p == side.other()))
                        .then(|| (side, pointing.into_iter().map(|(id, _)| id).collect()))
                }
                _ => None,
            };
            prop_assert_eq!(result, expected);
        }

        /// The order of the values never changes the answer (only which ones, not where).
        #[test]
        fn the_order_of_the_values_does_not_matter((points, rated, leaning) in case()) {
            let forward = found(&points, &rated, leaning).map(|(s, mut ids)| { ids.sort(); (s, ids) });
            // Reverse both lists together: the same items, in the other order, with other ids.
            let v = values(&points);
            let reversed = Values { items: v.items.iter().rev().cloned().collect::<Vec<_>>().into(), ..Values::default() };
            let back = disagreement(&reversed, &ratings(&rated), leaning)
                .map(|d| { let mut ids: Vec<String> = d.values.iter().map(|i| i.id.to_string()).collect(); ids.sort(); (d.leaning_to, ids) });
            prop_assert_eq!(forward, back);
        }
    }
}

// --- Properties that kill the mutants cargo-mutants found --------------------------------------

/// Shares with mixed numbers of decimals (so their remainders are compared at one scale) that
/// add up exactly to `total`: `parts` are in thousandths, each written with 0 to 3 decimals.
fn mixed_scale_shares(parts: &[(i64, u8)], total: u32) -> Vec<Decimal> {
    let mut shares: Vec<Decimal> = parts
        .iter()
        .map(|(thousandths, scale)| {
            let step = 10_i64.pow(3 - u32::from(*scale));
            decimal(thousandths / step, *scale)
        })
        .collect();
    let written: i64 = shares
        .iter()
        .map(|s| (s.to_f64() * 1000.0).round() as i64)
        .sum();
    let rest = i64::from(total) * 1000 - written;
    shares.push(decimal(rest.max(0), 3));
    shares
}

/// A share's remainder in thousandths (all the shares above have at most 3 decimals).
fn remainder_thousandths(share: Decimal) -> i64 {
    (share.to_f64() * 1000.0).round() as i64 % 1000
}

proptest! {
    /// The icons left after every share has its whole part go to the largest remainders, the
    /// earlier share first on a tie; whatever the number of decimals each share is written with.
    #[test]
    fn the_icons_go_to_the_largest_remainders(parts in prop::collection::vec((0_i64..=30_000, 0_u8..=3), 1..5)) {
        let total = 100;
        let shares = mixed_scale_shares(&parts, total);
        prop_assume!(shares.iter().map(|s| s.to_f64()).sum::<f64>() <= f64::from(total) + 1e-9);
        prop_assume!((shares.iter().map(|s| s.to_f64()).sum::<f64>() - f64::from(total)).abs() < 1e-6);
        let counts = apportion(&shares, total);
        let extra: Vec<bool> = counts.iter().zip(&shares).map(|(c, s)| f64::from(*c) > s.to_f64().floor() + 1e-9).collect();
        for (i, got) in extra.iter().enumerate() {
            for (j, missed) in extra.iter().enumerate() {
                if *got && !*missed {
                    let (ri, rj) = (remainder_thousandths(shares[i]), remainder_thousandths(shares[j]));
                    prop_assert!(ri > rj || (ri == rj && i < j), "share {} ({}) got an icon before share {} ({})", i, shares[i], j, shares[j]);
                }
            }
        }
    }

    /// Shares that add up to more than the total (bad input) are trimmed from the last share
    /// back: never more icons than the total, and no share gets more than its whole part.
    #[test]
    fn trimming_never_leaves_more_icons_than_the_total(wholes in prop::collection::vec(0_i64..=80, 2..5)) {
        let total = 100_u32;
        let sum: i64 = wholes.iter().sum();
        prop_assume!(sum > i64::from(total));
        let shares: Vec<Decimal> = wholes.iter().map(|w| decimal(*w, 0)).collect();
        let counts = apportion(&shares, total);
        prop_assert_eq!(counts.iter().sum::<u32>(), total);
        let mut trimmed = false;
        for (count, whole) in counts.iter().zip(&wholes) {
            prop_assert!(i64::from(*count) <= *whole);
            // Once a share is trimmed, every later one is trimmed to nothing.
            if trimmed { prop_assert_eq!(*count, 0); }
            trimmed |= i64::from(*count) < *whole;
        }
    }
}

#[test]
fn trimming_takes_from_the_end() {
    let shares = [decimal(60, 0), decimal(50, 0), decimal(10, 0)];
    assert_eq!(apportion(&shares, 100), vec![60, 40, 0]);
    assert_eq!(
        apportion(&[decimal(125, 1), decimal(3025, 2)], 43),
        vec![13, 30]
    );
}

/// Each kind of entry on its own makes the session count as holding patient data (it decides
/// whether the idle timeout clears the session and what the privacy check says).
#[test]
fn each_kind_of_entry_on_its_own_is_patient_data() {
    use local_therapy_aid::domain::session::Format;
    let entries: Vec<(&str, Action)> = vec![
        (
            "situation",
            Action::ChangeSituation(SituationChange::Sites(Sites::BoneOnly)),
        ),
        (
            "a rating",
            Action::Rate("avoid-operation".into(), Rating::Very),
        ),
        ("the leaning", Action::SetLeaning(Some(Leaning::Unsure))),
        (
            "a SURE answer",
            Action::AnswerSure(SurePhase::Start, 2, Some(false)),
        ),
        (
            "a ticked question",
            Action::ToggleQuestion("clinical-trial".into()),
        ),
        ("notes", Action::SetNotes("x".into())),
        (
            "a knowledge answer",
            Action::AnswerKnowledge("live-longer".into(), "no".into()),
        ),
    ];
    for (what, action) in entries {
        let mut s = Session::default();
        s.apply(action);
        assert!(s.has_patient_data(), "{what} alone is patient data");
        s.apply(Action::EndSession);
        assert!(!s.has_patient_data(), "End session clears {what}");
    }
    // How the screen looks is not patient data.
    let mut s = Session::default();
    for action in [
        Action::SetView(View::Clinician),
        Action::SetFormat(Format::Table),
        Action::SwapOrder,
    ] {
        s.apply(action);
    }
    assert!(!s.has_patient_data());
}

/// The SURE answers of each phase are kept apart and read back.
#[test]
fn sure_answers_read_back_per_phase() {
    use local_therapy_aid::domain::sure::score;
    let mut s = Session::default();
    s.apply(Action::AnswerSure(SurePhase::End, 1, Some(true)));
    assert!(s.sure.get(SurePhase::Start).is_none());
    let end = s
        .sure
        .get(SurePhase::End)
        .expect("the end phase was answered");
    assert_eq!(score(end), None, "three questions unanswered");
    assert_eq!(end[1], Some(true));
    for i in [0, 2, 3] {
        s.apply(Action::AnswerSure(SurePhase::End, i, Some(true)));
    }
    assert_eq!(s.sure.get(SurePhase::End).and_then(score), Some(4));
    s.apply(Action::AnswerSure(SurePhase::Start, 0, Some(false)));
    assert!(s.sure.get(SurePhase::Start).is_some());
}

/// A ratings list behaves as a small map: setting, replacing, removing, counting, in order.
#[test]
fn pairs_set_replace_remove_and_count() {
    use local_therapy_aid::domain::pairs::Pairs;
    let mut pairs: Pairs<&str, u8> = Pairs::default();
    assert!(pairs.is_empty());
    assert_eq!(pairs.len(), 0, "an empty list counts 0");
    pairs.set("a", 1);
    pairs.set("b", 2);
    pairs.set("a", 3);
    assert_eq!((pairs.len(), pairs.is_empty()), (2, false));
    assert_eq!(pairs.values().copied().collect::<Vec<_>>(), vec![3, 2]);
    pairs.remove(&"a");
    assert_eq!(pairs.get(&"a"), None);
    assert_eq!(pairs.values().copied().collect::<Vec<_>>(), vec![2]);
    assert_eq!(pairs.len(), 1);
}

/// Arrays of 100 are 10 across; of 1,000, 40 across (a wider grid keeps them on screen).
#[test]
fn icon_arrays_are_ten_or_forty_across() {
    use local_therapy_aid::domain::icon_array::columns;
    assert_eq!(columns(100), 10);
    assert_eq!(columns(10), 10);
    assert_eq!(columns(101), 40);
    assert_eq!(columns(1000), 40);
}

/// The help offered after SURE is the help written for exactly the questions answered "no", in
/// question order.
#[test]
fn sure_help_is_for_the_questions_answered_no() {
    use local_therapy_aid::domain::sure::help_for;
    let sure = &content::bundle().sure;
    let for_question = |i: usize| -> Vec<&str> {
        sure.help
            .iter()
            .filter(|h| h.question == sure.questions[i].id)
            .map(|h| h.text.as_str())
            .collect()
    };
    assert!(
        help_for(&[Some(true); 4], sure).is_empty(),
        "all yes: no help"
    );
    assert!(
        help_for(&[None; 4], sure).is_empty(),
        "nothing answered: no help"
    );
    for i in 0..4 {
        let mut answers = [Some(true); 4];
        answers[i] = Some(false);
        let help: Vec<&str> = help_for(&answers, sure)
            .iter()
            .map(|h| h.text.as_str())
            .collect();
        assert!(!help.is_empty(), "question {i} has help");
        assert_eq!(help, for_question(i), "question {i}");
    }
    let both: Vec<&str> = help_for(&[Some(false), Some(true), Some(false), None], sure)
        .iter()
        .map(|h| h.text.as_str())
        .collect();
    assert_eq!(both, [for_question(0), for_question(2)].concat());
}

/// Each rating has its own words, from `values.toml`, in order.
#[test]
fn each_rating_has_its_own_words() {
    use local_therapy_aid::domain::values::rating_label;
    let values = &content::bundle().values;
    let labels: Vec<&str> = Rating::ALL
        .iter()
        .map(|r| rating_label(values, *r))
        .collect();
    assert_eq!(
        labels,
        [
            "Not important",
            "A little important",
            "Important",
            "Very important"
        ]
    );
}

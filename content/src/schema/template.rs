//! Screen words with named slots: a [`Template`]'s words hold `{slot}`s, and its type names the
//! slots the screen fills ([`slots`]), so the build refuses a template that drops a slot or names
//! one the screen does not fill (`checks::validate`), and the screen fills each slot by name.

use std::fmt::{self, Display, Write as _};
use std::marker::PhantomData;

use serde::{Deserialize, Deserializer};

/// The slots a [`Template`] fills, named by a marker type.
pub trait Slots {
    /// The slot names, as the template writes them between braces.
    const NAMES: &'static [&'static str];
    /// The marker's type, as written in generated code.
    const TYPE_NAME: &'static str;
}

/// Declares the template types, one per reader: the same words with slots, read by the lints as
/// that reader's words.
macro_rules! template_types {
    ($($(#[$doc:meta])* $name:ident: clinician = $clinician:literal;)*) => {$(
        $(#[$doc])*
        pub struct $name<S> {
            text: &'static str,
            slots: PhantomData<S>,
        }

        impl<S> $name<S> {
            /// A template kept in the binary (what the generated content code writes).
            pub const fn here(text: &'static str) -> Self {
                Self {
                    text,
                    slots: PhantomData,
                }
            }

            /// The words with their slots unfilled.
            pub fn text(&self) -> &'static str {
                self.text
            }
        }

        impl<S> Clone for $name<S> {
            fn clone(&self) -> Self {
                *self
            }
        }

        impl<S> Copy for $name<S> {}

        impl<S> Default for $name<S> {
            fn default() -> Self {
                Self::here("")
            }
        }

        impl<S> PartialEq for $name<S> {
            fn eq(&self, other: &Self) -> bool {
                self.text == other.text
            }
        }

        impl<S> fmt::Debug for $name<S> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.text).finish()
            }
        }

        impl<'de, S> Deserialize<'de> for $name<S> {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer)
                    .map(|text| Self::here(Box::leak(text.into_boxed_str())))
            }
        }

        // Screen words hold no references.
        #[cfg(feature = "checks")]
        impl<S> super::refs::Resolve for $name<S> {}

        #[cfg(feature = "checks")]
        impl<S: Slots> super::reflect::Reflect for $name<S> {
            fn type_name() -> String {
                format!(concat!("crate::content::schema::", stringify!($name), "<{}>"), S::TYPE_NAME)
            }
            fn reflect(&self) -> super::reflect::Value<'_> {
                super::reflect::Value::Template {
                    type_name: Self::type_name(),
                    clinician: $clinician,
                    slots: S::NAMES,
                    text: self.text,
                }
            }
        }
    )*};
}

template_types! {
    /// A sentence of screen words with named slots (`"Step {at} of {of}"`), filled by the screen.
    /// Read like [`PatientLabel`](super::PatientLabel) by every lint, each slot as a plain word.
    Template: clinician = false;
    /// The same for words the clinician view alone shows (statistics, a method): read like
    /// clinician words.
    ClinicianTemplate: clinician = true;
}

/// The slot names in a template's words, in order (`{name}`: lower-case letters and `_`).
pub fn slots_in(text: &str) -> Vec<&str> {
    // What follows each opening brace, up to its closing one (a brace never closed names none).
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Opens a plural choice, `((one|other))`: words that agree with a number, where a language
/// other than English needs them (Spanish "((tuvo|tuvieron))"). English text has none.
pub const PLURAL_OPEN: &str = "((";
/// Closes a plural choice.
pub const PLURAL_CLOSE: &str = "))";

/// `text` with each plural choice `((one|other))` resolved: the first form when the number it
/// agrees with is exactly 1 (`one`), the second otherwise (and where no number is known). Only
/// templates (agreeing with their `{count}`) and a figure's event phrases (agreeing with the
/// women counted) may hold choices: the language checks refuse them elsewhere.
pub fn plural(text: &str, one: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = pair_at(rest, b'(') {
        let after = &rest[open + 2..];
        let Some(close) = pair_at(after, b')') else {
            break;
        };
        out.push_str(&rest[..open]);
        let choice = &after[..close];
        let (singular, many) = choice.split_once('|').unwrap_or((choice, choice));
        out.push_str(if one { singular } else { many });
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    out
}

/// Where `byte` first appears twice in a row (`((`, `))`). A byte scan, not a substring search:
/// the first load then carries no general string searcher for it.
fn pair_at(text: &str, byte: u8) -> Option<usize> {
    text.as_bytes()
        .windows(2)
        .position(|two| two == [byte, byte])
}

/// Whether a filled slot shows the number 1 ("1", "about 1"; not "11", "2,001" or "1.5"): its
/// last run of digits is a lone 1. (Read from the words, not parsed: the app ships no number
/// parser for it.)
pub fn shows_one(value: &str) -> bool {
    let mut digits = value
        .trim_end_matches(|c: char| !c.is_ascii_digit())
        .chars()
        .rev();
    digits.next() == Some('1')
        && !digits
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// `text` with its plural choices resolved (see [`plural`]) in an edition whose language has
/// them (built with `LTA_LANGUAGE`, see `build.rs`); in the English edition, `text` as it is.
pub fn agree(text: &str, one: bool) -> std::borrow::Cow<'_, str> {
    #[cfg(plural_choices)]
    return std::borrow::Cow::Owned(plural(text, one));
    #[cfg(not(plural_choices))]
    {
        let _ = one;
        std::borrow::Cow::Borrowed(text)
    }
}

/// Fills each `{name}` of `text` with its value, after resolving its plural choices for the
/// number its `{count}` shows (in an edition whose language has them: [`agree`]). A slot with no
/// value stays as written (the build has checked that
/// every slot of a shipped template is filled).
pub fn fill(text: &str, values: &[(&str, &dyn Display)]) -> String {
    #[cfg(plural_choices)]
    let resolved;
    #[cfg(plural_choices)]
    let text = if pair_at(text, b'(').is_some() {
        let one = values
            .iter()
            .find(|(name, _)| *name == "count")
            .is_some_and(|(_, value)| shows_one(&value.to_string()));
        resolved = plural(text, one);
        resolved.as_str()
    } else {
        text
    };
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..close])
                .map(|(_, value)| (close, value))
        });
        match value {
            Some((close, value)) => {
                let _ = write!(out, "{value}");
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Declares the slot markers: each names its slots once, and gives [`Template`]s of it a `fill`
/// that takes one value per slot, by name.
macro_rules! slots {
    ($($(#[$doc:meta])* $marker:ident($($slot:ident),+);)*) => {
        /// The slot markers of the screen words' templates.
        pub mod slots {
            $(
                $(#[$doc])*
                #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
                pub struct $marker;

                impl super::Slots for $marker {
                    const NAMES: &'static [&'static str] = &[$(stringify!($slot)),+];
                    const TYPE_NAME: &'static str =
                        concat!("crate::content::schema::slots::", stringify!($marker));
                }

                impl super::Template<$marker> {
                    /// The words with each slot filled.
                    // One argument per slot, by name: a sentence about a figure has up to eight.
                    #[allow(clippy::too_many_arguments)]
                    pub fn fill(&self, $($slot: &dyn super::Display),+) -> String {
                        super::fill(self.text(), &[$((stringify!($slot), $slot)),+])
                    }
                }

                impl super::ClinicianTemplate<$marker> {
                    /// The words with each slot filled.
                    // One argument per slot, by name: a sentence about a figure has up to eight.
                    #[allow(clippy::too_many_arguments)]
                    pub fn fill(&self, $($slot: &dyn super::Display),+) -> String {
                        super::fill(self.text(), &[$((stringify!($slot), $slot)),+])
                    }
                }
            )*
        }
    };
}

slots! {
    /// A study's code.
    Study(study);
    /// A field test's participant number.
    Participant(participant);
    /// How many there are, and the most there may be.
    CountCap(count, cap);
    /// The fewest and the most.
    MinMax(min, max);
    /// A file's name.
    File(file);
    /// A date.
    Date(date);
    /// Files missing of all the files.
    MissingOfTotal(missing, total);
    /// A figure's denominator, who they are and the time frame.
    OutOf(denominator, people, horizon);
    /// What half of the women had.
    Event(event);
    /// The labels of the figures behind a row.
    Labels(labels);
    /// A step's place in a consultation.
    AtOf(at, of);
    /// A step's title.
    StepTitle(step);
    /// A score out of a total.
    ScoreOfTotal(score, total);
    /// A citation and its terms of use.
    Credit(citation, terms);
    /// The measured reading level.
    ReadingLevel(texts, overall, worst);
    /// An evidence version.
    Version(version);
    /// Right answers of those answered.
    RightOfAnswered(right, answered);
    /// How many there are.
    Count(count);
    /// A heading.
    Heading(heading);
    /// Minutes.
    Minutes(minutes);
    /// Characters given and allowed.
    GivenLimit(given, limit);
    /// Characters allowed.
    Limit(limit);
    /// Why something was refused.
    Reason(reason);
    /// A trial's primary end point.
    EndPoint(end_point);
    /// The date, the aid's title and the way taken.
    MadeWay(date, title, way);
    /// A question and its right answer.
    QuestionAnswer(question, answer);
    /// The date and the aid's title.
    Made(date, title);
    /// A list of items.
    Items(items);
    /// Her leaning.
    Leaning(leaning);
    /// The view and the text size.
    ViewAndSize(view, size);
    /// One arm of a natural frequency.
    FrequencyArm(denominator, people, group, count, event, horizon, rest, non_event);
    /// A range out of a denominator.
    RangeOf(low, high, denominator);
    /// Every arm of a natural frequency compared.
    Comparison(denominator, people, event, horizon, parts);
    /// A group's name.
    Group(group);
    /// One arm of a median.
    MedianArm(group, event, months);
    /// The two ends of a range.
    LowHigh(low, high);
    /// A grade in plain words and as the review named it.
    CertaintyWords(words, grade);
    /// The evidence version and its dates.
    EvidenceLine(version, reviewed, next);
    /// An address.
    Url(url);
    /// An address and the date it was read.
    UrlDate(url, date);
    /// How a worked-out arm was made.
    WorkedOut(arm, ratio, relative, formula, from_arm);
    /// A rate and its denominator.
    Per(value, denominator);
    /// One arm of a median for clinicians.
    MedianArmClinician(arm, months, interval);
    /// A relative effect, its interval, comparison and direction.
    RelativeEffect(measure, estimate, interval, p, outcome, treatment, reference, direction);
    /// A GRADE grade's word.
    Grade(grade);
    /// A count out of a total, and what was counted.
    CountOf(count, of, what);
    /// How many people of one role took part.
    RoleCount(count, role);
    /// The aid's title.
    Title(title);
    /// An option and its answer.
    OptionAnswer(option, answer);
    /// A level of importance and the items rated at it.
    LevelItems(level, items);
    /// A score, in words.
    Score(score);
}

#[cfg(test)]
mod tests {
    use super::{agree, fill, pair_at, plural, shows_one, slots_in};

    #[test]
    fn a_plural_choice_takes_its_first_form_for_one_and_its_second_otherwise() {
        assert_eq!(plural("((tuvo|tuvieron)) dolor", true), "tuvo dolor");
        assert_eq!(plural("((tuvo|tuvieron)) dolor", false), "tuvieron dolor");
        assert_eq!(
            plural("{count} ((mujer|mujeres)) y ((otra|otras))", true),
            "{count} mujer y otra"
        );
        assert_eq!(plural("sin elección (nada)", true), "sin elección (nada)");
        // A choice never closed is left as written; one with one form is that form.
        assert_eq!(
            plural("((tuvo|tuvieron dolor", true),
            "((tuvo|tuvieron dolor"
        );
        assert_eq!(plural("a ((sí)) b", false), "a sí b");
        assert_eq!(pair_at("ab((c", b'('), Some(2));
        assert_eq!(pair_at("a(b(c", b'('), None);
        assert_eq!(pair_at("))", b')'), Some(0));
    }

    #[test]
    fn a_filled_slot_shows_one_only_when_its_last_number_is_a_lone_1() {
        for (shown, one) in [
            ("1", true),
            ("cerca de 1", true),
            ("about 1", true),
            ("1 woman", true),
            ("11", false),
            ("21", false),
            ("2,001", false),
            ("1.5", false),
            ("0.1", false),
            ("16", false),
            ("", false),
            ("none", false),
        ] {
            assert_eq!(shows_one(shown), one, "{shown:?}");
        }
    }

    #[test]
    fn the_english_edition_resolves_no_choice() {
        // Built without a language that has plural choices (`build.rs`), text is left as it is.
        #[cfg(not(plural_choices))]
        assert_eq!(agree("((tuvo|tuvieron))", true), "((tuvo|tuvieron))");
        #[cfg(plural_choices)]
        assert_eq!(agree("((tuvo|tuvieron))", true), "tuvo");
        assert_eq!(fill("{count} de 4", &[("count", &1)]), "1 de 4");
    }

    #[test]
    fn slots_are_found_in_order() {
        assert_eq!(slots_in("Step {at} of {of}."), ["at", "of"]);
        assert_eq!(slots_in("No slots."), Vec::<&str>::new());
        assert_eq!(slots_in("An open { brace"), Vec::<&str>::new());
        assert_eq!(slots_in("{}{x} and {y"), ["", "x"]);
    }

    #[test]
    fn each_slot_is_filled_by_name_and_an_unknown_one_stays_as_written() {
        let (at, of) = (3, "14");
        assert_eq!(
            fill("Step {at} of {of}", &[("of", &of), ("at", &at)]),
            "Step 3 of 14"
        );
        assert_eq!(fill("{x} and {at}", &[("at", &at)]), "{x} and 3");
        assert_eq!(fill("{at", &[("at", &at)]), "{at");
        assert_eq!(fill("a } b", &[]), "a } b");
    }

    #[test]
    fn a_marker_fills_its_template_through_its_named_arguments() {
        let template = super::Template::<super::slots::AtOf>::here("Step {at} of {of}");
        assert_eq!(template.fill(&2, &5), "Step 2 of 5");
    }
}

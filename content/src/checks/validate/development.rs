//! Claims about how the aid was developed and tested: a text may say the aid was reviewed by
//! patients or clinicians, field-tested or usability-tested only when `development.toml` holds a
//! record of that kind (with that group, where the claim names one). IPDAS asks decision aids to
//! report these steps; claiming one that did not happen would mislead the women and clinicians
//! who rely on the aid.
//!
//! What counts as a claim: the phrases that say the thing happened to the aid, the past
//! participles ("reviewed by", "field-tested", "field tested", "usability-tested", "user-tested",
//! "tested with patients"), and a field test's findings ("a field test found", "field testing
//! showed"). The nouns alone ("the field test mode", "a protocol for field testing", "a review")
//! name an activity, not an event, and are not claims. A phrase is not a claim either when its
//! clause says it has not happened: a negation or a not-yet word ("not", "never", "no", "nor",
//! "without", "yet to", "before", "until", "unless", "if", "will", "would", "should", "must",
//! "need", "planned") earlier in the same clause. Clauses end at . ; : ! ? , ( ) and at "and",
//! "but", "although", "though", "however", "while", "whereas", so "it has not been field-tested,
//! but it was reviewed by patients" claims a review. A claim's wording that the rule misreads as
//! negated would need a record anyway to be true; one it misreads as a claim is refused with the
//! fix (add the record, or reword).
//!
//! Quoted words (`Verbatim`: a source's words about its own study) are not claims about this aid
//! and are not read.

use crate::schema::{DevelopmentKind, Role};

use super::Checker;
use crate::checks::texts::{self, Reader};

/// One kind of claim: the phrase that makes it, and the kinds of record that back it.
struct ClaimPhrase {
    /// The phrase, lower case; `-` in it also matches a space.
    phrase: &'static str,
    /// The kinds of record, any of which backs it.
    kinds: &'static [DevelopmentKind],
    /// Whether the words after the phrase may name who ("reviewed by patients").
    names_who: bool,
}

const REVIEW: &[DevelopmentKind] = &[DevelopmentKind::Review];
const FIELD_TEST: &[DevelopmentKind] = &[DevelopmentKind::FieldTest];
const USABILITY: &[DevelopmentKind] = &[DevelopmentKind::UsabilityTest];
const TESTED_WITH: &[DevelopmentKind] =
    &[DevelopmentKind::FieldTest, DevelopmentKind::UsabilityTest];

/// The claims, in the order they are looked for.
const CLAIMS: &[ClaimPhrase] = &[
    ClaimPhrase {
        phrase: "reviewed by",
        kinds: REVIEW,
        names_who: true,
    },
    ClaimPhrase {
        phrase: "field-tested",
        kinds: FIELD_TEST,
        names_who: true,
    },
    ClaimPhrase {
        phrase: "usability-tested",
        kinds: USABILITY,
        names_who: true,
    },
    ClaimPhrase {
        phrase: "user-tested",
        kinds: USABILITY,
        names_who: true,
    },
    ClaimPhrase {
        phrase: "tested with",
        kinds: TESTED_WITH,
        names_who: true,
    },
    ClaimPhrase {
        phrase: "field-test found",
        kinds: FIELD_TEST,
        names_who: false,
    },
    ClaimPhrase {
        phrase: "field-test showed",
        kinds: FIELD_TEST,
        names_who: false,
    },
    ClaimPhrase {
        phrase: "field-tests found",
        kinds: FIELD_TEST,
        names_who: false,
    },
    ClaimPhrase {
        phrase: "field-tests showed",
        kinds: FIELD_TEST,
        names_who: false,
    },
    ClaimPhrase {
        phrase: "field-testing found",
        kinds: FIELD_TEST,
        names_who: false,
    },
    ClaimPhrase {
        phrase: "field-testing showed",
        kinds: FIELD_TEST,
        names_who: false,
    },
];

/// Words that, earlier in a claim's clause, say it has not happened.
const NOT_YET: &[&str] = &[
    "not", "never", "no", "nor", "neither", "without", "before", "until", "unless", "if", "will",
    "would", "should", "must", "need", "needs", "planned", "cannot",
];

/// Words that end a clause.
const CLAUSE_ENDS: &[&str] = &[
    "and", "but", "although", "though", "however", "while", "whereas",
];

/// Words naming patients, and words naming clinicians, after "reviewed by" or "tested with".
const PATIENT_WORDS: &[&str] = &["patients", "patient", "women", "woman", "people"];
const CLINICIAN_WORDS: &[&str] = &[
    "clinicians",
    "clinician",
    "doctors",
    "doctor",
    "surgeons",
    "surgeon",
    "oncologists",
    "oncologist",
    "nurses",
    "nurse",
    "radiotherapists",
    "experts",
    "specialists",
    "practitioners",
    "professionals",
];

/// A claim found in a text: the words that make it, the kinds that back it, and the group it
/// names (if any).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The words as written ("reviewed by patients").
    pub words: String,
    /// The kinds of record, any of which backs it.
    pub kinds: Vec<DevelopmentKind>,
    /// The group it names, if it names one.
    pub who: Option<Role>,
}

/// The words of a text, lower case, with the punctuation that ends a clause kept as words of
/// their own.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() || ch == '-' || ch == '\'' || ch == '’' {
            current.extend(ch.to_lowercase());
        } else {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            if matches!(ch, '.' | ';' | ':' | '!' | '?' | ',' | '(' | ')' | '\n') {
                out.push(ch.to_string());
            }
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn ends_clause(word: &str) -> bool {
    (word.len() == 1 && ".;:!?,()\n".contains(word)) || CLAUSE_ENDS.contains(&word)
}

fn says_not_yet(word: &str) -> bool {
    NOT_YET.contains(&word) || word.ends_with("n't") || word.ends_with("n’t")
}

/// Whether the phrase's words (split at `-` and spaces) match the text's words from `at`.
fn matches_at(words: &[String], at: usize, phrase: &[&str]) -> bool {
    // A hyphenated word in the text ("field-tested") is split the same way as the phrase.
    let mut parts = Vec::new();
    for word in words.iter().skip(at) {
        parts.extend(word.split('-').filter(|p| !p.is_empty()));
        if parts.len() >= phrase.len() {
            break;
        }
    }
    parts.len() >= phrase.len() && parts.iter().zip(phrase).all(|(a, b)| a == b)
}

/// Whether the claim at word `at` stands in a clause that says it has not happened.
fn negated(words: &[String], at: usize) -> bool {
    words[..at]
        .iter()
        .rev()
        .take_while(|word| !ends_clause(word))
        .any(|word| says_not_yet(word))
        || words[..at]
            .iter()
            .rev()
            .take_while(|word| !ends_clause(word))
            .collect::<Vec<_>>()
            .windows(2)
            .any(|pair| pair[0] == "to" && pair[1] == "yet")
}

/// The group named in the few words after a claim ("reviewed by three breast surgeons").
fn who_after(words: &[String], from: usize) -> Option<Role> {
    for word in words.iter().skip(from).take(5) {
        if ends_clause(word) {
            break;
        }
        if PATIENT_WORDS.contains(&word.as_str()) {
            return Some(Role::Patients);
        }
        if CLINICIAN_WORDS.contains(&word.as_str()) {
            return Some(Role::Clinicians);
        }
    }
    None
}

/// Every claim a text makes about the aid's development and testing (not those its clause
/// negates).
pub fn claims_in(text: &str) -> Vec<Claim> {
    let words = words(text);
    let mut found = Vec::new();
    for at in 0..words.len() {
        for claim in CLAIMS {
            let phrase: Vec<&str> = claim.phrase.split(['-', ' ']).collect();
            if !matches_at(&words, at, &phrase) || negated(&words, at) {
                continue;
            }
            // The words the phrase took in the text ("field-tested" is one word, two parts).
            let mut parts = 0;
            let mut end = at;
            while parts < phrase.len() && end < words.len() {
                parts += words[end].split('-').filter(|p| !p.is_empty()).count();
                end += 1;
            }
            let who = if claim.names_who {
                who_after(&words, end)
            } else {
                None
            };
            // "tested with" is a claim only when it names who it was tested with.
            if claim.phrase == "tested with" && who.is_none() {
                continue;
            }
            let mut shown = words[at..end].join(" ");
            if let Some(role) = who {
                shown.push_str(match role {
                    Role::Patients => " (patients)",
                    Role::Clinicians => " (clinicians)",
                    Role::Others => " (others)",
                });
            }
            found.push(Claim {
                words: shown,
                kinds: claim.kinds.to_vec(),
                who,
            });
        }
    }
    // "field-tested" also matches inside "field-tested with": one claim per place is enough.
    found.dedup_by(|a, b| a.words == b.words);
    found
}

fn kind_name(kind: DevelopmentKind) -> &'static str {
    match kind {
        DevelopmentKind::NeedsAssessment => "needs_assessment",
        DevelopmentKind::Review => "review",
        DevelopmentKind::FieldTest => "field_test",
        DevelopmentKind::UsabilityTest => "usability_test",
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Patients => "patients",
        Role::Clinicians => "clinicians",
        Role::Others => "others",
    }
}

/// Each record is complete: who took part (a number for each group), when (months, never days),
/// what was found in both views, and where it is reported.
pub(super) fn check_records(c: &mut Checker<'_>) {
    for record in c.bundle.development.iter() {
        let place = format!("development record `{}`", record.id);
        if record.participants.is_empty() {
            c.push(
                &place,
                "lists no `participants`: say who took part, by role and number",
            );
        }
        for group in record.participants.iter() {
            if group.number == 0 {
                c.push(
                    &place,
                    "a group of `participants` has `number = 0`: give how many took part",
                );
            }
            c.required(&place, "participants.described", &group.described);
        }
        let when = record.when.as_str();
        let month = |m: &str| {
            let b = m.as_bytes();
            b.len() == 7
                && b[4] == b'-'
                && m[..4].bytes().all(|x| x.is_ascii_digit())
                && m[5..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n))
        };
        let months_ok = match when.split_once(" to ") {
            Some((from, to)) => month(from) && month(to) && from <= to,
            None => month(when),
        };
        if !months_ok {
            c.push(
                &place,
                format!("`when` = \"{when}\" must be a month (\"2027-03\") or a span of months (\"2027-03 to 2027-06\"), with no days"),
            );
        }
        c.required(&place, "place_patient", &record.place_patient);
        c.required(&place, "versions", &record.versions);
        c.required(&place, "found_patient", &record.found_patient);
        c.required(&place, "found", &record.found);
        if record.reported_in.is_none() && record.report_note.is_none() {
            c.push(
                &place,
                "says nowhere where it is reported: cite the paper in `reported_in` (a source id), or say where the report is kept in `report_note`",
            );
        }
        if let Some(source) = record.reported_in {
            c.sources(&place, &[source]);
        }
    }
}

/// Every text that claims a review or test with no record of its kind (and group) in
/// `development.toml`.
pub(super) fn check_claims(c: &mut Checker<'_>) {
    let records = c.bundle.development;
    let backed = |claim: &Claim| {
        records.iter().any(|record| {
            claim.kinds.contains(&record.kind)
                && claim.who.is_none_or(|role| {
                    record
                        .participants
                        .iter()
                        .any(|group| group.role == role && group.number > 0)
                })
        })
    };
    let mut found = Vec::new();
    for text in texts::located(c.bundle) {
        if text.prose.reader == Reader::Verbatim {
            continue;
        }
        for claim in claims_in(text.prose.text) {
            if backed(&claim) {
                continue;
            }
            let kinds = claim
                .kinds
                .iter()
                .map(|kind| format!("kind = \"{}\"", kind_name(*kind)))
                .collect::<Vec<_>>()
                .join(" or ");
            let with = claim
                .who
                .map(|role| format!(" with {} among its participants", role_name(role)))
                .unwrap_or_default();
            found.push((
                text.record.clone(),
                format!(
                    "`{}` says \"{}\", but content/data/development.toml has no record of that ({kinds}{with}). \
                     Add the record to development.toml (who took part, when, where, what was found and where it is \
                     reported), or reword: only a review or test that has happened may be claimed (\"has not yet been \
                     reviewed by …\" is not a claim)",
                    text.field, claim.words
                ),
            ));
        }
    }
    for (place, fix) in found {
        c.push(place, fix);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claimed(text: &str) -> Vec<String> {
        claims_in(text).into_iter().map(|c| c.words).collect()
    }

    #[test]
    fn affirmative_participles_are_claims() {
        assert_eq!(
            claimed("The aid was reviewed by 8 patients."),
            ["reviewed by (patients)"]
        );
        assert_eq!(
            claimed("It was field-tested in two clinics."),
            ["field-tested"]
        );
        assert_eq!(
            claimed("It was field tested in two clinics."),
            ["field tested"]
        );
        assert_eq!(
            claimed("A field-tested aid, reviewed by breast surgeons."),
            ["field-tested", "reviewed by (clinicians)"]
        );
        assert_eq!(claimed("It has been user-tested."), ["user-tested"]);
        assert_eq!(
            claimed("It has been tested with women facing the choice."),
            ["tested with (patients)"]
        );
        assert_eq!(
            claimed("Field testing showed it helps."),
            ["field testing showed"]
        );
    }

    #[test]
    fn what_has_not_happened_is_not_a_claim() {
        for text in [
            "This aid has not yet been reviewed by patients or by clinicians.",
            "The aid has not yet been field-tested with patients and clinicians.",
            "The aid has not yet been tested with patients and their care teams.",
            "It has yet to be field tested.",
            "It must be reviewed by clinicians before it is used.",
            "It isn't field-tested.",
            "Before it is field-tested, a committee must approve the study.",
        ] {
            assert!(claimed(text).is_empty(), "{text}: {:?}", claimed(text));
        }
    }

    #[test]
    fn a_negation_reaches_only_the_end_of_its_clause() {
        assert_eq!(
            claimed("It has not been field-tested, but it was reviewed by patients."),
            ["reviewed by (patients)"]
        );
        assert_eq!(
            claimed("It has not been reviewed by clinicians and was field-tested."),
            ["field-tested"]
        );
    }

    #[test]
    fn naming_the_activity_is_not_a_claim() {
        for text in [
            "Field test mode is off.",
            "A protocol for field testing is in the project's files.",
            "This consultation is part of a field test.",
            "A review of the evidence was done in 2026.",
            "The evidence was reviewed on 2026-12-06.",
            "tested with a ruler",
        ] {
            assert!(claimed(text).is_empty(), "{text}: {:?}", claimed(text));
        }
    }
}

//! Shared helpers for the tests of the content checks: a problem list as text, one problem a
//! line; the lines of it that matter to one test; the problems after one edit of the bundle, or
//! after copying a broken fixture into a scratch copy of the data; and a short patient text for
//! the lints that read words only.

use local_therapy_aid::checks::{texts, validate};
use local_therapy_aid::content;

/// The problems, one a line, each indented as a list item (for assertion messages and searches).
pub fn list(problems: &[validate::Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The lines of a problem list that `wanted` picks (the problems of one record or one check).
pub fn lines_where(text: &str, wanted: impl Fn(&str) -> bool) -> String {
    text.lines()
        .filter(|line| wanted(line))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Copies a fixture into a scratch copy of the data and returns the validation problems.
pub fn problems_with(name: &str, edit: impl FnOnce(&std::path::Path)) -> String {
    let dir = super::scratch_copy(name);
    edit(&dir);
    let bundle = super::load::load_dir(&dir).expect("the fixture is still valid TOML");
    list(&validate::problems(&bundle))
}

/// The path of a file in `tests/fixtures/`.
pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Fails unless the problem list contains every one of the expected problems.
pub fn assert_reports(text: &str, expected: &[&str]) {
    for expected in expected {
        assert!(
            text.contains(expected),
            "expected a problem containing:\n  {expected}\nbut got:\n{text}"
        );
    }
}

/// The problems of the bundle after one edit, as text.
pub fn problems_after(edit: impl FnOnce(&mut content::Bundle)) -> String {
    let mut bundle = super::bundle_from_toml();
    edit(&mut bundle);
    list(&validate::problems(&bundle))
}

/// A text of `n` words ("word word …"), for the word limits.
pub fn words(n: usize) -> String {
    vec!["word"; n].join(" ")
}

/// One patient-view text with no figures, for the lints that read words only.
pub fn patient_prose(text: &str) -> texts::Prose<'_> {
    texts::Prose {
        place: "test text".into(),
        reader: texts::Reader::Patient,
        text,
        figures: vec![],
        sources: vec![],
        inline_terms: true,
    }
}

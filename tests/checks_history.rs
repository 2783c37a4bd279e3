//! The history and the change log (native): a figure whose values, status or certainty changed
//! since the previous evidence version, or that is new or was removed, must be named in the change
//! log; the history written for a version reads back with every figure unchanged; and the change
//! log is this version's, with unique entries that name the records changed and their sources.
//! Also the ignored test that writes the history when a version is released.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::checks::{assert_reports, list};
use local_therapy_aid::checks::validate;
use local_therapy_aid::content::{self, List};

/// Writes `content/history/<version>.toml`, the figures of this evidence version, for the
/// next version's change-log check. Run it once when a version is released:
/// `cargo test --test checks_history -- --ignored record_the_figures_of_this_version`.
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

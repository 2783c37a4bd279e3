//! What changed since the previous evidence version: every figure's value, status and certainty
//! are compared with the previous version's, kept in `content/history/<version>.toml`, and
//! each change must be named in the change log (`changes.toml`), so no figure changes silently.
//!
//! A figure's fingerprint is its numbers, kinds and ids (not its wording): a changed estimate, an
//! interval, a denominator, an arm, a status or a GRADE certainty changes it; rewording does not.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use serde::Deserialize;

use crate::schema::{Bundle, Figure, Reflect, Value};

use super::validate::Problem;

/// One figure as the previous version had it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fingerprint {
    /// The figure's id.
    pub id: String,
    /// Its value, status and certainty, as [`fingerprint`] writes them.
    pub value: String,
}

/// The previous version's figures.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// The version these are from (`2026.1`).
    pub version: String,
    /// Every figure of that version.
    pub figures: Vec<Fingerprint>,
}

/// The folder of the previous versions' fingerprints.
pub const HISTORY_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/history");

fn numbers(value: &Value<'_>, out: &mut String) {
    match value {
        Value::Number(_, n) => {
            let _ = write!(out, "{n} ");
        }
        Value::Bool(b) => {
            let _ = write!(out, "{b} ");
        }
        Value::Decimal(d) => {
            let _ = write!(out, "{d} ");
        }
        Value::Choice { variant, .. } => {
            let _ = write!(out, "{variant} ");
        }
        Value::Words(crate::schema::reflect::WordsKind::Id, id) => {
            let _ = write!(out, "{id} ");
        }
        Value::Ref(_, id) => {
            let _ = write!(out, "->{id} ");
        }
        // An absent optional value writes nothing, so a new optional field changes no fingerprint.
        Value::Optional(None) => {}
        Value::Optional(Some(inner)) => numbers(inner, out),
        Value::Variant { key, inner, .. } => {
            let _ = write!(out, "{key}( ");
            numbers(inner, out);
            out.push_str(") ");
        }
        Value::List { items, .. } => {
            out.push_str("[ ");
            for item in items {
                numbers(item, out);
            }
            out.push_str("] ");
        }
        Value::Record { fields, .. } => {
            for (name, field) in fields {
                let before = out.len();
                let _ = write!(out, "{name}=");
                let start = out.len();
                numbers(field, out);
                if out.len() == start {
                    out.truncate(before);
                }
            }
        }
        Value::Words(..) | Value::Template { .. } => {}
    }
}

/// A figure's value, status and certainty, in words and numbers that change only when they do.
pub fn fingerprint(figure: &Figure) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "status={:?} certainty={:?} ",
        figure.status, figure.certainty
    );
    numbers(&figure.value.reflect(), &mut out);
    out.trim_end().to_owned()
}

/// The fingerprints of every figure of a bundle, as the history file holds them.
pub fn history_toml(bundle: &Bundle) -> String {
    let mut out = format!(
        "# The figures of evidence version {}: their values, statuses and certainties, as\n\
         # checks::history writes them. The change log of the next version must name every figure\n\
         # that changes, appears or goes (checks::history::unlogged_changes). Do not edit.\n\
         version = {:?}\n",
        bundle.meta.version,
        bundle.meta.version.as_str()
    );
    for figure in &bundle.figures {
        let _ = write!(
            out,
            "\n[[figures]]\nid = {:?}\nvalue = {:?}\n",
            figure.id.as_str(),
            fingerprint(figure)
        );
    }
    out
}

/// Reads the history of a version from `dir` ([`HISTORY_DIR`]).
pub fn read(dir: &Path, version: &str) -> Result<History, String> {
    let file = dir.join(format!("{version}.toml"));
    let text = std::fs::read_to_string(&file).map_err(|e| {
        format!(
            "{}: cannot read the previous version's figures ({e}): keep the file of the version that \
             `changes.toml` names as `previous`",
            file.display()
        )
    })?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))
}

/// Every figure that changed, appeared or went since `previous` without a change-log entry that
/// names it.
pub fn unlogged_changes(bundle: &Bundle, previous: &History) -> Vec<Problem> {
    let logged: Vec<&str> = bundle
        .changes
        .changes
        .iter()
        .flat_map(|change| change.ids.iter().map(|id| id.as_str()))
        .collect();
    let before: BTreeMap<&str, &str> = previous
        .figures
        .iter()
        .map(|f| (f.id.as_str(), f.value.as_str()))
        .collect();
    let mut found = Vec::new();
    let mut report = |id: &str, what: String| {
        if !logged.contains(&id) {
            found.push(Problem {
                place: format!("figure `{id}`"),
                fix: format!(
                    "{what} since evidence version {}, but changes.toml does not say so: add a [[changes]] entry \
                     naming `{id}` in `ids`, with what changed, why and the source",
                    previous.version
                ),
            });
        }
    };
    for figure in &bundle.figures {
        match before.get(figure.id.as_str()) {
            None => report(&figure.id, "is new".into()),
            Some(old) if *old != fingerprint(figure) => report(
                &figure.id,
                format!("changed (was `{old}`, now `{}`)", fingerprint(figure)),
            ),
            Some(_) => {}
        }
    }
    for id in before.keys() {
        if !bundle.figures.iter().any(|f| f.id == *id) {
            report(id, "was removed".into());
        }
    }
    found
}

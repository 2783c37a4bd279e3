//! `steps`: the journey as the app declares it, as JSON, for the browser tests
//! (`web-tests/journey.mjs`), so that no test keeps its own copy of the step list or of "of 14":
//! `{"steps": [{"id", "hash", "title", "patient", "clinician"}, …], "short": [id, …]}`, where
//! `patient` and `clinician` are words each view's first key point shows as one run of text (the
//! longest stretch with no glossary term in it), so a walk can check each view's key points of a
//! step it has no words of its own for.

use local_therapy_aid::content::step_text;
use local_therapy_aid::domain::step::{Journey, Step};
use local_therapy_aid::route::Route;
use serde_json::{Value, json};

/// The journey: every step in order with its address and title (its heading), and the ids of
/// the short consultation's steps.
pub fn journey() -> Value {
    let steps: Vec<Value> = Step::ALL
        .iter()
        .map(|&step| {
            let text = step_text(step);
            let first = |points: Option<&str>| points.map(longest_plain_run).unwrap_or_default();
            json!({
                "id": step.id(),
                "hash": format!("#{}", step.path()),
                "title": Route::Step(step).title(),
                "patient": first(text.and_then(|t| t.key_points_patient.first()).map(|k| k.as_str())),
                "clinician": first(text.and_then(|t| t.key_points_clinician.first()).map(|k| k.as_str())),
            })
        })
        .collect();
    let short: Vec<&str> = Journey::Short.steps().iter().map(|s| s.id()).collect();
    json!({ "steps": steps, "short": short })
}

/// The longest stretch of prose outside glossary marks (`{term}`), trimmed: words the page shows
/// as one run of text.
fn longest_plain_run(prose: &str) -> String {
    let mut runs = Vec::new();
    let mut rest = prose;
    while let Some(open) = rest.find('{') {
        runs.push(&rest[..open]);
        rest = rest[open..]
            .find('}')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    runs.push(rest);
    runs.into_iter()
        .map(str::trim)
        .max_by_key(|run| run.len())
        .unwrap_or_default()
        .to_owned()
}

/// Prints the journey.
pub fn run(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err(format!("takes no arguments, got `{}`", args.join(" ")));
    }
    println!("{}", journey());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_run_leaves_out_glossary_marks() {
        assert_eq!(
            longest_plain_run("Is your cancer {her2}? A trial may be open to you."),
            "? A trial may be open to you."
        );
        assert_eq!(longest_plain_run("No marks here."), "No marks here.");
        assert_eq!(longest_plain_run("{a|b} short {c} x"), "short");
    }

    #[test]
    fn every_step_is_listed_in_order_with_its_address_and_title_and_the_short_way_is_among_them() {
        let journey = journey();
        let steps = journey["steps"].as_array().expect("a list of steps");
        assert_eq!(steps.len(), Step::ALL.len());
        assert_eq!(steps[0]["hash"], "#/");
        assert_eq!(steps[0]["title"], "Start");
        for (step, listed) in Step::ALL.iter().zip(steps) {
            assert_eq!(listed["id"], step.id());
            assert!(
                listed["title"].as_str().is_some_and(|t| !t.is_empty()),
                "{step:?} has a title"
            );
        }
        for listed in steps {
            for view in ["patient", "clinician"] {
                let words = listed[view].as_str().unwrap_or_default();
                assert!(words.len() > 10 && !words.contains('{'), "{listed}");
            }
        }
        let short = journey["short"].as_array().expect("a list of ids");
        assert_eq!(short.len(), Journey::Short.steps().len());
        assert!(short.iter().all(|id| steps.iter().any(|s| s["id"] == *id)));
    }
}

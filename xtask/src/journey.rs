//! `steps`: the journey as the app declares it, as JSON, for the browser tests
//! (`web-tests/journey.mjs`), so that no test keeps its own copy of the step list or of "of 14":
//! `{"steps": [{"id", "hash", "title"}, …], "short": [id, …]}`.

use local_therapy_aid::domain::step::{Journey, Step};
use local_therapy_aid::route::Route;
use serde_json::{Value, json};

/// The journey: every step in order with its address and title (its heading), and the ids of
/// the short consultation's steps.
pub fn journey() -> Value {
    let steps: Vec<Value> = Step::ALL
        .iter()
        .map(|&step| {
            json!({
                "id": step.id(),
                "hash": format!("#{}", step.path()),
                "title": Route::Step(step).title(),
            })
        })
        .collect();
    let short: Vec<&str> = Journey::Short.steps().iter().map(|s| s.id()).collect();
    json!({ "steps": steps, "short": short })
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
        let short = journey["short"].as_array().expect("a list of ids");
        assert_eq!(short.len(), Journey::Short.steps().len());
        assert!(short.iter().all(|id| steps.iter().any(|s| s["id"] == *id)));
    }
}

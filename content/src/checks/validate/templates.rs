//! Screen words with slots (`ui.toml`): each template names exactly the slots its screen fills,
//! each once, so an edit can neither drop a number from a sentence nor leave `{braces}` on screen.

use crate::schema::{Reflect, Value, slots_in};

use super::Checker;

/// Every template's slots against the slots its type declares.
pub(super) fn check_templates(c: &mut Checker<'_>) {
    let mut found = Vec::new();
    walk(&c.bundle.ui.reflect(), "ui.toml ", &mut found);
    for (place, problem) in found {
        c.push(place, problem);
    }
}

fn walk(value: &Value<'_>, at: &str, found: &mut Vec<(String, String)>) {
    match value {
        Value::Template { slots, text, .. } => {
            if let Some(fix) = slot_problem(text, slots) {
                found.push((at.trim_end_matches('.').to_owned(), fix));
            }
        }
        Value::Record { fields, .. } => {
            for (name, field) in fields {
                walk(field, &format!("{at}{name}."), found);
            }
        }
        Value::Optional(Some(inner)) => walk(inner, at, found),
        Value::List { items, .. } => {
            for (index, item) in items.iter().enumerate() {
                walk(item, &format!("{at}[{index}]."), found);
            }
        }
        _ => {}
    }
}

/// What is wrong with a template's slots, worded as the fix (None: nothing).
pub fn slot_problem(text: &str, slots: &[&str]) -> Option<String> {
    let used = slots_in(text);
    let list = slots
        .iter()
        .map(|s| format!("{{{s}}}"))
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(unknown) = used.iter().find(|u| !slots.contains(u)) {
        return Some(format!(
            "uses {{{unknown}}}, which the screen does not fill: write each of {list} once, and no other word in braces"
        ));
    }
    if let Some(missing) = slots.iter().find(|s| !used.contains(s)) {
        return Some(format!(
            "leaves out {{{missing}}}, which the screen fills: write each of {list} once"
        ));
    }
    if let Some(twice) = slots
        .iter()
        .find(|s| used.iter().filter(|u| *u == *s).count() > 1)
    {
        return Some(format!(
            "uses {{{twice}}} more than once: write each of {list} once"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::slot_problem;

    #[test]
    fn a_template_with_exactly_its_slots_passes() {
        assert_eq!(slot_problem("Step {at} of {of}", &["at", "of"]), None);
        assert_eq!(slot_problem("{of}: step {at}", &["at", "of"]), None);
    }

    #[test]
    fn a_slot_the_screen_does_not_fill_is_refused_with_the_slots_it_can_use() {
        let fix = slot_problem("Step {at} of {total}", &["at", "of"]).unwrap_or_default();
        assert!(
            fix.starts_with("uses {total}, which the screen does not fill"),
            "{fix}"
        );
        assert!(fix.contains("{at}, {of}"), "{fix}");
    }

    #[test]
    fn a_dropped_slot_is_refused() {
        let fix = slot_problem("Step {at}", &["at", "of"]).unwrap_or_default();
        assert!(
            fix.starts_with("leaves out {of}, which the screen fills"),
            "{fix}"
        );
    }

    #[test]
    fn a_slot_written_twice_is_refused() {
        let fix = slot_problem("{at} and {at} of {of}", &["at", "of"]).unwrap_or_default();
        assert!(fix.starts_with("uses {at} more than once"), "{fix}");
    }
}

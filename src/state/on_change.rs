//! `use_effect_on_change`: an effect that runs when a value changes, but not on the first render.

use yew::prelude::*;

/// Runs `effect` whenever `value` changes after the first render (not for the value the component
/// starts with): saving settings the clinic changed, or moving focus when the screen changes.
#[hook]
pub fn use_effect_on_change<T, F>(value: T, effect: F)
where
    T: PartialEq + 'static,
    F: FnOnce(&T) + 'static,
{
    let first = use_mut_ref(|| true);
    use_effect_with(value, move |value| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        effect(value);
    });
}

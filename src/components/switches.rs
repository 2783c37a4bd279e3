//! Toggle groups: the patient/clinician view and the icons/table/text format.

use yew::prelude::*;

use crate::content::words;
use crate::domain::session::{Action, Format, View};
use crate::domain::settings::TextSize;
use crate::state::SessionHandle;

/// A group of toggle buttons, exactly one pressed. A button's words may end in a part that a
/// narrow screen leaves out (`" view"`): it stays in the button's name for screen readers and
/// voice control.
fn toggle_group<T: Copy + PartialEq + 'static>(
    label: &'static str,
    class: &'static str,
    current: T,
    choices: &[(T, &'static str, &'static str)],
    on_choose: Callback<T>,
) -> Html {
    html! {
        <div class={classes!("toggle-group", class)} role="group" aria-label={label}>
            { for choices.iter().map(|&(value, text, narrow_omits)| {
                let on_choose = on_choose.clone();
                html! {
                    <button type="button" class="toggle-group__button" aria-pressed={(value == current).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| on_choose.emit(value))}>
                        { text }
                        if !narrow_omits.is_empty() { <span class="toggle-group__more">{ narrow_omits }</span> }
                    </button>
                }
            }) }
        </div>
    }
}

/// Switches between the patient and clinician views. Nothing entered is lost.
pub fn view_switch(session: &SessionHandle) -> Html {
    let view_word: &'static str =
        Box::leak(format!(" {}", words().switches.view_word.as_str()).into_boxed_str());
    toggle_group(
        words().switches.who_screen_written.as_str(),
        "view-switch",
        session.view(),
        &[
            (View::Patient, words().switches.patient.as_str(), view_word),
            (
                View::Clinician,
                words().switches.clinician.as_str(),
                view_word,
            ),
        ],
        session.callback(Action::SetView),
    )
}

/// Switches how figures are drawn.
pub fn format_switch(session: &SessionHandle) -> Html {
    toggle_group(
        words().switches.show_numbers.as_str(),
        "format-switch",
        session.get().format,
        &[
            (Format::Icons, words().switches.pictures.as_str(), ""),
            (Format::Table, words().switches.table.as_str(), ""),
            (Format::Text, words().switches.words.as_str(), ""),
        ],
        session.callback(Action::SetFormat),
    )
}

/// Sets the text size (a clinic setting, kept on this device), one tap away on every screen. Its
/// group is named "Size of the text", apart from the clinic settings' "Text size" choice.
pub fn text_size_switch(current: TextSize, on_choose: Callback<TextSize>) -> Html {
    html! {
        <div class="text-size-switch">
            // The group's name says it to screen readers; the word is for the eye.
            <span class="text-size-switch__label" aria-hidden="true">{ words().switches.text.as_str() }</span>
            { toggle_group(
                words().switches.size_text.as_str(),
                "text-size-switch__group",
                current,
                &TextSize::ALL.map(|size| (size, size.label(), "")),
                on_choose,
            ) }
        </div>
    }
}

//! Toggle groups: the patient/clinician view and the icons/table/text format.

use yew::prelude::*;

use crate::domain::session::{Action, Format, View};
use crate::state::SessionHandle;

/// A group of toggle buttons, exactly one pressed.
fn toggle_group<T: Copy + PartialEq + 'static>(
    label: &'static str,
    class: &'static str,
    current: T,
    choices: &[(T, &'static str)],
    on_choose: Callback<T>,
) -> Html {
    html! {
        <div class={classes!("toggle-group", class)} role="group" aria-label={label}>
            { for choices.iter().map(|&(value, text)| {
                let on_choose = on_choose.clone();
                html! {
                    <button type="button" class="toggle-group__button" aria-pressed={(value == current).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| on_choose.emit(value))}>
                        { text }
                    </button>
                }
            }) }
        </div>
    }
}

/// Switches between the patient and clinician views. Nothing entered is lost.
pub fn view_switch(session: &SessionHandle) -> Html {
    toggle_group(
        "Who the screen is written for",
        "view-switch",
        session.view(),
        &[
            (View::Patient, "Patient view"),
            (View::Clinician, "Clinician view"),
        ],
        session.callback(Action::SetView),
    )
}

/// Switches how figures are drawn.
pub fn format_switch(session: &SessionHandle) -> Html {
    toggle_group(
        "Show numbers as",
        "format-switch",
        session.get().format,
        &[
            (Format::Icons, "Pictures"),
            (Format::Table, "Table"),
            (Format::Text, "Words"),
        ],
        session.callback(Action::SetFormat),
    )
}

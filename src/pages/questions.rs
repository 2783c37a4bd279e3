//! Questions for her care team, and her own notes (kept as plain text only).

use yew::prelude::*;

use crate::content::bundle;
use crate::domain::session::{Action, MAX_NOTES};
use crate::domain::step::Step;
use crate::platform::dom::event_text;
use crate::state::SessionHandle;

use super::step_header;
use crate::content::words;

/// The questions step.
pub fn questions_page(session: &SessionHandle) -> Html {
    let ticked = &session.get().questions;
    let list: Html = bundle()
        .questions
        .iter()
        .map(|q| {
            let id = q.id;
            let onchange = session.callback(move |_: Event| Action::ToggleQuestion(id.into()));
            html! {
                <li>
                    <label class="check">
                        <input type="checkbox" checked={ticked.iter().any(|t| *t == id)} {onchange} />
                        <span>{ q.text.as_str() }</span>
                    </label>
                </li>
            }
        })
        .collect();
    let oninput = session.callback(|e: InputEvent| Action::SetNotes(event_text(&e)));
    html! {
        <article>
            { step_header(Step::Questions, session.view()) }
            <fieldset class="question-list">
                <legend>{ words().questions.questions_legend.as_str() }</legend>
                <ul class="plain-list">{ list }</ul>
            </fieldset>
            <label class="notes" for="notes">{ words().questions.notes_label.as_str() }</label>
            // No spell-checking and no autofill: a cloud spell-checker would send the notes off the
            // device, and no Content-Security-Policy can stop the browser doing that.
            <textarea id="notes" class="notes__box" rows="6" maxlength={MAX_NOTES.to_string()}
                spellcheck="false" autocomplete="off" autocorrect="off" autocapitalize="off"
                value={session.get().notes.clone()} {oninput} />
        </article>
    }
}

//! "Copy a note for the record", on the summary: on a press, and only then, the note of the
//! discussion (`domain::record_note`: no name, no date of birth, nothing she typed) goes to the
//! clipboard. Where the browser refuses, the note is shown in a read-only box, selected, to copy
//! by hand. Nothing is stored or sent.

use yew::prelude::*;

use crate::content::{bundle, words};
use crate::domain::record_note::record_note;
use crate::platform::{clipboard, tasks};
use crate::state::{use_session, use_texts};

/// What the last press did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    /// Not pressed yet.
    No,
    /// The note is on the clipboard.
    Yes,
    /// The browser refused: the note is shown to copy by hand.
    ByHand,
}

/// The button, the status line that says what the press did, and the box to copy by hand.
#[component]
pub fn RecordNote() -> Html {
    // Drawn again when the texts file arrives, like every component below its provider.
    use_texts();
    let session = use_session();
    let copied = use_state_eq(|| Copied::No);
    let by_hand = *copied == Copied::ByHand;
    // Once shown, the box has the focus with all its words selected.
    use_effect_with(by_hand, |&by_hand| {
        if by_hand {
            clipboard::select_all("record-note");
        }
    });
    let onclick = {
        let (session, copied) = (session.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let note = record_note(session.get(), bundle());
            let copied = copied.clone();
            tasks::spawn(async move {
                if clipboard::write(&note).await.is_ok() {
                    copied.set(Copied::Yes);
                } else {
                    copied.set(Copied::ByHand);
                    // Pressed again with the box already shown: select its words again.
                    clipboard::select_all("record-note");
                }
            });
        })
    };
    let words = &words().record_note;
    let status = match *copied {
        Copied::No => "",
        Copied::Yes => words.copied.as_str(),
        Copied::ByHand => words.copy_by_hand.as_str(),
    };
    html! {
        <div class="no-print record-note">
            <button type="button" class="button" {onclick}>{ words.copy.as_str() }</button>
            <p class="record-note__status" role="status">{ status }</p>
            if by_hand {
                <label class="notes" for="record-note">{ words.note_label.as_str() }</label>
                <textarea id="record-note" class="notes__box" rows="12" readonly=true spellcheck="false" value={record_note(session.get(), bundle())} />
            }
        </div>
    }
}

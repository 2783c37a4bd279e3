//! "Read this page aloud": one control per screen that reads its visible layer with an
//! on-device voice (see `platform::speech` for why cloud voices are never used). Reading stops
//! when the control leaves the page (a new screen), on Stop, on End session and on the idle
//! timeout (the frame calls `speech::stop`).

use yew::prelude::*;

use crate::content::words;
use crate::domain::field_test::{Feature, FieldTestAction};
use crate::domain::session::Action;
use crate::platform::speech::{self, Reading};
use crate::state::{use_session, use_texts};

/// What the control shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Ready,
    Reading,
    Ended(Reading),
}

/// Props of [`ReadAloud`].
#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// What to read: a CSS selector of the screen's content.
    #[prop_or("main")]
    pub root: &'static str,
}

/// The read-aloud button and what it says about the reading.
#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    // Drawn again when the texts file arrives, like every component below its provider.
    use_texts();
    let session = use_session();
    let status = use_state_eq(|| Status::Ready);
    // Leaving the screen stops the reading.
    use_effect_with((), |_| speech::stop);
    let root = props.root;
    let onclick = {
        let status = status.clone();
        let session = session.clone();
        Callback::from(move |_: MouseEvent| {
            if *status == Status::Reading {
                speech::stop();
                status.set(Status::Ended(Reading::Cancelled));
                return;
            }
            status.set(Status::Reading);
            session.dispatch(Action::FieldTest(FieldTestAction::Used(Feature::ReadAloud)));
            let status = status.clone();
            speech::read_visible(root, move |ended| status.set(Status::Ended(ended)));
        })
    };
    let reading = *status == Status::Reading;
    html! {
        <div class="read-aloud no-print">
            <button type="button" class="button button--quiet read-aloud__button" aria-pressed={reading.to_string()} {onclick}>
                { if reading { words().read_aloud.stop_reading_aloud.as_str() } else { words().read_aloud.read_page_aloud.as_str() } }
            </button>
            <p class="read-aloud__status" role="status">{ message(*status) }</p>
        </div>
    }
}

/// What the status line says.
fn message(status: Status) -> &'static str {
    match status {
        Status::Ready | Status::Ended(Reading::Finished | Reading::Cancelled) => "",
        Status::Reading => words().read_aloud.reading.as_str(),
        Status::Ended(Reading::Failed) => words().read_aloud.reading_aloud_stopped.as_str(),
        Status::Ended(Reading::NoOnDeviceVoice) => words().read_aloud.no_voice.as_str(),
        Status::Ended(Reading::NoVoiceInLanguage) => {
            words().read_aloud.no_voice_in_language.as_str()
        }
        Status::Ended(Reading::Unsupported) => words().read_aloud.cannot_read_aloud.as_str(),
        Status::Ended(Reading::NothingToRead) => words().read_aloud.nothing_to_read.as_str(),
    }
}

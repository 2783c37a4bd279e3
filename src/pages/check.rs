//! Check: the SURE test near the end of the journey.

use yew::prelude::*;

use crate::components::sure_form::sure_form;
use crate::domain::step::Step;
use crate::domain::sure::SurePhase;
use crate::state::SessionHandle;

use super::step_header;

/// The check step.
pub fn check_page(session: &SessionHandle) -> Html {
    html! {
        <article>
            { step_header(Step::Check, session.view()) }
            { sure_form(session, SurePhase::End) }
        </article>
    }
}

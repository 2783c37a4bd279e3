//! The notice for a browser that cannot run the aid. The build pre-renders it into the page,
//! hidden (`xtask/src/prerender.rs`, in the post-build hook); the start-up guard (`web/guard.js`)
//! shows it, with the paragraph that fits (`data-when`), before any wasm is asked for, or when
//! loading or starting fails. The app itself never shows it: where the app runs, it is not needed.

use yew::prelude::*;

use crate::content::bundle;

/// The hidden notice, as the guard expects it: `#unsupported`, one paragraph per reason
/// (`data-when="too-old"` or `"failed"`), and a `data-details` slot for what was missing. It is
/// not a `<main>` as served (the pre-rendered start screen is the page's one); the guard makes it
/// the main landmark when it shows it, in place of the start screen.
pub fn unsupported_notice() -> Html {
    let meta = &bundle().meta;
    let support = &meta.support;
    html! {
        <div id="unsupported" hidden=true>
            <div class="unsupported__main">
                <h1>{ support.notice_heading.as_str() }</h1>
                <p data-when="too-old">{ support.too_old_patient.as_str() }</p>
                <p data-when="failed" hidden=true>{ support.failed_patient.as_str() }</p>
                <p>{ support.works_in_patient.as_str() }</p>
                <ul>
                    { for support.browsers.iter().map(|b| html! { <li>{ b.line_patient.as_str() }</li> }) }
                </ul>
                <p>{ support.ruled_out_patient.as_str() }</p>
                <p><strong>{ support.care_team_patient.as_str() }</strong></p>
                <p>{ meta.device_line.as_str() }</p>
                <p class="unsupported__details">
                    { support.details_label.as_str() }{ " " }<code data-details=""></code>
                </p>
            </div>
        </div>
    }
}

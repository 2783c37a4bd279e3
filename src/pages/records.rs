//! The field test's records as a table, for staff: what an export would hold, one row per
//! consultation that agreed, to print where a file cannot be saved (some tablets). In the public
//! edition, which has no field-test mode, the screen says where the records are shown instead.

use yew::prelude::*;

use crate::content::words;
use crate::platform::{dom, field_test as storage};
use crate::route::Route;

use super::screen_heading;
use crate::components::link::link;
use crate::components::study_edition::records_elsewhere;

/// The records screen in the public edition: a way to the study edition, which shows them.
pub fn records_elsewhere_page() -> Html {
    html! {
        <article>
            { screen_heading(Route::Records) }
            { records_elsewhere() }
        </article>
    }
}

/// The records screen (the frame draws it again when a record is kept or deleted).
pub fn records_page() -> Html {
    let (store, _) = storage::load_records();
    let text = &words().field_test;
    let print = Callback::from(|_: MouseEvent| dom::print());
    html! {
        <article>
            { screen_heading(Route::Records) }
            <p>{ text.table_intro.as_str() }</p>
            <p class="no-print">
                <button type="button" class="button button--primary" onclick={print}>{ text.print_table.as_str() }</button>
                { " " }
                { link(Route::Settings, "button", html! { { text.back_to_settings.as_str() } }) }
            </p>
            if store.records().is_empty() {
                <p>{ text.no_records.as_str() }</p>
            }
            // One table per consultation, a column's name beside its value: it fits a phone's
            // width and a printed page, however many columns the export has.
            { for store.records().iter().map(|record| {
                let participant = record.participant().to_owned();
                html! {
                    <table class="records__record">
                        <caption>{ participant }</caption>
                        <tbody>
                            { for record.fields().iter().map(|(name, cell)| html! {
                                <tr><th scope="row">{ name.clone() }</th><td>{ cell.as_str().to_owned() }</td></tr>
                            }) }
                        </tbody>
                    </table>
                }
            }) }
        </article>
    }
}

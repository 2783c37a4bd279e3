//! The field test's records as a table, for staff: what an export would hold, one row per
//! consultation that agreed, to print where a file cannot be saved (some tablets).

use yew::prelude::*;

use crate::content::words;
use crate::domain::field_test::Cell;
use crate::platform::{dom, field_test as storage};
use crate::route::Route;
use crate::state::{use_field_test, use_texts};

use super::screen_heading;
use crate::components::link::link;

/// The records screen.
#[component]
pub fn RecordsPage() -> Html {
    use_texts();
    // Drawn again when a record is kept or the records are deleted.
    use_field_test();
    let (store, _) = storage::load_records();
    let text = &words().field_test;
    let print = Callback::from(|_: MouseEvent| dom::print());
    html! {
        <article class="page--records">
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
                let participant = record.participant.as_str().to_owned();
                html! {
                    <table class="records__record">
                        <caption>{ participant }</caption>
                        <tbody>
                            { for record.fields().into_iter().map(|(name, cell)| html! {
                                <tr><th scope="row">{ name }</th><td>{ match cell { Cell::Empty => String::new(), Cell::Number(text) | Cell::Text(text) => text } }</td></tr>
                            }) }
                        </tbody>
                    </table>
                }
            }) }
        </article>
    }
}

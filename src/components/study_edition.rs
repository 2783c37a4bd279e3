//! The public edition's side of the field test. The mode itself (consent, records, export) is
//! built only into the study edition (`dist/study/`, the `field-test` feature), so that the
//! public edition's first load does not carry it. Here: a way there from Clinic settings and the
//! records screen, and a notice on every screen when this device has the mode switched on but
//! this copy of the aid, which records nothing, is the one open.

use yew::prelude::*;

use crate::content::words;
use crate::platform::{address, field_test};

/// Where the study edition is, relative to this page's base (its screens are the same).
fn study_edition(route: &str) -> String {
    format!("study/{route}")
}

/// A link to the study edition at `route` (for example `#/settings`); nothing in a file opened
/// from disk, which has no study edition beside it (the words say so instead).
fn study_link(route: &str) -> Html {
    if address::opened_from_disk() {
        return Html::default();
    }
    html! {
        <a class="button" href={study_edition(route)}>{ words().field_test.open_study_edition.as_str() }</a>
    }
}

/// On every screen of the public edition while the device has the mode on: nothing is recorded
/// here, so staff are not misled into thinking this consultation is in the study.
pub fn study_edition_notice() -> Html {
    if !field_test::mode_is_on() {
        return Html::default();
    }
    html! {
        <div class="notice notice--warning no-print" role="note">
            <p>{ words().field_test.public_edition_notice.as_str() }</p>
            <p>{ study_link("#/settings") }</p>
        </div>
    }
}

/// Clinic settings' field-test section in the public edition: what the mode is, and where it is.
pub fn study_edition_section() -> Html {
    let text = &words().field_test;
    let where_it_is = if address::opened_from_disk() {
        text.not_in_single_file.as_str()
    } else {
        text.in_study_edition.as_str()
    };
    html! {
        <section class="settings__group" aria-labelledby="field-test-heading">
            <h2 id="field-test-heading">{ text.heading.as_str() }</h2>
            <p>{ text.explained.as_str() }</p>
            <p>{ where_it_is }</p>
            <p>{ study_link("#/settings") }</p>
        </section>
    }
}

/// The records screen in the public edition: the records are the study edition's to show.
pub fn records_elsewhere() -> Html {
    html! {
        <>
            <p>{ words().field_test.records_in_study_edition.as_str() }</p>
            <p>{ study_link("#/records") }</p>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_study_edition_is_the_folder_beside_this_page() {
        assert_eq!(study_edition("#/records"), "study/#/records");
    }
}

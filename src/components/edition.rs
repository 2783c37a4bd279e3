//! The language editions: a link to each other edition, and what a translated edition says of
//! its own translation (its review level, the evidence version it was reviewed against, the texts
//! still shown in English, and the reviews, on About). The words are the edition's
//! (`content::edition`, written by the build from `content/data/languages/`); the English source
//! edition says nothing of a translation and shows only its links.

use yew::prelude::*;

use crate::content::{EditionLink, edition};
use crate::domain::session::View;
use crate::platform::address;

/// Where another edition is from this page: its folder over the web, or its file beside this
/// one when this is a file opened from disk.
fn href(link: &EditionLink, from_disk: bool) -> &'static str {
    if from_disk {
        link.single_file
    } else {
        link.href
    }
}

/// The links to the other editions, each in its own language (Start and About).
pub fn language_links() -> Html {
    let links = edition().links;
    if links.is_empty() {
        return Html::default();
    }
    let from_disk = address::opened_from_disk();
    html! {
        <p>
            { for links.iter().map(|link| html! {
                <a class="button" href={href(link, from_disk)} lang={link.code} hreflang={link.code}>{ link.name }</a>
            }) }
        </p>
    }
}

/// The translation's standing, for the footer and both prints: its level and the evidence
/// version it was reviewed against, and how many texts are shown in English. Nothing in the
/// English edition.
pub fn translation_status() -> Html {
    let edition = edition();
    if edition.status.is_empty() && edition.awaiting == 0 {
        return Html::default();
    }
    html! {
        <>
            if !edition.status.is_empty() {
                <p>{ edition.status }</p>
            }
            if edition.awaiting > 0 {
                <p>{ edition.awaiting_line }</p>
            }
        </>
    }
}

/// In a translated edition's clinician view: that its words are in English for now.
pub fn clinician_view_language(view: View) -> Html {
    let note = edition().clinician_in_english;
    if view != View::Clinician || note.is_empty() {
        return Html::default();
    }
    html! { <p class="notice" role="note">{ note }</p> }
}

/// Beside the SURE questions, where they are shown in English: why.
pub fn sure_language_note() -> Html {
    let note = edition().sure_in_english;
    if note.is_empty() {
        return Html::default();
    }
    html! { <p>{ note }</p> }
}

/// About's list of the translation's reviews: level, role, date and evidence version.
pub fn reviews_section() -> Html {
    let edition = edition();
    if edition.reviews.is_empty() {
        return Html::default();
    }
    html! {
        <section aria-labelledby="about-translation">
            <h2 id="about-translation">{ edition.reviews_heading }</h2>
            { translation_status() }
            <ul>
                { for edition.reviews.iter().map(|review| html! {
                    <li>
                        <strong>{ review.date }</strong>{ " · " }{ review.role }{ " · " }{ review.level }{ " · " }{ review.evidence_version }
                        <br />{ review.summary }
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_edition_is_its_folder_over_the_web_and_its_file_from_disk() {
        let link = EditionLink {
            code: "es",
            name: "Español",
            href: "es/",
            single_file: "local-therapy-aid-es.html",
        };
        assert_eq!(href(&link, false), "es/");
        assert_eq!(href(&link, true), "local-therapy-aid-es.html");
    }
}

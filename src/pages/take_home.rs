//! The large-print summary she takes home: the key pictures, the options in plain words, what
//! matters to her and her leaning, her questions and notes, who to contact, a QR code to read
//! the aid again on her own phone, and the evidence version. Always in plain words (it is hers,
//! whichever view the consultation used); printed at 14 pt or more by print.css.

use yew::prelude::*;

use crate::components::edition::translation_status;

use crate::components::figure_view::figure_view;
use crate::components::link::link;
use crate::components::qr_code::AidQrCode;
use crate::components::read_aloud::ReadAloud;
use crate::components::rich_text::rich;
use crate::content::{RowSide, bundle, plain, step_text};
use crate::domain::field_test::{Feature, FieldTestAction};
use crate::domain::phrasing::evidence_line;
use crate::domain::session::{Action, Format, View};
use crate::domain::settings::ClinicContact;
use crate::domain::step::Step;
use crate::domain::summary::{self, Summary};
use crate::platform::{clock, dom};
use crate::route::Route;
use crate::state::{use_session, use_settings, use_texts};

use super::screen_heading;
use crate::components::summary_pieces::{disagreement_note, rated_values, ticked_questions};
use crate::content::words;

/// The steps whose key picture goes on the take-home print: living longer, and keeping the
/// cancer in the breast under control (the two outcomes the trials compare).
const PICTURED: [Step; 2] = [Step::Survival, Step::BreastControl];

/// The take-home screen.
#[component]
pub fn TakeHomePage() -> Html {
    // Drawn again when the texts file arrives, like every component below its provider.
    use_texts();
    let session = use_session();
    let settings = use_settings();
    let model = summary::build(session.get(), bundle());
    let print = session.callback(|_: MouseEvent| {
        dom::print();
        Action::FieldTest(FieldTestAction::Used(Feature::PrintTakeHome))
    });
    html! {
        <article class="page--take-home">
            { screen_heading(Route::TakeHome) }
            <ReadAloud />
            <p class="no-print take-home__actions">
                <button type="button" class="button button--primary" onclick={print}>{ words().take_home.print_large_print.as_str() }</button>
                { link(Route::Step(Step::Summary), "button", html! { { words().take_home.back_summary.as_str() } }) }
            </p>
            <p class="take-home__made">{ words().take_home.made.fill(&clock::today(), &model.meta.title) }</p>
            { translation_status() }
            { section("take-home-decision", words().take_home.decision.as_str(), html! { <p>{ plain(model.decision) }</p> }) }
            { options(&model) }
            { pictures() }
            { harms(&model) }
            { values(&model) }
            { questions(&model) }
            { contact(&settings.contact) }
            { section("take-home-again", words().take_home.read_aid_again.as_str(), html! { <AidQrCode /> }) }
            { section("take-home-about", words().take_home.about_summary.as_str(), html! {
                <>
                    <p>{ evidence_line(model.meta) }</p>
                    <p><strong>{ model.meta.not_advice.as_str() }</strong></p>
                </>
            }) }
        </article>
    }
}

fn section(id: &'static str, title: &'static str, body: Html) -> Html {
    html! {
        <section class="take-home__section" aria-labelledby={id}>
            <h2 {id}>{ title }</h2>
            { body }
        </section>
    }
}

fn options(model: &Summary<'_>) -> Html {
    let body = html! {
        <dl class="take-home__options">
            { for model.options.iter().map(|o| html! {
                <>
                    <dt>{ o.name.as_str() }</dt>
                    <dd>
                        { plain(o.summary_patient.as_str()) }
                        { " " }<strong>{ words().take_home.main_downside.as_str() }</strong>{ plain(o.downside_patient.as_str()) }
                    </dd>
                </>
            }) }
        </dl>
    };
    section(
        "take-home-options",
        words().take_home.options.as_str(),
        body,
    )
}

/// The key points and the key picture of each pictured step, with its time frame and range
/// (the figure's own words), in the patient view.
fn pictures() -> Html {
    let pictures: Html = PICTURED
        .iter()
        .filter_map(|step| {
            let words = step_text(*step)?;
            let figure = words.key_figure.and_then(|f| f.get())?;
            Some(html! {
                <div class="take-home__picture">
                    <h3>{ words.title.as_str() }</h3>
                    // The step's key points go with its picture: what the picture alone does
                    // not say (the newest review's reading, for one) is printed beside it.
                    <ul class="take-home__key-points">
                        { for words.key_points_patient.iter().map(|point| html! { <li>{ rich(point.as_str()) }</li> }) }
                    </ul>
                    { figure_view(figure, View::Patient, Format::Icons) }
                </div>
            })
        })
        .collect();
    section(
        "take-home-numbers",
        words().take_home.key_numbers.as_str(),
        pictures,
    )
}

/// Each option's harms at a glance (the options grid's harm rows), with the same kind of number as
/// the pictures: so the take-home print carries the harms beside the gains.
fn harms(model: &Summary<'_>) -> Html {
    let rows: Html = model
        .rows
        .iter()
        .filter(|row| row.side == RowSide::Harm)
        .map(|row| {
            html! {
                <div class="take-home__harm">
                    <h3>{ row.question.as_str() }</h3>
                    <dl class="take-home__pairs">
                        { for model.options.iter().map(|o| {
                            let answer = row
                                .cells
                                .iter()
                                .find(|c| c.option == o.id)
                                .and_then(|c| c.glance)
                                .map_or(String::new(), |g| plain(&g));
                            html! { <><dt>{ o.name.as_str() }</dt><dd>{ answer }</dd></> }
                        }) }
                    </dl>
                </div>
            }
        })
        .collect();
    section(
        "take-home-harms",
        words().take_home.key_harms_numbers.as_str(),
        rows,
    )
}

fn values(model: &Summary<'_>) -> Html {
    let body = html! {
        <>
            { rated_values(model, "take-home__pairs") }
            <p><strong>{ words().take_home.which_way_leaning.as_str() }</strong>{ model.leaning.unwrap_or(words().take_home.not_set.as_str()) }</p>
            { disagreement_note(&bundle().values, model.disagreement.as_ref()) }
        </>
    };
    section(
        "take-home-values",
        words().take_home.what_matters.as_str(),
        body,
    )
}

fn questions(model: &Summary<'_>) -> Html {
    let body = html! {
        <>
            { ticked_questions(model) }
            if !model.notes.is_empty() {
                <p><strong>{ words().take_home.notes.as_str() }</strong></p>
                <p class="take-home__notes">{ model.notes.to_owned() }</p>
            }
        </>
    };
    section(
        "take-home-questions",
        words().take_home.questions_notes.as_str(),
        body,
    )
}

/// The clinic's contact lines, as plain text; or, when the clinic has set none, a line to ask
/// the care team (with room to write the number).
fn contact(contact: &ClinicContact) -> Html {
    let body = if contact.is_empty() {
        html! {
            <p>{ words().take_home.ask_care_team.as_str() }<span class="take-home__write-in" aria-hidden="true"></span></p>
        }
    } else {
        html! {
            <dl class="take-home__pairs">
                { for contact.lines().into_iter().map(|(label, text)| html! { <><dt>{ label }</dt><dd>{ text.to_owned() }</dd></> }) }
            </dl>
        }
    };
    section(
        "take-home-contact",
        words().take_home.who_contact.as_str(),
        body,
    )
}

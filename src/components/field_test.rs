//! The field test on screen: the banner every screen shows while the mode is on, the consent
//! question at the start of each consultation, and the staff's controls on the settings screen
//! (switch on with a study code and the ethics confirmation, save the records as a file, show them
//! as a table, delete them after a second confirmation, switch off).

use yew::prelude::*;

use crate::content::deferred::Readiness;
use crate::content::{texts_readiness, words};
use crate::domain::field_test::{
    self, Consent, FieldTestAction, IsoWeek, ParticipantNumber, RecordStore, StudyCode,
};
use crate::domain::session::Action;
use crate::platform::dom::event_text;
use crate::platform::field_test::{self as storage, RecordsNotice};
use crate::platform::{clock, dom};
use crate::route::Route;
use crate::state::{FieldTestHandle, SessionHandle, use_field_test, use_texts};

use super::link::link;

const DELETE_DIALOG_ID: &str = "delete-records-dialog";

/// What to tell staff about the records.
fn notice_words(notice: RecordsNotice, count: usize) -> String {
    let text = &words().field_test;
    match notice {
        RecordsNotice::Refused => text.record_refused.as_str().into(),
        RecordsNotice::StorageFull => text.record_storage_full.as_str().into(),
        RecordsNotice::CapReached => text.record_cap.fill(&count),
        RecordsNotice::SetAside => text.records_set_aside.as_str().into(),
    }
}

/// While the mode is on, on every screen: the study, where this consultation stands, and what
/// staff should know about the records. (A plain function of the frame's state, not a component:
/// every component type adds to the wasm.)
pub fn field_test_banner(field_test: &FieldTestHandle, session: &SessionHandle) -> Html {
    let Some(study) = field_test.study() else {
        return Html::default();
    };
    let text = &words().field_test;
    let standing = match &session.get().field_test {
        Consent::NotAsked => text.banner_not_asked.as_str().to_owned(),
        Consent::Declined => text.banner_declined.as_str().to_owned(),
        Consent::Given(taking_part) => text
            .banner_participant
            .fill(&taking_part.participant.as_str()),
    };
    let records = field_test.records();
    let notice = match records.notice {
        Some(notice) => Some(notice_words(notice, records.count)),
        None => records
            .nearly_full
            .then(|| text.nearly_full.fill(&records.count, &RecordStore::CAP)),
    };
    html! {
        <div class="field-test-banner no-print">
            <p><strong>{ text.banner.fill(&study.as_str()) }</strong>{ " " }{ standing }</p>
            if let Some(notice) = notice {
                <p role="status">{ notice }</p>
            }
        </div>
    }
}

/// At the start of a consultation while the mode is on: may the aid keep a record? "No" records
/// nothing. Once she has answered, what she chose (and her number, to link the study's forms).
pub fn consent_card(field_test: &FieldTestHandle, session: &SessionHandle) -> Html {
    let Some(study) = field_test.study().cloned() else {
        return Html::default();
    };
    // Its words come with the texts file: until they are in, she is not asked (so never asked
    // without them), and nothing is recorded.
    if texts_readiness() != Readiness::Ready {
        return Html::default();
    }
    let text = &words().field_test;
    let body = match &session.get().field_test {
        Consent::NotAsked => {
            let agree = session.callback(move |_: MouseEvent| {
                Action::FieldTest(FieldTestAction::Agree {
                    study: study.clone(),
                    participant: ParticipantNumber::from_random(storage::random_bits()),
                    // A device clock that gives no date still gives a week of the aid's era.
                    week: IsoWeek::of(&clock::today()).unwrap_or(IsoWeek { year: 0, week: 0 }),
                })
            });
            let decline =
                session.callback(|_: MouseEvent| Action::FieldTest(FieldTestAction::Decline));
            html! {
                <>
                    <p>{ text.consent_intro.as_str() }</p>
                    <p>{ text.consent_kept.as_str() }</p>
                    <p>{ text.consent_not_kept.as_str() }</p>
                    <p>{ text.consent_choice.as_str() }</p>
                    <p class="consent__actions">
                        <button type="button" class="button" onclick={agree}>{ text.consent_yes.as_str() }</button>
                        <button type="button" class="button" onclick={decline}>{ text.consent_no.as_str() }</button>
                    </p>
                </>
            }
        }
        Consent::Declined => html! { <p role="status">{ text.consent_declined.as_str() }</p> },
        Consent::Given(taking_part) => html! {
            <p role="status">{ text.consent_given.fill(&taking_part.participant.as_str()) }</p>
        },
    };
    html! {
        <section class="consent" aria-labelledby="consent-heading">
            <h2 id="consent-heading">{ text.consent_heading.as_str() }</h2>
            { body }
        </section>
    }
}

/// What the staff's last action did, to say so.
#[derive(Clone, PartialEq)]
enum Outcome {
    Said(String),
    Problem(String),
}

/// The settings screen's field-test part.
#[component]
pub fn FieldTestSettings() -> Html {
    use_texts();
    let field_test = use_field_test();
    let draft = use_state(String::new);
    let ethics = use_state_eq(|| false);
    let problem = use_state(|| None::<String>);
    let outcome = use_state(|| None::<Outcome>);
    let text = &words().field_test;
    let outcome_view = (*outcome).clone().map(|outcome| match outcome {
        Outcome::Said(text) => html! { <p class="notice notice--ok" role="status">{ text }</p> },
        Outcome::Problem(text) => {
            html! { <p class="notice notice--warning" role="alert">{ text }</p> }
        }
    });
    let Some(study) = field_test.study().cloned() else {
        let oninput = {
            let draft = draft.clone();
            Callback::from(move |event: InputEvent| draft.set(event_text(&event)))
        };
        let on_ethics = {
            let ethics = ethics.clone();
            Callback::from(move |_: Event| ethics.set(!*ethics))
        };
        let switch_on = {
            let (field_test, draft, ethics, problem, outcome) = (
                field_test.clone(),
                draft.clone(),
                ethics.clone(),
                problem.clone(),
                outcome.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                // The code stays in the field whatever happens: nothing typed is lost.
                match StudyCode::parse(&draft) {
                    Err(why) => problem.set(Some(why.to_string())),
                    Ok(_) if !*ethics => {
                        problem.set(None);
                        outcome.set(Some(Outcome::Problem(
                            words().field_test.needs_ethics.as_str().into(),
                        )));
                    }
                    Ok(study) => {
                        problem.set(None);
                        outcome.set(match field_test.switch_on(study) {
                            Ok(()) => None,
                            Err(_) => Some(Outcome::Problem(
                                words().field_test.not_saved.as_str().into(),
                            )),
                        });
                    }
                }
            })
        };
        let described = if problem.is_some() {
            "study-code-hint study-code-problem"
        } else {
            "study-code-hint"
        };
        return html! {
            <fieldset class="settings__group">
                <legend>{ text.heading.as_str() }</legend>
                <p>{ text.explained.as_str() }</p>
                <p class="field">
                    <label class="field__label" for="study-code">{ text.code_label.as_str() }</label>
                    <span class="field__hint" id="study-code-hint">{ text.code_hint.as_str() }</span>
                    <input id="study-code" class="field__input" type="text" value={(*draft).clone()} {oninput}
                        spellcheck="false" autocomplete="off" autocorrect="off" autocapitalize="characters"
                        aria-invalid={problem.is_some().to_string()} aria-describedby={described} />
                    if let Some(problem) = (*problem).clone() {
                        <span class="field__problem" id="study-code-problem" role="alert">{ problem }</span>
                    }
                </p>
                <p class="field field--check">
                    <input id="study-ethics" type="checkbox" checked={*ethics} onchange={on_ethics} />
                    <label for="study-ethics">{ text.ethics_label.as_str() }</label>
                </p>
                <button type="button" class="button" onclick={switch_on}>{ text.switch_on.as_str() }</button>
                { outcome_view }
            </fieldset>
        };
    };
    let records = field_test.records();
    let save = |csv: bool| {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let (store, _) = storage::load_records();
            let (extension, mime, text) = if csv {
                (
                    "csv",
                    "text/csv;charset=utf-8",
                    field_test::csv(store.records()),
                )
            } else {
                (
                    "json",
                    "application/json",
                    field_test::json(store.records()),
                )
            };
            let name = format!("field-test-{}.{extension}", study_file_stem(&store));
            outcome.set(Some(match storage::save_file(&name, mime, &text) {
                Ok(()) => Outcome::Said(words().field_test.exported.fill(&name)),
                Err(_) => Outcome::Problem(words().field_test.export_failed.as_str().into()),
            }));
        })
    };
    let ask_delete = Callback::from(|_: MouseEvent| dom::show_modal(DELETE_DIALOG_ID));
    let cancel_delete = Callback::from(|_: MouseEvent| dom::close_dialog(DELETE_DIALOG_ID));
    let confirm_delete = {
        let (field_test, outcome) = (field_test.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            dom::close_dialog(DELETE_DIALOG_ID);
            outcome.set(Some(match field_test.delete_records() {
                Ok(()) => Outcome::Said(words().field_test.deleted.as_str().into()),
                Err(_) => Outcome::Problem(words().field_test.delete_failed.as_str().into()),
            }));
        })
    };
    let switch_off = {
        let (field_test, outcome) = (field_test.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            outcome.set(Some(match field_test.switch_off() {
                Ok(()) => Outcome::Said(words().field_test.switched_off.as_str().into()),
                Err(_) => Outcome::Problem(words().field_test.not_saved.as_str().into()),
            }));
        })
    };
    html! {
        <fieldset class="settings__group">
            <legend>{ text.heading.as_str() }</legend>
            <p><strong>{ text.on_status.fill(&study.as_str()) }</strong></p>
            <p>{ text.records_count.fill(&records.count, &RecordStore::CAP) }</p>
            if let Some(notice) = records.notice {
                <p class="notice notice--warning" role="status">{ notice_words(notice, records.count) }</p>
            }
            <p class="field-test-settings__actions">
                <button type="button" class="button" onclick={save(true)}>{ text.export_csv.as_str() }</button>
                <button type="button" class="button" onclick={save(false)}>{ text.export_json.as_str() }</button>
                { link(Route::Records, "button", html! { { text.table_link.as_str() } }) }
            </p>
            <p class="field-test-settings__actions">
                <button type="button" class="button button--danger" onclick={ask_delete}>{ text.delete.as_str() }</button>
                <button type="button" class="button" onclick={switch_off}>{ text.switch_off.as_str() }</button>
            </p>
            { outcome_view }
            <dialog id={DELETE_DIALOG_ID} class="dialog" aria-labelledby="delete-records-title">
                <h2 id="delete-records-title">{ text.delete_question.fill(&records.count) }</h2>
                <p>{ text.delete_explained.as_str() }</p>
                <div class="dialog__actions">
                    <button type="button" class="button" onclick={cancel_delete}>{ text.cancel.as_str() }</button>
                    <button type="button" class="button button--danger" onclick={confirm_delete}>{ text.delete_confirm.as_str() }</button>
                </div>
            </dialog>
        </fieldset>
    }
}

/// A file name's middle part: the study and the last week in the records (no date).
fn study_file_stem(store: &RecordStore) -> String {
    let cell = |column: &str| {
        store
            .records()
            .last()
            .and_then(|record| record.cell(column))
            .map_or("", |cell| cell.as_str())
            .to_owned()
    };
    format!("{}-{}", cell("study_code"), cell("week"))
}

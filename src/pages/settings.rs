//! Clinic settings: kept on this device, apart from patient data.

use yew::prelude::*;

#[cfg(feature = "field-test")]
use crate::components::field_test::FieldTestSettings;
use crate::components::qr_code::{public_address, qr_code};
#[cfg(not(feature = "field-test"))]
use crate::components::study_edition::study_edition_section;
use crate::components::ui::{Choice, choice_group};
use crate::domain::session::View;
use crate::domain::settings::{ContactField, IdleTimeout, PublicAddress, Settings, TextSize};
use crate::platform::dom::event_text;
use crate::route::Route;
use crate::state::{use_settings, use_texts};

use super::screen_heading;
use crate::content::words;

/// The clinic settings screen.
#[component]
pub fn SettingsPage() -> Html {
    // Drawn again when the texts file arrives, like every component below its provider.
    use_texts();
    let settings = use_settings();
    let current = (*settings).clone();
    html! {
        <article>
            { screen_heading(Route::Settings) }
            <p>{ words().settings.intro.as_str() }</p>
            { choice_group("default-view", html! { { words().settings.view_question.as_str() } },
                [Choice { label: words().frame.patient_view.as_str().into(), value: View::Patient }, Choice { label: words().frame.clinician_view.as_str().into(), value: View::Clinician }],
                Some(current.default_view), &setter(&settings, |s, v| s.default_view = v)) }
            { choice_group("text-size", html! { { words().settings.text_size.as_str() } },
                TextSize::ALL.map(|size| Choice { label: size.label().into(), value: size }),
                Some(current.text_size), &setter(&settings, |s, v| s.text_size = v)) }
            // There is no "never": on a shared device nothing may linger.
            { choice_group("idle", html! { { words().settings.idle_question.as_str() } },
                IdleTimeout::ALL.map(|timeout| Choice { label: idle_label(timeout).into(), value: timeout }),
                Some(current.idle_timeout), &setter(&settings, |s, v| s.idle_timeout = v)) }
            <fieldset class="settings__group">
                <legend>{ words().settings.contact_question.as_str() }</legend>
                <p class="field__hint">{ words().settings.contact_hint.as_str() }</p>
                { for ContactField::ALL.map(|field| html! { <ContactLine {field} /> }) }
            </fieldset>
            <fieldset class="settings__group">
                <legend>{ words().settings.address_question.as_str() }</legend>
                <AddressField />
            </fieldset>
            { field_test_section() }
        </article>
    }
}

/// The field test's controls in the study edition; in the public edition, where they are.
fn field_test_section() -> Html {
    #[cfg(feature = "field-test")]
    return html! { <FieldTestSettings /> };
    #[cfg(not(feature = "field-test"))]
    return study_edition_section();
}

/// A callback that changes one setting (and so saves them all).
fn setter<T: 'static>(
    settings: &UseStateHandle<Settings>,
    edit: fn(&mut Settings, T),
) -> Callback<T> {
    let settings = settings.clone();
    Callback::from(move |value| {
        let mut next = (*settings).clone();
        edit(&mut next, value);
        settings.set(next);
    })
}

/// "After 20 minutes".
fn idle_label(timeout: IdleTimeout) -> String {
    words().settings.after_minutes.fill(&timeout.minutes())
}

/// Props of [`ContactLine`].
#[derive(Properties, PartialEq)]
struct ContactLineProps {
    field: ContactField,
}

/// One line of the contact block. What is typed stays in the field even when it is refused
/// (too long), so nothing is lost; only a line within its limit is saved.
#[component]
fn ContactLine(props: &ContactLineProps) -> Html {
    // Drawn again when the texts file arrives, like every component below its provider.
    use_texts();
    let settings = use_settings();
    let field = props.field;
    let draft = use_state(|| settings.contact.get(field).to_owned());
    let problem = use_state(|| None::<String>);
    let oninput = {
        let (settings, draft, problem) = (settings.clone(), draft.clone(), problem.clone());
        Callback::from(move |event: InputEvent| {
            let text = event_text(&event);
            let mut next = (*settings).clone();
            match next.contact.set(field, &text) {
                Ok(()) => {
                    problem.set(None);
                    if next != *settings {
                        settings.set(next);
                    }
                }
                Err(too_long) => problem.set(Some(
                    words()
                        .settings
                        .too_long
                        .fill(&too_long.given, &too_long.limit),
                )),
            }
            draft.set(text);
        })
    };
    let id = format!("contact-{}", field.key());
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-problem");
    let described = if problem.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <p class="field">
            <label class="field__label" for={id.clone()}>{ field.label() }</label>
            <span class="field__hint" id={hint_id}>{ words().settings.at_most.fill(&field.limit()) }</span>
            <input {id} class="field__input" type="text" value={(*draft).clone()} {oninput}
                spellcheck="false" autocomplete="off" autocorrect="off" autocapitalize="off"
                aria-invalid={problem.is_some().to_string()} aria-describedby={described} />
            if let Some(problem) = (*problem).clone() {
                <span class="field__problem" id={error_id} role="alert">{ problem }</span>
            }
        </p>
    }
}

/// The public address the QR code carries. Empty means the address this copy is served from
/// (none for a file opened from disk). An address that is not http(s) is refused with a
/// message, and the code goes on showing the last good one.
#[component]
fn AddressField() -> Html {
    // Drawn again when the texts file arrives, like every component below its provider.
    use_texts();
    let settings = use_settings();
    let draft = use_state(|| {
        settings
            .public_address
            .as_ref()
            .map_or(String::new(), |a| a.as_str().to_owned())
    });
    let problem = use_state(|| None::<String>);
    let oninput = {
        let (settings, draft, problem) = (settings.clone(), draft.clone(), problem.clone());
        Callback::from(move |event: InputEvent| {
            let text = event_text(&event);
            let parsed = if text.trim().is_empty() {
                Ok(None)
            } else {
                PublicAddress::parse(&text).map(Some)
            };
            match parsed {
                Ok(address) => {
                    problem.set(None);
                    if address != settings.public_address {
                        let mut next = (*settings).clone();
                        next.public_address = address;
                        settings.set(next);
                    }
                }
                Err(why) => problem.set(Some(words().settings.not_for_qr.fill(&why))),
            }
            draft.set(text);
        })
    };
    let address = public_address(&settings);
    let described = if problem.is_some() {
        "address-hint address-problem"
    } else {
        "address-hint"
    };
    html! {
        <>
            <p class="field">
                <label class="field__label" for="public-address">{ words().settings.web_address.as_str() }</label>
                <span class="field__hint" id="address-hint">{ words().settings.address_hint.fill(&PublicAddress::LIMIT) }</span>
                <input id="public-address" class="field__input" type="url" inputmode="url" value={(*draft).clone()} {oninput}
                    spellcheck="false" autocomplete="off" autocorrect="off" autocapitalize="off"
                    aria-invalid={problem.is_some().to_string()} aria-describedby={described} />
                if let Some(problem) = (*problem).clone() {
                    <span class="field__problem" id="address-problem" role="alert">{ problem }</span>
                }
            </p>
            <p>{ words().settings.qr_preview.as_str() }</p>
            { qr_code(address.as_ref()) }
        </>
    }
}

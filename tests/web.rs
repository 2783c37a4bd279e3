//! Browser tests (wasm-bindgen-test in headless Chromium): real clicks in a real DOM. Each test
//! mounts the app into a fresh node and clears this tab's storage first.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(target_arch = "wasm32")]

use local_therapy_aid::app::{AppAt, AppAtProps};
use local_therapy_aid::domain::persist;
use local_therapy_aid::domain::session::{Action, Session, View};
use local_therapy_aid::domain::step::Step;
use local_therapy_aid::route::Route;
use wasm_bindgen_test::*;
use web_sys::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn session_storage() -> web_sys::Storage {
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
}

/// Mounts the app at a route in a fresh node, after clearing tab storage.
async fn mount(route: Route, view: View) -> Element {
    session_storage().clear().unwrap();
    mount_as_is(route, view).await
}

/// Mounts the app at a route in a fresh node, with tab storage as it is, and with the texts file
/// this build wrote (the site loads it after the first paint; here it is installed at once).
async fn mount_as_is(route: Route, view: View) -> Element {
    let texts = include_str!(concat!(env!("OUT_DIR"), "/texts.txt"));
    // Installed once per page; a second install changes nothing.
    let _ = local_therapy_aid::content::deferred::install(
        local_therapy_aid::content::texts_file(),
        texts,
    );
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<AppAt>::with_root_and_props(root.clone(), AppAtProps { route, view }).render();
    yew::scheduler::flush().await;
    root
}

/// The button whose visible text is exactly `text`.
fn button(root: &Element, text: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| {
            b.text_content()
                .unwrap_or_default()
                .trim_start_matches("✓ ")
                .trim()
                == text
        })
        .unwrap_or_else(|| panic!("no button {text:?}"))
}

fn text(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn switching_to_the_clinician_view_adds_ratios_and_citations() {
    let root = mount(Route::Step(Step::Harms), View::Patient).await;
    assert!(text(&root).contains("Arm swelling (lymphoedema)"));
    assert!(
        !text(&root).contains("RR 1.92"),
        "the patient view shows no relative figures"
    );
    button(&root, "Clinician view").click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("RR 1.92 (95% CI 1.61–2.28)"));
    assert!(text(&root).contains("Sentinel-node biopsy alone: 5%"));
    assert_eq!(
        button(&root, "Clinician view")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    button(&root, "Patient view").click();
    yew::scheduler::flush().await;
    assert!(!text(&root).contains("RR 1.92"));
}

#[wasm_bindgen_test]
async fn numbers_can_be_shown_as_a_table_or_words() {
    let root = mount(Route::Step(Step::Harms), View::Patient).await;
    let arrays = root.query_selector_all("svg.icon-array").unwrap().length();
    assert!(arrays >= 4, "pictures first ({arrays} icon arrays)");
    button(&root, "Table").click();
    yew::scheduler::flush().await;
    assert_eq!(
        root.query_selector_all("svg.icon-array").unwrap().length(),
        0
    );
    assert!(
        root.query_selector("table.figure__table")
            .unwrap()
            .is_some()
    );
    button(&root, "Words").click();
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("table.figure__table")
            .unwrap()
            .is_none()
    );
    assert!(
        text(&root).contains("Out of 100 women who had an armpit clearance, 16 had arm swelling")
    );
}

#[wasm_bindgen_test]
async fn glossary_terms_open_in_place() {
    let root = mount(Route::Step(Step::Harms), View::Patient).await;
    let term = root
        .query_selector("button.term")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    assert_eq!(
        term.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    term.click();
    yew::scheduler::flush().await;
    assert_eq!(term.get_attribute("aria-expanded").as_deref(), Some("true"));
    let id = term.get_attribute("aria-controls").unwrap();
    let definition = document().get_element_by_id(&id).unwrap();
    assert!(!definition.has_attribute("hidden"));
    assert!(!definition.text_content().unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn the_session_is_kept_in_this_tab_only() {
    let root = mount(Route::Step(Step::Harms), View::Patient).await;
    button(&root, "Clinician view").click();
    yew::scheduler::flush().await;
    let window = web_sys::window().unwrap();
    let stored = window
        .session_storage()
        .unwrap()
        .unwrap()
        .get_item("lta.session")
        .unwrap();
    assert!(
        stored.is_some_and(|s| s.starts_with("lta-session-")),
        "the session is saved in sessionStorage"
    );
    let local = window.local_storage().unwrap().unwrap();
    for i in 0..local.length().unwrap() {
        let key = local.key(i).unwrap().unwrap();
        assert_ne!(
            key, "lta.session",
            "patient data must never go to localStorage"
        );
    }
}

#[wasm_bindgen_test]
fn the_failure_screen_clears_the_session_shows_no_answers_and_a_way_back() {
    let mut session = Session::default();
    session.apply(Action::SetNotes("my private note".into()));
    session_storage()
        .set_item("lta.session", &persist::encode_session(&session, 1))
        .unwrap();
    let root = document().create_element("div").unwrap();
    root.set_text_content(Some("Notes: my private note"));
    document().body().unwrap().append_child(&root).unwrap();
    local_therapy_aid::platform::panic::show_failure_screen_in(&root);
    let text = root.text_content().unwrap();
    assert!(text.contains("Something went wrong") && text.contains("Start again"));
    assert!(text.contains("the answers from this session have been cleared"));
    assert!(!text.contains("my private note"));
    assert!(root.query_selector("a[href]").unwrap().is_some());
    assert_eq!(
        session_storage().get_item("lta.session").unwrap(),
        None,
        "a crash must not leave the answers in this tab"
    );
}

/// A session stored `minutes_ago` (as the browser may bring back a closed tab), then the app.
async fn mount_with_notes_saved(minutes_ago: f64) -> Element {
    let mut session = Session::default();
    session.apply(Action::SetNotes("left in a closed tab".into()));
    let saved_at = (js_sys::Date::now() - minutes_ago * 60_000.0) as u64;
    session_storage().clear().unwrap();
    session_storage()
        .set_item("lta.session", &persist::encode_session(&session, saved_at))
        .unwrap();
    mount_as_is(Route::Step(Step::Questions), View::Patient).await
}

fn notes_box(root: &Element) -> String {
    root.query_selector("textarea#notes")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap()
        .value()
}

#[wasm_bindgen_test]
async fn a_session_left_longer_than_the_idle_timeout_is_not_restored() {
    // The default timeout is 20 minutes.
    let root = mount_with_notes_saved(21.0).await;
    assert_eq!(notes_box(&root), "");
    assert!(
        text(&root).contains("Answers from an earlier session in this tab were cleared"),
        "says why the answers are gone"
    );
    assert_eq!(session_storage().get_item("lta.session").unwrap(), None);

    let root = mount_with_notes_saved(2.0).await;
    assert_eq!(
        notes_box(&root),
        "left in a closed tab",
        "a recent session comes back"
    );
    assert!(!text(&root).contains("Answers from an earlier session"));
}

#[wasm_bindgen_test]
async fn the_notes_box_is_never_spell_checked_or_autofilled() {
    let root = mount(Route::Step(Step::Questions), View::Patient).await;
    let notes = root.query_selector("textarea#notes").unwrap().unwrap();
    assert_eq!(notes.get_attribute("spellcheck").as_deref(), Some("false"));
    assert_eq!(notes.get_attribute("autocomplete").as_deref(), Some("off"));
}

/// The first radio of the group named by `legend_start`.
fn radio(root: &Element, legend_start: &str, label: &str) -> web_sys::HtmlInputElement {
    let groups = root.query_selector_all("fieldset").unwrap();
    let group = (0..groups.length())
        .filter_map(|i| groups.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .find(|g| {
            g.query_selector("legend")
                .unwrap()
                .and_then(|l| l.text_content())
                .is_some_and(|t| t.trim().starts_with(legend_start))
        })
        .unwrap_or_else(|| panic!("no group {legend_start:?}"));
    let labels = group.query_selector_all("label").unwrap();
    (0..labels.length())
        .filter_map(|i| labels.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .find(|l| l.text_content().unwrap_or_default().trim() == label)
        .and_then(|l| l.query_selector("input").unwrap())
        .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
        .unwrap_or_else(|| panic!("no radio {label:?} in {legend_start:?}"))
}

#[wasm_bindgen_test]
async fn opening_and_closing_a_disclosure_and_switching_the_way_through_keep_every_answer() {
    let root = mount(Route::Step(Step::Values), View::Patient).await;
    radio(&root, "Avoiding an operation", "Very important").click();
    yew::scheduler::flush().await;
    // "What each of these means": a native disclosure; its summary opens and closes it.
    let summary: HtmlElement = root
        .query_selector("details[data-more=\"values-help\"] > summary")
        .unwrap()
        .expect("the values step has its meanings one tap away")
        .dyn_into()
        .unwrap();
    let details = summary.parent_element().unwrap();
    assert!(!details.has_attribute("open"));
    summary.click();
    yew::scheduler::flush().await;
    assert!(details.has_attribute("open"));
    summary.click();
    yew::scheduler::flush().await;
    assert!(!details.has_attribute("open"));
    assert!(radio(&root, "Avoiding an operation", "Very important").checked());
    // To the short consultation and back: the step counts change, the answer stays.
    button(&root, "Switch to the short consultation").click();
    yew::scheduler::flush().await;
    assert!(
        text(&root).contains("Step 3 of 5 (short consultation)"),
        "{}",
        text(&root)
    );
    assert!(radio(&root, "Avoiding an operation", "Very important").checked());
    button(&root, "Switch to the full consultation").click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Step 9 of 14"));
    assert!(radio(&root, "Avoiding an operation", "Very important").checked());
}

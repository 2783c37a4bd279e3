//! Browser tests (wasm-bindgen-test in headless Chromium): real clicks in a real DOM. Each test
//! mounts the app into a fresh node and clears this tab's storage first.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(target_arch = "wasm32")]

use local_therapy_aid::domain::session::View;
use local_therapy_aid::route::Route;
use local_therapy_aid::testing::{AppAt, AppAtProps};
use wasm_bindgen_test::*;
use web_sys::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app at a route in a fresh node, after clearing tab storage.
async fn mount(route: Route, view: View) -> Element {
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
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
    let root = mount(Route::Harms, View::Patient).await;
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
    let root = mount(Route::Harms, View::Patient).await;
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
    let root = mount(Route::Harms, View::Patient).await;
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
    let root = mount(Route::Harms, View::Patient).await;
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
fn the_failure_screen_shows_no_answers_and_a_way_back() {
    let root = document().create_element("div").unwrap();
    root.set_text_content(Some("Notes: my private note"));
    document().body().unwrap().append_child(&root).unwrap();
    local_therapy_aid::platform::panic::show_failure_screen_in(&root);
    let text = root.text_content().unwrap();
    assert!(text.contains("Something went wrong") && text.contains("Start again"));
    assert!(!text.contains("my private note"));
    assert!(root.query_selector("a[href]").unwrap().is_some());
}

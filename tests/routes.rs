//! Route tests (native): every route prints and parses back to itself, unknown addresses go to
//! "not found", and every journey step has exactly one route and a title from the content.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

use local_therapy_aid::domain::step::Step;
use local_therapy_aid::route::Route;
use proptest::prelude::*;

#[test]
fn routes_round_trip() {
    let cases = [
        ("/", Route::Step(Step::Start)),
        ("/situation", Route::Step(Step::Situation)),
        ("/options", Route::Step(Step::Options)),
        ("/studies", Route::Step(Step::Studies)),
        ("/survival", Route::Step(Step::Survival)),
        ("/breast", Route::Step(Step::BreastControl)),
        ("/harms", Route::Step(Step::Harms)),
        ("/life", Route::Step(Step::Life)),
        ("/values", Route::Step(Step::Values)),
        ("/check", Route::Step(Step::Check)),
        ("/questions", Route::Step(Step::Questions)),
        ("/summary", Route::Step(Step::Summary)),
        ("/knowledge", Route::Step(Step::Knowledge)),
        ("/about", Route::Step(Step::About)),
        ("/take-home", Route::TakeHome),
        ("/privacy", Route::Privacy),
        ("/settings", Route::Settings),
        ("/records", Route::Records),
    ];
    // The addresses above are public (bookmarks, the QR code, the printed summary): they are
    // pinned here. Every screen outside the journey is in the table; a step added to the journey
    // is covered by the loop below, so adding one needs no line here.
    for route in Route::all().filter(|r| r.step().is_none() && *r != Route::NotFound) {
        assert!(
            cases.iter().any(|(_, listed)| *listed == route),
            "a route is missing from this table (404 excluded): {route:?}"
        );
    }
    for (path, route) in cases {
        assert_eq!(route.path(), path);
        assert_eq!(route.href(), format!("#{path}"));
        assert_eq!(Route::parse(path), route, "{path}");
    }
    for route in Route::all().filter(|r| *r != Route::NotFound) {
        assert_eq!(Route::parse(route.path()), route, "{route:?}");
        assert_eq!(route.href(), format!("#{}", route.path()));
    }
}

#[test]
fn no_address_is_the_start() {
    assert_eq!(Route::parse(""), Route::Step(Step::Start));
}

#[test]
fn unknown_and_malformed_addresses_are_not_found() {
    for path in [
        "/nope",
        "/harms/extra",
        "/%E0%A4%A",
        "/<script>alert(1)</script>",
        "/../../etc/passwd",
    ] {
        let route = Route::parse(path);
        assert_eq!(route, Route::NotFound, "{path} gave {route:?}");
    }
}

#[test]
fn every_step_has_one_route_and_a_title() {
    for step in Step::ALL {
        let route = Route::Step(step);
        assert_eq!(route.step(), Some(step));
        assert!(
            !route.title().is_empty(),
            "step {step:?} has no title in steps.toml"
        );
    }
    for route in [
        Route::TakeHome,
        Route::Privacy,
        Route::Settings,
        Route::NotFound,
    ] {
        assert_eq!(route.step(), None);
    }
}

proptest! {
    /// Any address either names a known screen or "not found"; parsing never panics, and a
    /// known screen's address gives it back.
    #[test]
    fn parsing_any_address_never_panics(path in "/[ -~]{0,40}") {
        let route = Route::parse(&path);
        if route != Route::NotFound {
            prop_assert!(route.path() == path || (path == "/" && route == Route::Step(Step::Start)));
        }
    }
}

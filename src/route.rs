//! Routes: one per step of the journey, plus the large-print summary to take home, the privacy
//! check, clinic settings and "not found".
//!
//! The app uses hash routes (`index.html#/harms`) so that it works from any static folder, a
//! GitHub Pages sub-path and a single file opened from disk, with no server rewrite rules. A
//! step's address is part of the step itself (`Step::path`), so the journey's steps and their
//! routes cannot drift apart: there is no second table to keep.

use crate::domain::step::Step;

/// Every screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// A step of the journey.
    Step(Step),
    /// What is stored, and proof that nothing is sent.
    Privacy,
    /// Clinic settings.
    Settings,
    /// The large-print summary she takes home.
    TakeHome,
    /// The field test's records as a printable table (for staff).
    Records,
    /// Any address the app does not know.
    NotFound,
}

/// Addresses of the screens that are not steps.
const PRIVACY: &str = "/privacy";
const SETTINGS: &str = "/settings";
const TAKE_HOME: &str = "/take-home";
const RECORDS: &str = "/records";
const NOT_FOUND: &str = "/404";

impl Route {
    /// The screen at an address (`/harms`), or "not found". Parsing never fails: any address the
    /// app does not know is [`Route::NotFound`].
    pub fn parse(path: &str) -> Route {
        match path {
            "" | "/" => Route::Step(Step::Start),
            PRIVACY => Route::Privacy,
            SETTINGS => Route::Settings,
            TAKE_HOME => Route::TakeHome,
            RECORDS => Route::Records,
            _ => Step::ALL
                .into_iter()
                .find(|step| step.path() == path)
                .map_or(Route::NotFound, Route::Step),
        }
    }

    /// The link to the screen, relative to the page (`#/harms`).
    pub fn href(self) -> String {
        format!("#{}", self.path())
    }

    /// The address of the screen.
    pub fn path(self) -> &'static str {
        match self {
            Route::Step(step) => step.path(),
            Route::Privacy => PRIVACY,
            Route::Settings => SETTINGS,
            Route::TakeHome => TAKE_HOME,
            Route::Records => RECORDS,
            Route::NotFound => NOT_FOUND,
        }
    }

    /// Every screen: the steps in journey order, then the others.
    pub fn all() -> impl Iterator<Item = Route> {
        Step::ALL.into_iter().map(Route::Step).chain([
            Route::TakeHome,
            Route::Privacy,
            Route::Settings,
            Route::Records,
            Route::NotFound,
        ])
    }

    /// The journey step of this route, if it is one.
    pub fn step(self) -> Option<Step> {
        match self {
            Route::Step(step) => Some(step),
            Route::Privacy
            | Route::Settings
            | Route::TakeHome
            | Route::Records
            | Route::NotFound => None,
        }
    }

    /// The page title (also the main heading). Journey steps take theirs from `steps.toml`.
    pub fn title(self) -> &'static str {
        match self {
            Route::Step(step) => crate::content::step_text(step).map_or("", |s| s.title.as_str()),
            Route::Privacy => crate::content::words().titles.privacy.as_str(),
            Route::Settings => crate::content::words().titles.settings.as_str(),
            Route::TakeHome => crate::content::words().titles.take_home.as_str(),
            Route::Records => crate::content::words().titles.records.as_str(),
            Route::NotFound => crate::content::words().titles.not_found.as_str(),
        }
    }
}

impl From<Step> for Route {
    fn from(step: Step) -> Self {
        Route::Step(step)
    }
}

//! Routes: one per step of the journey plus the privacy check, clinic settings and "not found".
//!
//! The app uses hash routes (`index.html#/harms`) so that it works from any static folder, a
//! GitHub Pages sub-path and a single file opened from disk, with no server rewrite rules.

use yew_router::Routable;

use crate::domain::step::Step;

/// Every screen of the app.
#[derive(Routable, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// Start.
    #[at("/")]
    Start,
    /// Her situation.
    #[at("/situation")]
    Situation,
    /// The options.
    #[at("/options")]
    Options,
    /// What the studies show.
    #[at("/studies")]
    Studies,
    /// Survival.
    #[at("/survival")]
    Survival,
    /// Control of the breast tumour.
    #[at("/breast")]
    BreastControl,
    /// Harms.
    #[at("/harms")]
    Harms,
    /// Quality of life, time and cost.
    #[at("/life")]
    Life,
    /// What matters to her.
    #[at("/values")]
    Values,
    /// SURE check.
    #[at("/check")]
    Check,
    /// Questions and notes.
    #[at("/questions")]
    Questions,
    /// Summary.
    #[at("/summary")]
    Summary,
    /// Knowledge check.
    #[at("/knowledge")]
    Knowledge,
    /// Sources and about.
    #[at("/about")]
    About,
    /// What is stored, and proof that nothing is sent.
    #[at("/privacy")]
    Privacy,
    /// Clinic settings.
    #[at("/settings")]
    Settings,
    /// Any address the app does not know.
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The route of a journey step.
    pub fn of_step(step: Step) -> Route {
        match step {
            Step::Start => Route::Start,
            Step::Situation => Route::Situation,
            Step::Options => Route::Options,
            Step::Studies => Route::Studies,
            Step::Survival => Route::Survival,
            Step::BreastControl => Route::BreastControl,
            Step::Harms => Route::Harms,
            Step::Life => Route::Life,
            Step::Values => Route::Values,
            Step::Check => Route::Check,
            Step::Questions => Route::Questions,
            Step::Summary => Route::Summary,
            Step::Knowledge => Route::Knowledge,
            Step::About => Route::About,
        }
    }

    /// The journey step of this route, if it is one.
    pub fn step(self) -> Option<Step> {
        Some(match self {
            Route::Start => Step::Start,
            Route::Situation => Step::Situation,
            Route::Options => Step::Options,
            Route::Studies => Step::Studies,
            Route::Survival => Step::Survival,
            Route::BreastControl => Step::BreastControl,
            Route::Harms => Step::Harms,
            Route::Life => Step::Life,
            Route::Values => Step::Values,
            Route::Check => Step::Check,
            Route::Questions => Step::Questions,
            Route::Summary => Step::Summary,
            Route::Knowledge => Step::Knowledge,
            Route::About => Step::About,
            Route::Privacy | Route::Settings | Route::NotFound => return None,
        })
    }

    /// The page title (also the main heading). Journey steps take theirs from `steps.toml`.
    pub fn title(self) -> &'static str {
        match self.step() {
            Some(step) => crate::content::step_text(step.id()).map_or("", |s| s.title.as_str()),
            None => match self {
                Route::Privacy => "Privacy check",
                Route::Settings => "Clinic settings",
                _ => "Page not found",
            },
        }
    }
}

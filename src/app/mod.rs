//! The app's composition root: the providers (clinic settings, then the session), the route
//! from the address, the frame ([`shell`]) and the page switch. [`App`] runs in the browser;
//! [`AppAt`] renders the same tree at one screen, for the native tests and for the build step
//! that pre-renders the start screen. Both use [`Providers`], so they cannot drift apart.

pub mod hooks;
#[cfg(not(target_arch = "wasm32"))]
pub mod measure;
pub mod shell;

use yew::prelude::*;

use crate::domain::session::View;
use crate::domain::step::Step;
use crate::pages;
use crate::platform::{address, speech};
use crate::route::Route;
#[cfg(feature = "field-test")]
use crate::state::{FieldTestHandle, FieldTestProvider};
use crate::state::{SessionHandle, SessionProvider, SettingsProvider, TextsProvider, use_settings};

use shell::Shell;

/// The whole app: the screen is the one the address names, and follows it (links, Back,
/// Forward, a fragment typed in; see `platform::address`).
#[component]
pub fn App() -> Html {
    let route = use_state(|| Route::parse(&address::current()));
    {
        let route = route.clone();
        use_effect_with((), move |()| {
            let listener = address::on_change(move |path| {
                // Reading aloud is of the screen on show: a new screen stops it.
                speech::stop();
                route.set(Route::parse(&path));
            });
            move || drop(listener)
        });
    }
    html! {
        <Providers>
            <Shell route={*route} />
        </Providers>
    }
}

/// Props of [`Providers`].
#[derive(Properties, PartialEq)]
pub struct ProvidersProps {
    /// The view the session starts in, instead of the clinic's default (for rendering a screen in
    /// a given view). Optional; default: the clinic setting.
    #[prop_or_default]
    pub view: Option<View>,
    /// The app.
    pub children: Html,
}

/// The texts file (loaded after the first paint), clinic settings, then the session, which starts
/// in the clinic's default view (or `view`), and the field test.
#[component]
pub fn Providers(props: &ProvidersProps) -> Html {
    html! {
        <TextsProvider>
            <SettingsProvider>
                <WithSession view={props.view}>{ props.children.clone() }</WithSession>
            </SettingsProvider>
        </TextsProvider>
    }
}

/// The session, started with the clinic's settings, and (in the study edition) the field test,
/// which records from it.
#[component]
fn WithSession(props: &ProvidersProps) -> Html {
    let settings = use_settings();
    #[cfg(feature = "field-test")]
    let app = html! { <FieldTestProvider>{ props.children.clone() }</FieldTestProvider> };
    #[cfg(not(feature = "field-test"))]
    let app = props.children.clone();
    html! {
        <SessionProvider default_view={props.view.unwrap_or(settings.default_view)} idle_timeout={settings.idle_timeout}>
            { app }
        </SessionProvider>
    }
}

/// The page for a route, inside the frame. Pages are plain functions of the session and (in the
/// study edition) the field test: only the frame holds hooks, because every component type adds
/// to the wasm size.
pub fn page(
    route: Route,
    session: &SessionHandle,
    #[cfg(feature = "field-test")] field_test: &FieldTestHandle,
) -> Html {
    match route {
        Route::Step(step) => match step {
            #[cfg(feature = "field-test")]
            Step::Start => pages::start::start_page(session, field_test),
            #[cfg(not(feature = "field-test"))]
            Step::Start => pages::start::start_page(session),
            Step::Situation => pages::situation::situation_page(session),
            Step::Options => pages::options::options_page(session),
            Step::Studies => pages::studies::studies_page(session),
            Step::Survival | Step::BreastControl | Step::Harms | Step::Life => {
                pages::outcome::outcome_page(session, step)
            }
            Step::Values => pages::values::values_page(session),
            Step::Check => pages::check::check_page(session),
            Step::Questions => pages::questions::questions_page(session),
            Step::Summary => pages::summary::summary_page(session),
            Step::Knowledge => pages::knowledge::knowledge_page(session),
            Step::About => pages::about::about_page(session),
        },
        Route::Privacy => html! { <pages::privacy::PrivacyPage /> },
        Route::Settings => html! { <pages::settings::SettingsPage /> },
        Route::TakeHome => html! { <pages::take_home::TakeHomePage /> },
        #[cfg(feature = "field-test")]
        Route::Records => pages::records::records_page(),
        #[cfg(not(feature = "field-test"))]
        Route::Records => pages::records::records_elsewhere_page(),
        Route::NotFound => pages::not_found::not_found(),
    }
}

/// Props of [`AppAt`].
#[derive(Properties, PartialEq)]
pub struct AppAtProps {
    /// The screen to show.
    pub route: Route,
    /// The view the session starts in.
    pub view: View,
}

/// The whole app at one route, whatever the address says: for the tests (native and in the
/// browser) and the pre-render step. The shipped app never names it, so it is not in the wasm.
#[component]
pub fn AppAt(props: &AppAtProps) -> Html {
    html! {
        <Providers view={Some(props.view)}>
            <Shell route={props.route} />
        </Providers>
    }
}

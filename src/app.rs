//! The app: clinic settings, then the session, then the hash router and the shell.

use yew::prelude::*;
use yew_router::prelude::{HashRouter, Switch};

use crate::components::shell::Shell;
use crate::hooks::use_settings;
use crate::route::Route;
use crate::state::session::SessionProvider;
use crate::state::settings::SettingsProvider;

/// The whole app.
#[component]
pub fn App() -> Html {
    html! {
        <SettingsProvider>
            <WithSession />
        </SettingsProvider>
    }
}

/// Starts the session in the clinic's default view.
#[component]
fn WithSession() -> Html {
    let settings = use_settings();
    html! {
        <SessionProvider default_view={settings.default_view}>
            <HashRouter>
                <Switch<Route> render={switch} />
            </HashRouter>
        </SessionProvider>
    }
}

fn switch(route: Route) -> Html {
    html! { <Shell {route} /> }
}

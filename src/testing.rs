//! Test support: the app's providers and shell around one route, with an in-memory router, so that
//! native server-rendering tests and browser tests can render any screen in either view.

use yew::prelude::*;
use yew_router::Routable;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::{Router, Switch};

use crate::components::shell::Shell;
use crate::domain::session::View;
use crate::route::Route;
use crate::state::session::SessionProvider;
use crate::state::settings::SettingsProvider;

/// Props of [`AppAt`].
#[derive(Properties, PartialEq)]
pub struct AppAtProps {
    /// The screen to show.
    pub route: Route,
    /// The view the session starts in.
    pub view: View,
}

/// The whole app, started at one route with an in-memory history.
#[component]
pub fn AppAt(props: &AppAtProps) -> Html {
    let route = props.route;
    let history = use_memo(route, |route| {
        let history = MemoryHistory::new();
        history.push(route.to_path());
        AnyHistory::from(history)
    });
    html! {
        <SettingsProvider>
            <SessionProvider default_view={props.view}>
                <Router history={(*history).clone()}>
                    <Switch<Route> render={|route: Route| html! { <Shell {route} /> }} />
                </Router>
            </SessionProvider>
        </SettingsProvider>
    }
}

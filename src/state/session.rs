//! The session reducer and its provider: a thin adapter over `domain::session`.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::session::{Action, Session};
use crate::hooks::use_settings;
use crate::platform::storage::{self, StorageNotice};

/// The session as a yew reducer. All logic lives in [`Session::apply`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SessionState(pub Session);

impl Reducible for SessionState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(SessionState(next))
        }
    }
}

/// What the provider shares: the reducer handle and any storage notice.
#[derive(Clone, PartialEq)]
pub struct SessionContext {
    /// The reducer.
    pub state: UseReducerHandle<SessionState>,
    /// A storage problem the user should know about.
    pub notice: Option<StorageNotice>,
}

/// Props of [`SessionProvider`].
#[derive(Properties, PartialEq)]
pub struct SessionProviderProps {
    /// The view a new session starts in (a clinic setting).
    pub default_view: crate::domain::session::View,
    /// The app.
    pub children: Html,
}

/// Owns the session: restores it from this tab's storage once (unless it was left for longer than
/// the clinic's idle timeout), and saves every change there (in an effect, never inside the
/// reducer). Must be inside `SettingsProvider`.
#[component]
pub fn SessionProvider(props: &SessionProviderProps) -> Html {
    let idle_minutes = use_settings().idle_minutes;
    let loaded = use_memo((), move |_| storage::load_session(idle_minutes));
    let default_view = props.default_view;
    let state = {
        let loaded = loaded.clone();
        use_reducer(move || {
            SessionState(loaded.0.clone().unwrap_or_else(|| Session {
                view: default_view,
                ..Session::default()
            }))
        })
    };
    let notice = use_state(|| loaded.1);
    {
        let notice = notice.clone();
        use_effect_with(state.clone(), move |state| {
            match storage::save_session(&state.0) {
                Ok(()) => {}
                Err(problem) => {
                    if *notice != Some(problem) {
                        notice.set(Some(problem));
                    }
                }
            }
        });
    }
    let context = SessionContext {
        state,
        notice: *notice,
    };
    html! {
        <ContextProvider<SessionContext> {context}>
            { props.children.clone() }
        </ContextProvider<SessionContext>>
    }
}

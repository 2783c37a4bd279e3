//! The session: a thin yew adapter over `domain::session`, its provider, and `use_session()`,
//! the handle with verbs that components use.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::session::{Action, Session, View};
use crate::domain::settings::IdleTimeout;
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
    pub default_view: View,
    /// How old a stored session may be and still be restored (the clinic's idle timeout).
    pub idle_timeout: IdleTimeout,
    /// The app.
    pub children: Html,
}

/// Owns the session: restores it from this tab's storage once (unless it was left for longer than
/// the clinic's idle timeout), and saves every change there (in an effect, never inside the
/// reducer).
#[component]
pub fn SessionProvider(props: &SessionProviderProps) -> Html {
    let idle_timeout = props.idle_timeout;
    let loaded = use_memo((), move |_| storage::load_session(idle_timeout));
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
            if let Err(problem) = storage::save_session(&state.0)
                && *notice != Some(problem)
            {
                notice.set(Some(problem));
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

/// A handle on the consultation. Components never see the reducer itself.
#[derive(Clone, PartialEq)]
pub struct SessionHandle {
    context: SessionContext,
}

impl SessionHandle {
    /// The session as it is now.
    pub fn get(&self) -> &Session {
        &self.context.state.0
    }

    /// The current view.
    pub fn view(&self) -> View {
        self.get().view
    }

    /// A storage problem to tell the user about.
    pub fn notice(&self) -> Option<StorageNotice> {
        self.context.notice
    }

    /// Applies an action.
    pub fn dispatch(&self, action: Action) {
        self.context.state.dispatch(action);
    }

    /// A callback that turns an event into an action.
    pub fn callback<T: 'static>(&self, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let state = self.context.state.clone();
        Callback::from(move |value: T| state.dispatch(make(value)))
    }

    /// Ends the session: forgets everything entered, removes it from this tab's storage, and
    /// starts again in the clinic's default view.
    pub fn end_session(&self, default_view: View) {
        storage::clear_session();
        self.dispatch(Action::EndSession);
        self.dispatch(Action::SetView(default_view));
    }
}

/// The consultation. Must be used inside `SessionProvider`.
#[hook]
pub fn use_session() -> SessionHandle {
    let context = use_context::<SessionContext>()
        .expect("use_session() must be called inside <SessionProvider> (see app/mod.rs)");
    SessionHandle { context }
}

//! `use_session()`: the session, read and changed through verbs.

use yew::prelude::*;

use crate::domain::session::{Action, Session, View};
use crate::platform::storage::{self, StorageNotice};
use crate::state::session::SessionContext;

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

    /// Whether the clinician view is on.
    pub fn is_clinician(&self) -> bool {
        self.view() == View::Clinician
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
        .expect("use_session() must be called inside <SessionProvider> (see app.rs)");
    SessionHandle { context }
}

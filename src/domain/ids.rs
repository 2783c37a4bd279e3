//! Ids of content records as the session keeps them (owned, so a stored session can be read back).
//!
//! One type per kind of record, so a value id can never be passed where a question id is
//! expected. Each is stored as its plain string (serde newtype), so stored sessions keep their
//! format.

use serde::{Deserialize, Serialize};

use crate::content::Id;

macro_rules! session_id {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<Id> for $name {
            fn from(id: Id) -> Self {
                Self(id.as_str().to_owned())
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl PartialEq<Id> for $name {
            fn eq(&self, other: &Id) -> bool {
                self.0 == other.as_str()
            }
        }
    )*};
}

session_id! {
    /// A values item (`values.toml`).
    ValueId,
    /// A question for the care team (`questions.toml`).
    QuestionId,
    /// A knowledge-check item (`knowledge.toml`).
    KnowledgeId,
    /// A choice of a knowledge-check item.
    ChoiceId,
}

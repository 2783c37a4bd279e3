//! The counselling journey, as the content declares it (`content::schema::step`): the domain
//! and the screens name steps from here.

pub use crate::content::schema::{Journey, Step};

//! Every record as a tree of values, for the content checks and the baker (feature `checks`).
//!
//! [`record!`](super::record) gives each schema struct a [`Reflect`] impl that destructures all of
//! its fields, so the prose walk (`checks::texts`) and the baker (`checks::bake`) see every field
//! of every record, from the one definition of the struct: a field added to a struct is walked
//! and baked at once, and a field whose type cannot be reflected fails to compile.

pub use super::RefKind;
use super::exercises::Audience;
use super::refs::RefTarget;
pub use super::text::WordsKind;
use super::text::{List, Ref};
use crate::Decimal;

/// A value of the schema, seen from outside.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// A string field.
    Words(WordsKind, &'a str),
    /// A whole number, with its Rust type (`u16`, `u32`).
    Number(&'static str, u64),
    /// A yes/no field.
    Bool(bool),
    /// An exact decimal.
    Decimal(Decimal),
    /// A unit enum: its Rust type and variant.
    Choice {
        /// The Rust type, as written in generated code.
        type_name: &'static str,
        /// The variant's name in Rust.
        variant: String,
        /// The audience, when the enum is [`Audience`]: it says who reads the words of the record
        /// that holds it (a knowledge item for clinicians quotes the seed review).
        audience: Option<Audience>,
    },
    /// An enum variant that holds a record (a figure's value).
    Variant {
        /// The Rust type.
        type_name: &'static str,
        /// The variant's name in Rust.
        variant: &'static str,
        /// The name the TOML uses for it (`frequency`).
        key: &'static str,
        /// What it holds.
        inner: Box<Value<'a>>,
    },
    /// An optional value.
    Optional(Option<Box<Value<'a>>>),
    /// A list, with the Rust type of its items (needed to write an empty one).
    List {
        /// The item type, as written in generated code.
        item_type: String,
        /// The items.
        items: Vec<Value<'a>>,
    },
    /// Screen words with named slots, and the slots the screen fills.
    Template {
        /// The Rust type, as written in generated code.
        type_name: String,
        /// Whether the clinician view alone shows it (else both views do).
        clinician: bool,
        /// The slots the screen fills, by name.
        slots: &'static [&'static str],
        /// The words, slots unfilled.
        text: &'a str,
    },
    /// A reference to another record by id.
    Ref(RefKind, &'a str),
    /// A record.
    Record {
        /// The Rust type.
        type_name: &'static str,
        /// How the checks name the record ("figure `e2108-os-3y`"), if it stands on its own.
        place: Option<String>,
        /// The record as a reference would name it, when its own prose may use its own numbers as
        /// if it cited itself (a figure: `cites_itself` in `record!`).
        cites_itself: Option<(RefKind, &'a str)>,
        /// Its fields, in declaration order.
        fields: Vec<(&'static str, Value<'a>)>,
    },
}

/// A schema type that can show itself as a [`Value`].
pub trait Reflect {
    /// The Rust type, as written in generated code.
    fn type_name() -> String;
    /// The value.
    fn reflect(&self) -> Value<'_>;
}

macro_rules! reflect_number {
    ($($ty:ident),*) => {$(
        impl Reflect for $ty {
            fn type_name() -> String {
                stringify!($ty).into()
            }
            fn reflect(&self) -> Value<'_> {
                Value::Number(stringify!($ty), u64::from(*self))
            }
        }
    )*};
}
reflect_number!(u8, u16, u32);

impl Reflect for bool {
    fn type_name() -> String {
        "bool".into()
    }
    fn reflect(&self) -> Value<'_> {
        Value::Bool(*self)
    }
}

impl Reflect for Decimal {
    fn type_name() -> String {
        "crate::content::Decimal".into()
    }
    fn reflect(&self) -> Value<'_> {
        Value::Decimal(*self)
    }
}

impl<T: Reflect> Reflect for Option<T> {
    fn type_name() -> String {
        format!("::core::option::Option<{}>", T::type_name())
    }
    fn reflect(&self) -> Value<'_> {
        Value::Optional(self.as_ref().map(|v| Box::new(v.reflect())))
    }
}

impl<T: Reflect> Reflect for List<T> {
    fn type_name() -> String {
        format!("crate::content::schema::List<{}>", T::type_name())
    }
    fn reflect(&self) -> Value<'_> {
        Value::List {
            item_type: T::type_name(),
            items: self.iter().map(Reflect::reflect).collect(),
        }
    }
}

impl Reflect for Audience {
    fn type_name() -> String {
        "crate::content::schema::Audience".into()
    }
    fn reflect(&self) -> Value<'_> {
        Value::Choice {
            type_name: "crate::content::schema::Audience",
            variant: format!("{self:?}"),
            audience: Some(*self),
        }
    }
}

impl<T: RefTarget + Reflect> Reflect for Ref<T> {
    fn type_name() -> String {
        format!("crate::content::schema::Ref<{}>", T::type_name())
    }
    fn reflect(&self) -> Value<'_> {
        Value::Ref(T::KIND, self.id().as_str())
    }
}

//! The building blocks of every record: words (typed by who reads them), lists and references.
//!
//! Every string in the schema says, by its type, what it is: an [`Id`], a [`Name`] as printed, or
//! prose for a reader ([`PatientText`], [`PatientLabel`], [`ClinicianText`], [`ClinicianDetail`],
//! [`Verbatim`], [`SureWording`], [`StudyLabel`], and the knowledge check's [`QuizWording`] and [`QuizExplanation`]). The content
//! checks walk every field (see `schema::reflect`) and apply each type's rules, so a new field is
//! checked the moment it is declared: there is no second list of fields to keep.
//!
//! In the app every string points into the binary (`build.rs` compiles the content into a
//! `static`). When the TOML is parsed (by `build.rs` and the native tests) the strings are leaked
//! to get the same `'static` type: those are short-lived processes, and it keeps one type for both.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer};

/// Declares the string types of the schema, and (with `checks`) [`WordsKind`], which names them
/// for the content checks and the baker, from one list. A type marked `later` is not needed by the
/// first screen: in the wasm its words are in the texts file loaded after the first paint
/// (`content::deferred`), so it holds [`Words`]; every other type holds its `&'static str`.
macro_rules! words {
    ($($(#[$doc:meta])* $name:ident: $when:ident),* $(,)?) => {
        $(
            $(#[$doc])*
            #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub struct $name(words!(@store $when));

            impl $name {
                /// Words kept in the binary (what the generated content code and the parser write).
                pub const fn here(text: &'static str) -> Self {
                    Self(words!(@here $when, text))
                }

                /// The words, with the `'static` lifetime, so views can use them with no copy.
                pub fn as_str(&self) -> &'static str {
                    words!(@get $when, self.0)
                }
            }

            impl Deref for $name {
                type Target = str;
                fn deref(&self) -> &str {
                    self.as_str()
                }
            }

            impl fmt::Display for $name {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(self.as_str())
                }
            }

            impl From<String> for $name {
                fn from(text: String) -> Self {
                    Self::here(Box::leak(text.into_boxed_str()))
                }
            }

            impl From<&'static str> for $name {
                fn from(text: &'static str) -> Self {
                    Self::here(text)
                }
            }

            impl PartialEq<str> for $name {
                fn eq(&self, other: &str) -> bool {
                    self.as_str() == other
                }
            }

            impl PartialEq<&str> for $name {
                fn eq(&self, other: &&str) -> bool {
                    self.as_str() == *other
                }
            }

            impl<'de> Deserialize<'de> for $name {
                fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    String::deserialize(deserializer).map(Self::from)
                }
            }

            #[cfg(feature = "checks")]
            impl super::reflect::Reflect for $name {
                fn type_name() -> String {
                    WordsKind::$name.type_name().into()
                }
                fn reflect(&self) -> super::reflect::Value<'_> {
                    super::reflect::Value::Words(WordsKind::$name, self.as_str())
                }
            }

            #[cfg(feature = "checks")]
            impl super::refs::Resolve for $name {}

            words!(@later_constructor $when $name);
        )*

        /// Which string type of the schema a field has (for the content checks and the baker).
        #[cfg(feature = "checks")]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum WordsKind {
            $(
                #[doc = concat!("[`", stringify!($name), "`].")]
                $name,
            )*
        }

        #[cfg(feature = "checks")]
        impl WordsKind {
            /// The Rust type, as written in generated code.
            pub fn type_name(self) -> &'static str {
                match self {
                    $(Self::$name => concat!("crate::content::schema::", stringify!($name)),)*
                }
            }

            /// Whether a reader reads it as prose (everything but ids and names).
            pub fn is_prose(self) -> bool {
                !matches!(self, Self::Id | Self::Name)
            }

            /// Whether the first screen can do without it, so that the wasm leaves it to the
            /// texts file loaded after the first paint.
            pub fn is_later(self) -> bool {
                match self {
                    $(Self::$name => words!(@later $when),)*
                }
            }
        }
    };
    (@store now) => { &'static str };
    (@store later) => { Words };
    (@here now, $text:expr) => { $text };
    (@here later, $text:expr) => { Words::Here($text) };
    (@get now, $words:expr) => { $words };
    (@get later, $words:expr) => { $words.get() };
    (@later_constructor now $name:ident) => {};
    (@later_constructor later $name:ident) => {
        impl $name {
            /// The `index`-th text of the texts file (what the generated content code writes in
            /// the wasm).
            pub const fn later(index: u32) -> Self {
                Self(Words::Later(index))
            }
        }
    };
    (@later now) => { false };
    (@later later) => { true };
}

/// The words of a string type that the first screen does not need: in the binary, or the n-th
/// text of the texts file loaded after the first paint (see `content::deferred`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Words {
    /// In the binary.
    Here(&'static str),
    /// The n-th text of the texts file.
    Later(u32),
}

impl Default for Words {
    fn default() -> Self {
        Self::Here("")
    }
}

impl Words {
    /// The words; until the texts file is in, a short note that they are on their way (or that
    /// they could not load), never an empty space.
    pub fn get(self) -> &'static str {
        match self {
            Self::Here(text) => text,
            Self::Later(index) => crate::deferred::text(index),
        }
    }
}

words! {
    /// A stable id (`e2108-os-3y`): lower-case letters, digits and hyphens; never shown as prose.
    Id: now,
    /// A name or a piece of bibliographic data exactly as printed: a trial's name, authors, a
    /// title, a journal, a DOI, a date, a p-value, a version. Not prose, so not checked as prose:
    /// never use it for words written for a reader.
    Name: now,
    /// A citation's bibliographic data exactly as printed (authors, title, journal, volume and
    /// pages, DOI, PMID, trial registration, the address read and when): like [`Name`], not
    /// prose. Only the clinician view and a figure's evidence details show citations, beside
    /// clinician words that are already in the texts file, so the wasm leaves them there too.
    Citation: later,
    /// Patient-view prose, shown with glossary terms explained inline: at US grade 8 or below, in
    /// natural frequencies, every number from a cited figure, every glossary term marked at its
    /// first use.
    PatientText: now,
    /// Patient-view words shown plainly (a heading, a label, a phrase built into a sentence): the
    /// same rules as [`PatientText`], except that it cannot explain glossary terms inline.
    PatientLabel: now,
    /// Clinician-view prose, shown with glossary terms explained inline: every number from a
    /// cited figure, or from the cited sources where no figure record exists.
    ClinicianText: later,
    /// Clinician-view words of the screens themselves, shown plainly (a design's name, a method's
    /// label): checked like clinician words. Only the clinician view shows them, so the wasm
    /// leaves them to the texts file, like every clinician word.
    ClinicianLabel: later,
    /// Patient words shown plainly, like [`PatientLabel`], that the app itself never shows: the
    /// notice for a browser that cannot run the aid, which the build pre-renders into the page.
    /// So the wasm leaves them to the texts file (every patient page's own words stay in the
    /// binary, so that the patient pages are whole even when that file cannot load).
    PatientAside: later,
    /// The field test's patient words (its consent, banner and notices), shown plainly: the same
    /// rules as [`PatientLabel`]. Only the study edition (the app's `field-test` feature) shows
    /// them, so the wasm leaves them to the texts file, out of the public edition's first load;
    /// the study edition asks her only once they are in, so she is never asked without them.
    StudyLabel: later,
    /// A clinician-view detail of a record in the source's terms (a figure's label, population,
    /// time frame, note; a trial's local therapy and end point): checked for "1 in X" wording and
    /// markup, not for numbers, because it describes the study rather than its results.
    ClinicianDetail: later,
    /// A source's own words, quoted exactly (the 2015 review, the SURE test, a paper): never
    /// rewritten, so never graded.
    Verbatim: later,
    /// The SURE test's questions, verbatim like [`Verbatim`], but shown to the patient on the
    /// first layer of a step, so kept in the binary (the check works even if the texts file
    /// cannot load).
    SureWording: now,
    /// A knowledge-check question or choice: plain patient words for a patient item, the 2015
    /// review's words (verbatim) for a clinician item.
    QuizWording: later,
    /// Why a knowledge-check answer is right: patient prose for a patient item, clinician prose
    /// for a clinician item.
    QuizExplanation: later,
}

/// A list in the bundle: a static slice (leaked when parsed from TOML, as for the words above).
#[derive(Debug, PartialEq)]
pub struct List<T: 'static>(pub &'static [T]);

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<T> {}

impl<T> Default for List<T> {
    fn default() -> Self {
        Self(&[])
    }
}

impl<T> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0
    }
}

impl<T> IntoIterator for &List<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        Self(Box::leak(items.into_boxed_slice()))
    }
}

impl<T: Clone> List<T> {
    /// A changed copy (tests edit parsed bundles to check that mistakes are caught).
    pub fn edited(self, edit: impl FnOnce(&mut Vec<T>)) -> Self {
        let mut items = self.0.to_vec();
        edit(&mut items);
        items.into()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(deserializer).map(List::from)
    }
}

/// A reference from one record to another by id (a figure, a source).
///
/// In the app every reference points straight at its target: `build.rs` has checked that it
/// exists and writes the pointer, so screens follow it with no search by id. A bundle parsed from
/// TOML has its references resolved in one pass after every file is read (`schema::resolve`); a
/// reference to an id that does not exist stays unresolved, and the content checks report it with
/// the fix. Two references are equal when they name the same id.
#[derive(Debug)]
pub struct Ref<T: 'static> {
    id: Id,
    target: Option<&'static T>,
}

impl<T> Ref<T> {
    /// A reference with its target (what the generated content code writes).
    pub const fn to(id: &'static str, target: &'static T) -> Self {
        Self {
            id: Id::here(id),
            target: Some(target),
        }
    }

    /// A reference that names an id only (tests build these; the checks resolve by id).
    pub const fn named(id: &'static str) -> Self {
        Self {
            id: Id::here(id),
            target: None,
        }
    }

    /// The id it names.
    pub const fn id(&self) -> Id {
        self.id
    }

    /// The id it names, as text.
    pub const fn as_str(&self) -> &'static str {
        self.id.0
    }

    /// The record it points at. Always there in the app (the build refuses a dangling reference);
    /// `None` only in a bundle parsed from TOML that names an id that does not exist.
    pub const fn get(&self) -> Option<&'static T> {
        self.target
    }

    /// Points it at `target` (the pass that resolves a bundle read from TOML, `schema::refs`).
    #[cfg(feature = "checks")]
    pub(super) fn point_at(&mut self, target: Option<&'static T>) {
        self.target = target;
    }
}

impl<T> Clone for Ref<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Ref<T> {}

impl<T> Default for Ref<T> {
    fn default() -> Self {
        Self::named("")
    }
}

impl<T> PartialEq for Ref<T> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl<T> Eq for Ref<T> {}

impl<T> Deref for Ref<T> {
    type Target = str;
    fn deref(&self) -> &str {
        self.id.0
    }
}

impl<T> fmt::Display for Ref<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id.0)
    }
}

impl<T> PartialEq<str> for Ref<T> {
    fn eq(&self, other: &str) -> bool {
        self.id.0 == other
    }
}

impl<T> PartialEq<&str> for Ref<T> {
    fn eq(&self, other: &&str) -> bool {
        self.id.0 == *other
    }
}

impl<T> From<&'static str> for Ref<T> {
    fn from(id: &'static str) -> Self {
        Self::named(id)
    }
}

impl<T> From<String> for Ref<T> {
    fn from(id: String) -> Self {
        Self::named(Box::leak(id.into_boxed_str()))
    }
}

impl<'de, T> Deserialize<'de> for Ref<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Read as an id only: the loader points it at its target once every file is read
        // (`schema::resolve`).
        String::deserialize(deserializer).map(Self::from)
    }
}

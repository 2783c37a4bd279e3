//! The content schema: every clinical text and figure the app can show, one file per data file.
//!
//! These types are deserialized from the human-edited TOML files in `content/data/` (by the app's
//! `build.rs` and its native tests, through `checks::load`) and compiled into the app as a
//! `static` (`checks::bake`). They are plain Rust with no UI types.
//!
//! Each record is declared once, with [`record!`]: that declaration is the field list. The prose
//! walk behind every content lint and the baker both read records through the [`Reflect`]
//! impl it generates, which destructures every field; a field added to a struct is therefore
//! checked and compiled in with no other change, and its type (see [`text`]) says who reads it.
//!
//! Conventions for editors:
//! - Fields ending in `_patient` are shown in the patient view and must read at US grade 8 or
//!   below; fields ending in `_clinician` are shown in the clinician view.
//! - Prose may mark a glossary term as `{term-id}` or `{term-id|words shown}`.
//! - Every record that states a number lists the `figures` or `sources` that number comes from.

/// Declares a schema record: the struct as written, with the derives every record has (`Clone`,
/// `Debug`, `PartialEq`, and `Deserialize` with `deny_unknown_fields`, so a misspelled field is
/// an error), plus (with the `checks` feature) its [`Reflect`] and [`Resolve`] impls, which list
/// every field by destructuring the struct, so no field can be left out.
///
/// An optional first line names how the checks refer to a record that stands on its own:
/// `place = "figure", id;` gives "figure `e2108-os-3y`" (from the `id` field); `place =
/// "bundle.toml";` a fixed name. Records without it are named by where they sit in their parent.
/// A record that references can point at may add `cites_itself` (`place = "figure", id,
/// cites_itself;`): its own prose may then use its own numbers, as if it cited itself.
macro_rules! record {
    (
        $( place = $label:literal $(, $key:ident $(, $cites_itself:ident)?)? ; )?
        $(#[$attr:meta])*
        pub struct $name:ident {
            $( $(#[$fattr:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug, PartialEq, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $( $(#[$fattr])* pub $field: $ty, )*
        }

        #[cfg(feature = "checks")]
        impl $crate::schema::reflect::Reflect for $name {
            fn type_name() -> String {
                concat!("crate::content::schema::", stringify!($name)).into()
            }
            fn reflect(&self) -> $crate::schema::reflect::Value<'_> {
                use $crate::schema::reflect::{Reflect, Value};
                let $name { $($field),* } = self;
                Value::Record {
                    type_name: concat!("crate::content::schema::", stringify!($name)),
                    place: record!(@place $( $label $(, $key)? )?),
                    cites_itself: record!(@cites_itself $($( $key $(, $cites_itself)? )?)?),
                    fields: vec![ $( (stringify!($field), Reflect::reflect($field)) ),* ],
                }
            }
        }

        #[cfg(feature = "checks")]
        impl $crate::schema::refs::Resolve for $name {
            fn resolve(&mut self, targets: &$crate::schema::Targets) {
                let $name { $($field),* } = self;
                $( $crate::schema::refs::Resolve::resolve($field, targets); )*
            }
        }
    };
    (@place) => { None };
    (@place $label:literal) => { Some(String::from($label)) };
    (@place $label:literal, $key:ident) => { Some(format!("{} `{}`", $label, $key)) };
    (@cites_itself) => { None };
    (@cites_itself $key:ident) => { None };
    (@cites_itself $key:ident, cites_itself) => {
        Some((<Self as $crate::schema::refs::RefTarget>::KIND, $key.as_str()))
    };
}

/// Unit enums of the schema reflect as their Rust variant name (their `Debug`), and hold no
/// reference. An enum whose value changes how the checks read a record ([`Audience`]) reflects
/// by hand instead, carrying its value (see `schema::reflect`).
macro_rules! reflect_choices {
    ($($ty:ident),* $(,)?) => {$(
        #[cfg(feature = "checks")]
        impl $crate::schema::reflect::Reflect for $ty {
            fn type_name() -> String {
                concat!("crate::content::schema::", stringify!($ty)).into()
            }
            fn reflect(&self) -> $crate::schema::reflect::Value<'_> {
                $crate::schema::reflect::Value::Choice {
                    type_name: concat!("crate::content::schema::", stringify!($ty)),
                    variant: format!("{self:?}"),
                    audience: None,
                }
            }
        }

        #[cfg(feature = "checks")]
        impl $crate::schema::refs::Resolve for $ty {}
    )*};
}

/// Declares the kinds of record a reference can point at, from one table (at the end of this
/// file). Each row gives the record, the field of [`Bundle`] that holds every record of that
/// kind, and the name of a reference to it. It makes the reference type, and (with the `checks`
/// feature) `RefKind`, each kind's `RefTarget` impl, `Targets` and `resolve`: a new kind is one
/// row there plus its field in [`Bundle`] (and the prose walk, `checks::texts`, will not compile
/// until it says what citing a record of that kind means).
macro_rules! ref_kinds {
    ($( $(#[$doc:meta])* $ty:ident in $field:ident as $alias:ident ),* $(,)?) => {
        $(
            $(#[$doc])*
            pub type $alias = Ref<$ty>;
        )*

        /// The kind of record a reference points at.
        #[cfg(feature = "checks")]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum RefKind {
            $(
                #[doc = concat!("A reference to a [`", stringify!($ty), "`].")]
                $ty,
            )*
        }

        #[cfg(feature = "checks")]
        impl RefKind {
            /// Every kind, in the table's order.
            pub const ALL: [Self; [$(stringify!($ty)),*].len()] = [$(Self::$ty),*];

            /// The field of [`Bundle`] that holds every record of this kind (`figures`).
            pub fn field(self) -> &'static str {
                match self {
                    $(Self::$ty => stringify!($field),)*
                }
            }
        }

        $(
            #[cfg(feature = "checks")]
            impl refs::RefTarget for $ty {
                const KIND: RefKind = RefKind::$ty;

                fn find(targets: &Targets, id: &str) -> Option<&'static Self> {
                    targets.$field.0.iter().find(|record| record.id == id)
                }
            }
        )*

        /// The records references point at, by kind: a bundle's lists of them, while its
        /// references are resolved (`resolve`).
        #[cfg(feature = "checks")]
        #[derive(Clone, Copy, Debug)]
        pub struct Targets {
            $(
                #[doc = concat!("Every [`", stringify!($ty), "`].")]
                pub $field: List<$ty>,
            )*
        }

        #[cfg(feature = "checks")]
        impl Targets {
            /// A bundle's records, as they are now.
            pub fn of(bundle: &Bundle) -> Self {
                Self { $($field: bundle.$field),* }
            }

            /// The ids of the records of one kind, in their list's order.
            pub fn ids(&self, kind: RefKind) -> Vec<&'static str> {
                match kind {
                    $(RefKind::$ty => self.$field.iter().map(|record| record.id.as_str()).collect(),)*
                }
            }
        }

        /// Points every reference of a bundle read from TOML at its target, in one pass after
        /// every file is read, so the files can be read in any order.
        ///
        /// The kinds are resolved in the table's order, each against the kinds before it already
        /// resolved, and then everything else against them all; so a reference reaches a record
        /// whose own references are resolved (a reference between two records of one kind, a
        /// figure's hazard ratio, reaches the record as read, whose references name ids only). A
        /// reference to an id that does not exist stays unresolved: the content checks report it
        /// with the fix.
        #[cfg(feature = "checks")]
        pub fn resolve(bundle: &mut Bundle) {
            use refs::Resolve;
            let mut targets = Targets::of(bundle);
            $(
                bundle.$field.resolve(&targets);
                targets.$field = bundle.$field;
            )*
            bundle.resolve(&targets);
            // The lists the references point at are the bundle's own.
            $( bundle.$field = targets.$field; )*
        }
    };
}

pub mod development;
pub mod edition;
pub mod exercises;
pub mod figure;
pub mod form;
pub mod measures;
pub mod option;
#[cfg(feature = "checks")]
pub mod reflect;
#[cfg(feature = "checks")]
pub mod refs;
pub mod screen;
pub mod source;
pub mod step;
pub mod study;
pub mod tailoring;
pub mod template;
pub mod text;
pub mod walkthrough;

pub use development::*;
pub use edition::*;
pub use exercises::*;
pub use figure::*;
pub use form::*;
pub use measures::*;
pub use option::*;
#[cfg(feature = "checks")]
pub use reflect::{Reflect, Value};
pub use screen::*;
pub use source::*;
pub use step::*;
pub use study::*;
pub use tailoring::*;
pub use template::*;
pub use text::*;
pub use walkthrough::*;

record! {
    /// The whole evidence bundle, as assembled from all data files.
    #[derive(Default)]
    pub struct Bundle {
        /// Version, dates, authorship and policies (`bundle.toml`).
        pub meta: Meta,
        /// Citations (`sources.toml`).
        pub sources: List<Source>,
        /// Every figure record (`figures/*.toml`).
        pub figures: List<Figure>,
        /// Randomised trials, meta-analyses and the observational evidence (`studies.toml`).
        pub studies: List<Study>,
        /// Why observational studies and randomised trials disagree (`studies.toml`, `[bias]`).
        pub bias: SelectionBias,
        /// The treatment options (`options.toml`).
        pub options: List<TreatmentOption>,
        /// Option Grid rows (`compare.toml`).
        pub compare: List<CompareRow>,
        /// Sections of the outcome steps (`panels.toml`).
        pub panels: List<Panel>,
        /// Words for each step of the walk-through (`steps.toml`).
        pub steps: List<StepText>,
        /// Where the 2015 seed review differs from the published results (`seed_changes.toml`).
        pub seed_changes: List<SeedChange>,
        /// What the 2015 review concluded, by situation (`guidance.toml`).
        pub guidance: List<GuidanceCard>,
        /// Evidence shown for particular situations, such as bone-only spread (`situation.toml`).
        pub situation_evidence: List<SituationEvidence>,
        /// The optional situation form's questions and answers (`situation.toml`, `[form]`).
        pub situation_form: SituationForm,
        /// Plain definitions (`glossary.toml`).
        pub glossary: List<GlossaryTerm>,
        /// Knowledge-check items (`knowledge.toml`).
        pub knowledge: List<KnowledgeItem>,
        /// Values-clarification items and the leaning scale (`values.toml`).
        pub values: Values,
        /// The SURE test, verbatim (`sure.toml`).
        pub sure: Sure,
        /// The question prompt list (`questions.toml`).
        pub questions: List<PromptQuestion>,
        /// What guidelines say, where their words were read (`guidelines.toml`).
        pub guidelines: List<Guideline>,
        /// What changed in this evidence version (`changes.toml`).
        pub changes: ChangeLog,
        /// How the aid was developed and tested: reviews and field tests (`development.toml`).
        pub development: List<DevelopmentRecord>,
        /// The validated measures the field test may offer, word for word (`measures.toml`).
        pub measures: List<Measure>,
        /// The screens' own words: buttons, headings, notices, the frame (`ui.toml`).
        pub ui: Screens,
    }
}

record! {
    place = "bundle.toml";
    /// Bundle identity, dates and the statements IPDAS asks for (`bundle.toml`).
    #[derive(Default)]
    pub struct Meta {
        /// Schema version of the data files; bump when the schema changes.
        pub format_version: u32,
        /// Evidence bundle version shown on every screen, e.g. `2026.1`.
        pub version: Name,
        /// ISO date (YYYY-MM-DD) the evidence was last reviewed.
        pub reviewed_on: Name,
        /// ISO date of the next scheduled review; after it the app warns that evidence may be out
        /// of date.
        pub next_review: Name,
        /// App title.
        pub title: Name,
        /// The decision in one plain sentence.
        pub decision_patient: PatientText,
        /// The decision as the clinician would state it.
        pub decision_clinician: ClinicianText,
        /// Who the numbers are about, in plain words.
        pub audience_patient: PatientText,
        /// Figures shown with "who the numbers are about" on the start page (how many women
        /// present with stage IV).
        pub background_figures: List<FigureRef>,
        /// What this aid is for.
        pub purpose_patient: PatientText,
        /// How the evidence was found and chosen, for clinicians.
        pub method: ClinicianText,
        /// How the evidence was found and chosen, in plain words (the About screen, patient view).
        pub method_patient: PatientText,
        /// When and how the content is updated, for clinicians.
        pub update_policy: ClinicianText,
        /// When and how the content is updated, in plain words.
        pub update_policy_patient: PatientText,
        /// Who wrote the content and their role (shown in both views: plain words).
        pub authors: PatientText,
        /// Funding and conflicts of interest (shown in both views: plain words).
        pub funding: PatientText,
        /// Known limits of the evidence and of the aid, for clinicians.
        pub limitations: List<ClinicianText>,
        /// Known limits, in plain words (the About screen, patient view).
        pub limitations_patient: List<PatientText>,
        /// Privacy statement (shown in both views: plain words).
        pub privacy: PatientLabel,
        /// What opening the aid over the web tells its host (the device's address), and that
        /// nothing entered is sent (the privacy screen and About, for a copy served over the web).
        pub hosting_web: PatientLabel,
        /// The same for a copy opened as a file from disk, which fetches nothing at all.
        pub hosting_file: PatientLabel,
        /// The "not medical advice" line for screens and the printout (both views: plain words).
        pub not_advice: PatientLabel,
        /// What "nothing leaves this device" means, in one line for the footer.
        pub device_line: PatientLabel,
        /// Which browsers run the aid, and what it says where one cannot.
        pub support: Support,
    }
}

record! {
    /// Which browsers run the aid (About, the README) and the notice shown where one cannot (the
    /// build pre-renders it into the page; `web/guard.js` shows it before any wasm is asked for,
    /// or when loading fails). What About shows is kept in the binary, like every patient page's
    /// words; what only the notice shows is [`PatientAside`]. `tests/tooling.rs` ties the
    /// README's list, these browsers and the features the guard checks together.
    #[derive(Default)]
    pub struct Support {
        /// The heading of About's section on browsers and devices.
        pub heading: PatientLabel,
        /// The browsers, each with the oldest version that runs the aid.
        pub browsers: List<SupportedBrowser>,
        /// Why older browsers cannot run it, in plain words (About).
        pub why_patient: PatientLabel,
        /// The devices that cannot get a new enough browser (About and the notice).
        pub ruled_out_patient: PatientLabel,
        /// The feature names `web/guard.js` checks before it asks for the wasm, as it spells them.
        pub guard_checks: List<Id>,
        /// The notice's heading.
        pub notice_heading: PatientAside,
        /// The notice where the browser lacks what the aid needs (found before loading).
        pub too_old_patient: PatientAside,
        /// The notice where loading or starting failed (the files did not arrive, or would not run).
        pub failed_patient: PatientAside,
        /// Leads the list of browsers that work.
        pub works_in_patient: PatientLabel,
        /// That the care team can print the summary on another device.
        pub care_team_patient: PatientAside,
        /// Leads the technical names of what was missing, for whoever looks after the device.
        pub details_label: PatientAside,
    }
}

record! {
    /// A browser that runs the aid, from its `minimum` version on.
    #[derive(Default)]
    pub struct SupportedBrowser {
        /// The browser, as its maker names it ("Safari").
        pub name: Name,
        /// The oldest version that runs the aid.
        pub minimum: u32,
        /// One line for a reader: the browser, its version and the devices it runs on; names
        /// `minimum` as a word.
        pub line_patient: PatientLabel,
    }
}

// The kinds of record a reference can point at. A kind's records may refer to the kinds above it
// and to their own kind: references are resolved in this order (see `resolve`).
ref_kinds! {
    /// A reference to a source.
    Source in sources as SourceRef,
    /// A reference to a figure record.
    Figure in figures as FigureRef,
}

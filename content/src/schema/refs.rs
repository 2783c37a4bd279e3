//! Resolving the references of a bundle read from TOML, in a pass after loading (with the
//! `checks` feature; the app's bundle is baked with every reference already pointing at its
//! target).
//!
//! [`Resolve`] walks every field of every record, like the reflection: `record!` gives each record
//! its impl, which destructures all of its fields, so a reference added to any record is resolved
//! with no other change. The kinds of record a reference can point at are one table in
//! `schema.rs` (`ref_kinds!`), which makes [`RefTarget`], `Targets` and `resolve`.

use super::text::{List, Ref};
use super::{RefKind, Targets};
use crate::Decimal;

/// Records that references can point at: their kind, and where a bundle's references find them.
pub trait RefTarget: Sized + 'static {
    /// Which kind.
    const KIND: RefKind;

    /// The record of this kind with this id, among `targets`.
    fn find(targets: &Targets, id: &str) -> Option<&'static Self>;
}

/// A schema value whose references can be pointed at their targets.
pub trait Resolve {
    /// Points every reference in it at its target among `targets` (one that names no record stays
    /// unresolved). Values that hold no reference keep this default, which does nothing.
    fn resolve(&mut self, targets: &Targets) {
        let _ = targets;
    }
}

impl Resolve for u8 {}
impl Resolve for u16 {}
impl Resolve for u32 {}
impl Resolve for bool {}
impl Resolve for Decimal {}

impl<T: Resolve> Resolve for Option<T> {
    fn resolve(&mut self, targets: &Targets) {
        if let Some(value) = self {
            value.resolve(targets);
        }
    }
}

impl<T: Resolve + Clone> Resolve for List<T> {
    fn resolve(&mut self, targets: &Targets) {
        // The items are shared (`'static`), so the resolved ones are a new list: a bundle read
        // from TOML lives as long as the process that read it (the build script, a test).
        *self = self.edited(|items| {
            for item in items {
                item.resolve(targets);
            }
        });
    }
}

impl<T: RefTarget> Resolve for Ref<T> {
    fn resolve(&mut self, targets: &Targets) {
        self.point_at(T::find(targets, self.as_str()));
    }
}

#[cfg(test)]
mod tests {
    use crate::schema::{Bundle, Derivation, Figure, List, Panel, Source, resolve};

    /// A panel citing a figure that cites a source and rests on another figure, and references to
    /// ids that name no record, built as the parser leaves them: ids only.
    fn unresolved() -> Bundle {
        Bundle {
            sources: List::from(vec![Source {
                id: "s".into(),
                ..Source::default()
            }]),
            figures: List::from(vec![
                Figure {
                    id: "absolute".into(),
                    sources: List::from(vec!["s".into(), "no-such-source".into()]),
                    derivation: Some(Derivation {
                        ratio: "ratio".into(),
                        patient: "Worked out.".into(),
                        clinician: "Worked out.".into(),
                    }),
                    ..Figure::default()
                },
                Figure {
                    id: "ratio".into(),
                    ..Figure::default()
                },
            ]),
            panels: List::from(vec![Panel {
                id: "p".into(),
                figures: List::from(vec!["absolute".into(), "no-such-figure".into()]),
                ..Panel::default()
            }]),
            ..Bundle::default()
        }
    }

    #[test]
    fn every_reference_points_into_the_bundles_own_lists() {
        let mut bundle = unresolved();
        assert!(bundle.panels[0].figures[0].get().is_none());
        resolve(&mut bundle);
        let panel = &bundle.panels[0];
        let figure = panel.figures[0]
            .get()
            .expect("the panel's figure is resolved");
        assert!(std::ptr::eq(figure, &bundle.figures[0]));
        // The figure the panel reaches has its own references resolved.
        let source = figure.sources[0]
            .get()
            .expect("the figure's source is resolved");
        assert!(std::ptr::eq(source, &bundle.sources[0]));
        assert!(std::ptr::eq(
            bundle.figures[0].sources[0].get().expect("resolved"),
            &bundle.sources[0]
        ));
        // A reference between two figures reaches the figure it names.
        let ratio = figure.derivation.and_then(|d| d.ratio.get());
        assert_eq!(ratio.map(|r| r.id.as_str()), Some("ratio"));
    }

    #[test]
    fn a_reference_to_a_missing_record_stays_unresolved_and_keeps_its_id() {
        let mut bundle = unresolved();
        resolve(&mut bundle);
        assert!(bundle.panels[0].figures[1].get().is_none());
        assert_eq!(bundle.panels[0].figures[1].as_str(), "no-such-figure");
        assert!(bundle.figures[0].sources[1].get().is_none());
        assert_eq!(bundle.figures[0].sources[1].as_str(), "no-such-source");
    }

    #[test]
    fn resolving_changes_no_value() {
        let before = unresolved();
        let mut after = unresolved();
        resolve(&mut after);
        // References are equal when they name the same id, so only the pointers changed.
        assert!(before == after);
    }
}

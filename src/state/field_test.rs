//! The field test behind a provider: whether the mode is on (its study code), how many records
//! the device holds and what staff should know about them; and the effect that keeps a
//! consultation's record up to date on the device whenever the consultation changes, so that End
//! session and the idle timeout, which clear the consultation, leave its record whole.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::field_test::{Record, RecordStore, StudyCode};
use crate::domain::session::Session;
use crate::platform::field_test::{self, RecordsNotice};

use super::session::use_session;

/// How the device's records stand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordsStatus {
    /// How many records the device holds.
    pub count: usize,
    /// Whether that is near [`RecordStore::CAP`].
    pub nearly_full: bool,
    /// Something staff should know.
    pub notice: Option<RecordsNotice>,
}

impl RecordsStatus {
    fn of(store: &RecordStore, notice: Option<RecordsNotice>) -> Self {
        Self {
            count: store.records().len(),
            nearly_full: store.nearly_full(),
            notice,
        }
    }
}

/// What the provider shares.
#[derive(Clone, PartialEq)]
struct FieldTestContext {
    study: UseStateHandle<Option<StudyCode>>,
    records: UseStateHandle<RecordsStatus>,
}

/// Props of [`FieldTestProvider`].
#[derive(Properties, PartialEq)]
pub struct FieldTestProviderProps {
    /// The app.
    pub children: Html,
}

/// Reads whether the mode is on and how the records stand, once; keeps the consultation's record
/// whenever the consultation changes (only one that agreed has a record).
#[component]
pub fn FieldTestProvider(props: &FieldTestProviderProps) -> Html {
    let study = use_state(field_test::load_study);
    let records = use_state(|| {
        let (store, notice) = field_test::load_records();
        RecordsStatus::of(&store, notice)
    });
    let session = use_session();
    {
        let records = records.clone();
        use_effect_with((session, (*study).clone()), move |(session, study)| {
            keep(study.as_ref(), session.get(), &records)
        });
    }
    let context = FieldTestContext { study, records };
    html! {
        <ContextProvider<FieldTestContext> {context}>
            { props.children.clone() }
        </ContextProvider<FieldTestContext>>
    }
}

/// Keeps the consultation's record, if it has one and the mode is still on for its study (staff
/// who switch the mode off stop the recording), and updates the status.
fn keep(study: Option<&StudyCode>, session: &Session, records: &UseStateHandle<RecordsStatus>) {
    let Some(taking_part) = session.field_test.participation() else {
        return;
    };
    if study != Some(&taking_part.study) {
        return;
    }
    let next = match field_test::keep_record(Record::new(session, taking_part)) {
        // A notice about an earlier store (set aside) stays until staff act on it.
        Ok(store) => RecordsStatus::of(
            &store,
            records
                .notice
                .filter(|notice| *notice == RecordsNotice::SetAside),
        ),
        Err(problem) => RecordsStatus {
            notice: Some(problem),
            ..**records
        },
    };
    if next != **records {
        records.set(next);
    }
}

/// A handle on the field test.
#[derive(Clone, PartialEq)]
pub struct FieldTestHandle {
    context: Rc<FieldTestContext>,
}

impl FieldTestHandle {
    /// The study, while the mode is on.
    pub fn study(&self) -> Option<&StudyCode> {
        self.context.study.as_ref()
    }

    /// How the device's records stand.
    pub fn records(&self) -> RecordsStatus {
        *self.context.records
    }

    /// Switches the mode on for `study`; on a refusal the mode stays off.
    pub fn switch_on(&self, study: StudyCode) -> Result<(), RecordsNotice> {
        field_test::save_study(Some(&study))?;
        self.context.study.set(Some(study));
        Ok(())
    }

    /// Switches the mode off; the records stay.
    pub fn switch_off(&self) -> Result<(), RecordsNotice> {
        field_test::save_study(None)?;
        self.context.study.set(None);
        Ok(())
    }

    /// Deletes every record on the device.
    pub fn delete_records(&self) -> Result<(), RecordsNotice> {
        field_test::delete_records()?;
        self.context.records.set(RecordsStatus::default());
        Ok(())
    }

    /// Keeps the record of `session` now (End session, before the consultation is cleared).
    pub fn keep_now(&self, session: &Session) {
        keep(self.study(), session, &self.context.records);
    }
}

/// The field test. Must be used inside `FieldTestProvider`.
#[hook]
pub fn use_field_test() -> FieldTestHandle {
    let context = use_context::<FieldTestContext>()
        .expect("use_field_test() must be called inside <FieldTestProvider> (see app/mod.rs)");
    FieldTestHandle {
        context: Rc::new(context),
    }
}

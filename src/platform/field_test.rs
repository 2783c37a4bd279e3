//! The field test on this device: its study code and its records in `localStorage`, apart from the
//! session (End session and the idle timeout clear the consultation, not the records) and from the
//! clinic settings; a random participant number; and the export, saved as a file by hand.
//!
//! Nothing here sends anything anywhere: an export is a file made in the page (a `Blob`) that the
//! browser saves where the person chooses, and the Content-Security-Policy is the same as without
//! the mode (there is no endpoint to send to).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlElement, Storage, Url};

use crate::domain::field_test::{NotKept, Record, RecordStore, StudyCode};
use crate::domain::persist;

/// Key of the study code in `localStorage`: present only while the mode is on.
pub const STUDY_KEY: &str = "lta.field-test";
/// Key of the records in `localStorage`.
pub const RECORDS_KEY: &str = "lta.field-test.records";
/// Where a records store that cannot be read is set aside (never read in part, never deleted
/// without a person's say-so: the privacy screen lists it).
pub const SET_ASIDE_KEY: &str = "lta.field-test.records.unreadable";

/// Something staff should know about the field test's storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordsNotice {
    /// Storage is off or refused: the consultation goes on, but its record is not kept.
    Refused,
    /// Storage is full: the record is not kept.
    StorageFull,
    /// The store holds as many records as it may: export and delete them.
    CapReached,
    /// The stored records could not be read: they were set aside, and a new store started.
    SetAside,
}

fn local_storage() -> Option<Storage> {
    super::window()?.local_storage().ok().flatten()
}

/// The study code, if the mode is on on this device.
pub fn load_study() -> Option<StudyCode> {
    let text = local_storage()?.get_item(STUDY_KEY).ok()??;
    persist::decode_field_test(&text).ok()
}

/// Whether this device has the mode switched on (a study code is stored), whatever its state:
/// the public edition, which has no mode, says so on every screen.
pub fn mode_is_on() -> bool {
    local_storage().is_some_and(|storage| storage.get_item(STUDY_KEY).ok().flatten().is_some())
}

/// Switches the mode on for `study`, or off (`None`: the records stay).
pub fn save_study(study: Option<&StudyCode>) -> Result<(), RecordsNotice> {
    let storage = local_storage().ok_or(RecordsNotice::Refused)?;
    match study {
        Some(study) => storage
            .set_item(STUDY_KEY, &persist::encode_field_test(study))
            .map_err(|_| RecordsNotice::StorageFull),
        None => storage
            .remove_item(STUDY_KEY)
            .map_err(|_| RecordsNotice::Refused),
    }
}

/// The records on this device. A store that cannot be read is set aside under
/// [`SET_ASIDE_KEY`] (with the notice), not read in part.
pub fn load_records() -> (RecordStore, Option<RecordsNotice>) {
    let Some(storage) = local_storage() else {
        return (RecordStore::default(), None);
    };
    match storage.get_item(RECORDS_KEY) {
        Ok(Some(text)) => match persist::decode_records(&text) {
            Ok(store) => (store, None),
            Err(_) => {
                let kept = storage.set_item(SET_ASIDE_KEY, &text).is_ok();
                if kept {
                    let _ = storage.remove_item(RECORDS_KEY);
                }
                (RecordStore::default(), Some(RecordsNotice::SetAside))
            }
        },
        Ok(None) | Err(_) => (RecordStore::default(), None),
    }
}

/// Keeps a consultation's record (replacing its earlier state); returns the store as it is now.
pub fn keep_record(record: Record) -> Result<RecordStore, RecordsNotice> {
    let storage = local_storage().ok_or(RecordsNotice::Refused)?;
    let (mut store, _) = load_records();
    store
        .keep(record)
        .map_err(|NotKept::Full| RecordsNotice::CapReached)?;
    storage
        .set_item(RECORDS_KEY, &persist::encode_records(&store))
        .map_err(|_| RecordsNotice::StorageFull)?;
    Ok(store)
}

/// Deletes every record on this device (and a store set aside).
pub fn delete_records() -> Result<(), RecordsNotice> {
    let storage = local_storage().ok_or(RecordsNotice::Refused)?;
    for key in [RECORDS_KEY, SET_ASIDE_KEY] {
        storage
            .remove_item(key)
            .map_err(|_| RecordsNotice::Refused)?;
    }
    Ok(())
}

/// 64 random bits for a participant number (unique enough among a study's consultations; not a
/// secret, so the page's own generator will do).
pub fn random_bits() -> u64 {
    if super::window().is_none() {
        return 0;
    }
    let half = || (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    half() << 32 | half()
}

/// Saves `text` as a file called `name` through the browser's own download, or `Err` where the
/// browser will not make one (the settings screen then offers the printable table).
pub fn save_file(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let document = super::window()
        .and_then(|window| window.document())
        .ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let address = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlElement = document.create_element("a")?.dyn_into()?;
    link.set_attribute("href", &address)?;
    link.set_attribute("download", name)?;
    link.set_hidden(true);
    let body = document.body().ok_or(JsValue::NULL)?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // Some browsers read the file only after the click has been handled: the address goes a
    // minute later, with the page's memory of the file.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&address);
    })
    .forget();
    Ok(())
}

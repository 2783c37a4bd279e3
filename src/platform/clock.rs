//! The device clock: the date on the printout and the evidence-freshness warning, and the time for
//! the idle timeout and the stored session's age. The browser's clock is used as it is (tests set
//! it), so all of it works offline.

/// Today's date on this device as YYYY-MM-DD (local time), or an empty string outside a browser.
pub fn today() -> String {
    if super::window().is_none() {
        return String::new();
    }
    let date = js_sys::Date::new_0();
    let (year, month, day) = (date.get_full_year(), date.get_month() + 1, date.get_date());
    format!("{year:04}-{month:02}-{day:02}")
}

/// Milliseconds since 1970 by the device clock, or 0 outside a browser.
pub fn now_ms() -> f64 {
    if super::window().is_some() {
        js_sys::Date::now()
    } else {
        0.0
    }
}

//! Small shared view helpers: choice groups, view-dependent text, lists of figures and sources.
//! Plain functions, not components: they hold no state, and every component type costs wasm size.

use yew::prelude::*;

use crate::components::citation::citations;
use crate::components::figure_view::figure_view;
use crate::content::words;
use crate::content::{ClinicianText, FigureRef, PatientText, SourceRef};
use crate::domain::session::{Format, View};

/// The patient or the clinician wording.
pub fn pick(view: View, patient: PatientText, clinician: ClinicianText) -> &'static str {
    match view {
        View::Patient => patient.as_str(),
        View::Clinician => clinician.as_str(),
    }
}

/// The patient wording, or in the clinician view the clinician wording where there is one.
pub fn pick_or_patient(
    view: View,
    patient: PatientText,
    clinician: Option<ClinicianText>,
) -> &'static str {
    match (view, clinician) {
        (View::Clinician, Some(clinician)) => clinician.as_str(),
        _ => patient.as_str(),
    }
}

/// One choice in a [`choice_group`].
pub struct Choice<T> {
    /// Visible label (words from the content, or a filled template).
    pub label: AttrValue,
    /// The value it stands for.
    pub value: T,
}

/// A group of radio buttons inside a fieldset with a legend. `name` is the radio group's name
/// (unique on its page). `current` is the chosen value.
pub fn choice_group<T: Copy + PartialEq + 'static>(
    name: &str,
    legend: Html,
    choices: impl IntoIterator<Item = Choice<T>>,
    current: Option<T>,
    on_pick: &Callback<T>,
) -> Html {
    // The group is also named by reference to its legend: a name from a legend inside a closed
    // disclosure (the start screen's SURE questions) is not seen by every checker, one by
    // reference is.
    let legend_id = format!("{name}-legend");
    html! {
        <fieldset class="choices" aria-labelledby={legend_id.clone()}>
            <legend class="choices__legend" id={legend_id}>{ legend }</legend>
            <div class="choices__options">
                { for choices.into_iter().map(|choice| {
                    let value = choice.value;
                    let on_pick = on_pick.clone();
                    let onchange = Callback::from(move |_: Event| on_pick.emit(value));
                    html! {
                        <label class="choices__option">
                            <input type="radio" name={name.to_owned()} checked={current == Some(value)} {onchange} />
                            <span>{ choice.label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// Figure records, each in the chosen view and format.
pub fn figures(refs: &[FigureRef], view: View, format: Format) -> Html {
    refs.iter()
        .filter_map(FigureRef::get)
        .map(|f| figure_view(f, view, format))
        .collect()
}

/// "Sources:" and the citations, for the clinician view only.
pub fn sources_for(view: View, refs: &[SourceRef]) -> Html {
    if view != View::Clinician || refs.is_empty() {
        return Html::default();
    }
    html! {
        <div class="sources-for">
            <p class="sources-for__label">{ words().common.sources.as_str() }</p>
            { citations(refs) }
        </div>
    }
}

/// What opening this copy tells anyone: over the web, the host learns the device's address;
/// a file opened from disk fetches nothing.
pub fn hosting_line() -> &'static str {
    let meta = &crate::content::bundle().meta;
    if crate::platform::address::opened_from_disk() {
        meta.hosting_file.as_str()
    } else {
        meta.hosting_web.as_str()
    }
}

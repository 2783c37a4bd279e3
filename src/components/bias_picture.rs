//! The selection-bias picture on the studies step: in older studies the women who had an
//! operation were mostly those doing well to begin with; in a fair trial chance gives both groups
//! the same mix. It explains an idea and shows no data (its caption says so).

use crate::content::words;
use yew::prelude::*;

/// One group of women in the picture: its heading, how many of its people were doing well to
/// begin with, and what that shows, in words.
struct PictureGroup {
    heading: &'static str,
    well: usize,
    says: &'static str,
}

/// People per group in the picture. The picture explains an idea and shows no data (its caption
/// says so): the counts only make "most" and "a mix" visible.
const PEOPLE_PER_GROUP: usize = 8;

/// The selection-bias picture: in older studies the women who had an operation were mostly those
/// doing well to begin with; in a fair trial chance gives both groups the same mix. Doing well is
/// a filled person and less well an outlined one (fill, not colour), each group is an image named
/// by the sentence printed under it, and the key says what the shapes mean.
pub fn bias_picture() -> Html {
    let panels: [(&'static str, &'static str, [PictureGroup; 2]); 2] = [
        (
            words().bias_picture.older_studies.as_str(),
            words().bias_picture.doctors_women_chose.as_str(),
            [
                PictureGroup {
                    heading: words().bias_picture.had_operation.as_str(),
                    well: 6,
                    says: words().bias_picture.most_were_doing_well.as_str(),
                },
                PictureGroup {
                    heading: words().bias_picture.no_operation.as_str(),
                    well: 2,
                    says: words().bias_picture.most_were_less_well.as_str(),
                },
            ],
        ),
        (
            words().bias_picture.fair_trials.as_str(),
            words().bias_picture.chance_chose.as_str(),
            [
                PictureGroup {
                    heading: words().bias_picture.had_operation.as_str(),
                    well: 4,
                    says: words().bias_picture.a_mix.as_str(),
                },
                PictureGroup {
                    heading: words().bias_picture.no_operation.as_str(),
                    well: 4,
                    says: words().bias_picture.a_mix.as_str(),
                },
            ],
        ),
    ];
    let panels: Html = panels
        .iter()
        .map(|(name, how, groups)| {
            let groups: Html = groups
                .iter()
                .map(|group| {
                    // "Older studies, had an operation: most were doing well to begin with."
                    let label = format!(
                        "{name}, {}: {}",
                        group.heading.to_ascii_lowercase(),
                        group.says.to_ascii_lowercase()
                    );
                    html! {
                        <div class="bias-picture__group">
                            <p class="bias-picture__heading">{ group.heading }</p>
                            { people(group.well, label) }
                            <p class="bias-picture__says">{ group.says }</p>
                        </div>
                    }
                })
                .collect();
            html! {
                <div>
                    <h3 class="bias-picture__title">{ format!("{name}: {how}") }</h3>
                    <div class="bias-picture__groups">{ groups }</div>
                </div>
            }
        })
        .collect();
    html! {
        <figure class="bias-picture">
            <div class="bias-picture__panels">{ panels }</div>
            <figcaption class="bias-picture__key">
                <ul class="icon-legend">
                    <li>{ swatch("bias-picture__person bias-picture__person--well") }{ words().bias_picture.doing_well_begin.as_str() }</li>
                    <li>{ swatch("bias-picture__person") }{ words().bias_picture.less_well_begin.as_str() }</li>
                </ul>
                <p class="bias-picture__note">{ words().bias_picture.not_real_numbers.as_str() }</p>
            </figcaption>
        </figure>
    }
}

/// People per row of a group: two rows of four are large enough to see on a phone.
const PEOPLE_PER_ROW: usize = 4;

/// A group of people, the first `well` of them filled, as one labelled image.
fn people(well: usize, label: String) -> Html {
    // Cells of 12 × 14 units, as the legend swatches; one path per kind of person.
    let mut filled = String::new();
    let mut outlined = String::new();
    for index in 0..PEOPLE_PER_GROUP {
        let x = (index % PEOPLE_PER_ROW) * 12;
        let y = (index / PEOPLE_PER_ROW) * 14;
        let person = format!(
            "M{}.3 {}.8a2.3 2.3 0 1 0-4.6 0a2.3 2.3 0 1 0 4.6 0zM{} {}.5c0-5.3 8-5.3 8 0z",
            x + 8,
            y + 3,
            x + 2,
            y + 12
        );
        if index < well {
            filled.push_str(&person);
        } else {
            outlined.push_str(&person);
        }
    }
    let view_box = format!(
        "0 0 {} {}",
        PEOPLE_PER_ROW * 12,
        PEOPLE_PER_GROUP.div_ceil(PEOPLE_PER_ROW) * 14
    );
    html! {
        <svg class="bias-picture__people" role="img" aria-label={label} viewBox={view_box}
            xmlns="http://www.w3.org/2000/svg" focusable="false">
            <path class="bias-picture__person" d={outlined} />
            <path class="bias-picture__person bias-picture__person--well" d={filled} />
        </svg>
    }
}

/// A key swatch drawn with the picture's shapes.
fn swatch(class: &'static str) -> Html {
    html! {
        <svg class="icon-legend__swatch" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
            <path class={class} d="M8.3 3.8a2.3 2.3 0 1 0-4.6 0a2.3 2.3 0 1 0 4.6 0zM2 12.5c0-5.3 8-5.3 8 0z" />
        </svg>
    }
}

//! Which language edition this build is, and what it says about its own translation.
//!
//! Not a data file of its own: `build.rs` writes it from the language file the build lays over
//! the English (`data/languages/<code>.toml`, see `checks::language`), or, for the English
//! edition, from the language files beside it (its links to them). Its words are in its own
//! language.

/// This build's language edition.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Edition {
    /// Its BCP 47 language code (`en`, `es`), for `lang=` and the choice of voice.
    pub code: &'static str,
    /// Its language's name in that language ("Español"); empty for the English source.
    pub name: &'static str,
    /// What the footer and the prints say of the translation: its level and the evidence version
    /// it was reviewed against. Empty for the English source.
    pub status: &'static str,
    /// How many texts are shown in English because their translation is missing or stale.
    pub awaiting: u32,
    /// What the footer adds when some are ("12 textos se muestran en inglés: …").
    pub awaiting_line: &'static str,
    /// That the clinician view is in English for now, in this language (empty for English).
    pub clinician_in_english: &'static str,
    /// Why the SURE questions are in English (empty where they are in this language).
    pub sure_in_english: &'static str,
    /// About's heading for the reviews of the translation.
    pub reviews_heading: &'static str,
    /// The reviews of the translation, for About.
    pub reviews: &'static [EditionReview],
    /// The other editions, for the language link on Start and About.
    pub links: &'static [EditionLink],
    /// The page's words before the app starts: its title, description, "Loading…", the
    /// device line and the note for a browser with scripts off (empty for English: index.html
    /// holds them).
    pub page: PageWords,
}

/// A review of the translation, as About lists it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EditionReview {
    /// The level reached, in the edition's language.
    pub level: &'static str,
    /// Who, by role.
    pub role: &'static str,
    /// When (YYYY-MM-DD).
    pub date: &'static str,
    /// The evidence version its words were written for.
    pub evidence_version: &'static str,
    /// What was done.
    pub summary: &'static str,
}

/// Another edition of the aid, as the language link names it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EditionLink {
    /// Its language code (`hreflang`, `lang`).
    pub code: &'static str,
    /// Its language's name in itself ("Español", "English").
    pub name: &'static str,
    /// Its address relative to this edition's page (`es/`, `../`).
    pub href: &'static str,
    /// The single-file edition's file name, beside this one (`local-therapy-aid-es.html`).
    pub single_file: &'static str,
}

/// The words the page shows before the app starts, in the edition's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PageWords {
    /// `<title>` and the loading screen's heading.
    pub title: &'static str,
    /// `<meta name="description">`, and the installed app's description.
    pub description: &'static str,
    /// The installed app's short name, under its icon.
    pub short_name: &'static str,
    /// The loading screen's status line, and what a text reads as until the texts file is in.
    pub loading: &'static str,
    /// What a text reads as when the texts file could not load.
    pub not_loaded: &'static str,
    /// The loading screen's privacy line.
    pub device_line: &'static str,
    /// The note for a browser with scripts switched off.
    pub noscript: &'static str,
}

//! Which of the browser's voices reads the page aloud: one on this device (never a cloud voice,
//! which would send the words to a server), in the page's language.
//!
//! The language decides, not the browser's `default` flag, because browsers disagree on what it
//! means: Safari marks every voice as the default, so "the default voice" is any language at
//! random; Chrome on Android lists voices of languages that are not installed, and its default
//! may be one of them, which then reads English words with another language's voice or falls back
//! silently. `default` only breaks a tie between voices of the right language, and only where
//! the browser marks some voices and not others.

/// A voice as the browser lists it (`SpeechSynthesisVoice`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListedVoice<'a> {
    /// Its BCP 47 language tag as the browser writes it ("en-GB"; Android writes "en_GB").
    pub lang: &'a str,
    /// Whether it speaks on this device (`localService`).
    pub on_device: bool,
    /// Whether the browser calls it the default.
    pub default: bool,
}

/// The voice to read with, or why there is none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceChoice {
    /// The voice at this index of the list.
    Use(usize),
    /// No voice speaks on this device (only cloud voices, or none at all).
    NoneOnDevice,
    /// Voices on this device, but none in the page's language.
    NoneInLanguage,
}

/// A language tag's parts, lower-cased, with Android's `_` read as `-`: ("en", "gb").
fn parts(tag: &str) -> (String, String) {
    let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
    let mut split = tag.split('-');
    let language = split.next().unwrap_or_default().to_owned();
    let region = split.next().unwrap_or_default().to_owned();
    (language, region)
}

/// Chooses the voice that reads a page whose language is `page_lang` (the `lang` of the page,
/// "en" or "en-GB"): an on-device voice of that language; among several, one of the page's
/// region first, then the browser's default (where it marks some voices and not all), then the
/// first listed.
pub fn choose_voice(voices: &[ListedVoice<'_>], page_lang: &str) -> VoiceChoice {
    let (language, region) = parts(page_lang);
    let on_device: Vec<(usize, &ListedVoice<'_>)> = voices
        .iter()
        .enumerate()
        .filter(|(_, v)| v.on_device)
        .collect();
    if on_device.is_empty() {
        return VoiceChoice::NoneOnDevice;
    }
    let matching: Vec<(usize, &ListedVoice<'_>, String)> = on_device
        .into_iter()
        .filter_map(|(i, v)| {
            let (lang, voice_region) = parts(v.lang);
            (!language.is_empty() && lang == language).then_some((i, v, voice_region))
        })
        .collect();
    // Safari marks every voice as the default: then the flag says nothing.
    let default_means_something = !voices.iter().all(|v| v.default);
    let rank = |(_, voice, voice_region): &(usize, &ListedVoice<'_>, String)| {
        let same_region = !region.is_empty() && *voice_region == region;
        let default = default_means_something && voice.default;
        (!same_region, !default)
    };
    matching
        .iter()
        .min_by_key(|candidate| rank(candidate))
        .map_or(VoiceChoice::NoneInLanguage, |(index, _, _)| {
            VoiceChoice::Use(*index)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(lang: &str, on_device: bool, default: bool) -> ListedVoice<'_> {
        ListedVoice {
            lang,
            on_device,
            default,
        }
    }

    #[test]
    fn on_safari_every_voice_is_the_default_so_the_language_decides() {
        // Safari on an iPad: many languages, every one `default = true`, English not first.
        let voices = [
            voice("ar-001", true, true),
            voice("fr-FR", true, true),
            voice("en-AU", true, true),
            voice("en-GB", true, true),
            voice("es-ES", true, true),
        ];
        assert_eq!(choose_voice(&voices, "en"), VoiceChoice::Use(2));
        assert_eq!(choose_voice(&voices, "en-GB"), VoiceChoice::Use(3));
        assert_eq!(choose_voice(&voices, "es"), VoiceChoice::Use(4));
    }

    #[test]
    fn on_android_a_default_in_another_language_is_passed_over() {
        // Chrome on Android: languages listed whether installed or not, Android's underscores,
        // and the default in another language.
        let voices = [
            voice("hi_IN", true, true),
            voice("de_DE", true, false),
            voice("en_US", true, false),
            voice("en_IN", true, false),
        ];
        assert_eq!(choose_voice(&voices, "en"), VoiceChoice::Use(2));
        assert_eq!(choose_voice(&voices, "en-IN"), VoiceChoice::Use(3));
    }

    #[test]
    fn where_some_voices_are_the_default_it_breaks_a_tie_in_the_language() {
        let voices = [
            voice("en-US", true, false),
            voice("en-GB", true, true),
            voice("fr-FR", true, false),
        ];
        assert_eq!(choose_voice(&voices, "en"), VoiceChoice::Use(1));
        // The page's own region still comes first.
        assert_eq!(choose_voice(&voices, "en-US"), VoiceChoice::Use(0));
    }

    #[test]
    fn a_desktop_with_cloud_voices_only_reads_nothing() {
        let voices = [voice("en-US", false, true), voice("en-GB", false, false)];
        assert_eq!(choose_voice(&voices, "en"), VoiceChoice::NoneOnDevice);
        assert_eq!(choose_voice(&[], "en"), VoiceChoice::NoneOnDevice);
    }

    #[test]
    fn a_cloud_voice_in_the_language_never_wins_over_saying_there_is_none() {
        let voices = [voice("en-US", false, true), voice("fr-FR", true, false)];
        assert_eq!(choose_voice(&voices, "en"), VoiceChoice::NoneInLanguage);
    }

    #[test]
    fn languages_are_compared_whole_and_without_case() {
        // "eng" is not "en"; "EN-gb" is.
        let voices = [voice("eng", true, false), voice("EN-gb", true, false)];
        assert_eq!(choose_voice(&voices, "en"), VoiceChoice::Use(1));
        assert_eq!(
            choose_voice(&[voice("en-GB", true, false)], ""),
            VoiceChoice::NoneInLanguage
        );
    }
}

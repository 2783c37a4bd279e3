//! Reading the page aloud with the browser's speech synthesis, with **on-device voices only**, in
//! the page's language (`domain::voice` chooses; the browser's "default" flag is not to be trusted).
//!
//! A voice whose `localService` is false is a cloud voice: the browser sends the text to a
//! server to speak it, and on the summary that text is her answers. So a cloud voice is never
//! used, even when it is the only one; the screen then says that nothing can be read.
//!
//! What is read is the visible layer of the page in reading order: headings, paragraphs, list
//! items and table cells, skipping controls (buttons, fields, disclosure toggles, navigation),
//! pictures (their words are printed beside them) and anything not shown (closed disclosures,
//! hidden text).
//! Each block is its own utterance: long single utterances stop early in some browsers, and
//! stopping between blocks is immediate.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// How a reading ended, or why it did not start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Every block was read.
    Finished,
    /// Stopped on purpose (the Stop button, leaving the page, End session).
    Cancelled,
    /// The browser reported an error while speaking.
    Failed,
    /// The browser has no speech synthesis.
    Unsupported,
    /// The browser has voices, but none on this device.
    NoOnDeviceVoice,
    /// Voices on this device, but none in the page's language.
    NoVoiceInLanguage,
    /// Nothing visible to read.
    NothingToRead,
}

/// Told once how the current reading ended.
type Done = Rc<dyn Fn(Reading)>;

thread_local! {
    /// Which reading is current: callbacks of an earlier one (cancelled) are ignored.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    /// Whom to tell how the current reading ends (taken when it is told).
    static CURRENT: RefCell<Option<Done>> = const { RefCell::new(None) };
}

/// What a block of the page is (the only elements whose text is read, each once).
#[cfg(target_arch = "wasm32")]
const BLOCKS: &str = "h1, h2, h3, h4, p, li, dt, dd, th, td, caption, figcaption, legend";

/// What is never read: controls, navigation, and what screen readers are told to skip.
#[cfg(target_arch = "wasm32")]
const SKIPPED: &str = "nav, button:not(.term), a.button, input, select, textarea, summary, label, dialog, svg, .read-aloud, .skip-link, [aria-hidden='true']";

/// Stops any reading now, and tells its control it was cancelled (whoever stops it: the
/// control, a new screen, End session, the idle timeout). Safe to call when nothing is being
/// read, and outside a browser.
pub fn stop() {
    let generation = GENERATION.with(Cell::get);
    GENERATION.with(|g| g.set(generation.wrapping_add(1)));
    #[cfg(target_arch = "wasm32")]
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
    if let Some(done) = CURRENT.with(|c| c.borrow_mut().take()) {
        done(Reading::Cancelled);
    }
}

/// Reads the visible text of the element matching `root` (for example `main`) aloud with an
/// on-device voice, and calls `done` once with how it ended (also when it cannot start). Any
/// earlier reading is stopped first.
pub fn read_visible(root: &str, done: impl Fn(Reading) + 'static) {
    stop();
    CURRENT.with(|c| *c.borrow_mut() = Some(Rc::new(done)));
    let generation = GENERATION.with(Cell::get);
    #[cfg(target_arch = "wasm32")]
    wasm::read_visible(root, generation);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = root;
        finish(generation, Reading::Unsupported);
    }
}

/// Ends reading `generation` with `ended`, if it is still the current one.
fn finish(generation: u32, ended: Reading) {
    if GENERATION.with(Cell::get) != generation {
        return;
    }
    if let Some(done) = CURRENT.with(|c| c.borrow_mut().take()) {
        done(ended);
    }
}

/// The browser's speech synthesis, if it has one.
#[cfg(target_arch = "wasm32")]
fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    use wasm_bindgen::JsCast;
    let window = super::window()?;
    // Reading the property directly: browsers without it would make the typed getter throw.
    let value = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use std::cell::Cell;
    use std::rc::Rc;

    use gloo::events::EventListener;
    use gloo::timers::callback::Timeout;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    use web_sys::{Element, SpeechSynthesisUtterance, SpeechSynthesisVoice};

    use super::{BLOCKS, GENERATION, Reading, SKIPPED, finish, synthesis};
    use crate::domain::voice::{ListedVoice, VoiceChoice, choose_voice};

    /// How long to wait for the browser to list its voices (Chromium lists them only after a
    /// `voiceschanged` event; a browser with no voices at all never sends one).
    const VOICE_WAIT_MS: u32 = 1_500;

    /// What to do with the voices once they are listed (at most once).
    type Pending = Rc<Cell<Option<Box<dyn FnOnce(Vec<SpeechSynthesisVoice>)>>>>;

    pub(super) fn read_visible(root: &str, generation: u32) {
        let Some(synthesis) = synthesis() else {
            return finish(generation, Reading::Unsupported);
        };
        let blocks = visible_blocks(root);
        if blocks.is_empty() {
            return finish(generation, Reading::NothingToRead);
        }
        with_voices(&synthesis, move |voices| {
            if GENERATION.with(Cell::get) != generation {
                return;
            }
            match chosen_voice(&voices) {
                VoiceChoice::Use(index) => speak(&blocks, &voices[index], generation),
                VoiceChoice::NoneOnDevice => finish(generation, Reading::NoOnDeviceVoice),
                VoiceChoice::NoneInLanguage => finish(generation, Reading::NoVoiceInLanguage),
            }
        });
    }

    /// Calls `then` with the browser's voices, waiting once for them to be listed.
    fn with_voices(
        synthesis: &web_sys::SpeechSynthesis,
        then: impl FnOnce(Vec<SpeechSynthesisVoice>) + 'static,
    ) {
        let voices = listed_voices(synthesis);
        if !voices.is_empty() {
            return then(voices);
        }
        // Whichever comes first, the event or the wait, answers; the other finds nothing left.
        let pending: Pending = Rc::new(Cell::new(Some(Box::new(then))));
        let answer = {
            let pending = pending.clone();
            let synthesis = synthesis.clone();
            move || {
                if let Some(then) = pending.take() {
                    then(listed_voices(&synthesis));
                }
            }
        };
        let on_event = answer.clone();
        EventListener::once(synthesis, "voiceschanged", move |_| on_event()).forget();
        Timeout::new(VOICE_WAIT_MS, answer).forget();
    }

    fn listed_voices(synthesis: &web_sys::SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
        synthesis
            .get_voices()
            .iter()
            .map(JsCast::unchecked_into::<SpeechSynthesisVoice>)
            .collect()
    }

    /// The voice for the page's language (`<html lang>`), on this device (see
    /// `domain::voice::choose_voice`).
    fn chosen_voice(voices: &[SpeechSynthesisVoice]) -> VoiceChoice {
        let page_lang = crate::platform::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .map(|html| html.get_attribute("lang").unwrap_or_default())
            .unwrap_or_default();
        let langs: Vec<String> = voices.iter().map(SpeechSynthesisVoice::lang).collect();
        let listed: Vec<ListedVoice<'_>> = voices
            .iter()
            .zip(&langs)
            .map(|(voice, lang)| ListedVoice {
                lang,
                on_device: voice.local_service(),
                default: voice.default(),
            })
            .collect();
        choose_voice(&listed, &page_lang)
    }

    fn speak(blocks: &[String], voice: &SpeechSynthesisVoice, generation: u32) {
        let Some(synthesis) = synthesis() else {
            return finish(generation, Reading::Unsupported);
        };
        let last = blocks.len().saturating_sub(1);
        for (index, block) in blocks.iter().enumerate() {
            let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(block) else {
                finish(generation, Reading::Failed);
                return super::stop();
            };
            utterance.set_voice(Some(voice));
            utterance.set_lang(&voice.lang());
            if index == last {
                let on_end = Closure::once_into_js(move || finish(generation, Reading::Finished));
                utterance.set_onend(Some(on_end.unchecked_ref()));
            }
            let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
                // A cancel also reports errors ("interrupted"), for a reading no longer current:
                // `finish` ignores those. A current one fails, and the rest of it is dropped.
                if GENERATION.with(Cell::get) == generation {
                    finish(generation, Reading::Failed);
                    super::stop();
                }
            });
            utterance.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            // The browser holds the utterance until it is spoken or cancelled; the handler must
            // live as long, and is small.
            on_error.forget();
            synthesis.speak(&utterance);
        }
    }

    /// The text of each visible block under `root`, in reading order, each once.
    fn visible_blocks(root: &str) -> Vec<String> {
        let Some(root) = crate::platform::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(root).ok().flatten())
        else {
            return Vec::new();
        };
        let Ok(found) = root.query_selector_all(BLOCKS) else {
            return Vec::new();
        };
        let mut blocks = Vec::new();
        for index in 0..found.length() {
            let Some(element) = found.item(index).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            if element.closest(SKIPPED).ok().flatten().is_some() || inside_block(&element, &root) {
                continue;
            }
            let mut text = String::new();
            spoken_text(&element, &mut text);
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                blocks.push(text);
            }
        }
        blocks
    }

    /// Whether a block sits inside another block (its text is read with that one).
    fn inside_block(element: &Element, root: &Element) -> bool {
        element
            .parent_element()
            .and_then(|p| p.closest(BLOCKS).ok().flatten())
            .is_some_and(|outer| root.contains(Some(&outer)))
    }

    /// Whether the element is drawn: not inside a closed disclosure (whose content the browser
    /// keeps laid out but hidden), not `display: none`. `checkVisibility` where the browser has
    /// it; otherwise whether it has any box.
    fn is_shown(element: &Element) -> bool {
        let check = js_sys::Reflect::get(element, &"checkVisibility".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        match check {
            Some(check) => check.call0(element).is_ok_and(|shown| shown.is_truthy()),
            None => element.get_client_rects().length() > 0,
        }
    }

    /// The words a block shows, without its controls and hidden parts. Pictures are skipped:
    /// every picture's words are printed beside it, and would be read twice.
    fn spoken_text(element: &Element, out: &mut String) {
        if !is_shown(element) {
            return;
        }
        let children = element.child_nodes();
        for index in 0..children.length() {
            let Some(node) = children.item(index) else {
                continue;
            };
            match node.dyn_into::<Element>() {
                Ok(child) => {
                    if !child.matches(SKIPPED).unwrap_or(false) {
                        spoken_text(&child, out);
                    }
                }
                Err(node) => {
                    if node.node_type() == web_sys::Node::TEXT_NODE {
                        out.push_str(&node.text_content().unwrap_or_default());
                    }
                }
            }
        }
        // A block ends a phrase; an inline element (a glossary word, emphasis) runs on.
        if matches!(
            element.tag_name().as_str(),
            "P" | "LI"
                | "DIV"
                | "DT"
                | "DD"
                | "TD"
                | "TH"
                | "H1"
                | "H2"
                | "H3"
                | "H4"
                | "BR"
                | "UL"
                | "OL"
                | "TR"
                | "TABLE"
                | "SECTION"
                | "FIGURE"
                | "FIGCAPTION"
                | "CAPTION"
        ) {
            out.push(' ');
        }
    }
}

//! The baker and the texts file (native): the wasm build keeps in its binary the words the
//! patient reads and leaves clinician prose and quoted sources to a texts file named by its
//! fingerprint, each text named once by its place in the file; a text that holds the file's
//! separator is refused; and a native build keeps every word in the binary.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

/// The string of `text` as the baker writes it (a Rust string literal).
fn literal(text: &str) -> String {
    format!("{text:?}")
}

#[test]
fn the_wasm_leaves_the_words_the_first_screen_does_not_need_to_the_texts_file() {
    use local_therapy_aid::checks::bake;
    use local_therapy_aid::content::deferred;
    let bundle = common::bundle_from_toml();

    // Native builds keep every word in the binary.
    let native = bake::bundle(&bundle, false).unwrap();
    assert!(native.texts.is_empty() && native.texts_file.is_empty());
    assert!(!native.source.contains("::later("));
    assert!(native.source.contains(&literal(&bundle.meta.method)));

    let wasm = bake::bundle(&bundle, true).unwrap();
    let texts: Vec<&str> = wasm.texts.split(deferred::SEPARATOR).collect();
    let fingerprint = deferred::fingerprint(&wasm.texts);
    assert_eq!(wasm.texts_file, format!("texts-{fingerprint:016x}.txt"));
    assert!(wasm.source.contains(&format!(
        "file: {:?}, count: {}, fingerprint: {fingerprint:#x}",
        wasm.texts_file,
        texts.len()
    )));
    // Each text of the file is named once, by its place in the file.
    for index in 0..texts.len() {
        assert_eq!(
            wasm.source.matches(&format!("::later({index})")).count(),
            1,
            "text {index} of the texts file is not named exactly once"
        );
    }
    assert_eq!(wasm.source.matches("::later(").count(), texts.len());
    // Clinician prose and quoted sources go to the file; the patient's words, and the SURE
    // questions she answers on a patient step, stay in the binary.
    for clinician in [
        bundle.meta.method.as_str(),
        bundle.meta.decision_clinician.as_str(),
    ] {
        assert!(texts.contains(&clinician));
        assert!(!wasm.source.contains(&literal(clinician)));
    }
    for patient in [
        bundle.meta.decision_patient.as_str(),
        bundle.sure.questions[0].text.as_str(),
    ] {
        assert!(
            wasm.source.contains(&literal(patient)),
            "{patient:?} left the binary"
        );
        assert!(!texts.contains(&patient));
    }
    assert!(texts.len() > 500, "only {} texts left out", texts.len());
}

#[test]
fn a_text_holding_the_texts_file_separator_is_refused() {
    use local_therapy_aid::checks::bake;
    let mut bundle = common::bundle_from_toml();
    bundle.meta.method = "Searched\u{1e}twice".to_owned().into();
    let problem = bake::bundle(&bundle, true).err().expect("refused");
    assert!(problem.contains("U+001E"), "{problem}");
    // Natively nothing is split, so nothing is refused.
    assert!(bake::bundle(&bundle, false).is_ok());
}

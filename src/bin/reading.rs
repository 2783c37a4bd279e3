//! Benchmark step: words a person sees on each consultation step, first layer (every disclosure
//! closed) and everything, in both views, with minutes at 150 words a minute, against the
//! budgets. Prints a table and, with `--json FILE`, writes the figures for the benchmark report.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use local_therapy_aid::app::measure::screens;
    use local_therapy_aid::checks::reading::{
        BUDGET, Layer, Screens, decode, first_layer_text, minutes,
    };
    use local_therapy_aid::domain::session::View;
    use local_therapy_aid::domain::step::Journey;

    let patient_html = screens(View::Patient, Journey::Full);
    let clinician_html = screens(View::Clinician, Journey::Full);
    let short_html = screens(View::Patient, Journey::Short);
    let patient = Screens::count(
        "patient view, first layer of the consultation steps",
        &patient_html,
        Layer::First,
    );
    let clinician = Screens::count(
        "clinician view, first layer of the consultation steps",
        &clinician_html,
        Layer::First,
    );
    let short = Screens::count(
        "patient view, first layer of the short consultation",
        &short_html,
        Layer::First,
    );
    let patient_all = Screens::count(
        "patient view, everything (all details open)",
        &patient_html,
        Layer::Everything,
    );
    let clinician_all = Screens::count(
        "clinician view, everything (all details open)",
        &clinician_html,
        Layer::Everything,
    );

    println!(
        "{:<34} {:>8} {:>8} {:>10} {:>10}",
        "step", "patient", "(all)", "clinician", "(all)"
    );
    for (at, (name, words)) in patient.screens.iter().enumerate() {
        let cell = |screens: &Screens| screens.screens.get(at).map_or(0, |(_, w)| *w);
        println!(
            "{name:<34} {words:>8} {:>8} {:>10} {:>10}",
            cell(&patient_all),
            cell(&clinician),
            cell(&clinician_all)
        );
    }
    let line = |screens: &Screens, budget: Option<u32>| {
        let total = screens.total();
        let against = budget.map_or(String::new(), |b| {
            format!(
                "  budget {b}: {}",
                if total <= b { "within" } else { "OVER" }
            )
        });
        println!(
            "{:<60} {total:>6} words  {:>5} min{against}",
            screens.what,
            minutes(total)
        );
    };
    // How hard each step's patient words are to read, first layer and everything: a Flesch–
    // Kincaid grade in the English edition, INFLESZ (Szigriszt–Pazos; 55 or more is "normal")
    // in the Spanish one (built with LTA_LANGUAGE=es; scripts/bench.sh runs both).
    let language = local_therapy_aid::content::edition().code;
    let measure = |html: &str, layer: Layer| -> String {
        let text = decode(&match layer {
            Layer::First => first_layer_text(html),
            Layer::Everything => first_layer_text(&html.replace("<details", "<details open")),
        });
        let score = if language == "en" {
            local_therapy_aid::checks::readability::grade(&text)
        } else {
            local_therapy_aid::checks::readability_es::text_perspicuity(&text)
        };
        score.map_or("-".to_owned(), |s| format!("{s:.1}"))
    };
    let scale = if language == "en" {
        "Flesch-Kincaid grade (8 or below)"
    } else {
        "INFLESZ (55 or more)"
    };
    println!("\nreadability of the patient view, edition `{language}`: {scale}");
    println!("{:<34} {:>12} {:>12}", "step", "first layer", "everything");
    let mut readability = Vec::new();
    for (name, html) in &patient_html {
        let (first, all) = (
            measure(html, Layer::First),
            measure(html, Layer::Everything),
        );
        println!("{name:<34} {first:>12} {all:>12}");
        readability.push(format!(
            "{{\"step\":\"{name}\",\"first_layer\":\"{first}\",\"everything\":\"{all}\"}}"
        ));
    }
    println!();
    line(&patient, Some(BUDGET.patient_first_layer));
    line(&clinician, Some(BUDGET.clinician_first_layer));
    line(&short, Some(BUDGET.short_path_patient));
    line(&patient_all, None);
    line(&clinician_all, None);

    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--json") {
        let Some(path) = args.get(at + 1) else {
            eprintln!("--json needs a file name");
            std::process::exit(2);
        };
        let json = |screens: &Screens| {
            let rows: Vec<String> = screens
                .screens
                .iter()
                .map(|(name, words)| format!("{{\"step\":\"{name}\",\"words\":{words}}}"))
                .collect();
            format!(
                "{{\"what\":\"{}\",\"total\":{},\"minutes\":{},\"steps\":[{}]}}",
                screens.what,
                screens.total(),
                minutes(screens.total()),
                rows.join(",")
            )
        };
        let body = format!(
            "{{\"language\":\"{language}\",\"scale\":\"{scale}\",\"readability\":[{}],\"patient_first_layer\":{},\"clinician_first_layer\":{},\"short_path_patient\":{},\"patient_everything\":{},\"clinician_everything\":{}}}\n",
            readability.join(","),
            json(&patient),
            json(&clinician),
            json(&short),
            json(&patient_all),
            json(&clinician_all)
        );
        if let Err(error) = std::fs::write(path, body) {
            eprintln!("could not write {path}: {error}");
            std::process::exit(1);
        }
    }
}

/// The benchmark step never runs in the browser; this keeps `cargo build --target wasm32` working.
#[cfg(target_arch = "wasm32")]
fn main() {}

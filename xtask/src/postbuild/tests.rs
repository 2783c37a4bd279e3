//! The post-build page rewriting, on the page Trunk 0.21.14 writes for this app before the hook
//! (tests/fixtures/trunk-0.21.14-index.html; refresh it with `POSTBUILD_SKIP=1 trunk build
//! --release --offline --dist /tmp/raw` and copy /tmp/raw/index.html). The copy here comes from
//! an earlier index.html (eleven stylesheets, which the loader test counts); only its comments
//! were brought up to date since, to name the Rust post-build step.

use super::*;

const FIXTURE: &str = include_str!("../../../tests/fixtures/trunk-0.21.14-index.html");

fn finish(start_screen: Option<&str>, public_url: &str) -> Finished {
    let mut html = FIXTURE.to_owned();
    if public_url != "/" {
        html = html
            .replace("href=\"/", &format!("href=\"{public_url}"))
            .replace("'/", &format!("'{public_url}"));
    }
    finish_page(&html, public_url, start_screen, None, &built_file).unwrap()
}

/// A built file as the fixture's steps read it: each stylesheet a rule named after its file,
/// the glue a line of code; each with a comment and indentation to strip.
fn built_file(name: &str) -> Result<String, String> {
    Ok(if name.ends_with(".js") {
        "  // why\n  init();\n".to_owned()
    } else {
        format!("/* why */\n.{name} {{\n  margin: 0;\n}}\n")
    })
}

fn one<T: std::fmt::Debug>(found: Vec<T>) -> T {
    let [only] = <[T; 1]>::try_from(found).unwrap();
    only
}

#[test]
fn the_loader_becomes_a_file_that_starts_the_glue_and_wasm_trunk_built() {
    let finished = finish(Some("<main class=\"start\">Start</main>"), "/");
    let (html, files, removed) = (&finished.html, &finished.files, &finished.removed);
    let page = Page::new(html).unwrap();
    let [guard, boot] = <[_; 2]>::try_from(page.find("script").unwrap()).unwrap();
    // The start-up guard first, deferred (not a module: it must run in browsers without them).
    assert!(guard.attr("src").unwrap().starts_with("/guard-"));
    assert!(guard.attr("defer").is_some());
    assert_eq!(guard.attr("type"), None);
    assert!(files[&guard.attr("src").unwrap()[1..]].contains("ltaStartFailed"));
    assert_eq!(boot.attr("type"), Some("module"));
    assert!(boot.attr("src").unwrap().starts_with("/boot-"));
    let (glue, wasm) = (
        boot.attr("data-glue").unwrap(),
        boot.attr("data-wasm").unwrap(),
    );
    assert!(
        glue.ends_with(".js") && wasm.ends_with("_bg.wasm"),
        "{glue} {wasm}"
    );
    let name = &boot.attr("src").unwrap()[1..];
    assert!(files[name].contains(&format!("import({})", json_string(glue))));
    assert!(
        files[name].contains("ltaUnsupported"),
        "the loader asks for nothing where the guard found the browser lacking"
    );
    assert!(files[name].contains(&format!("module_or_path: \"{wasm}\"")));
    assert!(
        files[name].contains("location.hash"),
        "the start screen is revealed first"
    );
    // The start screen is in its placeholder; the preloads are gone (the loader asks later).
    assert!(html.contains("<main class=\"start\">Start</main>"));
    assert!(page.find("link[rel=\"modulepreload\"]").unwrap().is_empty());
    assert!(page.find("link[rel=\"preload\"]").unwrap().is_empty());
    // One stylesheet, in the page's order.
    let css = one(page.find("link[rel=\"stylesheet\"]").unwrap());
    assert_eq!(removed.len(), 11);
    let joined = &files[&css.attr("href").unwrap()[1..]];
    let last = removed.last().unwrap();
    assert!(joined.find(&removed[0]).unwrap() < joined.find(last.as_str()).unwrap());
    assert!(removed[0].starts_with("tokens-") && last.starts_with("print-"));
    assert!(!joined.contains("why") && !joined.contains("\n."));
    // The glue, under Trunk's name, without its comment and indentation.
    assert_eq!(files[glue.rsplit('/').next().unwrap()], "init();\n");
    // The page without the comments for whoever edits it; the notice's placeholder (no notice
    // given here) stays.
    assert_eq!(html.matches("<!--").count(), 1);
    assert_eq!(page.comments("unsupported").unwrap().len(), 1);
}

#[test]
fn the_notice_for_an_old_browser_goes_in_its_placeholder() {
    let finished = finish(Some("<main class=\"start\">Start</main>"), "/");
    let page = Page::new(&finished.html).unwrap();
    assert_eq!(
        page.comments("unsupported").unwrap().len(),
        1,
        "no notice given: the placeholder stays"
    );
    let notice = "<div id=\"unsupported\" hidden>Too old</div>";
    let html = finish_page(FIXTURE, "/", None, Some(notice), &|_| Ok(String::new()))
        .unwrap()
        .html;
    assert!(html.contains(notice));
    assert!(
        Page::new(&html)
            .unwrap()
            .comments("unsupported")
            .unwrap()
            .is_empty()
    );
}

#[test]
fn without_the_pre_render_the_preloads_stay() {
    let finished = finish(None, "/");
    let page = Page::new(&finished.html).unwrap();
    assert_eq!(page.find("link[rel=\"modulepreload\"]").unwrap().len(), 1);
    assert_eq!(page.comments("prerender").unwrap().len(), 1);
    let boot = finished
        .files
        .iter()
        .find(|(name, _)| name.starts_with("boot-"))
        .map(|(_, text)| text)
        .unwrap();
    assert!(!boot.contains("location.hash"));
}

#[test]
fn addresses_carry_the_public_url() {
    let finished = finish(None, "/local-therapy-aid/");
    let page = Page::new(&finished.html).unwrap();
    let parts: Vec<String> = page
        .find("script")
        .unwrap()
        .iter()
        .map(|s| s.attr("src").unwrap().split('-').nth(2).unwrap().to_owned())
        .collect();
    assert_eq!(parts, ["aid/guard", "aid/boot"]);
    let css = one(page.find("link[rel=\"stylesheet\"]").unwrap());
    assert!(
        css.attr("href")
            .unwrap()
            .starts_with("/local-therapy-aid/app-")
    );
}

#[test]
fn a_changed_trunk_output_is_refused() {
    let html = FIXTURE.replace("rel=\"modulepreload\"", "rel=\"something-else\"");
    assert!(finish_page(&html, "/", None, None, &|_| Ok(String::new())).is_err());
}

#[test]
fn the_finished_fixture_is_what_the_check_of_a_build_accepts() {
    // The fixture as the step finishes it, with the screens it pre-renders, passes `check-built`.
    let dir = std::env::temp_dir().join(format!("xtask-check-built-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let start = "<main><h1 id=\"main-heading\">Start</h1></main>";
    let notice = "<div id=\"unsupported\" hidden>Too old</div>";
    let finished = finish_page(FIXTURE, "/", Some(start), Some(notice), &|_| {
        Ok(String::new())
    })
    .unwrap();
    std::fs::write(dir.join("index.html"), &finished.html).unwrap();
    for (name, text) in &finished.files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let problems = crate::check_built::problems(&dir, "/").unwrap();
    // And it finds what is missing: the scripts are not in this folder any more.
    for (name, _) in finished.files.iter().filter(|(n, _)| n.ends_with(".js")) {
        std::fs::remove_file(dir.join(name)).unwrap();
    }
    let missing = crate::check_built::problems(&dir, "/").unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(missing.len(), 2, "{missing:?}");
}

#[test]
fn css_comments_and_blank_lines_are_not_shipped() {
    assert_eq!(
        without_comments("/* why */\na {\n  color: red; /* because */  \n\n}\n/* open"),
        "a {\n  color: red;\n}\n/* open\n"
    );
}

#[test]
fn stylesheets_ship_without_the_spaces_the_rules_do_not_need() {
    assert_eq!(
        shipped_css(
            "/* why */\na ,\n b {\n  color: red ;\n  content: \"a  ;  b\";\n}\n\
             @media (x) {\n  a :hover { margin: 0 auto; }\n}\n.q::after { content: 'it\\'s  {' }\n"
        ),
        "a,b{color: red;content: \"a  ;  b\";}@media (x){a :hover{margin: 0 auto;}}\
         .q::after{content: 'it\\'s  {'}"
    );
}

#[test]
fn code_ships_without_comment_lines_and_indentation_unless_a_string_spans_lines() {
    assert_eq!(
        without_comment_lines("  // why\n  let a = 1; // kept\n\n  x(`y ${a}`);\n").unwrap(),
        "let a = 1; // kept\nx(`y ${a}`);\n"
    );
    for spanning in ["let s = `a\n  b`;\n", "let s = 'a\\\n  b';\n"] {
        let refused = without_comment_lines(spanning).unwrap_err();
        assert!(
            refused.starts_with("line 1: a string goes on past the line"),
            "{refused}"
        );
    }
}

#[test]
fn scripts_ship_without_their_whole_line_comments() {
    let guard = shipped_script("guard.js").unwrap();
    assert!(guard.starts_with("// web/guard.js, without its comments"));
    assert_eq!(guard.lines().filter(|l| l.starts_with("//")).count(), 1);
    assert!(guard.lines().all(|l| l == l.trim() && !l.is_empty()));
}

/// A translated edition's page words, as `build.rs` writes them from a language file.
const SPANISH: PageWords = PageWords {
    title: "Herramienta <para> decidir",
    description: "Una herramienta sin conexión.",
    short_name: "Tratamiento",
    loading: "Cargando…",
    not_loaded: "Todavía no se cargó.",
    device_line: "Nada sale de este dispositivo.",
    noscript: "Necesita JavaScript.",
};

#[test]
fn a_translated_edition_puts_its_language_and_words_in_the_page_before_the_app_starts() {
    let page = finish(None, "/es/").html;
    let spanish = localized(&page, &SPANISH, "es").unwrap();
    assert!(spanish.contains("<html lang=\"es\">"), "{spanish}");
    assert!(spanish.contains("<title>Herramienta &lt;para&gt; decidir</title>"));
    assert!(spanish.contains("content=\"Una herramienta sin conexión.\""));
    assert!(spanish.contains("<h1>Herramienta &lt;para&gt; decidir</h1>"));
    assert!(spanish.contains("<p role=\"status\">Cargando…</p>"));
    assert!(
        spanish.contains("<p class=\"loading-shell__device\">Nada sale de este dispositivo.</p>")
    );
    assert!(spanish.contains("<noscript><p>Necesita JavaScript.</p></noscript>"));
    for english in [
        "Loading…",
        "Nothing you enter leaves this device.",
        "lang=\"en\"",
    ] {
        assert!(
            !spanish.contains(english),
            "{english} is left in the Spanish page"
        );
    }
    // The English edition's page is left as it is.
    assert_eq!(localized(&page, &PageWords::default(), "en").unwrap(), page);
}

#[test]
fn a_translated_edition_names_its_installed_app_in_its_language() {
    let manifest = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../web/manifest.webmanifest"
    ))
    .unwrap();
    let spanish: serde_json::Value =
        serde_json::from_str(&localized_manifest(&manifest, &SPANISH, "es").unwrap()).unwrap();
    assert_eq!(spanish["name"], "Herramienta <para> decidir");
    assert_eq!(spanish["short_name"], "Tratamiento");
    assert_eq!(spanish["lang"], "es");
    assert_eq!(spanish["start_url"], "./");
    assert_eq!(
        localized_manifest(&manifest, &PageWords::default(), "en").unwrap(),
        manifest
    );
    assert!(localized_manifest("[1]", &SPANISH, "es").is_err());
}

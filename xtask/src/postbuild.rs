//! `postbuild`: the Trunk post-build hook (Trunk.toml), which finishes the built site in
//! `$TRUNK_STAGING_DIR`:
//!
//! 1. Pre-renders the start screen (the app's own components, rendered to HTML in this process)
//!    into index.html, so the first screen appears before the WebAssembly has arrived. The loader
//!    reveals it only when the start screen is the one asked for, and only then asks for the wasm
//!    (Trunk's preload links are removed). It also puts the notice for a browser that cannot run
//!    the aid (rendered the same way, hidden) in its placeholder. `PRERENDER=0` skips both.
//! 2. Replaces Trunk's inline loader script with guard-<hash>.js (web/guard.js: checks what the
//!    app needs before anything is loaded, and shows the notice where it is missing or loading
//!    fails) and boot-<hash>.js, made from web/boot.template.js with the JS glue and wasm that
//!    Trunk's own preload links name, so the Content-Security-Policy can allow scripts from the
//!    app's own origin only ('self'), with no 'unsafe-inline'.
//! 3. Joins the stylesheets (one file per component in styles/, in index.html's order) into one
//!    app-<hash>.css, without their comments and the spaces the rules do not need: one request
//!    instead of eleven on a slow clinic network, and better compression. The JS glue and the
//!    page ship without their comments too (the glue also without its indentation).
//! 4. Writes the texts file (texts-<fingerprint>.txt: the words the first screen does not need,
//!    which the app loads after the first paint; see content/src/deferred.rs), baked here from the
//!    content by the same baker, with the same name, as the wasm's build script.
//! 5. Writes sw.js from web/sw.template.js with the list of every built file and a version derived
//!    from their contents, so the offline cache always matches the build; and precache.json with
//!    the same list as data, which `offline-set` reads (rather than parsing sw.js).
//! 6. Adds .nojekyll so GitHub Pages serves every file as it is.
//!
//! Addresses start with Trunk's public URL (`$TRUNK_PUBLIC_URL`). Run by hand:
//! `TRUNK_STAGING_DIR=dist TRUNK_PUBLIC_URL=/ cargo run -q --offline -p xtask -- postbuild`.
//! `POSTBUILD_SKIP=1` leaves Trunk's output as it is (to look at it, or to refresh the fixture).

use std::collections::BTreeMap;
use std::path::Path;

use local_therapy_aid::checks::load;
use local_therapy_aid::content::{PageWords, deferred};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::files::{hash16, read, relative_files, root, write};
use crate::page::{Page, tag};

/// What `finish_page` makes of Trunk's index.html.
pub struct Finished {
    /// The finished page.
    pub html: String,
    /// The files to write: name and text.
    pub files: BTreeMap<String, String>,
    /// The stylesheets joined into one, to delete: their names, in the page's order.
    pub removed: Vec<String>,
}

/// Finishes Trunk's index.html. `start_screen` is the pre-rendered start screen (`None`: no
/// pre-render); `notice` the pre-rendered notice for a browser that cannot run the aid (`None`:
/// none); `read(name)` gives the text of a built file. Fails when Trunk's output does not have
/// the shape this step expects.
pub fn finish_page(
    html: &str,
    public_url: &str,
    start_screen: Option<&str>,
    notice: Option<&str>,
    read: &dyn Fn(&str) -> Result<String, String>,
) -> Result<Finished, String> {
    let mut page = Page::new(html)?;
    let mut files = BTreeMap::new();

    // The start screen and the notice, in their placeholders.
    for (name, markup) in [("prerender", start_screen), ("unsupported", notice)] {
        let Some(markup) = markup else { continue };
        let placeholders = page.comments(name)?;
        let [placeholder] = placeholders.as_slice() else {
            return Err(format!("index.html has no <!-- {name} --> placeholder"));
        };
        page.replace_comment(placeholder, markup)?;
    }

    // The loader: the glue and the wasm are the ones Trunk preloads.
    let glue = hrefs(&page, "link[rel=\"modulepreload\"]")?;
    let wasm = hrefs(
        &page,
        "link[rel=\"preload\"][as=\"fetch\"][type=\"application/wasm\"]",
    )?;
    let ([Some(glue)], [Some(wasm)]) = (glue.as_slice(), wasm.as_slice()) else {
        return Err(format!(
            "expected one preloaded JS glue and one wasm from Trunk, found {glue:?} and {wasm:?}"
        ));
    };
    let (glue, wasm) = (glue.clone(), wasm.clone());
    // The glue as the first load ships it, under the name Trunk gave it.
    let glue_name = glue.rsplit('/').next().unwrap_or_default().to_owned();
    let glue_code = without_comment_lines(&read(&glue_name)?)
        .map_err(|problem| format!("the JS glue {glue_name}: {problem}"))?;
    files.insert(glue_name, glue_code);
    let loaders = page.find("script[type=\"module\"]:not([src])")?;
    let [loader] = loaders.as_slice() else {
        return Err(format!(
            "expected Trunk's one inline module loader, found {}",
            loaders.len()
        ));
    };
    if !page.content(loader).contains("init(") {
        return Err("Trunk's inline loader does not start the app the way Trunk 0.21 does".into());
    }
    let mut boot = shipped_script("boot.template.js")?
        .replace("__GLUE__", &json_string(&glue))
        .replace("__WASM__", &json_string(&wasm));
    if start_screen.is_some() {
        boot = shipped_script("reveal-start.js")? + &boot;
    }
    let boot_name = format!("boot-{}.js", hash16(boot.as_bytes()));
    files.insert(boot_name.clone(), boot);
    // The start-up guard runs first: deferred classic scripts and module scripts run in the order
    // the page lists them, once it is parsed, and browsers without modules run only the guard.
    let guard = shipped_script("guard.js")?;
    let guard_name = format!("guard-{}.js", hash16(guard.as_bytes()));
    files.insert(guard_name.clone(), guard);
    let guard_src = format!("{public_url}{guard_name}");
    let boot_src = format!("{public_url}{boot_name}");
    let scripts = tag("script", &[("defer", ""), ("src", &guard_src)], Some(""))
        + "\n    "
        + &tag(
            "script",
            &[
                ("type", "module"),
                ("src", &boot_src),
                ("data-glue", &glue),
                ("data-wasm", &wasm),
            ],
            Some(""),
        );
    page.replace(loader, &scripts)?;
    if start_screen.is_some() {
        // Trunk's preload links would start the 250 KB of wasm and glue at once, competing with
        // the stylesheet and loader for a slow clinic link before the start screen is drawn.
        // The loader asks for them itself right after that first paint (and at once on a deep
        // link), so the start screen appears sooner and the app is ready about one round trip
        // later than with the preloads.
        for selector in ["link[rel=\"preload\"]", "link[rel=\"modulepreload\"]"] {
            for link in page.find(selector)?.iter().rev() {
                page.remove(link)?;
            }
        }
    }
    if !page.find("script:not([src])")?.is_empty() {
        return Err("an inline <script> is left in index.html; the CSP would block it".into());
    }

    // One stylesheet, in the order the page lists them (the cascade depends on it).
    let links = page.find("link[rel=\"stylesheet\"]")?;
    let mut removed = Vec::new();
    if let [first, rest @ ..] = links.as_slice()
        && !rest.is_empty()
    {
        let mut parts = Vec::new();
        for link in &links {
            let href = link.attr("href").unwrap_or_default();
            let name = href.rsplit('/').next().unwrap_or_default().to_owned();
            parts.push(shipped_css(&read(&name)?));
            removed.push(name);
        }
        let css = parts.concat() + "\n";
        let css_name = format!("app-{}.css", hash16(css.as_bytes()));
        files.insert(css_name.clone(), css);
        for link in rest.iter().rev() {
            page.remove(link)?;
        }
        let href = format!("{public_url}{css_name}");
        page.replace(
            first,
            &tag("link", &[("rel", "stylesheet"), ("href", &href)], None),
        )?;
    }
    // The page's comments are for whoever edits index.html; a placeholder left unfilled stays.
    page.remove_comments(&["prerender", "unsupported"])?;
    Ok(Finished {
        html: page.text().to_owned(),
        files,
        removed,
    })
}

/// The page in a translated edition's language (`content::edition`): its `lang`, title,
/// description and the loading screen's words, which index.html holds in English. The English
/// edition's page is returned as it is.
pub fn localized(html: &str, page_words: &PageWords, code: &str) -> Result<String, String> {
    if page_words.title.is_empty() {
        return Ok(html.to_owned());
    }
    let mut page = Page::new(html)?;
    let text = |words: &str| {
        words
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let one = |page: &Page, selector: &str| -> Result<crate::page::Element, String> {
        match page.find(selector)?.as_slice() {
            [element] => Ok(element.clone()),
            found => Err(format!(
                "index.html has {} `{selector}`, expected one",
                found.len()
            )),
        }
    };
    let root = one(&page, "html")?;
    page.set_attribute(&root, "lang", code)?;
    let description = one(&page, "meta[name=\"description\"]")?;
    page.set_attribute(&description, "content", page_words.description)?;
    for (selector, name, words) in [
        ("title", "title", page_words.title),
        (".loading-shell h1", "h1", page_words.title),
        (".loading-shell p[role=\"status\"]", "p", page_words.loading),
        (
            ".loading-shell p.loading-shell__device",
            "p",
            page_words.device_line,
        ),
    ] {
        let element = one(&page, selector)?;
        let attrs: Vec<(&str, &str)> = match selector {
            ".loading-shell p[role=\"status\"]" => vec![("role", "status")],
            ".loading-shell p.loading-shell__device" => vec![("class", "loading-shell__device")],
            _ => Vec::new(),
        };
        page.replace(&element, &tag(name, &attrs, Some(&text(words))))?;
    }
    let noscript = one(&page, "noscript")?;
    let note = tag("p", &[], Some(&text(page_words.noscript)));
    page.replace(&noscript, &tag("noscript", &[], Some(&note)))?;
    Ok(page.text().to_owned())
}

/// The web app manifest in a translated edition's language: its name, short name, description
/// and `lang` (the English edition's is returned as it is).
pub fn localized_manifest(
    manifest: &str,
    page_words: &PageWords,
    code: &str,
) -> Result<String, String> {
    if page_words.title.is_empty() {
        return Ok(manifest.to_owned());
    }
    let mut value: serde_json::Value = serde_json::from_str(manifest)
        .map_err(|e| format!("manifest.webmanifest is not JSON: {e}"))?;
    let Some(fields) = value.as_object_mut() else {
        return Err("manifest.webmanifest is not a JSON object".into());
    };
    for (name, words) in [
        ("name", page_words.title),
        ("short_name", page_words.short_name),
        ("description", page_words.description),
        ("lang", code),
    ] {
        fields.insert(name.to_owned(), serde_json::Value::from(words));
    }
    serde_json::to_string_pretty(&value)
        .map(|text| text + "\n")
        .map_err(|e| e.to_string())
}

/// The `href` of each element `selector` matches.
fn hrefs(page: &Page, selector: &str) -> Result<Vec<Option<String>>, String> {
    Ok(page
        .find(selector)?
        .iter()
        .map(|link| {
            link.attr("href")
                .filter(|h| !h.is_empty())
                .map(str::to_owned)
        })
        .collect())
}

/// A string as a JavaScript (JSON) string literal.
fn json_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}

/// A stylesheet as the first load ships it: without its comments (they say why each rule is
/// there, for whoever edits styles/, and were 45% of the gzip bytes) or blank lines. The
/// stylesheets keep no "/*" inside a string (tests/styles.rs would not let one through
/// unnoticed: the rules after it would vanish from the build).
pub fn without_comments(css: &str) -> String {
    let mut kept = String::new();
    let mut rest = css;
    while let Some(open) = rest.find("/*") {
        // A comment that is never closed is left as it is.
        let Some(close) = rest[open + 2..].find("*/") else {
            break;
        };
        kept.push_str(&rest[..open]);
        rest = &rest[open + 2 + close + 2..];
    }
    kept.push_str(rest);
    let lines: Vec<&str> = kept
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::trim_end)
        .collect();
    lines.join("\n") + "\n"
}

/// A stylesheet as the first load ships it: [`without_comments`], then without the spaces and
/// line breaks the rules do not need (every run of them becomes one space, and none is kept next
/// to `{`, `}`, `;` or `,`). Strings keep every character. Colons keep their spaces: `a :hover`
/// and `a:hover` are different selectors.
pub fn shipped_css(css: &str) -> String {
    const TIGHT: [char; 4] = ['{', '}', ';', ','];
    let mut out = String::with_capacity(css.len());
    let (mut quote, mut escaped, mut space) = (None::<char>, false, false);
    for c in without_comments(css).chars() {
        if let Some(open) = quote {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == open {
                quote = None;
            }
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !TIGHT.contains(&c) && !out.ends_with(TIGHT) {
            out.push(' ');
        }
        space = false;
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}

/// A script of web/ as the first load ships it: without its whole-line comments and indentation
/// (they are for whoever edits it, and were half of its bytes), with a first line that says where
/// the commented script is.
pub fn shipped_script(name: &str) -> Result<String, String> {
    let text = read(&root().join("web").join(name))?;
    Ok(format!(
        "// web/{name}, without its comments: read that file to see why each line is there.\n{}",
        without_comment_lines(&text).map_err(|problem| format!("web/{name}: {problem}"))?
    ))
}

/// Script code without its indentation, blank lines and whole-line `//` comments (the JS glue
/// wasm-bindgen writes is a fifth indentation and comments). Nothing else changes, so a line of
/// code is never touched; that is safe only while no line break is inside a string, so code with
/// a template literal or a string that spans lines is refused, not changed.
pub fn without_comment_lines(code: &str) -> Result<String, String> {
    let mut kept = Vec::new();
    for (at, line) in code.lines().enumerate() {
        let line = line.trim();
        if line.matches('`').count() % 2 == 1 || line.ends_with('\\') {
            return Err(format!(
                "line {}: a string goes on past the line ({line}), so lines cannot be trimmed: \
                 keep each string on one line, or ship this script as it is",
                at + 1
            ));
        }
        if !line.is_empty() && !line.starts_with("//") {
            kept.push(line);
        }
    }
    Ok(kept.join("\n") + "\n")
}

/// The subcommand: finishes the site in `$TRUNK_STAGING_DIR` (default dist/).
pub fn run() -> Result<(), String> {
    if std::env::var("POSTBUILD_SKIP").as_deref() == Ok("1") {
        return Ok(());
    }
    let staging = std::path::PathBuf::from(
        std::env::var("TRUNK_STAGING_DIR").unwrap_or_else(|_| "dist".into()),
    );
    let mut public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    if !public_url.ends_with('/') {
        public_url.push('/');
    }
    let index = staging.join("index.html");
    let (start_screen, notice) = if std::env::var("PRERENDER").as_deref() == Ok("0") {
        (None, None)
    } else {
        (
            Some(crate::prerender::screen(crate::prerender::Screen::Start)?),
            Some(crate::prerender::screen(
                crate::prerender::Screen::Unsupported,
            )?),
        )
    };
    let finished = finish_page(
        &read(&index)?,
        &public_url,
        start_screen.as_deref(),
        notice.as_deref(),
        &|name| read(&staging.join(name)),
    )
    .map_err(|problem| {
        format!("{problem}: Trunk's output changed shape; update xtask/src/postbuild.rs")
    })?;
    for (name, text) in &finished.files {
        write(&staging.join(name), text)?;
    }
    for name in &finished.removed {
        let path = staging.join(name);
        std::fs::remove_file(&path)
            .map_err(|e| format!("cannot delete {}: {e}", path.display()))?;
    }
    let edition = local_therapy_aid::content::edition();
    let html = localized(&finished.html, &edition.page, edition.code)?;
    write(&index, &html)?;

    write_texts_file(&staging)?;
    let manifest = staging.join("manifest.webmanifest");
    write(
        &manifest,
        &localized_manifest(&read(&manifest)?, &edition.page, edition.code)?,
    )?;

    let (listed, version) = write_service_worker(&staging)?;

    // GitHub Pages: no Jekyll processing.
    write(&staging.join(".nojekyll"), "")?;
    println!(
        "postbuild: loader externalised, {} stylesheets joined, sw.js lists {} files (version {version})",
        finished.removed.len(),
        listed
    );
    Ok(())
}

/// Writes sw.js, listing every file of this build, and precache.json with the same list as data;
/// returns how many files it lists and the cache version.
fn write_service_worker(staging: &Path) -> Result<(usize, String), String> {
    let built: Vec<String> = relative_files(staging)?
        .into_iter()
        .filter(|name| {
            let file = name.rsplit('/').next().unwrap_or_default();
            !matches!(file, "sw.js" | ".nojekyll" | "precache.json")
        })
        .collect();
    let template = read(&root().join("web/sw.template.js"))?;
    // The version covers the worker's own code too, so a change to it alone also gets a new cache.
    let mut digest = Sha256::new();
    digest.update(template.as_bytes());
    for name in &built {
        digest.update(name.as_bytes());
        digest.update(crate::files::read_bytes(&staging.join(name))?);
    }
    let version = crate::files::hex(&digest.finalize())[..12].to_owned();
    // precache.json is itself cached (it is a file of the build), but not part of the version,
    // which it records.
    let mut precache = built;
    precache.push("precache.json".into());
    precache.sort();
    precache.insert(0, "./".into());
    if !template.contains("'__VERSION__'") || !template.contains("__PRECACHE__") {
        return Err("web/sw.template.js lost its '__VERSION__' or __PRECACHE__ placeholder".into());
    }
    let sw = template
        .replace("'__VERSION__'", &json_string(&version))
        .replace("__PRECACHE__", &pretty(&precache)?);
    write(&staging.join("sw.js"), &sw)?;
    // The same list as data, for the tools that check the offline set (`xtask offline-set`).
    let list = Precache {
        version: &version,
        files: &precache,
    };
    write(&staging.join("precache.json"), &(pretty(&list)? + "\n"))?;
    Ok((precache.len(), version))
}

/// precache.json: the cache version and the files the service worker keeps offline.
#[derive(Serialize)]
struct Precache<'a> {
    version: &'a str,
    files: &'a [String],
}

/// JSON with two spaces of indentation.
fn pretty(value: &impl Serialize) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| format!("cannot write JSON: {e}"))
}

/// Writes the texts file into the site, baked from the content as the wasm's build script bakes
/// it (`build.rs`), so it has the name and fingerprint this wasm's manifest holds.
fn write_texts_file(staging: &Path) -> Result<(), String> {
    let data = Path::new(local_therapy_aid::checks::load::DATA_DIR);
    let bundle = load::load_dir(data).map_err(|errors| {
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!("the content does not load:\n  {}", listed.join("\n  "))
    })?;
    // The edition's language, as build.rs baked it (scripts/build-language.sh sets it).
    let language = std::env::var("LTA_LANGUAGE").unwrap_or_default();
    let baked = local_therapy_aid::checks::language::build(&bundle, &language, true)
        .map_err(|problems| problems.join("\n  "))?
        .baked;
    let expected = format!("texts-{:016x}.txt", deferred::fingerprint(&baked.texts));
    if baked.texts_file != expected {
        return Err(format!(
            "the baker names the texts file {:?}, but its texts' fingerprint gives {expected}",
            baked.texts_file
        ));
    }
    check_wasm_names(staging, &baked.texts_file)?;
    write(&staging.join(&baked.texts_file), &baked.texts)
}

/// Fails unless the built wasm's manifest holds `name`: the wasm loads the file its own build
/// named, and a different one (content edited after the wasm was built) would never load.
fn check_wasm_names(staging: &Path, name: &str) -> Result<(), String> {
    let wasms: Vec<String> = relative_files(staging)?
        .into_iter()
        .filter(|file| file.ends_with(".wasm") && !file.contains('/'))
        .collect();
    let [wasm] = wasms.as_slice() else {
        return Err(format!(
            "expected one wasm in {}, found {}",
            staging.display(),
            wasms.len()
        ));
    };
    let bytes =
        std::fs::read(staging.join(wasm)).map_err(|e| format!("cannot read {wasm}: {e}"))?;
    if !bytes
        .windows(name.len())
        .any(|window| window == name.as_bytes())
    {
        return Err(format!(
            "the content bakes to {name}, but {wasm}'s manifest names another texts file: \
             the content changed after the wasm was built; build again"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;

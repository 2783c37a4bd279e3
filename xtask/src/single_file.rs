//! `single-file DIST OUT.html`: turns a built dist/ into the single-file edition: ONE
//! self-contained HTML file that works when opened straight from disk (file://), for USB sticks,
//! e-mail and PCs that block installs.
//!
//! Inlined: the start-up guard (web/guard.js) as an inline classic script, the wasm-bindgen JS
//! glue and the wasm (base64) in one inline module script, every stylesheet in `<style>`, the
//! icons as data: URLs, and the texts file (the words the app loads after the first paint;
//! content/src/deferred.rs) in a `<script type="text/plain" id="lta-texts">`, a data block the
//! browser never runs. Dropped: the service worker (the app does not register one outside
//! http(s)), the manifest, Trunk's preload links and the `<base>`. The Content-Security-Policy
//! allows exactly these inline blocks (by SHA-256 hash) and nothing from anywhere else:
//! default-src 'none', connect-src 'none', so the page cannot open any connection.
//!
//! Fails loudly if the built page does not look the way this step expects.

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::files::{read, read_bytes, relative_files, root, sha256};
use crate::page::{Element, Page, tag};

/// The file in `dist` for an address in the built page ("/x.css", "/sub/x.css", "x.css").
fn local(dist: &Path, url: &str) -> Result<PathBuf, String> {
    let bare = url.split(['?', '#']).next().unwrap_or_default();
    let path = dist.join(bare.rsplit('/').next().unwrap_or_default());
    if !path.is_file() {
        return Err(format!(
            "{url} is referenced by the page but {} does not exist",
            path.display()
        ));
    }
    Ok(path)
}

fn data_url(path: &Path) -> Result<String, String> {
    let kind = match path.extension().and_then(|e| e.to_str()) {
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => return Err(format!("{} is not an SVG or PNG icon", path.display())),
    };
    Ok(format!(
        "data:{kind};base64,{}",
        STANDARD.encode(read_bytes(path)?)
    ))
}

/// The Content-Security-Policy source that allows exactly this inline text.
pub fn csp_hash(text: &str) -> String {
    format!("'sha256-{}'", STANDARD.encode(sha256(text.as_bytes())))
}

/// Text that can sit inside `<script>`/`<style>` without ending it early.
fn safe_inline(text: String, what: &str) -> Result<String, String> {
    let lower = text.to_lowercase();
    if lower.contains("</script") || lower.contains("</style") || lower.contains("<!--") {
        return Err(format!(
            "{what} contains '</script', '</style' or '<!--', which cannot be inlined as it is"
        ));
    }
    Ok(text)
}

/// The local name of the JS glue's default export (wasm-bindgen writes
/// `export { initSync, __wbg_init as default };` as its last line).
pub fn default_export(glue: &str) -> Result<String, String> {
    for line in glue.lines().rev() {
        let line = line.trim();
        let Some(inside) = line.strip_prefix("export {") else {
            continue;
        };
        if !line.trim_end_matches(';').ends_with('}') {
            continue;
        }
        let inside = inside.trim_end_matches(';').trim_end_matches('}');
        for part in inside.split(',') {
            if let [name, "as", "default"] = part.split_whitespace().collect::<Vec<_>>()[..] {
                return Ok(name.to_owned());
            }
        }
    }
    Err("the JS glue has no 'export { ... as default }' line".into())
}

/// The subcommand.
pub fn run(args: &[String]) -> Result<(), String> {
    let [dist, out] = args else {
        return Err("usage: single-file DIST OUT.html".into());
    };
    let (dist, out) = (Path::new(dist), Path::new(out));
    let mut page = Page::new(&read(&dist.join("index.html"))?)?;

    // The start-up guard (web/guard.js) becomes an inline classic script: it runs before the
    // module below, and shows the notice once the page is parsed.
    let guards: Vec<Element> = page
        .find("script")?
        .into_iter()
        .filter(|s| {
            let src = s.attr("src").unwrap_or_default();
            src.rsplit('/')
                .next()
                .unwrap_or_default()
                .starts_with("guard-")
        })
        .collect();
    let [guard_tag] = guards.as_slice() else {
        return Err(
            "no guard-….js start-up guard in index.html (did the post-build step run?)".into(),
        );
    };
    let guard = safe_inline(
        read(&local(dist, guard_tag.attr("src").unwrap_or_default())?)?,
        "the start-up guard",
    )?;
    page.remove(guard_tag)?;
    // The loader (the post-build step wrote it) names the glue and the wasm on its tag.
    let boots = page.find("script[type=\"module\"][src]")?;
    let [boot] = boots.as_slice() else {
        return Err(
            "no <script type=\"module\" src=...> loader in index.html (did the post-build step run?)"
                .into(),
        );
    };
    let (Some(glue_url), Some(wasm_url)) = (
        boot.attr("data-glue").filter(|u| !u.is_empty()),
        boot.attr("data-wasm").filter(|u| !u.is_empty()),
    ) else {
        return Err("the loader's tag does not name its data-glue and data-wasm (did the post-build step run?)".into());
    };
    let glue = read(&local(dist, glue_url)?)?;
    let wasm = read_bytes(&local(dist, wasm_url)?)?;
    if glue
        .lines()
        .any(|line| line.trim_start().starts_with("import "))
    {
        return Err(
            "the JS glue imports other modules (wasm-bindgen snippets?); they would need inlining too"
                .into(),
        );
    }
    // The start screen's reveal, as the web edition's loader does it (the page is pre-rendered).
    let reveal = if page.find("div[class=\"prerendered\"]")?.is_empty() {
        String::new()
    } else {
        read(&root().join("web/reveal-start.js"))?
    };
    let script = format!(
        "{}\n{reveal}\n\
         // Single-file edition: the wasm is inlined as base64 (no fetch: connect-src is 'none').\n\
         // Nothing starts where the start-up guard found this browser lacking; a failure shows its notice.\n\
         if (!window.ltaUnsupported) {{\n  \
         (typeof startScreenPainted === 'undefined' ? Promise.resolve() : startScreenPainted).then(() => {{\n    \
         const bytes = Uint8Array.from(atob('{}'), (c) => c.charCodeAt(0));\n    \
         return {}({{ module_or_path: bytes }});\n  \
         }}).then((instance) => {{\n    \
         dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm: instance }} }}));\n  \
         }}).catch((error) => (window.ltaStartFailed ? window.ltaStartFailed(error) : console.error(error)));\n\
         }}\n",
        safe_inline(glue.clone(), "the JS glue")?,
        STANDARD.encode(&wasm),
        default_export(&glue)?,
    );
    page.remove(boot)?;

    let mut styles = Vec::new();
    let links = page.find("link[rel=\"stylesheet\"]")?;
    if links.is_empty() {
        return Err("no stylesheet links found in index.html".into());
    }
    for link in links.iter().rev() {
        let css = safe_inline(
            read(&local(dist, link.attr("href").unwrap_or_default())?)?,
            "a stylesheet",
        )?;
        page.replace(link, &tag("style", &[], Some(&css)))?;
        styles.push(css);
    }

    let mut icons = page.find("link[rel=\"icon\"]")?;
    icons.extend(page.find("link[rel=\"apple-touch-icon\"]")?);
    if icons.is_empty() {
        return Err("no icon link found in index.html".into());
    }
    let icon_count = icons.len();
    icons.sort_by_key(|icon| std::cmp::Reverse(icon.position()));
    for icon in &icons {
        let href = data_url(&local(dist, icon.attr("href").unwrap_or_default())?)?;
        let attrs: Vec<(&str, &str)> = icon
            .attrs
            .iter()
            .map(|(name, value)| {
                let value = if name == "href" { &href } else { value };
                (name.as_str(), value.as_str())
            })
            .collect();
        page.replace(icon, &tag("link", &attrs, None))?;
    }

    let mut dropped = Vec::new();
    for (what, selector) in [
        ("the manifest link", "link[rel=\"manifest\"]"),
        ("the <base>", "base"),
    ] {
        let found = page.find(selector)?;
        if found.is_empty() {
            return Err(format!("{what} was not found in index.html"));
        }
        dropped.extend(found);
    }
    dropped.extend(page.find("link[rel=\"modulepreload\"]")?);
    dropped.extend(page.find("link[rel=\"preload\"]")?);
    dropped.sort_by_key(|element| std::cmp::Reverse(element.position()));
    for element in &dropped {
        page.remove(element)?;
    }

    if page
        .find("meta[http-equiv=\"Content-Security-Policy\"]")?
        .len()
        != 1
    {
        return Err("index.html must have one Content-Security-Policy meta tag".into());
    }
    let mut style_hashes: Vec<String> = styles.iter().map(|css| csp_hash(css)).collect();
    style_hashes.sort();
    style_hashes.dedup();
    let csp = [
        "default-src 'none'".to_owned(),
        format!(
            "script-src {} {} 'wasm-unsafe-eval'",
            csp_hash(&guard),
            csp_hash(&script)
        ),
        format!("style-src {}", style_hashes.join(" ")),
        "img-src data:".to_owned(),
        "connect-src 'none'".to_owned(),
        "object-src 'none'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'none'".to_owned(),
    ]
    .join("; ");
    let policy = page
        .find("meta[http-equiv=\"Content-Security-Policy\"]")?
        .into_iter()
        .next()
        .ok_or("the Content-Security-Policy went missing")?;
    page.replace(
        &policy,
        &tag(
            "meta",
            &[("http-equiv", "Content-Security-Policy"), ("content", &csp)],
            None,
        ),
    )?;

    // The language links of the pre-rendered start screen lead to the other editions' single
    // files beside this one (the app does the same once it starts: `components::edition`).
    let editions = local_therapy_aid::content::edition().links;
    for link in editions {
        let selector = format!("a[hreflang=\"{}\"]", link.code);
        for _ in 0..page.find(&selector)?.len() {
            let pending: Vec<_> = page
                .find(&selector)?
                .into_iter()
                .filter(|a| a.attr("href") != Some(link.single_file))
                .collect();
            if let Some(a) = pending.first() {
                page.set_attribute(a, "href", link.single_file)?;
            }
        }
    }

    // Nothing may still point at another file, but another edition's single file beside it.
    let leftover: Vec<String> = page
        .find("*")?
        .iter()
        .flat_map(|element| element.attrs.iter())
        .filter(|(name, value)| {
            (name == "src" || name == "href")
                && !value.is_empty()
                && !value.starts_with("data:")
                && !value.starts_with('#')
                && !editions
                    .iter()
                    .any(|link| link.single_file == value.as_str())
        })
        .map(|(_, value)| value.clone())
        .collect();
    if !leftover.is_empty() {
        return Err(format!(
            "the page still refers to other files: {leftover:?}"
        ));
    }
    if page.find("head")?.len() != 1 {
        return Err("no </head> in index.html".into());
    }
    let texts: Vec<String> = relative_files(dist)?
        .into_iter()
        .filter(|name| name.starts_with("texts-") && name.ends_with(".txt") && !name.contains('/'))
        .collect();
    let [texts_name] = texts.as_slice() else {
        return Err(format!(
            "expected one texts-*.txt in {} (the post-build step writes it), found {}",
            dist.display(),
            texts.len()
        ));
    };
    let texts_text = read(&dist.join(texts_name))?;
    let texts_block = tag(
        "script",
        &[("type", "text/plain"), ("id", "lta-texts")],
        Some(&safe_inline(texts_text.clone(), texts_name)?),
    );
    page.insert_before_end_of(
        "head",
        &format!(
            "{texts_block}\n  {}\n  {}\n  ",
            tag("script", &[], Some(&guard)),
            tag("script", &[("type", "module")], Some(&script))
        ),
    )?;

    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    let tmp = out.with_extension("html.tmp");
    crate::files::write(&tmp, page.text())?;
    std::fs::rename(&tmp, out).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "single-file: wrote {} (JS glue {} B, wasm {} B, texts {} B, {} stylesheets, {icon_count} icons inlined)",
        out.display(),
        glue.chars().count(),
        wasm.len(),
        texts_text.len(),
        styles.len(),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glue_names_its_default_export() {
        let glue = "function __wbg_init() {}\nexport { initSync, __wbg_init as default };\n";
        assert_eq!(default_export(glue).unwrap(), "__wbg_init");
        assert!(default_export("export { initSync };").is_err());
    }

    #[test]
    fn inline_text_that_would_end_its_element_is_refused() {
        assert!(safe_inline("a </SCRIPT> b".into(), "x").is_err());
        assert!(safe_inline("a <!-- b".into(), "x").is_err());
        assert_eq!(safe_inline("a < b".into(), "x").unwrap(), "a < b");
    }

    #[test]
    fn a_csp_hash_is_the_base64_sha256_of_the_text() {
        // echo -n 'alert(1)' | openssl sha256 -binary | base64
        assert_eq!(
            csp_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }
}

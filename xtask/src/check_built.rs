//! `check-built DIST [--public-url /sub/]`: checks that a finished build's index.html is the page
//! the post-build step makes (scripts/test.sh runs it on dist/, scripts/build-editions.sh on the
//! sub-path build).

use std::path::Path;

use crate::files::read;
use crate::page::Page;

/// What is wrong with a finished build's index.html (empty: nothing).
pub fn problems(dist: &Path, public_url: &str) -> Result<Vec<String>, String> {
    let page = Page::new(&read(&dist.join("index.html"))?)?;
    let mut problems = Vec::new();
    let bases: Vec<String> = page
        .find("base")?
        .iter()
        .map(|b| b.attr("href").unwrap_or_default().to_owned())
        .collect();
    if bases != [public_url] {
        problems.push(format!("<base href> is {bases:?}, not [{public_url:?}]"));
    }
    let scripts = page.find("script")?;
    let kinds: Vec<&str> = scripts
        .iter()
        .map(|s| {
            let src = s.attr("src").unwrap_or_default();
            let name = src.strip_prefix(public_url).unwrap_or(src);
            name.split('-').next().unwrap_or_default()
        })
        .collect();
    if kinds != ["guard", "boot"] {
        let raw: Vec<&str> = scripts.iter().map(|s| s.raw(&page)).collect();
        problems.push(format!(
            "expected the guard {public_url}guard-… then the loader {public_url}boot-…, found {raw:?}"
        ));
    }
    for script in &scripts {
        let src = script.attr("src").unwrap_or_default();
        let name = src.rsplit('/').next().unwrap_or_default();
        if name.is_empty() || !dist.join(name).is_file() {
            problems.push(format!("the loader {src} is not in the build"));
        }
    }
    let styles: Vec<String> = page
        .find("link[rel=\"stylesheet\"]")?
        .iter()
        .map(|l| l.attr("href").unwrap_or_default().to_owned())
        .collect();
    if styles.len() != 1 || !styles[0].starts_with(&format!("{public_url}app-")) {
        problems.push(format!(
            "expected one stylesheet {public_url}app-…, found {styles:?}"
        ));
    }
    if !page.find("link[rel=\"modulepreload\"]")?.is_empty()
        || !page.find("link[rel=\"preload\"]")?.is_empty()
    {
        problems.push(
            "preload links are left (the loader asks for the wasm after the first paint)".into(),
        );
    }
    if page
        .find("meta[http-equiv=\"Content-Security-Policy\"]")?
        .is_empty()
    {
        problems.push("no Content-Security-Policy".into());
    }
    if !page.comments("prerender")?.is_empty() || page.find("h1[id=\"main-heading\"]")?.is_empty() {
        problems.push("the start screen was not pre-rendered into the page".into());
    }
    if !page.comments("unsupported")?.is_empty() || page.find("div[id=\"unsupported\"]")?.is_empty()
    {
        problems.push(
            "the notice for a browser that cannot run the aid was not pre-rendered into the page"
                .into(),
        );
    }
    Ok(problems)
}

/// The subcommand: prints what is wrong, or that the page is finished.
pub fn run(args: &[String]) -> Result<(), String> {
    let (dist, public_url) = match args {
        [dist] => (dist, "/"),
        [dist, flag, url] if flag == "--public-url" => (dist, url.as_str()),
        _ => return Err("usage: check-built DIST [--public-url /sub/]".into()),
    };
    let dist = Path::new(dist);
    let problems = problems(dist, public_url)?;
    for problem in &problems {
        eprintln!("check-built: {}/index.html: {problem}", dist.display());
    }
    if problems.is_empty() {
        println!(
            "check-built: {}/index.html is a finished page for {public_url}",
            dist.display()
        );
        Ok(())
    } else {
        Err(format!(
            "{} problem(s) in {}/index.html",
            problems.len(),
            dist.display()
        ))
    }
}

//! Sizes of a build.
//!
//! `size-report DIST [--budget-gzip BYTES] [--budget-whole-gzip BYTES] [--json OUT]` prints the
//! first-load size of a built dist/ (raw, gzip -9, brotli -q 11) and enforces a budget. "First
//! load" is every file the page fetches before it is usable: index.html, the JS glue, the wasm
//! and the stylesheets. The texts file (texts-<fingerprint>.txt: the words the first screen does
//! not need) is fetched right after the first paint: it is listed as "after", and counted with
//! the first load in the whole aid's size. The service worker, manifest and icons load later
//! ("no").
//!
//! `offline-set DIST SINGLE.html [SUBPATH_DIST]` checks that each site's service worker precaches
//! exactly its built files (from precache.json, written with sw.js by `postbuild`), and prints
//! the size of each offline set and of the single file, raw and gzip.

use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;
use serde::Serialize;

use crate::files::{read, read_bytes, relative_files, write};

/// The size of `data` compressed with gzip at its highest level.
pub fn gzip_size(data: &[u8]) -> Result<u64, String> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder
        .write_all(data)
        .and_then(|()| encoder.finish())
        .map(|out| out.len() as u64)
        .map_err(|e| format!("gzip failed: {e}"))
}

/// The size of `data` compressed with `brotli -q 11`, if the brotli command is installed.
fn brotli_size(data: &[u8]) -> Result<Option<u64>, String> {
    let child = std::process::Command::new("brotli")
        .args(["-q", "11", "-c"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        return Ok(None);
    };
    if let Some(mut input) = child.stdin.take() {
        input
            .write_all(data)
            .map_err(|e| format!("brotli failed: {e}"))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| format!("brotli failed: {e}"))?;
    if !output.status.success() {
        return Err(format!("brotli failed: {}", output.status));
    }
    Ok(Some(output.stdout.len() as u64))
}

/// One built file's sizes.
#[derive(Serialize)]
struct Row {
    file: String,
    first_load: bool,
    after_first_paint: bool,
    raw: u64,
    gzip: u64,
    brotli: Option<u64>,
}

/// Totals of raw, gzip and brotli bytes.
#[derive(Serialize, Default, Clone, Copy)]
struct Total {
    raw: u64,
    gzip: u64,
    brotli: u64,
}

impl Total {
    fn add(&mut self, row: &Row) {
        self.raw += row.raw;
        self.gzip += row.gzip;
        self.brotli += row.brotli.unwrap_or(0);
    }
}

#[derive(Serialize)]
struct Report<'a> {
    files: &'a [Row],
    first_load: Total,
    whole: Total,
}

/// Whether a file name is the texts file's (`texts-` and 16 hexadecimal digits).
fn is_texts_file(name: &str) -> bool {
    name.strip_prefix("texts-")
        .and_then(|rest| rest.strip_suffix(".txt"))
        .is_some_and(|hash| {
            hash.len() == 16
                && hash
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        })
}

/// Whether a built file is fetched before the page is usable.
fn is_first_load(name: &str) -> bool {
    let first = [".html", ".js", ".wasm", ".css"]
        .iter()
        .any(|s| name.ends_with(s));
    first && !matches!(name, "sw.js" | "manifest.webmanifest" | "404.html")
}

/// A number of a flag (`--budget-gzip 267000`).
fn number(flag: &str, value: Option<&String>) -> Result<u64, String> {
    value
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("{flag} needs a number of bytes"))
}

/// The `size-report` subcommand.
pub fn report(args: &[String]) -> Result<(), String> {
    let usage =
        "usage: size-report DIST [--budget-gzip BYTES] [--budget-whole-gzip BYTES] [--json OUT]";
    let mut dist = None;
    let (mut budget, mut budget_whole, mut json) = (None, None, None);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--budget-gzip" => budget = Some(number(arg, rest.next())?),
            "--budget-whole-gzip" => budget_whole = Some(number(arg, rest.next())?),
            "--json" => json = Some(rest.next().ok_or(usage)?.clone()),
            _ if dist.is_none() && !arg.starts_with("--") => dist = Some(arg.clone()),
            _ => return Err(usage.into()),
        }
    }
    let dist = dist.ok_or(usage)?;
    let dist = Path::new(&dist);
    let mut rows = Vec::new();
    // The files at the top of the folder, as the browser fetches them.
    for name in relative_files(dist)?
        .into_iter()
        .filter(|n| !n.contains('/'))
    {
        let data = read_bytes(&dist.join(&name))?;
        rows.push(Row {
            first_load: is_first_load(&name),
            after_first_paint: is_texts_file(&name),
            raw: data.len() as u64,
            gzip: gzip_size(&data)?,
            brotli: brotli_size(&data)?,
            file: name,
        });
    }
    println!(
        "{:<44} {:>9} {:>9} {:>9}  first load",
        "file", "raw", "gzip-9", "brotli"
    );
    for r in &rows {
        let br = r.brotli.map_or("n/a".to_owned(), |b| b.to_string());
        let when = if r.first_load {
            "yes"
        } else if r.after_first_paint {
            "after"
        } else {
            "no"
        };
        println!(
            "{:<44} {:>9} {:>9} {:>9}  {when}",
            r.file, r.raw, r.gzip, br
        );
    }
    let mut total = Total::default();
    for r in rows.iter().filter(|r| r.first_load) {
        total.add(r);
    }
    let mut whole = total;
    for r in rows.iter().filter(|r| r.after_first_paint) {
        whole.add(r);
    }
    println!(
        "{:<44} {:>9} {:>9} {:>9}",
        "FIRST LOAD TOTAL", total.raw, total.gzip, total.brotli
    );
    println!(
        "{:<44} {:>9} {:>9} {:>9}",
        "WHOLE AID (first load + after first paint)", whole.raw, whole.gzip, whole.brotli
    );
    if let Some(out) = json {
        let report = Report {
            files: &rows,
            first_load: total,
            whole,
        };
        let text =
            serde_json::to_string_pretty(&report).map_err(|e| format!("cannot write JSON: {e}"))?;
        write(Path::new(&out), &text)?;
    }
    if let Some(budget) = budget {
        if total.gzip > budget {
            return Err(format!(
                "FAILED: first load is {} bytes gzip, over the budget of {budget}.",
                total.gzip
            ));
        }
        println!(
            "Within budget: {} of {budget} bytes gzip ({:.0}%).",
            total.gzip,
            100.0 * total.gzip as f64 / budget as f64
        );
    }
    if let Some(budget) = budget_whole {
        if !rows.iter().any(|r| r.after_first_paint) {
            return Err("FAILED: no texts file (texts-<fingerprint>.txt) in the build; the post-build step writes it.".into());
        }
        if whole.gzip > budget {
            return Err(format!(
                "FAILED: the whole aid is {} bytes gzip, over the budget of {budget}.",
                whole.gzip
            ));
        }
        println!(
            "Whole aid within budget: {} of {budget} bytes gzip ({:.0}%).",
            whole.gzip,
            100.0 * whole.gzip as f64 / budget as f64
        );
    }
    Ok(())
}

/// The files the service worker precaches (precache.json; "./" is index.html again) plus sw.js,
/// checked against the build: their count, raw bytes and gzip bytes.
fn cached_set(dist: &Path) -> Result<(usize, u64, u64), String> {
    let precache: serde_json::Value = serde_json::from_str(&read(&dist.join("precache.json"))?)
        .map_err(|e| format!("{}/precache.json is not JSON: {e}", dist.display()))?;
    let names = precache["files"]
        .as_array()
        .ok_or_else(|| format!("{}/precache.json has no list of files", dist.display()))?;
    let mut files: Vec<String> = names
        .iter()
        .filter_map(|n| n.as_str())
        .map(|n| if n == "./" { "index.html" } else { n }.to_owned())
        .chain(["sw.js".to_owned()])
        .collect();
    files.sort();
    files.dedup();
    let missing: Vec<&String> = files.iter().filter(|n| !dist.join(n).is_file()).collect();
    if !missing.is_empty() {
        return Err(format!(
            "{}/sw.js precaches files that do not exist: {missing:?}",
            dist.display()
        ));
    }
    let built: Vec<String> = relative_files(dist)?
        .into_iter()
        .filter(|n| n.rsplit('/').next() != Some(".nojekyll"))
        .collect();
    if built != files {
        let mut differ: Vec<&String> = built
            .iter()
            .filter(|n| !files.contains(n))
            .chain(files.iter().filter(|n| !built.contains(n)))
            .collect();
        differ.sort();
        return Err(format!(
            "{}/sw.js does not precache every built file: {differ:?}",
            dist.display()
        ));
    }
    let (mut raw, mut gzip) = (0, 0);
    for name in &files {
        let data = read_bytes(&dist.join(name))?;
        raw += data.len() as u64;
        gzip += gzip_size(&data)?;
    }
    Ok((files.len(), raw, gzip))
}

/// The `offline-set` subcommand.
pub fn offline_set(args: &[String]) -> Result<(), String> {
    let (dist, single, subpath) = match args {
        [dist, single] => (dist, single, None),
        [dist, single, subpath] => (dist, single, Some(subpath).filter(|s| !s.is_empty())),
        _ => return Err("usage: offline-set DIST SINGLE.html [SUBPATH_DIST]".into()),
    };
    let mut rows = Vec::new();
    for site in std::iter::once(dist).chain(subpath) {
        let (count, raw, gzip) = cached_set(Path::new(site))?;
        rows.push((
            format!("offline set of {site}/ ({count} files incl. sw.js)"),
            raw,
            gzip,
        ));
    }
    let data = read_bytes(Path::new(single))?;
    rows.push((
        format!("single file {single}"),
        data.len() as u64,
        gzip_size(&data)?,
    ));
    for (label, raw, gzip) in rows {
        println!("  {label:<62} raw={raw:>9}  gzip={gzip:>9}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_sorted_into_first_load_after_the_paint_and_later() {
        assert!(is_first_load("index.html") && is_first_load("app-0123.css"));
        assert!(!is_first_load("sw.js") && !is_first_load("icon.svg"));
        assert!(is_texts_file("texts-f06024fdd7174dea.txt"));
        assert!(!is_texts_file("texts-F06024FDD7174DEA.txt") && !is_texts_file("texts-1.txt"));
        assert!(!is_first_load("texts-f06024fdd7174dea.txt"));
    }

    #[test]
    fn gzip_sizes_shrink_what_repeats() {
        let repeated = "the same words again ".repeat(100);
        let size = gzip_size(repeated.as_bytes()).unwrap();
        assert!(size < 100, "{size}");
        assert_eq!(gzip_size(b"").unwrap(), 20);
    }
}

//! `check-support DIST`: checks that the start-up guard (web/guard.js) tests for exactly the
//! WebAssembly features the built app uses, so that a browser the guard lets through can run the
//! wasm, and the guard turns no browser away for a feature the app does not use.
//!
//! 1. Each tiny module in the guard is valid with its feature and invalid without it (so
//!    `WebAssembly.validate` on it answers whether the browser has that feature).
//! 2. The built wasm validates with only the guard's features enabled (its own target-features
//!    section is stripped first: it would switch features on by itself).
//! 3. Disabling any one of the guard's features makes the built wasm invalid (each is used).
//!
//! It uses wasm-opt from the pinned binaryen (web-tests/node_modules/.bin, put on PATH by
//! scripts/env.sh).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::files::{read, relative_files, root};

/// The first bytes of every WebAssembly module: the magic number and version 1.
const HEADER: [u8; 8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00];

/// The guard's tiny modules: binaryen feature name to module bytes. They are written in
/// web/guard.js as `var WASM_FEATURES = { 'name': [0x01, …], … };`.
pub fn guard_features(text: &str) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let start = text
        .find("var WASM_FEATURES = {")
        .ok_or("web/guard.js has no `var WASM_FEATURES = { … };` block")?;
    let block = &text[start..];
    let end = block
        .find("\n  };")
        .ok_or("web/guard.js has no end to its `var WASM_FEATURES = { … };` block")?;
    let mut features = BTreeMap::new();
    let mut rest = &block[..end];
    while let Some(open) = rest.find("': [") {
        let name_start = rest[..open].rfind('\'').map_or(0, |q| q + 1);
        let name = &rest[name_start..open];
        let body_start = open + "': [".len();
        let close = rest[body_start..]
            .find(']')
            .ok_or_else(|| format!("the bytes of {name} in web/guard.js are not closed"))?;
        let mut module = HEADER.to_vec();
        for number in rest[body_start..body_start + close].split(',') {
            let number = number.trim();
            let Some(hex) = number.strip_prefix("0x") else {
                continue;
            };
            module.push(
                u8::from_str_radix(hex, 16)
                    .map_err(|e| format!("{number} in {name} in web/guard.js: {e}"))?,
            );
        }
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return Err(format!("web/guard.js names a feature {name:?}"));
        }
        features.insert(name.to_owned(), module);
        rest = &rest[body_start + close..];
    }
    if features.is_empty() {
        return Err("web/guard.js lists no WebAssembly features".into());
    }
    Ok(features)
}

/// wasm-opt with only the first version's features and `features` enabled.
fn wasm_opt(features: &[&str]) -> Command {
    let mut command = Command::new("wasm-opt");
    command.arg("--mvp-features");
    command.args(features.iter().map(|f| format!("--enable-{f}")));
    command
}

/// Whether binaryen accepts `path` with only `features` (beyond the first version) enabled.
fn valid(path: &Path, features: &[&str]) -> Result<bool, String> {
    let output = wasm_opt(features)
        .arg(path)
        .args(["-o", "/dev/null"])
        .output()
        .map_err(|e| format!("cannot run wasm-opt (run: . scripts/env.sh): {e}"))?;
    Ok(output.status.success())
}

/// The subcommand.
pub fn run(args: &[String]) -> Result<(), String> {
    let [dist] = args else {
        return Err("usage: check-support DIST".into());
    };
    let dist = Path::new(dist);
    let features = guard_features(&read(&root().join("web/guard.js"))?)?;
    let names: Vec<&str> = features.keys().map(String::as_str).collect();
    let wasms: Vec<String> = relative_files(dist)?
        .into_iter()
        .filter(|n| n.ends_with(".wasm") && !n.contains('/'))
        .collect();
    let [wasm] = wasms.as_slice() else {
        return Err(format!(
            "expected one wasm in {}, found {}",
            dist.display(),
            wasms.len()
        ));
    };
    let folder = std::env::temp_dir().join(format!("xtask-check-support-{}", std::process::id()));
    std::fs::create_dir_all(&folder)
        .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let problems = problems(&folder, &dist.join(wasm), &features, &names);
    let _ = std::fs::remove_dir_all(&folder);
    let problems = problems?;
    for problem in &problems {
        eprintln!("check-support: {problem}");
    }
    if !problems.is_empty() {
        return Err(format!("{} problem(s)", problems.len()));
    }
    println!(
        "check-support: the guard checks exactly the WebAssembly features {wasm} uses: {}",
        names.join(", ")
    );
    Ok(())
}

fn problems(
    folder: &Path,
    wasm: &Path,
    features: &BTreeMap<String, Vec<u8>>,
    names: &[&str],
) -> Result<Vec<String>, String> {
    let mut problems = Vec::new();
    for (name, module) in features {
        let path = folder.join(format!("{name}.wasm"));
        std::fs::write(&path, module)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        if valid(&path, &[])? {
            problems.push(format!(
                "the guard's module for {name} is valid without {name}: it would not detect a browser without it"
            ));
        }
        if !valid(&path, &[name])? {
            problems.push(format!(
                "the guard's module for {name} is not valid even with {name}: fix its bytes in web/guard.js"
            ));
        }
    }
    let stripped = folder.join("app.wasm");
    let strip = wasm_opt(names)
        .arg("--strip-target-features")
        .arg(wasm)
        .arg("-o")
        .arg(&stripped)
        .output()
        .map_err(|e| format!("cannot run wasm-opt (run: . scripts/env.sh): {e}"))?;
    if !strip.status.success() {
        let stderr = String::from_utf8_lossy(&strip.stderr);
        let stderr: String = stderr.trim().chars().take(300).collect();
        problems.push(format!(
            "the built wasm needs a WebAssembly feature the guard does not check ({stderr}): \
             add a tiny module for it to web/guard.js, to support.guard_checks in bundle.toml and to the README"
        ));
        return Ok(problems);
    }
    if !valid(&stripped, names)? {
        problems.push(
            "the built wasm does not validate with only the guard's features: add what it needs to web/guard.js"
                .into(),
        );
    }
    for name in names {
        let others: Vec<&str> = names.iter().copied().filter(|n| n != name).collect();
        if valid(&stripped, &others)? {
            problems.push(format!(
                "the built wasm does not use {name}: drop it from web/guard.js (it turns browsers away for nothing)"
            ));
        }
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guard_lists_its_features_as_tiny_modules() {
        let features = guard_features(&read(&root().join("web/guard.js")).unwrap()).unwrap();
        let names: Vec<&str> = features.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "bulk-memory",
                "multivalue",
                "nontrapping-float-to-int",
                "reference-types",
                "sign-ext"
            ]
        );
        for module in features.values() {
            assert_eq!(module[..8], HEADER);
            assert!(module.len() > 8);
        }
    }

    #[test]
    fn a_guard_without_features_is_refused() {
        assert!(guard_features("var x = 1;").is_err());
        assert!(guard_features("  var WASM_FEATURES = {\n  };").is_err());
        let one = guard_features(
            "  var WASM_FEATURES = {\n    // why\n    'sign-ext': [0x01, 0x0b],\n  };",
        )
        .unwrap();
        assert_eq!(one["sign-ext"], [&HEADER[..], &[0x01, 0x0b]].concat());
    }
}

//! The build steps around the app, in Rust: `cargo run -q --offline -p xtask -- <subcommand>`.
//!
//! - `postbuild`: the Trunk post-build hook (Trunk.toml); finishes the site in
//!   `$TRUNK_STAGING_DIR` (see `postbuild`).
//! - `check-built DIST [--public-url /sub/]`: a finished build's index.html is the page
//!   `postbuild` makes.
//! - `single-file DIST OUT.html`: the single-file edition, from a finished build.
//! - `offline-set DIST SINGLE.html [SUBPATH_DIST]`: each site's service worker precaches exactly
//!   its files; prints the sizes of the offline sets and the single file.
//! - `size-report DIST [--budget-gzip BYTES] [--budget-whole-gzip BYTES] [--json OUT]`: first-load
//!   sizes and their budgets.
//! - `check-support DIST`: the start-up guard checks exactly the WebAssembly features the built
//!   wasm uses.
//! - `language-sheet CODE DIR` / `language-read CODE SHEET.csv`: a language edition's review
//!   sheet for bilingual reviewers, and their decisions read back (see `review_sheet`).
//! - `steps`: the journey (each step's id, address and title; the short way) as JSON, which the
//!   browser tests read.
//!
//! Native only: the app never depends on this package.

mod check_built;
mod files;
mod journey;
mod page;
mod postbuild;
mod prerender;
mod review_sheet;
mod single_file;
mod sizes;
mod support;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("xtask: name a subcommand (see xtask/src/main.rs)");
        return ExitCode::from(2);
    };
    let outcome = match command.as_str() {
        "postbuild" if rest.is_empty() => postbuild::run(),
        "check-built" => check_built::run(rest),
        "single-file" => single_file::run(rest),
        "offline-set" => sizes::offline_set(rest),
        "size-report" => sizes::report(rest),
        "check-support" => support::run(rest),
        "steps" => journey::run(rest),
        "language-sheet" => review_sheet::write_command(rest),
        "language-read" => review_sheet::read_command(rest),
        _ => {
            eprintln!(
                "xtask: unknown subcommand `{}` (see xtask/src/main.rs)",
                args.join(" ")
            );
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("xtask {command}: {problem}");
            ExitCode::FAILURE
        }
    }
}

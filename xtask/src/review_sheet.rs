//! The review kit of a language edition: a side-by-side sheet for bilingual reviewers, and the
//! way their decisions come back into the language file.
//!
//! - `language-sheet CODE DIR` writes `DIR/review-CODE.csv` (UTF-8 with a byte-order mark, every
//!   field quoted, CR LF: what spreadsheet programs open as it is) and `DIR/review-CODE.html` (the
//!   same rows to read or print): each patient text's key, group, where its translation stands,
//!   its level, the English, the translation, the back translation and the notes, and empty
//!   columns for the reviewer: `decision` (`approve` or `revise`), `revised`, `role`, `date`,
//!   `level` (the level the review reached: `clinician-reviewed` or `patient-tested`) and `note`.
//! - `language-read CODE SHEET.csv` reads those columns back into
//!   `content/data/languages/CODE.toml`: an approved text takes the review's level; a revised one
//!   takes the revised words and that level; each distinct review (role, date, level) becomes a
//!   review record for the bundle's evidence version, so the build's rule (no level above what
//!   the records show) holds. A row for a stale or missing translation, or a decision without a
//!   role, date or level, is refused with its row number, and nothing is written.

use std::collections::BTreeMap;
use std::path::Path;

use local_therapy_aid::checks::language::{self, LanguageFile, Level, Review, Standing};
use local_therapy_aid::checks::load;
use local_therapy_aid::checks::validate::is_iso_date;
use local_therapy_aid::content::schema::Bundle;

/// The sheet's columns, in order; the reviewer fills the last six.
pub const COLUMNS: [&str; 15] = [
    "key",
    "group",
    "standing",
    "level",
    "english",
    "translation",
    "back_translation",
    "notes",
    "english_hash",
    "decision",
    "revised",
    "role",
    "date",
    "review_level",
    "note",
];

/// `language-sheet CODE DIR`.
pub fn write_command(args: &[String]) -> Result<(), String> {
    let [code, dir] = args else {
        return Err("usage: language-sheet CODE DIR".into());
    };
    let bundle = bundle()?;
    let file = language::read(code)?;
    let rows = rows(&bundle, &file);
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {dir}: {e}"))?;
    let csv_path = Path::new(dir).join(format!("review-{code}.csv"));
    let html_path = Path::new(dir).join(format!("review-{code}.html"));
    write(&csv_path, &csv(&rows))?;
    write(&html_path, &html(code, &rows))?;
    println!(
        "language-sheet: {} texts -> {} and {}",
        rows.len(),
        csv_path.display(),
        html_path.display()
    );
    Ok(())
}

/// `language-read CODE SHEET.csv`.
pub fn read_command(args: &[String]) -> Result<(), String> {
    let [code, sheet] = args else {
        return Err("usage: language-read CODE SHEET.csv".into());
    };
    let bundle = bundle()?;
    let path = language::path(code);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file = language::read_file(&path)?;
    let sheet_text =
        std::fs::read_to_string(sheet).map_err(|e| format!("cannot read {sheet}: {e}"))?;
    let (updated, changed) = apply(&bundle, &file, &parse_csv(&sheet_text)?)?;
    write(&path, &rewrite(&text, &updated)?)?;
    println!(
        "language-read: {changed} decision(s) read into {}",
        path.display()
    );
    Ok(())
}

fn bundle() -> Result<Bundle, String> {
    load::load_dir(Path::new(load::DATA_DIR)).map_err(|errors| {
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!("the content does not load:\n  {}", listed.join("\n  "))
    })
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// One row per patient text, the reviewer's columns empty.
pub fn rows(bundle: &Bundle, file: &LanguageFile) -> Vec<Vec<String>> {
    language::pairs(bundle, file)
        .iter()
        .map(|pair| {
            let translation = pair.translation;
            let field = |get: fn(&language::Translation) -> &str| {
                translation.map_or(String::new(), |t| get(t).to_owned())
            };
            let mut row = vec![
                pair.english.key(),
                language::group(&pair.english),
                standing(pair.standing).to_owned(),
                field(|t| &t.level),
                pair.english.raw.to_owned(),
                field(|t| &t.text),
                field(|t| &t.back),
                field(|t| &t.comment),
                language::hash(pair.english.raw),
            ];
            row.resize(COLUMNS.len(), String::new());
            row
        })
        .collect()
}

fn standing(standing: Standing) -> &'static str {
    match standing {
        Standing::Current => "current",
        Standing::Stale => "stale",
        Standing::Missing => "missing",
    }
}

/// The rows as CSV: a byte-order mark, the header, every field quoted, CR LF.
pub fn csv(rows: &[Vec<String>]) -> String {
    let line = |fields: &[String]| {
        fields
            .iter()
            .map(|f| format!("\"{}\"", f.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(",")
    };
    let header: Vec<String> = COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&header));
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&line(row));
        out.push_str("\r\n");
    }
    out
}

/// Reads CSV (RFC 4180: quoted fields may hold commas, quotes as `""` and line breaks), with or
/// without a byte-order mark; the first row is the header.
pub fn parse_csv(text: &str) -> Result<Vec<BTreeMap<String, String>>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records: Vec<Vec<String>> = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err("the sheet ends inside a quoted field".into());
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    let Some((header, body)) = records.split_first() else {
        return Err("the sheet is empty".into());
    };
    // The key and hash that tie a row to its English, and the reviewer's columns (the last six,
    // but the note, which may be left out).
    let reviewer = &COLUMNS[COLUMNS.len() - 6..COLUMNS.len() - 1];
    for column in ["key", "english_hash"].iter().chain(reviewer) {
        if !header.iter().any(|h| h == column) {
            return Err(format!("the sheet has no `{column}` column"));
        }
    }
    Ok(body
        .iter()
        .filter(|row| row.iter().any(|f| !f.is_empty()))
        .map(|row| header.iter().cloned().zip(row.iter().cloned()).collect())
        .collect())
}

/// The language file with the sheet's decisions in it, and how many rows decided something.
pub fn apply(
    bundle: &Bundle,
    file: &LanguageFile,
    sheet: &[BTreeMap<String, String>],
) -> Result<(LanguageFile, usize), String> {
    let mut updated = file.clone();
    let pairs = language::pairs(bundle, file);
    let mut problems = Vec::new();
    let mut changed = 0;
    let mut reviews: BTreeMap<(String, String, String), String> = BTreeMap::new();
    for (index, row) in sheet.iter().enumerate() {
        // Row 1 is the header.
        let at = format!("row {}", index + 2);
        let get = |column: &str| row.get(column).map_or("", |v| v.trim());
        let decision = get("decision");
        if decision.is_empty() {
            continue;
        }
        let key = get("key");
        let Some(pair) = pairs.iter().find(|p| p.english.key() == key) else {
            problems.push(format!(
                "{at}: `{key}` is no patient text of the English content"
            ));
            continue;
        };
        if pair.standing != Standing::Current
            || get("english_hash") != language::hash(pair.english.raw)
        {
            problems.push(format!(
                "{at}: `{key}`: the English changed since the translation, or since this sheet was written: write a new sheet"
            ));
            continue;
        }
        let level = match Level::parse(get("review_level")) {
            Some(level) if level >= Level::ClinicianReviewed => level,
            _ => {
                problems.push(format!(
                    "{at}: `{key}`: review_level must be `clinician-reviewed` or `patient-tested`"
                ));
                continue;
            }
        };
        let (role, date) = (get("role"), get("date"));
        if role.is_empty() || !is_iso_date(date) {
            problems.push(format!(
                "{at}: `{key}`: a decision needs the reviewer's role and the date (YYYY-MM-DD)"
            ));
            continue;
        }
        let Some(text) = updated.texts.iter_mut().find(|t| t.key == key) else {
            continue;
        };
        match decision {
            "approve" => {}
            "revise" if !get("revised").is_empty() => {
                text.text = get("revised").to_owned();
            }
            _ => {
                problems.push(format!(
                    "{at}: `{key}`: decision must be `approve`, or `revise` with the revised words"
                ));
                continue;
            }
        }
        text.level = level.as_str().to_owned();
        let note = get("note");
        if !note.is_empty() {
            let review_note = format!("{role}, {date}: {note}");
            text.comment = if text.comment.is_empty() {
                review_note
            } else {
                format!("{}; {review_note}", text.comment)
            };
        }
        reviews
            .entry((date.to_owned(), role.to_owned(), level.as_str().to_owned()))
            .or_default();
        changed += 1;
    }
    if !problems.is_empty() {
        return Err(format!(
            "the sheet was not read in (nothing was written):\n  {}",
            problems.join("\n  ")
        ));
    }
    for (date, role, level) in reviews.into_keys() {
        let review = Review {
            level,
            role,
            date,
            evidence_version: bundle.meta.version.as_str().to_owned(),
            summary: String::new(),
        };
        if !updated.reviews.iter().any(|r| {
            (r.level.as_str(), r.role.as_str(), r.date.as_str())
                == (
                    review.level.as_str(),
                    review.role.as_str(),
                    review.date.as_str(),
                )
        }) {
            updated.reviews.push(Review {
                summary: format!(
                    "Revisión del texto en la hoja de revisión ({}).",
                    review.role
                ),
                ..review
            });
        }
    }
    Ok((updated, changed))
}

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The language file's text with its reviews and texts as `file` has them: the header (its
/// comments and `[language]`) is kept as written; the review records and the texts are written
/// again, in the file's own layout.
pub fn rewrite(original: &str, file: &LanguageFile) -> Result<String, String> {
    let header_end = original
        .find("\n[[reviews]]")
        .or_else(|| original.find("\n[[texts]]"))
        .unwrap_or(original.len());
    let mut out = original[..header_end].trim_end().to_owned();
    out.push('\n');
    // The comment that introduces the review records, when the file has one right before them.
    for review in &file.reviews {
        out.push_str("\n[[reviews]]\n");
        for (name, value) in [
            ("level", &review.level),
            ("role", &review.role),
            ("date", &review.date),
            ("evidence_version", &review.evidence_version),
            ("summary", &review.summary),
        ] {
            out.push_str(&format!("{name} = {}\n", quoted(value)));
        }
    }
    for text in &file.texts {
        out.push_str("\n[[texts]]\n");
        for (name, value, always) in [
            ("key", &text.key, true),
            ("english", &text.english, true),
            ("level", &text.level, true),
            ("text", &text.text, true),
            ("back", &text.back, false),
            ("comment", &text.comment, false),
        ] {
            if always || !value.is_empty() {
                out.push_str(&format!("{name} = {}\n", quoted(value)));
            }
        }
    }
    let parsed: LanguageFile = toml_round_trip(&out)?;
    if parsed != *file {
        return Err("the rewritten language file does not read back as written".into());
    }
    Ok(out)
}

fn toml_round_trip(text: &str) -> Result<LanguageFile, String> {
    let dir = std::env::temp_dir().join(format!("lta-language-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join("check.toml");
    std::fs::write(&path, text).map_err(|e| e.to_string())?;
    let parsed = language::read_file(&path);
    let _ = std::fs::remove_file(&path);
    parsed
}

/// The rows as a page to read or print side by side.
pub fn html(code: &str, rows: &[Vec<String>]) -> String {
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut body = String::new();
    for row in rows {
        body.push_str("<tr>");
        for (column, value) in COLUMNS.iter().zip(row).take(8) {
            let lang = match *column {
                "translation" => format!(" lang=\"{code}\""),
                "english" | "back_translation" => " lang=\"en\"".to_owned(),
                _ => String::new(),
            };
            body.push_str(&format!("<td{lang}>{}</td>", escape(value)));
        }
        body.push_str("</tr>\n");
    }
    let header: String = COLUMNS
        .iter()
        .take(8)
        .map(|c| format!("<th scope=\"col\">{c}</th>"))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Review sheet: {code}</title>\n<style>body{{font:14px/1.4 system-ui,sans-serif;margin:1rem}}table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:.3rem;vertical-align:top;text-align:start}}th{{background:#eee}}</style>\n</head>\n<body>\n<h1>Review sheet: {code}</h1>\n<p>{} texts. Record decisions in review-{code}.csv (columns decision, revised, role, date, review_level, note), then run <code>cargo run -p xtask -- language-read {code} review-{code}.csv</code>.</p>\n<table>\n<thead><tr>{header}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n</body>\n</html>\n",
        rows.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> (Bundle, LanguageFile, String) {
        let bundle = bundle().expect("the content loads");
        let path = language::path("es");
        let text = std::fs::read_to_string(&path).expect("es.toml reads");
        let file = language::read_file(&path).expect("es.toml parses");
        (bundle, file, text)
    }

    #[test]
    fn a_sheet_round_trips_with_a_reviewers_decisions() {
        let (bundle, file, text) = shipped();
        let written = csv(&rows(&bundle, &file));
        assert!(written.starts_with("\u{feff}\"key\",\"group\""));
        let mut sheet = parse_csv(&written).expect("the sheet reads back");
        assert_eq!(sheet.len(), language::sources(&bundle).len());
        // Unchanged, it reads in as no decision at all.
        let (same, changed) = apply(&bundle, &file, &sheet).expect("reads in");
        assert_eq!((changed, &same), (0, &file));
        // A reviewer approves one current text and revises another.
        let current: Vec<usize> = sheet
            .iter()
            .enumerate()
            .filter(|(_, row)| row["standing"] == "current")
            .map(|(i, _)| i)
            .take(2)
            .collect();
        let [approved, revised] = current[..] else {
            panic!("the fixture needs two current translations");
        };
        for (i, decision) in [(approved, "approve"), (revised, "revise")] {
            let row = &mut sheet[i];
            row.insert("decision".into(), decision.into());
            row.insert("role".into(), "Oncóloga bilingüe".into());
            row.insert("date".into(), "2026-12-20".into());
            row.insert("review_level".into(), "clinician-reviewed".into());
        }
        sheet[revised].insert(
            "revised".into(),
            "Palabras revisadas, con \"comillas\".".into(),
        );
        sheet[revised].insert("note".into(), "Más claro así.".into());
        // Through the CSV again, as a spreadsheet would save it.
        let saved: Vec<Vec<String>> = sheet
            .iter()
            .map(|row| {
                COLUMNS
                    .iter()
                    .map(|c| row.get(*c).cloned().unwrap_or_default())
                    .collect()
            })
            .collect();
        let sheet = parse_csv(&csv(&saved)).expect("reads back");
        let (updated, changed) = apply(&bundle, &file, &sheet).expect("reads in");
        assert_eq!(changed, 2);
        let key = |i: usize| sheet[i]["key"].clone();
        let find = |k: &str| updated.texts.iter().find(|t| t.key == k).expect("there");
        assert_eq!(find(&key(approved)).level, "clinician-reviewed");
        assert_eq!(
            find(&key(revised)).text,
            "Palabras revisadas, con \"comillas\"."
        );
        assert!(
            find(&key(revised))
                .comment
                .ends_with("Oncóloga bilingüe, 2026-12-20: Más claro así.")
        );
        let review = updated.reviews.last().expect("a review record");
        assert_eq!(
            (
                review.level.as_str(),
                review.role.as_str(),
                review.date.as_str()
            ),
            ("clinician-reviewed", "Oncóloga bilingüe", "2026-12-20")
        );
        // The level is now backed by a record, and the file writes and reads back whole.
        let level_problems: Vec<String> = language::problems(&bundle, &updated)
            .iter()
            .map(ToString::to_string)
            .filter(|p| p.contains("above what the review records show"))
            .collect();
        assert!(level_problems.is_empty(), "{level_problems:?}");
        let rewritten = rewrite(&text, &updated).expect("rewrites");
        assert!(rewritten.starts_with(&text[..text.find("[language]").expect("header")]));
    }

    #[test]
    fn a_decision_without_a_role_or_on_a_changed_english_is_refused_whole() {
        let (bundle, file, _) = shipped();
        let mut sheet = parse_csv(&csv(&rows(&bundle, &file))).expect("reads");
        let first = sheet
            .iter()
            .position(|row| row["standing"] == "current")
            .expect("a current translation");
        sheet[first].insert("decision".into(), "approve".into());
        sheet[first].insert("review_level".into(), "clinician-reviewed".into());
        let problem = apply(&bundle, &file, &sheet).expect_err("refused");
        assert!(
            problem.contains("needs the reviewer's role and the date"),
            "{problem}"
        );
        sheet[first].insert("role".into(), "Oncóloga bilingüe".into());
        sheet[first].insert("date".into(), "2026-12-20".into());
        sheet[first].insert("english_hash".into(), "0000000000000000".into());
        let problem = apply(&bundle, &file, &sheet).expect_err("refused");
        assert!(problem.contains("the English changed"), "{problem}");
    }

    #[test]
    fn quoted_fields_may_hold_commas_quotes_and_line_breaks() {
        let sheet = "key,english_hash,decision,revised,role,date,review_level\r\n\"a, b\",\"say \"\"hi\"\"\",\"line\nbreak\",,,,\r\n";
        let rows = parse_csv(sheet).expect("reads");
        assert_eq!(rows[0]["key"], "a, b");
        assert_eq!(rows[0]["english_hash"], "say \"hi\"");
        assert_eq!(rows[0]["decision"], "line\nbreak");
        assert!(parse_csv("key\n\"open").is_err());
    }
}

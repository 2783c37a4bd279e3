//! The one piece of markup content prose may use: glossary terms.
//!
//! `{lymphoedema}` shows the glossary term with its inline explanation; `{lymphoedema|arm
//! swelling}` shows the words "arm swelling" linked to that term. There is no other markup: no
//! HTML, no links, no emphasis. This file is shared with `build.rs`.

/// A piece of prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Plain words.
    Text(&'a str),
    /// A glossary term: its id and, if given, the words to show instead of the term.
    Term {
        /// Glossary id.
        id: &'a str,
        /// Words shown in place of the term's own name.
        shown: Option<&'a str>,
    },
}

/// A markup mistake, worded for the content editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkupError(pub String);

/// Splits prose into text and glossary-term segments.
pub fn parse(text: &str) -> Result<Vec<Segment<'_>>, MarkupError> {
    let mut segments = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(MarkupError(format!(
                "a `}}` has no matching `{{` in \"{}\": glossary terms are written {{term-id}}",
                excerpt(text)
            )));
        }
        if open > 0 {
            segments.push(Segment::Text(&rest[..open]));
        }
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(|| {
            MarkupError(format!(
                "a `{{` is never closed in \"{}\": write {{term-id}} or {{term-id|words}}",
                excerpt(text)
            ))
        })?;
        let inner = &after[..close];
        if inner.contains('{') {
            return Err(MarkupError(format!(
                "glossary terms cannot be nested in \"{}\"",
                excerpt(text)
            )));
        }
        let (id, shown) = match inner.split_once('|') {
            Some((id, shown)) => (id.trim(), Some(shown)),
            None => (inner.trim(), None),
        };
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(MarkupError(format!(
                "`{{{inner}}}` in \"{}\" is not a glossary id: ids are lower-case words joined by hyphens",
                excerpt(text)
            )));
        }
        if shown.is_some_and(|s| s.trim().is_empty()) {
            return Err(MarkupError(format!(
                "`{{{inner}}}` in \"{}\" has nothing after the `|`: give the words to show",
                excerpt(text)
            )));
        }
        segments.push(Segment::Term { id, shown });
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        segments.push(Segment::Text(rest));
    }
    Ok(segments)
}

/// The prose as a reader sees it, with each term replaced by its shown words.
///
/// `term_name` gives the display name of a glossary id; unknown ids fall back to the id.
pub fn plain<'a>(text: &'a str, term_name: impl Fn(&str) -> Option<&'a str>) -> String {
    match parse(text) {
        Ok(segments) => segments
            .iter()
            .map(|segment| match *segment {
                Segment::Text(t) => t,
                Segment::Term { shown: Some(s), .. } => s,
                Segment::Term { id, shown: None } => term_name(id).unwrap_or(id),
            })
            .collect(),
        Err(_) => text.to_owned(),
    }
}

/// Glossary ids used in the prose.
pub fn term_ids(text: &str) -> Vec<&str> {
    parse(text)
        .map(|segments| {
            segments
                .into_iter()
                .filter_map(|s| match s {
                    Segment::Term { id, .. } => Some(id),
                    Segment::Text(_) => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_terms_and_text() {
        let segments =
            parse("After {axillary-dissection|armpit surgery}, {lymphoedema} can start.").unwrap();
        assert_eq!(
            segments,
            vec![
                Segment::Text("After "),
                Segment::Term {
                    id: "axillary-dissection",
                    shown: Some("armpit surgery")
                },
                Segment::Text(", "),
                Segment::Term {
                    id: "lymphoedema",
                    shown: None
                },
                Segment::Text(" can start."),
            ]
        );
    }

    #[test]
    fn rejects_broken_markup_with_a_fix() {
        assert!(
            parse("an {open term")
                .unwrap_err()
                .0
                .contains("never closed")
        );
        assert!(
            parse("a stray } brace")
                .unwrap_err()
                .0
                .contains("no matching")
        );
        assert!(parse("{Not An Id}").unwrap_err().0.contains("lower-case"));
        assert!(parse("{a|}").unwrap_err().0.contains("nothing after"));
    }

    #[test]
    fn plain_text_uses_shown_words() {
        let text = plain(
            "Risk of {lymphoedema} after {sentinel-node-biopsy|node biopsy}",
            |id| (id == "lymphoedema").then_some("lymphoedema"),
        );
        assert_eq!(text, "Risk of lymphoedema after node biopsy");
    }
}

//! Reading length: how many words a person sees on a screen before she opens anything, and the
//! budgets a consultation of 15 minutes can hold.
//!
//! The app renders each step (server-side, natively: `src/bin/reading.rs` for the benchmark and
//! `tests/render.rs` for the budgets); this module reads that HTML. The *first layer* is the text
//! of the page's `<main>` with every disclosure closed: a `<details>` element counts with its
//! `<summary>` only, and text hidden from the eye (`hidden`, `.visually-hidden`, `aria-hidden`
//! pictures' labels are not text) does not count. Words are counted as the readability check
//! counts them: runs of letters or digits separated by spaces.

/// Reading speed the budgets are stated in (words a minute read aloud or together).
pub const WORDS_PER_MINUTE: u32 = 150;

/// The reading budgets of a consultation, held by `tests/render.rs` and printed by the benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// Patient view, first layer of all consultation steps together.
    pub patient_first_layer: u32,
    /// Clinician view, first layer of all consultation steps together.
    pub clinician_first_layer: u32,
    /// Patient view, first layer of the steps of the short consultation together.
    pub short_path_patient: u32,
    /// A step's key points, in either view.
    pub key_points: u32,
}

/// The budgets the aid keeps.
pub const BUDGET: Budget = Budget {
    patient_first_layer: 2_500,
    clinician_first_layer: 6_000,
    short_path_patient: 1_000,
    key_points: 150,
};

/// Elements that have no end tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param",
];

/// What an open element does to the text inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shows {
    /// Its text is seen.
    Seen,
    /// Its text is not seen until she opens something (a closed `<details>` outside its summary),
    /// or never by the eye (hidden, visually hidden, script, style).
    Unseen,
    /// A `<summary>`: seen even inside a closed disclosure.
    Summary,
}

struct Element {
    name: String,
    shows: Shows,
}

/// The text a person sees inside the first `<main>` of `html` with every disclosure closed, with
/// one space between runs of text. Without a `<main>`, the whole document.
pub fn first_layer_text(html: &str) -> String {
    let body = main_of(html).unwrap_or(html);
    let mut out = String::new();
    let mut stack: Vec<Element> = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(&mut out, &stack, rest);
            break;
        };
        push_text(&mut out, &stack, &rest[..lt]);
        rest = &rest[lt..];
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(at) = stack.iter().rposition(|e| e.name == name) {
                stack.truncate(at);
            }
            continue;
        }
        let name: String = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        let shows = shows(&name, tag);
        stack.push(Element { name, shows });
    }
    out.trim().to_owned()
}

/// The inside of the first `<main …>` element, if there is one.
fn main_of(html: &str) -> Option<&str> {
    let start = html.find("<main")?;
    let open_end = start + html[start..].find('>')? + 1;
    let end = html[open_end..]
        .find("</main>")
        .map_or(html.len(), |e| open_end + e);
    Some(&html[open_end..end])
}

fn shows(name: &str, tag: &str) -> Shows {
    let attributes = &tag[name.len()..];
    let hidden_by_class = attribute(attributes, "class")
        .is_some_and(|class| class.split_whitespace().any(|c| c == "visually-hidden"));
    let hidden = has_attribute(attributes, "hidden")
        || attribute(attributes, "aria-hidden") == Some("true")
        || hidden_by_class
        || matches!(name, "script" | "style" | "template" | "noscript");
    match name {
        _ if hidden => Shows::Unseen,
        "summary" => Shows::Summary,
        "details" if !has_attribute(attributes, "open") => Shows::Unseen,
        _ => Shows::Seen,
    }
}

/// The value of `name="…"` among a tag's attributes.
fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let pattern = format!("{name}=\"");
    let mut from = 0;
    while let Some(at) = attributes[from..].find(&pattern) {
        let at = from + at;
        let boundary = at == 0 || attributes[..at].ends_with(char::is_whitespace);
        let value_start = at + pattern.len();
        if boundary {
            let value_end = attributes[value_start..].find('"')? + value_start;
            return Some(&attributes[value_start..value_end]);
        }
        from = value_start;
    }
    None
}

/// Whether a tag carries a boolean attribute (`hidden`, `open`).
fn has_attribute(attributes: &str, name: &str) -> bool {
    let mut in_quotes = false;
    let mut word = String::new();
    let mut found = false;
    let mut check = |word: &mut String| {
        let key = word.split('=').next().unwrap_or_default();
        found |= key == name;
        word.clear();
    };
    for c in attributes.chars() {
        match c {
            '"' => {
                in_quotes = !in_quotes;
                word.push(c);
            }
            c if c.is_whitespace() && !in_quotes => check(&mut word),
            '/' if !in_quotes => check(&mut word),
            c => word.push(c),
        }
    }
    check(&mut word);
    found
}

fn push_text(out: &mut String, stack: &[Element], text: &str) {
    if text.trim().is_empty() || !seen(stack) {
        return;
    }
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&decode(text.trim()));
}

/// Whether text at this depth is seen: inside no hidden element, and inside each closed
/// disclosure only within its own summary.
fn seen(stack: &[Element]) -> bool {
    stack
        .iter()
        .enumerate()
        .all(|(at, element)| match element.shows {
            Shows::Seen | Shows::Summary => true,
            Shows::Unseen if element.name == "details" => stack
                .get(at + 1)
                .is_some_and(|inner| inner.shows == Shows::Summary),
            Shows::Unseen => false,
        })
}

/// Text with the entities the server renderer writes turned back into characters (`&amp;` last,
/// so `&amp;lt;` stays `&lt;`).
pub fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Words in a text: runs that hold at least one letter or digit ("–" and "·" are not words).
pub fn words(text: &str) -> u32 {
    let count = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// Words in the first layer of a rendered screen.
pub fn first_layer_words(html: &str) -> u32 {
    words(&first_layer_text(html))
}

/// Minutes to read a number of words at [`WORDS_PER_MINUTE`], to one decimal place (as text, so
/// no float formatting is needed where it is shown).
pub fn minutes(words: u32) -> String {
    // Tenths of a minute, rounded half up.
    let tenths = (u64::from(words) * 10 * 2 + u64::from(WORDS_PER_MINUTE))
        / (2 * u64::from(WORDS_PER_MINUTE));
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Words on each screen of a way through, in one view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screens {
    /// What the counts are of ("patient view, first layer").
    pub what: String,
    /// Each screen's name and its words.
    pub screens: Vec<(String, u32)>,
}

/// Which words of a screen are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// What she sees before she opens anything.
    First,
    /// Everything, every disclosure open.
    Everything,
}

impl Screens {
    /// Counts the words of rendered screens (title, HTML) in one layer.
    pub fn count(what: impl Into<String>, screens: &[(&str, String)], layer: Layer) -> Self {
        Self {
            what: what.into(),
            screens: screens
                .iter()
                .map(|(name, html)| {
                    let words = match layer {
                        Layer::First => first_layer_words(html),
                        Layer::Everything => {
                            first_layer_words(&html.replace("<details", "<details open"))
                        }
                    };
                    ((*name).to_owned(), words)
                })
                .collect(),
        }
    }

    /// All the screens' words together.
    pub fn total(&self) -> u32 {
        self.screens.iter().map(|(_, words)| words).sum()
    }

    /// A message that says by how much the screens go over `budget`, and which screens hold
    /// the most words (where to cut first), or `None` within it.
    pub fn over(&self, budget: u32) -> Option<String> {
        let total = self.total();
        if total <= budget {
            return None;
        }
        let mut longest = self.screens.clone();
        longest.sort_by_key(|screen| std::cmp::Reverse(screen.1));
        let longest: Vec<String> = longest
            .iter()
            .take(3)
            .map(|(name, words)| format!("{name} {words}"))
            .collect();
        Some(format!(
            "{}: {total} words ({} minutes at {WORDS_PER_MINUTE} a minute) is over the budget of {budget} by {}. \
             The longest screens are {}: move study detail, further figures and long explanations behind a \
             disclosure (components::disclosure::more), or shorten the key points in steps.toml.",
            self.what,
            minutes(total),
            total - budget,
            longest.join(", "),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_only_the_main_with_disclosures_closed() {
        let html = r#"<header>Frame words</header><main id="main"><h1>Harms</h1>
            <p>Two short lines.</p><details class="more"><summary>More about swelling</summary>
            <div><p>Hidden until opened, ten words here to be sure of it.</p></div></details>
            <span class="visually-hidden">Screen reader only</span><img alt="x"><br>
            <details open><summary>Open one</summary><p>Seen now</p></details></main><footer>Foot</footer>"#;
        assert_eq!(
            first_layer_text(html),
            "Harms Two short lines. More about swelling Open one Seen now"
        );
        assert_eq!(first_layer_words(html), 11);
    }

    #[test]
    fn a_summary_inside_a_hidden_element_or_a_closed_disclosure_stays_hidden() {
        let html = r#"<main><div hidden><details><summary>Not seen</summary></details></div><p>Seen</p>
            <details><summary>Outer</summary><details><summary>Inner</summary></details></details></main>"#;
        assert_eq!(first_layer_text(html), "Seen Outer");
    }

    #[test]
    fn comments_and_tags_without_content_do_not_come_between_a_disclosure_and_its_summary() {
        // The server renderer writes comments as component markers; a void or self-closing tag
        // holds no text and closes itself.
        let html = r#"<main><!DOCTYPE html><details><!--<[x]>--><summary>More</summary><p>Inside</p></details>
            <details><br><summary>Also</summary></details><?x y?><p><span hidden/>Seen</p></main>"#;
        assert_eq!(first_layer_text(html), "More Also Seen");
    }

    #[test]
    fn attributes_are_read_as_a_browser_reads_them() {
        for (html, seen) in [
            // Names and words inside an attribute's value are not attributes.
            (r#"<p data-class="visually-hidden">Seen</p>"#, "Seen"),
            (r#"<p title="the hidden words">Seen</p>"#, "Seen"),
            (r#"<p title="a/hidden/b">Seen</p>"#, "Seen"),
            (r#"<p aria-hidden="false">Seen</p>"#, "Seen"),
            // A slash between attributes parts them; a repeated attribute still counts.
            (
                r#"<p/hidden>Hidden</p><p class="more visually-hidden">Hidden</p>"#,
                "",
            ),
            (r#"<p hidden class="more" hidden>Hidden</p>"#, ""),
            (r#"<div hidden><summary>Hidden</summary></div>"#, ""),
        ] {
            assert_eq!(
                first_layer_text(&format!("<main>{html}</main>")),
                seen,
                "{html}"
            );
        }
    }

    #[test]
    fn symbols_are_not_words_and_entities_are_decoded() {
        assert_eq!(words("30 – 40 · out of 100"), 5);
        assert_eq!(first_layer_text("<main><p>A &amp; B</p></main>"), "A & B");
        assert_eq!(decode("&amp;lt; &#x27;"), "&lt; '");
    }

    #[test]
    fn everything_counts_what_the_disclosures_hold() {
        let html = "<main><p>One two</p><details><summary>More</summary><p>three four</p></details></main>".to_owned();
        let screens = [("Step", html)];
        assert_eq!(Screens::count("x", &screens, Layer::First).total(), 3);
        assert_eq!(Screens::count("x", &screens, Layer::Everything).total(), 5);
    }

    #[test]
    fn minutes_at_150_words_a_minute() {
        assert_eq!(minutes(150), "1.0");
        assert_eq!(minutes(2_500), "16.7");
        assert_eq!(minutes(7_960), "53.1");
        assert_eq!(minutes(0), "0.0");
    }

    #[test]
    fn over_budget_names_the_longest_screens() {
        let screens = Screens {
            what: "patient view, first layer".into(),
            screens: vec![
                ("Start".into(), 100),
                ("Options".into(), 900),
                ("Harms".into(), 600),
            ],
        };
        assert_eq!(screens.total(), 1_600);
        assert_eq!(screens.over(1_600), None);
        let message = screens.over(1_000).expect("over budget");
        assert!(message.contains("1600 words"), "{message}");
        assert!(message.contains("by 600"), "{message}");
        assert!(
            message.contains("Options 900, Harms 600, Start 100"),
            "{message}"
        );
    }
}

//! The built page, read and edited through `lol_html`, the one HTML parser and rewriter of the
//! build steps.
//!
//! Everything the steps are not asked to change is written back byte for byte: a page is only
//! accepted if it reads back exactly as it was written, and every edit goes through the rewriter,
//! aimed at one element or comment by where it starts in the page. Elements are found by CSS
//! selectors (tag and attributes), never by regular expressions over the markup.

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use lol_html::html_content::{Comment, ContentType, Element as LolElement, EndTag, TextChunk};
use lol_html::{
    ElementContentHandlers, HandlerResult, RewriteStrSettings, Selector, doc_comments, doc_text,
    end_tag, rewrite_str,
};

/// A start tag found in the page, with what the edits need to aim at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    /// The tag name, lower case.
    pub name: String,
    /// The attributes in the order written, with their values as written (entities decoded).
    pub attrs: Vec<(String, String)>,
    /// Where the start tag is in the page.
    start: Range<usize>,
    /// Where the element's content is (empty for an element without an end tag).
    inner: Range<usize>,
}

impl Element {
    /// The value of the attribute `name`, if the tag has it (`Some("")` for `defer`).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(written, _)| written == name)
            .map(|(_, value)| value.as_str())
    }

    /// Where the element starts in the page (to edit several, last first).
    pub fn position(&self) -> usize {
        self.start.start
    }

    /// The start tag exactly as the page writes it.
    pub fn raw<'a>(&self, page: &'a Page) -> &'a str {
        page.text.get(self.start.clone()).unwrap_or_default()
    }
}

/// A comment found in the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Where the comment is in the page.
    at: Range<usize>,
}

/// A page as text, with the edits the build steps need.
#[derive(Clone, Debug)]
pub struct Page {
    text: String,
}

impl Page {
    /// Reads a page; refuses one that the rewriter would not write back exactly as it was written
    /// (unusual markup), so an edit can never change anything else.
    pub fn new(text: &str) -> Result<Self, String> {
        let read_back = rewrite(text, RewriteStrSettings::new())?;
        if read_back != text {
            return Err("the page does not read back as it was written (unusual markup?)".into());
        }
        Ok(Self {
            text: text.to_owned(),
        })
    }

    /// The page as it is now.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The elements that `selector` (a CSS selector: tag and attributes) matches, in page order.
    pub fn find(&self, selector: &str) -> Result<Vec<Element>, String> {
        let found: Rc<RefCell<Vec<Element>>> = Rc::default();
        let record = Rc::clone(&found);
        let settings = RewriteStrSettings::new().append_element_content_handler(on_elements(
            selector,
            move |el: &mut LolElement<'_, '_>| {
                let start = el.source_location().bytes();
                let index = {
                    let mut list = record.borrow_mut();
                    list.push(Element {
                        name: el.tag_name(),
                        attrs: el
                            .attributes()
                            .iter()
                            .map(|a| (a.name(), unescape(&a.value())))
                            .collect(),
                        start: start.clone(),
                        inner: start.end..start.end,
                    });
                    list.len() - 1
                };
                if el.can_have_content() && !el.is_self_closing() {
                    let record = Rc::clone(&record);
                    el.on_end_tag(end_tag!(move |end: &mut EndTag| {
                        let inner = start.end..end.source_location().bytes().start;
                        record.borrow_mut()[index].inner = inner;
                        Ok(())
                    }))?;
                }
                Ok(())
            },
        )?);
        rewrite(&self.text, settings)?;
        Ok(found.take())
    }

    /// The source text inside `element` (a script's code, for example).
    pub fn content(&self, element: &Element) -> &str {
        self.text.get(element.inner.clone()).unwrap_or_default()
    }

    /// The comments whose words are `words` (surrounding spaces ignored), in page order.
    pub fn comments(&self, words: &str) -> Result<Vec<Found>, String> {
        let found: Rc<RefCell<Vec<Found>>> = Rc::default();
        let record = Rc::clone(&found);
        let settings =
            RewriteStrSettings::new().append_document_content_handler(doc_comments!(move |c| {
                if c.text().trim() == words {
                    record.borrow_mut().push(Found {
                        at: c.source_location().bytes(),
                    });
                }
                Ok(())
            }));
        rewrite(&self.text, settings)?;
        Ok(found.take())
    }

    /// Replaces `element` (its start tag, content and end tag) with `markup`.
    pub fn replace(&mut self, element: &Element, markup: &str) -> Result<(), String> {
        self.edit_element(element, Edit::Replace(markup), None)
    }

    /// Sets the attribute `name` of `element` to `value`.
    pub fn set_attribute(
        &mut self,
        element: &Element,
        name: &str,
        value: &str,
    ) -> Result<(), String> {
        self.edit_element(element, Edit::SetAttribute(name, value), None)
    }

    /// Removes `element`, with the spaces and line break before it (so a line that held only the
    /// element goes too).
    pub fn remove(&mut self, element: &Element) -> Result<(), String> {
        let space = self.space_before(element.start.start)?;
        self.edit_element(element, Edit::Remove, space)
    }

    /// Replaces the comment `found` with `markup`.
    pub fn replace_comment(&mut self, found: &Found, markup: &str) -> Result<(), String> {
        let target = found.at.start;
        let hit = Rc::new(RefCell::new(false));
        let seen = Rc::clone(&hit);
        let settings = RewriteStrSettings::new().append_document_content_handler(doc_comments!(
            move |c: &mut Comment| {
                if c.source_location().bytes().start == target {
                    c.replace(markup, ContentType::Html);
                    *seen.borrow_mut() = true;
                }
                Ok(())
            }
        ));
        self.apply(settings, &hit, "comment")
    }

    /// Removes every comment except those whose words are in `keep` (placeholders), with the
    /// spaces and line break before each (so a line that held only the comment goes too); returns
    /// how many it removed.
    pub fn remove_comments(&mut self, keep: &[&str]) -> Result<usize, String> {
        let found: Rc<RefCell<Vec<Found>>> = Rc::default();
        let record = Rc::clone(&found);
        let keep: Vec<String> = keep.iter().map(|words| (*words).to_owned()).collect();
        let settings =
            RewriteStrSettings::new().append_document_content_handler(doc_comments!(move |c| {
                if !keep.iter().any(|words| c.text().trim() == words) {
                    record.borrow_mut().push(Found {
                        at: c.source_location().bytes(),
                    });
                }
                Ok(())
            }));
        rewrite(&self.text, settings)?;
        let comments: Vec<Range<usize>> = found.take().into_iter().map(|c| c.at).collect();
        let mut spaces = Vec::new();
        for comment in &comments {
            spaces.extend(self.space_before(comment.start)?);
        }
        let removed = comments.len();
        let settings = RewriteStrSettings::new()
            .append_document_content_handler(doc_comments!(move |c: &mut Comment| {
                if comments.contains(&c.source_location().bytes()) {
                    c.remove();
                }
                Ok(())
            }))
            .append_document_content_handler(doc_text!(move |t: &mut TextChunk| {
                let place = t.source_location().bytes();
                if !place.is_empty()
                    && spaces
                        .iter()
                        .any(|space| space.start <= place.start && place.end <= space.end)
                {
                    t.remove();
                }
                Ok(())
            }));
        self.text = rewrite(&self.text, settings)?;
        Ok(removed)
    }

    /// Inserts `markup` right before the end tag of the first `name` element (`</head>`).
    pub fn insert_before_end_of(&mut self, name: &str, markup: &str) -> Result<(), String> {
        let hit = Rc::new(RefCell::new(false));
        let seen = Rc::clone(&hit);
        let markup = markup.to_owned();
        let settings = RewriteStrSettings::new().append_element_content_handler(on_elements(
            name,
            move |el: &mut LolElement<'_, '_>| {
                if *seen.borrow() {
                    return Ok(());
                }
                *seen.borrow_mut() = true;
                let markup = markup.clone();
                el.on_end_tag(end_tag!(move |end: &mut EndTag| {
                    end.before(&markup, ContentType::Html);
                    Ok(())
                }))?;
                Ok(())
            },
        )?);
        self.apply(settings, &hit, name)
    }

    /// The place of the text right before `at`, if that text is only spaces and line breaks.
    fn space_before(&self, at: usize) -> Result<Option<Range<usize>>, String> {
        let chunks: Rc<RefCell<Vec<TextPlace>>> = Rc::default();
        let record = Rc::clone(&chunks);
        let settings = RewriteStrSettings::new().append_document_content_handler(doc_text!(
            move |t: &mut TextChunk| {
                let place = t.source_location().bytes();
                if !place.is_empty() {
                    let blank = t.as_str().trim().is_empty();
                    record.borrow_mut().push((place, blank));
                }
                Ok(())
            }
        ));
        rewrite(&self.text, settings)?;
        // The text node before `at`: the chunks that run, without a gap, up to it.
        let mut start = at;
        for (place, blank) in chunks.borrow().iter().rev() {
            if place.end > start {
                continue;
            }
            if place.end < start || !blank {
                break;
            }
            start = place.start;
        }
        let all_blank = self
            .text
            .get(start..at)
            .is_some_and(|t| t.trim().is_empty());
        Ok((start < at && all_blank).then_some(start..at))
    }

    fn edit_element(
        &mut self,
        element: &Element,
        edit: Edit<'_>,
        space: Option<Range<usize>>,
    ) -> Result<(), String> {
        let target = element.start.start;
        let hit = Rc::new(RefCell::new(false));
        let seen = Rc::clone(&hit);

        let mut settings = RewriteStrSettings::new().append_element_content_handler(on_elements(
            &element.name,
            move |el: &mut LolElement<'_, '_>| {
                if el.source_location().bytes().start == target {
                    match edit {
                        Edit::Replace(markup) => el.replace(markup, ContentType::Html),
                        Edit::Remove => el.remove(),
                        Edit::SetAttribute(name, value) => el
                            .set_attribute(name, value)
                            .map_err(|e| format!("cannot set {name}: {e}"))?,
                    }
                    *seen.borrow_mut() = true;
                }
                Ok(())
            },
        )?);
        if let Some(space) = space {
            settings =
                settings.append_document_content_handler(doc_text!(move |t: &mut TextChunk| {
                    let place = t.source_location().bytes();
                    if !place.is_empty() && space.start <= place.start && place.end <= space.end {
                        t.remove();
                    }
                    Ok(())
                }));
        }
        self.apply(settings, &hit, &element.name)
    }

    /// Runs an edit; fails if it found nothing to edit (the page changed since it was read).
    fn apply(
        &mut self,
        settings: RewriteStrSettings<'_, '_>,
        hit: &Rc<RefCell<bool>>,
        what: &str,
    ) -> Result<(), String> {
        let text = rewrite(&self.text, settings)?;
        if !*hit.borrow() {
            return Err(format!(
                "the <{what}> to edit is no longer where it was found"
            ));
        }
        self.text = text;
        Ok(())
    }
}

/// Where a piece of text is, and whether it is only spaces and line breaks.
type TextPlace = (Range<usize>, bool);

/// What an edit does to the element it aims at.
#[derive(Clone, Copy)]
enum Edit<'a> {
    Replace(&'a str),
    Remove,
    SetAttribute(&'a str, &'a str),
}

/// A handler for the elements `selector` matches; a selector that does not parse is an error
/// (`lol_html`'s own `element!` would panic).
fn on_elements<'h>(
    selector: &str,
    handler: impl FnMut(&mut LolElement<'_, '_>) -> HandlerResult + 'h,
) -> Result<(Cow<'static, Selector>, ElementContentHandlers<'h>), String> {
    let parsed: Selector = selector
        .parse()
        .map_err(|e| format!("the selector {selector:?} is not valid: {e}"))?;
    Ok((
        Cow::Owned(parsed),
        ElementContentHandlers::default().element(handler),
    ))
}

fn rewrite(text: &str, settings: RewriteStrSettings<'_, '_>) -> Result<String, String> {
    rewrite_str(text, settings).map_err(|e| format!("the page cannot be read: {e}"))
}

/// An attribute's value as the browser reads it (the entities the build's pages can hold).
fn unescape(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// A start tag with attributes (escaped), and the content and end tag if `content` is given.
pub fn tag(name: &str, attrs: &[(&str, &str)], content: Option<&str>) -> String {
    // Only what would end the value or start markup is escaped, so a policy's quotes stay as
    // written.
    let mut start = format!("<{name}");
    for (key, value) in attrs {
        let value = value
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;");
        start.push_str(&format!(" {key}=\"{value}\""));
    }
    start.push('>');
    match content {
        None => start,
        Some(content) => format!("{start}{content}</{name}>"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trunk's own output for this app, before the post-build step.
    pub const FIXTURE: &str = include_str!("../../tests/fixtures/trunk-0.21.14-index.html");

    #[test]
    fn a_page_reads_back_byte_for_byte() {
        assert_eq!(Page::new(FIXTURE).unwrap().text(), FIXTURE);
    }

    #[test]
    fn elements_are_found_by_attributes_and_removed_whole() {
        let mut page = Page::new(
            "<head><link rel=\"a\" href=\"x\"><script type=\"module\">go()</script>\n  <link rel=\"b\"></head>",
        )
        .unwrap();
        assert_eq!(page.find("link").unwrap().len(), 2);
        let [script] = page
            .find("script[type=\"module\"]:not([src])")
            .unwrap()
            .try_into()
            .unwrap();
        assert_eq!(page.content(&script), "go()");
        page.remove(&script).unwrap();
        assert_eq!(
            page.text(),
            "<head><link rel=\"a\" href=\"x\">\n  <link rel=\"b\"></head>"
        );
        let b = page.find("link[rel=\"b\"]").unwrap().remove(0);
        page.remove(&b).unwrap();
        assert_eq!(page.text(), "<head><link rel=\"a\" href=\"x\"></head>");
        let a = page.find("link[rel=\"a\"]").unwrap().remove(0);
        page.replace(&a, &tag("link", &[("rel", "c"), ("href", "a\"b")], None))
            .unwrap();
        assert_eq!(
            page.text(),
            "<head><link rel=\"c\" href=\"a&quot;b\"></head>"
        );
    }

    #[test]
    fn comments_and_script_text_are_kept_as_written() {
        let text = "<body><!-- prerender --><script>if (a < b && c) {}</script></body>";
        let page = Page::new(text).unwrap();
        assert_eq!(page.comments("prerender").unwrap().len(), 1);
        assert_eq!(page.text(), text);
    }

    #[test]
    fn an_edit_aims_at_one_element_only() {
        let mut page = Page::new("<p>\n  <b>1</b>\n  <b>2</b>\n</p>").unwrap();
        let second = page.find("b").unwrap().remove(1);
        page.remove(&second).unwrap();
        assert_eq!(page.text(), "<p>\n  <b>1</b>\n</p>");
        // A stale element (the page changed since it was found) is refused, not guessed at.
        assert!(page.remove(&second).is_err());
        // Text that is not only spaces stays.
        let mut page = Page::new("<p>a <b>1</b></p>").unwrap();
        let b = page.find("b").unwrap().remove(0);
        page.remove(&b).unwrap();
        assert_eq!(page.text(), "<p>a </p>");
    }

    #[test]
    fn markup_goes_before_an_end_tag_and_in_place_of_a_comment() {
        let mut page = Page::new("<head>\n  <!-- here --></head>").unwrap();
        let here = page.comments("here").unwrap().remove(0);
        page.replace_comment(&here, "<b>x</b>").unwrap();
        page.insert_before_end_of("head", "<i>y</i>").unwrap();
        assert_eq!(page.text(), "<head>\n  <b>x</b><i>y</i></head>");
    }
}

//! The start screen (and the notice for a browser that cannot run the aid), rendered by the app
//! itself, in this process, as static HTML for index.html.
//!
//! So the first screen is on the page before the WebAssembly has arrived (on a slow clinic
//! network that is a second or more). It is inert until the app starts and replaces it with the
//! live screen; see `platform::dom::remove_loading_shell_after_paint`.

use local_therapy_aid::app::{AppAt, AppAtProps};
use local_therapy_aid::domain::session::View;
use local_therapy_aid::domain::step::Step;
use local_therapy_aid::route::Route;

use crate::page::Page;

/// What to pre-render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The start screen, in the patient view.
    Start,
    /// The hidden notice that `web/guard.js` shows where the aid cannot run.
    Unsupported,
}

/// The screen as HTML, checked for what the Content-Security-Policy forbids; links become hash
/// links, as the browser app writes them.
pub fn screen(screen: Screen) -> Result<String, String> {
    // Not hydratable: the app replaces this markup rather than adopting it, so no markers needed.
    let (html, expected, what) = match screen {
        Screen::Start => {
            let props = AppAtProps {
                route: Route::Step(Step::Start),
                view: View::Patient,
            };
            let html = futures::executor::block_on(
                yew::LocalServerRenderer::<AppAt>::with_props(props)
                    .hydratable(false)
                    .render(),
            );
            (html, "<main", "start")
        }
        Screen::Unsupported => {
            let html = futures::executor::block_on(
                yew::LocalServerRenderer::<Notice>::new()
                    .hydratable(false)
                    .render(),
            );
            (html, "<div id=\"unsupported\"", "unsupported")
        }
    };
    if !html.contains(expected) {
        return Err(format!(
            "pre-rendering the {what} screen failed: it has no {expected}"
        ));
    }
    inert_with_hash_links(&html)
}

/// The notice as a component, so the server renderer can draw it.
#[yew::component]
fn Notice() -> yew::Html {
    local_therapy_aid::pages::unsupported::unsupported_notice()
}

/// `html` with its links as hash links (`/x` becomes `#/x`); fails if it holds a script, an
/// event handler or an inline style, which the Content-Security-Policy forbids.
pub fn inert_with_hash_links(html: &str) -> Result<String, String> {
    let mut page = Page::new(html)?;
    for element in page.find("*")? {
        let forbidden = element.name == "script"
            || element
                .attrs
                .iter()
                .any(|(name, _)| name.starts_with("on") || name == "style");
        if forbidden {
            return Err(
                "the pre-rendered start screen has a script, handler or inline style; the CSP forbids them"
                    .into(),
            );
        }
    }
    for link in page.find("a[href^=\"/\"]")?.iter().rev() {
        let hashed = format!("#{}", link.attr("href").unwrap_or_default());
        page.set_attribute(link, "href", &hashed)?;
    }
    Ok(page.text().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_hash_links_and_the_rest_stays() {
        let html = "<main><a href=\"/about\">About</a> <a href=\"#/x\">X</a></main>";
        assert_eq!(
            inert_with_hash_links(html).unwrap(),
            "<main><a href=\"#/about\">About</a> <a href=\"#/x\">X</a></main>"
        );
    }

    #[test]
    fn scripts_handlers_and_inline_styles_are_refused() {
        for html in [
            "<main><script>go()</script></main>",
            "<main><button onclick=\"go()\">Go</button></main>",
            "<main><p style=\"color: red\">Hi</p></main>",
        ] {
            assert!(inert_with_hash_links(html).is_err(), "{html}");
        }
    }

    #[test]
    fn the_start_screen_and_the_notice_are_rendered_by_the_app() {
        let start = screen(Screen::Start).unwrap();
        assert!(start.contains("<main") && start.contains("id=\"main-heading\""));
        let notice = screen(Screen::Unsupported).unwrap();
        assert!(notice.starts_with("<div id=\"unsupported\""), "{notice}");
    }
}

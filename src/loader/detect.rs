//! Which format a file is in ([`detect`]): by its name for JSON and Markdown, else by its
//! content (a JSON object or array, markup that is HTML or a feed, plain news text).

use std::fmt;
use std::path::Path;

/// The article formats khabar reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Html,
    Feed,
    Markdown,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Text => "text",
            Format::Json => "JSON",
            Format::Html => "HTML",
            Format::Feed => "an RSS/Atom feed",
            Format::Markdown => "Markdown",
        })
    }
}

/// The format, from the content as well as the name: an object or an array of objects is
/// JSON, markup is HTML or a feed, anything else is the plain news text, except that a file
/// named `*.json` is always read as JSON (so a broken one gets a JSON error), and one named
/// `*.md` or `*.markdown` as Markdown.
pub fn detect(text: &str, name: &Path) -> Format {
    if name
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        return Format::Json;
    }
    // Markdown by its name only: plain news text also starts with a `#` headline.
    if name
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
    {
        return Format::Markdown;
    }
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let array_of_objects = head
        .strip_prefix('[')
        .is_some_and(|rest| rest.trim_start().starts_with(['{', ']']));
    if head.starts_with('{') || array_of_objects {
        return Format::Json;
    }
    if head.starts_with('<') {
        let feed_name = name.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            ["xml", "rss", "atom"]
                .iter()
                .any(|x| e.eq_ignore_ascii_case(x))
        });
        match first_element(head).as_deref() {
            Some("rss" | "feed" | "rdf:rdf" | "rdf") => return Format::Feed,
            Some("html" | "head" | "body") => return Format::Html,
            // Other XML (an XML declaration or a DTD up front, or a feed's file name) goes
            // to the feed parser, which names what is wrong with it.
            _ if (feed_name || head.starts_with("<?xml") || head.starts_with("<!DOCTYPE"))
                && !head
                    .get(..14)
                    .is_some_and(|h| h.eq_ignore_ascii_case("<!doctype html")) =>
            {
                return Format::Feed;
            }
            _ => {}
        }
        let lower: String = head
            .chars()
            .take(512)
            .collect::<String>()
            .to_ascii_lowercase();
        if lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body") {
            return Format::Html;
        }
    }
    Format::Text
}

/// The lower-cased name of the first element of markup, past the XML declaration, comments
/// and a document type declaration (internal subset included); `None` if none starts within
/// the first 64 KiB.
fn first_element(markup: &str) -> Option<String> {
    let mut end = markup.len().min(64 * 1024);
    while !markup.is_char_boundary(end) {
        end -= 1;
    }
    let mut rest = &markup[..end];
    loop {
        rest = rest.trim_start();
        let skip_to = |end: &str| rest.find(end).map(|i| i + end.len());
        let next = if rest.starts_with("<?") {
            skip_to("?>")
        } else if rest.starts_with("<!--") {
            skip_to("-->")
        } else if rest.starts_with("<!") {
            let subset = rest
                .find('[')
                .filter(|&b| rest.find('>').is_some_and(|g| b < g));
            match subset {
                Some(_) => skip_to("]>").or_else(|| skip_to("] >")),
                None => skip_to(">"),
            }
        } else {
            let name: String = rest
                .strip_prefix('<')?
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, '>' | '/'))
                .collect();
            return Some(name.to_ascii_lowercase());
        };
        rest = &rest[next?..];
    }
}

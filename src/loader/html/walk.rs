//! Turns cleaned HTML (a reader-mode extract, or a feed item's content) into body blocks:
//! paragraphs and sub-headings with quote spans (`blockquote`, `q`, quote marks in the text)
//! and link spans (`a[href]`, bare URLs), and list items with their level and, in ordered
//! lists, their numbers ([`super::lists`]). Boilerplate elements are skipped here too, so a
//! feed fragment gets the same treatment as a page.

use dom_query::NodeRef;
use url::Url;

use super::furniture::{SKIPPED, is_furniture_form};
use super::lists::{Digits, List};
use crate::article::{Block, Inline, Span, SpanKind};
use crate::loader::text::inline_with_spans;

/// Elements that end the paragraph before them and start a new one.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "dd",
    "dt",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "ul",
    "ol",
    "dl",
    "figure",
    "figcaption",
    "address",
    "header",
    "body",
    "html",
    "center",
    "hr",
    "br",
];

/// Collects the blocks of a tree; see [`blocks`].
struct Walker<'b> {
    base: Option<&'b Url>,
    marks: (&'static str, &'static str),
    blocks: Vec<Block>,
    text: String,
    spans: Vec<Span>,
    heading: bool,
    blockquote: usize,
    /// Paragraphs ended so far: a link or quote holding a block (`<a><p>…</p></a>`) is split
    /// across paragraphs, and its start offset belongs to one already ended.
    flushes: usize,
    /// The lists open around the current node, innermost last.
    lists: Vec<List>,
    /// The marker of the list item whose first paragraph is not yet ended.
    marker: Option<String>,
    /// The digits of the text under the root, for list numbers.
    digits: Digits,
}

/// The body blocks under `root`, links resolved against `base`. `rtl` picks the marks a `q`
/// element gets (« » for right-to-left text, “ ” otherwise), as a browser would draw them.
pub fn blocks(root: &NodeRef, base: Option<&Url>, rtl: bool) -> Vec<Block> {
    let mut w = Walker {
        base,
        marks: if rtl { ("«", "»") } else { ("“", "”") },
        blocks: Vec::new(),
        text: String::new(),
        spans: Vec::new(),
        heading: false,
        blockquote: 0,
        flushes: 0,
        lists: Vec::new(),
        marker: None,
        digits: Digits::of_text(&root.text()),
    };
    w.children(root);
    w.flush();
    w.blocks
}

impl Walker<'_> {
    fn children(&mut self, node: &NodeRef) {
        for child in node.children_it(false) {
            self.node(&child);
        }
    }

    fn node(&mut self, node: &NodeRef) {
        if node.is_text() {
            self.push_text(&node.text());
            return;
        }
        if !node.is_element() {
            return;
        }
        let name = node.node_name().map(|n| n.to_ascii_lowercase());
        let name = name.as_deref().unwrap_or("");
        let furniture_form = name == "form" && is_furniture_form(node);
        if SKIPPED.contains(&name) || furniture_form || node.attr("hidden").is_some() {
            return;
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.heading = true;
                self.children(node);
                self.flush();
                self.heading = false;
            }
            "blockquote" => {
                self.flush();
                self.blockquote += 1;
                self.children(node);
                self.flush();
                self.blockquote -= 1;
            }
            "ol" | "ul" => {
                self.flush();
                let attr = |a: &str| node.attr(a).map(|v| v.to_string());
                let (start, kind) = (attr("start"), attr("type"));
                let list = List::new(name == "ol", start.as_deref(), kind.as_deref());
                self.lists.push(list);
                self.children(node);
                self.flush();
                self.lists.pop();
            }
            "li" => {
                self.flush();
                let (digits, value) = (self.digits, node.attr("value").map(|v| v.to_string()));
                self.marker = self
                    .lists
                    .last_mut()
                    .and_then(|l| l.marker(value.as_deref(), digits));
                self.children(node);
                self.flush();
                self.marker = None;
            }
            "a" => self.link(node),
            "q" => self.quote(node),
            "img" => {}
            _ if BLOCKS.contains(&name) => {
                self.flush();
                self.children(node);
                self.flush();
            }
            _ => self.children(node),
        }
    }

    fn link(&mut self, node: &NodeRef) {
        let (start, flushes) = (self.text.len(), self.flushes);
        self.children(node);
        // A block inside the link ended the paragraph it started in (found by fuzzing: the
        // old offset sliced past the new paragraph's end): the link covers what is left.
        let start = if self.flushes == flushes { start } else { 0 };
        let target = node.attr("href").and_then(|h| resolve(self.base, &h));
        if let Some(target) = target {
            let end = self.text.trim_end().len();
            let start = start + leading_space(&self.text[start..end.max(start)]);
            if start < end {
                self.spans.push(Span {
                    range: start..end,
                    kind: SpanKind::Link {
                        target: Some(target),
                    },
                });
            }
        }
    }

    fn quote(&mut self, node: &NodeRef) {
        let (start, flushes) = (self.text.len(), self.flushes);
        self.text.push_str(self.marks.0);
        let inner = self.text.len();
        self.children(node);
        let inner_end = self.text.len();
        self.text.push_str(self.marks.1);
        if self.flushes != flushes {
            // Split across paragraphs by a block inside: the marks stay, as text.
            return;
        }
        self.spans.push(Span {
            range: start..self.text.len(),
            kind: SpanKind::Quote {
                content: inner..inner_end,
            },
        });
    }

    /// Appends text with runs of white space collapsed to one space, as HTML renders it.
    fn push_text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() || c == '\u{feff}' {
                if !self.text.is_empty() && !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
            } else {
                self.text.push(c);
            }
        }
    }

    /// Ends the current paragraph or heading.
    fn flush(&mut self) {
        self.flushes += 1;
        let text = std::mem::take(&mut self.text);
        let mut spans = std::mem::take(&mut self.spans);
        let text = text.trim_end().to_string();
        if !text.chars().any(char::is_alphanumeric) {
            return;
        }
        for s in &mut spans {
            s.range.end = s.range.end.min(text.len());
            if let SpanKind::Quote { content } = &mut s.kind {
                content.end = content.end.min(text.len());
                content.start = content.start.min(content.end);
            }
        }
        if self.blockquote > 0 && !self.heading {
            spans.push(Span {
                range: 0..text.len(),
                kind: SpanKind::Quote {
                    content: 0..text.len(),
                },
            });
        }
        let (text, spans) = self.with_marker(text, spans);
        let inline = merge(text, spans);
        let level = u8::try_from(self.lists.len()).unwrap_or(u8::MAX);
        self.blocks.push(if self.heading {
            Block::Heading(inline)
        } else if level > 0 {
            Block::Item { level, inline }
        } else {
            Block::Paragraph(inline)
        });
    }

    /// The text with the pending list marker before it (once per item), spans moved along.
    fn with_marker(&mut self, text: String, mut spans: Vec<Span>) -> (String, Vec<Span>) {
        let Some(marker) = self.marker.take() else {
            return (text, spans);
        };
        let n = marker.len();
        for s in &mut spans {
            s.range = s.range.start + n..s.range.end + n;
            if let SpanKind::Quote { content } = &mut s.kind {
                *content = content.start + n..content.end + n;
            }
        }
        (marker + &text, spans)
    }
}

fn leading_space(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// The markup's spans plus the quotes and URLs `inline_with_spans` finds in the text, where
/// those do not repeat or cross a span of the markup.
fn merge(text: String, mut spans: Vec<Span>) -> Inline {
    let found = inline_with_spans(&text).spans;
    let fits = |a: &Span| {
        spans.iter().all(|e| {
            let disjoint = a.range.end <= e.range.start || e.range.end <= a.range.start;
            let encloses = a.range.start <= e.range.start
                && e.range.end <= a.range.end
                && a.range != e.range
                && matches!(a.kind, SpanKind::Quote { .. });
            disjoint || encloses
        })
    };
    let extra: Vec<Span> = found.into_iter().filter(|a| fits(a)).collect();
    spans.extend(extra);
    let mut inline = Inline { text, spans };
    inline.sanitize_spans();
    inline
}

/// A link target as the reader can follow it: absolute URLs as they are, relative ones
/// joined to the page's URL when it is known; script links and in-page anchors are dropped.
pub fn resolve(base: Option<&Url>, href: &str) -> Option<String> {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    if href.is_empty() || href.starts_with('#') || lower.starts_with("javascript:") {
        return None;
    }
    if let Ok(u) = Url::parse(href) {
        return Some(u.to_string());
    }
    match base.and_then(|b| b.join(href).ok()) {
        Some(u) => Some(u.to_string()),
        None => Some(href.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    fn body(html: &str) -> Vec<Block> {
        let doc = Document::fragment(html);
        let base = Url::parse("https://example.com/news/a.html").ok();
        blocks(&doc.root(), base.as_ref(), true)
    }

    #[test]
    fn paragraphs_headings_links_and_quotes() {
        let b = body(
            "<h2>عنوان</h2><p>قال <a href='/x'>المتحدث</a>  <q>لا</q>.</p>\
             <script>bad()</script><blockquote><p>نص مقتبس</p></blockquote>",
        );
        assert_eq!(b.len(), 3);
        assert!(matches!(&b[0], Block::Heading(i) if i.text == "عنوان"));
        let p = b[1].inline();
        assert_eq!(p.text, "قال المتحدث «لا».");
        assert_eq!(p.quotes().collect::<Vec<_>>(), vec!["لا"]);
        assert!(p.spans.iter().any(|s| s.kind
            == SpanKind::Link {
                target: Some("https://example.com/x".into())
            }
            && &p.text[s.range.clone()] == "المتحدث"));
        assert_eq!(b[2].inline().quotes().collect::<Vec<_>>(), vec!["نص مقتبس"]);
    }

    #[test]
    fn resolving() {
        assert_eq!(resolve(None, "javascript:void(0)"), None);
        assert_eq!(resolve(None, "#top"), None);
        assert_eq!(resolve(None, "/a").as_deref(), Some("/a"));
        assert_eq!(
            resolve(None, "http://a.com/b").as_deref(),
            Some("http://a.com/b")
        );
    }
}

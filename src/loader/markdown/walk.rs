//! The first pass of the Markdown reader: pulldown-cmark's events made blocks of lines, each
//! line an [`Inline`] whose emphasis, strong, code and link spans replace the markers. Lines
//! end at soft and hard breaks (the news-text rules of the second pass work on lines). Flat:
//! nesting lives in counters and a stack, never in recursion, so deep input stays bounded.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::article::{Inline, Span, SpanKind};

/// The deepest list indent shown; deeper items are indented as this.
pub const MAX_INDENT: usize = 8;

/// What a block of the Markdown source is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kind {
    pub heading: bool,
    pub code: bool,
    /// Inside a `>` block.
    pub quote: bool,
    /// The first block of a list item: its number (`3. `) or bullet (`• `), indented.
    pub marker: Option<String>,
}

/// A block with its lines.
#[derive(Debug, Default)]
pub struct MdBlock {
    pub kind: Kind,
    pub lines: Vec<Inline>,
}

/// The blocks of `text` and its front matter's text (the `---` block at the top), if any.
pub fn blocks(text: &str) -> (Vec<MdBlock>, Option<String>) {
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS | Options::ENABLE_TASKLISTS;
    let mut w = Walker::default();
    for event in Parser::new_ext(text, options) {
        w.event(event);
    }
    w.finish_block();
    (w.blocks, w.front)
}

#[derive(Default)]
struct Walker {
    blocks: Vec<MdBlock>,
    block: Option<MdBlock>,
    line: Inline,
    /// Open inline spans (links, styles) and where they start in `line`.
    open: Vec<(SpanKind, usize)>,
    quote_depth: usize,
    /// The open lists, innermost last: the next item's number, `None` for bullets.
    lists: Vec<Option<u64>>,
    /// The marker of an item whose first block has not begun.
    marker: Option<String>,
    front: Option<String>,
    in_front: bool,
    heading: bool,
    code: bool,
}

impl Walker {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(end) => self.end(end),
            Event::Text(t) if self.in_front => self.front.get_or_insert_default().push_str(&t),
            Event::Text(t) => self.text(&t),
            Event::Code(t) => {
                self.begin();
                let start = self.line.text.len();
                self.line.text.push_str(&t);
                self.push_span(SpanKind::Code, start);
            }
            Event::SoftBreak | Event::HardBreak => self.break_line(),
            Event::Html(t) | Event::InlineHtml(t) => self.text(&t),
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
            Event::Rule => self.finish_block(),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => self.finish_block(),
            Tag::Heading { .. } => {
                self.finish_block();
                self.heading = true;
            }
            Tag::BlockQuote(_) => {
                self.finish_block();
                self.quote_depth += 1;
            }
            Tag::CodeBlock(_) => {
                self.finish_block();
                self.code = true;
            }
            Tag::List(first) => {
                self.finish_block();
                self.lists.push(first);
            }
            Tag::Item => self.item(),
            Tag::MetadataBlock(_) => self.in_front = true,
            Tag::Emphasis => self.open_span(SpanKind::Emphasis),
            Tag::Strong => self.open_span(SpanKind::Strong),
            Tag::Link { dest_url, .. } => self.open_span(SpanKind::Link {
                target: Some(dest_url.to_string()),
            }),
            _ => {}
        }
    }

    fn end(&mut self, end: TagEnd) {
        match end {
            TagEnd::Paragraph | TagEnd::Item => self.finish_block(),
            TagEnd::Heading(_) => {
                self.finish_block();
                self.heading = false;
            }
            TagEnd::CodeBlock => {
                self.finish_block();
                self.code = false;
            }
            TagEnd::BlockQuote(_) => {
                self.finish_block();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.finish_block();
                self.lists.pop();
            }
            TagEnd::MetadataBlock(_) => self.in_front = false,
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link => {
                if let Some((kind, start)) = self.open.pop() {
                    self.push_span(kind, start);
                }
            }
            _ => {}
        }
    }

    /// A list item begins: its marker is the list's next number or a bullet, indented by
    /// the list's depth (at most [`MAX_INDENT`]).
    fn item(&mut self) {
        self.finish_block();
        let depth = self.lists.len().saturating_sub(1).min(MAX_INDENT);
        let indent = "  ".repeat(depth);
        self.marker = Some(match self.lists.last_mut() {
            Some(Some(n)) => {
                let m = format!("{indent}{n}. ");
                *n = n.saturating_add(1);
                m
            }
            _ => format!("{indent}• "),
        });
    }

    fn text(&mut self, t: &str) {
        self.begin();
        if self.code {
            for (i, part) in t.split('\n').enumerate() {
                if i > 0 {
                    self.break_line();
                }
                self.line.text.push_str(part);
            }
        } else {
            self.line.text.push_str(t);
        }
    }

    /// Starts a block for the text that comes, unless one is open.
    fn begin(&mut self) {
        if self.block.is_none() {
            self.block = Some(MdBlock {
                kind: Kind {
                    heading: self.heading,
                    code: self.code,
                    quote: self.quote_depth > 0,
                    marker: self.marker.take(),
                },
                lines: Vec::new(),
            });
        }
    }

    fn open_span(&mut self, kind: SpanKind) {
        self.begin();
        self.open.push((kind, self.line.text.len()));
    }

    fn push_span(&mut self, kind: SpanKind, start: usize) {
        let end = self.line.text.len();
        if start < end {
            self.line.spans.push(Span {
                range: start..end,
                kind,
            });
        }
    }

    /// Ends the current line: spans still open end with it and go on on the next line.
    fn break_line(&mut self) {
        for i in 0..self.open.len() {
            let (kind, start) = self.open[i].clone();
            self.push_span(kind, start);
            self.open[i].1 = 0;
        }
        let line = std::mem::take(&mut self.line);
        if let Some(b) = self.block.as_mut() {
            b.lines.push(line);
        }
    }

    fn finish_block(&mut self) {
        if self.block.is_none() {
            return;
        }
        self.break_line();
        if let Some(b) = self.block.take()
            && b.lines.iter().any(|l| !l.text.trim().is_empty())
        {
            self.blocks.push(b);
        }
    }
}

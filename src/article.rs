//! The article model: what every loader produces and every view reads.
//!
//! Text is kept in logical (reading) order exactly as the source wrote it; spans over that text
//! are byte ranges. Nothing here knows about screens or widths: that is `layout`'s job.

use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The base direction of a paragraph or article (UAX #9 paragraph level 0 or 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    /// UAX #9 P2/P3: the direction of the first strong character (L, R or AL), skipping
    /// characters between an isolate initiator and its matching PDI. `None` when the text
    /// holds no strong character.
    pub fn of_text(text: &str) -> Option<Direction> {
        use unicode_bidi::BidiClass::*;
        let mut isolate_depth = 0usize;
        for c in text.chars() {
            match unicode_bidi::bidi_class(c) {
                LRI | RLI | FSI => isolate_depth += 1,
                PDI => isolate_depth = isolate_depth.saturating_sub(1),
                L if isolate_depth == 0 => return Some(Direction::Ltr),
                R | AL if isolate_depth == 0 => return Some(Direction::Rtl),
                _ => {}
            }
        }
        None
    }

    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Where a span of inline text comes from: quoted speech, a link, or an inline style of the
/// source (Markdown's `**strong**`, `*emphasis*` and `` `code` ``, without their markers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum SpanKind {
    /// Quoted speech. The span's range covers the marks too; `content` is the quoted text
    /// without its marks (also a byte range of the same text).
    Quote { content: Range<usize> },
    /// An inline link; `target` is a URL, a path, or an article title.
    Link { target: Option<String> },
    /// Strong emphasis (shown bold).
    Strong,
    /// Emphasis (shown italic).
    Emphasis,
    /// Inline code.
    Code,
}

/// A styled byte range of an [`Inline`] text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub range: Range<usize>,
    #[serde(flatten)]
    pub kind: SpanKind,
}

/// A run of text with quote and link spans over it. Spans are sorted by start, lie on `char`
/// boundaries of `text`, and are disjoint or nested (a link inside a quote), never crossing.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Inline {
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<Span>,
}

impl Inline {
    pub fn plain(text: impl Into<String>) -> Self {
        Inline {
            text: text.into(),
            spans: Vec::new(),
        }
    }

    /// The quoted texts (without their marks), in order of appearance.
    pub fn quotes(&self) -> impl Iterator<Item = &str> {
        self.spans.iter().filter_map(|s| match &s.kind {
            SpanKind::Quote { content } => self.text.get(content.clone()),
            _ => None,
        })
    }

    /// Drops spans that are out of range, not on char boundaries, empty, crossing a kept
    /// span or repeating one, and puts the rest in their one canonical order.
    ///
    /// The nesting rule (what `dump --json` can write and load back unchanged): a span lies
    /// inside the *inner* part of the span around it, the content of a quote (never over its
    /// marks) or the whole of a link. Spans sort by start, longer first; of two over the same
    /// bytes, the one with the wider inner part encloses the other (a `<blockquote>`, whose
    /// marks are empty, encloses a `<q>`; a link encloses the `<q>` it holds), and of equal
    /// width a quote encloses a link, a link a style, and styles nest strong, emphasis, code. Loaders of untrusted formats call this.
    pub fn sanitize_spans(&mut self) {
        let text = &self.text;
        let valid = |r: &Range<usize>| {
            r.start <= r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end)
        };
        self.spans.retain(|s| {
            !s.range.is_empty()
                && valid(&s.range)
                && valid(&s.inner())
                && s.range.start <= s.inner().start
                && s.inner().end <= s.range.end
        });
        self.spans.sort_by_key(|s| {
            let inner = s.inner();
            let rank = match s.kind {
                SpanKind::Quote { .. } => 0u8,
                SpanKind::Link { .. } => 1,
                SpanKind::Strong => 2,
                SpanKind::Emphasis => 3,
                SpanKind::Code => 4,
            };
            let key = (s.range.start, std::cmp::Reverse(s.range.end));
            (key, std::cmp::Reverse(inner.len()), rank)
        });
        // The spans open around the current one, innermost last: range, inner part, kind.
        let mut open: Vec<(Range<usize>, Range<usize>, std::mem::Discriminant<SpanKind>)> =
            Vec::new();
        self.spans.retain(|s| {
            while open.last().is_some_and(|o| o.0.end <= s.range.start) {
                open.pop();
            }
            let (inner, kind) = (s.inner(), std::mem::discriminant(&s.kind));
            let keep = open.last().is_none_or(|o| {
                let twin = o.0 == s.range && o.1 == inner && o.2 == kind;
                o.1.start <= s.range.start && s.range.end <= o.1.end && !twin
            });
            if keep {
                open.push((s.range.clone(), inner, kind));
            }
            keep
        });
    }
}

impl Span {
    /// The part of the span other spans may nest in: a quote's content, the whole range of
    /// a link or a style.
    pub fn inner(&self) -> Range<usize> {
        match &self.kind {
            SpanKind::Quote { content } => content.clone(),
            _ => self.range.clone(),
        }
    }
}

/// A block of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    Paragraph(Inline),
    Heading(Inline),
    /// A paragraph of a list item, `level` lists deep (1 for a top-level list). The marker of
    /// an ordered list ("2. ", "٢. ", "۲. ") begins the text of the item's first paragraph, so
    /// it is shown, searched and copied with it; the level is the indent ([`Block::indent`]).
    Item {
        level: u8,
        inline: Inline,
    },
}

/// Columns a list item is indented by, per level.
pub const INDENT_PER_LEVEL: u16 = 2;

impl Block {
    pub fn inline(&self) -> &Inline {
        match self {
            Block::Paragraph(i) | Block::Heading(i) | Block::Item { inline: i, .. } => i,
        }
    }

    pub fn inline_mut(&mut self) -> &mut Inline {
        match self {
            Block::Paragraph(i) | Block::Heading(i) | Block::Item { inline: i, .. } => i,
        }
    }

    /// Columns the block is indented by from its start side (the right for a right-to-left
    /// paragraph): [`INDENT_PER_LEVEL`] per list level, none for other blocks.
    pub fn indent(&self) -> u16 {
        match self {
            Block::Item { level, .. } => INDENT_PER_LEVEL * u16::from(*level),
            Block::Paragraph(_) | Block::Heading(_) => 0,
        }
    }
}

/// A "read also" link: the title it names and, once resolved, where it leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub text: String,
    /// A URL or a path; `None` while unresolved.
    pub target: Option<String>,
}

/// Facts about the article that are not its text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Meta {
    pub source: Option<String>,
    pub date: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    /// The base direction; the loaders fill it from the headline (P2/P3) unless the file
    /// format overrides it.
    pub direction: Direction,
    /// A feed item that carried only its summary: the full article is at `url` (Enter in
    /// the reader loads it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub summary_only: bool,
}

/// One news article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    pub headline: String,
    pub meta: Meta,
    pub body: Vec<Block>,
    pub read_also: Vec<Link>,
    /// Social boilerplate ("follow us on …") kept out of the body.
    pub footer: Vec<String>,
    /// The file the article came from, if any.
    pub path: Option<PathBuf>,
}

impl Article {
    pub fn direction(&self) -> Direction {
        self.meta.direction
    }

    /// The paragraphs, list items' included.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Inline> {
        self.body.iter().filter_map(|b| match b {
            Block::Paragraph(i) | Block::Item { inline: i, .. } => Some(i),
            Block::Heading(_) => None,
        })
    }

    pub fn subheadings(&self) -> impl Iterator<Item = &Inline> {
        self.body.iter().filter_map(|b| match b {
            Block::Heading(i) => Some(i),
            Block::Paragraph(_) | Block::Item { .. } => None,
        })
    }

    /// Every quote of the body, in reading order.
    pub fn quotes(&self) -> impl Iterator<Item = &str> {
        self.body.iter().flat_map(|b| b.inline().quotes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_strong_character_decides() {
        assert_eq!(Direction::of_text("«2024» روسيا"), Some(Direction::Rtl));
        assert_eq!(Direction::of_text("123 CNN روسيا"), Some(Direction::Ltr));
        assert_eq!(Direction::of_text("שלום"), Some(Direction::Rtl));
        assert_eq!(Direction::of_text("12, 34."), None);
        // P2: characters inside an isolate are skipped.
        assert_eq!(
            Direction::of_text("\u{2067}abc\u{2069} روسيا"),
            Some(Direction::Rtl)
        );
    }

    #[test]
    fn spans_over_the_same_bytes_nest_the_wider_inner_part_outside() {
        let quote = |r: Range<usize>, c: Range<usize>| Span {
            range: r,
            kind: SpanKind::Quote { content: c },
        };
        let link = |r: Range<usize>, t: &str| Span {
            range: r,
            kind: SpanKind::Link {
                target: Some(t.into()),
            },
        };
        // `<blockquote><a><q>ab</q></a></blockquote>`, pushed innermost first, plus a twin link.
        let mut i = Inline {
            text: "«ab»".into(),
            spans: vec![
                quote(0..6, 2..4),
                link(0..6, "x"),
                link(0..6, "y"),
                quote(0..6, 0..6),
            ],
        };
        i.sanitize_spans();
        assert_eq!(
            i.spans,
            [quote(0..6, 0..6), link(0..6, "x"), quote(0..6, 2..4)]
        );
        // A link over a quote's closing mark crosses it.
        let mut j = Inline {
            text: "«ab»".into(),
            spans: vec![quote(0..6, 2..4), link(2..6, "x")],
        };
        j.sanitize_spans();
        assert_eq!(j.spans, [quote(0..6, 2..4)]);
    }

    #[test]
    fn sanitize_drops_bad_spans() {
        let mut i = Inline {
            text: "ab«cd»".into(),
            spans: vec![
                Span {
                    range: 2..8,
                    kind: SpanKind::Quote { content: 4..6 },
                },
                Span {
                    range: 3..4, // inside the « (2 bytes)
                    kind: SpanKind::Link { target: None },
                },
                Span {
                    range: 0..40,
                    kind: SpanKind::Link { target: None },
                },
            ],
        };
        i.sanitize_spans();
        assert_eq!(i.spans.len(), 1);
        // A nested span stays, a crossing one goes.
        let mut j = Inline {
            text: "0123456789".into(),
            spans: vec![
                Span {
                    range: 0..6,
                    kind: SpanKind::Quote { content: 1..5 },
                },
                Span {
                    range: 2..4,
                    kind: SpanKind::Link { target: None },
                },
                Span {
                    range: 5..8,
                    kind: SpanKind::Link { target: None },
                },
            ],
        };
        j.sanitize_spans();
        assert_eq!(
            j.spans.iter().map(|s| s.range.clone()).collect::<Vec<_>>(),
            vec![0..6, 2..4]
        );
        assert_eq!(i.quotes().collect::<Vec<_>>(), vec!["cd"]);
    }
}

//! The segments of the JSON format's inline text (strings, quotes, links, styles) and their
//! conversion to and from an [`Inline`]'s text and spans, nested as
//! [`Inline::sanitize_spans`] orders them so that `dump --json` loads back unchanged.

use serde::{Deserialize, Serialize};

use crate::article::{Inline, Span, SpanKind};
use crate::i18n::errors::Reason;

/// A piece of inline text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Segment {
    Text(String),
    Quote {
        quote: Vec<Segment>,
        #[serde(default)]
        open: String,
        #[serde(default)]
        close: String,
    },
    Link {
        link: LinkText,
        #[serde(default)]
        target: Option<String>,
    },
    /// Strong emphasis, `{"strong": [segments]}`.
    Strong {
        strong: Vec<Segment>,
    },
    /// Emphasis, `{"em": [segments]}`.
    Emphasis {
        em: Vec<Segment>,
    },
    /// Inline code, `{"code": [segments]}`.
    Code {
        code: Vec<Segment>,
    },
}

/// The text of a link segment: a string, or segments when quotes lie inside the link
/// (`<a href="…"><q>…</q></a>`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LinkText {
    Plain(String),
    Segments(Vec<Segment>),
}

pub(super) fn push_segments(inline: &mut Inline, segments: Vec<Segment>) -> Result<(), Reason> {
    for seg in segments {
        match seg {
            Segment::Text(t) => inline.text.push_str(&t),
            Segment::Quote { quote, open, close } => {
                let start = inline.text.len();
                inline.text.push_str(&open);
                let content_start = inline.text.len();
                push_segments(inline, quote)?;
                let content = content_start..inline.text.len();
                inline.text.push_str(&close);
                inline.spans.push(Span {
                    range: start..inline.text.len(),
                    kind: SpanKind::Quote { content },
                });
            }
            Segment::Link { link, target } => {
                let start = inline.text.len();
                match link {
                    LinkText::Plain(text) => inline.text.push_str(&text),
                    LinkText::Segments(inner) => push_segments(inline, inner)?,
                }
                inline.spans.push(Span {
                    range: start..inline.text.len(),
                    kind: SpanKind::Link { target },
                });
            }
            Segment::Strong { strong: inner } => push_styled(inline, inner, SpanKind::Strong)?,
            Segment::Emphasis { em: inner } => push_styled(inline, inner, SpanKind::Emphasis)?,
            Segment::Code { code: inner } => push_styled(inline, inner, SpanKind::Code)?,
        }
    }
    Ok(())
}

fn push_styled(inline: &mut Inline, inner: Vec<Segment>, kind: SpanKind) -> Result<(), Reason> {
    let start = inline.text.len();
    push_segments(inline, inner)?;
    inline.spans.push(Span {
        range: start..inline.text.len(),
        kind,
    });
    Ok(())
}

/// The segments of `range` of `inline`, given the spans that lie inside it, in the canonical
/// order and nesting of [`Inline::sanitize_spans`]: each span lies inside its parent's
/// content (quote) or range (link), so the segments load back to the same spans.
pub(super) fn segments(
    inline: &Inline,
    spans: &[Span],
    range: std::ops::Range<usize>,
) -> Vec<Segment> {
    let text = &inline.text;
    let mut out = Vec::new();
    let mut at = range.start;
    let mut i = 0;
    while i < spans.len() {
        let span = &spans[i];
        // Spans nested inside this one follow it directly in the sorted list.
        let inner_end = i
            + 1
            + spans[i + 1..]
                .iter()
                .take_while(|s| s.range.end <= span.range.end && s.range.start < span.range.end)
                .count();
        if span.range.start > at {
            out.push(Segment::Text(text[at..span.range.start].to_string()));
        }
        let inner = &spans[i + 1..inner_end];
        out.push(match &span.kind {
            SpanKind::Quote { content } => Segment::Quote {
                open: text[span.range.start..content.start].to_string(),
                close: text[content.end..span.range.end].to_string(),
                quote: segments(inline, inner, content.clone()),
            },
            SpanKind::Link { target } => Segment::Link {
                link: if inner.is_empty() {
                    LinkText::Plain(text[span.range.clone()].to_string())
                } else {
                    LinkText::Segments(segments(inline, inner, span.range.clone()))
                },
                target: target.clone(),
            },
            SpanKind::Strong => Segment::Strong {
                strong: segments(inline, inner, span.range.clone()),
            },
            SpanKind::Emphasis => Segment::Emphasis {
                em: segments(inline, inner, span.range.clone()),
            },
            SpanKind::Code => Segment::Code {
                code: segments(inline, inner, span.range.clone()),
            },
        });
        at = span.range.end;
        i = inner_end;
    }
    if at < range.end {
        out.push(Segment::Text(text[at..range.end].to_string()));
    }
    out
}

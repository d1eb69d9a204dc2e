//! Short texts laid out for drawing (a label, a headline, an entry): invisible characters
//! revealed, cut to what a pane can show, search spans moved along with the text.

use std::borrow::Cow;

use crate::article::Direction;
use crate::layout::{Options, ParagraphLayout, StyleFlags, StyleSpan};
use crate::pager::Render;

/// How a pane lays its texts out: the render switches, and whether the bidi controls of an
/// article's text are revealed (`B`: logical order, each control shown as an arrow,
/// [`crate::layout::symbols::bidi_symbol`]). Every cached layout is keyed on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mode {
    pub render: Render,
    pub reveal: bool,
}

impl From<Render> for Mode {
    fn from(render: Render) -> Mode {
        Mode {
            render,
            reveal: false,
        }
    }
}

/// Lays out a short text (a label, a headline, an entry) in a direction, for drawing.
/// Invisible characters show as `◌` ([`crate::spoof::reveal_invisible`]): a headline or a
/// link text must not hide anything; bidi controls show as arrows when `mode` reveals them.
pub fn lay(
    text: &str,
    spans: &[StyleSpan],
    width: u16,
    direction: Direction,
    mode: impl Into<Mode>,
) -> ParagraphLayout {
    let mode = mode.into();
    let (text, spans) = shown(text, spans, mode.reveal);
    crate::layout::layout_paragraph(&text, &spans, &options(width, direction, mode.render))
}

/// [`lay`] on at most `rows` rows, cut with `…` at the logical end when the text needs more
/// ([`crate::text::fit_rows`], rule 4 of the text policy).
pub fn fit(
    text: &str,
    spans: &[StyleSpan],
    width: u16,
    direction: Direction,
    mode: impl Into<Mode>,
    rows: usize,
) -> ParagraphLayout {
    let mode = mode.into();
    let (text, spans) = shown(text, spans, mode.reveal);
    crate::text::fit_rows(&text, &spans, &options(width, direction, mode.render), rows)
}

/// The text as a pane shows it: invisibles revealed, and bidi controls too when `reveal`
/// (the control style over their arrows); same byte offsets either way.
fn shown<'a>(
    text: &'a str,
    spans: &'a [StyleSpan],
    reveal: bool,
) -> (Cow<'a, str>, Cow<'a, [StyleSpan]>) {
    let text = crate::spoof::reveal_invisible(text);
    if !reveal {
        return (text, Cow::Borrowed(spans));
    }
    let (revealed, at) = crate::layout::symbols::reveal_bidi(&text);
    if at.is_empty() {
        return (text, Cow::Borrowed(spans));
    }
    let mut spans = spans.to_vec();
    spans.extend(at.into_iter().map(|range| StyleSpan {
        range,
        style: StyleFlags::CONTROL,
    }));
    (Cow::Owned(revealed.into_owned()), Cow::Owned(spans))
}

fn options(width: u16, direction: Direction, render: Render) -> Options {
    Options {
        width: usize::from(width.max(1)),
        shape: render.shape,
        bidi: render.bidi,
        direction: Some(direction),
        ..Options::default()
    }
}

/// A span over the whole of `text`.
pub fn all(text: &str, style: StyleFlags) -> StyleSpan {
    StyleSpan {
        range: 0..text.len(),
        style,
    }
}

/// Match spans of a text moved `by` bytes into the entry that shows it, dropping those past
/// `len` (a clipped entry).
pub fn shift_spans(
    spans: impl IntoIterator<Item = StyleSpan>,
    by: usize,
    len: usize,
) -> impl Iterator<Item = StyleSpan> {
    spans.into_iter().filter_map(move |s| {
        let range = s.range.start + by..s.range.end + by;
        (range.end <= len).then_some(StyleSpan { range, ..s })
    })
}

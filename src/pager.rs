//! The body as screen rows, laid out lazily at one width: only the blocks around the viewport
//! are laid out (and cached per width); the others count an estimate of their rows. The
//! scroll position is an anchor (block, row within it), so a reflow keeps the same paragraph,
//! and the same text, on top.
//!
//! Boundary: the pager reads an article's blocks and owns layouts and the scroll position. It
//! is changed only from `App::update`; the body pane reads it through `&self`.

use std::collections::HashMap;

use crate::article::{Block, Direction, SpanKind};
use crate::layout::{Options, ParagraphLayout, ScreenLine, StyleFlags, StyleSpan, layout_indented};

mod scroll;

/// Rows laid out beyond the bottom of the viewport, so a small scroll needs no new layout.
const MARGIN_ROWS: usize = 8;

/// The first visible row: a row of a block (its screen lines, then one blank row between
/// blocks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Anchor {
    pub block: usize,
    pub row: usize,
}

/// Shaping and reordering switches of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Render {
    pub shape: bool,
    pub bidi: bool,
}

impl Default for Render {
    fn default() -> Self {
        Render {
            shape: true,
            bidi: true,
        }
    }
}

/// Layouts of every block at one width; `None` where not laid out yet.
type Cache = Vec<Option<ParagraphLayout>>;

/// The top row before a reflow: a line starting at a byte offset, the blank row after the
/// block, or not known (the block was not laid out).
enum TopRow {
    Text(usize),
    Blank,
    Unknown,
}

#[derive(Debug, Clone)]
pub struct Pager {
    render: Render,
    /// Bidi controls shown as arrows (`B`, [`crate::layout::symbols::reveal_bidi`]).
    reveal: bool,
    direction: Direction,
    /// Characters per block: the width-independent base of the row estimates.
    chars: Vec<usize>,
    width: usize,
    height: usize,
    cache: Cache,
    /// The cache of the previous width, kept so that resizing back costs nothing.
    spare: Option<(usize, Cache)>,
    /// Rows per block at `width`, the blank row after it included: exact where laid out.
    rows: Vec<usize>,
    /// `prefix[i]` = rows of the blocks before `i`; `prefix[n]` = all rows.
    prefix: Vec<usize>,
    top: Anchor,
    /// Extra style spans per block (search matches), laid out with the block's own spans.
    marks: HashMap<usize, Vec<StyleSpan>>,
}

/// The spans of a block as layout styles: quotes, links, source styles, headings.
pub fn block_spans(block: &Block) -> Vec<StyleSpan> {
    let inline = block.inline();
    let mut spans: Vec<StyleSpan> = inline
        .spans
        .iter()
        .map(|s| StyleSpan {
            range: s.range.clone(),
            style: match s.kind {
                SpanKind::Quote { .. } => StyleFlags::QUOTE,
                SpanKind::Link { .. } => StyleFlags::LINK,
                SpanKind::Strong => StyleFlags::BOLD,
                SpanKind::Emphasis => StyleFlags::EMPHASIS,
                SpanKind::Code => StyleFlags::CODE,
            },
        })
        .collect();
    if let Block::Heading(_) = block {
        spans.push(StyleSpan {
            range: 0..inline.text.len(),
            style: StyleFlags::HEADING | StyleFlags::BOLD,
        });
    }
    spans
}

impl Pager {
    /// A pager over `body` at width 0 (nothing laid out until [`Pager::resize`]).
    pub fn new(body: &[Block], direction: Direction, render: Render) -> Pager {
        let chars: Vec<usize> = body
            .iter()
            .map(|b| b.inline().text.chars().count())
            .collect();
        let n = chars.len();
        let mut p = Pager {
            render,
            reveal: false,
            direction,
            chars,
            width: 0,
            height: 0,
            cache: vec![None; n],
            spare: None,
            rows: vec![1; n],
            prefix: Vec::new(),
            top: Anchor::default(),
            marks: HashMap::new(),
        };
        p.estimate_rows();
        p
    }

    pub fn top(&self) -> Anchor {
        self.top
    }

    pub fn width(&self) -> usize {
        self.width
    }

    pub fn height(&self) -> usize {
        self.height
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// All rows of the body (estimated for blocks not laid out yet).
    pub fn total_rows(&self) -> usize {
        self.prefix.last().copied().unwrap_or(0)
    }

    /// The row number of the top of the viewport.
    pub fn top_row(&self) -> usize {
        self.prefix.get(self.top.block).copied().unwrap_or(0) + self.top.row
    }

    /// How far down the viewport is, 0–100.
    pub fn percent(&self) -> u16 {
        let total = self.total_rows();
        if total <= self.height {
            return 100;
        }
        let pct = (self.top_row() * 100 / (total - self.height)).min(100);
        u16::try_from(pct).unwrap_or(100)
    }

    /// The layout of block `i`, if laid out at the current width.
    pub fn layout(&self, i: usize) -> Option<&ParagraphLayout> {
        self.cache.get(i).and_then(Option::as_ref)
    }

    /// The rows on screen, top to bottom: `(block, Some(line))`, `(block, None)` for the blank
    /// row after a block or a block not laid out. At most `height` rows.
    pub fn visible(&self) -> impl Iterator<Item = (usize, Option<&ScreenLine>)> {
        let mut at = self.top;
        std::iter::from_fn(move || {
            while at.block < self.rows.len() && at.row >= self.rows[at.block] {
                at.block += 1;
                at.row = 0;
            }
            if at.block >= self.rows.len() {
                return None;
            }
            let line = self.layout(at.block).and_then(|l| l.lines.get(at.row));
            let item = (at.block, line);
            at.row += 1;
            Some(item)
        })
        .take(self.height)
    }

    fn blank_after(&self, i: usize) -> usize {
        usize::from(i + 1 < self.rows.len())
    }

    fn estimate_rows(&mut self) {
        let w = self.width.max(1);
        for i in 0..self.rows.len() {
            if let Some(l) = &self.cache[i] {
                self.rows[i] = l.lines.len() + self.blank_after(i);
            } else {
                self.rows[i] = self.chars[i].div_ceil(w).max(1) + self.blank_after(i);
            }
        }
        self.fix_prefix();
    }

    fn fix_prefix(&mut self) {
        self.prefix.clear();
        self.prefix.reserve(self.rows.len() + 1);
        let mut sum = 0;
        self.prefix.push(0);
        for &r in &self.rows {
            sum += r;
            self.prefix.push(sum);
        }
    }

    /// Lays out block `i` at the current width if needed; returns its rows.
    fn lay(&mut self, body: &[Block], i: usize) -> usize {
        if i >= self.rows.len() || i >= body.len() {
            // An article of a headline alone has no block to lay out.
            return 0;
        }
        if self.cache[i].is_none() {
            let block = &body[i];
            let text = &block.inline().text;
            let mut spans = block_spans(block);
            if let Some(extra) = self.marks.get(&i) {
                spans.extend(extra.iter().cloned());
            }
            let direction =
                crate::text::direction(text, crate::text::Base::Article(self.direction));
            let (shown, controls) = if self.reveal {
                crate::layout::symbols::reveal_bidi(text)
            } else {
                (text.as_str().into(), Vec::new())
            };
            spans.extend(controls.into_iter().map(|range| StyleSpan {
                range,
                style: StyleFlags::CONTROL,
            }));
            let layout = layout_indented(
                &shown,
                &spans,
                &Options {
                    width: self.width.max(1),
                    shape: self.render.shape,
                    bidi: self.render.bidi,
                    direction: Some(direction),
                    isolate_addresses: true,
                    ..Options::default()
                },
                block.indent(),
            );
            self.rows[i] = layout.lines.len() + self.blank_after(i);
            self.cache[i] = Some(layout);
        }
        self.rows[i]
    }

    /// Sets the viewport size. A new width reflows: the text that was on the top row stays on
    /// top.
    pub fn resize(&mut self, body: &[Block], width: usize, height: usize) {
        let width = width.max(1);
        if width != self.width {
            let offset = self.top_offset();
            let old = std::mem::take(&mut self.cache);
            let reuse = self.spare.take().filter(|(w, _)| *w == width);
            self.cache = reuse.map_or_else(|| vec![None; self.rows.len()], |(_, c)| c);
            if self.width > 0 {
                self.spare = Some((self.width, old));
            }
            self.width = width;
            self.estimate_rows();
            // An article may have no body at all (a feed item with a title only).
            if !self.rows.is_empty() {
                self.lay(body, self.top.block.min(self.rows.len() - 1));
            }
            self.top.row = match offset {
                TopRow::Text(off) => self.line_of(self.top.block, off),
                TopRow::Blank => self.rows.get(self.top.block).map_or(0, |r| r - 1),
                TopRow::Unknown => 0,
            };
        }
        self.height = height;
        self.settle(body);
    }

    /// What the top row shows, to find it again after a reflow.
    fn top_offset(&self) -> TopRow {
        match self.layout(self.top.block) {
            None => TopRow::Unknown,
            Some(l) => l
                .lines
                .get(self.top.row)
                .map_or(TopRow::Blank, |l| TopRow::Text(l.logical.start)),
        }
    }

    /// The line of block `i` that shows byte `offset` (the block must be laid out).
    fn line_of(&self, i: usize, offset: usize) -> usize {
        self.layout(i).map_or(0, |l| {
            l.lines
                .iter()
                .rposition(|ln| ln.logical.start <= offset)
                .unwrap_or(0)
        })
    }

    /// Gives block `i` extra style spans (search matches); its layout is made again when they
    /// differ. Call [`Pager::refresh`] after marking. Returns true when they differed.
    pub fn mark(&mut self, i: usize, spans: Vec<StyleSpan>) -> bool {
        if i >= self.rows.len() || self.marks.get(&i).map_or(spans.is_empty(), |m| *m == spans) {
            return false;
        }
        if spans.is_empty() {
            self.marks.remove(&i);
        } else {
            self.marks.insert(i, spans);
        }
        self.forget(i);
        true
    }

    /// Drops every block's extra spans.
    pub fn unmark_all(&mut self) {
        let marked: Vec<usize> = self.marks.drain().map(|(i, _)| i).collect();
        for i in marked {
            self.forget(i);
        }
    }

    /// Drops the layouts of block `i` (its row count stays: spans do not change line breaks).
    fn forget(&mut self, i: usize) {
        self.cache[i] = None;
        if let Some((_, spare)) = &mut self.spare
            && let Some(c) = spare.get_mut(i)
        {
            *c = None;
        }
    }

    /// Lays everything out again with other render settings, keeping the scroll position and
    /// the marks.
    pub fn set_render(&mut self, body: &[Block], render: Render) {
        if render == self.render {
            return;
        }
        self.render = render;
        self.cache = vec![None; self.rows.len()];
        self.spare = None;
        self.settle(body);
    }

    /// This pager with its bidi controls shown (`B`) or not, before anything is laid out.
    pub fn revealing(mut self, reveal: bool) -> Pager {
        self.reveal = reveal;
        self
    }

    /// Shows the bidi controls as arrows or not, laying everything out again as
    /// [`Pager::set_render`] does.
    pub fn set_reveal(&mut self, body: &[Block], reveal: bool) {
        if reveal == self.reveal {
            return;
        }
        self.reveal = reveal;
        self.cache = vec![None; self.rows.len()];
        self.spare = None;
        self.settle(body);
    }

    /// Lays out again what the viewport shows after [`Pager::mark`].
    pub fn refresh(&mut self, body: &[Block]) {
        self.settle(body);
    }
}

#[cfg(test)]
mod tests;

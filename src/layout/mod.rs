//! Bidi layout: one logical paragraph + a width → screen lines in visual order.
//!
//! The pipeline, each step in its own file:
//!
//! 1. [`units`]: the paragraph is cut into display units, one per extended grapheme cluster
//!    (UAX #29), or one per lam-alef ligature when shaping ([`shape`]). Each unit knows its
//!    terminal width (per `char`, as `wcwidth` counts), its resolved bidi level (UAX #9 X1–I2
//!    over the **whole** paragraph, from `unicode-bidi`), its style and whether UAX #14 allows
//!    a break before it; none inside an address or inline code that fits a line
//!    ([`addresses`], [`code`]).
//! 2. [`wrap`]: line breaks are chosen in logical order (UAX #14 opportunities, grapheme
//!    boundaries for words longer than a line, LB4/LB5 mandatory breaks); trailing spaces hang.
//! 3. [`bidi`]: every line is reordered on its own (UAX #9 L1, then L2), by unit, so a base
//!    letter keeps its harakat (L3 as a terminal needs it); odd-level characters are mirrored
//!    (L4, [`mirror_table`]).
//! 4. [`render`]: the visual units become [`Cell`]s over one `String` per line. Controls never
//!    reach that string: bidi controls take no cell, C0/DEL/C1 become visible symbols.
//!
//! Offsets are bytes of the paragraph text and are stored as `u32` in cells: a paragraph is
//! at most 4 GiB (the [`filter`] caps paragraphs at 1 MiB).

use std::ops::Range;

pub use crate::article::Direction;
/// The Bidi_Mirroring_Glyph of `c` (UAX #9 L4), if it has one.
pub use bidi::mirror;
pub use flags::{StyleFlags, StyleSpan};

mod addresses;
mod bidi;
mod breaks;
pub(crate) mod clusters;
mod code;
pub use clusters::inspected as segmentation_inspected;
mod data;
pub mod filter;
mod flags;
mod levels;
mod mirror_table;
mod render;
pub mod shape;
mod styles;
pub mod symbols;
mod units;
mod wrap;

/// How to lay a paragraph out.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Screen columns; 0 is treated as 1.
    pub width: usize,
    /// Arabic contextual forms and lam-alef ligatures ([`shape`]).
    pub shape: bool,
    /// Reorder for display (UAX #9). Off: each line in logical order, for terminals that
    /// reorder by themselves ([`crate::term_bidi::Mode::Terminal`]); lines still wrap, RTL
    /// lines are still right aligned (the terminal then reorders inside the line only, so the
    /// text stays in its pane) and controls are still made visible.
    pub bidi: bool,
    /// Paragraph direction; `None` = UAX #9 P2/P3 from the text, falling back to LTR.
    pub direction: Option<Direction>,
    /// Tab stops every `tab_width` columns (0 is treated as 1).
    pub tab_width: usize,
    /// URLs and e-mail addresses as one left-to-right isolate, broken only after `/ ? & .`
    /// when longer than a line ([`addresses`]). Off: plain UAX #9, as FriBidi gives it.
    pub isolate_addresses: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 80,
            shape: true,
            bidi: true,
            direction: None,
            tab_width: 8,
            isolate_addresses: false,
        }
    }
}

/// One screen cell: a grapheme cluster (or a lam-alef ligature, or one column of a tab).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// Byte range of the glyph in [`ScreenLine::text`].
    pub glyph: Range<u32>,
    /// Terminal columns, 0..=2.
    pub width: u8,
    pub style: StyleFlags,
    /// Byte range of the paragraph this cell shows.
    pub logical: Range<u32>,
}

/// One line of the screen, in visual order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ScreenLine {
    /// The glyphs of the line in visual order, concatenated. Holds no control character.
    pub text: String,
    /// Visual order, left to right.
    pub cells: Vec<Cell>,
    /// Blank columns before the first cell: right alignment of RTL lines.
    pub indent: u16,
    /// The slice of the paragraph on this line, hanging trailing spaces included.
    pub logical: Range<usize>,
    /// The line belongs to an RTL paragraph: right aligned (in visual order with bidi on, in
    /// logical order with bidi off).
    pub rtl: bool,
}

impl ScreenLine {
    /// Columns taken by the cells (the indent not included).
    pub fn width(&self) -> usize {
        self.cells.iter().map(|c| usize::from(c.width)).sum()
    }

    pub fn glyph(&self, c: &Cell) -> &str {
        self.text
            .get(c.glyph.start as usize..c.glyph.end as usize)
            .unwrap_or("")
    }

    /// The line as a terminal shows it: `indent` spaces (unless `pad` is false) + the glyphs.
    pub fn to_plain(&self, pad: bool) -> String {
        let indent = if pad { usize::from(self.indent) } else { 0 };
        let mut s = String::with_capacity(indent + self.text.len());
        s.extend(std::iter::repeat_n(' ', indent));
        s.push_str(&self.text);
        s
    }
}

/// A laid-out paragraph: its screen lines, top to bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParagraphLayout {
    pub lines: Vec<ScreenLine>,
    pub direction: Direction,
}

impl ParagraphLayout {
    /// `(line, column)` of the cell showing byte `offset` (column counts the indent). An offset
    /// that no cell shows (a hanging space, a bidi control, the paragraph end) maps to the next
    /// cell of its line in logical order, or else to the line's end in its direction: right
    /// of the last cell for LTR, left of the first one for RTL. `None` past the text.
    pub fn locate(&self, offset: usize) -> Option<(usize, usize)> {
        let last = self.lines.len().checked_sub(1)?;
        let line_no = self
            .lines
            .iter()
            .position(|l| offset < l.logical.end)
            .or_else(|| (offset == self.lines[last].logical.end).then_some(last))?;
        let line = &self.lines[line_no];
        let mut best: Option<(u32, usize)> = None;
        let mut col = usize::from(line.indent);
        for c in &line.cells {
            let (s, e) = (c.logical.start as usize, c.logical.end as usize);
            if (s..e).contains(&offset) {
                return Some((line_no, col));
            }
            if s > offset && best.is_none_or(|(b, _)| c.logical.start < b) {
                best = Some((c.logical.start, col));
            }
            col += usize::from(c.width);
        }
        let col = match best {
            Some((_, col)) => col,
            None if line.rtl => usize::from(line.indent).saturating_sub(1),
            None => col,
        };
        Some((line_no, col))
    }

    /// Every cell whose logical range intersects `range`, as `(line, column, cell)`, lines top
    /// to bottom and cells left to right. The column counts the indent.
    pub fn cells_in(&self, range: Range<usize>) -> impl Iterator<Item = (usize, usize, &Cell)> {
        self.lines
            .iter()
            .enumerate()
            .filter(move |(_, l)| l.logical.start < range.end && range.start < l.logical.end)
            .flat_map(move |(n, l)| {
                let range = range.clone();
                l.cells
                    .iter()
                    .scan(usize::from(l.indent), |col, c| {
                        let at = *col;
                        *col += usize::from(c.width);
                        Some((at, c))
                    })
                    .filter(move |(_, c)| {
                        (c.logical.start as usize) < range.end
                            && range.start < c.logical.end as usize
                    })
                    .map(move |(col, c)| (n, col, c))
            })
    }
}

/// Lays a paragraph out `indent` columns in from its start side (a list item): at the width
/// less the indent (the indent is at most half the width), then left-to-right lines move
/// right by the indent; a right-to-left line (either order), right aligned to the narrower
/// width, already ends `indent` columns short of the right edge.
pub fn layout_indented(
    text: &str,
    spans: &[StyleSpan],
    opts: &Options,
    indent: u16,
) -> ParagraphLayout {
    let width = opts.width.max(1);
    let cols = usize::from(indent).min(width / 2);
    if cols == 0 {
        return layout_paragraph(text, spans, opts);
    }
    let narrow = Options {
        width: width - cols,
        ..*opts
    };
    let mut layout = layout_paragraph(text, spans, &narrow);
    let shift = u16::try_from(cols).unwrap_or(u16::MAX);
    for line in layout.lines.iter_mut().filter(|l| !l.rtl) {
        line.indent = line.indent.saturating_add(shift);
    }
    layout
}

/// Lays out one paragraph (see the module docs for the steps). An empty paragraph gives one
/// empty line.
pub fn layout_paragraph(text: &str, spans: &[StyleSpan], opts: &Options) -> ParagraphLayout {
    let mut scratch = Scratch::default();
    layout_with(&mut scratch, text, spans, opts)
}

/// Buffers reused from one paragraph to the next (the filter lays out millions).
#[derive(Default)]
pub(crate) struct Scratch {
    units: Vec<units::Unit>,
    /// The paragraph decoded once, one entry per `char`.
    chars: Vec<char>,
    glyphs: Vec<shape::Glyph>,
    lines: Vec<wrap::LineSpan>,
    order: Vec<u32>,
    levels: Vec<u8>,
    classes: Vec<unicode_bidi::BidiClass>,
    types: Vec<unicode_bidi::BidiClass>,
    char_levels: Vec<u8>,
    /// The isolated addresses of the paragraph being laid out ([`addresses`]).
    addresses: Vec<Range<usize>>,
}

/// [`layout_paragraph`] with reused buffers.
pub(crate) fn layout_with(
    scratch: &mut Scratch,
    text: &str,
    spans: &[StyleSpan],
    opts: &Options,
) -> ParagraphLayout {
    match addresses::mark(text, opts) {
        Some(marked) => marked.lay_out(scratch, spans, opts),
        None => lay_out(scratch, text, spans, opts),
    }
}

/// [`layout_with`] once the addresses are marked.
pub(super) fn lay_out(
    scratch: &mut Scratch,
    text: &str,
    spans: &[StyleSpan],
    opts: &Options,
) -> ParagraphLayout {
    let (direction, width) = prepare(scratch, text, spans, opts);
    // Right alignment does not depend on the order: see `Options::bidi`.
    let rtl = direction.is_rtl();
    let spans = std::mem::take(&mut scratch.lines);
    let mut lines = Vec::with_capacity(spans.len());
    for span in &spans {
        order_line(scratch, span, opts.bidi, direction);
        let visible = &scratch.units[span.units.start..span.hang_from];
        let mut line = render::line(
            text,
            &scratch.chars,
            visible,
            &scratch.order,
            &scratch.levels,
            &scratch.glyphs,
        );
        line.logical = span.logical.clone();
        line.rtl = rtl;
        if rtl {
            line.indent = u16::try_from(width.saturating_sub(line.width())).unwrap_or(u16::MAX);
        }
        lines.push(line);
    }
    scratch.lines = spans;
    ParagraphLayout { lines, direction }
}

/// The filter's path: lays `text` out as [`layout_with`] does and appends every screen line
/// to `out` as [`ScreenLine::to_plain`] would give it, followed by `\n`, without building
/// the cells.
pub(crate) fn layout_to_bytes(
    scratch: &mut Scratch,
    text: &str,
    opts: &Options,
    pad: bool,
    out: &mut Vec<u8>,
) {
    if let Some(marked) = addresses::mark(text, opts) {
        return marked.to_bytes(scratch, opts, pad, out);
    }
    let (direction, width) = prepare(scratch, text, &[], opts);
    let rtl = direction.is_rtl();
    let lines = std::mem::take(&mut scratch.lines);
    for span in &lines {
        order_line(scratch, span, opts.bidi, direction);
        let visible = &scratch.units[span.units.start..span.hang_from];
        if rtl && pad {
            let indent =
                u16::try_from(width.saturating_sub(render::width(visible))).unwrap_or(u16::MAX);
            out.resize(out.len() + usize::from(indent), b' ');
        }
        render::line_bytes(
            text,
            &scratch.chars,
            visible,
            &scratch.order,
            &scratch.levels,
            &scratch.glyphs,
            out,
        );
        out.push(b'\n');
    }
    scratch.lines = lines;
}

/// Steps 1 and 2: units and line spans into `scratch`. Returns the paragraph direction and
/// the width.
fn prepare(
    scratch: &mut Scratch,
    text: &str,
    spans: &[StyleSpan],
    opts: &Options,
) -> (Direction, usize) {
    let direction = opts
        .direction
        .or_else(|| Direction::of_text(text))
        .unwrap_or_default();
    let width = opts.width.max(1);
    units::build(scratch, text, opts, direction);
    styles::apply(spans, &mut scratch.units);
    addresses::restrict_breaks(&mut scratch.units, text, &scratch.addresses, width);
    code::keep_whole(&mut scratch.units, width);
    wrap::break_lines(
        &mut scratch.units,
        width,
        opts.tab_width.max(1),
        &mut scratch.lines,
    );
    (direction, width)
}

/// Step 3 for one line: fills `scratch.order` and `scratch.levels` for the line's visible
/// units (`span.units.start..span.hang_from`: hanging ones take no cell, but L1 sees them).
fn order_line(scratch: &mut Scratch, span: &wrap::LineSpan, bidi: bool, direction: Direction) {
    let visible = &scratch.units[span.units.start..span.hang_from];
    if bidi {
        bidi::visual_order(
            &scratch.units[span.units.clone()],
            visible.len(),
            u8::from(direction.is_rtl()),
            &mut scratch.levels,
            &mut scratch.order,
        );
    } else {
        scratch.levels.clear();
        scratch.levels.resize(visible.len(), 0);
        scratch.order.clear();
        scratch.order.extend(0..visible.len() as u32);
    }
}

//! Drawing the reader from `&App`: the frame's geometry ([`Areas`], shared with `App::update`
//! so scrolling knows the viewport) and `impl Widget for &App`, one file per pane.
//!
//! Every text that comes from a file (headline, body, quotes, links, library entries) and every
//! localised label is drawn through [`crate::layout`], cell by cell: a control character in
//! a file can only ever show as a visible symbol, never reach the terminal.

pub mod body;
pub mod chrome;
pub mod feeds;
pub mod headline;
pub mod help;
pub mod library;
pub mod links;
pub mod links_list;
pub mod quotes;
pub mod status;
pub mod theme;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::{App, Pane};
use crate::article::Direction;
use crate::layout::{Cell, Options, ParagraphLayout, ScreenLine, StyleFlags, StyleSpan};
use crate::pager::Render;

/// Below this size only a "terminal too small" line is drawn.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;
/// From this width the side column sits beside the body; below it, under the body.
pub const WIDE: u16 = 80;

/// Where every pane goes in a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub too_small: bool,
    pub headline: Rect,
    /// The body's text (padding excluded): the pager's viewport.
    pub body: Rect,
    /// The line between the body and the side column.
    pub rule: Option<Rect>,
    pub quotes: Option<Rect>,
    pub links: Option<Rect>,
    pub library: Option<Rect>,
    pub status: Rect,
}

impl Areas {
    /// The geometry of a frame of `area` for the app's toggles and article.
    pub fn compute(app: &App, area: Rect) -> Areas {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return Areas {
                too_small: true,
                ..Areas::default()
            };
        }
        let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
        let head_rows = headline::rows(app, area.width, area.height);
        let headline = Rect::new(area.x, area.y, area.width, head_rows);
        let main = Rect::new(
            area.x,
            area.y + head_rows,
            area.width,
            area.height - head_rows - 1,
        );
        let wide = area.width >= WIDE;
        let side_on = app.show_library || app.side.unwrap_or(wide);
        let mut a = Areas {
            headline,
            status,
            body: pad(main),
            ..Areas::default()
        };
        if !side_on || main.height < 3 {
            return a;
        }
        let (body, rule, side) = if wide {
            let w = if app.show_library {
                (area.width * 2 / 5).clamp(30, 60)
            } else {
                (area.width * 3 / 10).clamp(26, 44)
            };
            let rest = main.width - w - 1;
            if app.article().direction().is_rtl() {
                let side = Rect::new(main.x, main.y, w, main.height);
                let rule = Rect::new(main.x + w, main.y, 1, main.height);
                let body = Rect::new(main.x + w + 1, main.y, rest, main.height);
                (body, rule, side)
            } else {
                let body = Rect::new(main.x, main.y, rest, main.height);
                let rule = Rect::new(main.x + rest, main.y, 1, main.height);
                let side = Rect::new(main.x + rest + 1, main.y, w, main.height);
                (body, rule, side)
            }
        } else {
            let h = (main.height * 9 / 20).max(2);
            let top = main.height - h - 1;
            let body = Rect::new(main.x, main.y, main.width, top);
            let rule = Rect::new(main.x, main.y + top, main.width, 1);
            let side = Rect::new(main.x, main.y + top + 1, main.width, h);
            (body, rule, side)
        };
        a.body = pad(body);
        a.rule = Some(rule);
        if app.show_library {
            a.library = Some(side);
            return a;
        }
        let links = app.article().read_also.len();
        let links_h = if links == 0 {
            0
        } else {
            (1 + 3 * links as u16).min(side.height / 2)
        };
        a.quotes = Some(Rect::new(side.x, side.y, side.width, side.height - links_h));
        if links_h > 0 {
            a.links = Some(Rect::new(
                side.x,
                side.bottom() - links_h,
                side.width,
                links_h,
            ));
        }
        a
    }

    pub fn is_visible(&self, pane: Pane) -> bool {
        match pane {
            Pane::Body => !self.too_small,
            Pane::Quotes => self.quotes.is_some(),
            Pane::Links => self.links.is_some(),
            Pane::Library => self.library.is_some(),
        }
    }

    /// Entries that always fit (an entry takes at most [`quotes::MAX_LINES`] rows).
    pub fn quote_capacity(&self) -> usize {
        capacity(self.quotes, quotes::MAX_LINES)
    }

    pub fn link_capacity(&self) -> usize {
        capacity(self.links, links::MAX_ROWS)
    }

    pub fn library_capacity(&self) -> usize {
        capacity(self.library, library::ROWS)
    }

    /// The pane under a screen position (for the mouse wheel).
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let p = ratatui::layout::Position::new(column, row);
        let body = Rect {
            x: self.body.x.saturating_sub(1),
            width: self.body.width + 2,
            ..self.body
        };
        [
            (Some(body), Pane::Body),
            (self.quotes, Pane::Quotes),
            (self.links, Pane::Links),
            (self.library, Pane::Library),
        ]
        .into_iter()
        .find(|(r, _)| r.is_some_and(|r| r.contains(p)))
        .map(|(_, pane)| pane)
    }
}

/// One column of padding on each side of the body text.
fn pad(r: Rect) -> Rect {
    if r.width > 4 {
        Rect::new(r.x + 1, r.y, r.width - 2, r.height)
    } else {
        r
    }
}

fn capacity(r: Option<Rect>, per_entry: usize) -> usize {
    r.map_or(0, |r| {
        (usize::from(r.height).saturating_sub(1) / per_entry).max(1)
    })
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let areas = Areas::compute(self, area);
        if areas.too_small {
            status::too_small(self, area, buf);
            return;
        }
        headline::render(self, areas.headline, area.height, buf);
        body::render(self, areas.body, buf);
        if let Some(rule) = areas.rule {
            draw_rule(self, rule, buf);
        }
        if let Some(r) = areas.quotes {
            quotes::render(self, r, buf);
        }
        if let Some(r) = areas.links {
            links::render(self, r, buf);
        }
        if let Some(r) = areas.library {
            library::render(self, r, buf);
        }
        status::render(self, areas.status, buf);
        if self.links_list.is_some() {
            links_list::render(self, area, buf);
        }
        if let Some(offset) = self.help {
            help::render(self, offset, area, buf);
        }
    }
}

/// The line between the body and the side column: vertical beside it, horizontal above it.
fn draw_rule(app: &App, r: Rect, buf: &mut Buffer) {
    let sym = if r.width == 1 { "│" } else { "─" };
    for y in r.top()..r.bottom() {
        for x in r.left()..r.right() {
            buf[(x, y)].set_symbol(sym).set_style(app.theme.border);
        }
    }
}

/// Lays out a short text (a label, a headline, an entry) in a direction, for drawing.
/// Invisible characters show as `◌` ([`crate::spoof::reveal_invisible`]): a headline or a
/// link text must not hide anything.
pub fn lay(
    text: &str,
    spans: &[StyleSpan],
    width: u16,
    direction: Direction,
    render: Render,
) -> ParagraphLayout {
    crate::layout::layout_paragraph(
        &crate::spoof::reveal_invisible(text),
        spans,
        &Options {
            width: usize::from(width.max(1)),
            shape: render.shape,
            bidi: render.bidi,
            direction: Some(direction),
            ..Options::default()
        },
    )
}

/// A span over the whole of `text`.
pub fn all(text: &str, style: StyleFlags) -> StyleSpan {
    StyleSpan {
        range: 0..text.len(),
        style,
    }
}

/// Draws one screen line at row `y` of `area`, cell by cell, at `indent + widths so far`. A
/// cell that would cross the right edge is not drawn; a width-0 cell joins the cell before it.
/// `style` gives each cell its ratatui style.
pub fn draw_line(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    line: &ScreenLine,
    style: impl Fn(&Cell) -> ratatui::style::Style,
) {
    let mut col = usize::from(line.indent);
    let mut prev: Option<u16> = None;
    let limit = usize::from(area.width);
    for cell in &line.cells {
        let w = usize::from(cell.width);
        let glyph = line.glyph(cell);
        if w == 0 {
            if let Some(x) = prev {
                let joined = format!("{}{glyph}", buf[(x, y)].symbol());
                buf[(x, y)].set_symbol(&joined);
            }
            continue;
        }
        if col + w > limit {
            break;
        }
        let x = area.x + col as u16;
        buf[(x, y)].set_symbol(glyph).set_style(style(cell));
        for extra in 1..w {
            buf[(x + extra as u16, y)].reset();
        }
        prev = Some(x);
        col += w;
    }
}

/// Draws up to `max` lines of a layout from row `y`; returns the rows used.
pub fn draw_lines(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    layout: &ParagraphLayout,
    max: usize,
    style: impl Fn(&Cell) -> ratatui::style::Style,
) -> u16 {
    let mut used = 0;
    for line in layout.lines.iter().take(max) {
        if y + used >= area.bottom() {
            break;
        }
        draw_line(buf, area, y + used, line, &style);
        used += 1;
    }
    used
}

/// Fills a row of `area` with a style (selection bars, the status line).
pub fn fill_row(buf: &mut Buffer, area: Rect, y: u16, style: ratatui::style::Style) {
    for x in area.left()..area.right() {
        buf[(x, y)].set_style(style);
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

/// Bytes of `original` that `shown` (from [`clip`]) still holds, its ellipsis left out.
pub fn kept(shown: &str, original: &str) -> usize {
    if shown == original {
        shown.len()
    } else {
        shown.len().saturating_sub('…'.len_utf8())
    }
}

/// `base` patched with a pane's `over` style, except on search matches, whose colours win.
pub fn patch_unless_match(
    base: ratatui::style::Style,
    over: ratatui::style::Style,
    flags: StyleFlags,
) -> ratatui::style::Style {
    if flags.contains(StyleFlags::MATCH) {
        base
    } else {
        base.patch(over)
    }
}

/// Cuts `text` after about `lines` full lines of `width` columns, with an ellipsis, so a long
/// entry costs no more layout than it can show.
pub fn clip(text: &str, width: u16, lines: usize) -> std::borrow::Cow<'_, str> {
    let keep = usize::from(width) * lines + 8;
    match text.char_indices().nth(keep) {
        Some((at, _)) => format!("{}…", &text[..at]).into(),
        None => text.into(),
    }
}

/// A pane's title row: the label laid out in the article's direction, bold; reversed when
/// the pane has the focus.
pub fn draw_title(app: &App, buf: &mut Buffer, area: Rect, label: &str, focused: bool) {
    let dir = app.article().direction();
    let layout = lay(label, &[], area.width.saturating_sub(1), dir, app.render);
    let style = if focused {
        app.theme.title_focused
    } else {
        app.theme.title
    };
    if let Some(line) = layout.lines.first() {
        draw_line(buf, area, area.y, line, |_| style);
    }
}

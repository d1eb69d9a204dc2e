//! Drawing the reader from `&App`: `impl Widget for &App`, one file per pane, into the frame's
//! geometry ([`Areas`], which lives in [`crate::frame`] because `App::update` needs it too).
//! `ui` reads the app; the app never imports `ui`.
//!
//! Every text that comes from a file (headline, body, quotes, links, library entries) and every
//! localised label is drawn through [`crate::layout`], cell by cell: a control character in
//! a file can only ever show as a visible symbol, never reach the terminal.

pub mod body;
pub mod feeds;
pub mod headline;
pub mod help;
pub mod library;
pub mod links;
pub mod links_list;
pub mod quotes;
pub mod status;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use crate::app::{App, Overlay};
use crate::layout::{Cell, ParagraphLayout, ScreenLine, StyleFlags};

pub use crate::frame::text::{all, clip, kept, lay, shift_spans};
pub use crate::frame::{Areas, MIN_HEIGHT, MIN_WIDTH, WIDE, pad};
pub use crate::theme;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let areas = self.areas_in(area);
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
            library::render(&library::Pane::of(self), r, buf);
        }
        status::render(self, areas.status, buf);
        match self.overlay() {
            Some(Overlay::Links(_)) => links_list::render(self, area, buf),
            Some(Overlay::Help { offset }) => help::render(self, *offset, area, buf),
            None => {}
        }
    }
}

/// The line between the body and the side column: vertical beside it, horizontal above it.
fn draw_rule(app: &App, r: Rect, buf: &mut Buffer) {
    let sym = if r.width == 1 { "│" } else { "─" };
    for y in r.top()..r.bottom() {
        for x in r.left()..r.right() {
            buf[(x, y)].set_symbol(sym).set_style(app.theme().border);
        }
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

/// A pane's title row: the label (a message of the UI language) laid out in the UI's
/// direction, bold; reversed when the pane has the focus.
pub fn draw_title(app: &App, buf: &mut Buffer, area: Rect, label: &str, focused: bool) {
    let style = if focused {
        app.theme().title_focused
    } else {
        app.theme().title
    };
    let row = Rect::new(area.x, area.y, area.width.saturating_sub(1), 1);
    draw_text(app, buf, row, label, style);
}

/// A bordered box's title on its top border `r` (the box's outer rectangle), one space on
/// each side: at the start of the border in the UI's direction (left, or right when RTL).
pub fn draw_border_title(app: &App, buf: &mut Buffer, r: Rect, title: &str, style: Style) {
    if r.width < 6 {
        return;
    }
    let inner = Rect::new(r.x + 2, r.y, r.width - 4, 1);
    let used = draw_text(app, buf, inner, title, style);
    let (before, after) = if app.msg().direction().is_rtl() {
        (inner.right().saturating_sub(used + 1), inner.right())
    } else {
        (r.x + 1, inner.x + used)
    };
    for x in [before, after] {
        buf[(x, r.y)].set_symbol(" ").set_style(style);
    }
}

/// Draws a message of the chrome on the first row of `area` through the layout, in the UI's
/// direction (right-aligned when it is RTL; rule: a message never reaches a cell raw, see
/// [`crate::i18n`]); returns the columns its text takes.
pub fn draw_text(app: &App, buf: &mut Buffer, area: Rect, text: &str, style: Style) -> u16 {
    if area.width == 0 {
        return 0;
    }
    let shown = clip(text, area.width, 1);
    let layout = lay(&shown, &[], area.width, app.msg().direction(), app.render());
    let Some(line) = layout.lines.first() else {
        return 0;
    };
    draw_line(buf, area, area.y, line, |_| style);
    u16::try_from(line.width()).unwrap_or(area.width)
}

//! Drawing the reader. `impl Widget for &App` borrows the views the panes draw from —
//! [`Look`] (theme, messages, keys, render options) and [`Reading`] (the article on screen,
//! its [`ArticleView`], the search and the layouts cached for the frame) — and hands each
//! article-side pane only what it shows, as ratatui's demo2 and gitui do; the frame's
//! geometry is [`Areas`] ([`crate::frame`], which `App::update` needs too). `ui` reads the
//! app; the app never imports `ui`.
//!
//! Every text that comes from a file (headline, body, quotes, links, library entries) and every
//! localised label is drawn through [`crate::layout`] under the text policy ([`crate::text`]),
//! cell by cell: a control character in a file can only ever show as a visible symbol, never
//! reach the terminal, and a row that does not fit ends with `…` at its logical end.

pub mod body;
pub mod headline;
pub mod help;
pub mod library;
pub mod links;
pub mod links_list;
pub mod prompt;
pub mod quotes;
pub mod status;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use crate::app::{App, ArticleView, Overlay, Pane};
use crate::article::Article;
use crate::finder::Finder;
use crate::frame::Chrome;
use crate::i18n::Messages;
use crate::keymap::Keymap;
use crate::layout::{Cell, ParagraphLayout, ScreenLine, StyleFlags};
use crate::links::Stop;
use crate::pager::Render;
use crate::theme::Theme;

pub use crate::frame::text::{all, fit, lay, shift_spans};
pub use crate::frame::{Areas, MIN_HEIGHT, MIN_WIDTH, WIDE, pad};
pub use crate::theme;

/// How the reader looks and speaks, for every pane: borrowed from the app for one frame.
#[derive(Clone, Copy)]
pub struct Look<'a> {
    pub theme: &'a Theme,
    /// The chrome's messages, in the UI language.
    pub msg: &'a Messages,
    /// The keys, for messages and hints that name one.
    pub keymap: &'a Keymap,
    /// Shaping and order: every pane lays out in the same (`B` switches them all).
    pub render: Render,
    /// `B` shows the bidi controls of the article's texts in every pane.
    pub reveal: bool,
}

impl<'a> Look<'a> {
    pub fn of(app: &'a App) -> Look<'a> {
        Look {
            theme: app.theme(),
            msg: app.msg(),
            keymap: app.keymap(),
            render: app.render(),
            reveal: app.reveal(),
        }
    }

    /// How the article's texts are laid out: [`Look::render`] and [`Look::reveal`].
    pub fn mode(&self) -> crate::frame::text::Mode {
        crate::frame::text::Mode {
            render: self.render,
            reveal: self.reveal,
        }
    }

    /// The order a [`crate::text::Line`] is laid out in: visual, or logical when `B` (or
    /// `--bidi off`) asks for it.
    pub fn order(&self) -> crate::text::Order {
        if self.render.bidi {
            crate::text::Order::Visual
        } else {
            crate::text::Order::Logical
        }
    }
}

/// The article on screen, as the article-side panes (headline, body, quotes, read also,
/// links list) draw it: borrowed from the app for one frame.
#[derive(Clone, Copy)]
pub struct Reading<'a> {
    pub article: &'a Article,
    /// The article's index in the library (the cached headline is keyed by it).
    pub current: usize,
    pub view: &'a ArticleView,
    pub finder: &'a Finder,
    /// The layouts `App::update` made for this frame ([`crate::frame::chrome`]).
    pub cache: &'a Chrome,
    pub focus: Pane,
}

impl<'a> Reading<'a> {
    pub fn of(app: &'a App) -> Reading<'a> {
        Reading {
            article: app.article(),
            current: app.current(),
            view: app.view(),
            finder: app.finder(),
            cache: app.chrome(),
            focus: app.focus(),
        }
    }

    /// The link Tab focused, if any.
    pub fn focused_stop(&self) -> Option<&'a Stop> {
        self.view.stops.get(self.view.link_focus?)
    }
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let look = Look::of(self);
        let areas = self.areas_in(area);
        if areas.too_small {
            status::too_small(&look, area, buf);
            return;
        }
        let reading = Reading::of(self);
        headline::render(&look, &reading, areas.headline, area.height, buf);
        body::render(&look, &reading, areas.body, buf);
        if let Some(rule) = areas.rule {
            draw_rule(&look, rule, buf);
        }
        if let Some(r) = areas.quotes {
            quotes::render(&look, &reading, r, buf);
        }
        if let Some(r) = areas.links {
            links::render(&look, &reading, r, buf);
        }
        if let Some(r) = areas.library {
            library::render(&library::Pane::of(self), r, buf);
        }
        status::render(&look, &status::Status::of(self), areas.status, buf);
        match self.overlay() {
            Some(Overlay::Links(list)) => links_list::render(&look, &reading, list, area, buf),
            Some(Overlay::Help(state)) => {
                let rows = self.help_rows();
                let view = help::Help {
                    look,
                    state,
                    rows: &rows,
                };
                help::render(&view, area, buf);
            }
            Some(Overlay::Address(typed)) => prompt::render(&look, typed, area, buf),
            None => {}
        }
    }
}

/// The line between the body and the side column: vertical beside it, horizontal above it.
fn draw_rule(look: &Look<'_>, r: Rect, buf: &mut Buffer) {
    let sym = if r.width == 1 { "│" } else { "─" };
    for y in r.top()..r.bottom() {
        for x in r.left()..r.right() {
            buf[(x, y)].set_symbol(sym).set_style(look.theme.border);
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
pub fn draw_title(look: &Look<'_>, buf: &mut Buffer, area: Rect, label: &str, focused: bool) {
    let style = if focused {
        look.theme.title_focused
    } else {
        look.theme.title
    };
    let row = Rect::new(area.x, area.y, area.width.saturating_sub(1), 1);
    draw_text(look, buf, row, label, style);
}

/// An overlay's box over the frame at `r`: cleared, bordered, `title` on its top border
/// ([`draw_border_title`]); returns the rectangle inside the border.
pub fn draw_box(look: &Look<'_>, buf: &mut Buffer, r: Rect, title: &str) -> Rect {
    use ratatui::widgets::{Block, Clear};
    Clear.render(r, buf);
    let block = Block::bordered().border_style(look.theme.border);
    let inner = block.inner(r);
    block.render(r, buf);
    draw_border_title(look, buf, r, title, look.theme.border);
    inner
}

/// A bordered box's title on its top border `r` (the box's outer rectangle), one space on
/// each side: at the start of the border in the UI's direction (left, or right when RTL).
pub fn draw_border_title(look: &Look<'_>, buf: &mut Buffer, r: Rect, title: &str, style: Style) {
    if r.width < 6 {
        return;
    }
    let inner = Rect::new(r.x + 2, r.y, r.width - 4, 1);
    let used = draw_text(look, buf, inner, title, style);
    let (before, after) = if look.msg.direction().is_rtl() {
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
/// [`crate::i18n`]), cut with `…` when it does not fit; returns the columns its text takes.
pub fn draw_text(look: &Look<'_>, buf: &mut Buffer, area: Rect, text: &str, style: Style) -> u16 {
    if area.width == 0 {
        return 0;
    }
    let layout = fit(text, &[], area.width, look.msg.direction(), look.render, 1);
    let Some(line) = layout.lines.first() else {
        return 0;
    };
    draw_line(buf, area, area.y, line, |_| style);
    u16::try_from(line.width()).unwrap_or(area.width)
}

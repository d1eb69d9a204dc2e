//! The library pane, drawn from a borrowed [`LibraryView`] (its rows, selection, prompt,
//! question and search results) with the articles and marks it lists, the theme and the
//! messages ([`Pane`]); never from `&App`. Every row goes through the text policy
//! ([`crate::text::Line`]): its own direction, right-aligned when right to left, names,
//! dates and counts as isolated units, cut with `…` at the logical end.
//!
//! Rows: a feed's heading (its name and its unread items), then each item on two rows
//! (marks and headline; date, and the feed when not under a heading); a search's result on
//! three (headline; feed and date; the matching line, the match highlighted).

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::library_view::{Hit, Row};
use crate::app::{App, LibraryView};
use crate::article::Article;
use crate::i18n::{Arg, Messages};
use crate::keymap::{Action, Scope};
use crate::layout::{StyleFlags, StyleSpan};
use crate::pager::Render;
use crate::store::shelf::Mark;
use crate::text::{Base, Line, Order};
use crate::theme::Theme;

use super::{draw_line, fill_row};

mod title;

use title::draw_title;

/// Rows per result of a search of everything.
pub const RESULT_ROWS: usize = crate::app::library_view::RESULT_ROWS;

/// What the pane draws from: borrowed, read only.
pub struct Pane<'a> {
    pub view: &'a LibraryView,
    pub articles: &'a [std::sync::Arc<Article>],
    pub marks: Option<&'a [Option<Mark>]>,
    /// The article on screen (marked ●).
    pub current: usize,
    pub focused: bool,
    pub theme: &'a Theme,
    pub msg: &'a Messages,
    pub render: Render,
    /// `B`: the bidi controls of the articles' texts shown as arrows, as in every pane.
    pub reveal: bool,
    /// The keys that answer a question, as messages name them.
    pub yes_no: (String, String),
}

impl<'a> Pane<'a> {
    pub fn of(app: &'a App) -> Pane<'a> {
        Pane {
            view: app.library_view(),
            articles: &app.library().articles,
            marks: app.shelf().map(|s| s.marks.as_slice()),
            current: app.current(),
            focused: app.focus() == crate::app::Pane::Library,
            theme: app.theme(),
            msg: app.msg(),
            render: app.render(),
            reveal: app.reveal(),
            yes_no: (
                app.keymap().say_in(Scope::Confirm, Action::Confirm),
                app.keymap().say_in(Scope::Confirm, Action::Close),
            ),
        }
    }

    /// An article's text (headline, feed, author, matching line) as the pane shows it: its
    /// bidi controls as arrows when `B` reveals them ([`crate::layout::symbols::reveal_bidi`],
    /// same byte offsets), else as they are (the text policy escapes them).
    fn shown<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if self.reveal {
            crate::layout::symbols::reveal_bidi(text).0
        } else {
            Cow::Borrowed(text)
        }
    }

    fn order(&self) -> Order {
        if self.render.bidi {
            Order::Visual
        } else {
            Order::Logical
        }
    }

    /// Draws `line` on row `y` of `area`, cut to the width, with `spans` over `base` (`dim`:
    /// in the dim style, matches excepted).
    #[allow(clippy::too_many_arguments)]
    fn put(
        &self,
        buf: &mut Buffer,
        area: Rect,
        y: u16,
        line: &Line,
        spans: &[StyleSpan],
        base: StyleFlags,
        dim: bool,
    ) {
        let width = usize::from(area.width.saturating_sub(1)).max(1);
        let cut = line
            .clone()
            .shaped(self.render.shape)
            .cut_to(width, self.order());
        let len = cut.marked().len().saturating_sub('…'.len_utf8());
        let mut kept: Vec<StyleSpan> = spans
            .iter()
            .filter(|s| s.range.end <= len)
            .cloned()
            .collect();
        if base != StyleFlags::empty() {
            kept.insert(
                0,
                StyleSpan {
                    range: 0..cut.marked().len(),
                    style: base,
                },
            );
        }
        let laid = cut.lay_out_styled(width, self.order(), &kept);
        if let Some(l) = laid.lines.first() {
            let row = Rect::new(area.x, y, area.width.saturating_sub(1), 1);
            draw_line(buf, row, y, l, |c| {
                if dim && !c.style.contains(StyleFlags::MATCH) {
                    self.theme.dim
                } else {
                    self.theme.cell(c.style)
                }
            });
        }
    }
}

pub fn render(p: &Pane<'_>, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    draw_title(p, area, buf);
    let mut y = area.y + 1;
    if let Some(results) = p.view.results() {
        for (k, hit) in results.hits.iter().enumerate().skip(results.offset) {
            if y + RESULT_ROWS as u16 > area.bottom() {
                break;
            }
            // The selection first: the text's own styles (a match) are drawn over it.
            if p.focused && k == results.selected {
                for r in 0..RESULT_ROWS as u16 {
                    fill_row(buf, area, y + r, p.theme.selection);
                }
            }
            draw_hit(p, area, y, hit, buf);
            y += RESULT_ROWS as u16;
        }
        return;
    }
    let rows = p.view.rows();
    for (r, row) in rows.iter().enumerate().skip(p.view.offset()) {
        let h = row.height() as u16;
        if y + h > area.bottom() {
            break;
        }
        if p.focused && r == p.view.selected_row() {
            for dy in 0..h {
                fill_row(buf, area, y + dy, p.theme.selection);
            }
        }
        match row {
            Row::Heading {
                feed,
                unread,
                total,
            } => heading(p, area, y, feed, *unread, *total, buf),
            Row::Item(i) => item(p, area, y, *i, buf),
        }
        y += h;
    }
}

/// A feed's heading: its name, then its unread items (or its items, for files).
fn heading(
    p: &Pane<'_>,
    area: Rect,
    y: u16,
    feed: &str,
    unread: Option<usize>,
    total: usize,
    buf: &mut Buffer,
) {
    let name = if feed.is_empty() {
        p.msg.text("feeds-saved")
    } else {
        p.shown(feed).into_owned()
    };
    let count = match unread {
        Some(n) => p.msg.get("feeds-unread", &[("count", Arg::Num(n))]),
        None => p.msg.get("library-articles", &[("count", Arg::Num(total))]),
    };
    let dir = crate::text::direction(&name, Base::Own);
    // The count in the UI's language is one unit beside the name: its placeable is a
    // number, so Fluent's isolates inside it can go.
    let count = count.replace(['\u{2068}', '\u{2069}'], "");
    let line = Line::new(Base::Ui(dir))
        .unit(&name)
        .text(" · ")
        .unit(&count);
    p.put(
        buf,
        area,
        y,
        &line,
        &[],
        StyleFlags::BOLD | StyleFlags::HEADING,
        false,
    );
}

/// An item: its marks and headline, then its date (and feed, when not under a heading).
fn item(p: &Pane<'_>, area: Rect, y: u16, i: usize, buf: &mut Buffer) {
    let a = &p.articles[i];
    let current = i == p.current;
    let dir = crate::text::direction_in(a, &a.headline);
    let line = Line::new(Base::Ui(dir))
        .text(&marks(p, i))
        .text(&p.shown(&a.headline));
    let flags = if current {
        StyleFlags::BOLD
    } else {
        StyleFlags::empty()
    };
    p.put(buf, area, y, &line, &[], flags, false);
    let date = a.meta.date.as_deref().map(crate::text::display_date);
    let feed = a.meta.source.as_deref().filter(|_| !p.view.prefs().grouped);
    let (feed, author) = (
        feed.map(|f| p.shown(f)),
        a.meta.author.as_deref().map(|s| p.shown(s)),
    );
    let units = [feed.as_deref(), author.as_deref(), date.as_deref()];
    let by = Line::new(Base::Article(a.direction())).units(units.into_iter().flatten(), " · ");
    p.put(buf, area, y + 1, &by, &[], StyleFlags::empty(), true);
}

/// `●` for the article on screen, else `•` when unread; then `★` when saved.
fn marks(p: &Pane<'_>, i: usize) -> String {
    let m = p.marks.and_then(|m| m.get(i).copied().flatten());
    let first = match (i == p.current, m) {
        (true, _) => "●",
        (false, Some(m)) if !m.read => "•",
        (false, Some(_)) => " ",
        (false, None) => return String::new(),
    };
    let saved = if m.is_some_and(|m| m.saved) {
        "★"
    } else {
        ""
    };
    format!("{first}{saved} ")
}

/// A result: headline; feed and date; the matching line with the match highlighted.
fn draw_hit(p: &Pane<'_>, area: Rect, y: u16, hit: &Hit, buf: &mut Buffer) {
    let Some(a) = p.articles.get(hit.index) else {
        return;
    };
    let dir = crate::text::direction_in(a, &a.headline);
    let head = Line::new(Base::Ui(dir)).text(&p.shown(&a.headline));
    p.put(buf, area, y, &head, &[], StyleFlags::BOLD, false);
    let date = a.meta.date.as_deref().map(crate::text::display_date);
    let feed = a.meta.source.as_deref().map(|f| p.shown(f));
    let by = [feed.as_deref(), date.as_deref()];
    let by = Line::new(Base::Article(a.direction())).units(by.into_iter().flatten(), " · ");
    p.put(buf, area, y + 1, &by, &[], StyleFlags::empty(), true);
    let (line, span) = match_line(a, &p.shown(&hit.line), &hit.range);
    p.put(buf, area, y + 2, &line, &[span], StyleFlags::empty(), false);
}

/// Columns of context kept before a match in its line.
const BEFORE: usize = 24;

/// The matching line `text` (the hit's, as shown) from a little before the match `range`
/// (`…` where it was cut), the match's span in it.
fn match_line(a: &Article, text: &str, range: &std::ops::Range<usize>) -> (Line, StyleSpan) {
    let r = range.start.min(text.len())..range.end.min(text.len());
    let start = text[..r.start]
        .char_indices()
        .rev()
        .nth(BEFORE)
        .map_or(0, |(at, _)| at);
    let start = (start..=r.start)
        .find(|&s| text.is_char_boundary(s))
        .unwrap_or(r.start);
    let dir = crate::text::direction_in(a, text);
    let mut line = Line::new(Base::Ui(dir));
    if start > 0 {
        line = line.text("…");
    }
    line = line.text(&text[start..r.start]);
    let from = line.marked().len();
    line = line.text(&text[r.clone()]);
    let to = line.marked().len();
    line = line.text(&text[r.end..]);
    let span = StyleSpan {
        range: from..to,
        style: StyleFlags::MATCH | StyleFlags::CURRENT_MATCH,
    };
    (line, span)
}

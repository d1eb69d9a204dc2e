//! The frame's geometry, shared by the app (scrolling must know the viewport) and the panes
//! in `ui` (they draw into it): [`Areas`] computed from an [`Input`] — the reader's toggles
//! and the open article — and the layouts of the short texts around the body ([`chrome`]).
//! Neither the app nor `ui` is imported here: both read this module, it reads neither.

pub mod chrome;
pub mod help;
pub mod panes;
pub mod text;

use ratatui::layout::Rect;

use crate::article::Article;
use crate::finder::Finder;
use crate::pager::Render;

pub use chrome::Chrome;
pub use help::{HelpLayout, help_layout, help_rect};
pub use panes::{ListState, Pane, QuoteRef, quotes_of};

/// Rows a quote entry takes at most.
pub const QUOTE_ROWS: usize = 3;
/// Rows a "read also" entry takes at most: two of title, one of where it leads.
pub const LINK_ROWS: usize = 3;
/// Rows per library entry.
pub const LIBRARY_ROWS: usize = 2;
/// Rows per entry of the links list overlay: the text, then where it leads.
pub const LINKS_LIST_ROWS: usize = 2;

/// What the geometry depends on: the reader's toggles and the open article (its headline's
/// height, direction and links).
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub article: &'a Article,
    /// The article's index (the headline cache is keyed by it).
    pub current: usize,
    pub finder: &'a Finder,
    pub render: Render,
    /// `B` revealed the bidi controls ([`text::Mode`]).
    pub reveal: bool,
    pub chrome: &'a Chrome,
    pub show_library: bool,
    /// The side column: `None` follows the width.
    pub side: Option<bool>,
    /// The UI language is written right to left: the frame is mirrored ([`Areas::compute`]).
    pub ui_rtl: bool,
}

impl Input<'_> {
    /// How the texts around the body are laid out.
    pub fn mode(&self) -> text::Mode {
        text::Mode {
            render: self.render,
            reveal: self.reveal,
        }
    }
}

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
    /// The geometry of a frame of `area` for the reader's toggles and article.
    pub fn compute(input: &Input<'_>, area: Rect) -> Areas {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return Areas {
                too_small: true,
                ..Areas::default()
            };
        }
        let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
        let head_rows = chrome::headline_rows(input, area.width, area.height);
        let headline = Rect::new(area.x, area.y, area.width, head_rows);
        let main = Rect::new(
            area.x,
            area.y + head_rows,
            area.width,
            area.height - head_rows - 1,
        );
        let wide = area.width >= WIDE;
        let side_on = input.show_library || input.side.unwrap_or(wide);
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
            let w = if input.show_library {
                (area.width * 2 / 5).clamp(30, 60)
            } else {
                (area.width * 3 / 10).clamp(26, 44)
            };
            let rest = main.width - w - 1;
            if side_on_left(input) {
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
        if input.show_library {
            a.library = Some(side);
            return a;
        }
        let links = input.article.read_also.len();
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

    /// Entries that always fit (an entry takes at most [`QUOTE_ROWS`] rows).
    pub fn quote_capacity(&self) -> usize {
        capacity(self.quotes, QUOTE_ROWS)
    }

    pub fn link_capacity(&self) -> usize {
        capacity(self.links, LINK_ROWS)
    }

    pub fn library_capacity(&self) -> usize {
        capacity(self.library, LIBRARY_ROWS)
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

/// The mirroring rule: the side column sits on the left (the frame read right to left) when
/// the UI language is RTL (Arabic, Persian, Urdu, Hebrew: the whole frame is mirrored, the
/// status line's parts run right to left too), else when the article is RTL (the column
/// follows the text it comments); on the right otherwise. Below [`WIDE`] columns it sits
/// under the body either way.
pub fn side_on_left(input: &Input<'_>) -> bool {
    input.ui_rtl || input.article.direction().is_rtl()
}

/// One column of padding on each side of the body text.
pub fn pad(r: Rect) -> Rect {
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

/// The links list overlay's rectangle in a frame.
pub fn links_list_rect(area: Rect) -> Rect {
    let w = area.width.saturating_sub(4).min(100);
    let h = area.height.saturating_sub(2);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Entries of the links list shown at once in a frame of `size` (border and filter row off).
pub fn links_list_capacity(size: (u16, u16)) -> usize {
    let r = links_list_rect(Rect::new(0, 0, size.0, size.1));
    (usize::from(r.height).saturating_sub(3) / LINKS_LIST_ROWS).max(1)
}

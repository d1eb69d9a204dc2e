//! The help overlay's geometry, shared by the app (scrolling and the search count its screen
//! rows) and `ui::help` (it draws them): the box ([`help_rect`]), its two columns, and every
//! entry's description wrapped to the description column by the text policy (UAX #14 breaks
//! in the UI's direction, [`crate::text::Line`]), so that no description is cut: a long one
//! goes on below, beside a blank keys cell. A screen row of the help is one row of one entry.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::article::Direction;
use crate::layout::ParagraphLayout;
use crate::pager::Render;
use crate::text::{Base, Line, Order};

/// Width of the keys column (its gap to the description included: one more).
pub const KEYS_WIDTH: usize = 20;

/// The help laid out in a frame: its box, its columns, and where each entry starts among
/// the screen rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLayout {
    /// The box, borders included.
    pub rect: Rect,
    /// The keys column's width (its gap included) and the description column's.
    pub keys_w: u16,
    pub desc_w: u16,
    /// The first screen row of every entry, then the number of screen rows.
    starts: Vec<usize>,
}

impl HelpLayout {
    /// Screen rows of all the entries.
    pub fn rows(&self) -> usize {
        self.starts.last().copied().unwrap_or(0)
    }

    /// Screen rows shown at once (the border off; at least 1).
    pub fn visible(&self) -> usize {
        usize::from(self.rect.height.saturating_sub(2)).max(1)
    }

    /// The last offset that still fills the box.
    pub fn last_offset(&self) -> usize {
        self.rows().saturating_sub(self.visible())
    }

    /// The first screen row of `entry`.
    pub fn start(&self, entry: usize) -> usize {
        self.starts
            .get(entry)
            .copied()
            .unwrap_or_else(|| self.rows())
    }

    /// `(entry, row of its description)` shown on screen row `row`.
    pub fn at(&self, row: usize) -> Option<(usize, usize)> {
        if row >= self.rows() {
            return None;
        }
        let entry = self.starts.partition_point(|&s| s <= row).checked_sub(1)?;
        Some((entry, row - self.starts[entry]))
    }
}

/// A description as the help lays it out: in the UI's direction, its placeables isolated.
pub fn help_line(desc: &str, direction: Direction, render: Render) -> Line {
    Line::new(Base::Ui(direction))
        .shaped(render.shape)
        .isolated(desc)
}

/// The order the help is laid out in (`B` or `--bidi off`: logical).
pub fn help_order(render: Render) -> Order {
    if render.bidi {
        Order::Visual
    } else {
        Order::Logical
    }
}

/// `desc` wrapped to the description column (UAX #14).
pub fn wrap_description(
    desc: &str,
    width: u16,
    direction: Direction,
    render: Render,
) -> ParagraphLayout {
    help_line(desc, direction, render).lay_out(
        usize::from(width.max(1)),
        help_order(render),
        render.shape,
    )
}

/// The help of `entries` (`(keys, description)`) in `area`, or `None` when the terminal is
/// too small to show it.
pub fn help_layout(
    area: Rect,
    entries: &[(String, String)],
    direction: Direction,
    render: Render,
) -> Option<HelpLayout> {
    let widest = entries.iter().map(|(_, d)| d.width()).max().unwrap_or(0) + KEYS_WIDTH + 3;
    let width = help_rect(area, usize::MAX, widest)?.width;
    let inner = width.saturating_sub(2);
    let keys_w = (KEYS_WIDTH as u16 + 1).min(inner);
    let desc_w = inner - keys_w;
    let mut starts = Vec::with_capacity(entries.len() + 1);
    let mut rows = 0;
    for (_, desc) in entries {
        starts.push(rows);
        rows += wrap_description(desc, desc_w, direction, render)
            .lines
            .len()
            .max(1);
    }
    starts.push(rows);
    Some(HelpLayout {
        rect: help_rect(area, rows, widest)?,
        keys_w,
        desc_w,
        starts,
    })
}

/// The help overlay's box in `area` for `rows` screen rows whose widest entry needs `widest`
/// columns (borders included): centred, 78 columns wide or as wide as that entry, up to the
/// frame less 4 (a translated entry is longer than the English one), or `None` when the
/// terminal is too small to show it.
pub fn help_rect(area: Rect, rows: usize, widest: usize) -> Option<Rect> {
    let rows = u16::try_from(rows).unwrap_or(u16::MAX);
    let widest = u16::try_from(widest).unwrap_or(u16::MAX).max(78);
    let w = area.width.saturating_sub(4).min(widest);
    let h = area.height.saturating_sub(2).min(rows.saturating_add(2));
    if w < 10 || h < 3 {
        return None;
    }
    Some(Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    ))
}

//! The headline pane: the headline in bold, aligned to the article's direction and cut with
//! `…` when it needs more rows than it has, the source and date under it, and a rule.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{Look, Reading, draw_lines};

use crate::frame::chrome::{HeadlineKey, byline, headline_max_lines as max_lines};

/// Draws the pane; `frame_height` is the height [`crate::frame::chrome::headline_rows`] was
/// computed for.
pub fn render(look: &Look<'_>, r: &Reading<'_>, area: Rect, frame_height: u16, buf: &mut Buffer) {
    let inner = super::pad(area);
    let rows = max_lines(frame_height);
    let key = HeadlineKey {
        article: r.current,
        width: area.width,
        rows,
        mode: look.mode(),
    };
    let fresh;
    let head = match r.cache.headline(key) {
        Some(l) => l,
        None => {
            fresh =
                crate::frame::chrome::headline(r.article, r.finder, look.mode(), area.width, rows);
            &fresh
        }
    };
    let theme = look.theme;
    let mut y = area.y;
    y += draw_lines(buf, inner, y, head, rows, |c| {
        super::patch_unless_match(theme.cell(c.style), theme.headline, c.style)
    });
    if frame_height >= 12 && y + 1 < area.bottom() && byline(r.article).is_some() {
        let by = crate::text::byline(r.article).shaped(look.render.shape);
        let l = by.fit_layout(usize::from(inner.width), look.order());
        y += draw_lines(buf, inner, y, &l, 1, |_| theme.dim);
    }
    if y < area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].set_symbol("─").set_style(theme.border);
        }
    }
}

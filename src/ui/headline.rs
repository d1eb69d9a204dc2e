//! The headline pane: the headline in bold, aligned to the article's direction, the source and
//! date under it, and a rule.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::App;
use crate::layout::ParagraphLayout;

use super::{draw_lines, lay};

use crate::frame::chrome::{byline, headline_max_lines as max_lines};

/// The headline laid out for a frame `width` columns wide ([`crate::frame::chrome::headline`]).
pub fn layout(app: &App, width: u16) -> ParagraphLayout {
    crate::frame::chrome::headline(app.article(), app.finder(), app.render(), width)
}

/// Draws the pane; `frame_height` is the height [`crate::frame::chrome::headline_rows`] was computed for.
pub fn render(app: &App, area: Rect, frame_height: u16, buf: &mut Buffer) {
    let inner = super::pad(area);
    let fresh;
    let head = match app
        .chrome()
        .headline(app.current(), area.width, app.render())
    {
        Some(l) => l,
        None => {
            fresh = layout(app, area.width);
            &fresh
        }
    };
    let theme = app.theme();
    let mut y = area.y;
    y += draw_lines(buf, inner, y, head, max_lines(frame_height), |c| {
        super::patch_unless_match(theme.cell(c.style), theme.headline, c.style)
    });
    if frame_height >= 12
        && y + 1 < area.bottom()
        && let Some(by) = byline(app.article())
    {
        let dir = crate::text::direction_in(app.article(), &by);
        let l = lay(&by, &[], inner.width, dir, app.render());
        y += draw_lines(buf, inner, y, &l, 1, |_| theme.dim);
    }
    if y < area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].set_symbol("─").set_style(theme.border);
        }
    }
}

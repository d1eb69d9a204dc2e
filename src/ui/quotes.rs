//! The quotes pane: every quote of the body in order, numbered, each cut to a few lines; the
//! selection is highlighted and Enter (in `App::update`) scrolls the body to it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{App, Pane};
use crate::i18n::Arg;
use crate::layout::ParagraphLayout;

use super::{draw_lines, draw_title, fill_row};

/// Rows an entry takes at most.
pub const MAX_LINES: usize = crate::frame::QUOTE_ROWS;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus() == Pane::Quotes;
    let n = app.view().quotes.len();
    let title = app.msg().get("pane-quotes", &[("count", Arg::Num(n))]);
    draw_title(app, buf, area, &title, focused);
    let mut y = area.y + 1;
    let list = &app.view().quote_list;
    for i in list.offset..app.view().quotes.len() {
        if y >= area.bottom() {
            break;
        }
        let fresh;
        let layout = match app.chrome().quote(i, area.width, app.render()) {
            Some(l) => l,
            None => {
                fresh = entry(app, i, area.width);
                &fresh
            }
        };
        let selected = i == list.selected;
        let marked = app.view().marked_quote == Some(i);
        let theme = app.theme();
        let rows = draw_lines(buf, area, y, layout, MAX_LINES, |c| {
            let mut s = theme.cell(c.style);
            if marked {
                s = s.patch(theme.focus);
            }
            s
        });
        if selected && focused {
            for r in 0..rows {
                fill_row(buf, area, y + r, theme.selection);
            }
        }
        y += rows;
    }
}

/// Entry `i` laid out for a pane `width` columns wide ([`crate::frame::chrome::quote`]).
pub fn entry(app: &App, i: usize, width: u16) -> ParagraphLayout {
    crate::frame::chrome::quote(
        app.article(),
        &app.view().quotes,
        app.finder(),
        app.render(),
        i,
        width,
    )
}

//! The quotes pane: every quote of the body in order, numbered, each on at most a few rows
//! and cut with `…` when longer; the selection is highlighted and Enter (in `App::update`)
//! scrolls the body to it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::Pane;
use crate::i18n::Arg;

use super::{Look, Reading, draw_lines, draw_title, fill_row};

/// Rows an entry takes at most.
pub const MAX_LINES: usize = crate::frame::QUOTE_ROWS;

pub fn render(look: &Look<'_>, r: &Reading<'_>, area: Rect, buf: &mut Buffer) {
    let focused = r.focus == Pane::Quotes;
    let view = r.view;
    let n = view.quotes.len();
    let title = look.msg.get("pane-quotes", &[("count", Arg::Num(n))]);
    draw_title(look, buf, area, &title, focused);
    let mut y = area.y + 1;
    let list = &view.quote_list;
    let theme = look.theme;
    for i in list.offset..n {
        if y >= area.bottom() {
            break;
        }
        let fresh;
        let layout = match r.cache.quote(i, area.width, look.mode()) {
            Some(l) => l,
            None => {
                fresh = crate::frame::chrome::quote(
                    r.article,
                    &view.quotes,
                    r.finder,
                    look.mode(),
                    i,
                    area.width,
                );
                &fresh
            }
        };
        let marked = view.marked_quote == Some(i);
        let rows = draw_lines(buf, area, y, layout, MAX_LINES, |c| {
            let s = theme.cell(c.style);
            if marked { s.patch(theme.focus) } else { s }
        });
        if i == list.selected && focused {
            for dy in 0..rows {
                fill_row(buf, area, y + dy, theme.selection);
            }
        }
        y += rows;
    }
}

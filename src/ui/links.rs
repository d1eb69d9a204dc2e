//! The "read also" pane: the article's links numbered, each title on at most two rows cut
//! with `…`; a link that names an article of the library shows where it leads (the target
//! an isolated unit, cut with `…`), an unresolved one is dimmed and marked ✗ with the
//! localised "not in the library".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::Pane;
use crate::links::LinkPlace;

use super::{Look, Reading, draw_lines, draw_title, fill_row};

/// Rows an entry takes at most: two of title, one of where it leads.
pub const MAX_ROWS: usize = crate::frame::LINK_ROWS;

pub fn render(look: &Look<'_>, r: &Reading<'_>, area: Rect, buf: &mut Buffer) {
    let a = r.article;
    let focused = r.focus == Pane::Links;
    draw_title(look, buf, area, &look.msg.text("pane-read-also"), focused);
    let theme = look.theme;
    let focused_link = match r.focused_stop().map(|s| &s.place) {
        Some(LinkPlace::ReadAlso(k)) => Some(*k),
        _ => None,
    };
    let list = &r.view.link_list;
    let mut y = area.y + 1;
    for (i, link) in a.read_also.iter().enumerate().skip(list.offset) {
        if y >= area.bottom() {
            break;
        }
        let resolved = link.target.is_some();
        let fresh;
        let (layout, note_layout) = match r.cache.link(i, area.width, look.mode()) {
            Some((l, n)) => (l, n),
            None => {
                fresh = crate::frame::chrome::link(a, r.finder, look.mode(), i, area.width);
                (&fresh.0, &fresh.1)
            }
        };
        let focus = focused_link == Some(i);
        let mut rows = draw_lines(buf, area, y, layout, 2, |c| {
            let s = theme.cell(c.style);
            let s = if resolved {
                s
            } else {
                super::patch_unless_match(s, theme.unresolved, c.style)
            };
            if focus { s.patch(theme.link_focus) } else { s }
        });
        let note_style = if resolved {
            theme.dim
        } else {
            theme.unresolved
        };
        rows += draw_lines(buf, area, y + rows, note_layout, 1, |_| note_style);
        if focused && i == list.selected && !focus {
            for dy in 0..rows {
                fill_row(buf, area, y + dy, theme.selection);
            }
        }
        y += rows;
    }
}

//! The "read also" pane: the article's links numbered; a link that names an article of the
//! library shows where it leads, an unresolved one is dimmed and marked ✗ with the
//! localised "not in the library".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{App, Pane};
use crate::layout::ParagraphLayout;

use super::{draw_lines, draw_title, fill_row};

/// Rows an entry takes at most: two of title, one of where it leads.
pub const MAX_ROWS: usize = crate::frame::LINK_ROWS;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let a = app.article();
    let focused = app.focus() == Pane::Links;
    draw_title(app, buf, area, &app.msg().text("pane-read-also"), focused);
    let theme = &app.theme();
    let focused_link = match app.focused_stop().map(|s| &s.place) {
        Some(crate::links::LinkPlace::ReadAlso(k)) => Some(*k),
        _ => None,
    };
    let mut y = area.y + 1;
    for (i, link) in a
        .read_also
        .iter()
        .enumerate()
        .skip(app.view().link_list.offset)
    {
        if y >= area.bottom() {
            break;
        }
        let resolved = link.target.is_some();
        let fresh;
        let (layout, note_layout) = match app.chrome().link(i, area.width, app.render()) {
            Some((l, n)) => (l, n),
            None => {
                fresh = entry(app, i, area.width);
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
        if focused && i == app.view().link_list.selected && !focus {
            for r in 0..rows {
                fill_row(buf, area, y + r, theme.selection);
            }
        }
        y += rows;
    }
}

/// Link `i` laid out for a pane `width` columns wide ([`crate::frame::chrome::link`]).
pub fn entry(app: &App, i: usize, width: u16) -> (ParagraphLayout, ParagraphLayout) {
    crate::frame::chrome::link(app.article(), app.finder(), app.render(), i, width)
}

//! The body pane: the pager's visible screen lines (paragraphs and sub-headings, a blank row
//! between blocks), quotes and links in their styles, the quote Enter jumped to marked, the
//! link Tab focused in the focus style.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::layout::StyleFlags;
use crate::links::LinkPlace;

use super::{Look, Reading, draw_line};

pub fn render(look: &Look<'_>, r: &Reading<'_>, area: Rect, buf: &mut Buffer) {
    let view = r.view;
    let marked = view.marked_quote.and_then(|i| view.quotes.get(i));
    let focused = match r.focused_stop().map(|s| &s.place) {
        Some(LinkPlace::Body { block, range }) => Some((*block, range.clone())),
        _ => None,
    };
    for (row, (block, line)) in view.pager.visible().enumerate() {
        let Some(line) = line else { continue };
        let y = area.y + row as u16;
        if y >= area.bottom() {
            break;
        }
        let mark = marked.filter(|q| q.block == block).map(|q| q.range.clone());
        let link = focused
            .as_ref()
            .filter(|(b, _)| *b == block)
            .map(|(_, r)| r.clone());
        let hits = |r: &Option<std::ops::Range<usize>>, cell: &crate::layout::Cell| {
            r.as_ref().is_some_and(|r| {
                (cell.logical.start as usize) < r.end && r.start < cell.logical.end as usize
            })
        };
        draw_line(buf, area, y, line, |cell| {
            let mut flags = cell.style;
            if hits(&mark, cell) {
                flags |= StyleFlags::FOCUS;
            }
            let style = look.theme.cell(flags);
            if hits(&link, cell) {
                style.patch(look.theme.link_focus)
            } else {
                style
            }
        });
    }
}

//! The body pane: the pager's visible screen lines (paragraphs and sub-headings, a blank row
//! between blocks), quotes and links in their styles, the quote Enter jumped to marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::App;
use crate::layout::Style as Flags;

use super::draw_line;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let marked = app.marked_quote.and_then(|i| app.quotes.get(i));
    for (row, (block, line)) in app.pager.visible().enumerate() {
        let Some(line) = line else { continue };
        let y = area.y + row as u16;
        if y >= area.bottom() {
            break;
        }
        let mark = marked.filter(|q| q.block == block).map(|q| q.range.clone());
        draw_line(buf, area, y, line, |cell| {
            let mut flags = cell.style;
            if let Some(r) = &mark
                && (cell.logical.start as usize) < r.end
                && r.start < cell.logical.end as usize
            {
                flags |= Flags::FOCUS;
            }
            app.theme.cell(flags)
        });
    }
}

//! The address prompt of `a`: a bordered box above the status line, its title a message of
//! the UI's language, the typed address laid out left to right (an address reads that way
//! whatever the UI's direction) through the layout, a control shown as a symbol.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear, Widget};

use crate::app::App;
use crate::article::Direction;

use super::{clip, draw_line, lay};

pub fn render(app: &App, typed: &str, area: Rect, buf: &mut Buffer) {
    let w = area.width.saturating_sub(4).min(78);
    if w < 10 || area.height < 5 {
        return;
    }
    let r = Rect::new(area.x + (area.width - w) / 2, area.bottom() - 4, w, 3);
    Clear.render(r, buf);
    let block = Block::bordered().border_style(app.theme().border);
    let inner = block.inner(r);
    block.render(r, buf);
    let title = app.msg().text("prompt-add-title");
    super::draw_border_title(&super::Look::of(app), buf, r, &title, app.theme().border);
    // The end of a long address shows, where the typing is.
    let text = format!("{typed}▏");
    let room = usize::from(inner.width.saturating_sub(1));
    let skip = text.chars().count().saturating_sub(room);
    let shown: String = text.chars().skip(skip).collect();
    let shown = clip(&shown, inner.width, 1);
    let layout = lay(&shown, &[], inner.width, Direction::Ltr, app.render());
    if let Some(line) = layout.lines.first() {
        draw_line(buf, inner, inner.y, line, |_| app.theme().text);
    }
}

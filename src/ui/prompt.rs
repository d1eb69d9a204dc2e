//! The address prompt of `a`: a bordered box above the status line, its title a message of
//! the UI's language, the typed address laid out left to right (an address reads that way
//! whatever the UI's direction) as a [`Line`] of the text policy, a control shown as a
//! symbol. Drawn from the [`Look`] and the typed text, never from `&App`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthChar;

use crate::article::Direction;
use crate::text::{Base, Line, symbols};

use super::{Look, draw_line};

pub fn render(look: &Look<'_>, typed: &str, area: Rect, buf: &mut Buffer) {
    let w = area.width.saturating_sub(4).min(78);
    if w < 10 || area.height < 5 {
        return;
    }
    let r = Rect::new(area.x + (area.width - w) / 2, area.bottom() - 4, w, 3);
    let inner = super::draw_box(look, buf, r, &look.msg.text("prompt-add-title"));
    // The end of a long address shows, where the typing is.
    let shown = format!("{}▏", symbols::escape(&symbols::reveal_invisible(typed)));
    let room = usize::from(inner.width.saturating_sub(1));
    let line = Line::new(Base::Ui(Direction::Ltr))
        .shaped(look.render.shape)
        .text(tail(&shown, room));
    let layout = line.fit_layout(usize::from(inner.width), look.order());
    if let Some(row) = layout.lines.first() {
        draw_line(buf, inner, inner.y, row, |_| look.theme.text);
    }
}

/// The end of `text` that takes at most `room` columns.
fn tail(text: &str, room: usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices().rev() {
        used += c.width().unwrap_or(0);
        if used > room {
            return &text[at + c.len_utf8()..];
        }
    }
    text
}

//! The status line's input fields: the search prompt and the links list's filter, each in
//! its own direction with a cursor at its logical end.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::article::Direction;
use crate::layout::ParagraphLayout;
use crate::ui::{Look, draw_line, lay};

/// The prompt's text laid out (an Arabic query reads right to left) with a cursor at its
/// logical end; returns the column after the field.
pub(super) fn draw_prompt(
    look: &Look<'_>,
    text: &str,
    buf: &mut Buffer,
    area: Rect,
    x: u16,
) -> u16 {
    let room = area.right().saturating_sub(x).min(area.width / 2);
    if !look.msg.direction().is_rtl() {
        return draw_field(look, text, Rect::new(x, area.y, room, 1), buf);
    }
    // Mirrored (see `place`): the field takes the columns its width mirrors to.
    let want = u16::try_from(text.width() + 1)
        .unwrap_or(u16::MAX)
        .min(room);
    let at = area.x + area.right() - x - want;
    draw_field(look, text, Rect::new(at, area.y, want, 1), buf);
    x + want
}

/// An input field of at most `room` (one row): the text in its own direction and a cursor at
/// its logical end; returns the column after the field.
pub fn draw_field(look: &Look<'_>, text: &str, room: Rect, buf: &mut Buffer) -> u16 {
    let (area, x) = (room, room.x);
    if room.width < 2 {
        return x;
    }
    let want = u16::try_from(text.width() + 1).unwrap_or(u16::MAX);
    let field = Rect::new(x, area.y, want.min(room.width), 1);
    let layout = prompt_layout(text, field.width, look);
    let line_no = layout
        .locate(text.len())
        .map_or(0, |(l, _)| l)
        .min(layout.lines.len().saturating_sub(1));
    if let Some(line) = layout.lines.get(line_no) {
        draw_line(buf, field, area.y, line, |c| {
            look.theme.cell(c.style).patch(look.theme.status)
        });
        let col = layout.locate(text.len()).map_or(0, |(_, c)| c);
        let cx = field.x + u16::try_from(col).unwrap_or(0).min(field.width - 1);
        buf[(cx, area.y)].set_style(
            look.theme
                .status
                .add_modifier(ratatui::style::Modifier::REVERSED),
        );
    }
    field.right()
}

/// The prompt's text in its own direction in a field one column wider than the text, so the
/// cursor has a free column at the logical end (right of LTR text, left of RTL text).
pub fn prompt_layout(text: &str, width: u16, look: &Look<'_>) -> ParagraphLayout {
    let dir = Direction::of_text(text).unwrap_or(Direction::Ltr);
    lay(text, &[], width.max(1), dir, look.render)
}

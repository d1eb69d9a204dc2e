//! The help overlay: every binding of the key table with its description, scrollable; the
//! help scope's own keys (Esc, `?`, `q`) close it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear, Widget};

use crate::app::App;

/// Width of the keys column.
const KEYS_WIDTH: usize = 20;

/// The overlay's rows: `(keys, description)` for every entry of the key table in use, reader
/// keys first ([`crate::keymap::Keymap::entries`]; the nine number keys share a row, `1–9`),
/// the description in the UI's language (the message [`Entry::message_id`]).
///
/// [`Entry::message_id`]: crate::keymap::Entry::message_id
pub fn rows(app: &App) -> Vec<(String, String)> {
    app.keymap()
        .entries()
        .iter()
        .map(|e| (e.help_keys(), app.msg().text(&e.message_id())))
        .collect()
}

pub fn render(app: &App, offset: usize, area: Rect, buf: &mut Buffer) {
    let rows = rows(app);
    let w = area.width.saturating_sub(4).min(78);
    let h = area.height.saturating_sub(2).min(rows.len() as u16 + 2);
    if w < 10 || h < 3 {
        return;
    }
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    Clear.render(r, buf);
    let block = Block::bordered().border_style(app.theme().border);
    let inner = block.inner(r);
    block.render(r, buf);
    let title = app.msg().text("pane-help");
    super::draw_border_title(&super::Look::of(app), buf, r, &title, app.theme().border);
    let visible = usize::from(inner.height);
    let offset = offset.min(rows.len().saturating_sub(visible));
    for (i, (keys, desc)) in rows.iter().skip(offset).take(visible).enumerate() {
        let y = inner.y + i as u16;
        // Keys column first in the UI's direction: at the right when it is RTL (mirrored).
        let keys_w = (KEYS_WIDTH as u16 + 1).min(inner.width);
        let desc_w = inner.width - keys_w;
        let (keys_x, desc_x) = if app.msg().direction().is_rtl() {
            (inner.x + desc_w, inner.x)
        } else {
            (inner.x, inner.x + keys_w)
        };
        let keys_row = Rect::new(keys_x, y, keys_w.saturating_sub(1), 1);
        super::draw_text(
            &super::Look::of(app),
            buf,
            keys_row,
            keys,
            app.theme().help_key,
        );
        let desc_row = Rect::new(desc_x, y, desc_w, 1);
        super::draw_text(&super::Look::of(app), buf, desc_row, desc, app.theme().text);
    }
}

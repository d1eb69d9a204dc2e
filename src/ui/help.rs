//! The help overlay: every binding of the key table with its description, scrollable; the
//! help scope's own keys (Esc, `?`, `q`) close it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear, Widget};

use crate::app::App;

/// Width of the keys column.
const KEYS_WIDTH: usize = 20;

/// The overlay's rows: `(keys, description)` for every entry of the key table in use, reader
/// keys first ([`crate::keymap::Keymap::entries`]; the nine number keys share a row, `1–9`).
pub fn rows(app: &App) -> Vec<(String, &'static str)> {
    app.keymap()
        .entries()
        .iter()
        .map(|e| (e.help_keys(), e.description))
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
    let block = Block::bordered()
        .title(" Help: keys ")
        .border_style(app.theme().border);
    let inner = block.inner(r);
    block.render(r, buf);
    let visible = usize::from(inner.height);
    let offset = offset.min(rows.len().saturating_sub(visible));
    for (i, (keys, desc)) in rows.iter().skip(offset).take(visible).enumerate() {
        let y = inner.y + i as u16;
        let width = usize::from(inner.width);
        let keys = format!("{keys:<KEYS_WIDTH$} ");
        let (x, _) = buf.set_stringn(inner.x, y, &keys, width, app.theme().help_key);
        let used = usize::from(x - inner.x);
        buf.set_stringn(x, y, desc, width.saturating_sub(used), app.theme().text);
    }
}

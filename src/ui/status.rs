//! The status line: position in the article, the focused pane (the mode), the article's place
//! in the library, and key hints from the key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::App;

use super::fill_row;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    fill_row(buf, area, area.y, theme.status);
    let mode = if app.help.is_some() {
        "HELP"
    } else {
        app.focus.name()
    };
    let mode = format!(" {mode} ");
    let pos = format!(
        " {:>3}%  {}/{} ",
        app.pager.percent(),
        app.current + 1,
        app.library.articles.len()
    );
    let w = usize::from(area.width);
    let (x, _) = buf.set_stringn(area.x, area.y, &mode, w, theme.mode);
    let used = usize::from(x - area.x);
    let (x, _) = buf.set_stringn(x, area.y, &pos, w.saturating_sub(used), theme.status);
    let used = usize::from(x - area.x);
    let hints = app.keymap.hints().join("  ");
    buf.set_stringn(
        x + 1,
        area.y,
        &hints,
        w.saturating_sub(used + 1),
        theme.status,
    );
}

/// The only thing drawn on a screen below the minimum size.
pub fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let msg = "terminal too small";
    buf.set_stringn(area.x, area.y, msg, usize::from(area.width), app.theme.text);
}

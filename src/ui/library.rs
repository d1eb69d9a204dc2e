//! The library pane: every article of the library (headline, then source and date), the one
//! on screen marked ●, the selection highlighted; Enter (in `App::update`) opens it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{App, Pane};
use crate::i18n::Arg;
use crate::layout::StyleFlags;

use super::{all, clip, draw_lines, draw_title, fill_row, lay};

/// Rows per entry: headline, source and date.
pub const ROWS: usize = crate::frame::LIBRARY_ROWS;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus() == Pane::Library;
    let title = super::feeds::title(app, app.library_list().selected).unwrap_or_else(|| {
        let n = app.library().articles.len();
        app.msg().get("pane-library", &[("count", Arg::Num(n))])
    });
    draw_title(&super::Look::of(app), buf, area, &title, focused);
    let theme = app.theme();
    let width = area.width.saturating_sub(1);
    let mut y = area.y + 1;
    let list = app.library_list();
    for (i, a) in app.library().articles.iter().enumerate().skip(list.offset) {
        if y + 1 >= area.bottom() {
            break;
        }
        let current = i == app.current();
        let mark = super::feeds::mark(app, i);
        let text = format!("{mark}{}", clip(&a.headline, width, 1));
        let flags = if current {
            StyleFlags::BOLD
        } else {
            StyleFlags::empty()
        };
        let dir = crate::text::direction_in(a, &a.headline);
        let head = lay(&text, &[all(&text, flags)], width, dir, app.render());
        draw_lines(buf, area, y, &head, 1, |c| theme.cell(c.style));
        let date = a.meta.date.as_deref().map(crate::text::display_date);
        let by = crate::text::Line::new(crate::text::Base::Article(a.direction())).units(
            [a.meta.source.as_deref(), date.as_deref()]
                .into_iter()
                .flatten(),
            " · ",
        );
        let by = clip(by.marked(), width, 1).into_owned();
        let by_layout = lay(
            &by,
            &[],
            width,
            crate::text::direction_in(a, &by),
            app.render(),
        );
        draw_lines(buf, area, y + 1, &by_layout, 1, |_| theme.dim);
        if focused && i == list.selected {
            for r in 0..ROWS as u16 {
                fill_row(buf, area, y + r, theme.selection);
            }
        }
        y += ROWS as u16;
    }
}

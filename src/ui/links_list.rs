//! The links list overlay (`u`): a filter row, then every link the filter lets through — its
//! number and text (in the text's own direction, filter matches highlighted) and where it
//! leads. Text from the article goes through the layout like every other pane, so a control
//! character in a link shows as a symbol.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear, Widget};

use crate::app::App;
use crate::keymap::{Action, Scope};
use crate::labels;
use crate::layout::{StyleFlags, StyleSpan};
use crate::links::display_target;
use crate::search::{Folding, Query};

use super::{clip, draw_lines, fill_row, lay};

/// Rows per entry: the text, then where it leads.
pub const ROWS: usize = crate::frame::LINKS_LIST_ROWS;

pub use crate::frame::{links_list_capacity as capacity, links_list_rect as rect};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(list) = app.links_list() else {
        return;
    };
    let r = rect(area);
    if r.width < 12 || r.height < 5 {
        return;
    }
    Clear.render(r, buf);
    let title = format!(" Links ({}/{}) ", list.shown.len(), app.view().stops.len());
    let block = Block::bordered()
        .title(title)
        .border_style(app.theme().border);
    let inner = block.inner(r);
    block.render(r, buf);
    draw_filter(app, &list.filter, inner, buf);
    let query = Query::new(&list.filter, Folding::Normal)
        .ok()
        .filter(|q| !q.is_empty());
    let a = app.article();
    let l = labels::for_language(a.meta.language.as_deref());
    let theme = app.theme();
    let mut y = inner.y + 1;
    let entries = list.shown.iter().enumerate().skip(list.list.offset);
    for (row, &i) in entries {
        if y >= inner.bottom() {
            break;
        }
        let Some(stop) = app.view().stops.get(i) else {
            continue;
        };
        let prefix = format!("{}. ", i + 1);
        let shown = clip(&stop.text, inner.width, 1);
        let text = format!("{prefix}{shown}");
        let kind = if stop.target.is_some() {
            StyleFlags::LINK
        } else {
            StyleFlags::MARK
        };
        let mut spans = vec![super::all(&text, kind)];
        if let Some(q) = &query {
            let found = q.find_all(&shown).into_iter().map(|range| StyleSpan {
                range,
                style: StyleFlags::MATCH,
            });
            spans.extend(super::shift_spans(found, prefix.len(), text.len()));
        }
        let dir = a.direction_of(&stop.text);
        let head = lay(&text, &spans, inner.width, dir, app.render());
        let focused = app.view().link_focus == Some(i);
        draw_lines(buf, inner, y, &head, 1, |c| {
            let s = theme.cell(c.style);
            if focused {
                s.patch(theme.link_focus)
            } else {
                s
            }
        });
        let note = match &stop.target {
            Some(t) => {
                let t = app.absolute(t);
                format!("   → {}", clip(&display_target(&t), inner.width, 1))
            }
            None => format!("   ✗ {}", l.unresolved),
        };
        let note = lay(&note, &[], inner.width, a.direction_of(&note), app.render());
        if y + 1 < inner.bottom() {
            draw_lines(buf, inner, y + 1, &note, 1, |_| theme.dim);
        }
        if row == list.list.selected {
            for dy in 0..ROWS as u16 {
                if y + dy < inner.bottom() {
                    fill_row(buf, inner, y + dy, theme.selection);
                }
            }
        }
        y += ROWS as u16;
    }
    if list.shown.is_empty() {
        buf.set_stringn(
            inner.x + 1,
            inner.y + 1,
            "no link matches the filter",
            usize::from(inner.width.saturating_sub(1)),
            theme.dim,
        );
    }
}

/// `type to filter · ↑/↓ move · Enter follows · Esc closes`, with the links list's keys from
/// the key table (rule: every text that names a key asks the keymap).
fn filter_hint(app: &App) -> String {
    let key = |a| app.keymap().say_in(Scope::Links, a);
    format!(
        "type to filter · {}/{} move · {} follows · {} closes",
        key(Action::Up),
        key(Action::Down),
        key(Action::Activate),
        key(Action::Close)
    )
}

/// The filter row: the filter in its own direction with a cursor, or a hint when empty.
fn draw_filter(app: &App, filter: &str, inner: Rect, buf: &mut Buffer) {
    let label = "filter: ";
    let (x, _) = buf.set_stringn(
        inner.x,
        inner.y,
        label,
        usize::from(inner.width),
        app.theme().help_key,
    );
    let room = inner.right().saturating_sub(x);
    if filter.is_empty() {
        buf.set_stringn(
            x,
            inner.y,
            filter_hint(app),
            usize::from(room),
            app.theme().dim,
        );
        return;
    }
    let field = Rect::new(x, inner.y, room, 1);
    super::status::draw_field(app, filter, field, buf);
}

//! The quotes pane: every quote of the body in order, numbered, each cut to a few lines; the
//! selection is highlighted and Enter (in `App::update`) scrolls the body to it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{App, Pane};
use crate::labels;
use crate::layout::{ParagraphLayout, StyleFlags, StyleSpan};

use super::{clip, draw_lines, draw_title, fill_row, lay};

/// Rows an entry takes at most.
pub const MAX_LINES: usize = 3;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let a = app.article();
    let l = labels::for_language(a.meta.language.as_deref());
    let focused = app.focus == Pane::Quotes;
    let title = format!("{} ({})", l.quotes, app.quotes.len());
    draw_title(app, buf, area, &title, focused);
    let mut y = area.y + 1;
    let list = &app.quote_list;
    for i in list.offset..app.quotes.len() {
        if y >= area.bottom() {
            break;
        }
        let fresh;
        let layout = match app.chrome.quote(i, area.width) {
            Some(l) => l,
            None => {
                fresh = entry(app, i, area.width);
                &fresh
            }
        };
        let selected = i == list.selected;
        let marked = app.marked_quote == Some(i);
        let theme = &app.theme;
        let rows = draw_lines(buf, area, y, layout, MAX_LINES, |c| {
            let mut s = theme.cell(c.style);
            if marked {
                s = s.patch(theme.focus);
            }
            s
        });
        if selected && focused {
            for r in 0..rows {
                fill_row(buf, area, y + r, theme.selection);
            }
        }
        y += rows;
    }
}

/// Entry `i` laid out for a pane `width` columns wide: its number and the quote, cut to a few
/// lines' worth of text.
pub fn entry(app: &App, i: usize, width: u16) -> ParagraphLayout {
    let a = app.article();
    let Some(q) = app.quotes.get(i) else {
        return lay("", &[], width, a.direction(), app.render);
    };
    let text = a.body[q.block]
        .inline()
        .text
        .get(q.content.clone())
        .unwrap_or("");
    let prefix = format!("{}. ", i + 1);
    let shown = clip(text, width, MAX_LINES);
    let entry = format!("{prefix}{shown}");
    let mut spans = vec![StyleSpan {
        range: prefix.len()..entry.len(),
        style: StyleFlags::QUOTE,
    }];
    // The entry is a place of its own for highlighting (never counted: the body has it).
    if let Some(q) = app.finder.query() {
        let found = q.find_all(&shown).into_iter().map(|range| StyleSpan {
            range,
            style: StyleFlags::MATCH,
        });
        spans.extend(super::shift_spans(found, prefix.len(), entry.len()));
    }
    let dir = crate::text::direction_in(a, text);
    lay(&entry, &spans, width.saturating_sub(1), dir, app.render)
}

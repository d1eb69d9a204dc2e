//! The help overlay: every binding of the key table with its description, scrollable, and
//! searchable (`/`: the matches highlighted, the current one stronger; the query and the
//! count on the bottom border). The help scope's own keys (Esc, `?`, `q`) close it. Each row
//! goes through the text policy: laid out in the UI's direction (the keys column first, at
//! the right when the UI is right to left), cut to its column with `…` at its logical end.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Clear, Widget};

use crate::app::{App, HelpState};
use crate::i18n::Arg;
use crate::layout::{StyleFlags, StyleSpan};

use super::{draw_line, lay};

/// Width of the keys column.
const KEYS_WIDTH: usize = 20;

/// The overlay's rows ([`App::help_rows`]).
pub fn rows(app: &App) -> Vec<(String, String)> {
    app.help_rows()
}

pub fn render(app: &App, help: &HelpState, area: Rect, buf: &mut Buffer) {
    let rows = rows(app);
    let Some(r) = crate::frame::help_rect(area, rows.len()) else {
        return;
    };
    Clear.render(r, buf);
    let block = Block::bordered().border_style(app.theme().border);
    let inner = block.inner(r);
    block.render(r, buf);
    let title = app.msg().text("pane-help");
    super::draw_border_title(&super::Look::of(app), buf, r, &title, app.theme().border);
    let visible = usize::from(inner.height);
    let offset = help.offset.min(rows.len().saturating_sub(visible));
    let current = help.current_row();
    for (i, (keys, desc)) in rows.iter().enumerate().skip(offset).take(visible) {
        let y = inner.y + (i - offset) as u16;
        // Keys column first in the UI's direction: at the right when it is RTL (mirrored).
        let keys_w = (KEYS_WIDTH as u16 + 1).min(inner.width);
        let desc_w = inner.width - keys_w;
        let (keys_x, desc_x) = if app.msg().direction().is_rtl() {
            (inner.x + desc_w, inner.x)
        } else {
            (inner.x, inner.x + keys_w)
        };
        let is_current = current == Some(i);
        let keys_row = Rect::new(keys_x, y, keys_w.saturating_sub(1), 1);
        draw_cell(app, buf, keys_row, keys, is_current, app.theme().help_key);
        let desc_row = Rect::new(desc_x, y, desc_w, 1);
        draw_cell(app, buf, desc_row, desc, is_current, app.theme().text);
    }
    if help.typing || !help.query.is_empty() {
        draw_query(app, help, r, buf);
    }
}

/// One column of a row on one line: cut with `…` when it is too long, the query's matches
/// highlighted (the current row's stronger).
fn draw_cell(app: &App, buf: &mut Buffer, area: Rect, text: &str, current: bool, style: Style) {
    if area.width == 0 {
        return;
    }
    let shown = cut(app, text, area.width);
    let flags = if current {
        StyleFlags::MATCH | StyleFlags::CURRENT_MATCH
    } else {
        StyleFlags::MATCH
    };
    // Bytes of `text` still shown, the ellipsis left out.
    let kept = if shown == text {
        shown.len()
    } else {
        shown.len().saturating_sub('…'.len_utf8())
    };
    let spans: Vec<StyleSpan> = app
        .help_matches(text)
        .into_iter()
        .filter_map(|m: Range<usize>| {
            (m.start < kept).then(|| StyleSpan {
                range: m.start..m.end.min(kept),
                style: flags,
            })
        })
        .collect();
    let layout = lay(
        &shown,
        &spans,
        area.width,
        app.msg().direction(),
        app.render(),
    );
    if let Some(line) = layout.lines.first() {
        draw_line(buf, area, area.y, line, |c| {
            super::patch_unless_match(app.theme().cell(c.style), style, c.style)
        });
    }
}

/// `text` cut to one line of `width` columns: whole characters of its logical start, then
/// `…` (rule 4 of [`crate::text`]); unchanged when it fits.
fn cut<'a>(app: &App, text: &'a str, width: u16) -> std::borrow::Cow<'a, str> {
    let fits = |t: &str| {
        lay(t, &[], width, app.msg().direction(), app.render())
            .lines
            .len()
            <= 1
    };
    if fits(text) {
        return text.into();
    }
    // Where each character ends: `ends[k]` keeps k characters.
    let ends: Vec<usize> = std::iter::once(0)
        .chain(text.char_indices().map(|(i, c)| i + c.len_utf8()))
        .collect();
    // The most characters that still fit with the ellipsis: a binary search on the count
    // (all of them do not fit, or the text would have).
    let (mut lo, mut hi) = (0, ends.len() - 2);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(&format!("{}…", &text[..ends[mid]])) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    format!("{}…", text[..ends[lo]].trim_end()).into()
}

/// The search on the bottom border: the query, then `match i/N` or `no matches`.
fn draw_query(app: &App, help: &HelpState, r: Rect, buf: &mut Buffer) {
    let result = match help.current {
        Some(c) => {
            let pos = format!("{}/{}", c + 1, help.hits.len());
            app.msg().get("search-match", &[("pos", Arg::Text(&pos))])
        }
        None => app.msg().text("search-none"),
    };
    let text = app.msg().get(
        "help-find",
        &[
            ("query", Arg::Text(&help.query)),
            ("result", Arg::Text(&result)),
        ],
    );
    let bottom = Rect::new(r.x, r.bottom().saturating_sub(1), r.width, 1);
    super::draw_border_title(
        &super::Look::of(app),
        buf,
        bottom,
        &text,
        app.theme().border,
    );
}

//! The links list overlay (`u`): a filter row, then every link the filter lets through — its
//! number and text (in the text's own direction, filter matches highlighted) and where it
//! leads (the address an isolated unit), each row cut with `…` at its logical end. Text
//! from the article goes through the layout like every other pane, so a control character
//! in a link shows as a symbol.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::app::LinksList;
use crate::i18n::Arg;
use crate::keymap::{Action, Scope};
use crate::labels;
use crate::layout::{StyleFlags, StyleSpan};
use crate::links::display_target;
use crate::search::{Folding, Query};
use crate::text::{Base, Line};

use super::{Look, Reading, draw_lines, fill_row, fit};

/// Rows per entry: the text, then where it leads.
pub const ROWS: usize = crate::frame::LINKS_LIST_ROWS;

pub use crate::frame::{links_list_capacity as capacity, links_list_rect as rect};

pub fn render(
    look: &Look<'_>,
    reading: &Reading<'_>,
    list: &LinksList,
    area: Rect,
    buf: &mut Buffer,
) {
    let r = rect(area);
    if r.width < 12 || r.height < 5 {
        return;
    }
    let stops = &reading.view.stops;
    let pos = format!("{}/{}", list.shown.len(), stops.len());
    let args = [("pos", Arg::Text(&pos))];
    let title = look.msg.get("pane-links", &args);
    let inner = super::draw_box(look, buf, r, &title);
    draw_filter(look, &list.filter, inner, buf);
    let query = Query::new(&list.filter, Folding::Normal)
        .ok()
        .filter(|q| !q.is_empty());
    let a = reading.article;
    let l = labels::for_language(a.meta.language.as_deref());
    let theme = look.theme;
    let mut y = inner.y + 1;
    let entries = list.shown.iter().enumerate().skip(list.list.offset);
    for (row, &i) in entries {
        if y >= inner.bottom() {
            break;
        }
        let Some(stop) = stops.get(i) else {
            continue;
        };
        let prefix = format!("{}. ", i + 1);
        let text = format!("{prefix}{}", stop.text);
        let kind = if stop.target.is_some() {
            StyleFlags::LINK
        } else {
            StyleFlags::MARK
        };
        let mut spans = vec![super::all(&text, kind)];
        if let Some(q) = &query {
            let found = q.find_all(&stop.text).into_iter().map(|range| StyleSpan {
                range,
                style: StyleFlags::MATCH,
            });
            spans.extend(super::shift_spans(found, prefix.len(), text.len()));
        }
        let dir = crate::text::direction_in(a, &stop.text);
        let head = fit(&text, &spans, inner.width, dir, look.mode(), 1);
        let focused = reading.view.link_focus == Some(i);
        draw_lines(buf, inner, y, &head, 1, |c| {
            let s = theme.cell(c.style);
            if focused {
                s.patch(theme.link_focus)
            } else {
                s
            }
        });
        let note = note(look, a, stop.target.as_deref(), l.unresolved, inner.width);
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
        let row = Rect::new(inner.x + 1, inner.y + 1, inner.width.saturating_sub(2), 1);
        super::draw_text(look, buf, row, &look.msg.text("links-none"), theme.dim);
    }
}

/// `   → address` (the address an isolated unit) or `   ✗ not in the library`, on one row
/// cut with `…` (rules 2 and 4 of [`crate::text`]).
fn note(
    look: &Look<'_>,
    a: &crate::article::Article,
    target: Option<&str>,
    unresolved: &str,
    width: u16,
) -> crate::layout::ParagraphLayout {
    let line = match target {
        Some(t) => {
            let t = crate::links::absolute(a, t);
            let t = display_target(&t);
            let dir = crate::text::direction_in(a, &format!("   → {t}"));
            Line::new(Base::Article(dir)).text("   → ").unit(&t)
        }
        None => {
            let note = format!("   ✗ {unresolved}");
            Line::new(Base::Article(crate::text::direction_in(a, &note))).text(&note)
        }
    };
    line.shaped(look.render.shape)
        .fit_layout(usize::from(width), look.order())
}

/// `type to filter · ↑/↓ move · Enter follows · Esc closes`, with the links list's keys from
/// the key table (rule: every text that names a key asks the keymap).
fn filter_hint(look: &Look<'_>) -> String {
    let key = |a| look.keymap.say_in(Scope::Links, a);
    let moves = format!("{}/{}", key(Action::Up), key(Action::Down));
    let (follow, close) = (key(Action::Activate), key(Action::Close));
    let args = [
        ("move", Arg::Text(&moves)),
        ("follow", Arg::Text(&follow)),
        ("close", Arg::Text(&close)),
    ];
    look.msg.get("links-hints", &args)
}

/// The filter row: the filter in its own direction with a cursor, or a hint when empty.
fn draw_filter(look: &Look<'_>, filter: &str, inner: Rect, buf: &mut Buffer) {
    let label = look.msg.text("links-filter");
    let row = Rect::new(inner.x, inner.y, inner.width, 1);
    let used = super::draw_text(look, buf, row, &label, look.theme.help_key);
    let room = inner.width.saturating_sub(used + 1);
    // After the label in the UI's direction: right of it, or left of it when RTL.
    let rtl = look.msg.direction().is_rtl();
    let x = if rtl { inner.x } else { inner.right() - room };
    if filter.is_empty() {
        let row = Rect::new(x, inner.y, room, 1);
        super::draw_text(look, buf, row, &filter_hint(look), look.theme.dim);
        return;
    }
    let want = u16::try_from(filter.width() + 1)
        .unwrap_or(u16::MAX)
        .min(room);
    let x = if rtl { x + room - want } else { x };
    super::status::draw_field(look, filter, Rect::new(x, inner.y, want, 1), buf);
}

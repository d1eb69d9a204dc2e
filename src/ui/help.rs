//! The help overlay: every binding of the key table with its description, scrollable, and
//! searchable (`/`: the matches highlighted, the current one stronger; the query and the
//! count on the bottom border). The help scope's own keys (Esc, `?`, `q`) close it. Each row
//! goes through the text policy: laid out in the UI's direction (the keys column first, at
//! the right when the UI is right to left), cut to its column with `…` at its logical end ([`Line::cut_to`], the one cutting rule).
//! The box is as wide as its widest entry needs, up to the frame ([`crate::frame::help_rect`]).
//! Drawn from borrowed views ([`Help`]: the [`Look`], the [`HelpState`] and the rows), never
//! from `&App`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use crate::app::HelpState;
use crate::i18n::Arg;
use crate::layout::{StyleFlags, StyleSpan};
use crate::text::{Base, Line};

use super::{Look, draw_line};

/// Width of the keys column.
const KEYS_WIDTH: usize = 20;

/// What the overlay draws from: borrowed, read only.
#[derive(Clone, Copy)]
pub struct Help<'a> {
    pub look: Look<'a>,
    pub state: &'a HelpState,
    /// `(keys, description)`, one a row ([`crate::app::App::help_rows`]).
    pub rows: &'a [(String, String)],
}

pub fn render(h: &Help<'_>, area: Rect, buf: &mut Buffer) {
    let (look, help, rows) = (&h.look, h.state, h.rows);
    let widest = rows.iter().map(|(_, d)| d.width()).max().unwrap_or(0) + KEYS_WIDTH + 3;
    let Some(r) = crate::frame::help_rect(area, rows.len(), widest) else {
        return;
    };
    let inner = super::draw_box(look, buf, r, &look.msg.text("pane-help"));
    let visible = usize::from(inner.height);
    let offset = help.offset.min(rows.len().saturating_sub(visible));
    let current = help.current_row();
    for (i, (keys, desc)) in rows.iter().enumerate().skip(offset).take(visible) {
        let y = inner.y + (i - offset) as u16;
        // Keys column first in the UI's direction: at the right when it is RTL (mirrored).
        let keys_w = (KEYS_WIDTH as u16 + 1).min(inner.width);
        let desc_w = inner.width - keys_w;
        let (keys_x, desc_x) = if look.msg.direction().is_rtl() {
            (inner.x + desc_w, inner.x)
        } else {
            (inner.x, inner.x + keys_w)
        };
        let is_current = current == Some(i);
        let keys_row = Rect::new(keys_x, y, keys_w.saturating_sub(1), 1);
        // The keys one isolated unit (rule 2 of `text`): key names read left to right, so
        // `1–9` stays `1–9` in a right-to-left row (its digits and dash would take the row's
        // direction, UAX #9 N1); the unit keeps the row right-aligned.
        let keys = format!("\u{2068}{keys}\u{2069}");
        draw_cell(h, buf, keys_row, &keys, is_current, look.theme.help_key);
        let desc_row = Rect::new(desc_x, y, desc_w, 1);
        draw_cell(h, buf, desc_row, desc, is_current, look.theme.text);
    }
    if help.typing || !help.query.is_empty() {
        draw_query(look, help, r, buf);
    }
}

/// One column of a row on one line, in the UI's direction: cut with `…` at its logical end
/// when it is too long ([`Line::cut_to`]), the query's matches highlighted (the current
/// row's stronger).
fn draw_cell(h: &Help<'_>, buf: &mut Buffer, area: Rect, text: &str, current: bool, style: Style) {
    if area.width == 0 {
        return;
    }
    let look = &h.look;
    let width = usize::from(area.width);
    let line = Line::new(Base::Ui(look.msg.direction()))
        .shaped(look.render.shape)
        .isolated(text);
    let cut = line.cut_to(width, look.order());
    // Bytes of the row still shown: the ellipsis (and the isolates it closes) left out.
    let kept = if cut == line {
        cut.marked().len()
    } else {
        cut.marked().trim_end_matches(['…', '\u{2069}']).len()
    };
    let flags = if current {
        StyleFlags::MATCH | StyleFlags::CURRENT_MATCH
    } else {
        StyleFlags::MATCH
    };
    let spans: Vec<StyleSpan> = h
        .state
        .matches(line.marked())
        .into_iter()
        .filter(|m| m.start < kept)
        .map(|m| StyleSpan {
            range: m.start..m.end.min(kept),
            style: flags,
        })
        .collect();
    let layout = cut.lay_out_styled(width, look.order(), &spans);
    if let Some(row) = layout.lines.first() {
        draw_line(buf, area, area.y, row, |c| {
            super::patch_unless_match(look.theme.cell(c.style), style, c.style)
        });
    }
}

/// The search on the bottom border: the query, then `match i/N` or `no matches`.
fn draw_query(look: &Look<'_>, help: &HelpState, r: Rect, buf: &mut Buffer) {
    let result = match help.current {
        Some(c) => {
            let pos = format!("{}/{}", c + 1, help.hits.len());
            look.msg.get("search-match", &[("pos", Arg::Text(&pos))])
        }
        None => look.msg.text("search-none"),
    };
    let text = look.msg.get(
        "help-find",
        &[
            ("query", Arg::Text(&help.query)),
            ("result", Arg::Text(&result)),
        ],
    );
    let bottom = Rect::new(r.x, r.bottom().saturating_sub(1), r.width, 1);
    super::draw_border_title(look, buf, bottom, &text, look.theme.border);
}

//! The help overlay: every binding of the key table with its description, scrollable, and
//! searchable (`/`: the matches highlighted, the current one stronger; the query and the
//! count on the bottom border). The help scope's own keys (Esc, `?`, `q`) close it. Each row
//! goes through the text policy, laid out in the UI's direction (the keys column first, at
//! the right when the UI is right to left): a description wider than its column is wrapped
//! onto further rows (UAX #14, right-aligned when right to left), its keys cell blank there
//! ([`crate::frame::help`], whose screen rows the scrolling and the search count too); the
//! keys cut to their column with `…` ([`Line::cut_to`], the one cutting rule). The box is
//! as wide as its widest entry needs, up to the frame ([`crate::frame::help_rect`]).
//! Drawn from borrowed views ([`Help`]: the [`Look`], the [`HelpState`] and the rows), never
//! from `&App`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::app::HelpState;
use crate::frame::help::{HelpLayout, help_layout, help_line, wrap_description};
use crate::i18n::Arg;
use crate::layout::{ParagraphLayout, StyleFlags, StyleSpan};
use crate::text::{Base, Line};

use super::{Look, draw_line};

/// What the overlay draws from: borrowed, read only.
#[derive(Clone, Copy)]
pub struct Help<'a> {
    pub look: Look<'a>,
    pub state: &'a HelpState,
    /// `(keys, description)`, one an entry ([`crate::app::App::help_rows`]).
    pub rows: &'a [(String, String)],
}

pub fn render(h: &Help<'_>, area: Rect, buf: &mut Buffer) {
    let (look, help) = (&h.look, h.state);
    let direction = look.msg.direction();
    let Some(layout) = help_layout(area, h.rows, direction, look.render) else {
        return;
    };
    let r = layout.rect;
    let inner = super::draw_box(look, buf, r, &look.msg.text("pane-help"));
    let offset = help.offset.min(layout.last_offset());
    let current = help.current_row();
    // The entry whose description is laid out, kept while its rows are drawn.
    let mut laid: Option<(usize, ParagraphLayout)> = None;
    for screen in 0..usize::from(inner.height) {
        let Some((entry, row)) = layout.at(offset + screen) else {
            break;
        };
        let (keys, desc) = &h.rows[entry];
        let is_current = current == Some(entry);
        let y = inner.y + screen as u16;
        let (keys_row, desc_row) = columns(&layout, inner, y, direction.is_rtl());
        if row == 0 {
            // The keys one isolated unit (rule 2 of `text`): key names read left to right,
            // so `1–9` stays `1–9` in a right-to-left row (its digits and dash would take
            // the row's direction, UAX #9 N1); the unit keeps the row right-aligned.
            let keys = format!("\u{2068}{keys}\u{2069}");
            draw_keys(h, buf, keys_row, &keys, is_current);
        }
        if laid.as_ref().is_none_or(|(e, _)| *e != entry) {
            laid = Some((entry, describe(h, &layout, desc, is_current)));
        }
        if let Some(line) = laid.as_ref().and_then(|(_, l)| l.lines.get(row)) {
            draw_line(buf, desc_row, y, line, |c| {
                super::patch_unless_match(look.theme.cell(c.style), look.theme.text, c.style)
            });
        }
    }
    if help.typing || !help.query.is_empty() {
        draw_query(look, help, r, buf);
    }
}

/// The keys cell and the description cell of screen row `y`: the keys first in the UI's
/// direction (at the right when it is right to left, mirrored).
fn columns(layout: &HelpLayout, inner: Rect, y: u16, rtl: bool) -> (Rect, Rect) {
    let keys_w = layout.keys_w.min(inner.width);
    let desc_w = inner.width - keys_w;
    let (keys_x, desc_x) = if rtl {
        (inner.x + desc_w, inner.x)
    } else {
        (inner.x, inner.x + keys_w)
    };
    (
        Rect::new(keys_x, y, keys_w.saturating_sub(1), 1),
        Rect::new(desc_x, y, desc_w, 1),
    )
}

/// The style of the query's matches: the current entry's stronger.
fn match_flags(current: bool) -> StyleFlags {
    if current {
        StyleFlags::MATCH | StyleFlags::CURRENT_MATCH
    } else {
        StyleFlags::MATCH
    }
}

/// An entry's description wrapped to its column ([`wrap_description`]'s rows), the query's
/// matches highlighted.
fn describe(h: &Help<'_>, layout: &HelpLayout, desc: &str, current: bool) -> ParagraphLayout {
    let look = &h.look;
    let (direction, render) = (look.msg.direction(), look.render);
    let line = help_line(desc, direction, render);
    let spans = spans_of(h.state, line.marked(), usize::MAX, current);
    if spans.is_empty() {
        return wrap_description(desc, layout.desc_w, direction, render);
    }
    line.lay_out_styled(usize::from(layout.desc_w.max(1)), look.order(), &spans)
}

/// The query's matches in `marked`, before byte `kept`.
fn spans_of(state: &HelpState, marked: &str, kept: usize, current: bool) -> Vec<StyleSpan> {
    state
        .matches(marked)
        .into_iter()
        .filter(|m| m.start < kept)
        .map(|m| StyleSpan {
            range: m.start..m.end.min(kept),
            style: match_flags(current),
        })
        .collect()
}

/// The keys on one line, in the UI's direction: cut with `…` at its logical end when they
/// are too long ([`Line::cut_to`]), the query's matches highlighted.
fn draw_keys(h: &Help<'_>, buf: &mut Buffer, area: Rect, text: &str, current: bool) {
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
    let spans = spans_of(h.state, line.marked(), kept, current);
    let layout = cut.lay_out_styled(width, look.order(), &spans);
    let style: Style = look.theme.help_key;
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

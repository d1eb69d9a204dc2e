//! The "read also" pane: the article's links numbered; a link that names an article of the
//! library shows where it leads, an unresolved one is dimmed and marked ✗ with the
//! localised "not in the library".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{App, Pane};
use crate::finder::MatchPlace;
use crate::labels;
use crate::layout::{ParagraphLayout, StyleFlags};

use super::{all, clip, draw_lines, draw_title, fill_row, lay};

/// Rows an entry takes at most: two of title, one of where it leads.
pub const MAX_ROWS: usize = 3;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let a = app.article();
    let l = labels::for_language(a.meta.language.as_deref());
    let focused = app.focus == Pane::Links;
    draw_title(app, buf, area, l.read_also, focused);
    let theme = &app.theme;
    let focused_link = match app.focused_stop().map(|s| &s.place) {
        Some(crate::links::LinkPlace::ReadAlso(k)) => Some(*k),
        _ => None,
    };
    let mut y = area.y + 1;
    for (i, link) in a.read_also.iter().enumerate().skip(app.link_list.offset) {
        if y >= area.bottom() {
            break;
        }
        let resolved = link.target.is_some();
        let fresh;
        let (layout, note_layout) = match app.chrome.link(i, area.width) {
            Some((l, n)) => (l, n),
            None => {
                fresh = entry(app, i, area.width);
                (&fresh.0, &fresh.1)
            }
        };
        let focus = focused_link == Some(i);
        let mut rows = draw_lines(buf, area, y, layout, 2, |c| {
            let s = theme.cell(c.style);
            let s = if resolved {
                s
            } else {
                super::patch_unless_match(s, theme.unresolved, c.style)
            };
            if focus { s.patch(theme.link_focus) } else { s }
        });
        let note_style = if resolved {
            theme.dim
        } else {
            theme.unresolved
        };
        rows += draw_lines(buf, area, y + rows, note_layout, 1, |_| note_style);
        if focused && i == app.link_list.selected && !focus {
            for r in 0..rows {
                fill_row(buf, area, y + r, theme.selection);
            }
        }
        y += rows;
    }
}

/// The file name of a path target, or the target itself (a URL).
fn target_name(target: &str) -> &str {
    if target.contains("://") {
        return target;
    }
    std::path::Path::new(target)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(target)
}

/// Link `i` laid out for a pane `width` columns wide: its numbered title (at most two lines'
/// worth) and the line saying where it leads or that it is not in the library.
pub fn entry(app: &App, i: usize, width: u16) -> (ParagraphLayout, ParagraphLayout) {
    let a = app.article();
    let l = labels::for_language(a.meta.language.as_deref());
    let width = width.saturating_sub(1);
    let Some(link) = a.read_also.get(i) else {
        let empty = lay("", &[], width, a.direction(), app.render);
        return (empty.clone(), empty);
    };
    let prefix = format!("{}. ", i + 1);
    let shown = clip(&link.text, width, 2);
    let text = format!("{prefix}{shown}");
    let flags = if link.target.is_some() {
        StyleFlags::LINK
    } else {
        StyleFlags::MARK
    };
    let dir = crate::text::direction_in(a, &link.text);
    let mut spans = vec![all(&text, flags)];
    let found = app.finder.spans(MatchPlace::Link(i));
    let kept = prefix.len() + super::kept(&shown, &link.text);
    spans.extend(super::shift_spans(found, prefix.len(), kept));
    let title = lay(&text, &spans, width, dir, app.render);
    let note = match &link.target {
        Some(t) => format!("→ {}", target_name(t)),
        None => format!("✗ {}", l.unresolved),
    };
    let note_layout = lay(
        &note,
        &[],
        width,
        crate::text::direction_in(a, &note),
        app.render,
    );
    (title, note_layout)
}

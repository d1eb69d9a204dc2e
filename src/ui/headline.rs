//! The headline pane: the headline in bold, aligned to the article's direction, the source and
//! date under it, and a rule.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::App;
use crate::finder::MatchPlace;
use crate::layout::{ParagraphLayout, StyleFlags};

use super::{all, draw_lines, lay};

/// Lines of the headline shown at most: 2 on a tall screen, else 1.
fn max_lines(height: u16) -> usize {
    if height >= 15 { 2 } else { 1 }
}

/// The headline laid out for a frame `width` columns wide (one column of padding each side).
pub fn layout(app: &App, width: u16) -> ParagraphLayout {
    let a = app.article();
    let text = super::clip(&a.headline, width, 2);
    let dir = crate::text::direction_in(a, &text);
    let mut spans = vec![all(&text, StyleFlags::BOLD | StyleFlags::HEADING)];
    spans.extend(super::shift_spans(
        app.finder.spans(MatchPlace::Headline),
        0,
        super::kept(&text, &a.headline),
    ));
    lay(&text, &spans, width.saturating_sub(2), dir, app.render)
}

/// The byline of the text policy ([`crate::text::byline`]), its units isolated; `None` when
/// the article has none.
fn byline(app: &App) -> Option<String> {
    let by = crate::text::byline(app.article());
    (!by.is_empty()).then(|| by.marked().to_string())
}

/// Rows the pane takes at a screen size: headline lines, byline (on screens of 12 rows or
/// more) and the rule.
pub fn rows(app: &App, width: u16, height: u16) -> u16 {
    let lines = match app.chrome.headline(app.current, width) {
        Some(l) => l.lines.len(),
        None => layout(app, width).lines.len(),
    }
    .min(max_lines(height));
    let by = u16::from(height >= 12 && byline(app).is_some());
    lines as u16 + by + 1
}

/// Draws the pane; `frame_height` is the height [`rows`] was computed for.
pub fn render(app: &App, area: Rect, frame_height: u16, buf: &mut Buffer) {
    let inner = super::pad(area);
    let fresh;
    let head = match app.chrome.headline(app.current, area.width) {
        Some(l) => l,
        None => {
            fresh = layout(app, area.width);
            &fresh
        }
    };
    let theme = &app.theme;
    let mut y = area.y;
    y += draw_lines(buf, inner, y, head, max_lines(frame_height), |c| {
        super::patch_unless_match(theme.cell(c.style), theme.headline, c.style)
    });
    if frame_height >= 12
        && y + 1 < area.bottom()
        && let Some(by) = byline(app)
    {
        let dir = crate::text::direction_in(app.article(), &by);
        let l = lay(&by, &[], inner.width, dir, app.render);
        y += draw_lines(buf, inner, y, &l, 1, |_| theme.dim);
    }
    if y < area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].set_symbol("─").set_style(theme.border);
        }
    }
}

//! The address prompt of `a`: a bordered box above the status line, its title a message of
//! the UI's language, the typed address laid out left to right (an address reads that way
//! whatever the UI's direction) as a [`Line`] of the text policy, a control shown as a
//! symbol. Drawn from the [`Look`] and the typed text, never from `&App`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::article::Direction;
use crate::text::{Base, Line, symbols};

use super::{Look, draw_line};

pub fn render(look: &Look<'_>, typed: &str, area: Rect, buf: &mut Buffer) {
    let w = area.width.saturating_sub(4).min(78);
    if w < 10 || area.height < 5 {
        return;
    }
    let r = Rect::new(area.x + (area.width - w) / 2, area.bottom() - 4, w, 3);
    let inner = super::draw_box(look, buf, r, &look.msg.text("prompt-add-title"));
    // The end of a long address shows, where the typing is.
    let shown = format!("{}▏", symbols::escape(&symbols::reveal_invisible(typed)));
    let room = usize::from(inner.width.saturating_sub(1));
    let line = Line::new(Base::Ui(Direction::Ltr))
        .shaped(look.render.shape)
        .text(&tail(&shown, room));
    let layout = line.fit_layout(usize::from(inner.width), look.order());
    if let Some(row) = layout.lines.first() {
        draw_line(buf, inner, inner.y, row, |_| look.theme.text);
    }
}

/// The end of `text` that takes at most `room` columns: whole grapheme clusters, and `…`
/// where its start was cut (the text policy's cut, at the start because the end is where
/// the typing is).
fn tail(text: &str, room: usize) -> Cow<'_, str> {
    if text.width() <= room {
        return Cow::Borrowed(text);
    }
    let mut used = 1; // the `…`
    let mut from = text.len();
    for (at, g) in text.grapheme_indices(true).rev() {
        used += g.width();
        if used > room {
            break;
        }
        from = at;
    }
    Cow::Owned(format!("…{}", &text[from..]))
}

#[cfg(test)]
mod tests {
    use super::tail;

    #[test]
    fn a_short_text_is_whole() {
        assert_eq!(tail("https://a.b/", 20), "https://a.b/");
    }

    #[test]
    fn a_cut_start_shows_an_ellipsis_and_whole_clusters() {
        assert_eq!(tail("https://example.org/news", 8), "…rg/news");
        // A flag is one cluster of two regional indicators, two columns: never split.
        assert_eq!(
            tail("ab\u{1F1F8}\u{1F1E6}\u{1F1F8}\u{1F1E6}▏", 4),
            "…\u{1F1F8}\u{1F1E6}▏"
        );
        // A base and its combining mark stay together.
        assert_eq!(tail("xxxxe\u{301}▏", 3), "…e\u{301}▏");
    }
}

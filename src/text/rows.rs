//! [`fit_rows`]: a text of a pane entry (a headline, a quote, a link's title) wrapped to at
//! most a few rows and, when it needs more, cut at its logical end with `…` (rule 4 of
//! [`crate::text`]) so the last row shown says that something follows: on the right for a
//! left-to-right entry, on the left for a right-to-left one, never inside a grapheme
//! cluster. Styles and search matches ([`StyleSpan`]s) stay on the text they cover; a span
//! that reaches the cut covers the `…` too.

use unicode_segmentation::UnicodeSegmentation;

use crate::layout::{Options, ParagraphLayout, StyleSpan, layout_paragraph};

/// The logical end of a cut text.
const ELLIPSIS: &str = "…";

/// `text` laid out under `opts` on at most `rows` rows, cut with `…` when it needs more.
/// Only a prefix that can fill the rows is laid out, so a long entry costs no more than
/// it shows.
pub fn fit_rows(text: &str, spans: &[StyleSpan], opts: &Options, rows: usize) -> ParagraphLayout {
    let rows = rows.max(1);
    // A cell takes at least one column: more `char`s than this cannot be shown.
    let budget = opts.width.max(1) * rows + 1;
    let prefix = match text.char_indices().nth(budget) {
        Some((at, _)) => &text[..at],
        None => text,
    };
    let full = layout_paragraph(prefix, &cut_spans(spans, prefix.len(), false), opts);
    if prefix.len() == text.len() && full.lines.len() <= rows {
        return full;
    }
    let last = full.lines.get(rows - 1);
    let row_start = last.map_or(0, |l| l.logical.start.min(prefix.len()));
    let mut end = last.map_or(prefix.len(), |l| l.logical.end.min(prefix.len()));
    loop {
        let kept = text[..end].trim_end();
        let cut = format!("{kept}{ELLIPSIS}");
        let laid = layout_paragraph(&cut, &cut_spans(spans, kept.len(), true), opts);
        if laid.lines.len() <= rows || kept.is_empty() {
            return laid;
        }
        end = shorter(kept, row_start);
    }
}

/// `kept` one word shorter when its last row (from byte `row_start`) holds more than one
/// word — cutting inside an Arabic or Hebrew word can leave another word — else one grapheme
/// cluster shorter (UAX #29), never part of one.
fn shorter(kept: &str, row_start: usize) -> usize {
    let from = row_start.min(kept.len());
    match kept[from..].rfind(char::is_whitespace) {
        Some(at) if at > 0 => from + at,
        _ => kept
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(at, _)| at),
    }
}

/// The spans of a text cut after `end` bytes: those that start before it, ended there, or
/// carried over the ellipsis after it (`ellipsis`) when they reach it.
fn cut_spans(spans: &[StyleSpan], end: usize, ellipsis: bool) -> Vec<StyleSpan> {
    let past = if ellipsis { ELLIPSIS.len() } else { 0 };
    spans
        .iter()
        .filter(|s| s.range.start < end || (s.range.start == end && s.range.is_empty()))
        .map(|s| {
            let stop = if s.range.end >= end {
                end + past
            } else {
                s.range.end
            };
            StyleSpan {
                range: s.range.start..stop,
                style: s.style,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Direction;
    use crate::layout::StyleFlags;

    fn rows_of(text: &str, width: usize, rows: usize, direction: Direction) -> Vec<String> {
        let opts = Options {
            width,
            shape: false,
            direction: Some(direction),
            ..Options::default()
        };
        let spans = [StyleSpan {
            range: 0..text.len(),
            style: StyleFlags::LINK,
        }];
        let l = fit_rows(text, &spans, &opts, rows);
        assert!(
            l.lines
                .iter()
                .flat_map(|l| &l.cells)
                .all(|c| c.style == StyleFlags::LINK)
        );
        l.lines
            .iter()
            .map(|l| format!("{}{}", " ".repeat(usize::from(l.indent)), l.text))
            .collect()
    }

    #[test]
    fn a_long_entry_ends_its_last_row_with_an_ellipsis() {
        let ltr = "The quick brown fox jumps over the lazy dog";
        assert_eq!(
            rows_of(ltr, 12, 2, Direction::Ltr),
            ["The quick", "brown fox…"]
        );
        assert_eq!(rows_of(ltr, 12, 9, Direction::Ltr).len(), 4, "fits: no cut");
        // Hebrew «שלום עולם יפה מאוד»: the ellipsis at the logical end, on the left.
        let rtl = "שלום עולם יפה מאוד";
        assert_eq!(rows_of(rtl, 10, 1, Direction::Rtl), ["…םלוע םולש"]);
        // A word dropped whole rather than cut (Arabic «أنها» cut to «أنه» is another word).
        assert_eq!(rows_of("one twox three", 8, 1, Direction::Ltr), ["one…"]);
        // Never inside a cluster: e + combining acute stays whole.
        assert_eq!(
            rows_of("abcde\u{301}fgh", 6, 1, Direction::Ltr),
            ["abcde\u{301}…"]
        );
    }
}

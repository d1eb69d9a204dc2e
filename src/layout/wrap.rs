//! Line breaking in logical order, by terminal columns (UAX #14 with hanging spaces).
//!
//! Greedy: a line takes units while they fit. When one does not, the line ends at the last
//! UAX #14 break opportunity on it, or, if there is none (a word longer than the line), right
//! before the unit that did not fit: a grapheme boundary. A mandatory break (LB4, LB5) ends
//! the line after the break character. Trailing whitespace hangs: it never causes a break,
//! is not counted against the width and takes no cell, but stays in the line's logical range.
//! A unit wider than the whole line (a width-2 character on a width-1 line) still gets a line
//! of its own: the only case where a line is wider than the width.
//!
//! Tabs advance to the next multiple of the tab width, counted from the line start in
//! **logical** order (in LTR text that is also the visual column), and never past the line
//! end. Measuring before reordering keeps the width of a line fixed, so reordering can never
//! push a line past the width.

use std::ops::Range;

use super::units::{BREAK_BEFORE, Kind, Unit};

/// One line: its units, where its hanging tail starts, and its bytes.
#[derive(Clone, Debug)]
pub(crate) struct LineSpan {
    pub units: Range<usize>,
    /// Index of the first unit of the trailing run that takes no cell (spaces, hidden
    /// characters, the mandatory break).
    pub hang_from: usize,
    pub logical: Range<usize>,
}

fn hangs(u: &Unit) -> bool {
    matches!(u.kind, Kind::Space | Kind::Hidden | Kind::Break)
}

/// Splits `units` into lines of at most `width` columns; sets every tab's width.
pub(crate) fn break_lines(
    units: &mut [Unit],
    width: usize,
    tab_width: usize,
    out: &mut Vec<LineSpan>,
) {
    out.clear();
    let mut start = 0;
    while start < units.len() {
        let end = line_end(units, start, width, tab_width);
        push_line(units, start..end, out);
        start = end;
    }
    let text_end = units.last().map_or(0, |u| u.end as usize);
    if units.last().is_none_or(|u| u.kind == Kind::Break) {
        // An empty paragraph, or one that ends with a line break: one more empty line.
        out.push(LineSpan {
            units: units.len()..units.len(),
            hang_from: units.len(),
            logical: text_end..text_end,
        });
    }
}

fn push_line(units: &[Unit], range: Range<usize>, out: &mut Vec<LineSpan>) {
    let mut hang_from = range.end;
    while hang_from > range.start && hangs(&units[hang_from - 1]) {
        hang_from -= 1;
    }
    out.push(LineSpan {
        logical: units[range.start].start as usize..units[range.end - 1].end as usize,
        units: range,
        hang_from,
    });
}

/// Where the line starting at unit `start` ends (exclusive unit index, > `start`).
fn line_end(units: &mut [Unit], start: usize, width: usize, tab_width: usize) -> usize {
    let mut used = 0; // columns up to the end of the last non-space unit
    let mut pending = 0; // columns of the spaces after it
    let mut last_opportunity = None;
    for (j, u) in (start..).zip(&mut units[start..]) {
        if u.flags & BREAK_BEFORE != 0 && j > start {
            last_opportunity = Some(j);
        }
        let w = match u.kind {
            Kind::Break => return j + 1,
            Kind::Hidden => continue,
            Kind::Space => {
                pending += usize::from(u.width);
                continue;
            }
            Kind::Tab => {
                let col = used + pending;
                let w = (tab_width - col % tab_width).min(width.saturating_sub(col));
                u.width = u16::try_from(w).unwrap_or(u16::MAX);
                w
            }
            _ => usize::from(u.width),
        };
        let taken = used + pending;
        if (taken + w > width || w == 0) && taken > 0 {
            // Does not fit (a unit of width 0 here is a tab at the line end).
            return last_opportunity.unwrap_or(j);
        }
        // Fits, or nothing is on the line yet: then this unit goes on it even when too wide.
        used += pending + w;
        pending = 0;
    }
    units.len()
}

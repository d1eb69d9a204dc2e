//! Rows for a terminal that reorders every stretch of text itself with a left-to-right base
//! direction (Konsole with its BiDi rendering on: each stretch of one style and script is drawn
//! by Qt as a paragraph of base direction LTR; [`crate::term_bidi::Mode::Runs`]).
//!
//! Such a terminal reverses each right-to-left run in place and leaves everything else where
//! it is. So khabar writes its own visual row ([`super::row_cells`] of the explicit-mode
//! buffer) with each RTL stretch (from a strong R/AL cell to the last one before a strong L
//! cell, a pane rule or a change of style) turned back: its cells reversed — between RLO and
//! PDF when it holds a number or a bracket, so that the terminal takes every character of it
//! as right to left (numbers too, and brackets, which then pair with none outside it: BD16
//! pairs only neutrals) — and an LRM after it, so that a number or a neutral just after it is not drawn into it. The terminal's
//! reordering then gives back khabar's row. Konsole 22.12 (under Xvfb) honours the override,
//! gives the marks no column, applies BD16/N0 to brackets outside an override, and mirrors no
//! bracket (`אב (גד) הו` shows them the wrong way round): so each cell keeps the glyph of
//! the visual row. [`ltr_display`] is the model of such a terminal (UAX #9 with an LTR base,
//! `unicode-bidi`, without L4's mirroring): the tests check every row against it.

use ratatui::buffer::Cell;
use unicode_bidi::{BidiClass, BidiDataSource, BidiInfo, HardcodedBidiData, Level, bidi_class};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// LEFT-TO-RIGHT MARK.
pub const LRM: char = '\u{200E}';
/// RIGHT-TO-LEFT OVERRIDE and POP DIRECTIONAL FORMATTING.
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

/// The class of a cell: that of its first character.
fn class(cell: &Cell) -> BidiClass {
    cell.symbol()
        .chars()
        .next()
        .map_or(BidiClass::WS, bidi_class)
}

fn width(cell: &Cell) -> u16 {
    cell.symbol().width().clamp(1, 2) as u16
}

/// The RTL stretches of a visual row (inclusive index pairs into `cells`).
fn stretches(cells: &[(u16, Cell)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, (_, cell)) in cells.iter().enumerate() {
        let c = class(cell);
        let breaks = matches!(c, BidiClass::L)
            || super::is_rule(cell.symbol())
            || open.is_some_and(|(s, _)| !same_style(&cells[s].1, cell));
        if breaks {
            out.extend(open.take());
        }
        if matches!(c, BidiClass::R | BidiClass::AL) {
            open = Some(open.map_or((i, i), |(s, _)| (s, i)));
        }
    }
    out.extend(open);
    out
}

fn same_style(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg && a.bg == b.bg && a.modifier == b.modifier
}

/// A visual row as a terminal with an LTR base must get it (see the module docs).
pub fn runs_row(mut cells: Vec<(u16, Cell)>) -> Vec<(u16, Cell)> {
    for (a, b) in stretches(&cells) {
        let mut x = cells[a].0;
        let turned: Vec<Cell> = cells[a..=b].iter().rev().map(|(_, c)| c.clone()).collect();
        // Only a stretch the terminal would not simply reverse needs the override (and a
        // terminal that gives each mark a column, mlterm, fewer of them).
        let (open, close) = match turned.iter().any(needs_override) {
            true => (RLO.to_string(), format!("{PDF}{LRM}")),
            false => (String::new(), LRM.to_string()),
        };
        for (k, mut cell) in turned.into_iter().enumerate() {
            let w = width(&cell);
            let before = if k == 0 { open.as_str() } else { "" };
            let after = if a + k == b { close.as_str() } else { "" };
            let marked = format!("{before}{}{after}", cell.symbol());
            cell.set_symbol(&marked);
            cells[a + k] = (x, cell);
            x += w;
        }
    }
    cells
}

/// A cell the terminal would not reverse with its run: a number (EN, AN: kept left to right
/// at level 2) or a paired bracket (BD16 could pair it with one outside the run).
fn needs_override(cell: &Cell) -> bool {
    cell.symbol().chars().any(|c| {
        matches!(bidi_class(c), BidiClass::EN | BidiClass::AN)
            || HardcodedBidiData.bidi_matched_opening_bracket(c).is_some()
    })
}

/// The model of a terminal with an LTR base: `text` reordered as one LTR paragraph (UAX #9,
/// `unicode-bidi`), bidi marks dropped, and no character mirrored: Konsole 22.12 reverses a
/// right-to-left run but draws `(`, `[`, `<` and `«` in it as they are (seen under Xvfb:
/// `אב (גד) הו` shows its brackets the wrong way round), so L4 is not part of the model.
pub fn ltr_display(text: &str) -> String {
    let info = BidiInfo::new(text, Some(Level::ltr()));
    let mut out = String::new();
    for para in &info.paragraphs {
        let line = para.range.clone();
        let (levels, runs) = info.visual_runs(para, line);
        for run in runs {
            let odd = levels[run.start].is_rtl();
            let piece = &text[run];
            let mut graphemes: Vec<&str> = piece.graphemes(true).collect();
            if odd {
                graphemes.reverse();
            }
            for g in graphemes {
                let keep =
                    |c: &char| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}');
                out.extend(g.chars().filter(keep));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;

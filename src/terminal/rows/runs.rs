//! Rows for a terminal that reorders every stretch of text itself with a left-to-right base
//! direction (Konsole with its BiDi rendering on: each stretch of one style and script is drawn
//! by Qt as a paragraph of base direction LTR; [`crate::term_bidi::Mode::Runs`]).
//!
//! Such a terminal reverses each right-to-left run in place and leaves everything else where
//! it is. So khabar writes its own visual row ([`super::row_cells`] of the explicit-mode
//! buffer) with each RTL stretch (from a strong R/AL cell to the last one before a strong L
//! cell, a pane rule or a change of style) turned back: its cells reversed, the numbers in it
//! (which the terminal puts at level 2 and so keeps left to right) reversed again, the
//! brackets the terminal will mirror written unmirrored, and an LRM after it, so that a number
//! or a neutral just after it is not drawn into it. The terminal's reordering then gives back
//! khabar's row. [`ltr_display`] is the model of such a terminal (UAX #9 with an LTR base,
//! `unicode-bidi`, then L4 mirroring): the tests check every row against it, as `fribidi --ltr`
//! does (it gives the same lines).

use ratatui::buffer::Cell;
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::layout::mirror;

/// LEFT-TO-RIGHT MARK.
pub const LRM: char = '\u{200E}';

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

/// The levels an LTR-base paragraph gives each cell of `cells` (by its first character).
fn ltr_levels(cells: &[Cell]) -> Vec<u8> {
    let text: String = cells.iter().map(Cell::symbol).collect();
    let info = BidiInfo::new(&text, Some(Level::ltr()));
    let mut at = 0;
    cells
        .iter()
        .map(|c| {
            let level = info.levels.get(at).map_or(0, |l| l.number());
            at += c.symbol().len();
            level
        })
        .collect()
}

/// One stretch turned back: reversed, its numbers (level 2 in the terminal) reversed again,
/// its mirrored brackets (odd level) unmirrored.
fn turn_back(stretch: &[Cell]) -> Vec<Cell> {
    let mut out: Vec<Cell> = stretch.iter().rev().cloned().collect();
    let levels = ltr_levels(&out);
    let mut i = 0;
    while i < out.len() {
        let j = (i..out.len()).find(|&k| levels[k] < 2).unwrap_or(out.len());
        out[i..j].reverse();
        i = j + 1;
    }
    for (cell, level) in out.iter_mut().zip(levels) {
        if level % 2 == 1 {
            let sym: String = cell
                .symbol()
                .chars()
                .map(|c| mirror(c).unwrap_or(c))
                .collect();
            cell.set_symbol(&sym);
        }
    }
    out
}

/// A visual row as a terminal with an LTR base must get it (see the module docs).
pub fn runs_row(mut cells: Vec<(u16, Cell)>) -> Vec<(u16, Cell)> {
    for (a, b) in stretches(&cells) {
        let mut x = cells[a].0;
        let stretch: Vec<Cell> = cells[a..=b].iter().map(|(_, c)| c.clone()).collect();
        for (k, mut cell) in turn_back(&stretch).into_iter().enumerate() {
            let w = width(&cell);
            if a + k == b {
                let marked = format!("{}{LRM}", cell.symbol());
                cell.set_symbol(&marked);
            }
            cells[a + k] = (x, cell);
            x += w;
        }
    }
    cells
}

/// The model of a terminal with an LTR base: `text` reordered as one LTR paragraph (UAX #9,
/// `unicode-bidi`), odd-level characters mirrored (L4), bidi marks dropped.
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
                let keep = |c: &char| !matches!(c, '\u{200E}' | '\u{200F}');
                out.extend(
                    g.chars()
                        .filter(keep)
                        .map(|c| if odd { mirror(c).unwrap_or(c) } else { c }),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;

//! How rows reach a terminal that reorders by itself (logical-order mode,
//! [`crate::term_bidi::Mode::Terminal`]: Konsole with its BiDi rendering, mlterm behind a
//! multiplexer). Such a terminal reorders each row as a paragraph of its own, with the base
//! direction of the row, and the cells ratatui leaves unwritten (blank padding it skips with a
//! cursor move) take part in that differently from written spaces: seen in Konsole 22.12
//! under Xvfb, right-aligned RTL lines drawn with cursor jumps landed at the left of their
//! pane, and a line's final full stop on its right.
//!
//! [`Rows`] wraps the real backend: in logical-order mode every row that changed is written
//! whole, from its first column, blanks included, and each right-to-left run of a row (cells
//! between pane rules `│` or wider gaps, whose first strong letter is R or AL) is written
//! between two RLMs (U+200F), zero-width marks that make the neutrals at its ends (a full stop,
//! a quotation mark) right-to-left as they are in the line's own paragraph. Not in mlterm,
//! which gave each mark a column of its own (cutting line ends) and finds each row's direction
//! itself. In explicit mode it passes ratatui's diff through untouched.

use std::collections::BTreeSet;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect, Size};
use unicode_width::UnicodeWidthStr;

use crate::article::Direction;

mod runs;
pub use runs::{LRM, ltr_display, runs_row};

/// RIGHT-TO-LEFT MARK.
pub const RLM: char = '\u{200F}';

/// A backend that writes whole rows when `whole`, with RLMs around RTL runs when `marks`.
#[derive(Debug)]
pub struct Rows<B> {
    inner: B,
    whole: bool,
    marks: bool,
    /// Runs mode ([`crate::term_bidi::Mode::Runs`]): each row's RTL runs turned back
    /// ([`runs_row`]) for a terminal that reorders with a left-to-right base.
    runs: bool,
    /// What the terminal shows, so a changed row can be written whole.
    shadow: Buffer,
}

impl<B: Backend> Rows<B> {
    /// `marks`: RLMs around RTL runs ([`crate::term_bidi::rlm_marks`]).
    pub fn new(inner: B, whole: bool, marks: bool) -> Rows<B> {
        Rows {
            inner,
            whole,
            marks,
            runs: false,
            shadow: Buffer::empty(Rect::default()),
        }
    }

    /// The same, in runs mode when `runs` (rows then written whole, without RLMs).
    pub fn with_runs(self, runs: bool) -> Rows<B> {
        Rows {
            runs,
            whole: self.whole || runs,
            marks: self.marks && !runs,
            ..self
        }
    }
}

/// Whether a cell separates runs: a box-drawing rule between panes.
fn is_rule(symbol: &str) -> bool {
    symbol
        .chars()
        .next()
        .is_some_and(|c| ('\u{2500}'..='\u{257f}').contains(&c))
}

/// The cells of row `y` as the terminal is to get them: wide cells' shadows and skipped
/// cells left out (as ratatui's diff does), RLMs around each RTL run when `marks`.
pub fn row_cells(buf: &Buffer, y: u16, marks: bool) -> Vec<(u16, Cell)> {
    let mut cells = Vec::new();
    let mut x = 0;
    while x < buf.area.width {
        let cell = &buf[(buf.area.x + x, y)];
        let w = match cell.diff_option {
            CellDiffOption::ForcedWidth(w) => w.get(),
            _ => cell.symbol().width().clamp(1, 2) as u16,
        };
        if cell.diff_option != CellDiffOption::Skip {
            cells.push((x, cell.clone()));
        }
        x = x.saturating_add(w);
    }
    if !marks {
        return cells;
    }
    for run in runs(&cells) {
        let text: String = run.clone().map(|i| cells[i].1.symbol()).collect();
        if Direction::of_text(&text) == Some(Direction::Rtl) {
            let (first, last) = (run.start, run.end - 1);
            // In the run's own cells, so in its style: Konsole reorders each stretch of one
            // style, and a mark written with the blank before the run had no effect there.
            let marked = format!("{RLM}{}", cells[first].1.symbol());
            cells[first].1.set_symbol(&marked);
            let marked = format!("{}{RLM}", cells[last].1.symbol());
            cells[last].1.set_symbol(&marked);
        }
    }
    cells
}

/// The runs of a row (index ranges into `cells`, from the first to the last non-blank
/// cell): split at rules and at two or more blanks in a row.
fn runs(cells: &[(u16, Cell)]) -> Vec<std::ops::Range<usize>> {
    let blank = |i: usize| cells[i].1.symbol() == " ";
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last = 0;
    for i in 0..cells.len() {
        let sym = cells[i].1.symbol();
        let gap = blank(i) && (i + 1 >= cells.len() || blank(i + 1));
        if is_rule(sym) || gap {
            if let Some(s) = start.take() {
                out.push(s..last + 1);
            }
            continue;
        }
        if !blank(i) {
            start.get_or_insert(i);
            last = i;
        }
    }
    if let Some(s) = start {
        out.push(s..last + 1);
    }
    out
}

impl<B: Backend> Backend for Rows<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        if !self.whole {
            return self.inner.draw(content);
        }
        let size = self.inner.size()?;
        let area = Rect::new(0, 0, size.width, size.height);
        if self.shadow.area != area {
            self.shadow.resize(area);
        }
        let mut changed = BTreeSet::new();
        for (x, y, cell) in content {
            if let Some(c) = self.shadow.cell_mut((x, y)) {
                *c = cell.clone();
                changed.insert(y);
            }
        }
        for y in changed {
            let mut cells = row_cells(&self.shadow, y, self.marks);
            if self.runs {
                cells = runs_row(cells);
            }
            self.inner.draw(cells.iter().map(|(x, c)| (*x, y, c)))?;
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.shadow.reset();
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.shadow.reset();
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests;

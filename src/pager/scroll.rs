//! Moving the pager's viewport: scrolling, jumping to the top, the end or a block, and
//! settling the anchor so the last screen is full (the layouts stay in [`super`]).

use crate::article::Block;

use super::{Anchor, MARGIN_ROWS, Pager};

impl Pager {
    /// Lays out what the viewport shows plus a margin, and pulls the viewport up when it runs
    /// past the end of the body.
    pub(super) fn settle(&mut self, body: &[Block]) {
        let n = self.rows.len();
        if n == 0 {
            self.top = Anchor::default();
            return;
        }
        self.top.block = self.top.block.min(n - 1);
        let want = self.height + MARGIN_ROWS;
        let mut seen = self.lay(body, self.top.block).saturating_sub(self.top.row);
        let mut i = self.top.block + 1;
        while seen < want && i < n {
            seen += self.lay(body, i);
            i += 1;
        }
        self.top.row = self
            .top
            .row
            .min(self.rows[self.top.block].saturating_sub(1));
        let below = self.rows[self.top.block] - self.top.row
            + (self.top.block + 1..i).map(|j| self.rows[j]).sum::<usize>();
        if i >= n && below < self.height {
            self.top = self.end_anchor(body);
        }
        self.fix_prefix();
    }

    /// The top that shows the last rows of the body at the bottom of the viewport.
    pub(super) fn end_anchor(&mut self, body: &[Block]) -> Anchor {
        let mut need = self.height;
        let mut i = self.rows.len();
        while i > 0 {
            i -= 1;
            let r = self.lay(body, i);
            if r >= need {
                return Anchor {
                    block: i,
                    row: r - need,
                };
            }
            need -= r;
        }
        Anchor::default()
    }

    /// Scrolls by `delta` rows (negative: up), clamped to the body.
    pub fn scroll(&mut self, body: &[Block], delta: isize) {
        if self.rows.is_empty() {
            return;
        }
        let mut n = delta.unsigned_abs();
        if delta > 0 {
            while n > 0 {
                let r = self.lay(body, self.top.block);
                let left = r - self.top.row - 1;
                if n <= left {
                    self.top.row += n;
                    break;
                }
                if self.top.block + 1 >= self.rows.len() {
                    self.top.row = r - 1;
                    break;
                }
                n -= left + 1;
                self.top = Anchor {
                    block: self.top.block + 1,
                    row: 0,
                };
            }
        } else {
            while n > 0 {
                if self.top.row >= n {
                    self.top.row -= n;
                    break;
                }
                n -= self.top.row;
                if self.top.block == 0 {
                    self.top.row = 0;
                    break;
                }
                n -= 1;
                self.top.block -= 1;
                self.top.row = self.lay(body, self.top.block) - 1;
            }
        }
        self.settle(body);
    }

    pub fn to_top(&mut self, body: &[Block]) {
        self.top = Anchor::default();
        self.settle(body);
    }

    pub fn to_end(&mut self, body: &[Block]) {
        self.top = self.end_anchor(body);
        self.settle(body);
    }

    /// Puts the line showing byte `offset` of block `block` on top (as far as the end allows).
    pub fn show(&mut self, body: &[Block], block: usize, offset: usize) {
        if block >= self.rows.len() {
            return;
        }
        self.lay(body, block);
        self.top = Anchor {
            block,
            row: self.line_of(block, offset),
        };
        self.settle(body);
    }

    /// Goes back to a scroll position saved with [`Pager::top`].
    pub fn restore(&mut self, body: &[Block], top: Anchor) {
        self.top = top;
        self.settle(body);
    }

    /// Scrolls so that the line showing byte `offset` of `block` is in the viewport: untouched
    /// if it already is, else that line a third of the way down.
    pub fn reveal(&mut self, body: &[Block], block: usize, offset: usize) {
        if block >= self.rows.len() {
            return;
        }
        self.lay(body, block);
        self.fix_prefix();
        let row = self.prefix[block] + self.line_of(block, offset);
        let top = self.top_row();
        if (top..top + self.height.max(1)).contains(&row) {
            return;
        }
        self.show(body, block, offset);
        if self.top_row() == row {
            let back = isize::try_from(self.height / 3).unwrap_or(0);
            self.scroll(body, -back);
        }
    }
}

//! [`Line`]: a short text (a byline, a feed's row in `khabar feeds`, a message naming a
//! title) built from plain runs and isolated units, laid out by the engine under the text
//! policy (rules 1–6 of [`crate::text`]).

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::{Base, direction, symbols};
use crate::article::Direction;
use crate::layout::{Options, ParagraphLayout, layout_paragraph};

/// FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (UAX #9 X5c, X6a).
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';
/// The logical end of a cut string (rule 4).
const ELLIPSIS: char = '…';
/// The width a line is laid out at when it is not to be wrapped.
const UNWRAPPED: usize = u16::MAX as usize;

/// The order a line is written in (rule 6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// Reordered for display (a terminal, bidi on).
    Visual,
    /// As typed (a pipe, or `--bidi off`: the terminal reorders by itself).
    Logical,
}

impl Order {
    /// Visual on a terminal with bidi on, else logical (rule 6).
    pub fn for_output(bidi: bool, terminal: bool) -> Order {
        if bidi && terminal {
            Order::Visual
        } else {
            Order::Logical
        }
    }
}

/// A short text of plain runs and isolated units, with its direction's [`Base`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The text, each unit between FSI and PDI; its own controls are already made visible
    /// ([`symbols::escape`]), so these are its only bidi controls.
    marked: String,
    base: Base,
    /// Arabic shaping when laid out visually.
    shape: bool,
}

impl Line {
    pub fn new(base: Base) -> Line {
        Line {
            marked: String::new(),
            base,
            shape: true,
        }
    }

    /// Arabic shaping on or off in visual order (on by default).
    pub fn shaped(mut self, shape: bool) -> Line {
        self.shape = shape;
        self
    }

    /// Appends a plain run (separators, counts, labels): it takes part in the line's bidi.
    pub fn text(mut self, s: &str) -> Line {
        self.marked.push_str(&shown(s));
        self
    }

    /// Appends `s` as an isolated unit (rule 2, X5c): FSI … PDI.
    pub fn unit(mut self, s: &str) -> Line {
        self.marked.push(FSI);
        self.marked.push_str(&shown(s));
        self.marked.push(PDI);
        self
    }

    /// Appends a message whose placeables are already isolated (Fluent's FSI … PDI, see
    /// [`crate::i18n`]): each isolate becomes a unit (rule 2), everything else a plain run.
    /// The text between the isolates is shown under rule 3; what fills a placeable must be
    /// shown before it is formatted (so a name's own isolates cannot reach the line).
    pub fn isolated(mut self, message: &str) -> Line {
        let mut rest = message;
        while let Some(at) = rest.find([FSI, PDI]) {
            self.marked.push_str(&shown(&rest[..at]));
            let control = rest[at..].chars().next().unwrap_or(PDI);
            self.marked.push(control);
            rest = &rest[at + control.len_utf8()..];
        }
        self.marked.push_str(&shown(rest));
        self
    }

    /// Appends every non-empty item as an isolated unit, `sep` between them.
    pub fn units<'a>(mut self, items: impl IntoIterator<Item = &'a str>, sep: &str) -> Line {
        let mut first = true;
        for item in items.into_iter().filter(|s| !s.is_empty()) {
            if !first {
                self = self.text(sep);
            }
            first = false;
            self = self.unit(item);
        }
        self
    }

    /// The line with the plain run `s` before it (a prefix said in the line's language).
    pub fn preceded_by(&self, s: &str) -> Line {
        let mut line = Line::new(self.base).shaped(self.shape).text(s);
        line.marked.push_str(&self.marked);
        line
    }

    pub fn is_empty(&self) -> bool {
        self.marked.is_empty()
    }

    /// The text with its isolate controls, for the engine.
    pub fn marked(&self) -> &str {
        &self.marked
    }

    /// The text in logical order without the isolate controls (rule 6, a pipe).
    pub fn logical(&self) -> String {
        self.marked
            .chars()
            .filter(|&c| c != FSI && c != PDI)
            .collect()
    }

    /// The line's direction (rule 1), its units skipped.
    pub fn direction(&self) -> Direction {
        direction(&self.marked, self.base)
    }

    /// The line laid out by the engine at `width`, wrapped, in `order`.
    pub fn lay_out(&self, width: usize, order: Order, shape: bool) -> ParagraphLayout {
        let opts = Options {
            width,
            shape,
            bidi: order == Order::Visual,
            direction: Some(self.direction()),
            ..Options::default()
        };
        layout_paragraph(&self.marked, &[], &opts)
    }

    /// [`Line::lay_out`] with style spans over byte ranges of [`Line::marked`] (a match
    /// highlighted in a pane's row).
    pub fn lay_out_styled(
        &self,
        width: usize,
        order: Order,
        spans: &[crate::layout::StyleSpan],
    ) -> ParagraphLayout {
        let opts = Options {
            width,
            shape: self.shape,
            bidi: order == Order::Visual,
            direction: Some(self.direction()),
            ..Options::default()
        };
        layout_paragraph(&self.marked, spans, &opts)
    }

    /// The line on one row: in `order`, cut to `width` with `…` (rule 4) and, when it is
    /// right to left, padded to `width` on the left (rule 5). No width: as long as it is.
    pub fn fit(&self, width: Option<usize>, order: Order) -> String {
        let Some(width) = width else {
            return self.row(order);
        };
        let cut = self.cut_to(width, order);
        let row = cut.row(order);
        let pad = width.saturating_sub(cut.columns(order));
        if order == Order::Visual && self.direction().is_rtl() && pad > 0 {
            format!("{}{row}", " ".repeat(pad))
        } else {
            row
        }
    }

    /// The line on one screen row of `width` columns, for a pane that draws it cell by cell:
    /// cut with `…` as [`Line::fit`] cuts it (rule 4), laid out in `order`, right-aligned
    /// when it is right to left (rule 5).
    pub fn fit_layout(&self, width: usize, order: Order) -> ParagraphLayout {
        let width = width.max(1);
        self.cut_to(width, order).lay_out(width, order, self.shape)
    }

    /// The line cut to take at most `width` columns on one row in `order` (rule 4: its
    /// logical end dropped, whole clusters, `…` at the logical end); itself when it fits.
    pub fn cut_to(&self, width: usize, order: Order) -> Line {
        if self.columns(order) <= width {
            return self.clone();
        }
        let mut keep = width.saturating_sub(1);
        let mut cut = self.cut(keep);
        while cut.columns(order) > width && keep > 0 {
            keep -= 1;
            cut = self.cut(keep);
        }
        cut
    }

    /// The line wrapped to `width` columns (UAX #14) and each row in `order`: a
    /// right-to-left line's rows right-aligned (rule 5), trailing blanks dropped. A line
    /// longer than a terminal is written this way, so that the terminal never wraps a row
    /// of visual order (which would put the logical end of an RTL line on the first row).
    pub fn rows(&self, width: usize, order: Order) -> Vec<String> {
        let opts = Options {
            width: width.max(1),
            shape: self.shape,
            bidi: order == Order::Visual,
            direction: Some(self.direction()),
            // An address stays whole when it fits a row (issue 16 item 3).
            isolate_addresses: true,
            ..Options::default()
        };
        layout_paragraph(&self.marked, &[], &opts)
            .lines
            .iter()
            .map(|l| l.to_plain(true).trim_end().to_string())
            .collect()
    }

    /// One row, unwrapped, without alignment.
    fn row(&self, order: Order) -> String {
        match order {
            Order::Logical => self.logical(),
            Order::Visual => self.lay_out(UNWRAPPED, order, self.shape).lines[0]
                .text
                .clone(),
        }
    }

    /// Columns the row takes.
    fn columns(&self, order: Order) -> usize {
        match order {
            Order::Logical => self.logical().width(),
            Order::Visual => self.lay_out(UNWRAPPED, order, self.shape).lines[0].width(),
        }
    }

    /// The logical start of the line that takes at most `keep` columns, whole grapheme
    /// clusters, its trailing blanks dropped, the open isolates closed, then `…`.
    fn cut(&self, keep: usize) -> Line {
        let mut marked = String::new();
        let (mut used, mut depth) = (0, 0usize);
        for g in self.marked.graphemes(true) {
            match g {
                "\u{2068}" => depth += 1,
                "\u{2069}" => depth = depth.saturating_sub(1),
                _ if used + g.width() > keep => break,
                _ => used += g.width(),
            }
            marked.push_str(g);
        }
        // No blank before the ellipsis: «names…», not «names …».
        marked.truncate(marked.trim_end_matches(char::is_whitespace).len());
        marked.extend(std::iter::repeat_n(PDI, depth));
        marked.push(ELLIPSIS);
        Line {
            marked,
            base: self.base,
            shape: self.shape,
        }
    }
}

/// `s` as a line shows it: invisibles revealed, controls escaped (rule 3).
fn shown(s: &str) -> String {
    symbols::escape(&symbols::reveal_invisible(s)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_one_unit_beside_counts() {
        // The name is isolated: the line has no strong character of its own, so it is left
        // to right (P2/P3 skips isolates); the name reads right to left inside its unit.
        let line = Line::new(Base::Own).unit("שלום").text("  3/12");
        assert_eq!(line.fit(None, Order::Visual), "םולש  3/12");
        assert_eq!(line.fit(None, Order::Logical), "שלום  3/12");
    }

    #[test]
    fn cut_with_an_ellipsis_at_the_logical_end() {
        let ltr = Line::new(Base::Own).text("Hello world");
        assert_eq!(ltr.fit(Some(8), Order::Visual), "Hello w…");
        let rtl = Line::new(Base::Own).text("שלום עולם");
        // Logical «שלום ע…»: the ellipsis on the left, right-aligned.
        assert_eq!(rtl.fit(Some(7), Order::Visual), "…ע םולש");
        assert_eq!(rtl.fit(Some(12), Order::Visual), "   םלוע םולש");
        // Never mid-grapheme: a base letter keeps its mark.
        let marks = Line::new(Base::Own).text("ab\u{301}cd");
        assert_eq!(marks.fit(Some(3), Order::Logical), "ab\u{301}…");
        // No blank before the ellipsis.
        assert_eq!(ltr.fit(Some(7), Order::Logical), "Hello…");
    }

    #[test]
    fn a_pane_row_is_cut_with_its_unit() {
        // An arrow and a file name as a unit, in a right-to-left line: the unit keeps its
        // order, the cut is at the logical end (the left), the row right-aligned.
        let note = Line::new(Base::Article(Direction::Rtl))
            .text("→ ")
            .unit("bundled:001_russia.txt");
        let row = |w| {
            let l = note.fit_layout(w, Order::Visual);
            assert_eq!(l.lines.len(), 1);
            let line = &l.lines[0];
            format!("{}{}", " ".repeat(usize::from(line.indent)), line.text)
        };
        assert_eq!(row(30), "      bundled:001_russia.txt →");
        // Logical «→ bundled:001…»: the ellipsis closes the line, on its left.
        assert_eq!(row(14), "…bundled:001 →");
    }
}

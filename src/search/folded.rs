//! [`Folded`]: a text folded for searching, with a sparse map back to the original text.

use std::ops::Range;

use crate::fold::{Folding, fold_char};

/// A text folded for searching, with the map back to the original.
///
/// The map is sparse: a mark every [`MARK_STRIDE`] folded chars (its byte offset in `text`,
/// and the byte offset in the original of the char that produced it), and a lookup folds the
/// original again from the mark before it. A full map (8 bytes a char) made a 100 MB article
/// cost 800 MB once folded; the marks cost under 1%.
///
/// Where every char after a mark folded to exactly one char (no mark dropped, no space merged:
/// most of a text), the n-th folded char after the mark comes from the n-th original char
/// after it: a lookup there counts chars instead of folding again. After a char that broke
/// this, a new mark starts (if the stretch had [`MARK_STRIDE`]` / 4` chars: at most four
/// times the marks), so a break costs only the rest of its stretch.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    marks: Vec<(u32, u32)>,
    /// For each mark, the folded byte offset up to which its stretch folded char for char,
    /// `u32::MAX` where all of it did (up to the next mark).
    clean: Vec<u32>,
    mode: Folding,
}

/// Folded chars between two marks of [`Folded`].
const MARK_STRIDE: usize = 64;

impl Folded {
    /// Folds `text`; runs of spaces collapse to one.
    pub fn new(text: &str, mode: Folding) -> Folded {
        let marks = text.len() / (2 * MARK_STRIDE) + 1;
        let mut folded = Folded {
            text: String::with_capacity(text.len()),
            marks: Vec::with_capacity(marks),
            clean: Vec::with_capacity(marks),
            mode,
        };
        let mut buf = String::new();
        let mut since = MARK_STRIDE;
        for (i, c) in text.char_indices() {
            if since >= MARK_STRIDE {
                folded.marks.push((folded.text.len() as u32, i as u32));
                folded.clean.push(u32::MAX);
                since = 0;
            }
            buf.clear();
            fold_char(c, mode, &mut buf);
            let (at, mut pushed) = (folded.text.len() as u32, 0);
            for f in buf.chars() {
                if f == ' ' && mode != Folding::Exact && folded.text.ends_with(' ') {
                    continue; // a run of spaces is one
                }
                folded.text.push(f);
                pushed += 1;
            }
            since += pushed;
            if pushed != 1
                && let Some(clean) = folded.clean.last_mut()
                && *clean == u32::MAX
            {
                *clean = at;
                if since >= MARK_STRIDE / 4 {
                    since = MARK_STRIDE; // a new mark after the break
                }
            }
        }
        folded
    }

    /// [`Folded::original`] where the text from mark `mark` to the range's end folded char
    /// for char: the chars are counted, not folded again. `None` elsewhere.
    fn counted(&self, original: &str, mark: usize, range: &Range<usize>) -> Option<Range<usize>> {
        // The range must end before the first break from `mark` on.
        // (A dropped char may lie at a stretch's end: a break, though it takes no bytes.)
        let mut k = mark;
        loop {
            match *self.clean.get(k)? {
                u32::MAX => {}
                clean if range.end <= clean as usize => break,
                _ => return None,
            }
            match self.marks.get(k + 1) {
                Some(next) if (next.0 as usize) < range.end => k += 1,
                _ => break,
            }
        }
        let (at, base) = self.marks[mark];
        let (at, base) = (at as usize, base as usize);
        let skip = self.text.get(at..range.start)?.chars().count();
        let len = self.text.get(range.clone())?.chars().count();
        let mut chars = original.get(base..)?.char_indices().skip(skip).take(len);
        let (first, c) = chars.next()?;
        let (last, l) = chars.last().unwrap_or((first, c));
        Some(base + first..base + last + l.len_utf8())
    }

    /// The original range of folded bytes `range` (which lies on char boundaries of the
    /// folded text), in `original`. `from` is a mark index at or before the range: matches
    /// come in order, so the search walks forward from the previous one. From the mark before
    /// the range, the original is folded again as `new` folds it, without allocating per char.
    pub(super) fn original(
        &self,
        original: &str,
        range: Range<usize>,
        from: &mut usize,
    ) -> Option<Range<usize>> {
        let (start, end) = (range.start, range.end);
        // The last mark at or before `start`, not before the previous match's.
        let mark = (*from + self.marks[*from..].partition_point(|m| m.0 as usize <= start))
            .saturating_sub(1)
            .max(*from);
        *from = mark;
        if let Some(found) = self.counted(original, mark, &range) {
            return Some(found);
        }
        let (at, base) = self.marks.get(mark).copied().unwrap_or((0, 0));
        let (mut at, base) = (at as usize, base as usize);
        let rest = original.get(base..).unwrap_or("");
        let folded = self.text.as_bytes();
        let mut buf = String::new();
        let (mut first, mut last) = (None, 0);
        'walk: for (i, c) in rest.char_indices() {
            buf.clear();
            fold_char(c, self.mode, &mut buf);
            for f in buf.chars() {
                let prev_space = at > 0 && folded.get(at - 1) == Some(&b' ');
                if f == ' ' && self.mode != Folding::Exact && prev_space {
                    continue;
                }
                if at >= end {
                    break 'walk;
                }
                if at >= start {
                    if first.is_none() {
                        if at != start {
                            return None;
                        }
                        first = Some(base + i);
                    }
                    last = base + i;
                }
                at += f.len_utf8();
            }
        }
        let first = first?;
        // `original` must be the text this was folded from; a stranger gives no range.
        let last_len = original.get(last..)?.chars().next()?.len_utf8();
        original.get(first..last)?;
        Some(first..last + last_len)
    }
}

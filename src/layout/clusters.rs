//! Extended grapheme clusters (UAX #29) with a fast path for plain letters.
//!
//! Between two characters that no UAX #29 rule other than GB999 can join (neither is a
//! control, Extend, ZWJ, SpacingMark, Prepend, Regional_Indicator or Hangul jamo/syllable,
//! and no Indic conjunct linker is involved) there is always a boundary. [`simple`] lists
//! such characters for the scripts of news text (ASCII, Latin-1 and Latin Extended, Hebrew
//! letters, Arabic letters, digits and punctuation, general punctuation); a pair of them is
//! split right away, anything else goes to `unicode-segmentation`'s `GraphemeCursor`.
//!
//! Linear time: [`Clusters`] walks a paragraph with one forward cursor that keeps its state
//! (the count of regional indicators, the emoji and conjunct context) from one boundary to
//! the next. A cursor made afresh at each boundary looks back over the whole run before it
//! (every flag of a run of n flags counts the n before it: time n²).

use std::cell::Cell;

use unicode_segmentation::{GraphemeCursor, GraphemeIncomplete};

/// True for characters that form a cluster on their own when the next one is also simple.
#[inline]
pub(crate) fn simple(c: char) -> bool {
    let cp = c as u32;
    if cp < LOW_END {
        SIMPLE_LOW[(cp >> 6) as usize] & (1 << (cp & 63)) != 0
    } else {
        matches!(cp, 0x2010..=0x2027 | 0x2030..=0x205E)
    }
}

/// [`simple`] below this code point is a bitmap lookup.
const LOW_END: u32 = 0x800;

/// The list [`simple`] answers from, as one `matches!`.
const fn simple_slow(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{2FF}'
        | '\u{5D0}'..='\u{5F4}'
        | '\u{606}'..='\u{60F}'
        | '\u{61B}'
        | '\u{61D}'..='\u{64A}'
        | '\u{660}'..='\u{66F}'
        | '\u{671}'..='\u{6D5}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}')
}

static SIMPLE_LOW: [u64; (LOW_END / 64) as usize] = {
    let mut t = [0u64; (LOW_END / 64) as usize];
    let mut cp = 0;
    while cp < LOW_END {
        if let Some(c) = char::from_u32(cp)
            && simple_slow(c)
        {
            t[(cp >> 6) as usize] |= 1 << (cp & 63);
        }
        cp += 1;
    }
    t
};

thread_local! {
    static INSPECTED: Cell<usize> = const { Cell::new(0) };
}

/// Bytes the grapheme segmentation has been given to look at on this thread so far: the
/// counted operation of the tests that show it is linear in the text.
pub fn inspected() -> usize {
    INSPECTED.with(Cell::get)
}

/// The extended grapheme clusters of one text, asked for front to back.
pub(crate) struct Clusters<'t> {
    text: &'t str,
    cursor: GraphemeCursor,
    /// Where the cursor was last placed: the chunk it reads starts there.
    from: usize,
    /// Bytes given to the cursor (forward, and as context before `from`).
    inspected: usize,
}

impl<'t> Clusters<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Clusters {
            text,
            cursor: GraphemeCursor::new(0, text.len(), true),
            from: 0,
            inspected: 0,
        }
    }

    /// End of the cluster that starts at byte `start` (`start` < the text's length, a
    /// cluster boundary, and not before the previous cluster asked for: then the cursor goes
    /// on from where it is, rule "one forward cursor per paragraph").
    pub(crate) fn end(&mut self, start: usize) -> usize {
        let text = self.text;
        let mut chars = text[start..].chars();
        if let Some(c) = chars.next()
            && simple(c)
            && chars.next().is_none_or(simple)
        {
            return start + c.len_utf8();
        }
        if self.cursor.cur_cursor() != start {
            // After a fast-path cluster (or the first time): place the cursor there.
            self.cursor.set_cursor(start);
            self.from = start;
        }
        let chunk = &text[self.from..];
        loop {
            match self.cursor.next_boundary(chunk, self.from) {
                Ok(Some(e)) => {
                    self.inspected += e - start;
                    return e;
                }
                Err(GraphemeIncomplete::PreContext(at)) if at > 0 => {
                    // Context is handed over one `char` at a time, so what is counted is what
                    // the cursor asked to see.
                    let before = text[..at].char_indices().next_back().map_or(0, |(i, _)| i);
                    self.inspected += at - before;
                    self.cursor.provide_context(&text[before..at], before);
                }
                // The chunk runs to the end of the text: nothing else can be asked for.
                _ => return text.len(),
            }
        }
    }
}

impl Drop for Clusters<'_> {
    fn drop(&mut self) {
        INSPECTED.with(|c| c.set(c.get() + self.inspected));
    }
}

/// Grapheme boundaries of one text, asked for at rising offsets (the matches of a search):
/// one forward walk over its [`Clusters`], never a look-back from each offset (rule "linear
/// segmentation": n matches in a run of n flags cost n, not n²). An offset before the last
/// one asked for starts the walk over.
pub(crate) struct Boundaries<'t> {
    text: &'t str,
    clusters: Clusters<'t>,
    /// The cluster the walk is at.
    start: usize,
    end: usize,
}

impl<'t> Boundaries<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Boundaries {
            text,
            clusters: Clusters::new(text),
            start: 0,
            end: 0,
        }
    }

    /// Widens `range` (clamped to the text) to whole clusters.
    pub(crate) fn widen(&mut self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let len = self.text.len();
        let (start, end) = (range.start.min(len), range.end.min(len));
        let start = if start == len {
            len
        } else {
            self.seek(start).0
        };
        let end = match end {
            e if e == len => len,
            e => match self.seek(e) {
                (s, _) if s == e => e,
                (_, next) => next,
            },
        };
        start..end
    }

    /// Whether `at` lies between two [`simple`] chars, so a cluster boundary.
    fn between_simple(&self, at: usize) -> bool {
        let (Some(before), Some(after)) = (self.text.get(..at), self.text.get(at..)) else {
            return false;
        };
        before.chars().next_back().is_some_and(simple) && after.chars().next().is_some_and(simple)
    }

    /// The cluster holding byte `at` (< the text's length).
    fn seek(&mut self, at: usize) -> (usize, usize) {
        if at < self.start {
            *self = Boundaries::new(self.text);
        }
        if at > self.end && self.between_simple(at) {
            // A boundary (as in `Clusters::end`): no need to walk the clusters up to it.
            self.start = at;
            self.end = self.clusters.end(at);
            return (self.start, self.end);
        }
        while self.end <= at {
            self.start = self.end;
            self.end = self.clusters.end(self.start);
        }
        (self.start, self.end)
    }
}

/// Iterates the extended grapheme clusters of `text` as `(byte offset, cluster)`.
#[cfg(test)]
pub(crate) fn clusters(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    let mut all = Clusters::new(text);
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let at = start;
        start = all.end(at);
        Some((at, &text[at..start]))
    })
}

#[cfg(test)]
mod tests {
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn bitmap_matches_the_list() {
        for cp in 0..0x3000 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(super::simple(c), super::simple_slow(c), "{cp:X}");
            }
        }
    }

    #[test]
    fn same_as_unicode_segmentation() {
        let samples = [
            "مُحَمَّد رسول‍الله، لا إله\u{200D}x 👨\u{200D}👩\u{200D}👧 🇸🇦🇮🇱",
            "e\u{301}\r\n\u{600}1 a\u{200C}b क्षि 한국 ॐ\u{1F3FB} \u{1F44D}\u{1F3FD}",
            "שָׁלוֹם (abc) «x» “y” \u{0001}\u{0085}\u{AD}x",
        ];
        for s in samples {
            let ours: Vec<(usize, &str)> = super::clusters(s).collect();
            let theirs: Vec<(usize, &str)> = s.grapheme_indices(true).collect();
            assert_eq!(ours, theirs, "{s}");
        }
    }

    /// Bytes the segmentation looked at while laying `text` out.
    fn work(text: &str) -> usize {
        let before = super::inspected();
        let opts = crate::layout::Options::default();
        let _ = crate::layout::layout_paragraph(text, &[], &opts);
        super::inspected() - before
    }

    /// A run of flags: a cursor made afresh at each one counted all the flags before it
    /// (the work grew 16 times for 4 times the flags).
    #[test]
    fn flag_runs_take_linear_work() {
        let flags = |n: usize| "🇸🇦🇮🇱".repeat(n / 2);
        let (small, large) = (work(&flags(500)), work(&flags(2000)));
        assert!(small > 0);
        assert!(
            large <= 5 * small,
            "500 flags: {small}, 2000 flags: {large}"
        );
    }

    #[test]
    fn same_after_a_restart() {
        // The cursor is placed again after each simple letter: the count of regional
        // indicators must start over there, not be carried.
        let s = "a🇸🇦🇮b🇱🇸🇦c🇮🇱🇸";
        let ours: Vec<(usize, &str)> = super::clusters(s).collect();
        let theirs: Vec<(usize, &str)> = s.grapheme_indices(true).collect();
        assert_eq!(ours, theirs);
    }
}

//! Extended grapheme clusters (UAX #29) with a fast path for plain letters.
//!
//! Between two characters that no UAX #29 rule other than GB999 can join (neither is a
//! control, Extend, ZWJ, SpacingMark, Prepend, Regional_Indicator or Hangul jamo/syllable,
//! and no Indic conjunct linker is involved) there is always a boundary. [`simple`] lists
//! such characters for the scripts of news text (ASCII, Latin-1 and Latin Extended, Hebrew
//! letters, Arabic letters, digits and punctuation, general punctuation); a pair of them is
//! split right away, anything else goes to `unicode-segmentation`'s `GraphemeCursor`.

use unicode_segmentation::GraphemeCursor;

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

/// End of the cluster that starts at byte `start` of `text` (`start` < `text.len()`).
pub(crate) fn cluster_end(text: &str, start: usize) -> usize {
    let mut chars = text[start..].chars();
    if let Some(c) = chars.next()
        && simple(c)
        && chars.next().is_none_or(simple)
    {
        return start + c.len_utf8();
    }
    let mut cursor = GraphemeCursor::new(start, text.len(), true);
    match cursor.next_boundary(text, 0) {
        Ok(Some(e)) => e,
        _ => text.len(),
    }
}

/// Iterates the extended grapheme clusters of `text` as `(byte offset, cluster)`.
#[cfg(test)]
pub(crate) fn clusters(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let at = start;
        start = cluster_end(text, at);
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
}

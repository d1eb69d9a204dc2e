//! Addresses in a paragraph (URLs and e-mail addresses, found by `linkify`) as one
//! left-to-right unit, when [`Options::isolate_addresses`] asks for it (the text policy's
//! rule 2, [`crate::text`]): plain UAX #9 would let the trailing `/` of
//! `https://example.org/news/` in a right-to-left paragraph jump to the front.
//!
//! - **Levels**: each address is laid out as if an LRI stood before it and a PDI after it
//!   (UAX #9 X5a, X6a): the engine lays out a copy of the text with those controls
//!   ([`Marked`]), which take no cell, and the cells' offsets are mapped back.
//! - **Breaks**: an address that fits the width is never broken (it moves to the next line
//!   whole); a longer one breaks only after `/`, `?`, `&` or `.`, or, when a piece between
//!   those is still longer than a line, where the wrapper must (grapheme boundaries).

use std::ops::Range;

use super::units::{BREAK_BEFORE, Unit};
use super::{Options, ParagraphLayout, Scratch, StyleSpan, lay_out, layout_to_bytes};

const LRI: &str = "\u{2066}";
const PDI: &str = "\u{2069}";
/// Bytes of an LRI or a PDI in UTF-8.
const CONTROL_LEN: usize = 3;

/// A paragraph with its addresses isolated.
pub(crate) struct Marked {
    pub text: String,
    /// The addresses' ranges in `text` (the controls not included).
    pub addresses: Vec<Range<usize>>,
    /// Offsets in `text` of the inserted controls, ascending.
    inserted: Vec<usize>,
}

/// `text` with an LRI before and a PDI after every address; `None` when it holds none or
/// `opts` does not ask for it.
pub(crate) fn mark(text: &str, opts: &Options) -> Option<Marked> {
    if !opts.isolate_addresses {
        return None;
    }
    let links: Vec<Range<usize>> = linkify::LinkFinder::new()
        .links(text)
        .map(|l| l.start()..l.end())
        .collect();
    if links.is_empty() {
        return None;
    }
    let mut m = Marked {
        text: String::with_capacity(text.len() + links.len() * 2 * CONTROL_LEN),
        addresses: Vec::with_capacity(links.len()),
        inserted: Vec::with_capacity(links.len() * 2),
    };
    let mut at = 0;
    for r in links {
        m.text.push_str(&text[at..r.start]);
        m.inserted.push(m.text.len());
        m.text.push_str(LRI);
        let start = m.text.len();
        m.text.push_str(&text[r.clone()]);
        m.addresses.push(start..m.text.len());
        m.inserted.push(m.text.len());
        m.text.push_str(PDI);
        at = r.end;
    }
    m.text.push_str(&text[at..]);
    Some(m)
}

impl Marked {
    /// [`super::layout_with`] on the marked text, its offsets mapped back.
    pub fn lay_out(
        &self,
        scratch: &mut Scratch,
        spans: &[StyleSpan],
        opts: &Options,
    ) -> ParagraphLayout {
        scratch.addresses.clone_from(&self.addresses);
        let mut layout = lay_out(scratch, &self.text, &self.spans(spans), opts);
        scratch.addresses.clear();
        self.unmap(&mut layout);
        layout
    }

    /// [`layout_to_bytes`] on the marked text (the controls take no cell).
    pub fn to_bytes(&self, scratch: &mut Scratch, opts: &Options, pad: bool, out: &mut Vec<u8>) {
        scratch.addresses.clone_from(&self.addresses);
        let opts = Options {
            isolate_addresses: false,
            ..*opts
        };
        layout_to_bytes(scratch, &self.text, &opts, pad, out);
        scratch.addresses.clear();
    }

    /// The offset in the original text of offset `o` of the marked one.
    fn original(&self, o: usize) -> usize {
        o - CONTROL_LEN * self.inserted.partition_point(|&p| p < o)
    }

    /// The offset in the marked text of offset `o` of the original: after the controls
    /// inserted at `o` for a start, before them for an end.
    fn marked(&self, o: usize, start: bool) -> usize {
        let before = self.inserted.iter().enumerate().filter(|&(i, &p)| {
            let orig = p - CONTROL_LEN * i;
            orig < o || (start && orig == o)
        });
        o + CONTROL_LEN * before.count()
    }

    /// The spans of the original text, moved to the marked one.
    fn spans(&self, spans: &[StyleSpan]) -> Vec<StyleSpan> {
        spans
            .iter()
            .map(|s| StyleSpan {
                range: self.marked(s.range.start, true)..self.marked(s.range.end, false),
                style: s.style,
            })
            .collect()
    }

    /// Moves every offset of `layout` back to the original text.
    fn unmap(&self, layout: &mut ParagraphLayout) {
        let back = |o: u32| self.original(o as usize) as u32;
        for line in &mut layout.lines {
            line.logical = self.original(line.logical.start)..self.original(line.logical.end);
            for c in &mut line.cells {
                c.logical = back(c.logical.start)..back(c.logical.end);
            }
        }
    }
}

/// Break opportunities inside the addresses (see the module docs): none in one that fits
/// `width`, only after `/ ? & .` in a longer one.
pub(crate) fn restrict_breaks(
    units: &mut [Unit],
    text: &str,
    addresses: &[Range<usize>],
    width: usize,
) {
    for r in addresses {
        let inside = |u: &Unit| (u.start as usize) > r.start && (u.end as usize) <= r.end;
        let first = units.partition_point(|u| (u.start as usize) <= r.start);
        let last = first + units[first..].iter().take_while(|u| inside(u)).count();
        let cols: usize = units[first.saturating_sub(1)..last]
            .iter()
            .map(|u| usize::from(u.width))
            .sum();
        for u in &mut units[first..last] {
            let after_safe = matches!(
                text.as_bytes().get((u.start as usize).wrapping_sub(1)),
                Some(b'/' | b'?' | b'&' | b'.')
            );
            if cols > width && after_safe {
                u.flags |= BREAK_BEFORE;
            } else {
                u.flags &= !BREAK_BEFORE;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Options, StyleFlags, StyleSpan, layout_paragraph};

    #[test]
    fn offsets_and_spans_are_those_of_the_original_text() {
        let text = "قال a@b.org ثم https://example.org/x?a=1&b=2 اليوم";
        let opts = Options {
            width: 20,
            shape: false,
            isolate_addresses: true,
            ..Options::default()
        };
        let url = text.find("https").unwrap_or(0);
        let span = StyleSpan {
            range: url..url + 5,
            style: StyleFlags::LINK,
        };
        let layout = layout_paragraph(text, std::slice::from_ref(&span), &opts);
        let mut shown = Vec::new();
        for line in &layout.lines {
            assert!(text.get(line.logical.clone()).is_some());
            for c in &line.cells {
                let logical = &text[c.logical.start as usize..c.logical.end as usize];
                assert_eq!(line.glyph(c), logical);
                let styled = c.style.contains(StyleFlags::LINK);
                assert_eq!(styled, span.range.contains(&(c.logical.start as usize)));
                shown.push(c.logical.start as usize);
            }
        }
        // Every letter shows once.
        shown.sort_unstable();
        let letters: Vec<usize> = text
            .char_indices()
            .filter(|(_, c)| !c.is_whitespace())
            .map(|(i, _)| i)
            .collect();
        assert_eq!(
            shown
                .iter()
                .filter(|&&i| !text[i..].starts_with(' '))
                .count(),
            letters.len()
        );
        assert!(letters.iter().all(|i| shown.binary_search(i).is_ok()));
    }
}

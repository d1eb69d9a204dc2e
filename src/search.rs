//! Searching a text the way a reader of Arabic, Persian and Hebrew expects: a query and a text
//! give match ranges in logical byte offsets of the original text, on grapheme boundaries.
//! Pure: no UI here; the reader maps the ranges through the layout to screen cells.
//!
//! Matching folds both sides ([`Folding::Normal`]):
//! - compatibility forms to their letters (NFKC per character), so a pasted word in Arabic
//!   presentation forms, or the lam-alef ligature, still matches;
//! - Arabic harakat and Quranic marks (U+064B–U+065F, U+0670, U+06D6–U+06ED), tatweel
//!   (U+0640) and Hebrew points and cantillation are dropped;
//! - alef forms آ أ إ ٱ → ا, ى → ي, ة → ه; Persian and Urdu ی ے → ي, ک → ك, ۀ ۃ → ه;
//! - [`Folding::Loose`] also folds the hamza seats ؤ → و and ئ → ي;
//! - Arabic-Indic and Extended Arabic-Indic digits → 0–9;
//! - whitespace, no-break space and ZWNJ → one space; Latin (and every cased script) lowercased.
//!
//! [`Folding::Exact`] folds nothing. A query starting with `re:` is a regular expression (the
//! `regex` crate), matched against the folded text: its non-ASCII letters are folded like the
//! text, and it is case-insensitive unless the mode is exact.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use crate::fold::is_ignorable_mark;
use crate::layout::clusters::Boundaries;

/// How much a search folds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Folding {
    /// The text as it is.
    Exact,
    /// Marks, tatweel, letter variants, digits, case and spacing folded.
    #[default]
    Normal,
    /// Normal, and the hamza seats ؤ and ئ folded to و and ي.
    Loose,
}

impl Folding {
    /// The next mode, for a toggle key.
    pub fn next(self) -> Folding {
        match self {
            Folding::Normal => Folding::Loose,
            Folding::Loose => Folding::Exact,
            Folding::Exact => Folding::Normal,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Folding::Exact => "exact",
            Folding::Normal => "folded",
            Folding::Loose => "loose",
        }
    }
}

/// A query that could not be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SearchError {
    #[error("invalid regular expression: {0}")]
    Regex(String),
}

/// Folds one character into `out` (nothing for a dropped mark).
fn fold_char(c: char, mode: Folding, out: &mut String) {
    if mode == Folding::Exact {
        out.push(c);
    } else if needs_nfkc(c) {
        // NFKC of the single character: presentation forms and ligatures to letters.
        for c in std::iter::once(c).nfkc() {
            fold_letter(c, mode, out);
        }
    } else {
        fold_letter(c, mode, out);
    }
}

/// Whether `c` may have a compatibility decomposition. ASCII, Hebrew and the Arabic block
/// (but for the high-hamza letters U+0675–U+0678) have none: they skip the NFKC step.
fn needs_nfkc(c: char) -> bool {
    !(c.is_ascii()
        || ('\u{0590}'..='\u{05FF}').contains(&c)
        || (('\u{0600}'..='\u{06FF}').contains(&c) && !('\u{0675}'..='\u{0678}').contains(&c)))
}

/// Folds one character that is already in NFKC.
fn fold_letter(c: char, mode: Folding, out: &mut String) {
    if c.is_ascii() {
        out.push(if c.is_ascii_whitespace() {
            ' '
        } else {
            c.to_ascii_lowercase()
        });
        return;
    }
    if is_ignorable_mark(c) || matches!(c, '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{061C}') {
        return;
    }
    let f = match c {
        'آ' | 'أ' | 'إ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ے' => 'ي',
        'ة' | 'ۀ' | 'ۃ' => 'ه',
        'ک' => 'ك',
        'ؤ' if mode == Folding::Loose => 'و',
        'ئ' if mode == Folding::Loose => 'ي',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '\u{200C}' | '\u{00A0}' => ' ',
        c if c.is_whitespace() => ' ',
        c if ('\u{0590}'..='\u{06FF}').contains(&c) => c,
        c => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(f);
}

/// A text folded for searching, with the map back to the original.
///
/// The map is sparse: a mark every [`MARK_STRIDE`] folded chars (its byte offset in `text`,
/// and the byte offset in the original of the char that produced it), and a lookup folds the
/// original again from the mark before it. A full map (8 bytes a char) made a 100 MB article
/// cost 800 MB once folded; the marks cost under 1%.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    marks: Vec<(u32, u32)>,
    mode: Folding,
}

/// Folded chars between two marks of [`Folded`].
const MARK_STRIDE: usize = 64;

impl Folded {
    /// Folds `text`; runs of spaces collapse to one.
    pub fn new(text: &str, mode: Folding) -> Folded {
        let mut folded = Folded {
            text: String::with_capacity(text.len()),
            marks: Vec::with_capacity(text.len() / (2 * MARK_STRIDE) + 1),
            mode,
        };
        let mut buf = String::new();
        let mut since = MARK_STRIDE;
        for (i, c) in text.char_indices() {
            if since >= MARK_STRIDE {
                folded.marks.push((folded.text.len() as u32, i as u32));
                since = 0;
            }
            buf.clear();
            fold_char(c, mode, &mut buf);
            for f in buf.chars() {
                if f == ' ' && mode != Folding::Exact && folded.text.ends_with(' ') {
                    continue; // a run of spaces is one
                }
                folded.text.push(f);
                since += 1;
            }
        }
        folded
    }

    /// The full map from mark `mark` on: for each folded char, its byte offset in `text` and
    /// the byte offset in `original` of the char that produced it (folding again as `new`).
    fn entries<'a>(
        &'a self,
        original: &'a str,
        mark: usize,
    ) -> impl Iterator<Item = (u32, u32)> + 'a {
        let (mut at, from) = self.marks.get(mark).copied().unwrap_or((0, 0));
        let rest = original.get(from as usize..).unwrap_or("");
        let mut buf = String::new();
        rest.char_indices().flat_map(move |(i, c)| {
            buf.clear();
            fold_char(c, self.mode, &mut buf);
            let mut out = Vec::new();
            for f in buf.chars() {
                let prev_space = self
                    .text
                    .get(..at as usize)
                    .is_some_and(|t| t.ends_with(' '));
                if f == ' ' && self.mode != Folding::Exact && prev_space {
                    continue;
                }
                out.push((at, from + i as u32));
                at += f.len_utf8() as u32;
            }
            out
        })
    }

    /// The original range of folded bytes `range` (which lies on char boundaries of the
    /// folded text), in `original`. `from` is a mark index at or before the range: matches
    /// come in order, so the search walks forward from the previous one.
    fn original(
        &self,
        original: &str,
        range: Range<usize>,
        from: &mut usize,
    ) -> Option<Range<usize>> {
        let (start, end) = (range.start as u32, range.end as u32);
        // The last mark at or before `start`, not before the previous match's.
        let mark = (*from + self.marks[*from..].partition_point(|m| m.0 <= start))
            .saturating_sub(1)
            .max(*from);
        *from = mark;
        let mut entries = self.entries(original, mark).skip_while(|m| m.0 < start);
        let first = entries.next().filter(|m| m.0 == start)?;
        let mut last = first;
        for m in entries {
            if m.0 >= end {
                break;
            }
            last = m;
        }
        let last_start = last.1 as usize;
        // `original` must be the text this was folded from; a stranger gives no range.
        let last_len = original.get(last_start..)?.chars().next()?.len_utf8();
        original.get(first.1 as usize..last_start)?;
        Some(first.1 as usize..last_start + last_len)
    }
}

/// A compiled query.
#[derive(Debug, Clone)]
pub struct Query {
    mode: Folding,
    kind: Kind,
}

#[derive(Debug, Clone)]
enum Kind {
    Empty,
    Literal(String),
    Regex(regex::Regex),
}

impl Query {
    /// Compiles `query`. An empty or whitespace-only query matches nothing.
    pub fn new(query: &str, mode: Folding) -> Result<Query, SearchError> {
        let kind = if let Some(pattern) = query.strip_prefix("re:") {
            if pattern.is_empty() {
                Kind::Empty
            } else {
                let mut folded = String::new();
                for c in pattern.chars() {
                    if c.is_ascii() {
                        folded.push(c);
                    } else {
                        fold_char(c, mode, &mut folded);
                    }
                }
                let re = regex::RegexBuilder::new(&folded)
                    .case_insensitive(mode != Folding::Exact)
                    .size_limit(1 << 20)
                    // Deeply nested groups or stacked repetitions (`a*****…`) recurse in the
                    // regex parser: found by fuzzing, it overflowed a 2 MB thread stack.
                    .nest_limit(40)
                    .build()
                    .map_err(|e| {
                        SearchError::Regex(
                            e.to_string()
                                .lines()
                                .last()
                                .unwrap_or("")
                                .trim()
                                .to_string(),
                        )
                    })?;
                Kind::Regex(re)
            }
        } else {
            let folded = Folded::new(query.trim(), mode).text;
            if folded.trim().is_empty() {
                Kind::Empty
            } else {
                Kind::Literal(folded)
            }
        };
        Ok(Query { mode, kind })
    }

    pub fn is_empty(&self) -> bool {
        matches!(self.kind, Kind::Empty)
    }

    /// Every match in `text`, as ranges of the original text on grapheme boundaries, in order,
    /// not overlapping.
    pub fn find_all(&self, text: &str) -> Vec<Range<usize>> {
        if self.is_empty() {
            return Vec::new();
        }
        self.find_in(text, &Folded::new(text, self.mode))
    }

    /// Like [`Query::find_all`], on a text already folded with this query's mode.
    pub fn find_in(&self, text: &str, folded: &Folded) -> Vec<Range<usize>> {
        let raw: Vec<Range<usize>> = match &self.kind {
            Kind::Empty => return Vec::new(),
            Kind::Literal(needle) => {
                memchr::memmem::find_iter(folded.text.as_bytes(), needle.as_bytes())
                    .map(|i| i..i + needle.len())
                    .collect()
            }
            Kind::Regex(re) => re
                .find_iter(&folded.text)
                .filter(|m| !m.is_empty())
                .map(|m| m.range())
                .collect(),
        };
        let mut out: Vec<Range<usize>> = Vec::with_capacity(raw.len());
        let mut from = 0;
        let mut boundaries = Boundaries::new(text);
        for r in raw {
            let Some(orig) = folded.original(text, r, &mut from) else {
                continue;
            };
            let orig = boundaries.widen(orig);
            match out.last_mut() {
                Some(last) if orig.start < last.end => last.end = last.end.max(orig.end),
                _ => out.push(orig),
            }
        }
        out
    }
}

/// Widens `range` to whole extended grapheme clusters of `text` (walking the clusters from
/// the start of `text`: [`Query::find_in`] widens all its matches in one walk).
pub fn to_graphemes(text: &str, range: Range<usize>) -> Range<usize> {
    Boundaries::new(text).widen(range)
}

#[cfg(test)]
mod tests;

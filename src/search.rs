//! Searching a text the way a reader of Arabic, Persian and Hebrew expects: a query and a text
//! give match ranges in logical byte offsets of the original text, on grapheme boundaries.
//! Pure: no UI here; the reader maps the ranges through the layout to screen cells.
//!
//! Matching folds both sides with the one folding of [`crate::fold`] (the README's folding
//! table), runs of spaces made one. A literal query also finds its words with a space or ZWNJ
//! between two Arabic-script letters that join ([`space_optional_between`]) present or absent:
//! `میشود`, `می شود` and `می‌شود` find one another.
//!
//! [`Folding::Exact`] folds nothing. A query starting with `re:` is a regular expression (the
//! `regex` crate), matched against the folded text: its non-ASCII letters are folded like the
//! text, and it is case-insensitive unless the mode is exact.

pub mod everything;

use std::ops::Range;

pub use crate::fold::Folding;
use crate::fold::{fold_char, space_optional_between};
use crate::layout::clusters::Boundaries;

/// A query that could not be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SearchError {
    #[error("invalid regular expression: {0}")]
    Regex(String),
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

/// A folded literal query: a plain needle, or, where a space between two joining
/// Arabic-script letters may be present or absent ([`space_optional_between`]), a regular
/// expression with ` ?` there. A needle too long for a regular expression stays plain.
fn literal(needle: String, mode: Folding) -> Kind {
    if mode == Folding::Exact {
        return Kind::Literal(needle);
    }
    let chars: Vec<char> = needle.chars().collect();
    let mut pattern = String::with_capacity(needle.len() * 2);
    let mut optional = false;
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        if c == ' '
            && prev
                .zip(next)
                .is_some_and(|(p, n)| space_optional_between(p, n))
        {
            continue; // the ` ?` after `prev` stands for it
        }
        pattern.push_str(&regex::escape(c.encode_utf8(&mut [0; 4])));
        let after = match next {
            Some(' ') => chars.get(i + 2).copied(),
            n => n,
        };
        if after.is_some_and(|n| space_optional_between(c, n)) {
            pattern.push_str(" ?");
            optional = true;
        }
    }
    let re = regex::RegexBuilder::new(&pattern)
        .size_limit(1 << 20)
        .build();
    match re {
        Ok(re) if optional => Kind::Regex(re),
        _ => Kind::Literal(needle),
    }
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
                literal(folded, mode)
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

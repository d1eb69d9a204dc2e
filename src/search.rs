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
mod folded;

pub use folded::Folded;

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

/// Said in the reader's language (`reason-regex`): the regex engine's words (`unclosed
/// group`) only as the detail in parentheses.
impl crate::i18n::errors::Localize for SearchError {
    fn reason(&self) -> crate::i18n::errors::Reason {
        match self {
            SearchError::Regex(why) => crate::i18n::errors::Reason::new("reason-regex")
                .text("error", why.trim_start_matches("error: ")),
        }
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
        let raw = self.folded_matches(folded);
        Query::map_back(text, folded, raw)
    }

    /// The matches in the folded text, as byte ranges of `folded.text`, in order, not
    /// overlapping: the search engine's part of [`Query::find_in`], without the map back.
    pub fn folded_matches(&self, folded: &Folded) -> Vec<Range<usize>> {
        match &self.kind {
            Kind::Empty => Vec::new(),
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
        }
    }

    /// Maps `raw` matches of the folded text back to `text`, widened to whole graphemes,
    /// overlapping ones merged.
    fn map_back(text: &str, folded: &Folded, raw: Vec<Range<usize>>) -> Vec<Range<usize>> {
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

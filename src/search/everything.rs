//! Search everything: the pure half of the library-wide search, shared by the store's FTS5
//! index ([`crate::store::fts`]) and the in-memory index of folders and files ([`Index`]).
//!
//! Rule implemented here, **the index agrees with in-article search**: an article matches
//! a query exactly when [`Query`] (the in-article search) finds a match in one of its
//! [`places`]. The index only narrows the candidates: its [`search_key`] is the article
//! folded as [`Folding::Loose`] with every space dropped, and [`needle`] is the query folded
//! the same way. Folding is a character-by-character map, so any text an exact, folded or
//! loose query matches (spaces optional or not) holds the needle in its key; every
//! candidate is then checked with [`Query`] itself ([`first_match`]).

use std::ops::Range;

use crate::article::Article;
use crate::fold::fold_char;
use crate::search::{Folding, Query};

/// The places of an article that in-article search (and `dump --search`) looks in: the
/// headline, the body blocks, the read-also titles.
pub fn places(article: &Article) -> impl Iterator<Item = &str> {
    std::iter::once(article.headline.as_str())
        .chain(article.body.iter().map(|b| b.inline().text.as_str()))
        .chain(article.read_also.iter().map(|l| l.text.as_str()))
}

/// Folds `text` as [`Folding::Loose`] into `out`, every space dropped.
fn push_key(text: &str, out: &mut String) {
    let mut buf = String::new();
    for c in text.chars() {
        buf.clear();
        fold_char(c, Folding::Loose, &mut buf);
        out.extend(buf.chars().filter(|&f| f != ' '));
    }
}

/// The index key of an article: its [`places`] folded as [`push_key`] does, one line each
/// (a folded query holds no line break, so no candidate spans two places).
pub fn search_key(article: &Article) -> String {
    let mut out = String::new();
    for p in places(article) {
        push_key(p, &mut out);
        out.push('\n');
    }
    out
}

/// What the index looks for: the query folded like [`search_key`]; `None` for a regular
/// expression (`re:`), which every article is a candidate for.
pub fn needle(query: &str) -> Option<String> {
    if query.starts_with("re:") {
        return None;
    }
    let mut out = String::new();
    push_key(query, &mut out);
    Some(out)
}

/// The first match of `query` in `article`: the place it is in and its range there.
pub fn first_match<'a>(article: &'a Article, query: &Query) -> Option<(&'a str, Range<usize>)> {
    places(article).find_map(|p| query.find_all(p).into_iter().next().map(|r| (p, r)))
}

/// An in-memory index of articles of folders and files: their [`search_key`]s with the
/// caller's ids. Build it off the UI thread ([`Index::build`]); searching it is a scan of
/// folded keys with `memchr::memmem`, each candidate checked by [`first_match`].
#[derive(Debug, Clone, Default)]
pub struct Index<T> {
    entries: Vec<(T, String)>,
}

impl<T: Clone> Index<T> {
    /// Indexes `articles` (a background job's work: it folds every article once).
    pub fn build<'a>(articles: impl IntoIterator<Item = (T, &'a Article)>) -> Index<T> {
        let entries = articles
            .into_iter()
            .map(|(id, a)| (id, search_key(a)))
            .collect();
        Index { entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The ids whose key holds the [`needle`] of `query`, in index order (all of them for a
    /// regular expression): candidates for [`first_match`].
    pub fn candidates(&self, query: &str) -> Vec<T> {
        let Some(needle) = needle(query) else {
            return self.entries.iter().map(|e| e.0.clone()).collect();
        };
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        self.entries
            .iter()
            .filter(|(_, key)| finder.find(key.as_bytes()).is_some())
            .map(|e| e.0.clone())
            .collect()
    }
}

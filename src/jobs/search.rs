//! The library pane's search of everything, as a job: the store's FTS index
//! ([`Store::search`]) or, for a library of files, the in-memory index
//! ([`crate::search::everything::Index`], kept in a [`FilesIndex`]: built once, in the
//! background, shared by `Arc`), both checked with in-article search, so an article is
//! listed exactly when opening it finds the query.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use super::Found;
use crate::article::Article;
use crate::i18n::errors::{Localize, Reason};
use crate::search::everything::{Index, first_match};
use crate::search::{Folding, Query};
use crate::store::Store;
use crate::store::fts::{Rank, SearchOptions};

/// Results a search of everything lists at most.
pub const MAX_RESULTS: usize = 500;

/// The stored items in which `query` is found, newest first.
pub fn in_store(db: &Path, query: &str) -> Result<Vec<Found>, Reason> {
    let store = Store::open_read(db)
        .map_err(|e| e.reason())?
        .ok_or_else(|| {
            (Reason::new("reason-in-file"))
                .text("file", db.display().to_string())
                .inner("reason", Reason::new("reason-not-found"))
        })?;
    let options = SearchOptions {
        query: query.to_string(),
        mode: Folding::Normal,
        feed: None,
        since: None,
        unread_only: false,
        rank: Rank::Date,
        limit: Some(MAX_RESULTS),
    };
    let hits = store.search(&options).map_err(|e| e.reason())?;
    Ok(hits
        .into_iter()
        .map(|h| Found {
            item: Some(h.id),
            index: None,
            line: h.line,
            range: h.range,
        })
        .collect())
}

/// The search index of a library of files: the library's articles as they were when it was
/// asked for (shared by `Arc`, never copied: the UI thread clones pointers), and their
/// [`Index`], built once, off the UI thread, by the first job that needs it
/// ([`Job::IndexFiles`](super::Job::IndexFiles), or a search that came first). Every later
/// search of the same library reuses it; a library that changed (an article added or
/// replaced: a new `Arc`) asks for a new one ([`FilesIndex::is_of`]).
#[derive(Debug, Default)]
pub struct FilesIndex {
    articles: Vec<Arc<Article>>,
    index: OnceLock<Index<usize>>,
}

/// Whether `a` and `b` differ at most in their read-also links' targets.
fn same_words(a: &Article, b: &Article) -> bool {
    a.headline == b.headline
        && a.body == b.body
        && a.meta == b.meta
        && a.footer == b.footer
        && a.path == b.path
        && a.read_also.len() == b.read_also.len()
        && a.read_also
            .iter()
            .zip(&b.read_also)
            .all(|(x, y)| x.text == y.text)
}

/// Identity: two handles are equal when they share one index (jobs compare equal).
impl PartialEq for FilesIndex {
    fn eq(&self, other: &FilesIndex) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for FilesIndex {}

impl FilesIndex {
    /// An index (not built yet) of `articles`: a copy of their pointers only.
    pub fn new(articles: &[Arc<Article>]) -> Arc<FilesIndex> {
        Arc::new(FilesIndex {
            articles: articles.to_vec(),
            index: OnceLock::new(),
        })
    }

    /// Whether this is the index of `articles` as they are: the same articles (a comparison
    /// of pointers), or, where an article was given a new `Arc`, the same words (opening an
    /// article resolves its read-also targets, which the index does not read).
    pub fn is_of(&self, articles: &[Arc<Article>]) -> bool {
        self.articles.len() == articles.len()
            && self
                .articles
                .iter()
                .zip(articles)
                .all(|(a, b)| Arc::ptr_eq(a, b) || same_words(a, b))
    }

    /// The articles indexed.
    pub fn articles(&self) -> &[Arc<Article>] {
        &self.articles
    }

    /// Whether the index is built.
    pub fn is_built(&self) -> bool {
        self.index.get().is_some()
    }

    /// The index, built by the first caller (a background job); another caller waits for it.
    pub fn built(&self) -> &Index<usize> {
        self.index
            .get_or_init(|| Index::build(self.articles.iter().enumerate().map(|(i, a)| (i, &**a))))
    }

    /// The articles in which `query` is found, in the library's order (the index built
    /// first if no job has built it yet).
    pub fn search(&self, query: &str) -> Result<Vec<Found>, Reason> {
        let q = Query::new(query, Folding::Normal)
            .map_err(|e| Reason::new("reason-query").inner("error", e.reason()))?;
        Ok(self
            .built()
            .candidates(query)
            .into_iter()
            .filter_map(|i| {
                let (line, range) = first_match(&self.articles[i], &q)?;
                Some(Found {
                    item: None,
                    index: Some(i),
                    line: line.to_string(),
                    range,
                })
            })
            .take(MAX_RESULTS)
            .collect())
    }
}

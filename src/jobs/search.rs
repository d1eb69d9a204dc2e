//! The library pane's search of everything, as a job: the store's FTS index
//! ([`Store::search`]) or, for a library of files, the in-memory index
//! ([`crate::search::everything::Index`]), both checked with in-article search, so an
//! article is listed exactly when opening it finds the query.

use std::path::Path;

use super::Found;
use crate::article::Article;
use crate::search::everything::{Index, first_match};
use crate::search::{Folding, Query};
use crate::store::Store;
use crate::store::fts::{Rank, SearchOptions};

/// Results a search of everything lists at most.
pub const MAX_RESULTS: usize = 500;

/// The stored items in which `query` is found, newest first.
pub fn in_store(db: &Path, query: &str) -> Result<Vec<Found>, String> {
    let store = Store::open_read(db)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("{}: no store", db.display()))?;
    let options = SearchOptions {
        query: query.to_string(),
        mode: Folding::Normal,
        feed: None,
        since: None,
        unread_only: false,
        rank: Rank::Date,
        limit: Some(MAX_RESULTS),
    };
    let hits = store.search(&options).map_err(|e| e.to_string())?;
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

/// The articles of a library of files in which `query` is found, in the library's order.
pub fn in_files(articles: &[Article], query: &str) -> Result<Vec<Found>, String> {
    let q = Query::new(query, Folding::Normal).map_err(|e| e.to_string())?;
    let index = Index::build(articles.iter().enumerate());
    Ok(index
        .candidates(query)
        .into_iter()
        .filter_map(|i| {
            let (line, range) = first_match(&articles[i], &q)?;
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

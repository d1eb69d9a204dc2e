//! The store's full-text index (SQLite FTS5, trigram tokenizer) behind `khabar search`.
//!
//! Rules implemented here:
//! - **In sync with the items, in the same transaction**: [`put`] is called wherever an
//!   item's article is written (`save_fetch`), a trigger removes an item's row when the item
//!   goes (removal, retention), and migration 3 builds it for an existing store ([`rebuild`]).
//! - **Agrees with in-article search**: the index holds each article's
//!   [`everything::search_key`] and only narrows the candidates; each one is checked with
//!   [`Query`] (see [`crate::search::everything`]).
//! - **The first hits cost what they show**: the first `limit` hits newest first of a word in
//!   many items come from a walk of the items in date order ([`BY_TIME`]) kept when the
//!   index matched them, stopping at the limit; every match joined and sorted only for a
//!   rare word, all results, or ranking by relevance.

use rusqlite::{Connection, OptionalExtension, params};

use crate::article::Article;
use crate::search::everything::{self, first_match};
use crate::search::{Folding, Query};

use super::{Store, StoreError};

#[cfg(test)]
thread_local! {
    /// Candidate rows (matches of the index, with their item) a search has read; the tests
    /// count them.
    pub static ROWS_READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts one candidate row read (tests only).
fn count_row() {
    #[cfg(test)]
    ROWS_READ.set(ROWS_READ.get() + 1);
}

/// Migration 3: the index table and the trigger that keeps removals in sync; the rows are
/// then filled by [`rebuild`].
pub const MIGRATION: &str = "
    CREATE VIRTUAL TABLE items_fts USING fts5(key, tokenize = 'trigram');
    CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
        DELETE FROM items_fts WHERE rowid = old.id;
    END;";

/// Indexes (or re-indexes) item `id`'s article.
pub fn put(conn: &Connection, id: i64, article: &Article) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM items_fts WHERE rowid = ?1")?
        .execute([id])?;
    conn.prepare_cached("INSERT INTO items_fts (rowid, key) VALUES (?1, ?2)")?
        .execute(params![id, everything::search_key(article)])?;
    Ok(())
}

/// Indexes every stored article again (migration 3). A body that does not parse is indexed
/// by its headline alone (opening it tells the user what is wrong).
pub fn rebuild(conn: &Connection) -> Result<(), StoreError> {
    conn.execute("DELETE FROM items_fts", [])?;
    let mut rows = conn.prepare(
        "SELECT i.id, i.headline, a.json FROM items i LEFT JOIN articles a ON a.item_id = i.id",
    )?;
    let all = rows.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    for row in all {
        let (id, headline, json) = row?;
        let article = json
            .and_then(|j| crate::loader::json::parse(&j).ok())
            .and_then(|mut a| a.pop())
            .unwrap_or_else(|| Article {
                headline,
                ..Article::default()
            });
        put(conn, id, &article)?;
    }
    Ok(())
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rank {
    /// Newest first.
    #[default]
    Date,
    /// FTS5's bm25, best first.
    Relevance,
}

/// A library-wide search.
#[derive(Debug, Clone, Default)]
pub struct SearchOptions {
    pub query: String,
    pub mode: Folding,
    /// Only items of this feed.
    pub feed: Option<i64>,
    /// Only items at or after this time (seconds since 1970).
    pub since: Option<i64>,
    pub unread_only: bool,
    pub rank: Rank,
    /// At most this many results (`None`: all).
    pub limit: Option<usize>,
}

/// One result: the item, its feed, and where the first match is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub id: i64,
    pub headline: String,
    /// The feed's label, or the item's own source.
    pub feed: String,
    pub date: Option<String>,
    pub sort_time: i64,
    pub read: bool,
    /// The place (headline, paragraph, read-also title) of the first match, and its range.
    pub line: String,
    pub range: std::ops::Range<usize>,
}

/// The columns of a hit: `headline, feed label, date, sort_time, read`.
type Details = (String, String, Option<String>, i64, bool);

/// The SQL of the candidates of `o` as `id, sort_time, score`, unordered: the index narrows
/// by `needle` (trigram MATCH for three characters or more, else a scan of the keys), then
/// the filters. The score is FTS5's bm25 when ranking by relevance, else 0.
///
/// Only these narrow rows are read and sorted (by [`Store::search`], in memory): sorting the
/// whole rows of a word found in 100,000 items spilled SQLite's sorter to temporary files,
/// and read every headline for the few that show.
fn candidates_sql(o: &SearchOptions, needle: Option<&str>) -> String {
    let short = needle.is_some_and(|n| n.chars().count() < 3);
    let matching = match needle {
        None => "1",
        Some(_) if short => "instr(f.key, ?1) > 0",
        Some(_) => "items_fts MATCH ?1",
    };
    let score = match o.rank {
        Rank::Relevance if needle.is_some() && !short => "bm25(items_fts)",
        _ => "0.0",
    };
    format!(
        "SELECT i.id, i.sort_time, {score}
         FROM items_fts f JOIN items i ON i.id = f.rowid
         WHERE {matching} AND (?2 IS NULL OR i.feed_id = ?2) AND (?3 IS NULL OR i.sort_time >= ?3)
               AND (?4 = 0 OR i.read = 0)"
    )
}

/// The columns of one hit ([`Details`]).
const DETAILS: &str = "SELECT i.headline, coalesce(nullif(trim(fe.name), ''),
        nullif(trim(fe.title), ''), fe.url, i.source, ''), i.date, i.sort_time, i.read
    FROM items i LEFT JOIN feeds fe ON fe.id = i.feed_id WHERE i.id = ?1";

/// Migration 4: the items in date order (the walk of [`Store::search`]). `IF NOT EXISTS`:
/// a store taken back to an older version by hand keeps it.
pub const BY_TIME: &str = "CREATE INDEX IF NOT EXISTS items_by_time ON items (sort_time);";

/// Above this many matches of the index, the first hits newest first are found by walking
/// the items in date order and keeping those that match, which stops after a few rows;
/// below it, the matches are joined to their items and sorted (a rare word's few rows).
const WALK_ABOVE: usize = 1_000;

/// The items of `o`'s filters newest first, through [`BY_TIME`]: `id`.
const BY_DATE: &str = "SELECT id FROM items INDEXED BY items_by_time
    WHERE (?1 IS NULL OR feed_id = ?1) AND (?2 IS NULL OR sort_time >= ?2) AND (?3 = 0 OR read = 0)
    ORDER BY sort_time DESC, id DESC";

/// The ids the index matches for `needle` (every id without one), no item read.
fn matching_ids(
    conn: &Connection,
    needle: Option<&str>,
    pattern: &str,
) -> Result<std::collections::HashSet<i64>, StoreError> {
    let sql = match needle {
        None => "SELECT rowid FROM items_fts WHERE ?1 = ?1",
        Some(n) if n.chars().count() < 3 => "SELECT rowid FROM items_fts WHERE instr(key, ?1) > 0",
        Some(_) => "SELECT rowid FROM items_fts WHERE items_fts MATCH ?1",
    };
    let mut stmt = conn.prepare(sql)?;
    let ids = stmt.query_map([pattern], |r| r.get::<_, i64>(0))?;
    Ok(ids.collect::<Result<_, _>>()?)
}

impl Store {
    /// Searches every stored article (see the module docs): the items in which in-article
    /// search finds `o.query`, newest first or by relevance (best first, then newest). Only
    /// the candidates up to `o.limit` hits are opened and checked.
    pub fn search(&self, o: &SearchOptions) -> Result<Vec<Hit>, StoreError> {
        let query = Query::new(&o.query, o.mode).map_err(StoreError::Query)?;
        if query.is_empty() {
            return Ok(Vec::new());
        }
        let needle = everything::needle(&o.query);
        // FTS5 string syntax: a phrase in double quotes, quotes doubled.
        let pattern = needle.as_deref().map(|n| match n.chars().count() {
            0..3 => n.to_string(),
            _ => format!("\"{}\"", n.replace('"', "\"\"")),
        });
        let pattern = pattern.unwrap_or_default();
        // One read transaction for all the statements: each alone took and dropped the
        // store's shared lock (system calls) for every hit's article.
        let _read = self.conn.unchecked_transaction()?;
        let walk = o.rank == Rank::Date && o.limit.is_some();
        let matching = walk
            .then(|| matching_ids(&self.conn, needle.as_deref(), &pattern))
            .transpose()?
            .filter(|ids| ids.len() > WALK_ABOVE);
        let mut hits = Vec::new();
        match matching {
            Some(ids) => {
                let mut stmt = self.conn.prepare_cached(BY_DATE)?;
                let mut rows = stmt.query(params![o.feed, o.since, o.unread_only])?;
                while let Some(row) = rows.next()? {
                    count_row();
                    let id: i64 = row.get(0)?;
                    if ids.contains(&id) && !self.add_hit(id, &query, o.limit, &mut hits)? {
                        break;
                    }
                }
            }
            None => {
                for id in self.sorted_candidates(o, needle.as_deref(), &pattern)? {
                    if !self.add_hit(id, &query, o.limit, &mut hits)? {
                        break;
                    }
                }
            }
        }
        Ok(hits)
    }

    /// Every candidate of `o` ([`candidates_sql`]) joined to its item, in result order.
    fn sorted_candidates(
        &self,
        o: &SearchOptions,
        needle: Option<&str>,
        pattern: &str,
    ) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn.prepare(&candidates_sql(o, needle))?;
        let mut candidates = stmt
            .query_map(params![pattern, o.feed, o.since, o.unread_only], |r| {
                count_row();
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, f64>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        candidates
            .sort_unstable_by(|a, b| a.2.total_cmp(&b.2).then(b.1.cmp(&a.1)).then(b.0.cmp(&a.0)));
        Ok(candidates.into_iter().map(|c| c.0).collect())
    }

    /// Checks candidate `id` with `query` and adds it to `hits` when the article matches;
    /// false once `hits` holds `limit` (nothing more to look at).
    fn add_hit(
        &self,
        id: i64,
        query: &Query,
        limit: Option<usize>,
        hits: &mut Vec<Hit>,
    ) -> Result<bool, StoreError> {
        if limit.is_some_and(|l| hits.len() >= l) {
            return Ok(false);
        }
        let Ok(article) = self.article(id) else {
            return Ok(true);
        };
        let Some((line, range)) = first_match(&article, query) else {
            return Ok(true);
        };
        // (An item removed meanwhile, by another khabar's update, is left out.)
        let mut details = self.conn.prepare_cached(DETAILS)?;
        let found: Option<Details> = details
            .query_row([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .optional()?;
        if let Some((headline, feed, date, sort_time, read)) = found {
            hits.push(Hit {
                id,
                headline,
                feed,
                date,
                sort_time,
                read,
                line: line.to_string(),
                range,
            });
        }
        Ok(limit.is_none_or(|l| hits.len() < l))
    }

    /// Items whose index row is missing or stale, and index rows without an item: 0 when
    /// the index is in sync (the check of the kill tests).
    pub fn fts_out_of_sync(&self) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM items i WHERE NOT EXISTS
                        (SELECT 1 FROM items_fts f WHERE f.rowid = i.id))
                  + (SELECT count(*) FROM items_fts f WHERE NOT EXISTS
                        (SELECT 1 FROM items i WHERE i.id = f.rowid))",
            [],
            |r| r.get(0),
        )?;
        Ok(n.unsigned_abs())
    }
}

#[cfg(test)]
mod tests;

//! Items: what an update writes (one transaction per feed), what the reader lists
//! ([`Headline`], light rows, so 100,000 items list in a blink) and opens ([`Store::article`]),
//! and the read and saved marks.

use std::collections::HashSet;

use rusqlite::{OptionalExtension, Transaction, params};

use crate::article::{Article, Direction};
use crate::i18n::errors::Reason;
use crate::loader::feed::{FeedItem, ParsedFeed};
use crate::loader::json::{self, JsonArticle};

use super::{Feed, Store, StoreError, now};

#[cfg(test)]
thread_local! {
    /// Queries [`Store::headlines`] ran (the tests count them).
    pub static QUERIES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts one query run (tests only).
fn count_query() {
    #[cfg(test)]
    QUERIES.set(QUERIES.get() + 1);
}

/// What one fetch of a feed changed in the store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Saved {
    /// Items not stored before.
    pub new: usize,
    /// Stored items whose content changed (their read mark stays).
    pub changed: usize,
    /// Items in the feed.
    pub total: usize,
}

/// An item as the reader's library lists it, without its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    pub id: i64,
    /// `None` for a saved item whose feed was removed.
    pub feed_id: Option<i64>,
    /// The feed's label (see [`super::Feed::label`]), or the item's own source.
    pub feed: String,
    pub headline: String,
    pub date: Option<String>,
    pub direction: Direction,
    pub url: Option<String>,
    pub read: bool,
    pub saved: bool,
    /// The date in seconds (its `sort_time`), when it has a date.
    pub time: Option<i64>,
}

/// The stored form of an article: the JSON article format without its derived views.
pub fn article_json(a: &Article) -> String {
    let mut j = JsonArticle::from_article(a);
    j.paragraphs.clear();
    j.subheadings.clear();
    j.quotes.clear();
    j.path = None;
    serde_json::to_string(&j).unwrap_or_default()
}

/// The stored row (id, body) of a fetched item: the one with its key, else a row stored by
/// schema 1 under its legacy key that no item of this fetch has as its key — taken over
/// (re-keyed) by this item, so it keeps its read and saved marks (schema.rs, step 2).
fn stored_row(
    tx: &Transaction<'_>,
    feed_id: i64,
    item: &FeedItem,
    keys: &HashSet<&str>,
) -> Result<Option<(i64, String)>, StoreError> {
    let mut find = tx.prepare_cached(
        "SELECT i.id, a.json, i.legacy_key IS NOT NULL FROM items i
         JOIN articles a ON a.item_id = i.id WHERE i.feed_id = ?1 AND i.key = ?2",
    )?;
    let row = |r: &rusqlite::Row<'_>| Ok((r.get(0)?, r.get(1)?, r.get::<_, bool>(2)?));
    let mut forget = tx.prepare_cached("UPDATE items SET legacy_key = NULL WHERE id = ?1")?;
    if let Some((id, body, legacy)) = find.query_row(params![feed_id, item.key], row).optional()? {
        if legacy {
            forget.execute([id])?;
        }
        return Ok(Some((id, body)));
    }
    let Some(legacy) = item.legacy_key.as_deref() else {
        return Ok(None);
    };
    let mut claim = tx.prepare_cached(
        "SELECT i.id, a.json, i.key FROM items i JOIN articles a ON a.item_id = i.id
         WHERE i.feed_id = ?1 AND i.legacy_key = ?2",
    )?;
    let rows = claim.query_map(params![feed_id, legacy], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for r in rows {
        let (id, body, key) = r?;
        if !keys.contains(key.as_str()) {
            tx.prepare_cached("UPDATE items SET key = ?2, legacy_key = NULL WHERE id = ?1")?
                .execute(params![id, item.key])?;
            return Ok(Some((id, body)));
        }
    }
    Ok(None)
}

/// Whether a stored body shows the reader what `new` shows: the same bytes, or the same
/// article once the stored JSON is read back and written again (a body stored by an older
/// khabar may differ in its bytes only). Only what the reader sees counts as a change.
fn same_for_reader(stored: &str, new: &str) -> bool {
    stored == new
        || json::parse(stored)
            .ok()
            .and_then(|mut a| a.pop())
            .is_some_and(|a| article_json(&a) == new)
}

impl Store {
    /// Writes a fetched feed in one transaction: its title, the validators for the next
    /// conditional GET, and its items with their search index rows ([`super::fts`]; new ones added; changed ones rewritten keeping their
    /// read and saved marks; unchanged ones not touched). Items that left the feed stay.
    pub fn save_fetch(
        &mut self,
        feed_id: i64,
        parsed: &ParsedFeed,
        etag: Option<&str>,
        last_modified: Option<&str>,
    ) -> Result<Saved, StoreError> {
        let now = now();
        let tx = self.write()?;
        let mut saved = Saved {
            total: parsed.items.len(),
            ..Saved::default()
        };
        {
            let keys: HashSet<&str> = parsed.items.iter().map(|i| i.key.as_str()).collect();
            let mut insert = tx.prepare_cached(
                "INSERT INTO items (feed_id, key, headline, source, date, sort_time, first_seen,
                                    changed, direction, url)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9)",
            )?;
            let mut update = tx.prepare_cached(
                "UPDATE items SET headline = ?2, source = ?3, date = ?4,
                        sort_time = coalesce(?5, first_seen), changed = ?6, direction = ?7,
                        url = ?8
                 WHERE id = ?1",
            )?;
            let mut put_body = tx.prepare_cached(
                "INSERT INTO articles (item_id, json) VALUES (?1, ?2)
                 ON CONFLICT (item_id) DO UPDATE SET json = excluded.json",
            )?;
            for item in &parsed.items {
                let a = &item.article;
                let body = article_json(a);
                let dir = a.direction().as_str();
                let old = stored_row(&tx, feed_id, item, &keys)?;
                match old {
                    None => {
                        insert.execute(params![
                            feed_id,
                            item.key,
                            a.headline,
                            a.meta.source,
                            a.meta.date,
                            item.published.unwrap_or(now),
                            now,
                            dir,
                            a.meta.url
                        ])?;
                        let id = tx.last_insert_rowid();
                        put_body.execute(params![id, body])?;
                        super::fts::put(&tx, id, a)?;
                        saved.new += 1;
                    }
                    Some((_, old_body)) if same_for_reader(&old_body, &body) => {}
                    Some((id, _)) => {
                        update.execute(params![
                            id,
                            a.headline,
                            a.meta.source,
                            a.meta.date,
                            item.published,
                            now,
                            dir,
                            a.meta.url
                        ])?;
                        put_body.execute(params![id, body])?;
                        super::fts::put(&tx, id, a)?;
                        saved.changed += 1;
                    }
                }
            }
        }
        tx.execute(
            "UPDATE feeds SET title = coalesce(?2, title), site = coalesce(?3, site), etag = ?4,
                    last_modified = ?5, checked = ?6, error = NULL
             WHERE id = ?1",
            params![feed_id, parsed.title, parsed.site, etag, last_modified, now],
        )?;
        tx.commit()?;
        Ok(saved)
    }

    /// Notes an answer "304 Not Modified": nothing else is written.
    pub fn note_not_modified(&mut self, feed_id: i64) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE feeds SET checked = ?2, error = NULL WHERE id = ?1",
            params![feed_id, now()],
        )?;
        Ok(())
    }

    /// Notes why an update of the feed failed (`khabar feeds` shows it).
    pub fn note_failure(&mut self, feed_id: i64, error: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE feeds SET checked = ?2, error = ?3 WHERE id = ?1",
            params![feed_id, now(), error],
        )?;
        Ok(())
    }

    /// Every item, lightly: feeds in subscription order, each newest first (equal times by
    /// id); saved items of removed feeds last. One scan of the items table, sorted here: the
    /// feed-by-feed walk of the `items_by_feed` index looked every item up in the table (a
    /// B-tree search each, half of the reader's start on 100,000 items).
    pub fn headlines(&self) -> Result<Vec<Headline>, StoreError> {
        self.headlines_as(|h| h)
    }

    /// [`Store::headlines`], each made into a `T` by `make` as it is read: what is put in
    /// order is then `T` (the reader's listing: a pointer and a mark) and not the headline
    /// itself (144 bytes, moved three times when it was: a tenth of the reader's start on
    /// 100,000 items).
    pub fn headlines_as<T>(
        &self,
        mut make: impl FnMut(Headline) -> T,
    ) -> Result<Vec<T>, StoreError> {
        // One read transaction for both queries: the labels and the items agree.
        let _read = self.conn.unchecked_transaction()?;
        count_query();
        let labels: std::collections::HashMap<i64, (usize, String)> = self
            .feed_labels()?
            .into_iter()
            .enumerate()
            .map(|(at, (id, label))| (id, (at, label)))
            .collect();
        count_query();
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, feed_id, source, headline, date, direction, url, read, saved, sort_time
             FROM items",
        )?;
        let mut rows = stmt.query([])?;
        // The order's keys apart from the items: the sort moves 32 bytes a row.
        let mut keys = Vec::new();
        let mut made: Vec<Option<T>> = Vec::new();
        while let Some(r) = rows.next()? {
            let feed = r.get::<_, Option<i64>>(1)?.map(|f| labels.get(&f));
            let place = match feed {
                None => usize::MAX,
                Some(None) => continue, // (a feed gone meanwhile: not listed)
                Some(Some((at, _))) => *at,
            };
            let label = feed.flatten().map(|(_, l)| l.as_str());
            let sort_time: i64 = r.get(9)?;
            let h = headline(r, label)?;
            keys.push((place, std::cmp::Reverse(sort_time), h.id, made.len()));
            made.push(Some(make(h)));
        }
        keys.sort_unstable();
        Ok(keys.iter().filter_map(|k| made[k.3].take()).collect())
    }

    /// Every subscription's id and [`Feed::label`], in order: [`Store::feeds`] without its
    /// counts, which read every item's read mark (a fifth of the reader's start on 100,000
    /// items).
    fn feed_labels(&self) -> Result<Vec<(i64, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, url, name, title FROM feeds ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            let feed = Feed {
                id: r.get(0)?,
                url: r.get(1)?,
                name: r.get(2)?,
                title: r.get(3)?,
                site: None,
                etag: None,
                last_modified: None,
                checked: None,
                error: None,
                items: 0,
                unread: 0,
            };
            Ok((feed.id, feed.label().to_string()))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The whole article of an item.
    pub fn article(&self, id: i64) -> Result<Article, StoreError> {
        let text: String = self
            .conn
            .query_row("SELECT json FROM articles WHERE item_id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::NoItem(id))?;
        let mut articles = json::parse(&text).map_err(|e| StoreError::Damaged(id, e))?;
        articles
            .pop()
            .ok_or_else(|| StoreError::Damaged(id, Reason::new("reason-json-no-article")))
    }

    /// Marks an item read or unread.
    pub fn set_read(&mut self, id: i64, read: bool) -> Result<(), StoreError> {
        self.set_flag(id, "read", read)
    }

    /// Saves an item for later, or drops it from the saved ones.
    pub fn set_saved(&mut self, id: i64, saved: bool) -> Result<(), StoreError> {
        self.set_flag(id, "saved", saved)
    }

    fn set_flag(&mut self, id: i64, column: &str, on: bool) -> Result<(), StoreError> {
        let sql = format!("UPDATE items SET {column} = ?2 WHERE id = ?1");
        if self.conn.execute(&sql, params![id, on])? == 0 {
            return Err(StoreError::NoItem(id));
        }
        Ok(())
    }

    /// How many items are stored, and how many of them are unread.
    pub fn counts(&self) -> Result<(u64, u64), StoreError> {
        Ok(self.conn.query_row(
            "SELECT count(*), coalesce(sum(read = 0), 0) FROM items",
            [],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?.unsigned_abs(),
                    r.get::<_, i64>(1)?.unsigned_abs(),
                ))
            },
        )?)
    }
}

/// A [`Headline`] from a row of `id, feed_id, source, headline, date, direction, url, read,
/// saved`; `feed` names the feed, else the item's own source does.
fn headline(r: &rusqlite::Row<'_>, feed: Option<&str>) -> rusqlite::Result<Headline> {
    // Read in place: neither the direction nor (for a feed's item) the item's own source
    // is copied to a string of its own.
    let rtl = matches!(r.get_ref(5)?, rusqlite::types::ValueRef::Text(b"rtl"));
    let feed = match feed {
        Some(label) => label.to_string(),
        None => r.get::<_, Option<String>>(2)?.unwrap_or_default(),
    };
    Ok(Headline {
        id: r.get(0)?,
        feed_id: r.get(1)?,
        feed,
        headline: r.get(3)?,
        date: r.get(4)?,
        direction: if rtl { Direction::Rtl } else { Direction::Ltr },
        url: r.get(6)?,
        read: r.get(7)?,
        saved: r.get(8)?,
        // Read in place: the date's text is not copied again to see that it is there.
        time: match r.get_ref(4)? {
            rusqlite::types::ValueRef::Null => None,
            _ => r.get(9)?,
        },
    })
}

#[cfg(test)]
mod tests;

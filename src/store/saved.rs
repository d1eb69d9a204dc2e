//! Articles kept in the store that no subscription brought: `s` in the reader on a file, a
//! followed page or a bundled article. Such an item has no feed (`feed_id` NULL, as a saved
//! item whose feed was removed: [`Store::headlines`] lists them last), is saved, and is found
//! by `khabar search` like any other (its search row is written with it).

use rusqlite::{OptionalExtension, params};

use crate::article::Article;

use super::items::article_json;
use super::{Store, StoreError, now};

/// What [`Store::keep_article`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// A new item, with its id.
    New(i64),
    /// The article was in the store already (same address, or same headline without one):
    /// marked saved, nothing else changed.
    Already(i64),
}

impl Store {
    /// Keeps `article` in the store as a saved item of no feed; an article kept before (its
    /// address, else its headline) is only marked saved again.
    pub fn keep_article(&mut self, article: &Article) -> Result<Kept, StoreError> {
        let key = match &article.meta.url {
            Some(url) => url.clone(),
            None => format!("headline:{}", article.headline),
        };
        let tx = self.write()?;
        let old: Option<i64> = tx
            .query_row(
                "SELECT id FROM items WHERE feed_id IS NULL AND key = ?1",
                [&key],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = old {
            tx.execute("UPDATE items SET saved = 1 WHERE id = ?1", [id])?;
            tx.commit()?;
            return Ok(Kept::Already(id));
        }
        let now = now();
        tx.execute(
            "INSERT INTO items (feed_id, key, headline, source, date, sort_time, first_seen,
                                changed, direction, url, saved)
             VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?5, ?5, ?6, ?7, 1)",
            params![
                key,
                article.headline,
                article.meta.source,
                article.meta.date,
                now,
                article.direction().as_str(),
                article.meta.url
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO articles (item_id, json) VALUES (?1, ?2)",
            params![id, article_json(article)],
        )?;
        super::fts::put(&tx, id, article)?;
        tx.commit()?;
        Ok(Kept::New(id))
    }
}

//! Retention: how many items the store keeps (`[store] keep_items`, `keep_days` in the
//! config; `khabar vacuum`).
//!
//! Rule implemented here, **nothing the user kept is dropped**: an item goes when it is
//! beyond the newest `keep_items` of its feed or older than `keep_days`, and only if it is
//! read and not saved; `include_unread` lets unread items go too. Saved items always stay.
//! The search index follows by its delete trigger ([`super::fts`]), in the same transaction.

use rusqlite::params;

use super::{Store, StoreError, now};

/// What to keep; `None` keeps everything on that count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Retention {
    /// At most this many items per feed (newest first).
    pub keep_items: Option<u32>,
    /// Items newer than this many days.
    pub keep_days: Option<u32>,
    /// Unread items may go too.
    pub include_unread: bool,
}

impl Store {
    /// Drops the items `r` does not keep (see the module docs), in one transaction; returns
    /// how many went.
    pub fn apply_retention(&mut self, r: &Retention) -> Result<usize, StoreError> {
        if r.keep_items.is_none() && r.keep_days.is_none() {
            return Ok(0);
        }
        let cutoff = r
            .keep_days
            .map(|d| now().saturating_sub(i64::from(d) * 86_400));
        let tx = self.write()?;
        let dropped = tx.execute(
            "DELETE FROM items WHERE id IN (
                SELECT id FROM (
                    SELECT id, saved, read, sort_time, row_number() OVER
                        (PARTITION BY feed_id ORDER BY sort_time DESC, id DESC) AS nth
                    FROM items WHERE feed_id IS NOT NULL)
                WHERE saved = 0 AND (?3 OR read = 1)
                  AND ((?1 IS NOT NULL AND nth > ?1) OR (?2 IS NOT NULL AND sort_time < ?2)))",
            params![r.keep_items, cutoff, r.include_unread],
        )?;
        tx.commit()?;
        Ok(dropped)
    }

    /// Rewrites the database file without its free pages (`VACUUM`).
    pub fn vacuum(&mut self) -> Result<(), StoreError> {
        self.conn.execute_batch("VACUUM")?;
        Ok(())
    }
}

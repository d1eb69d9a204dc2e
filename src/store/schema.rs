//! The database schema and its migrations, versioned with `PRAGMA user_version`: migration
//! `n` (1-based) takes a database from version `n - 1` to `n`. Migrations only ever get
//! appended; a database from a newer khabar is refused rather than guessed at.

use rusqlite::{Connection, TransactionBehavior};

use super::StoreError;

/// Each step, in order. Never edit a released step: add one.
const MIGRATIONS: &[&str] = &[
    // 1: subscriptions, their items with read and saved state, the items' articles.
    "CREATE TABLE feeds (
        id            INTEGER PRIMARY KEY,
        url           TEXT NOT NULL UNIQUE,
        name          TEXT,              -- the name the user gave (--name, OPML text)
        title         TEXT,              -- the feed's own title, from the last fetch
        site          TEXT,              -- the site the feed belongs to
        etag          TEXT,              -- validators for the next conditional GET
        last_modified TEXT,
        checked       INTEGER,           -- last update attempt, seconds since 1970
        error         TEXT,              -- why the last update failed, if it did
        added         INTEGER NOT NULL
    );
    CREATE TABLE items (
        id         INTEGER PRIMARY KEY,
        feed_id    INTEGER REFERENCES feeds(id) ON DELETE SET NULL, -- NULL: saved, feed removed
        key        TEXT NOT NULL,        -- guid or id, else link, else title
        headline   TEXT NOT NULL,
        source     TEXT,
        date       TEXT,                 -- as the feed gave it
        sort_time  INTEGER NOT NULL,     -- published, else first seen
        first_seen INTEGER NOT NULL,
        changed    INTEGER NOT NULL,     -- when its content last changed
        direction  TEXT NOT NULL,        -- 'ltr' or 'rtl'
        url        TEXT,
        read       INTEGER NOT NULL DEFAULT 0,
        saved      INTEGER NOT NULL DEFAULT 0,
        UNIQUE (feed_id, key)
    );
    CREATE INDEX items_by_feed ON items (feed_id, sort_time DESC);
    -- Bodies apart, so that listing the items reads small rows only.
    CREATE TABLE articles (
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        json    TEXT NOT NULL            -- the JSON article format (README)
    );",
    // 2: items keyed by the rule of `loader::feed_key`, which never gives two items one key.
    // The keys of version 1 (guid, else link, else title, so title-less items and items
    // sharing a guid were merged) are kept in `legacy_key`: the first item of a later fetch
    // that had that key takes the row over, read and saved marks with it (`save_fetch`).
    "ALTER TABLE items ADD COLUMN legacy_key TEXT;
    UPDATE items SET legacy_key = key;
    CREATE INDEX items_by_legacy_key ON items (feed_id, legacy_key)
        WHERE legacy_key IS NOT NULL;",
    // 3: the full-text index of `khabar search`, filled from the stored articles by
    // `fts::rebuild` in the same transaction (see [`after_step`]).
    super::fts::MIGRATION,
    // 4: the items newest first, so that the first results of a common word are found by
    // walking the items in date order (`fts`), not by sorting every match.
    super::fts::BY_TIME,
];

/// Work a step needs beyond its SQL, in its transaction: step 3 folds every stored article
/// into the new index (folding is khabar's, not SQLite's).
fn after_step(step: u32, tx: &rusqlite::Transaction<'_>) -> Result<(), StoreError> {
    match step {
        3 => super::fts::rebuild(tx),
        _ => Ok(()),
    }
}

/// `PRAGMA application_id` of a khabar store: the ASCII of "khbr".
pub const APPLICATION_ID: i32 = 0x6b68_6272;

/// The schema version this khabar writes.
pub const VERSION: u32 = MIGRATIONS.len() as u32;

/// Whether [`migrate`] has anything to do: a schema step, or the stamp
/// ([`APPLICATION_ID`]) of a store made before stamping (a read, no lock).
pub fn due(conn: &Connection) -> Result<bool, StoreError> {
    let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    Ok(version(conn)? != VERSION || app != APPLICATION_ID)
}

/// Brings the database up to [`VERSION`] and stamps it, each step in its own transaction
/// (taken immediately, so two khabar starting at once migrate one after the other); nothing
/// is locked or written when nothing is [`due`].
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    if !due(conn)? {
        return Ok(());
    }
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found > VERSION {
            return Err(StoreError::Newer {
                found,
                known: VERSION,
            });
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        let step = MIGRATIONS.get(found as usize);
        if let Some(step) = step {
            tx.execute_batch(step)?;
            after_step(found + 1, &tx)?;
            tx.pragma_update(None, "user_version", found + 1)?;
        }
        tx.commit()?;
        if step.is_none() {
            return Ok(());
        }
    }
}

/// The version a database is at.
pub fn version(conn: &Connection) -> Result<u32, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

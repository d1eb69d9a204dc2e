//! The store: subscriptions, their items, read state and saved articles in an embedded SQLite
//! database (`rusqlite`, SQLite bundled). It lives in the platform's data folder
//! ([`default_path`]) unless `--db PATH` names another file.
//!
//! Every write is a transaction, so a killed `khabar update` loses only the feed it was
//! writing. The database runs in WAL mode with a busy timeout: two writing khabar at once
//! (two updates) wait for each other instead of failing; readers and writers never wait for
//! each other (commands that only read open it read-only, and no open takes the write lock
//! unless a migration is due; the reader's own writes wait [`MARK_WAIT`] at most). Write
//! transactions start `IMMEDIATE`, so a reader that turns writer cannot deadlock with
//! another. Which files are opened as a store at all is [`open`]'s business: anything else
//! is refused and left byte-identical.

pub mod fts;
mod items;
pub mod marks;
pub mod open;
mod reason;
pub mod retention;
pub mod saved;
pub mod schema;
pub mod shelf;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

pub use items::{Headline, Saved};
use open::Kind;

/// How long a write waits for another khabar's transaction before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// How long the reader's writes (read and saved marks) wait for another khabar's
/// transaction: short, so the reader never freezes; a mark that could not be written waits
/// in the reader's queue (see [`shelf`]).
pub const MARK_WAIT: Duration = Duration::from_millis(50);

/// What went wrong with the database, in words.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(rusqlite::Error),
    /// SQLite's "database or disk is full": the transaction was rolled back whole.
    #[error("{DISK_FULL}")]
    Full,
    #[error("{0}")]
    Io(String),
    /// An I/O failure on a file beside the store: its name, and the words of
    /// `loader::io_message`.
    #[error("{0}: {1}")]
    IoAt(String, String),
    #[error(
        "the database was written by a newer khabar (schema {found}; this one knows {known}); \
         it was left as it is"
    )]
    Newer { found: u32, known: u32 },
    /// A file that is not a khabar store (see [`open::recognise`]).
    #[error("{0}")]
    NotStore(String),
    #[error("already subscribed: {0}")]
    Exists(String),
    #[error("no subscription matches {0:?} (see `khabar feeds`)")]
    NoMatch(String),
    #[error("{0:?} matches {1} subscriptions; name one by its URL or number")]
    Ambiguous(String, usize),
    #[error("no such item: {0}")]
    NoItem(i64),
    /// A search query that cannot be used (an invalid regular expression).
    #[error("{0}")]
    Query(crate::search::SearchError),
    #[error("item {0} is stored damaged: {1}")]
    Damaged(i64, crate::i18n::errors::Reason),
}

/// What [`StoreError::Full`] says.
pub const DISK_FULL: &str = "the disk holding the store is full; nothing of it was written";

impl From<rusqlite::Error> for StoreError {
    /// A full disk is told apart (see [`StoreError::Full`]).
    fn from(e: rusqlite::Error) -> StoreError {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => StoreError::Full,
            _ => StoreError::Db(e),
        }
    }
}

/// One subscription as `khabar feeds` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub id: i64,
    pub url: String,
    /// The name the user gave.
    pub name: Option<String>,
    /// The feed's own title.
    pub title: Option<String>,
    pub site: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub checked: Option<i64>,
    pub error: Option<String>,
    pub items: u64,
    pub unread: u64,
}

impl Feed {
    /// What to call it: the user's name, else the feed's title, else its URL.
    pub fn label(&self) -> &str {
        self.name
            .as_deref()
            .or(self.title.as_deref())
            .filter(|s| !s.trim().is_empty())
            .unwrap_or(&self.url)
    }
}

/// The database file khabar uses without `--db`: `khabar.db` in the platform's data folder
/// (`$XDG_DATA_HOME/khabar/`, usually `~/.local/share/khabar/` on Linux;
/// `~/Library/Application Support/khabar/` on macOS; `%APPDATA%\khabar\data\` on Windows).
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "khabar").map(|d| d.data_dir().join("khabar.db"))
}

/// Seconds since 1970, now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// An open database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the store at `path` for a command that writes: a missing path or an empty file
    /// becomes a new store; an existing file must be recognised as a store first
    /// ([`open::recognise`]; anything else is refused untouched). The write lock is taken
    /// only when a migration is due; marks the reader left beside the store are written.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if open::recognise(path)? == Kind::Missing {
            open::create(path)?;
            // Another khabar may have put something else there meanwhile.
            open::recognise(path)?;
        }
        let mut conn = open::read_write(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        Store::settle(&mut conn)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.apply_waiting_marks()?;
        Ok(store)
    }

    /// A store in memory, for checks that need one (the OPML fuzz target).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        Store::settle(&mut conn)?;
        Ok(Store {
            conn,
            path: PathBuf::from(":memory:"),
        })
    }

    /// WAL (set only if the store is not in it already, so that an open writes nothing),
    /// the connection's settings, and the migrations that are due.
    fn settle(conn: &mut Connection) -> Result<(), StoreError> {
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            // WAL survives a killed process (the log is replayed or dropped whole on the
            // next open), and its readers never wait for a writer.
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))?;
        }
        // NORMAL syncs at checkpoints, enough for crashes of khabar itself.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrate(conn)
    }

    /// Opens the store for a command that only reads (`feeds`, `export`): `None` when there
    /// is none yet. Read-only (`mode=ro`, `immutable` on read-only media; see [`open`]), so
    /// it neither waits for a writer nor writes, also on a store of an older schema.
    pub fn open_read(path: &Path) -> Result<Option<Store>, StoreError> {
        if open::recognise(path)? == Kind::Missing {
            return Ok(None);
        }
        // An older schema is read as it is (every step so far only added what writing
        // needs); the next command that writes migrates it.
        let conn = open::read_only(path)?;
        Ok(Some(Store {
            conn,
            path: path.to_path_buf(),
        }))
    }

    /// Opens the store for the reader: like [`Store::open_read`], but read-write where the
    /// store can be written, with writes that wait [`MARK_WAIT`] at most (the reader queues
    /// a mark it could not write; see [`shelf`]). Read-only media give a read-only store.
    pub fn open_reader(path: &Path) -> Result<Option<Store>, StoreError> {
        if open::recognise(path)? == Kind::Missing {
            return Ok(None);
        }
        if !open::writable(path) {
            return Store::open_read(path);
        }
        let conn = open::read_write(path)?;
        if schema::due(&conn)? {
            drop(conn);
            let store = Store::open(path)?;
            store.conn.busy_timeout(MARK_WAIT)?;
            return Ok(Some(store));
        }
        conn.busy_timeout(MARK_WAIT)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        // Marks an earlier reader left: written now if the store is free, else they stay
        // in their file for the next chance.
        let _ = store.apply_waiting_marks();
        Ok(Some(store))
    }

    /// Whether this connection cannot write (read-only media).
    pub fn read_only(&self) -> bool {
        self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Subscribes to `url` under an optional name; fails if already subscribed.
    pub fn add_feed(&mut self, url: &str, name: Option<&str>) -> Result<i64, StoreError> {
        let tx = self.write()?;
        let exists: Option<i64> = tx
            .query_row("SELECT id FROM feeds WHERE url = ?1", [url], |r| r.get(0))
            .optional()?;
        if exists.is_some() {
            return Err(StoreError::Exists(url.to_string()));
        }
        tx.execute(
            "INSERT INTO feeds (url, name, added) VALUES (?1, ?2, ?3)",
            params![url, name, now()],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// Unsubscribes the feed `what` names (its number, URL or name; see [`Store::find_feed`]).
    /// Its items go too, except saved ones, which stay in the store without a feed.
    pub fn remove_feed(&mut self, what: &str) -> Result<Feed, StoreError> {
        let feed = self.find_feed(what)?;
        let tx = self.write()?;
        tx.execute(
            "DELETE FROM items WHERE feed_id = ?1 AND saved = 0",
            [feed.id],
        )?;
        tx.execute("DELETE FROM feeds WHERE id = ?1", [feed.id])?;
        tx.commit()?;
        Ok(feed)
    }

    /// The subscription `what` names: its number in `khabar feeds`, its URL, or its name or
    /// title (case-insensitive; it must match one feed only).
    pub fn find_feed(&self, what: &str) -> Result<Feed, StoreError> {
        let feeds = self.feeds()?;
        let what_t = what.trim();
        if let Ok(id) = what_t.parse::<i64>()
            && let Some(f) = feeds.iter().find(|f| f.id == id)
        {
            return Ok(f.clone());
        }
        if let Some(f) = feeds.iter().find(|f| f.url == what_t) {
            return Ok(f.clone());
        }
        let lower = what_t.to_lowercase();
        let named: Vec<&Feed> = feeds
            .iter()
            .filter(|f| {
                [&f.name, &f.title]
                    .iter()
                    .any(|n| n.as_deref().is_some_and(|n| n.to_lowercase() == lower))
            })
            .collect();
        match named[..] {
            [one] => Ok(one.clone()),
            [] => Err(StoreError::NoMatch(what.to_string())),
            ref many => Err(StoreError::Ambiguous(what.to_string(), many.len())),
        }
    }

    /// Every subscription with its item and unread counts, by number.
    pub fn feeds(&self) -> Result<Vec<Feed>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT f.id, f.url, f.name, f.title, f.site, f.etag, f.last_modified, f.checked,
                    f.error, count(i.id), coalesce(sum(i.read = 0), 0)
             FROM feeds f LEFT JOIN items i ON i.feed_id = f.id
             GROUP BY f.id ORDER BY f.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Feed {
                id: r.get(0)?,
                url: r.get(1)?,
                name: r.get(2)?,
                title: r.get(3)?,
                site: r.get(4)?,
                etag: r.get(5)?,
                last_modified: r.get(6)?,
                checked: r.get(7)?,
                error: r.get(8)?,
                items: r.get::<_, i64>(9)?.unsigned_abs(),
                unread: r.get::<_, i64>(10)?.unsigned_abs(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Whether anything is subscribed or saved (the reader then opens on the store).
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM feeds) + (SELECT count(*) FROM items)",
            [],
            |r| r.get(0),
        )?;
        Ok(n == 0)
    }

    /// A write transaction, taken at once (see the module docs).
    pub(crate) fn write(&mut self) -> Result<rusqlite::Transaction<'_>, StoreError> {
        Ok(self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
    }
}

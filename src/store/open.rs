//! Opening a store: the file is recognised from its header (and, for stores made before
//! khabar stamped them, its table set) before anything is written; the connection is then
//! opened for writing, for reading only, or for the reader (writes that do not wait).
//!
//! Rules implemented here:
//! - **Recognition** ([`recognise`]): a store carries `PRAGMA application_id` =
//!   [`APPLICATION_ID`] ("khbr"). A file with application_id 0 is an older khabar store only
//!   if its `user_version` is [`LEGACY_VERSION`] and its tables are exactly khabar's; it is
//!   stamped by its first migration. A missing path or an empty (0-byte) file becomes a new
//!   store. Anything else is refused and left byte-identical: no SQLite connection that could
//!   write (or leave `-wal`/`-shm` files) is opened on it.
//! - **Reading never waits for a writer**: read-only commands open `mode=ro` (WAL readers
//!   are not blocked by a writer), and no open takes the write lock unless a migration is due.
//! - **Read-only media**: where the file or its folder cannot be written and no `-wal` file
//!   exists, the store is opened `immutable=1` (SQLite's rule: a WAL database is readable
//!   read-only only if its `-wal` and `-shm` exist or can be created, or it is immutable; with
//!   no `-wal` there is nothing beyond the main file to read). With a `-wal` present, `mode=ro`
//!   reads it through the existing `-shm`.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{StoreError, schema};

pub use super::schema::APPLICATION_ID;

/// The schema version of every store made before stores were stamped with
/// [`APPLICATION_ID`]; such a store has application_id 0 and exactly these tables.
pub const LEGACY_VERSION: u32 = 1;

/// The tables and indexes (besides SQLite's own) of a store at [`LEGACY_VERSION`].
const LEGACY_SCHEMA: &[&str] = &[
    "index items_by_feed",
    "table articles",
    "table feeds",
    "table items",
];

/// What a path holds, as far as khabar is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// No file, or an empty one: a new store goes there.
    Missing,
    /// A khabar store (stamped, or an older one recognised by its schema).
    Khabar,
}

/// Why a file is not opened as a store; it is left as it was.
fn refused(why: &str) -> StoreError {
    StoreError::NotStore(format!("not a khabar store ({why}); it was left as it is"))
}

/// Recognises the file at `path` without writing anything (see the module docs).
pub fn recognise(path: &Path) -> Result<Kind, StoreError> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Kind::Missing),
        Err(e) => return Err(StoreError::Io(crate::loader::io_message(&e))),
    };
    let mut head = Vec::with_capacity(100);
    file.by_ref()
        .take(100)
        .read_to_end(&mut head)
        .map_err(|e| StoreError::Io(crate::loader::io_message(&e)))?;
    if head.is_empty() {
        return Ok(Kind::Missing);
    }
    if head.len() < 100 || !head.starts_with(b"SQLite format 3\0") {
        return Err(refused("not an SQLite database"));
    }
    let word = |at: usize| u32::from_be_bytes([head[at], head[at + 1], head[at + 2], head[at + 3]]);
    let (version, app) = (word(60), word(68) as i32);
    if app == APPLICATION_ID {
        if version > schema::VERSION {
            return Err(StoreError::Newer {
                found: version,
                known: schema::VERSION,
            });
        }
        return Ok(Kind::Khabar);
    }
    if app != 0 {
        return Err(refused(&format!(
            "an SQLite database of another program, application_id {:#010x}",
            app
        )));
    }
    if version != LEGACY_VERSION || legacy_schema(path)? != LEGACY_SCHEMA {
        return Err(refused("an SQLite database with other tables"));
    }
    Ok(Kind::Khabar)
}

/// The tables and indexes of an unstamped SQLite file, read `immutable` (no lock, no side
/// file, nothing written).
fn legacy_schema(path: &Path) -> Result<Vec<String>, StoreError> {
    let conn = Connection::open_with_flags(uri(path, true), read_only_flags())
        .map_err(|_| refused("an SQLite database khabar cannot read"))?;
    let names = conn
        .prepare(
            "SELECT type || ' ' || name FROM sqlite_schema
             WHERE name NOT LIKE 'sqlite_%' ORDER BY 1",
        )
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|_| refused("an SQLite database khabar cannot read"))?;
    Ok(names)
}

fn read_only_flags() -> OpenFlags {
    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX
}

/// A read-only connection on a recognised store: `immutable` where it cannot be written
/// and has no `-wal` (see the module docs).
pub fn read_only(path: &Path) -> Result<Connection, StoreError> {
    let immutable = !writable(path) && !side(path, "-wal").exists();
    Ok(Connection::open_with_flags(
        uri(path, immutable),
        read_only_flags(),
    )?)
}

/// A read-write connection on an existing, recognised store (never creates the file).
pub fn read_write(path: &Path) -> Result<Connection, StoreError> {
    Ok(Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?)
}

/// `path` with `suffix` appended to its file name (`k.db-wal`).
pub fn side(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// Whether both the file and its folder can be written (access(2): a read-only mount says
/// no even to root).
pub fn writable(path: &Path) -> bool {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    can_write(path) && can_write(dir)
}

#[cfg(unix)]
fn can_write(path: &Path) -> bool {
    rustix::fs::access(path, rustix::fs::Access::WRITE_OK).is_ok()
}

#[cfg(not(unix))]
fn can_write(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
}

/// The `file:` URI of `path` for SQLite, read-only, optionally immutable; every byte but
/// unreserved ones and `/` percent-encoded (`?`, `#` and `%` in names stay names).
fn uri(path: &Path, immutable: bool) -> String {
    let mut out = String::from("file:");
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.push_str("?mode=ro");
    if immutable {
        out.push_str("&immutable=1");
    }
    out
}

/// Makes a new store at `path` (missing, or an empty file): built whole under a temporary
/// name in the same folder, then put in place only if the path is still missing or empty, so
/// that another khabar never sees a half-made store (two starting at once both end on one).
pub fn create(path: &Path) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let io = |e: std::io::Error| StoreError::Io(crate::loader::io_message(&e));
    std::fs::create_dir_all(&dir)
        .map_err(|e| StoreError::IoAt(dir.display().to_string(), crate::loader::io_message(&e)))?;
    let tmp = side(path, &format!(".new-{}", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let made = (|| {
        let mut conn = Connection::open(&tmp)?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))?;
        schema::migrate(&mut conn)?;
        conn.close().map_err(|(_, e)| StoreError::Db(e))
    })();
    let placed = made.and_then(|()| match std::fs::hard_link(&tmp, path) {
        Ok(()) => Ok(()),
        // Someone's empty file: replaced; another khabar's new store: kept.
        Err(_) if std::fs::metadata(path).map_or(true, |m| m.len() == 0) => {
            std::fs::rename(&tmp, path).map_err(io)
        }
        Err(_) => Ok(()),
    });
    let _ = std::fs::remove_file(&tmp);
    placed
}

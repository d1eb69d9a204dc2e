//! The store's errors in the reader's language ([`crate::i18n::errors`]): each
//! [`StoreError`] names its `reason-*` message. SQLite's failures are told by their
//! `rusqlite::ErrorCode` ([`db_reason`]: the store busy, damaged, read-only…) and the
//! system's by their kind (`loader::io_reason`); SQLite's own words stay only where no code
//! says more, as an untranslated detail after a lead in the reader's language.

use super::StoreError;
use crate::i18n::errors::{Localize, Reason};

impl Localize for StoreError {
    fn reason(&self) -> Reason {
        match self {
            StoreError::Db(e) => db_reason(e),
            StoreError::Full => Reason::new("reason-disk-full"),
            StoreError::Io(why) => crate::loader::io_reason(why),
            StoreError::IoAt(file, why) => (Reason::new("reason-in-file"))
                .text("file", file)
                .inner("reason", crate::loader::io_reason(why)),
            StoreError::Newer { found, known } => (Reason::new("reason-store-newer"))
                .num("found", *found)
                .num("known", *known),
            StoreError::NotStore(why) => not_store(why),
            StoreError::Exists(url) => Reason::new("reason-exists").text("address", url),
            StoreError::NoMatch(name) => Reason::new("reason-no-match").text("name", name),
            StoreError::Ambiguous(name, n) => (Reason::new("reason-ambiguous"))
                .text("name", name)
                .num("count", *n),
            StoreError::NoItem(id) => Reason::new("reason-no-item").text("id", id.to_string()),
            StoreError::Query(why) => Reason::new("reason-query").inner("error", why.reason()),
            StoreError::Damaged(id, why) => (Reason::new("reason-damaged"))
                .text("id", id.to_string())
                .inner("error", why.clone()),
        }
    }
}

/// What [`super::open::recognise`] found instead of a store (its words, `refused`).
fn not_store(why: &str) -> Reason {
    if why.contains("(not an SQLite database)") {
        Reason::new("reason-not-store-file")
    } else if let Some((_, id)) = why.split_once("application_id ") {
        let id = id.split(')').next().unwrap_or(id);
        Reason::new("reason-not-store-program").text("id", id)
    } else if why.contains("with other tables") {
        Reason::new("reason-not-store-tables")
    } else {
        Reason::new("reason-not-store")
    }
}

/// An SQLite failure by its code: the common ones have a message of their own; any other
/// keeps SQLite's words as the detail of `reason-db`.
fn db_reason(e: &rusqlite::Error) -> Reason {
    use rusqlite::ErrorCode::*;
    let id = match e.sqlite_error_code() {
        Some(DatabaseBusy | DatabaseLocked) => "reason-db-busy",
        Some(DatabaseCorrupt | NotADatabase) => "reason-db-corrupt",
        Some(ReadOnly) => "reason-db-read-only",
        Some(DiskFull) => "reason-disk-full",
        Some(CannotOpen) => "reason-db-cannot-open",
        Some(PermissionDenied) => "reason-permission-denied",
        Some(SystemIoFailure) => "reason-db-io",
        _ => return Reason::new("reason-db").text("error", e.to_string()),
    };
    Reason::new(id)
}

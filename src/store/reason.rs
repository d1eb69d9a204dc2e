//! The store's errors in the reader's language ([`crate::i18n::errors`]): each
//! [`StoreError`] names its `reason-*` message; SQLite's and the system's own words stay as
//! given, placed in the sentence.

use super::StoreError;
use crate::i18n::errors::{Localize, Reason};

impl Localize for StoreError {
    fn reason(&self) -> Reason {
        match self {
            StoreError::Db(e) => Reason::new("reason-db").text("error", e.to_string()),
            StoreError::Full => Reason::new("reason-disk-full"),
            StoreError::Io(why) => Reason::new("reason-io").text("error", why),
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
            StoreError::Query(why) => Reason::new("reason-query").text("error", why),
            StoreError::Damaged(id, why) => (Reason::new("reason-damaged"))
                .text("id", id.to_string())
                .text("error", why),
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

//! The database file itself: created with its folder, WAL mode, the schema version, a newer
//! database refused, subscriptions found by number, address or name.

use khabar::store::{Store, StoreError, schema};

#[test]
fn created_versioned_and_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/k.db");
    drop(Store::open(&path).unwrap());
    // Opening again runs no migration twice.
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(schema::version(&conn).unwrap(), schema::VERSION);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_newer_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let err = Store::open(&path).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "the database was written by a newer khabar (schema 99; this one knows {})",
            schema::VERSION
        )
    );
}

#[test]
fn not_a_database_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    std::fs::write(
        &path,
        "this is not SQLite, just text long enough to be a header ........",
    )
    .unwrap();
    let err = Store::open(&path).unwrap_err().to_string();
    assert!(err.starts_with("database: file is not a database"), "{err}");
}

#[test]
fn feeds_are_found_by_number_address_or_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap();
    store
        .add_feed("https://a.example/rss", Some("الجزيرة"))
        .unwrap();
    store
        .add_feed("https://b.example/rss", Some("Same"))
        .unwrap();
    store
        .add_feed("https://c.example/rss", Some("same"))
        .unwrap();
    assert_eq!(store.find_feed("1").unwrap().url, "https://a.example/rss");
    assert_eq!(store.find_feed("https://b.example/rss").unwrap().id, 2);
    assert_eq!(store.find_feed("الجزيرة").unwrap().id, 1);
    assert!(matches!(
        store.find_feed("SAME"),
        Err(StoreError::Ambiguous(_, 2))
    ));
    assert!(matches!(
        store.find_feed("nothing"),
        Err(StoreError::NoMatch(_))
    ));
    assert!(matches!(
        store.add_feed("https://a.example/rss", None),
        Err(StoreError::Exists(_))
    ));
}

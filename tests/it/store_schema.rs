//! The database file itself: created with its folder, WAL mode, the schema version, a newer
//! database refused, subscriptions found by number, address or name, and the migration that
//! re-keys items keeping their read marks.

use crate::feed_server;

use khabar::store::{Store, StoreError, schema};
use khabar::subscribe::update;

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
            "the database was written by a newer khabar (schema 99; this one knows {}); \
             it was left as it is",
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
    assert_eq!(
        err,
        "not a khabar store (not an SQLite database); it was left as it is"
    );
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

/// A database as schema 1 left it: the current schema without what later steps added.
fn as_schema_1(path: &std::path::Path) {
    drop(Store::open(path).unwrap());
    let conn = rusqlite::Connection::open(path).unwrap();
    // Step 3: the search index.
    conn.execute_batch("DROP TRIGGER IF EXISTS items_fts_delete; DROP TABLE IF EXISTS items_fts;")
        .unwrap();
    let has_legacy: bool = conn
        .query_row(
            "SELECT count(*) FROM pragma_table_info('items') WHERE name = 'legacy_key'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    if has_legacy {
        conn.execute_batch(
            "DROP INDEX items_by_legacy_key; ALTER TABLE items DROP COLUMN legacy_key;",
        )
        .unwrap();
    }
    conn.pragma_update(None, "user_version", 1).unwrap();
}

#[test]
fn read_marks_survive_the_rekeying_migration() {
    let server = feed_server::Server::start();
    let xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
        <item><guid>g1</guid><title>A</title></item>\
        <item><guid>dup</guid><title>B</title></item>\
        <item><guid>dup</guid><title>C</title></item>\
        <item><title>D</title></item></channel></rss>";
    let mut doc = feed_server::Doc::rss(xml, "x");
    doc.etag = None;
    server.put("/f.xml", doc);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    as_schema_1(&path);
    // What schema 1 stored of that feed: keyed by guid, else title, so B and C were one row.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "INSERT INTO feeds (url, added) VALUES (?1, 0)",
        [server.url("/f.xml")],
    )
    .unwrap();
    for (id, key) in [(1, "g1"), (2, "dup"), (3, "D")] {
        conn.execute(
            "INSERT INTO items (id, feed_id, key, headline, sort_time, first_seen, changed,
                                direction, read)
             VALUES (?1, 1, ?2, ?2, 0, 0, 0, 'ltr', 1)",
            rusqlite::params![id, key],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO articles (item_id, json) VALUES (?1, '{\"headline\": \"old\"}')",
            [id],
        )
        .unwrap();
    }
    drop(conn);

    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        schema::version(&rusqlite::Connection::open(&path).unwrap()).unwrap(),
        schema::VERSION
    );
    let feeds = store.feeds().unwrap();
    let opts = update::Options::default();
    let saved = |r: &[update::Report]| match r[0].outcome {
        update::Outcome::Saved(s) => (s.new, s.changed),
        ref other => panic!("{other:?}"),
    };
    let reports = update::update(&mut store, &feeds, &opts, &mut |_, _, _| {});
    // C is new; A, B and D take over the three old rows (their text changed).
    assert_eq!(saved(&reports), (1, 3));
    let read: Vec<(String, bool)> = store
        .headlines()
        .unwrap()
        .into_iter()
        .map(|h| (h.headline, h.read))
        .collect();
    let mut read = read;
    read.sort();
    let expected = [("A", true), ("B", true), ("C", false), ("D", true)];
    assert_eq!(
        read,
        expected.map(|(h, r)| (h.to_string(), r)).to_vec(),
        "every item once, the old read marks kept"
    );
    let reports = update::update(&mut store, &feeds, &opts, &mut |_, _, _| {});
    assert_eq!(saved(&reports), (0, 0));
    assert_eq!(store.counts().unwrap(), (4, 1));
}

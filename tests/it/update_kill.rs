//! `khabar update` killed with SIGKILL at 100 random moments (a seeded RNG, so a failure
//! replays) while it writes four feeds of 300 items whose text changes from one run to the
//! next; then one clean update. Nothing may be lost or doubled: every item once, no two rows
//! for one item, `PRAGMA integrity_check` ok, the read marks set before the kills kept, and
//! the search index in sync with the items.

use crate::feed_server;

use std::process::{Command, Stdio};
use std::time::Duration;

use feed_server::{Doc, Server};
use khabar::store::Store;

const FEEDS: usize = 4;
const ITEMS: usize = 300;

/// Feed `f` in version `v`: items with unique guids, whose text changes with the version, and
/// items sharing a guid and untitled items without guid or link, whose text does not (a
/// change of their text makes them other items: see `loader::feed_key`).
fn feed(f: usize, v: usize) -> Doc {
    let mut xml =
        format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>مصدر {f}</title>\n");
    for i in 0..ITEMS {
        let v = if i % 3 == 0 { v } else { 0 };
        let text = format!("&lt;p&gt;نص الخبر {i} من المصدر {f}، النسخة {v}&lt;/p&gt;");
        xml.push_str(&match i % 3 {
            0 => format!("<item><guid>{f}-{i}</guid><title>خبر {f}/{i}</title><description>{text}</description></item>\n"),
            1 => format!("<item><guid>shared-{f}</guid><title>خبر {f}/{i}</title><description>{text}</description></item>\n"),
            _ => format!("<item><description>خبر {f}/{i} بلا عنوان {text}</description></item>\n"),
        });
    }
    xml.push_str("</channel></rss>\n");
    let mut doc = Doc::rss(xml, "x");
    doc.etag = None;
    doc
}

fn update(db: &str) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["--db", db, "update"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn killed_updates_lose_and_double_nothing() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let db = path.to_str().unwrap();
    let mut store = Store::open(&path).unwrap();
    for f in 0..FEEDS {
        server.put(&format!("/{f}.xml"), feed(f, 0));
        store
            .add_feed(&server.url(&format!("/{f}.xml")), None)
            .unwrap();
    }
    drop(store);
    assert!(update(db).wait().unwrap().success());
    let mut store = Store::open(&path).unwrap();
    let read: Vec<i64> = store
        .headlines()
        .unwrap()
        .iter()
        .step_by(7)
        .map(|h| h.id)
        .collect();
    for &id in &read {
        store.set_read(id, true).unwrap();
    }
    drop(store);

    let mut rng = fastrand::Rng::with_seed(14);
    let mut interrupted = 0;
    for round in 1..=100 {
        for f in 0..FEEDS {
            server.put(&format!("/{f}.xml"), feed(f, round % 3));
        }
        let mut child = update(db);
        std::thread::sleep(Duration::from_millis(rng.u64(0..150)));
        interrupted += usize::from(child.try_wait().unwrap().is_none());
        child.kill().unwrap();
        child.wait().unwrap();
    }
    // Most kills must find an update running, else this tests nothing.
    assert!(
        interrupted >= 50,
        "{interrupted} of 100 kills interrupted an update"
    );
    assert!(update(db).wait().unwrap().success());

    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.counts().unwrap().0,
        (FEEDS * ITEMS) as u64,
        "every item, once"
    );
    let heads = store.headlines().unwrap();
    let mut titles: Vec<&str> = heads.iter().map(|h| h.headline.as_str()).collect();
    titles.sort_unstable();
    titles.dedup();
    assert_eq!(titles.len(), FEEDS * ITEMS, "no item stored twice");
    for id in read {
        assert!(
            heads.iter().any(|h| h.id == id && h.read),
            "item {id} lost its read mark"
        );
    }
    let conn = rusqlite::Connection::open(&path).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    // The search index: a row for every item and none for a gone one, and FTS5's own check.
    assert_eq!(
        store.fts_out_of_sync().unwrap(),
        0,
        "search index out of sync"
    );
    conn.execute(
        "INSERT INTO items_fts (items_fts) VALUES ('integrity-check')",
        [],
    )
    .expect("search index damaged");
}

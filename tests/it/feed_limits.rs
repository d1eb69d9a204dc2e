//! The cap on items per feed (`loader::feed_cap::MAX_FEED_ITEMS`): a 4 MiB feed of 599,173
//! empty `<item/>`, through `khabar update` (served on 127.0.0.1) and `khabar dump`, keeps
//! exactly the cap and says so in one line on stderr. Time and memory are measured by
//! `cargo bench --bench subscribe` (the pathological feed), not here.

use crate::feed_server;

use std::process::{Command, Output};

use feed_server::{Doc, Server};
use khabar::loader::feed_cap::MAX_FEED_ITEMS;
use khabar::store::Store;

const ITEMS: usize = 599_173;

/// The feed: 4 MiB, nothing but empty items.
fn empty_items() -> String {
    let mut xml =
        String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>big</title>\n");
    xml.push_str(&"<item/>".repeat(ITEMS));
    xml.push_str("</channel></rss>\n");
    assert!(xml.len() > 4_000_000, "{}", xml.len());
    xml
}

fn khabar(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn stderr_lines(o: &Output) -> Vec<String> {
    String::from_utf8_lossy(&o.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

fn the_cap_line() -> String {
    format!("{ITEMS} items in the feed; the first {MAX_FEED_ITEMS} are kept")
}

#[test]
fn update_keeps_the_cap_and_says_it_once() {
    let server = Server::start();
    server.put("/big.xml", Doc::rss(empty_items(), "b"));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let db = db.to_str().unwrap();
    assert!(
        khabar(&["--db", db, "add", &server.url("/big.xml")])
            .status
            .success()
    );
    let out = khabar(&["--db", db, "update"]);
    assert!(out.status.success(), "{out:?}");
    let lines = stderr_lines(&out);
    let cap: Vec<_> = lines
        .iter()
        .filter(|l| l.contains("items in the feed"))
        .collect();
    assert_eq!(cap.len(), 1, "{lines:?}");
    assert!(cap[0].ends_with(&the_cap_line()), "{}", cap[0]);
    // The cap and the missing titles, once each: never a line per item.
    assert!(lines.len() <= 3, "{lines:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("1 feed: {MAX_FEED_ITEMS} new items, 0 changed, 0 not modified, 0 failed")
    );
    let store = Store::open(db.as_ref()).unwrap();
    assert_eq!(store.counts().unwrap().0, MAX_FEED_ITEMS as u64);
}

#[test]
fn dump_keeps_the_cap_and_says_it_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.xml");
    std::fs::write(&file, empty_items()).unwrap();
    let out = khabar(&["dump", "--json", file.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    let lines = stderr_lines(&out);
    let cap: Vec<_> = lines
        .iter()
        .filter(|l| l.contains("items in the feed"))
        .collect();
    assert_eq!(cap.len(), 1, "{lines:?}");
    assert!(cap[0].ends_with(&the_cap_line()), "{}", cap[0]);
    assert!(lines.len() <= 3, "{lines:?}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(MAX_FEED_ITEMS));
}

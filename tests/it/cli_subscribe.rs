//! The subscription commands through the real binary: add, feeds, remove, update (exit
//! codes, the summary, failures named), import and export, feed text that cannot drive the
//! terminal, two updates at once, and an update killed halfway.

use crate::feed_server;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use feed_server::{Doc, Server, arabic_feed};

fn khabar(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = khabar(db, args);
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

/// PRAGMA integrity_check, and every feed's items: none, or all the feed had.
fn check_consistent(db: &Path) -> Vec<(String, i64)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let mut stmt = conn
        .prepare("SELECT f.url, count(i.id) FROM feeds f LEFT JOIN items i ON i.feed_id = f.id GROUP BY f.id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn add_list_remove() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sub/k.db");
    let out = ok(
        &db,
        &["add", "https://example.com/feed.xml", "--name", "مثال"],
    );
    assert_eq!(
        out,
        "subscribed to مثال as number 1; `khabar update` fetches it\n"
    );
    let again = khabar(&db, &["add", "https://example.com/feed.xml"]);
    assert!(!again.status.success());
    assert_eq!(
        text(&again.stderr),
        "khabar: already subscribed: https://example.com/feed.xml\n"
    );
    let bad = khabar(&db, &["add", "file:///etc/passwd"]);
    assert_eq!(
        text(&bad.stderr),
        "khabar: file:///etc/passwd: only http and https addresses are followed, not file:\n"
    );
    ok(&db, &["add", "http://127.0.0.1:9/x.rss"]);
    let list = ok(&db, &["feeds"]);
    assert_eq!(
        list,
        "1  مثال                          0/0 unread  https://example.com/feed.xml\n   not fetched yet\n\
         2  http://127.0.0.1:9/x.rss      0/0 unread  http://127.0.0.1:9/x.rss\n   not fetched yet\n"
    );
    assert_eq!(
        ok(&db, &["remove", "مثال"]),
        "unsubscribed from مثال (https://example.com/feed.xml)\n"
    );
    let gone = khabar(&db, &["remove", "مثال"]);
    assert_eq!(
        text(&gone.stderr),
        "khabar: no subscription matches \"مثال\" (see `khabar feeds`)\n"
    );
    assert_eq!(
        ok(&db, &["feeds", "--where"]),
        format!("{}\n", db.display())
    );
}

#[test]
fn update_reports_failures_and_exits_non_zero() {
    let server = Server::start();
    // A title that tries to clear the screen and ring the bell.
    let evil = arabic_feed("X\u{1b}[2J\u{7}Y", 2);
    server.put("/a.xml", Doc::rss(arabic_feed("الجزيرة", 3), "a"));
    server.put("/evil.xml", Doc::rss(evil, "e"));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    for path in ["/a.xml", "/500", "/evil.xml"] {
        ok(&db, &["add", &server.url(path)]);
    }
    let out = khabar(&db, &["update", "--timeout", "2"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert_eq!(
        stdout,
        "3 feeds: 5 new items, 0 changed, 0 not modified, 1 failed\n"
    );
    let stderr = text(&out.stderr);
    // Not a terminal: a plain line per feed, then the failure with its address.
    assert!(stderr.contains("] الجزيرة: 3 new\n"), "{stderr}");
    assert!(stderr.contains("] X␛[2J␇Y: 2 new\n"), "{stderr}");
    assert!(
        stderr.ends_with(&format!(
            "khabar: {}: failed: the server failed to answer (HTTP 500)\n",
            server.url("/500")
        )),
        "{stderr}"
    );
    assert!(!stderr.contains('\u{1b}') && !stdout.contains('\u{1b}'));
    let list = ok(&db, &["feeds"]);
    assert!(
        list.contains("X␛[2J␇Y") && !list.contains('\u{1b}'),
        "{list}"
    );
    assert!(
        list.contains("last update failed: the server failed to answer (HTTP 500)"),
        "{list}"
    );
    // Again: the two good feeds answer 304.
    let out = khabar(&db, &["update", "1", "3"]);
    assert_eq!(
        text(&out.stdout),
        "2 feeds: 0 new items, 0 changed, 2 not modified, 0 failed\n"
    );
    assert!(out.status.success());
}

#[test]
fn import_export_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let opml = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opml/arabic.opml");
    let out = ok(&db, &["import", opml.to_str().unwrap()]);
    assert_eq!(
        out,
        "imported 4 feeds (0 already subscribed, 0 skipped); `khabar update` fetches them\n"
    );
    let out = ok(&db, &["import", opml.to_str().unwrap()]);
    assert!(
        out.starts_with("imported 0 feeds (4 already subscribed"),
        "{out}"
    );
    let exported = ok(&db, &["export"]);
    let file = dir.path().join("out.opml");
    ok(&db, &["export", file.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), exported);
    // Into an empty database through standard input, and out again: the same.
    let db2 = dir.path().join("k2.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["--db", db2.to_str().unwrap(), "import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(exported.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(ok(&db2, &["export"]), exported);
    let not_opml = khabar(&db, &["import", "Cargo.toml"]);
    assert!(!not_opml.status.success());
}

#[test]
fn two_updates_at_once() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    for i in 0..20 {
        let mut doc = Doc::rss(arabic_feed(&format!("مصدر{i}"), 30), &format!("e{i}"));
        doc.etag = None; // no 304: both updates write every feed
        doc.delay = Duration::from_millis(20);
        server.put(&format!("/f{i}.xml"), doc);
        ok(&db, &["add", &server.url(&format!("/f{i}.xml"))]);
    }
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_khabar"))
            .args(["--db", db.to_str().unwrap(), "update", "--jobs", "4"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout).lines().count(), 1);
    }
    for (url, n) in check_consistent(&db) {
        assert_eq!(n, 30, "{url}");
    }
}

#[test]
fn an_update_killed_halfway_leaves_a_consistent_database() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    for i in 0..12 {
        let mut doc = Doc::rss(arabic_feed(&format!("مصدر{i}"), 200), &format!("e{i}"));
        doc.delay = Duration::from_millis(150);
        server.put(&format!("/f{i}.xml"), doc);
        ok(&db, &["add", &server.url(&format!("/f{i}.xml"))]);
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["--db", db.to_str().unwrap(), "update", "--jobs", "2"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some feeds are stored and others are not.
    let started = Instant::now();
    loop {
        let stored = check_consistent(&db).iter().filter(|(_, n)| *n > 0).count();
        if stored >= 3 || started.elapsed() > Duration::from_secs(20) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let counts = check_consistent(&db);
    let done = counts.iter().filter(|(_, n)| *n == 200).count();
    assert!((3..12).contains(&done), "{counts:?}");
    assert!(
        counts.iter().all(|(_, n)| *n == 0 || *n == 200),
        "{counts:?}"
    );
    // The next update finishes the job; the stored feeds answer 304.
    let out = ok(&db, &["update"]);
    assert_eq!(
        out,
        format!(
            "12 feeds: {} new items, 0 changed, {done} not modified, 0 failed\n",
            (12 - done) * 200
        )
    );
}

//! Issue 16: the words of third-party errors (SQLite, the feed parser, HTTP, the system)
//! said in the reader's language by their kind, not in English. Each case is made for real
//! (a store another connection holds locked, a port nothing listens on, a feed cut off, a
//! missing page) and run with `LANG` Hebrew, Arabic, Persian or Urdu; the expected lines are
//! written by hand, in logical order (stderr is a pipe here), the isolates dropped.

use crate::error_language::{no_english, run};

/// A store another program is writing to (a write transaction held open from a second
/// connection): `add` gives up after the store's busy timeout and says so in Hebrew, not
/// SQLite's "database is locked". Slow by nature: khabar waits `BUSY_TIMEOUT` (30 s) first.
#[test]
fn a_locked_store_is_said_in_hebrew() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let he = "he_IL.UTF-8";
    assert!(
        run(he, &db, &["add", "http://127.0.0.1:9/a.xml"])
            .0
            .status
            .success()
    );
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let (out, _, err) = run(he, &db, &["add", "http://127.0.0.1:9/b.xml"]);
    holder.execute_batch("ROLLBACK").unwrap();
    assert!(!out.status.success());
    let line = "khabar: תוכנה אחרת כותבת כעת למאגר; נסו שוב בעוד רגע";
    assert_eq!(err.trim_end(), line);
    no_english(line, &["khabar"]);
}

/// A page address nothing listens at, given to `dump`: the refusal in Arabic. Before, the
/// fetch's English ("the connection was refused") was the whole reason.
#[test]
fn a_refused_connection_is_said_in_arabic() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/page.html");
    let dir = tempfile::tempdir().unwrap();
    let (out, _, err) = run("ar_EG.UTF-8", &dir.path().join("k.db"), &["dump", &url]);
    assert!(!out.status.success());
    let line = format!("khabar: {url}: رفض الخادم الاتصال");
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", &url]);
}

/// A feed cut off mid-tag: where its XML breaks, in Persian, not quick-xml's English.
#[test]
fn a_truncated_feed_is_said_in_persian() {
    let url = format!("{}/truncated.xml", crate::common::http::serve());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let fa = "fa_IR.UTF-8";
    assert!(run(fa, &db, &["add", &url]).0.status.success());
    let (out, _, err) = run(fa, &db, &["update"]);
    assert!(!out.status.success());
    let line = format!("khabar: {url}: ناموفق: ساختار XML خوراک در سطر 2، ستون 20 خراب است");
    assert!(err.lines().any(|l| l == line), "{err}");
    no_english(&line, &["khabar", &url, "XML"]);
}

/// A feed address the server has no page at: what 404 means, in Urdu, the number kept.
#[test]
fn a_missing_page_is_said_in_urdu() {
    let url = format!("{}/gone.xml", crate::common::http::serve());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let ur = "ur_PK.UTF-8";
    assert!(run(ur, &db, &["add", &url]).0.status.success());
    let (out, _, err) = run(ur, &db, &["update"]);
    assert!(!out.status.success());
    let line = format!("khabar: {url}: ناکام: سرور پر اس پتے کا کوئی صفحہ نہیں (HTTP 404)");
    assert!(err.lines().any(|l| l == line), "{err}");
    no_english(&line, &["khabar", &url, "HTTP"]);
}

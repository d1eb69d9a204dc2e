//! The store under faults, through the real binary: another process holding the write lock
//! (`feeds`, `export` and the reader finish meanwhile; the reader's read mark reaches the
//! store afterwards), a read-only folder, a full disk during `update`, and files that are not
//! khabar's store (left byte-identical, no side files, a clear message, a non-zero exit).
//!
//! Root ignores permission bits, so read-only media and a full disk are made for real in a
//! private mount namespace (`unshare -rm`: a tmpfs, remounted read-only or kept tiny).

use crate::common;
use crate::feed_server;

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::pty::{Session, shows, status_row};
use feed_server::{Doc, Server, arabic_feed};
use khabar::store::Store;

const KHABAR: &str = env!("CARGO_BIN_EXE_khabar");

/// A store at `db` with two feeds of 3 and 2 items, all unread.
fn make_store(db: &Path) {
    feed_server::stored_feeds(db, &[("Alpha", 3), ("Beta", 2)]);
}

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(KHABAR)
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Waits for `child`; a child still running after `limit` is killed and the test fails
/// (a guard against hanging, not a measure of speed).
fn finish(mut child: Child, limit: Duration, what: &str) -> Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("{what} still waits after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn spawn(db: &Path, args: &[&str]) -> Child {
    Command::new(KHABAR)
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// (items, unread) as SQLite sees them.
fn counts(db: &Path) -> (i64, i64) {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT count(*), coalesce(sum(read = 0), 0) FROM items",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

#[test]
fn a_writer_holding_the_store_blocks_no_reader() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    make_store(&db);
    // Another process's writer: the write lock taken and a write made, held until released.
    let writer = rusqlite::Connection::open(&db).unwrap();
    writer
        .execute_batch("BEGIN IMMEDIATE; UPDATE feeds SET name = 'held' WHERE id = 2;")
        .unwrap();
    let limit = Duration::from_secs(20);
    let feeds = finish(spawn(&db, &["feeds"]), limit, "khabar feeds");
    assert!(feeds.status.success(), "{}", text(&feeds.stderr));
    assert!(
        text(&feeds.stdout).contains("3/3 unread"),
        "{}",
        text(&feeds.stdout)
    );
    let export = finish(spawn(&db, &["export"]), limit, "khabar export");
    assert!(export.status.success(), "{}", text(&export.stderr));
    assert!(text(&export.stdout).contains("https://example.org/2.xml"));
    // The reader opens on the first unread item (a read mark is due), browses, quits.
    let mut s = Session::spawn(&["--db", db.to_str().unwrap()], 30, 100);
    s.wait_for("the marks waiting", shows("marks wait"));
    s.send(b"J");
    s.wait_for("the second item", |sc| status_row(sc).contains("2/5"));
    s.send(b"q");
    assert!(s.wait_exit().success());
    // All of it while the writer still holds the lock.
    assert!(
        !writer.is_autocommit(),
        "the writer still holds its transaction"
    );
    writer.execute_batch("COMMIT").unwrap();
    drop(writer);
    // The marks waited beside the store; the next khabar that opens it for writing writes
    // them.
    let waiting = dir.path().join("k.db-marks");
    assert!(waiting.exists());
    drop(Store::open(&db).unwrap());
    assert_eq!(counts(&db), (5, 3));
    assert!(!waiting.exists());
}

/// The bytes of `path`, and which of its SQLite side files exist.
fn snapshot(path: &Path) -> (Vec<u8>, Vec<bool>) {
    let side = ["-wal", "-shm", "-journal", "-marks"].map(|s| {
        let mut p = path.as_os_str().to_os_string();
        p.push(s);
        Path::new(&p).exists()
    });
    (std::fs::read(path).unwrap(), side.to_vec())
}

/// Every command on `db` is refused with `message` and a non-zero exit, and leaves the file
/// byte-identical with no side file made.
fn refused_untouched(db: &Path, message: &str) {
    let before = snapshot(db);
    let opml = common::pty::manifest().join("tests/fixtures/opml");
    let fixture = std::fs::read_dir(&opml)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let commands: [&[&str]; 6] = [
        &["add", "https://example.org/feed"],
        &["feeds"],
        &["export"],
        &["update"],
        &["import", fixture.to_str().unwrap()],
        // The reader (stdout is not a terminal, but the store is opened first).
        &[],
    ];
    for args in commands {
        let out = run(db, args);
        let err = text(&out.stderr);
        assert!(!out.status.success(), "{args:?} succeeded on {db:?}");
        assert!(err.contains(db.to_str().unwrap()), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(err.contains("it was left as it is"), "{args:?}: {err}");
        assert!(snapshot(db) == before, "{args:?} changed {db:?}");
    }
}

#[test]
fn files_not_khabars_are_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    // A newer khabar's store (its header in rollback mode, so that a switch shows).
    let newer = dir.path().join("newer.db");
    make_store(&newer);
    let conn = rusqlite::Connection::open(&newer).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(conn);
    refused_untouched(&newer, "written by a newer khabar (schema 99");
    // Another program's databases: tables of its own, in WAL mode or not, stamped or not.
    for (name, wal, app) in [
        ("a.db", true, 0),
        ("b.sqlite", false, 0),
        ("c.db", false, 7),
    ] {
        let path = dir.path().join(name);
        let conn = rusqlite::Connection::open(&path).unwrap();
        if wal {
            conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        }
        conn.pragma_update(None, "application_id", app).unwrap();
        conn.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine');")
            .unwrap();
        drop(conn);
        refused_untouched(&path, "not a khabar store (an SQLite database");
    }
    // Not a database at all.
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "my notes, not a database\n").unwrap();
    refused_untouched(&notes, "not a khabar store (not an SQLite database)");
}

#[test]
fn commands_that_read_write_nothing_and_older_stores_are_stamped() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    make_store(&db);
    // A store made before stamping: application_id 0, the version-1 tables (without what
    // schema 2 added: the legacy keys of re-keyed items; nor the search index of step 3, nor
    // the date index of step 4).
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "DROP TRIGGER items_fts_delete; DROP TABLE items_fts; DROP INDEX items_by_time;",
    )
    .unwrap();
    conn.execute_batch("DROP INDEX items_by_legacy_key; ALTER TABLE items DROP COLUMN legacy_key;")
        .unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    conn.pragma_update(None, "application_id", 0).unwrap();
    drop(conn);
    // Read-only connections may leave SQLite's empty -wal and -shm beside khabar's own
    // store (only a writer's close removes them); the store's bytes stay as they were.
    let before = std::fs::read(&db).unwrap();
    for args in [&["feeds"][..], &["export"]] {
        let out = run(&db, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert!(
            std::fs::read(&db).unwrap() == before,
            "{args:?} changed the store"
        );
    }
    assert!(text(&run(&db, &["feeds"]).stdout).contains("3/3 unread"));
    // A command that writes recognises it by its tables and stamps it.
    assert!(
        run(&db, &["add", "https://example.org/new"])
            .status
            .success()
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let app: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, i32::from_be_bytes(*b"khbr"));
}

/// Runs `script` with `sh` in a private mount namespace (as root there), `$KHABAR` the binary.
fn in_namespace(script: &str) -> Output {
    Command::new("unshare")
        .args(["-rm", "sh", "-c", script])
        .env("KHABAR", KHABAR)
        .stdin(Stdio::null())
        .output()
        .expect("unshare runs")
}

#[test]
fn a_store_in_a_read_only_folder_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    make_store(&db);
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    let (d, r) = (dir.path().display(), ro.display());
    let mount = format!("mount -t tmpfs tmpfs {r} && cp {d}/k.db {r}/ && mount -o remount,ro {r}");
    let out = in_namespace(&format!(
        "set -e; {mount}; touch {r}/x 2>/dev/null && echo WRITABLE; \
         $KHABAR --db {r}/k.db feeds; $KHABAR --db {r}/k.db export"
    ));
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}{}", stdout, text(&out.stderr));
    assert!(!stdout.contains("WRITABLE"), "the mount is read-only");
    assert!(stdout.contains("3/3 unread"), "{stdout}");
    assert!(stdout.contains("https://example.org/2.xml\""), "{stdout}");
    // The reader: items listed, one opened, its mark kept for the session and said so.
    let script = format!("{mount} && exec $KHABAR --db {r}/k.db");
    let mut s = Session::spawn_shell(&format!("unshare -rm sh -c '{script}'"), 30, 100, &[]);
    s.wait_for("the read-only note", shows("the store is read-only here"));
    s.send(b"J");
    s.wait_for("the second item", |sc| status_row(sc).contains("2/5"));
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_full_disk_during_update_leaves_the_store_intact() {
    let server = Server::start();
    // A feed far larger than the room left on the disk.
    let mut big = arabic_feed("Gamma", 400);
    big = big.replace(
        "</description>",
        &format!("{}</description>", "كلمة ".repeat(400)),
    );
    server.put("/big.xml", Doc::rss(big, "v1"));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    make_store(&db);
    Store::open(&db)
        .unwrap()
        .add_feed(&server.url("/big.xml"), None)
        .unwrap();
    let small = dir.path().join("small");
    std::fs::create_dir(&small).unwrap();
    let (d, s) = (dir.path().display(), small.display());
    let out = in_namespace(&format!(
        "mount -t tmpfs -o size=256k tmpfs {s} && cp {d}/k.db {s}/ || exit 99; \
         $KHABAR --db {s}/k.db update 3; echo \"exit $?\"; \
         echo HEBREW >&2; LANG=he_IL.UTF-8 LC_ALL= $KHABAR --db {s}/k.db update 3; \
         for f in {s}/k.db*; do cp \"$f\" {d}/after.${{f##*/}}; done"
    ));
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(stdout.contains("exit 1"), "{stdout}{stderr}");
    assert!(stderr.contains(&format!("{s}/k.db")), "{stderr}");
    let (english, hebrew) = stderr.split_once("HEBREW\n").expect("both runs");
    assert!(
        english.contains(": the disk holding the store is full"),
        "{stderr}"
    );
    // The same in Hebrew, reasons included (issue 16), the store's name as given.
    let hebrew = hebrew.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        hebrew.contains(": נכשל: \u{200F}הדיסק שעליו המאגר מלא; דבר ממנו לא נכתב"),
        "{hebrew}"
    );
    assert!(
        hebrew.contains(&format!(
            "khabar: {s}/k.db: הדיסק שעליו המאגר מלא: הפידים שנכשלו לא נכתבו; במאגר נשאר מה שהיה בו לפניהם"
        )),
        "{hebrew}"
    );
    // The store as it was: intact, the earlier items all there.
    let after = dir.path().join("after.k.db");
    let conn = rusqlite::Connection::open(&after).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    assert_eq!(counts(&after), (5, 5));
}

//! The subscription commands' output under the text policy (issue 16 item 5): visual order
//! on a terminal, the right-to-left name one unit beside the counts and the address; logical
//! order through a pipe and with `--bidi off`. Expected rows written by hand (Hebrew and
//! Persian letters reversed, shaping off).

use std::path::Path;
use std::process::Command;

use crate::common::pty::{Session, row_cells, shows};

/// A database with a Hebrew and a Persian feed, never fetched.
fn two_feeds(dir: &Path) -> String {
    let db = dir.join("k.db").display().to_string();
    for (url, name) in [
        ("https://example.org/he.xml", "חדשות היום"),
        ("https://example.org/fa.xml", "خبرگزاری ایسنا"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
            .args(["--db", &db, "add", url, "--name", name])
            .output()
            .expect("runs khabar");
        assert!(out.status.success());
    }
    db
}

/// The screen rows `khabar ARGS` leaves in a pty, trailing blanks trimmed.
fn on_terminal(args: &[&str]) -> Vec<String> {
    let mut s = Session::spawn(args, 8, 80);
    s.wait_for("the last feed", shows("fa.xml"));
    s.wait_exit();
    s.screen(|sc| {
        (0..4)
            .map(|r| row_cells(sc, r).0.trim_end().to_string())
            .collect()
    })
}

#[test]
fn feeds_on_a_terminal_in_visual_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = two_feeds(dir.path());
    let rows = on_terminal(&["--shape", "off", "--db", &db, "feeds"]);
    assert_eq!(
        rows,
        [
            "1  םויה תושדח          0/0 unread  https://example.org/he.xml",
            "   not fetched yet",
            "2  انسیا یرازگربخ      0/0 unread  https://example.org/fa.xml",
            "   not fetched yet",
        ]
    );
    // `--bidi off`: the terminal reorders by itself, khabar writes logical order.
    let rows = on_terminal(&["--bidi", "off", "--db", &db, "feeds"]);
    assert_eq!(
        rows[0],
        "1  חדשות היום          0/0 unread  https://example.org/he.xml"
    );
}

#[test]
fn feeds_through_a_pipe_in_logical_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = two_feeds(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["--db", &db, "feeds"])
        .output()
        .expect("runs khabar");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "1  חדשות היום          0/0 unread  https://example.org/he.xml\n   not fetched yet\n\
         2  خبرگزاری ایسنا      0/0 unread  https://example.org/fa.xml\n   not fetched yet\n"
    );
}

#[test]
fn the_update_bar_isolates_the_name_and_cuts_with_an_ellipsis() {
    use khabar::store::Feed;
    use khabar::subscribe::progress::bar_line;
    use khabar::subscribe::update::{Outcome, Report};
    use khabar::text::Order;
    let report = Report {
        feed: Feed {
            id: 1,
            url: "https://example.org/he.xml".into(),
            name: Some("חדשות 24".into()),
            title: None,
            site: None,
            etag: None,
            last_modified: None,
            checked: None,
            error: None,
            items: 0,
            unread: 0,
        },
        outcome: Outcome::NotModified,
        warnings: Vec::new(),
    };
    // The name keeps its number on its own side (a unit), the outcome follows it.
    assert_eq!(
        bar_line(
            &khabar::i18n::Messages::default(),
            &report,
            1,
            2,
            80,
            Order::Visual
        ),
        "[##########..........] 1/2 24 תושדח: not modified"
    );
    // Cut at the logical end, whole characters, with `…` (the width minus one column).
    assert_eq!(
        bar_line(
            &khabar::i18n::Messages::default(),
            &report,
            1,
            2,
            40,
            Order::Visual
        ),
        "[##########..........] 1/2 24 תושדח: n…"
    );
    assert_eq!(
        bar_line(
            &khabar::i18n::Messages::default(),
            &report,
            1,
            2,
            80,
            Order::Logical
        ),
        "[##########..........] 1/2 חדשות 24: not modified"
    );
}

/// Error lines on stderr that name a feed (issue 16): on a terminal in visual order, the
/// Hebrew name one unit (written by hand, reversed); through a pipe and with `--bidi off` in
/// logical order.
#[test]
fn an_update_failure_names_the_feed_in_visual_order_on_a_terminal_stderr() {
    use crate::feed_server::Server;
    let server = Server::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("k.db").display().to_string();
    let url = server.url("/500");
    let added = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["--db", &db, "add", &url, "--name", "חדשות היום"])
        .output()
        .expect("runs khabar");
    assert!(added.status.success());
    let failure = |args: &[&str]| {
        let mut s = Session::spawn(args, 8, 120);
        s.wait_for("the failure", shows("(HTTP 500)"));
        s.wait_exit();
        s.screen(|sc| {
            (0..8)
                .map(|r| row_cells(sc, r).0.trim_end().to_string())
                .find(|row| row.starts_with("khabar: "))
                .expect("an error line")
        })
    };
    let update = ["--db", &db, "update", "--timeout", "2"];
    assert_eq!(
        failure(&[&["--shape", "off"][..], &update].concat()),
        format!("khabar: םויה תושדח: failed: the server failed to answer (HTTP 500) <{url}>")
    );
    let logical =
        format!("khabar: חדשות היום: failed: the server failed to answer (HTTP 500) <{url}>");
    assert_eq!(
        failure(&[&["--bidi", "off"][..], &update].concat()),
        logical
    );
    let piped = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(update)
        .output()
        .expect("runs khabar");
    let stderr = String::from_utf8_lossy(&piped.stderr);
    assert!(stderr.ends_with(&format!("{logical}\n")), "{stderr}");
}

/// `dump`'s spoof warning names the file: on a terminal's stderr the Hebrew file name reads
/// in visual order (one unit, reversed by hand), through a pipe in logical order.
#[test]
fn the_spoof_warning_names_a_hebrew_file_in_visual_order_on_a_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("חדשות.txt");
    std::fs::write(&file, "title\n\nbody \u{202E}txt.exe\n").unwrap();
    let path = file.display().to_string();
    let folder = dir.path().display().to_string();
    let mut s = Session::spawn(&["--shape", "off", "dump", &path], 30, 200);
    s.wait_for("the warning", shows("bidi control"));
    s.wait_exit();
    let row = s.screen(|sc| {
        (0..30)
            .map(|r| row_cells(sc, r).0.trim_end().to_string())
            .find(|row| row.starts_with("khabar: warning: "))
            .expect("the warning")
    });
    // The path is one left-to-right unit (its first strong letter is Latin): only the
    // Hebrew run inside it is reversed. Then the reader's warning, with where the control is.
    assert_eq!(
        row,
        format!(
            "khabar: warning: {folder}/תושדח.txt: ⚠ 1 bidi control, --bidi off: logical order \
             — in paragraph 1"
        )
    );
    let piped = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["dump", &path])
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("runs khabar");
    let stderr = String::from_utf8_lossy(&piped.stderr);
    assert!(
        stderr.starts_with(&format!("khabar: warning: {path}: ⚠ 1 bidi control")),
        "{stderr}"
    );
}

/// `import`'s skipped outlines name the file: on a terminal's stderr a Hebrew file name reads
/// in visual order (the Hebrew run reversed by hand inside the left-to-right path), through a
/// pipe in logical order.
#[test]
fn an_import_skip_names_a_hebrew_file_in_visual_order_on_a_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("מינויים.opml");
    std::fs::write(
        &file,
        r#"<opml version="2.0"><body><outline text="x" xmlUrl="ftp://example.org/f.xml"/></body></opml>"#,
    )
    .unwrap();
    let db = dir.path().join("k.db").display().to_string();
    let path = file.display().to_string();
    let folder = dir.path().display().to_string();
    let mut s = Session::spawn(&["--db", &db, "import", &path], 8, 200);
    s.wait_for("the skipped outline", shows("skipped"));
    s.wait_exit();
    let row = s.screen(|sc| {
        (0..8)
            .map(|r| row_cells(sc, r).0.trim_end().to_string())
            .find(|row| row.starts_with("khabar: "))
            .expect("the error line")
    });
    assert!(
        row.starts_with(&format!(
            "khabar: {folder}/םייונימ.opml: skipped ftp://example.org/f.xml"
        )),
        "{row}"
    );
    let piped = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["--db", &db, "import", &path])
        .output()
        .expect("runs khabar");
    let stderr = String::from_utf8_lossy(&piped.stderr);
    assert!(
        stderr.starts_with(&format!("khabar: {path}: skipped ftp://example.org/f.xml")),
        "{stderr}"
    );
}

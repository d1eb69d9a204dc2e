//! The first run (issue 18 item 4): a new or empty store says so and how to add a feed, with
//! the bundled articles after the note to try; `a` subscribes to an address typed in the
//! reader (a page that names its feed will do); `s` keeps an article none of the store's
//! (a bundled one here) in the store, where `khabar search` finds it.

use std::process::Command;

use crate::common;
use crate::feed_server::{Doc, Server, arabic_feed};

use common::pty::{Session, find, shows, status_row};

/// The seed's headline in visual order (shaping off).
const SEED_VISUAL: &str = "نيصلاو ايسور نيب نواعتلا";

/// The first bundled article after the note (the newest), its headline's end in visual order
/// (shaping off): "الخط العربي يعود إلى الشاشات".
const BUNDLED_VISUAL: &str = "تاشاشلا ىلإ دوعي يبرعلا طخلا";

fn status_row_of(s: &Session) -> String {
    s.screen(status_row)
}

fn khabar(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn reader(db: &str) -> Session {
    let s = Session::spawn(&["--shape", "off", "--db", db], 30, 100);
    s.wait_for("the first-run note, whole", |sc| {
        let all = sc.contents();
        all.contains("No subscriptions yet")
            && all.contains("the next one")
            && status_row(sc).contains("q quit")
    });
    s
}

#[test]
fn a_new_store_says_so_and_offers_the_bundled_articles() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let mut s = reader(db.to_str().unwrap());
    // The note's words, its wrapped lines joined (the body is the left column here).
    let all = s.screen(|sc| {
        let rows: Vec<String> = (0..28).map(|r| common::pty::row_cells(sc, r).0).collect();
        let body: Vec<&str> = rows
            .iter()
            .map(|r| r.split('│').next().unwrap_or(""))
            .collect();
        body.join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    });
    assert!(
        !status_row_of(&s).contains("bidi control"),
        "the note is plain text"
    );
    for said in [
        "press a and type its address",
        "khabar add URL",
        "khabar import FILE.opml",
    ] {
        assert!(all.contains(said), "{said}:\n{all}");
    }
    assert!(
        !all.contains("Press r to fetch"),
        "no update offered with nothing to update"
    );
    // The bundled articles follow the note: 1 + 7.
    assert!(status_row_of(&s).contains(" 1/8 "));
    s.send(b"J");
    s.wait_for("a bundled article", |sc| {
        status_row(sc).contains(" 2/8 ") && find(sc, BUNDLED_VISUAL).is_some()
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
    // The store named with --db was made (empty), and says it has no subscriptions.
    assert!(db.exists());
    let feeds = khabar(&["--db", db.to_str().unwrap(), "feeds"]);
    assert!(feeds.contains("no subscriptions yet"), "{feeds}");
}

#[test]
fn a_subscribes_to_a_page_that_names_its_feed() {
    let server = Server::start();
    server.put("/news.xml", Doc::rss(arabic_feed("Akhbar", 3), "v1"));
    let page = format!(
        "<!doctype html><html><head><title>Akhbar</title>\
         <link rel=\"alternate\" type=\"application/rss+xml\" href=\"{}\"></head>\
         <body><p>the news</p></body></html>",
        server.url("/news.xml")
    );
    let mut doc = Doc::rss(page, "p1");
    doc.content_type = "text/html; charset=utf-8".into();
    server.put("/", doc);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let mut s = reader(db.to_str().unwrap());
    s.send(b"a");
    s.wait_for("the prompt", shows("Subscribe to"));
    s.send(server.url("/").as_bytes());
    s.send(b"\r");
    s.wait_for("the subscription told", |sc| {
        status_row(sc).contains("subscribed to Akhbar: 3 items")
    });
    // The reader lists the feed's items now: the newest is open.
    s.wait_for("the newest item", shows("3 مقر ربخلا"));
    s.send(b"q");
    assert!(s.wait_exit().success());
    let feeds = khabar(&["--db", db.to_str().unwrap(), "feeds"]);
    assert!(feeds.contains(&server.url("/news.xml")), "{feeds}");
    // The newest item was opened, so read.
    assert!(feeds.contains("2/3 unread"), "{feeds}");
}

#[test]
fn s_keeps_a_bundled_article_in_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let mut s = reader(db.to_str().unwrap());
    s.send(b"J");
    s.wait_for("a bundled article", |sc| find(sc, BUNDLED_VISUAL).is_some());
    s.send(b"s");
    s.wait_for("the article kept", |sc| {
        status_row(sc).contains("kept in the store, saved")
    });
    // Still on the same article, now the store's.
    s.screen(|sc| assert!(find(sc, BUNDLED_VISUAL).is_some()));
    s.send(b"q");
    assert!(s.wait_exit().success());
    let found = khabar(&["--db", db.to_str().unwrap(), "search", "الشاشات"]);
    assert!(found.contains("الخط العربي يعود إلى الشاشات"), "{found}");
}

/// With no store yet (plain `khabar`, the bundled articles), `s` makes the store in its
/// default place and the reader opens on it: the kept article first, the bundled ones after.
#[test]
fn s_without_a_store_makes_it_and_reads_on_it() {
    let mut s = Session::spawn(&["--shape", "off"], 30, 100);
    // The first-run note first (1/8), the seed the last of the bundled articles after it.
    s.wait_for("the note", |sc| status_row(sc).contains(" 1/8 "));
    s.send(b"JJJJJJJ");
    s.wait_for("the seed", |sc| {
        find(sc, SEED_VISUAL).is_some() && status_row(sc).contains(" 8/8 ")
    });
    s.send(b"s");
    s.wait_for("the article kept", |sc| {
        status_row(sc).contains("kept in the store, saved") && status_row(sc).contains(" 1/7 ")
    });
    s.screen(|sc| assert!(find(sc, SEED_VISUAL).is_some()));
    s.send(b"q");
    assert!(s.wait_exit().success());
    let data = s._config_home.path().to_str().unwrap().to_string();
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["search", "روسيا"])
        .env("XDG_DATA_HOME", &data)
        .env("XDG_CONFIG_HOME", &data)
        .output()
        .unwrap();
    let found = String::from_utf8_lossy(&out.stdout);
    assert!(
        found.contains("التعاون بين روسيا والصين"),
        "{found} {out:?}"
    );
}

/// Plain `khabar` with a fresh HOME (no store yet): the first screen is the first-run note,
/// naming `khabar add`, `khabar import` and the `a` key, the bundled articles after it.
#[test]
fn plain_khabar_with_no_store_greets_a_new_user() {
    let s = Session::spawn(&["--shape", "off"], 30, 100);
    s.wait_for("the note on the first screen", |sc| {
        status_row(sc).contains("q quit") && status_row(sc).contains(" 1/8 ")
    });
    let all = s.screen(|sc| {
        // The body is the left column here: its wrapped lines joined.
        let rows: Vec<String> = (0..28).map(|r| common::pty::row_cells(sc, r).0).collect();
        let body: Vec<&str> = rows
            .iter()
            .map(|r| r.split('│').next().unwrap_or(""))
            .collect();
        body.join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    });
    for said in [
        "No subscriptions yet",
        "press a and type its address",
        "khabar add URL",
        "khabar import FILE.opml",
    ] {
        assert!(all.contains(said), "{said}:\n{all}");
    }
    assert!(
        find_in(&s, SEED_VISUAL).is_none(),
        "the note comes before the seed"
    );
}

fn find_in(s: &Session, text: &str) -> Option<(u16, u16, u16)> {
    s.screen(|sc| find(sc, text))
}

/// Plain `khabar` with a store that holds a subscription opens on it: no first-run note.
#[test]
fn plain_khabar_with_a_store_has_no_first_run_note() {
    let server = Server::start();
    server.put("/news.xml", Doc::rss(arabic_feed("Akhbar", 3), "v1"));
    let data = tempfile::tempdir().unwrap();
    let home = data.path().to_str().unwrap();
    for args in [&["add", &server.url("/news.xml")][..], &["update"]] {
        let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
            .args(args)
            .env("XDG_DATA_HOME", home)
            .env("XDG_CONFIG_HOME", home)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    }
    let env = [("XDG_DATA_HOME", home)];
    let s = Session::spawn_with(&["--shape", "off"], 30, 100, &env);
    s.wait_for("the newest item", |sc| {
        find(sc, "3 مقر ربخلا").is_some() && status_row(sc).contains("q quit")
    });
    s.screen(|sc| {
        let all = sc.contents();
        assert!(!all.contains("No subscriptions yet"), "{all}");
        assert!(!all.contains("khabar add URL"), "{all}");
    });
}

/// The note is in the UI's language and laid out in its direction, its keys the keymap's,
/// and holds no bidi control of its own (Fluent's isolates become left-to-right marks, which
/// keep a path whole in a right-to-left sentence and are no controls).
#[test]
fn the_note_follows_the_ui_language() {
    use khabar::article::{Block, Direction};
    use khabar::i18n::{Lang, Messages};
    use khabar::keymap::Keymap;
    use khabar::store::shelf::Notes;
    let path = std::path::Path::new("/data/k.db");
    let text = |a: &khabar::article::Article| -> String {
        a.body
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.text.clone(),
                _ => String::new(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let en = Notes::of(&Keymap::default(), &Messages::new(Lang::En)).empty(0, path);
    assert_eq!(en.headline, "No subscriptions yet");
    assert_eq!(en.direction(), Direction::Ltr);
    assert!(
        text(&en).starts_with(
            "This store (\u{200E}/data/k.db\u{200E}) has no subscriptions yet. To add a feed, press \u{200E}a\u{200E} "
        )
    );
    let ar = Notes::of(&Keymap::default(), &Messages::new(Lang::Ar)).empty(0, path);
    assert_eq!(ar.headline, "لا اشتراكات بعد");
    assert_eq!(ar.direction(), Direction::Rtl);
    assert!(text(&ar).starts_with(
        "لا اشتراكات في هذا المخزن (\u{200E}/data/k.db\u{200E}) بعد. لإضافة خلاصة اضغط \u{200E}a\u{200E} "
    ));
    assert!(!text(&ar).contains(['\u{2068}', '\u{2069}']));
    assert_eq!(khabar::spoof::bidi_controls(&ar), 0);
    // Subscriptions not fetched yet: the update key, with Arabic's plural forms.
    let two = Notes::of(&Keymap::default(), &Messages::new(Lang::Ar)).empty(2, path);
    assert!(
        text(&two)
            .starts_with("\u{200F}اشتراكان\u{200F}، ولا عناصر بعد. اضغط \u{200E}r\u{200E} لجلبها"),
        "{}",
        text(&two)
    );
}

/// `s` on the first-run note of plain `khabar` keeps nothing: the note is khabar's own words,
/// not an article (before, it made a store and saved the note in it).
#[test]
fn s_on_the_first_run_note_keeps_nothing() {
    let mut s = Session::spawn(&["--shape", "off"], 30, 100);
    s.wait_for("the note", |sc| status_row(sc).contains(" 1/8 "));
    s.send(b"s");
    s.wait_for("the reason nothing is kept", |sc| {
        status_row(sc).contains("work on subscriptions")
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
    let data = s._config_home.path().join("khabar");
    assert!(
        !data.join("khabar.db").exists(),
        "no store made for the note"
    );
}

/// The first-run note in an Arabic UI: its byline label is Arabic (the note is in the UI's
/// language), and the store's path reads whole inside its brackets (before, Fluent's
/// isolates were dropped and the path's first `/` jumped to its end: `khabar//)`).
#[test]
fn the_note_in_arabic_keeps_its_path_whole_and_its_label_arabic() {
    use khabar::dump::{DumpOptions, to_text};
    use khabar::i18n::{Lang, Messages};
    use khabar::store::shelf::Notes;
    let notes = Notes::of(&khabar::keymap::Keymap::default(), &Messages::new(Lang::Ar));
    let note = notes.empty(0, std::path::Path::new("/tmp/x/khabar.db"));
    let opts = DumpOptions {
        width: 200,
        shape: false,
        bidi: true,
    };
    let shown = to_text(&note, &opts);
    assert!(shown.contains("(/tmp/x/khabar.db)"), "{shown}");
    // «المصدر: khabar», in visual order.
    assert!(shown.contains("khabar :ردصملا"), "{shown}");
    assert!(!shown.contains("Source"), "{shown}");
}

/// An empty store: the bundled articles after the note have their "read also" links
/// resolved (they are opened lazily, then put under the store's note): `1` on the seed opens
/// the article its link names.
#[test]
fn an_empty_stores_bundled_articles_follow_their_links() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(khabar::store::Store::open(&db).unwrap());
    let mut s = reader(db.to_str().unwrap());
    s.send(b"JJJJJJJ");
    s.wait_for("the seed", |sc| {
        find(sc, SEED_VISUAL).is_some() && status_row(sc).contains(" 8/8 ")
    });
    // Its link's note names the file it leads to (not ✗, not in the library).
    s.screen(|sc| {
        let all = sc.contents();
        assert!(all.contains("→ bundled:001_russia"), "{all}");
        assert!(!all.contains('✗'), "{all}");
    });
    s.send(b"1");
    // "روسيا والصين قوّة اقتصادية أمام الدولار" opened: its headline's end in visual order.
    s.wait_for("the article the seed's link names", |sc| {
        let status = status_row(sc);
        !status.contains(" 8/8 ") && status.contains("/8 ") && find(sc, "رالودلا مامأ").is_some()
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
}

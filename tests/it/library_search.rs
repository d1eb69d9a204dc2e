//! Search everything (issue 19): the store's FTS5 index agrees with in-article search, stays
//! in sync through update, retention, removal and migration, and `khabar search` prints
//! through the text policy; retention keeps what the user kept.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use khabar::loader::feed::parse_feed;
use khabar::search::everything::{Index, places};
use khabar::search::{Folding, Query};
use khabar::store::Store;
use khabar::store::fts::SearchOptions;
use khabar::store::retention::Retention;

/// Items in Arabic, Persian and Hebrew written in the variants folding joins: diacritics,
/// ZWNJ or space or nothing between joining letters, hamza seats, Hebrew points and finals.
const VARIANTS: &[(&str, &str)] = &[
    ("زلزال قوي", "ضرب الزَّلزال مدينةً ساحلية فجر اليوم"),
    ("هزة أرضية", "شعر السكان بهزة ارضية خفيفة قبل الزلزال"),
    ("إسرائيل", "قالت مصادر في اسرائيل إن المفاوضات مستمرة"),
    ("خبر فارسی", "این کتاب به زودی منتشر می‌شود"),
    ("خبر فارسی دوم", "این فیلم فردا پخش می شود"),
    ("خبر فارسی سوم", "قیمت‌ها امروز بالا میشود"),
    ("שָׁלוֹם", "בירושלים אמרו שלום לשכנים"),
    ("חדשות", "הַמֶּמְשָׁלָה החליטה היום על תקציב חדש"),
    (
        "escape \u{1b}[2J title",
        "an item whose title holds an escape sequence",
    ),
];

fn rss(title: &str, items: &[(String, String)]) -> String {
    let mut xml =
        format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{title}</title>\n");
    for (i, (t, body)) in items.iter().enumerate() {
        let esc = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('\u{1b}', "&#x1b;")
        };
        xml.push_str(&format!(
            "<item><guid>{title}-{i}</guid><title>{}</title><description>&lt;p&gt;{}&lt;/p&gt;</description><pubDate>Mon, 0{} Jan 2024 10:00:00 GMT</pubDate></item>\n",
            esc(t),
            esc(body),
            1 + i % 9
        ));
    }
    xml.push_str("</channel></rss>\n");
    xml
}

/// The bundled articles as a feed: each paragraph an item.
fn assets_feed() -> String {
    let mut items = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for p in names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let text = std::fs::read_to_string(p).unwrap();
        for para in text.lines().filter(|l| l.split_whitespace().count() > 3) {
            let title: String = para
                .split_whitespace()
                .take(5)
                .collect::<Vec<_>>()
                .join(" ");
            items.push((title, para.to_string()));
        }
    }
    rss("assets", &items)
}

fn save(store: &mut Store, url: &str, xml: &str) -> i64 {
    let id = store.add_feed(url, None).unwrap();
    let parsed = parse_feed(xml.as_bytes(), xml).unwrap();
    store.save_fetch(id, &parsed, None, None).unwrap();
    id
}

/// The shared feed corpus (tests/fixtures/feeds, every feed that parses), the bundled
/// articles and [`VARIANTS`], in a store at `path`.
pub(crate) fn corpus_store(path: &Path) -> Store {
    let mut store = Store::open(path).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/feeds");
    let mut n = 0;
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() || dir.ends_with("xml-bombs") {
            continue;
        }
        for f in std::fs::read_dir(&dir).unwrap() {
            let f = f.unwrap().path();
            let bytes = std::fs::read(&f).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            if let Ok(parsed) = parse_feed(&bytes, &text) {
                let id = store
                    .add_feed(&format!("http://corpus.test/{n}"), None)
                    .unwrap();
                store.save_fetch(id, &parsed, None, None).unwrap();
                n += 1;
            }
        }
    }
    save(&mut store, "http://corpus.test/assets", &assets_feed());
    let variants: Vec<(String, String)> = VARIANTS
        .iter()
        .map(|(t, b)| (t.to_string(), b.to_string()))
        .collect();
    save(
        &mut store,
        "http://corpus.test/variants",
        &rss("variants", &variants),
    );
    store
}

/// The items in which in-article search finds `query`.
fn in_article(store: &Store, query: &str, mode: Folding) -> BTreeSet<i64> {
    let q = Query::new(query, mode).unwrap();
    store
        .headlines()
        .unwrap()
        .iter()
        .filter(|h| {
            let a = store.article(h.id).unwrap();
            places(&a).any(|p| !q.find_all(p).is_empty())
        })
        .map(|h| h.id)
        .collect()
}

fn library(store: &Store, query: &str, mode: Folding) -> BTreeSet<i64> {
    let o = SearchOptions {
        query: query.into(),
        mode,
        ..SearchOptions::default()
    };
    store.search(&o).unwrap().iter().map(|h| h.id).collect()
}

pub(crate) const QUERIES: &[&str] = &[
    "الزلزال",
    "زلزال",
    "هزة ارضية",
    "إسرائيل",
    "اسرائيل",
    "الصين",
    "بوتين",
    "میشود",
    "می‌شود",
    "می شود",
    "کتاب",
    "تهران",
    "שלום",
    "ירושלים",
    "הממשלה",
    "news",
    "the",
    "a",
    "ز",
    "re:ز.ل",
    "re:[0-9]{4}",
    "escape",
];

#[test]
fn bundled_sqlite_has_fts5() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    let on: bool = conn
        .query_row("SELECT sqlite_compileoption_used('ENABLE_FTS5')", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(on);
}

#[test]
fn library_search_agrees_with_in_article_search() {
    let dir = tempfile::tempdir().unwrap();
    let store = corpus_store(&dir.path().join("s.db"));
    let mut nonempty = 0;
    for mode in [Folding::Normal, Folding::Loose, Folding::Exact] {
        for q in QUERIES {
            let want = in_article(&store, q, mode);
            nonempty += usize::from(!want.is_empty());
            assert_eq!(library(&store, q, mode), want, "{q:?} {mode:?}");
        }
    }
    assert!(nonempty >= 40, "only {nonempty} queries found anything");
    assert_eq!(store.fts_out_of_sync().unwrap(), 0);
}

#[test]
fn in_memory_index_agrees_with_in_article_search() {
    let dir = tempfile::tempdir().unwrap();
    let store = corpus_store(&dir.path().join("s.db"));
    let articles: Vec<_> = store
        .headlines()
        .unwrap()
        .iter()
        .map(|h| (h.id, store.article(h.id).unwrap()))
        .collect();
    let index = Index::build(articles.iter().map(|(id, a)| (*id, a)));
    for q in QUERIES {
        let query = Query::new(q, Folding::Normal).unwrap();
        let found: BTreeSet<i64> = index
            .candidates(q)
            .into_iter()
            .filter(|id| {
                let a = &articles.iter().find(|x| x.0 == *id).unwrap().1;
                khabar::search::everything::first_match(a, &query).is_some()
            })
            .collect();
        assert_eq!(found, in_article(&store, q, Folding::Normal), "{q:?}");
    }
}

#[test]
fn index_follows_updates_and_removal() {
    let mut store = Store::open_in_memory().unwrap();
    let one = vec![("خبر".to_string(), "وقع الزلزال صباحا".to_string())];
    let feed = save(&mut store, "http://x.test/a", &rss("a", &one));
    assert_eq!(library(&store, "الزلزال", Folding::Normal).len(), 1);
    let changed = vec![("خبر".to_string(), "هطلت الأمطار صباحا".to_string())];
    let parsed = parse_feed(rss("a", &changed).as_bytes(), &rss("a", &changed)).unwrap();
    store.save_fetch(feed, &parsed, None, None).unwrap();
    assert!(
        library(&store, "الزلزال", Folding::Normal).is_empty(),
        "old text gone"
    );
    assert_eq!(
        library(&store, "الامطار", Folding::Normal).len(),
        1,
        "new text found"
    );
    store.remove_feed("1").unwrap();
    assert!(library(&store, "الامطار", Folding::Normal).is_empty());
    assert_eq!(store.fts_out_of_sync().unwrap(), 0);
}

#[test]
fn migration_indexes_an_existing_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let mut store = Store::open(&path).unwrap();
    let one = vec![("خبر".to_string(), "وقع الزلزال صباحا".to_string())];
    save(&mut store, "http://x.test/a", &rss("a", &one));
    drop(store);
    // The store as schema 2 left it: no index.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP TRIGGER items_fts_delete; DROP TABLE items_fts; PRAGMA user_version = 2;",
    )
    .unwrap();
    drop(conn);
    let store = Store::open(&path).unwrap();
    assert_eq!(
        khabar::store::schema::version(store_conn(&path).as_ref().unwrap()).unwrap(),
        khabar::store::schema::VERSION
    );
    assert_eq!(library(&store, "زلزال", Folding::Normal).len(), 1);
    assert_eq!(store.fts_out_of_sync().unwrap(), 0);
}

fn store_conn(path: &Path) -> Option<rusqlite::Connection> {
    rusqlite::Connection::open(path).ok()
}

/// Feed of `n` items, item `i` published on day `i + 1` of 2024.
fn dated(n: usize) -> String {
    let mut xml =
        String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>d</title>\n");
    for i in 0..n {
        xml.push_str(&format!(
            "<item><guid>g{i}</guid><title>خبر {i}</title><description>نص {i} الزلزال</description><pubDate>{}</pubDate></item>\n",
            rfc2822_day(i)
        ));
    }
    xml.push_str("</channel></rss>");
    xml
}

fn rfc2822_day(i: usize) -> String {
    format!("Mon, {:02} Jan 2024 10:00:00 GMT", 1 + i % 28)
}

#[test]
fn retention_keeps_unread_and_saved_and_the_index_follows() {
    let mut store = Store::open_in_memory().unwrap();
    save(&mut store, "http://x.test/d", &dated(20));
    let heads = store.headlines().unwrap(); // newest first
    for h in &heads[..18] {
        store.set_read(h.id, true).unwrap();
    }
    store.set_saved(heads[17].id, true).unwrap();
    let keep = Retention {
        keep_items: Some(5),
        ..Retention::default()
    };
    // Items 5..18 read: 13 of them, one saved: 12 go; the 2 oldest are unread and stay.
    assert_eq!(store.apply_retention(&keep).unwrap(), 12);
    let left: Vec<i64> = store.headlines().unwrap().iter().map(|h| h.id).collect();
    assert!(left.contains(&heads[17].id) && left.contains(&heads[18].id));
    assert_eq!(left.len(), 8);
    assert_eq!(store.fts_out_of_sync().unwrap(), 0);
    assert_eq!(library(&store, "الزلزال", Folding::Normal).len(), 8);
    let all = Retention {
        include_unread: true,
        ..keep
    };
    assert_eq!(
        store.apply_retention(&all).unwrap(),
        2,
        "unread go when asked"
    );
    assert_eq!(store.counts().unwrap().0, 6, "the saved one stays");
    let days = Retention {
        keep_days: Some(1),
        include_unread: true,
        ..Retention::default()
    };
    assert_eq!(
        store.apply_retention(&days).unwrap(),
        5,
        "2024 is older than a day"
    );
    assert_eq!(store.fts_out_of_sync().unwrap(), 0);
}

fn khabar(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_search_names_article_feed_and_marks_the_match() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    drop(corpus_store(&path));
    let db = path.to_str().unwrap();
    let out = khabar(&["--db", db, "search", "الزلزال"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("زلزال قوي") && text.contains("variants"),
        "{text}"
    );
    assert!(text.contains("«الزَّلزال»"), "{text}");
    let out = khabar(&["--db", db, "search", "escape", "--json"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "raw escape printed: {text:?}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 1, "{text}");
    let out = khabar(&[
        "--db",
        db,
        "search",
        "escape",
        "--unread",
        "--since",
        "2023-12-31",
        "--feed",
        "variants",
    ]);
    assert!(out.status.success());
    let out = khabar(&["--db", db, "search", "نصنصنص"]);
    assert_eq!(out.status.code(), Some(1));
    let out = khabar(&["--db", db, "search", "x", "--since", "yesterday"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--since"));
}

#[test]
fn cli_vacuum_applies_retention() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    let mut store = Store::open(&path).unwrap();
    save(&mut store, "http://x.test/d", &dated(20));
    drop(store);
    let cfg = dir.path().join("c.toml");
    std::fs::write(&cfg, "[store]\nkeep_items = 3\n").unwrap();
    let db = path.to_str().unwrap();
    let out = khabar(&["--db", db, "--config", cfg.to_str().unwrap(), "vacuum"]);
    assert!(out.status.success());
    assert_eq!(
        Store::open(&path).unwrap().counts().unwrap().0,
        20,
        "unread kept"
    );
    let out = khabar(&[
        "--db",
        db,
        "--config",
        cfg.to_str().unwrap(),
        "vacuum",
        "--include-unread",
    ]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("17 items dropped"));
    let store = Store::open(&path).unwrap();
    assert_eq!(store.counts().unwrap().0, 3);
    assert_eq!(store.fts_out_of_sync().unwrap(), 0);
}

//! Item identity and change detection across updates, against a feed server on 127.0.0.1:
//! no two different items merge (title-less items, a guid shared by several items), and an
//! update of an unchanged feed reports nothing new and nothing changed — over every feed of
//! the team corpus (tests/fixtures/feeds).

use crate::feed_server;

use std::path::{Path, PathBuf};
use std::time::Duration;

use feed_server::{Doc, Server};
use khabar::fetch::Limits;
use khabar::store::Store;
use khabar::subscribe::update::{self, Options, Outcome, Report};

fn run(store: &mut Store) -> Vec<Report> {
    let feeds = store.feeds().unwrap();
    let opts = Options {
        jobs: 2,
        limits: Limits {
            timeout: Duration::from_secs(5),
            max_bytes: 16 * 1024 * 1024,
            max_redirects: 3,
        },
    };
    update::update(store, &feeds, &opts, &mut |_, _, _| {})
}

/// A document served with no validators, so that every update fetches and stores it again.
fn fresh(body: impl Into<Vec<u8>>) -> Doc {
    let mut doc = Doc::rss(body, "x");
    doc.etag = None;
    doc.content_type = "application/xml".into();
    doc
}

fn saved(r: &Report) -> (usize, usize, usize) {
    match &r.outcome {
        Outcome::Saved(s) => (s.new, s.changed, s.total),
        other => panic!("{}: {other:?}", r.feed.url),
    }
}

/// Serves `xml`, updates twice; the two (new, changed, total) and the items stored.
fn twice(xml: &str) -> ((usize, usize, usize), (usize, usize, usize), u64) {
    let server = Server::start();
    server.put("/f.xml", fresh(xml));
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap();
    store.add_feed(&server.url("/f.xml"), None).unwrap();
    let first = saved(&run(&mut store)[0]);
    let second = saved(&run(&mut store)[0]);
    (first, second, store.counts().unwrap().0)
}

#[test]
fn three_untitled_items_are_three_and_stay_unchanged() {
    // The same first eight words: their stand-in headlines are the same.
    let xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
        <item><description>عاجل: قال المتحدث باسم الوزارة في مؤتمر صحفي إن الأول</description></item>\
        <item><description>عاجل: قال المتحدث باسم الوزارة في مؤتمر صحفي إن الثاني</description></item>\
        <item><description>عاجل: قال المتحدث باسم الوزارة في مؤتمر صحفي إن الثالث</description></item>\
        </channel></rss>";
    assert_eq!(twice(xml), ((3, 0, 3), (0, 0, 3), 3));
}

#[test]
fn items_sharing_a_guid_are_all_kept() {
    let xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
        <item><guid>same</guid><title>واحد</title><link>https://a.example/1</link></item>\
        <item><guid>same</guid><title>اثنان</title><link>https://a.example/1</link></item>\
        <item><guid>same</guid><title>ثلاثة</title></item>\
        <item><guid>other</guid><title>أربعة</title></item>\
        </channel></rss>";
    assert_eq!(twice(xml), ((4, 0, 4), (0, 0, 4), 4));
}

/// The entries of a feed, counted without khabar: feed-rs's own count when it parses the
/// file, else the `<item>` and `<entry>` start tags.
fn entries(bytes: &[u8]) -> usize {
    if let Ok(feed) = feed_rs::parser::parse(bytes) {
        return feed.entries.len();
    }
    let text = String::from_utf8_lossy(bytes);
    ["<item>", "<item ", "<entry>", "<entry "]
        .iter()
        .map(|t| text.matches(t).count())
        .sum()
}

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/feeds");
    let mut files = Vec::new();
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        if dir.is_dir() && !dir.ends_with("xml-bombs") {
            for f in std::fs::read_dir(&dir).unwrap() {
                files.push(f.unwrap().path());
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_corpus_feed_is_stored_whole_and_unchanged_the_second_time() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap();
    let mut expected = Vec::new();
    for (i, file) in corpus().iter().enumerate() {
        let bytes = std::fs::read(file).unwrap();
        expected.push((file.clone(), entries(&bytes)));
        let path = format!("/{i}.xml");
        server.put(&path, fresh(bytes));
        store.add_feed(&server.url(&path), None).unwrap();
    }
    assert!(expected.len() >= 30, "{}", expected.len());
    let first = run(&mut store);
    let second = run(&mut store);
    let mut wrong = Vec::new();
    for ((file, n), (a, b)) in expected.iter().zip(first.iter().zip(&second)) {
        let name = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
        let (Outcome::Saved(a), Outcome::Saved(b)) = (&a.outcome, &b.outcome) else {
            // A feed khabar cannot read is reported failed both times, never half stored.
            assert!(matches!(a.outcome, Outcome::Failed(_)), "{name:?}");
            assert!(matches!(b.outcome, Outcome::Failed(_)), "{name:?}");
            continue;
        };
        let feed = store.find_feed(&a_url(&first, file, &expected)).unwrap();
        if (a.new, a.total, feed.items as usize) != (*n, *n, *n) || (b.new, b.changed) != (0, 0) {
            wrong.push(format!(
                "{name:?}: {n} entries; first {a:?}, stored {}; second {b:?}",
                feed.items
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn a_url(reports: &[Report], file: &Path, expected: &[(PathBuf, usize)]) -> String {
    let i = expected.iter().position(|(f, _)| f == file).unwrap();
    reports[i].feed.url.clone()
}

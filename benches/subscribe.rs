//! Subscriptions, each with its target:
//! - parsing a 5 MB feed of 2,000 items into articles (< 1 s);
//! - opening the reader on a store of 100,000 items: the library listed from the store and
//!   the first unread item opened (< 1 s);
//! - `khabar update` of 50 feeds (100 items each) from a server on 127.0.0.1, every item new
//!   (< 2 s), and the same 50 feeds answering 304;
//! - the pathological feed: 4 MiB of 599,173 empty `<item/>`, loaded (`dump`'s path) and
//!   updated into a fresh store (both cut at `MAX_FEED_ITEMS`; before the cap, 10 s / 816 MB
//!   and 17 s / 777 MB in a release build; with it, 0.24 s / 28 MB and 0.36 s / 31 MB).
// Test and benchmark output, not khabar's: the report's rule (clippy.toml) is for src/.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

#[path = "../tests/it/feed_server/mod.rs"]
mod feed_server;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use feed_server::{Doc, Server, arabic_feed};
use khabar::app::App;
use khabar::keymap::Action;
use khabar::loader::feed::{FeedItem, ParsedFeed, parse_feed};
use khabar::loader::load_bytes;
use khabar::pager::Render;
use khabar::store::Store;
use khabar::store::shelf::Shelf;
use khabar::subscribe::update::{self, Options};

/// An RSS feed of `items` items of about `item_bytes` bytes of HTML each.
fn big_feed(items: usize, item_bytes: usize) -> String {
    let para = "<p>قال المتحدث باسم الوزارة في مؤتمر صحفي: «نحن نعمل على تعزيز التعاون» \
                مع <a href=\"https://example.org/x\">الشركاء</a> في المنطقة، وأضاف أن \
                Reuters and AFP reported 2024 figures.</p>";
    let body = para.repeat(item_bytes / para.len() + 1);
    let escaped = body
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>\
         <title>الجزيرة</title><link>https://example.org/</link><language>ar</language>\n",
    );
    for i in 0..items {
        xml.push_str(&format!(
            "<item><title>الخبر رقم {i}: روسيا والصين قوة اقتصادية أمام الدولار</title>\
             <guid>item-{i}</guid><link>https://example.org/{i}</link>\
             <pubDate>{:02} Jan 2024 10:00:00 GMT</pubDate>\
             <description>{escaped}</description></item>\n",
            1 + i % 28
        ));
    }
    xml.push_str("</channel></rss>\n");
    xml
}

fn parse(c: &mut Criterion) {
    let xml = big_feed(2000, 2100);
    eprintln!("feed: {} bytes, 2000 items", xml.len());
    let mut g = c.benchmark_group("feed");
    g.sample_size(10);
    g.bench_function("parse 5 MB, 2000 items", |b| {
        b.iter(|| {
            let loaded =
                load_bytes(black_box(xml.as_bytes()), "feed.xml".as_ref()).expect("parses");
            assert_eq!(loaded.articles.len(), 2000);
        })
    });
    g.finish();
}

/// A store of 50 feeds × 2,000 items, written through `save_fetch`.
fn store_of_100k() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path).expect("opens");
    let xml = big_feed(20, 600);
    let sample = parse_feed(xml.as_bytes(), &xml).expect("parses");
    for f in 0..50 {
        let id = store
            .add_feed(&format!("https://example.org/{f}.xml"), None)
            .expect("adds");
        let items = (0..2000)
            .map(|i| {
                let mut article = sample.items[i % 20].article.clone();
                article.headline = format!("الخبر {i} من المصدر {f}");
                FeedItem {
                    key: format!("{f}-{i}"),
                    legacy_key: None,
                    published: Some(1_700_000_000 + i as i64 * 60),
                    article,
                }
            })
            .collect();
        let parsed = ParsedFeed {
            title: Some(format!("المصدر {f}")),
            items,
            ..ParsedFeed::default()
        };
        store.save_fetch(id, &parsed, None, None).expect("stores");
    }
    (dir, path)
}

fn open_reader(c: &mut Criterion) {
    let (_dir, path) = store_of_100k();
    let mut g = c.benchmark_group("store");
    g.sample_size(10);
    g.bench_function("list 100,000 headlines", |b| {
        b.iter(|| {
            let store = Store::open(&path).expect("opens");
            black_box(store.headlines().expect("lists").len())
        })
    });
    g.bench_function("open the reader on 100,000 items", |b| {
        b.iter(|| {
            let store = Store::open(&path).expect("opens");
            let (lib, shelf) = Shelf::open(store).expect("lists");
            assert_eq!(lib.articles.len(), 100_000);
            let first = lib.opened[0];
            let mut app = App::on_shelf(lib, Some(shelf), first, Render::default());
            app.update(Action::Resize(200, 60));
            black_box(app.current())
        })
    });
    g.finish();
}

fn update_50(c: &mut Criterion) {
    let server = Server::start();
    for i in 0..50 {
        server.put(
            &format!("/f{i}.xml"),
            Doc::rss(arabic_feed(&format!("مصدر {i}"), 100), &format!("e{i}")),
        );
    }
    let fresh = || {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(&dir.path().join("k.db")).expect("opens");
        for i in 0..50 {
            store
                .add_feed(&server.url(&format!("/f{i}.xml")), None)
                .expect("adds");
        }
        (dir, store)
    };
    let run = |store: &mut Store| {
        let feeds = store.feeds().expect("feeds");
        let reports = update::update(store, &feeds, &Options::default(), &mut |_, _, _| {});
        assert_eq!(reports.len(), 50);
        reports
    };
    let mut g = c.benchmark_group("update");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("50 feeds, 5,000 new items", |b| {
        b.iter_batched(
            fresh,
            |(_dir, mut store)| run(&mut store),
            BatchSize::PerIteration,
        )
    });
    let (_dir, mut store) = fresh();
    run(&mut store);
    g.bench_function("50 feeds, all 304", |b| b.iter(|| run(&mut store)));
    g.finish();
}

/// 4 MiB of empty items: the cap's case (see the module docs).
fn pathological(c: &mut Criterion) {
    use khabar::loader::feed_cap::MAX_FEED_ITEMS;
    let mut xml =
        String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>big</title>\n");
    xml.push_str(&"<item/>".repeat(599_173));
    xml.push_str("</channel></rss>\n");
    let server = Server::start();
    server.put("/big.xml", Doc::rss(xml.clone(), "big"));
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    g.bench_function("load 599,173 empty items", |b| {
        b.iter(|| {
            let loaded = load_bytes(black_box(xml.as_bytes()), "big.xml".as_ref()).expect("parses");
            assert_eq!(loaded.articles.len(), MAX_FEED_ITEMS);
        })
    });
    g.bench_function("update 599,173 empty items", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temp dir");
                let mut store = Store::open(&dir.path().join("k.db")).expect("opens");
                store.add_feed(&server.url("/big.xml"), None).expect("adds");
                (dir, store)
            },
            |(_dir, mut store)| {
                let feeds = store.feeds().expect("feeds");
                update::update(&mut store, &feeds, &Options::default(), &mut |_, _, _| {});
                assert_eq!(store.counts().expect("counts").0, MAX_FEED_ITEMS as u64);
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, parse, open_reader, update_50, pathological);
criterion_main!(benches);

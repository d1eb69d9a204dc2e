//! The cost of a library-wide search, counted in rows read (no timings).

use super::{ROWS_READ, Rank, SearchOptions};
use crate::store::Store;

/// A store of `feeds` feeds of `items` items each; every item speaks of «الصين», the item
/// `n` of every feed is dated day `n` (so the newest are the last of each feed).
fn store(feeds: usize, items: usize) -> Store {
    let mut store = Store::open_in_memory().expect("store");
    for f in 0..feeds {
        let id = store
            .add_feed(&format!("http://feeds.test/{f}"), None)
            .expect("add");
        let mut xml =
            String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
        for i in 0..items {
            xml.push_str(&format!(
                "<item><guid>{f}-{i}</guid><title>خبر {f} {i}</title><description>زار الصين وفد {i}</description><pubDate>Mon, {:02} Jan 2024 {:02}:00:00 GMT</pubDate></item>",
                1 + i / 24,
                i % 24
            ));
        }
        xml.push_str("</channel></rss>");
        let parsed = crate::loader::feed::parse_feed(xml.as_bytes(), &xml).expect("feed");
        store.save_fetch(id, &parsed, None, None).expect("save");
    }
    store
}

fn search(store: &Store, limit: Option<usize>, rank: Rank) -> (Vec<i64>, usize) {
    ROWS_READ.set(0);
    let o = SearchOptions {
        query: "الصين".into(),
        limit,
        rank,
        ..SearchOptions::default()
    };
    let ids = store
        .search(&o)
        .expect("search")
        .iter()
        .map(|h| h.id)
        .collect();
    (ids, ROWS_READ.get())
}

/// The first 10 of 3,000 hits newest first read a few rows, not every match of the index
/// joined to its item; and they are the first 10 of all the hits, in the same order.
#[test]
fn the_first_hits_of_a_common_word_read_few_rows() {
    let store = store(10, 300);
    let (all, _) = search(&store, None, Rank::Date);
    assert_eq!(all.len(), 3_000);
    let (first, rows) = search(&store, Some(10), Rank::Date);
    assert_eq!(first, all[..10]);
    assert!(rows < 100, "{rows} rows read for 10 hits");
}

/// Ranked by relevance, the first hits are still the first of all of them.
#[test]
fn the_first_hits_by_relevance_are_the_first_of_all() {
    let store = store(3, 50);
    let (all, _) = search(&store, None, Rank::Relevance);
    let (first, _) = search(&store, Some(7), Rank::Relevance);
    assert_eq!(first, all[..7]);
}
